# Causerie: Greek (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Σύνδεση στο { -brand-name }
login-id-label = Email ή όνομα χρήστη
login-password-label = Κωδικός πρόσβασης
login-submit = Σύνδεση
login-working = Γίνεται σύνδεση…
login-error-credentials = Λανθασμένο email, όνομα χρήστη ή κωδικός πρόσβασης.
login-error-locked = Πάρα πολλές αποτυχημένες προσπάθειες. Δοκιμάστε ξανά σε λίγα λεπτά.
login-error-unreachable = Δεν είναι δυνατή η επικοινωνία με τον διακομιστή. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.
login-error-other = Η σύνδεση απέτυχε: { $message }
login-error-code = Λανθασμένος ή ήδη χρησιμοποιημένος κωδικός. Εισαγάγετε τον τρέχοντα.
login-code-label = Κωδικός δύο παραγόντων
login-code-help = Ο 6ψήφιος κωδικός από την εφαρμογή ελέγχου ταυτότητας ή ένας από τους κωδικούς ανάκτησής σας.
terms-title = Κώδικας δεοντολογίας
terms-help = Διαβάστε και αποδεχτείτε τον κώδικα δεοντολογίας για να συμμετάσχετε.
terms-agree = Συμφωνώ
terms-disagree = Διαφωνώ
mfa-required-title = Ρύθμιση ελέγχου ταυτότητας δύο παραγόντων
mfa-required-help = Αυτός ο διακομιστής απαιτεί κωδικό από εφαρμογή ελέγχου ταυτότητας σε κάθε σύνδεση.
mfa-scan = Σαρώστε αυτόν τον κωδικό QR με μια εφαρμογή ελέγχου ταυτότητας ή πληκτρολογήστε σε αυτή το μυστικό κλειδί.
mfa-qr-alt = Κωδικός QR για την εφαρμογή ελέγχου ταυτότητας
mfa-secret-label = Μυστικό κλειδί:
mfa-code-label = Κωδικός από την εφαρμογή
mfa-confirm = Ενεργοποίηση
mfa-bad-code = Αυτός ο κωδικός δεν είναι έγκυρος. Εισαγάγετε τον τρέχοντα κωδικό από την εφαρμογή.
mfa-recovery-help = Φυλάξτε αυτούς τους κωδικούς ανάκτησης σε ασφαλές μέρος. Ο καθένας σας συνδέει μία φορά, αν χάσετε τη συσκευή σας. Εμφανίζονται μόνο τώρα.
mfa-recovery-download = Λήψη
mfa-recovery-copy = Αντιγραφή
mfa-continue = Συνέχεια
security-title = Ασφάλεια
security-mfa = Έλεγχος ταυτότητας δύο παραγόντων
security-mfa-on = Ενεργός: η σύνδεση ζητά κωδικό από την εφαρμογή ελέγχου ταυτότητας.
security-mfa-off = Ανενεργός: αρκεί μόνο ο κωδικός πρόσβασής σας για τη σύνδεση.
security-mfa-turn-on = Ενεργοποίηση
security-mfa-turn-off = Απενεργοποίηση
security-mfa-off-code = Τρέχων κωδικός, για απενεργοποίηση
security-sessions = Πού είστε συνδεδεμένοι
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — τελευταία δραστηριότητα { $when }
security-session-revoke = Αποσύνδεση
login-server-toggle = Χρήση άλλου διακομιστή
login-server-label = URL διακομιστή
login-server-help = Ένας διακομιστής Mattermost που επιτρέπει αυτόν τον ιστότοπο (CORS). Αφήστε το κενό για αυτόν τον διακομιστή.
login-no-account = Πρώτη φορά εδώ; Ζητήστε έναν σύνδεσμο πρόσκλησης ή εγγραφείτε, αν το επιτρέπει αυτός ο διακομιστής.
login-signup-link = Δημιουργία λογαριασμού
signup-title = Δημιουργήστε τον λογαριασμό σας
signup-invited = Λάβατε πρόσκληση για { $team }.
signup-invite-invalid = Αυτός ο σύνδεσμος πρόσκλησης δεν είναι έγκυρος. Ζητήστε έναν νέο.
signup-first-user = Είστε το πρώτο άτομο εδώ: ο λογαριασμός σας θα διαχειρίζεται αυτόν τον διακομιστή.
signup-email-label = Email
signup-username-label = Όνομα χρήστη
signup-username-help = 3 έως 22 χαρακτήρες: πεζά γράμματα, ψηφία, «.», «-» και «_».
signup-password-label = Κωδικός πρόσβασης
signup-password-help = Τουλάχιστον 8 χαρακτήρες.
signup-submit = Δημιουργία λογαριασμού
signup-error = Η εγγραφή απέτυχε: { $message }
signup-have-account = Έχετε ήδη λογαριασμό; Συνδεθείτε.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } σας προσκάλεσε στην ομάδα { $team }.
signup-token-invalid = Αυτή η πρόσκληση έχει λήξει ή έχει ήδη χρησιμοποιηθεί. Ζητήστε μια νέα.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } σας προσκαλεί στην ομάδα { $team }
invite-email-body = { $inviter } (@{ $username }) σας προσκαλεί να γίνετε μέλος της ομάδας { $team } στο { $site }.
invite-email-action = Συμμετοχή στην ομάδα { $team }
invite-email-expiry = Αυτός ο σύνδεσμος λειτουργεί μία φορά, για 48 ώρες. Αν δεν περιμένατε αυτή την πρόσκληση, αγνοήστε αυτό το email.

