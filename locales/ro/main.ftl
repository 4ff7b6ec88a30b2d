# Causerie: Romanian (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Autentifică-te în { -brand-name }
login-id-label = E-mail sau nume de utilizator
login-password-label = Parolă
login-submit = Autentificare
login-working = Se autentifică…
login-error-credentials = E-mail, nume de utilizator sau parolă greșite.
login-error-locked = Prea multe încercări eșuate. Încearcă din nou peste câteva minute.
login-error-unreachable = Serverul nu poate fi contactat. Verifică-ți conexiunea și încearcă din nou.
login-error-other = Autentificarea a eșuat: { $message }
login-error-code = Cod greșit sau deja folosit. Introdu codul actual.
login-code-label = Cod de autentificare cu doi factori
login-code-help = Codul de 6 cifre din aplicația de autentificare sau unul dintre codurile tale de recuperare.
terms-title = Codul de conduită
terms-help = Citește și acceptă codul de conduită ca să poți participa.
terms-agree = Sunt de acord
terms-disagree = Nu sunt de acord
mfa-required-title = Configurează autentificarea cu doi factori
mfa-required-help = Acest server cere, la fiecare conectare, un cod dintr-o aplicație de autentificare.
mfa-scan = Scanează acest cod QR cu o aplicație de autentificare sau introdu în ea cheia secretă.
mfa-qr-alt = Cod QR pentru aplicația ta de autentificare
mfa-secret-label = Cheie secretă:
mfa-code-label = Codul din aplicație
mfa-confirm = Activează
mfa-bad-code = Codul nu este valid. Introdu codul actual din aplicație.
mfa-recovery-help = Păstrează aceste coduri de recuperare într-un loc sigur. Dacă îți pierzi dispozitivul, fiecare te autentifică o singură dată. Sunt afișate doar acum.
mfa-recovery-download = Descarcă
mfa-recovery-copy = Copiază
mfa-continue = Continuă
security-title = Securitate
security-mfa = Autentificare cu doi factori
security-mfa-on = Activată: la autentificare se cere un cod din aplicația de autentificare.
security-mfa-off = Dezactivată: parola singură este suficientă pentru autentificare.
security-mfa-turn-on = Activează
security-mfa-turn-off = Dezactivează
security-mfa-off-code = Codul actual, pentru dezactivare
security-sessions = Unde este conectat contul tău
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — ultima activitate: { $when }
security-session-revoke = Deconectează
login-server-toggle = Folosește alt server
login-server-label = URL-ul serverului
login-server-help = Un server Mattermost care permite acest site (CORS). Lasă gol pentru acest server.
login-no-account = Prima dată aici? Cere un link de invitație sau înregistrează-te, dacă acest server permite.
login-signup-link = Creează un cont
signup-title = Creează-ți contul
signup-invited = Ai primit o invitație pentru { $team }.
signup-invite-invalid = Acest link de invitație nu este valid. Cere unul nou.
signup-first-user = Ești prima persoană aici: contul tău va administra acest server.
signup-email-label = E-mail
signup-username-label = Nume de utilizator
signup-username-help = Între 3 și 22 de caractere: litere mici, cifre, „.”, „-” și „_”.
signup-password-label = Parolă
signup-password-help = Cel puțin 8 caractere.
signup-submit = Creează contul
signup-error = Înregistrarea a eșuat: { $message }
signup-have-account = Ai deja un cont? Autentifică-te.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } te-a invitat în { $team }.
signup-token-invalid = Această invitație a expirat sau a fost deja folosită. Cere una nouă.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } te invită în { $team }
invite-email-body = { $inviter } (@{ $username }) te invită să te alături echipei { $team } pe { $site }.
invite-email-action = Alătură-te echipei { $team }
invite-email-expiry = Acest link funcționează o singură dată, timp de 48 de ore. Dacă nu te așteptai la această invitație, ignoră acest e-mail.

## Navigation

nav-open-sidebar = Deschide lista de canale
nav-close-sidebar = Închide lista de canale
nav-teams = Echipe
nav-channels = Canale
nav-public = Canale
nav-private = Canale private
nav-direct = Mesaje directe
nav-group = Mesaje de grup
nav-mentions = { $count ->
    [one] { $count } mențiune
    [few] { $count } mențiuni
   *[other] { $count } de mențiuni
}
nav-unread = necitit
nav-create-channel = Creează un canal
nav-browse-channels = Răsfoiește canalele
nav-new-message = Scrie un mesaj direct
nav-logout = Deconectare
nav-language = Limbă
nav-invite = Invită persoane
nav-console = Consola de sistem
status-online = online
status-away = absent
status-dnd = nu deranja
status-offline = offline

