# Causerie: Danish (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Log ind på { -brand-name }
login-id-label = E-mailadresse eller brugernavn
login-password-label = Adgangskode
login-submit = Log ind
login-working = Logger ind…
login-error-credentials = Forkert e-mailadresse, brugernavn eller adgangskode.
login-error-locked = For mange mislykkede forsøg. Prøv igen om et par minutter.
login-error-unreachable = Serveren kan ikke nås. Tjek din forbindelse, og prøv igen.
login-error-other = Login mislykkedes: { $message }
login-error-code = Forkert eller allerede brugt kode. Indtast den aktuelle.
login-code-label = Totrinskode
login-code-help = Den 6-cifrede kode fra din godkendelsesapp eller en af dine gendannelseskoder.
terms-title = Adfærdskodeks
terms-help = Læs og accepter adfærdskodekset for at deltage.
terms-agree = Jeg accepterer
terms-disagree = Jeg accepterer ikke
mfa-required-title = Konfigurer totrinsgodkendelse
mfa-required-help = Denne server kræver en kode fra en godkendelsesapp, hver gang du logger ind.
mfa-scan = Scan denne QR-kode med en godkendelsesapp, eller skriv den hemmelige nøgle i den.
mfa-qr-alt = QR-kode til din godkendelsesapp
mfa-secret-label = Hemmelig nøgle:
mfa-code-label = Kode fra appen
mfa-confirm = Slå til
mfa-bad-code = Koden er ikke gyldig. Indtast den aktuelle kode fra appen.
mfa-recovery-help = Opbevar disse gendannelseskoder et sikkert sted. Hver af dem logger dig ind én gang, hvis du mister din enhed. De vises kun nu.
mfa-recovery-download = Hent
mfa-recovery-copy = Kopier
mfa-continue = Fortsæt
security-title = Sikkerhed
security-mfa = Totrinsgodkendelse
security-mfa-on = Til: Når du logger ind, bliver du bedt om en kode fra din godkendelsesapp.
security-mfa-off = Fra: Din adgangskode alene logger dig ind.
security-mfa-turn-on = Slå til
security-mfa-turn-off = Slå fra
security-mfa-off-code = Aktuel kode, for at slå den fra
security-sessions = Hvor du er logget ind
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — sidst aktiv { $when }
security-session-revoke = Log ud
login-server-toggle = Brug en anden server
login-server-label = Serverens URL
login-server-help = En Mattermost-server, der tillader dette websted (CORS). Lad feltet være tomt for at bruge denne server.
login-no-account = Ny her? Bed om et invitationslink, eller opret dig, hvis serveren tillader det.
login-signup-link = Opret en konto
signup-title = Opret din konto
signup-invited = Du er blevet inviteret til { $team }.
signup-invite-invalid = Dette invitationslink er ikke gyldigt. Bed om et nyt.
signup-first-user = Du er den første her: din konto bliver administrator for denne server.
signup-email-label = E-mailadresse
signup-username-label = Brugernavn
signup-username-help = 3 til 22 tegn: små bogstaver, cifre, ".", "-" og "_".
signup-password-label = Adgangskode
signup-password-help = Mindst 8 tegn.
signup-submit = Opret konto
signup-error = Oprettelsen mislykkedes: { $message }
signup-have-account = Har du allerede en konto? Log ind.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } har inviteret dig til { $team }.
signup-token-invalid = Denne invitation er udløbet eller allerede brugt. Bed om en ny.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } inviterer dig til { $team }
invite-email-body = { $inviter } (@{ $username }) inviterer dig til at deltage i { $team } på { $site }.
invite-email-action = Deltag i { $team }
invite-email-expiry = Dette link virker én gang i 48 timer. Hvis du ikke ventede denne invitation, kan du se bort fra denne e-mail.

## Navigation

nav-open-sidebar = Åbn kanallisten
nav-close-sidebar = Luk kanallisten
nav-teams = Teams
nav-channels = Kanaler
nav-public = Kanaler
nav-private = Private kanaler
nav-direct = Direkte beskeder
nav-group = Gruppebeskeder
nav-mentions = { $count ->
    [one] { $count } omtale
   *[other] { $count } omtaler
}
nav-unread = ulæst
nav-create-channel = Opret en kanal
nav-browse-channels = Gennemse kanaler
nav-new-message = Skriv en direkte besked
nav-logout = Log ud
nav-language = Sprog
nav-invite = Inviter personer
nav-console = Systemkonsol
status-online = online
status-away = væk
status-dnd = forstyr ikke
status-offline = offline