## Navigation

nav-open-sidebar = Άνοιγμα λίστας καναλιών
nav-close-sidebar = Κλείσιμο λίστας καναλιών
nav-teams = Ομάδες
nav-channels = Κανάλια
nav-public = Κανάλια
nav-private = Ιδιωτικά κανάλια
nav-direct = Άμεσα μηνύματα
nav-group = Ομαδικά μηνύματα
nav-mentions = { $count ->
    [one] { $count } αναφορά
   *[other] { $count } αναφορές
}
nav-unread = μη αναγνωσμένο
nav-create-channel = Δημιουργία καναλιού
nav-browse-channels = Περιήγηση στα κανάλια
nav-new-message = Σύνταξη άμεσου μηνύματος
nav-logout = Αποσύνδεση
nav-language = Γλώσσα
nav-invite = Πρόσκληση ατόμων
nav-console = Κονσόλα συστήματος
status-online = σε σύνδεση
status-away = απουσιάζει
status-dnd = μην ενοχλείτε
status-offline = εκτός σύνδεσης

## Channel dialogs

create-title = Δημιουργία καναλιού
create-name-label = Όνομα
create-private-label = Ιδιωτικό κανάλι
create-purpose-label = Σκοπός (προαιρετικό)
create-submit = Δημιουργία
cancel = Ακύρωση
close = Κλείσιμο
browse-title = Περιήγηση στα κανάλια
browse-join = Συμμετοχή
browse-empty = Δεν υπάρχουν άλλα κανάλια για να συμμετάσχετε.
dm-title = Άμεσο μήνυμα
dm-search-label = Αναζήτηση ατόμων
dm-start = Έναρξη
dm-group-hint = Επιλέξτε ένα άτομο για άμεσο μήνυμα ή έως επτά για ομάδα.
switcher-title = Εναλλαγή καναλιού
switcher-label = Όνομα καναλιού

## Channel

channel-members = { $count ->
    [one] { $count } μέλος
   *[other] { $count } μέλη
}
channel-archived = Αυτό το κανάλι έχει αρχειοθετηθεί.
channel-leave = Αποχώρηση από το κανάλι
channel-leave-private-confirm = Αποχώρηση από αυτό το ιδιωτικό κανάλι; Για να συμμετάσχετε ξανά θα χρειαστεί πρόσκληση.
channel-loading = Φόρτωση…
channel-load-older = Φόρτωση παλαιότερων μηνυμάτων…
channel-beginning = Αυτή είναι η αρχή του καναλιού.
channel-not-found = Αυτό το κανάλι δεν υπάρχει ή δεν έχετε πρόσβαση σε αυτό.
messages-label = Μηνύματα
new-messages = Νέα μηνύματα
jump-to-newest = Μετάβαση στα πιο πρόσφατα
edited = (επεξεργασμένο)
post-deleted = (το μήνυμα διαγράφηκε)
post-sending = Αποστολή…
post-failed = Δεν στάλθηκε.
post-retry = Επανάληψη
post-discard = Απόρριψη
post-reply = Απάντηση
post-edit = Επεξεργασία
post-delete = Διαγραφή
post-delete-confirm = Διαγραφή αυτού του μηνύματος;
post-save = Αποθήκευση
post-replies = { $count ->
    [one] { $count } απάντηση
   *[other] { $count } απαντήσεις
}
post-time-title = { $time }