## Channel dialogs

create-title = Creează un canal
create-name-label = Nume
create-private-label = Fă-l privat
create-purpose-label = Scop (opțional)
create-submit = Creează
cancel = Anulează
close = Închide
browse-title = Răsfoiește canalele
browse-join = Alătură-te
browse-empty = Nu există alte canale la care să te alături.
dm-title = Mesaj direct
dm-search-label = Caută persoane
dm-start = Începe
dm-group-hint = Alege o persoană pentru un mesaj direct sau până la șapte pentru un grup.
switcher-title = Schimbă canalul
switcher-label = Numele canalului

## Channel

channel-members = { $count ->
    [one] { $count } membru
    [few] { $count } membri
   *[other] { $count } de membri
}
channel-archived = Acest canal este arhivat.
channel-leave = Părăsește canalul
channel-leave-private-confirm = Părăsești acest canal privat? Pentru a reveni va fi nevoie de o invitație.
channel-loading = Se încarcă…
channel-load-older = Se încarcă mesajele mai vechi…
channel-beginning = Acesta este începutul canalului.
channel-not-found = Acest canal nu există sau nu ai acces la el.
messages-label = Mesaje
new-messages = Mesaje noi
jump-to-newest = Salt la cele mai noi
edited = (editat)
post-deleted = (mesaj șters)
post-sending = Se trimite…
post-failed = Netrimis.
post-retry = Reîncearcă
post-discard = Renunță
post-reply = Răspunde
post-edit = Editează
post-delete = Șterge
post-delete-confirm = Ștergi acest mesaj?
post-save = Salvează
post-replies = { $count ->
    [one] { $count } răspuns
    [few] { $count } răspunsuri
   *[other] { $count } de răspunsuri
}
post-time-title = { $time }

## Composer

composer-label = Mesaj către { $channel }
composer-placeholder = Scrie un mesaj…
composer-reply-label = Răspunde în fir
composer-send = Trimite
composer-hint = Enter pentru a trimite, Shift+Enter pentru rând nou
typing-one = { $name } scrie…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } scriu…
typing-many = Mai multe persoane scriu…
autocomplete-here = Notifică pe toți cei online de aici
autocomplete-channel = Notifică pe toți cei din acest canal
autocomplete-all = Notifică pe toți cei din acest canal

## Threads

thread-title = Fir de discuție
thread-close = Închide firul de discuție

## Connection

connection-reconnecting = Se reconectează…
connection-offline = Ești offline. Mesajele vor fi trimise când revine conexiunea.
error-generic = A apărut o eroare: { $message }

## Profile card

profile-send-message = Trimite un mesaj
# $username (String) - the name after the @ that was clicked
profile-not-found = Nu există nimeni cu numele @{ $username }.

## Settings

nav-settings = Setări
settings-title = Setări
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (ciornă)
settings-language-help = Traducerile ciornă nu au fost încă verificate de un vorbitor nativ.
settings-pseudo-group = Pentru traducători

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } a reacționat cu :{ $emoji }:

## Files