## Channel dialogs

create-title = Opret en kanal
create-name-label = Navn
create-private-label = Gør privat
create-purpose-label = Formål (valgfrit)
create-submit = Opret
cancel = Annuller
close = Luk
browse-title = Gennemse kanaler
browse-join = Deltag
browse-empty = Der er ingen andre kanaler at deltage i.
dm-title = Direkte besked
dm-search-label = Find personer
dm-start = Start
dm-group-hint = Vælg én person for en direkte besked, eller op til syv for en gruppe.
switcher-title = Skift kanal
switcher-label = Kanalnavn

## Channel

channel-members = { $count ->
    [one] { $count } medlem
   *[other] { $count } medlemmer
}
channel-archived = Denne kanal er arkiveret.
channel-leave = Forlad kanal
channel-leave-private-confirm = Forlad denne private kanal? Det kræver en invitation at deltage igen.
channel-loading = Indlæser…
channel-load-older = Indlæser ældre beskeder…
channel-beginning = Dette er starten på kanalen.
channel-not-found = Denne kanal findes ikke, eller du har ikke adgang til den.
messages-label = Beskeder
new-messages = Nye beskeder
jump-to-newest = Gå til nyeste
edited = (redigeret)
post-deleted = (besked slettet)
post-sending = Sender…
post-failed = Ikke sendt.
post-retry = Prøv igen
post-discard = Kassér
post-reply = Svar
post-edit = Rediger
post-delete = Slet
post-delete-confirm = Slet denne besked?
post-save = Gem
post-replies = { $count ->
    [one] { $count } svar
   *[other] { $count } svar
}
post-time-title = { $time }

## Composer

composer-label = Skriv til { $channel }
composer-placeholder = Skriv en besked…
composer-reply-label = Svar i tråden
composer-send = Send
composer-hint = Enter for at sende, Shift+Enter for ny linje
typing-one = { $name } skriver…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } skriver…
typing-many = Flere personer skriver…
autocomplete-here = Giv besked til alle, der er online her
autocomplete-channel = Giv besked til alle i denne kanal
autocomplete-all = Giv besked til alle i denne kanal

## Threads

thread-title = Tråd
thread-close = Luk tråden

## Connection

connection-reconnecting = Genopretter forbindelsen…
connection-offline = Du er offline. Beskeder sendes, når forbindelsen er tilbage.
error-generic = Noget gik galt: { $message }

## Profile card

profile-send-message = Send besked
# $username (String) - the name after the @ that was clicked
profile-not-found = Der er ingen, der hedder @{ $username }.

## Settings

nav-settings = Indstillinger
settings-title = Indstillinger
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (kladde)
settings-language-help = Kladdeoversættelser er endnu ikke blevet gennemgået af en indfødt taler.
settings-pseudo-group = For oversættere

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } reagerede med :{ $emoji }:

## Files

composer-attach = Vedhæft filer
composer-drop = Slip filer her for at vedhæfte dem
# $name (String) - a file name
upload-sending = Uploader { $name }
# $name (String) - a file name
upload-cancel = Annuller upload af { $name }
# $name (String) - a file name
upload-remove = Fjern { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } er for stor: filer må højst fylde { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } kunne ikke uploades. { $message }
# $name (String) - a file name
file-download = Hent { $name }
# $name (String) - a file name
file-open = Åbn { $name } i billedfremviseren
viewer-previous = Forrige billede
viewer-next = Næste billede
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Billede { $index } af { $count }

## Profile picture

picture-title = Profilbillede
picture-preview = Dit nye billede, beskåret sådan som andre vil se det
picture-choose = Vælg et billede…
picture-save = Gem billede
picture-reset = Brug det genererede billede

## Emoji picker and custom emoji