## Composer

composer-label = Μήνυμα προς { $channel }
composer-placeholder = Γράψτε ένα μήνυμα…
composer-reply-label = Απάντηση στο νήμα
composer-send = Αποστολή
composer-hint = Enter για αποστολή, Shift+Enter για νέα γραμμή
typing-one = { $name } πληκτρολογεί…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } πληκτρολογούν…
typing-many = Πολλά άτομα πληκτρολογούν…
autocomplete-here = Ειδοποίηση όλων όσων είναι συνδεδεμένοι εδώ
autocomplete-channel = Ειδοποίηση όλων σε αυτό το κανάλι
autocomplete-all = Ειδοποίηση όλων σε αυτό το κανάλι

## Threads

thread-title = Νήμα
thread-close = Κλείσιμο νήματος

## Connection

connection-reconnecting = Επανασύνδεση…
connection-offline = Είστε εκτός σύνδεσης. Τα μηνύματα θα σταλούν όταν αποκατασταθεί η σύνδεση.
error-generic = Κάτι πήγε στραβά: { $message }

## Profile card

profile-send-message = Αποστολή μηνύματος
# $username (String) - the name after the @ that was clicked
profile-not-found = Δεν υπάρχει κανείς με το όνομα @{ $username }.

## Settings

nav-settings = Ρυθμίσεις
settings-title = Ρυθμίσεις
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (πρόχειρο)
settings-language-help = Οι πρόχειρες μεταφράσεις δεν έχουν ελεγχθεί ακόμη από φυσικό ομιλητή.
settings-pseudo-group = Για μεταφραστές

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } αντέδρασε με :{ $emoji }:

## Files