composer-attach = Atașează fișiere
composer-drop = Plasează fișierele aici pentru a le atașa
# $name (String) - a file name
upload-sending = Se încarcă { $name }
# $name (String) - a file name
upload-cancel = Anulează încărcarea fișierului { $name }
# $name (String) - a file name
upload-remove = Elimină { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = Fișierul { $name } este prea mare: fișierele pot avea cel mult { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Fișierul { $name } nu a putut fi încărcat. { $message }
# $name (String) - a file name
file-download = Descarcă { $name }
# $name (String) - a file name
file-open = Deschide { $name } în vizualizator
viewer-previous = Imaginea anterioară
viewer-next = Imaginea următoare
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Imaginea { $index } din { $count }

## Profile picture

picture-title = Imagine de profil
picture-preview = Noua ta imagine, decupată așa cum o vor vedea ceilalți
picture-choose = Alege o imagine…
picture-save = Salvează imaginea
picture-reset = Folosește imaginea generată

## Emoji picker and custom emoji

composer-emoji = Inserează emoji
post-react = Adaugă o reacție
emoji-picker = Selector de emoji
emoji-search = Caută emoji
emoji-recent = Folosite recent
emoji-custom = Emoji personalizate
emoji-group-smileys = Fețe zâmbitoare și emoții
emoji-group-people = Persoane și corp
emoji-group-nature = Animale și natură
emoji-group-food = Mâncare și băutură
emoji-group-travel = Călătorii și locuri
emoji-group-activities = Activități
emoji-group-objects = Obiecte
emoji-group-symbols = Simboluri
emoji-group-flags = Steaguri
emoji-none = Nu s-a găsit niciun emoji
emoji-tone-default = Ton implicit al pielii
emoji-tone-light = Ton deschis al pielii
emoji-tone-medium-light = Ton semi-deschis al pielii
emoji-tone-medium = Ton mediu al pielii
emoji-tone-medium-dark = Ton semi-închis al pielii
emoji-tone-dark = Ton închis al pielii
nav-custom-emoji = Emoji personalizate
custom-emoji-title = Emoji personalizate
custom-emoji-name = Nume
custom-emoji-name-help = Litere mici, cifre și _ + -, maximum 64 de caractere. În mesaje, folosește-l ca :nume:.
custom-emoji-image = Imagine
custom-emoji-image-help = O imagine PNG, JPEG, GIF sau WebP de cel mult 1 MB. Este afișată la 128 × 128 pixeli sau mai mică.
custom-emoji-add = Adaugă emoji
custom-emoji-delete = Șterge
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Ștergi emoji-ul personalizat :{ $name }:? Mesajele care îl folosesc vor afișa în schimb numele acestuia.

## Search

search-label = Caută în mesaje
search-placeholder = Caută
search-mentions = Mențiuni recente
# $terms (String) - what the person searched for, as typed
search-title = Rezultate pentru { $terms }
search-close = Închide rezultatele căutării
search-none = Niciun mesaj nu corespunde acestei căutări.
search-searching = Se caută…
search-jump = Salt la mesaj

## Notifications

notify-settings = Notificări
notify-desktop = Notificări pe desktop
notify-push = Notificări push
notify-email = Notificări prin e-mail
notify-all = Pentru orice activitate
notify-mention = Pentru mențiuni și mesaje directe
notify-none = Niciodată
notify-default = Ca în setările mele
notify-email-off = Acest server nu trimite e-mailuri.
notify-first-name = Prenumele meu contează ca mențiune
notify-channel-wide = @channel, @all și @here contează ca mențiuni
notify-keywords = Alte cuvinte care contează ca mențiuni, separate prin virgule
notify-saved = Salvat.
notify-ask = Vrei să primești o notificare pe desktop când cineva te menționează sau îți trimite un mesaj direct?
notify-enable = Activează notificările
notify-dismiss = Nu acum
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } în { $channel }
notify-push-browser = Notificări push în acest browser în lipsa mea
notify-push-on = Activează
notify-push-off = Dezactivează
notify-push-blocked = Acest browser blochează notificările de pe acest site.
# $channel (String) - the channel's name
channel-notify-title = Notificări în { $channel }
channel-notify = Preferințe de notificare
channel-notify-mute = Amuțește acest canal
channel-notify-wide = Ignoră @channel, @all și @here în acest canal
channel-mentions-members = Membrii pot notifica pe toată lumea cu @channel, @all și @here
channel-wide-title = Notifici pe toți cei din acest canal?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Folosind @{ $mention }, vei trimite notificări către { $count ->
        [one] o persoană
        [few] { $count } persoane
       *[other] { $count } de persoane
    }. Sigur vrei să continui?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Vizibil doar pentru tine)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Setează-ți starea la absent
command-dnd = Nu deranja: fără notificări pe desktop sau push
command-echo = Repetă un text din contul tău
# Keep the quotes: the message goes between them.
command-echo-hint = "mesaj" [întârziere în secunde]
command-header = Editează antetul canalului
command-header-hint = [text]
command-help = Afișează comenzile pe care le poți folosi
command-invite = Invită un utilizator într-un canal
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[nume de utilizator] [~canal]
command-join = Alătură-te canalului deschis
command-join-hint = ~[canal]
command-kick = Elimină un membru din canal
command-kick-hint = @[nume de utilizator]
command-leave = Părăsește canalul curent
command-me = Efectuează o acțiune
command-me-hint = [mesaj]
command-msg = Trimite un mesaj direct unui utilizator
command-msg-hint = @[nume de utilizator] [mesaj]
command-online = Setează-ți starea la online
command-purpose = Editează scopul canalului
command-purpose-hint = [text]
command-shrug = Adaugă ¯\_(ツ)_/¯ la mesajul tău
command-shrug-hint = [mesaj]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Scrie / la începutul unui mesaj ca să vezi comenzile pe care le poți folosi și ce face fiecare.
command-said-status-away = Acum ești absent.
command-said-status-online = Acum ești online.
command-said-status-dnd = Modul Nu deranja este activat: nu vei primi notificări pe desktop sau push.