composer-emoji = Indsæt emoji
post-react = Tilføj reaktion
emoji-picker = Emojivælger
emoji-search = Søg efter emoji
emoji-recent = Senest brugt
emoji-custom = Brugerdefinerede emojis
emoji-group-smileys = Smileys og følelser
emoji-group-people = Mennesker og krop
emoji-group-nature = Dyr og natur
emoji-group-food = Mad og drikke
emoji-group-travel = Rejser og steder
emoji-group-activities = Aktiviteter
emoji-group-objects = Objekter
emoji-group-symbols = Symboler
emoji-group-flags = Flag
emoji-none = Ingen emojis fundet
emoji-tone-default = Standardhudfarve
emoji-tone-light = Lys hudfarve
emoji-tone-medium-light = Medium til lys hudfarve
emoji-tone-medium = Medium hudfarve
emoji-tone-medium-dark = Medium til mørk hudfarve
emoji-tone-dark = Mørk hudfarve
nav-custom-emoji = Brugerdefinerede emojis
custom-emoji-title = Brugerdefinerede emojis
custom-emoji-name = Navn
custom-emoji-name-help = Små bogstaver, cifre og _ + -, højst 64 tegn. Brug den som :navn: i beskeder.
custom-emoji-image = Billede
custom-emoji-image-help = Et PNG-, JPEG-, GIF- eller WebP-billede på højst 1 MB. Det vises i 128 × 128 pixels eller mindre.
custom-emoji-add = Tilføj emoji
custom-emoji-delete = Slet
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Slet den brugerdefinerede emoji :{ $name }:? Beskeder, der bruger den, viser i stedet dens navn.

## Search

search-label = Søg i beskeder
search-placeholder = Søg
search-mentions = Seneste omtaler
# $terms (String) - what the person searched for, as typed
search-title = Resultater for { $terms }
search-close = Luk søgeresultaterne
search-none = Ingen beskeder matcher denne søgning.
search-searching = Søger…
search-jump = Gå til

## Notifications

notify-settings = Notifikationer
notify-desktop = Skrivebordsnotifikationer
notify-push = Push-notifikationer
notify-email = Notifikationer via e-mail
notify-all = Ved al aktivitet
notify-mention = Ved omtaler og direkte beskeder
notify-none = Aldrig
notify-default = Som i mine indstillinger
notify-email-off = Denne server sender ikke e-mails.
notify-first-name = Mit fornavn tæller som en omtale
notify-channel-wide = @channel, @all og @here tæller som omtaler
notify-keywords = Andre ord, der tæller som omtaler, adskilt med kommaer
notify-saved = Gemt.
notify-ask = Vil du have en skrivebordsnotifikation, når nogen omtaler dig eller sender dig en direkte besked?
notify-enable = Slå notifikationer til
notify-dismiss = Ikke nu
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } i { $channel }
notify-push-browser = Push-notifikationer i denne browser, når jeg er væk
notify-push-on = Slå til
notify-push-off = Slå fra
notify-push-blocked = Denne browser blokerer notifikationer fra dette websted.
# $channel (String) - the channel's name
channel-notify-title = Notifikationer i { $channel }
channel-notify = Indstillinger for notifikationer
channel-notify-mute = Slå lyden fra for denne kanal
channel-notify-wide = Ignorer @channel, @all og @here i denne kanal
channel-mentions-members = Medlemmer kan give besked til alle med @channel, @all og @here
channel-wide-title = Giv besked til alle i denne kanal?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Ved at bruge @{ $mention } er du ved at sende notifikationer til { $count ->
        [one] én person
       *[other] { $count } personer
    }. Er du sikker?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Kun synlig for dig)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Sæt din status til væk
command-dnd = Forstyr ikke: ingen skrivebords- eller push-notifikationer
command-echo = Send tekst tilbage fra din konto
# Keep the quotes: the message goes between them.
command-echo-hint = "besked" [forsinkelse i sekunder]
command-header = Rediger kanalens overskrift
command-header-hint = [tekst]
command-help = Vis de kommandoer, du kan bruge
command-invite = Inviter en bruger til en kanal
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[brugernavn] [~kanal]
command-join = Deltag i den offentlige kanal
command-join-hint = ~[kanal]
command-kick = Fjern et medlem fra kanalen
command-kick-hint = @[brugernavn]
command-leave = Forlad den aktuelle kanal
command-me = Udfør en handling
command-me-hint = [besked]
command-msg = Send en direkte besked til en bruger
command-msg-hint = @[brugernavn] [besked]
command-online = Sæt din status til online
command-purpose = Rediger kanalens formål
command-purpose-hint = [tekst]
command-shrug = Tilføjer ¯\_(ツ)_/¯ til din besked
command-shrug-hint = [besked]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Skriv / i starten af en besked for at se de kommandoer, du kan bruge, og hvad hver af dem gør.
command-said-status-away = Du er nu væk.
command-said-status-online = Du er nu online.
command-said-status-dnd = Forstyr ikke er slået til: Du får ingen skrivebords- eller push-notifikationer.