composer-attach = Επισύναψη αρχείων
composer-drop = Αφήστε τα αρχεία εδώ για να τα επισυνάψετε
# $name (String) - a file name
upload-sending = Μεταφόρτωση του αρχείου { $name }
# $name (String) - a file name
upload-cancel = Ακύρωση μεταφόρτωσης του αρχείου { $name }
# $name (String) - a file name
upload-remove = Αφαίρεση του αρχείου { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = Το αρχείο { $name } είναι πολύ μεγάλο: το μέγιστο επιτρεπόμενο μέγεθος είναι { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Δεν ήταν δυνατή η μεταφόρτωση του αρχείου { $name }. { $message }
# $name (String) - a file name
file-download = Λήψη του αρχείου { $name }
# $name (String) - a file name
file-open = Άνοιγμα του αρχείου { $name } στην προβολή εικόνων
viewer-previous = Προηγούμενη εικόνα
viewer-next = Επόμενη εικόνα
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Εικόνα { $index } από { $count }

## Profile picture

picture-title = Εικόνα προφίλ
picture-preview = Η νέα σας εικόνα, περικομμένη όπως θα τη βλέπουν οι άλλοι
picture-choose = Επιλογή εικόνας…
picture-save = Αποθήκευση εικόνας
picture-reset = Χρήση της εικόνας που δημιουργήθηκε αυτόματα

## Emoji picker and custom emoji

composer-emoji = Εισαγωγή emoji
post-react = Προσθήκη αντίδρασης
emoji-picker = Επιλογέας emoji
emoji-search = Αναζήτηση emoji
emoji-recent = Χρησιμοποιήθηκαν πρόσφατα
emoji-custom = Προσαρμοσμένα emoji
emoji-group-smileys = Φατσούλες και συναισθήματα
emoji-group-people = Άνθρωποι και σώμα
emoji-group-nature = Ζώα και φύση
emoji-group-food = Φαγητό και ποτό
emoji-group-travel = Ταξίδια και μέρη
emoji-group-activities = Δραστηριότητες
emoji-group-objects = Αντικείμενα
emoji-group-symbols = Σύμβολα
emoji-group-flags = Σημαίες
emoji-none = Δεν βρέθηκαν emoji
emoji-tone-default = Προεπιλεγμένος τόνος δέρματος
emoji-tone-light = Ανοιχτόχρωμος τόνος δέρματος
emoji-tone-medium-light = Μεσαίος-ανοιχτόχρωμος τόνος δέρματος
emoji-tone-medium = Μεσαίος τόνος δέρματος
emoji-tone-medium-dark = Μεσαίος-σκούρος τόνος δέρματος
emoji-tone-dark = Σκουρόχρωμος τόνος δέρματος
nav-custom-emoji = Προσαρμοσμένα emoji
custom-emoji-title = Προσαρμοσμένα emoji
custom-emoji-name = Όνομα
custom-emoji-name-help = Πεζά γράμματα, ψηφία και _ + -, έως 64 χαρακτήρες. Στα μηνύματα χρησιμοποιήστε το ως :name:.
custom-emoji-image = Εικόνα
custom-emoji-image-help = Εικόνα PNG, JPEG, GIF ή WebP έως 1 MB. Εμφανίζεται σε μέγεθος 128 × 128 pixel ή μικρότερο.
custom-emoji-add = Προσθήκη emoji
custom-emoji-delete = Διαγραφή
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Διαγραφή του προσαρμοσμένου emoji :{ $name }:; Τα μηνύματα που το χρησιμοποιούν θα εμφανίζουν στη θέση του το όνομά του.

## Search

search-label = Αναζήτηση μηνυμάτων
search-placeholder = Αναζήτηση
search-mentions = Πρόσφατες αναφορές
# $terms (String) - what the person searched for, as typed
search-title = Αποτελέσματα για { $terms }
search-close = Κλείσιμο αποτελεσμάτων αναζήτησης
search-none = Κανένα μήνυμα δεν ταιριάζει με αυτή την αναζήτηση.
search-searching = Αναζήτηση…
search-jump = Μετάβαση

## Notifications

notify-settings = Ειδοποιήσεις
notify-desktop = Ειδοποιήσεις επιφάνειας εργασίας
notify-push = Ειδοποιήσεις push
notify-email = Ειδοποιήσεις μέσω email
notify-all = Για όλη τη δραστηριότητα
notify-mention = Για αναφορές και άμεσα μηνύματα
notify-none = Ποτέ
notify-default = Όπως στις ρυθμίσεις μου
notify-email-off = Αυτός ο διακομιστής δεν στέλνει email.
notify-first-name = Το μικρό μου όνομα μετράει ως αναφορά
notify-channel-wide = Τα @channel, @all και @here μετράνε ως αναφορές
notify-keywords = Άλλες λέξεις που μετράνε ως αναφορές, χωρισμένες με κόμματα
notify-saved = Αποθηκεύτηκε.
notify-ask = Θέλετε να λαμβάνετε ειδοποίηση στην επιφάνεια εργασίας όταν κάποιος σας αναφέρει ή σας στέλνει άμεσο μήνυμα;
notify-enable = Ενεργοποίηση ειδοποιήσεων
notify-dismiss = Όχι τώρα
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } στο { $channel }
notify-push-browser = Ειδοποιήσεις push σε αυτό το πρόγραμμα περιήγησης όταν απουσιάζω
notify-push-on = Ενεργοποίηση
notify-push-off = Απενεργοποίηση
notify-push-blocked = Αυτό το πρόγραμμα περιήγησης αποκλείει τις ειδοποιήσεις από αυτόν τον ιστότοπο.
# $channel (String) - the channel's name
channel-notify-title = Ειδοποιήσεις στο { $channel }
channel-notify = Προτιμήσεις ειδοποιήσεων
channel-notify-mute = Σίγαση αυτού του καναλιού
channel-notify-wide = Παράβλεψη των @channel, @all και @here σε αυτό το κανάλι
channel-mentions-members = Τα μέλη μπορούν να ειδοποιούν όλους με τα @channel, @all και @here
channel-wide-title = Ειδοποίηση όλων σε αυτό το κανάλι;
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Με το @{ $mention } πρόκειται να στείλετε ειδοποιήσεις σε { $count ->
        [one] ένα άτομο
       *[other] { $count } άτομα
    }. Θέλετε να συνεχίσετε;

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Ορατό μόνο σε εσάς)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Ορισμός της κατάστασής σας σε «απουσιάζει»
command-dnd = Μην ενοχλείτε: χωρίς ειδοποιήσεις επιφάνειας εργασίας ή push
command-echo = Επανάληψη κειμένου από τον λογαριασμό σας
# Keep the quotes: the message goes between them.
command-echo-hint = "μήνυμα" [καθυστέρηση σε δευτερόλεπτα]
command-header = Επεξεργασία της κεφαλίδας του καναλιού
command-header-hint = [κείμενο]
command-help = Εμφάνιση των εντολών που μπορείτε να χρησιμοποιήσετε
command-invite = Πρόσκληση χρήστη σε κανάλι
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[όνομα χρήστη] [~κανάλι]
command-join = Συμμετοχή στο δημόσιο κανάλι
command-join-hint = ~[κανάλι]
command-kick = Αφαίρεση μέλους από το κανάλι
command-kick-hint = @[όνομα χρήστη]
command-leave = Αποχώρηση από το τρέχον κανάλι
command-me = Εκτέλεση ενέργειας
command-me-hint = [μήνυμα]
command-msg = Αποστολή άμεσου μηνύματος σε χρήστη
command-msg-hint = @[όνομα χρήστη] [μήνυμα]
command-online = Ορισμός της κατάστασής σας σε «σε σύνδεση»
command-purpose = Επεξεργασία του σκοπού του καναλιού
command-purpose-hint = [κείμενο]
command-shrug = Προσθέτει ¯\_(ツ)_/¯ στο μήνυμά σας
command-shrug-hint = [μήνυμα]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Πληκτρολογήστε / στην αρχή ενός μηνύματος για να δείτε τις εντολές που μπορείτε να χρησιμοποιήσετε και τι κάνει η καθεμία.
command-said-status-away = Τώρα απουσιάζετε.
command-said-status-online = Τώρα είστε σε σύνδεση.
command-said-status-dnd = Η λειτουργία «Μην ενοχλείτε» είναι ενεργή: δεν θα λαμβάνετε ειδοποιήσεις επιφάνειας εργασίας ή push.