## The Integrations dialog

nav-integrations = Integrări
integrations-title = Integrări
integrations-incoming = Webhookuri de intrare
integrations-outgoing = Webhookuri de ieșire
integrations-commands = Comenzi slash
integrations-bots = Conturi de bot
integrations-tokens = Tokenuri de acces personale
integrations-add = Adaugă
integrations-edit = Editează
integrations-delete = Șterge
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Ștergi „{ $name }”? Tot ce îl folosește nu va mai funcționa.
integrations-save = Salvează
integrations-copy = Copiază
integrations-url = URL
integrations-token = Token
integrations-empty = Nimic deocamdată.
integrations-disabled = dezactivat
integrations-disable = Dezactivează
integrations-enable = Activează
integrations-name = Nume
integrations-description = Descriere
integrations-channel = Canal
integrations-any-channel = Orice canal public
integrations-locked = Postează doar în acest canal
integrations-username = Numele afișat la mesajele sale
integrations-icon = URL-ul imaginii afișate la mesajele sale
integrations-triggers = Cuvinte declanșatoare (câte unul pe rând)
integrations-trigger-when = Se declanșează când
integrations-first-word = Primul cuvânt este un cuvânt declanșator
integrations-starts-with = Mesajul începe cu un cuvânt declanșator
integrations-callbacks = URL-uri de callback (câte unul pe rând)
integrations-content-type = Formatul trimis
integrations-form = Câmpuri de formular
integrations-json = JSON
integrations-trigger = Cuvântul comenzii (fără bara oblică)
integrations-request-url = URL-ul cererii
integrations-method = Metoda cererii
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Propune-o în caseta de mesaj
integrations-hint = Indiciu pentru argumente
integrations-autocomplete-desc = Ce face
integrations-bot-username = Nume de utilizator
integrations-bot-display = Nume afișat
integrations-token-new = Token nou
integrations-token-once = Copiază acest token acum: nu va mai fi afișat.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token pentru { $name }
integrations-overrides-off = Acest server afișează mesajele integrărilor cu numele și imaginea proprietarului lor.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Invită persoane în { $team }
invite-link-heading = Link de invitație
invite-link-help = Oricine are acest link se poate alătura echipei.
invite-link-copy = Copiază linkul
invite-link-copied = Copiat
invite-link-reset = Creează un link nou
invite-link-reset-help = Linkul actual nu va mai funcționa.
invite-link-admins-only = Doar administratorii echipei pot invita persoane în ea.
invite-email-heading = Invită prin e-mail
invite-email-help = Adrese separate prin virgule, spații sau rânduri noi. Fiecare primește un link care funcționează o singură dată, timp de 48 de ore.
invite-email-send = Trimite invitațiile
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } invitație trimisă.
    [few] { $count } invitații trimise.
   *[other] { $count } de invitații trimise.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Invitații în așteptare
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, de la { $inviter }, valabilă până la { $when }
invite-revoke = Revocă
invite-joined-heading = Cine pe cine a invitat
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user }, invitație de la { $inviter }
invite-none = Nimic deocamdată.

## The System Console, for the server's admins

console-title = Consola de sistem
console-tab-users = Utilizatori
console-tab-terms = Codul de conduită
console-tab-invitations = Invitații
console-tab-audit = Jurnal de audit
console-users-search = Caută după nume, nume de utilizator sau e-mail
console-user-inactive = Dezactivat
console-user-admin = Administrator de sistem
console-user-mfa = Autentificare cu doi factori activată
console-user-deactivate = Dezactivează
console-user-activate = Reactivează
console-user-make-admin = Desemnează ca administrator de sistem
console-user-remove-admin = Elimină rolul de administrator de sistem
console-user-mfa-reset = Dezactivează autentificarea cu doi factori
console-user-sessions = Sesiuni
console-user-revoke-all = Deconectează de peste tot
console-user-no-sessions = Nicio sesiune deschisă.
console-terms-help = Markdown. Fiecare modificare este o versiune nouă, pe care toți o acceptă din nou.
console-terms-publish = Publică
console-terms-published = Publicat: tuturor li se va cere să accepte această versiune.
console-terms-disabled = Acest server nu cere încă nimănui să-l accepte: setează enable_custom_terms_of_service = true în configurația sa.
console-invitations-help = Invitațiile prin e-mail în așteptare pentru această echipă.
console-invitations-revoke-all = Revocă toate invitațiile în așteptare, din toate echipele
console-audit-when = Când
console-audit-who = Cine
console-audit-action = Acțiune
console-audit-details = Detalii
console-audit-address = Adresă
console-more = Arată mai multe