## The Integrations dialog

nav-integrations = Integrationer
integrations-title = Integrationer
integrations-incoming = Indgående webhooks
integrations-outgoing = Udgående webhooks
integrations-commands = Skråstregskommandoer
integrations-bots = Botkonti
integrations-tokens = Personlige adgangstokens
integrations-add = Tilføj
integrations-edit = Rediger
integrations-delete = Slet
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Slet "{ $name }"? Alt, der bruger den, holder op med at virke.
integrations-save = Gem
integrations-copy = Kopier
integrations-url = URL
integrations-token = Token
integrations-empty = Ingen endnu.
integrations-disabled = deaktiveret
integrations-disable = Deaktiver
integrations-enable = Aktiver
integrations-name = Navn
integrations-description = Beskrivelse
integrations-channel = Kanal
integrations-any-channel = Enhver offentlig kanal
integrations-locked = Send kun i denne kanal
integrations-username = Navn, der vises på dens beskeder
integrations-icon = URL til billede, der vises på dens beskeder
integrations-triggers = Udløserord (ét pr. linje)
integrations-trigger-when = Betingelse for udløsning
integrations-first-word = Det første ord er et udløserord
integrations-starts-with = Beskeden starter med et udløserord
integrations-callbacks = Callback-URL'er (én pr. linje)
integrations-content-type = Format, der sendes
integrations-form = Formularfelter
integrations-json = JSON
integrations-trigger = Kommandoord (uden skråstregen)
integrations-request-url = URL til anmodning
integrations-method = Anmodningsmetode
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Foreslå den i beskedfeltet
integrations-hint = Tip til argumenter
integrations-autocomplete-desc = Hvad den gør
integrations-bot-username = Brugernavn
integrations-bot-display = Visningsnavn
integrations-token-new = Nyt token
integrations-token-once = Kopier dette token nu: Det bliver ikke vist igen.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token til { $name }
integrations-overrides-off = Denne server viser integrationers beskeder under ejerens navn og billede.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Inviter personer til { $team }
invite-link-heading = Invitationslink
invite-link-help = Alle med dette link kan deltage i teamet.
invite-link-copy = Kopier link
invite-link-copied = Kopieret
invite-link-reset = Lav et nyt link
invite-link-reset-help = Det nuværende link holder så op med at virke.
invite-link-admins-only = Kun teamets administratorer kan invitere personer til det.
invite-email-heading = Inviter via e-mail
invite-email-help = Adresser adskilt med kommaer, mellemrum eller linjeskift. Hver får et link, der virker én gang i 48 timer.
invite-email-send = Send invitationer
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } invitation sendt.
   *[other] { $count } invitationer sendt.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Afventende invitationer
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, fra { $inviter }, indtil { $when }
invite-revoke = Tilbagekald
invite-joined-heading = Hvem inviterede hvem
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } blev inviteret af { $inviter }
invite-none = Ingen endnu.

## The System Console, for the server's admins

console-title = Systemkonsol
console-tab-users = Brugere
console-tab-terms = Adfærdskodeks
console-tab-invitations = Invitationer
console-tab-audit = Revisionslog
console-users-search = Søg efter navn, brugernavn eller e-mail
console-user-inactive = Deaktiveret
console-user-admin = Systemadministrator
console-user-mfa = Totrinsgodkendelse til
console-user-deactivate = Deaktiver
console-user-activate = Genaktiver
console-user-make-admin = Gør til systemadministrator
console-user-remove-admin = Fjern som systemadministrator
console-user-mfa-reset = Slå totrinsgodkendelse fra
console-user-sessions = Sessioner
console-user-revoke-all = Log ud overalt
console-user-no-sessions = Ingen åbne sessioner.
console-terms-help = Markdown. Hver ændring er en ny version, som alle skal acceptere igen.
console-terms-publish = Udgiv
console-terms-published = Udgivet: Alle bliver bedt om at acceptere denne version.
console-terms-disabled = Denne server beder endnu ingen om at acceptere det: Sæt enable_custom_terms_of_service = true i serverens konfiguration.
console-invitations-help = Afventende e-mailinvitationer til dette team.
console-invitations-revoke-all = Tilbagekald alle afventende invitationer i alle teams
console-audit-when = Hvornår
console-audit-who = Hvem
console-audit-action = Handling
console-audit-details = Detaljer
console-audit-address = Adresse
console-more = Vis flere