## The Integrations dialog

nav-integrations = Ενσωματώσεις
integrations-title = Ενσωματώσεις
integrations-incoming = Εισερχόμενα webhook
integrations-outgoing = Εξερχόμενα webhook
integrations-commands = Εντολές καθέτου
integrations-bots = Λογαριασμοί bot
integrations-tokens = Προσωπικά διακριτικά πρόσβασης
integrations-add = Προσθήκη
integrations-edit = Επεξεργασία
integrations-delete = Διαγραφή
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Διαγραφή του «{ $name }»; Ό,τι το χρησιμοποιεί θα σταματήσει να λειτουργεί.
integrations-save = Αποθήκευση
integrations-copy = Αντιγραφή
integrations-url = URL
integrations-token = Διακριτικό
integrations-empty = Κανένα ακόμη.
integrations-disabled = απενεργοποιημένο
integrations-disable = Απενεργοποίηση
integrations-enable = Ενεργοποίηση
integrations-name = Όνομα
integrations-description = Περιγραφή
integrations-channel = Κανάλι
integrations-any-channel = Οποιοδήποτε δημόσιο κανάλι
integrations-locked = Δημοσίευση μόνο σε αυτό το κανάλι
integrations-username = Όνομα που εμφανίζεται στα μηνύματά του
integrations-icon = URL εικόνας που εμφανίζεται στα μηνύματά του
integrations-triggers = Λέξεις ενεργοποίησης (μία ανά γραμμή)
integrations-trigger-when = Συνθήκη ενεργοποίησης
integrations-first-word = Η πρώτη λέξη είναι λέξη ενεργοποίησης
integrations-starts-with = Το μήνυμα αρχίζει με λέξη ενεργοποίησης
integrations-callbacks = URL επανάκλησης (ένα ανά γραμμή)
integrations-content-type = Μορφή αποστολής
integrations-form = Πεδία φόρμας
integrations-json = JSON
integrations-trigger = Λέξη εντολής (χωρίς την κάθετο)
integrations-request-url = URL αιτήματος
integrations-method = Μέθοδος αιτήματος
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Πρόταση στο πεδίο σύνταξης
integrations-hint = Υπόδειξη ορισμάτων
integrations-autocomplete-desc = Τι κάνει
integrations-bot-username = Όνομα χρήστη
integrations-bot-display = Εμφανιζόμενο όνομα
integrations-token-new = Νέο διακριτικό
integrations-token-once = Αντιγράψτε αυτό το διακριτικό τώρα: δεν θα εμφανιστεί ξανά.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Διακριτικό για { $name }
integrations-overrides-off = Αυτός ο διακομιστής εμφανίζει τα μηνύματα των ενσωματώσεων με το όνομα και την εικόνα του κατόχου τους.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Πρόσκληση ατόμων στην ομάδα { $team }
invite-link-heading = Σύνδεσμος πρόσκλησης
invite-link-help = Όποιος έχει αυτόν τον σύνδεσμο μπορεί να γίνει μέλος της ομάδας.
invite-link-copy = Αντιγραφή συνδέσμου
invite-link-copied = Αντιγράφηκε
invite-link-reset = Δημιουργία νέου συνδέσμου
invite-link-reset-help = Ο τρέχων σύνδεσμος θα σταματήσει τότε να λειτουργεί.
invite-link-admins-only = Μόνο οι διαχειριστές της ομάδας μπορούν να προσκαλούν άτομα σε αυτήν.
invite-email-heading = Πρόσκληση μέσω email
invite-email-help = Διευθύνσεις χωρισμένες με κόμματα, κενά ή αλλαγές γραμμής. Η καθεμία λαμβάνει έναν σύνδεσμο που λειτουργεί μία φορά, για 48 ώρες.
invite-email-send = Αποστολή προσκλήσεων
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] Στάλθηκε { $count } πρόσκληση.
   *[other] Στάλθηκαν { $count } προσκλήσεις.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Εκκρεμείς προσκλήσεις
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, από { $inviter }, έως { $when }
invite-revoke = Ανάκληση
invite-joined-heading = Ποιος προσκάλεσε ποιον
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user }: πρόσκληση από { $inviter }
invite-none = Καμία ακόμη.

## The System Console, for the server's admins

console-title = Κονσόλα συστήματος
console-tab-users = Χρήστες
console-tab-terms = Κώδικας δεοντολογίας
console-tab-invitations = Προσκλήσεις
console-tab-audit = Αρχείο ελέγχου
console-users-search = Αναζήτηση με όνομα, όνομα χρήστη ή email
console-user-inactive = Απενεργοποιημένος
console-user-admin = Διαχειριστής συστήματος
console-user-mfa = Δύο παράγοντες ενεργοί
console-user-deactivate = Απενεργοποίηση
console-user-activate = Επανενεργοποίηση
console-user-make-admin = Ορισμός ως διαχειριστή συστήματος
console-user-remove-admin = Αφαίρεση από διαχειριστές συστήματος
console-user-mfa-reset = Απενεργοποίηση δύο παραγόντων
console-user-sessions = Περίοδοι σύνδεσης
console-user-revoke-all = Αποσύνδεση παντού
console-user-no-sessions = Καμία ανοιχτή περίοδος σύνδεσης.
console-terms-help = Markdown. Κάθε αλλαγή είναι νέα έκδοση, την οποία όλοι αποδέχονται ξανά.
console-terms-publish = Δημοσίευση
console-terms-published = Δημοσιεύτηκε: θα ζητηθεί από όλους να αποδεχτούν αυτή την έκδοση.
console-terms-disabled = Αυτός ο διακομιστής δεν ζητά ακόμη από κανέναν να τον αποδεχτεί: ορίστε enable_custom_terms_of_service = true στη διαμόρφωσή του.
console-invitations-help = Εκκρεμείς προσκλήσεις μέσω email σε αυτή την ομάδα.
console-invitations-revoke-all = Ανάκληση όλων των εκκρεμών προσκλήσεων, σε όλες τις ομάδες
console-audit-when = Πότε
console-audit-who = Ποιος
console-audit-action = Ενέργεια
console-audit-details = Λεπτομέρειες
console-audit-address = Διεύθυνση
console-more = Εμφάνιση περισσότερων
