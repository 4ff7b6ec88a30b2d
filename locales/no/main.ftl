# Causerie: Norwegian Bokmål (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Logg inn på { -brand-name }
login-id-label = E-postadresse eller brukernavn
login-password-label = Passord
login-submit = Logg inn
login-working = Logger inn…
login-error-credentials = Feil e-postadresse, brukernavn eller passord.
login-error-locked = For mange mislykkede forsøk. Prøv igjen om noen minutter.
login-error-unreachable = Får ikke kontakt med serveren. Sjekk tilkoblingen og prøv igjen.
login-error-other = Innloggingen mislyktes: { $message }
login-error-code = Feil eller allerede brukt kode. Skriv inn den gjeldende.
login-code-label = Tofaktorkode
login-code-help = Den sekssifrede koden fra autentiseringsappen din, eller en av gjenopprettingskodene dine.
terms-title = Atferdsregler
terms-help = Les og godta atferdsreglene for å delta.
terms-agree = Jeg godtar
terms-disagree = Jeg godtar ikke
mfa-required-title = Sett opp tofaktorautentisering
mfa-required-help = Denne serveren krever en kode fra en autentiseringsapp ved hver innlogging.
mfa-scan = Skann denne QR-koden med en autentiseringsapp, eller skriv inn hemmeligheten i den.
mfa-qr-alt = QR-kode for autentiseringsappen din
mfa-secret-label = Hemmelighet:
mfa-code-label = Kode fra appen
mfa-confirm = Slå på
mfa-bad-code = Den koden er ikke gyldig. Skriv inn den gjeldende koden fra appen.
mfa-recovery-help = Oppbevar disse gjenopprettingskodene et trygt sted. Hver av dem logger deg inn én gang hvis du mister enheten din. De vises bare nå.
mfa-recovery-download = Last ned
mfa-recovery-copy = Kopier
mfa-continue = Fortsett
security-title = Sikkerhet
security-mfa = Tofaktorautentisering
security-mfa-on = På: ved innlogging blir du bedt om en kode fra autentiseringsappen din.
security-mfa-off = Av: passordet ditt alene logger deg inn.
security-mfa-turn-on = Slå på
security-mfa-turn-off = Slå av
security-mfa-off-code = Gjeldende kode, for å slå den av
security-sessions = Hvor du er logget inn
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — sist aktiv { $when }
security-session-revoke = Logg ut
login-server-toggle = Bruk en annen server
login-server-label = Serverens URL
login-server-help = En Mattermost-server som tillater dette nettstedet (CORS). La feltet stå tomt for å bruke denne serveren.
login-no-account = Ny her? Be om en invitasjonslenke, eller registrer deg hvis serveren tillater det.
login-signup-link = Opprett en konto
signup-title = Opprett kontoen din
signup-invited = Du er invitert til { $team }.
signup-invite-invalid = Denne invitasjonslenken er ikke gyldig. Be om en ny.
signup-first-user = Du er den første her: kontoen din blir administrator for denne serveren.
signup-email-label = E-postadresse
signup-username-label = Brukernavn
signup-username-help = 3 til 22 tegn: små bokstaver, sifre, ".", "-" og "_".
signup-password-label = Passord
signup-password-help = Minst 8 tegn.
signup-submit = Opprett konto
signup-error = Registreringen mislyktes: { $message }
signup-have-account = Har du allerede en konto? Logg inn.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } inviterte deg til { $team }.
signup-token-invalid = Denne invitasjonen er utløpt eller allerede brukt. Be om en ny.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } inviterer deg til { $team }
invite-email-body = { $inviter } (@{ $username }) inviterer deg til å bli med i { $team } på { $site }.
invite-email-action = Bli med i { $team }
invite-email-expiry = Denne lenken virker én gang, i 48 timer. Hvis du ikke ventet denne invitasjonen, kan du se bort fra denne e-posten.

## Navigation

nav-open-sidebar = Åpne kanallisten
nav-close-sidebar = Lukk kanallisten
nav-teams = Team
nav-channels = Kanaler
nav-public = Kanaler
nav-private = Private kanaler
nav-direct = Direktemeldinger
nav-group = Gruppemeldinger
nav-mentions = { $count ->
    [one] { $count } omtale
   *[other] { $count } omtaler
}
nav-unread = ulest
nav-create-channel = Opprett en kanal
nav-browse-channels = Bla gjennom kanaler
nav-new-message = Skriv en direktemelding
nav-logout = Logg ut
nav-language = Språk
nav-invite = Inviter personer
nav-console = Systemkonsoll
status-online = pålogget
status-away = borte
status-dnd = ikke forstyrr
status-offline = frakoblet

## Channel dialogs

create-title = Opprett en kanal
create-name-label = Navn
create-private-label = Gjør privat
create-purpose-label = Formål (valgfritt)
create-submit = Opprett
cancel = Avbryt
close = Lukk
browse-title = Bla gjennom kanaler
browse-join = Bli med
browse-empty = Ingen andre kanaler å bli med i.
dm-title = Direktemelding
dm-search-label = Finn personer
dm-start = Start
dm-group-hint = Velg én person for en direktemelding, eller opptil sju for en gruppe.
switcher-title = Bytt kanal
switcher-label = Kanalnavn

## Channel

channel-members = { $count ->
    [one] { $count } medlem
   *[other] { $count } medlemmer
}
channel-archived = Denne kanalen er arkivert.
channel-leave = Forlat kanalen
channel-leave-private-confirm = Forlate denne private kanalen? Det kreves en invitasjon for å bli med igjen.
channel-loading = Laster inn…
channel-load-older = Laster inn eldre meldinger…
channel-beginning = Dette er starten på kanalen.
channel-not-found = Denne kanalen finnes ikke, eller du har ikke tilgang til den.
messages-label = Meldinger
new-messages = Nye meldinger
jump-to-newest = Gå til nyeste
edited = (redigert)
post-deleted = (melding slettet)
post-sending = Sender…
post-failed = Ikke sendt.
post-retry = Prøv igjen
post-discard = Forkast
post-reply = Svar
post-edit = Rediger
post-delete = Slett
post-delete-confirm = Slette denne meldingen?
post-save = Lagre
post-replies = { $count ->
    [one] { $count } svar
   *[other] { $count } svar
}
post-time-title = { $time }

## Composer

composer-label = Skriv til { $channel }
composer-placeholder = Skriv en melding…
composer-reply-label = Svar i tråden
composer-send = Send
composer-hint = Enter for å sende, Shift+Enter for ny linje
typing-one = { $name } skriver…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } skriver…
typing-many = Flere personer skriver…
autocomplete-here = Varsle alle som er pålogget her
autocomplete-channel = Varsle alle i denne kanalen
autocomplete-all = Varsle alle i denne kanalen

## Threads

thread-title = Tråd
thread-close = Lukk tråden

## Connection

connection-reconnecting = Kobler til på nytt…
connection-offline = Du er frakoblet. Meldingene sendes når tilkoblingen er tilbake.
error-generic = Noe gikk galt: { $message }

## Profile card

profile-send-message = Send melding
# $username (String) - the name after the @ that was clicked
profile-not-found = Det finnes ingen som heter @{ $username }.

## Settings

nav-settings = Innstillinger
settings-title = Innstillinger
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (utkast)
settings-language-help = Utkast til oversettelser er ennå ikke kontrollert av en morsmålsbruker.
settings-pseudo-group = For oversettere

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } reagerte med :{ $emoji }:

## Files

composer-attach = Legg ved filer
composer-drop = Slipp filer her for å legge dem ved
# $name (String) - a file name
upload-sending = Laster opp { $name }
# $name (String) - a file name
upload-cancel = Avbryt opplastingen av { $name }
# $name (String) - a file name
upload-remove = Fjern { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } er for stor: filer kan være på høyst { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } kunne ikke lastes opp. { $message }
# $name (String) - a file name
file-download = Last ned { $name }
# $name (String) - a file name
file-open = Åpne { $name } i bildeviseren
viewer-previous = Forrige bilde
viewer-next = Neste bilde
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Bilde { $index } av { $count }

## Profile picture

picture-title = Profilbilde
picture-preview = Det nye bildet ditt, beskåret slik andre vil se det
picture-choose = Velg et bilde…
picture-save = Lagre bildet
picture-reset = Bruk det genererte bildet

## Emoji picker and custom emoji

composer-emoji = Sett inn emoji
post-react = Legg til reaksjon
emoji-picker = Emojivelger
emoji-search = Søk etter emoji
emoji-recent = Nylig brukt
emoji-custom = Egendefinerte emojier
emoji-group-smileys = Smilefjes og følelser
emoji-group-people = Mennesker og kropp
emoji-group-nature = Dyr og natur
emoji-group-food = Mat og drikke
emoji-group-travel = Reise og steder
emoji-group-activities = Aktiviteter
emoji-group-objects = Objekter
emoji-group-symbols = Symboler
emoji-group-flags = Flagg
emoji-none = Fant ingen emojier
emoji-tone-default = Standard hudfarge
emoji-tone-light = Lys hudfarge
emoji-tone-medium-light = Middels lys hudfarge
emoji-tone-medium = Middels hudfarge
emoji-tone-medium-dark = Middels mørk hudfarge
emoji-tone-dark = Mørk hudfarge
nav-custom-emoji = Egendefinerte emojier
custom-emoji-title = Egendefinerte emojier
custom-emoji-name = Navn
custom-emoji-name-help = Små bokstaver, sifre og _ + -, høyst 64 tegn. Bruk den som :navn: i meldinger.
custom-emoji-image = Bilde
custom-emoji-image-help = Et PNG-, JPEG-, GIF- eller WebP-bilde på høyst 1 MB. Det vises i 128 × 128 piksler eller mindre.
custom-emoji-add = Legg til emoji
custom-emoji-delete = Slett
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Slette den egendefinerte emojien :{ $name }:? Meldinger som bruker den, viser navnet i stedet.

## Search

search-label = Søk i meldinger
search-placeholder = Søk
search-mentions = Nylige omtaler
# $terms (String) - what the person searched for, as typed
search-title = Resultater for { $terms }
search-close = Lukk søkeresultatene
search-none = Ingen meldinger samsvarer med dette søket.
search-searching = Søker…
search-jump = Gå til

## Notifications

notify-settings = Varsler
notify-desktop = Skrivebordsvarsler
notify-push = Push-varsler
notify-email = E-postvarsler
notify-all = For all aktivitet
notify-mention = For omtaler og direktemeldinger
notify-none = Aldri
notify-default = Som i innstillingene mine
notify-email-off = Denne serveren sender ikke e-post.
notify-first-name = Fornavnet mitt teller som en omtale
notify-channel-wide = @channel, @all og @here teller som omtaler
notify-keywords = Andre ord som teller som omtaler, skilt med komma
notify-saved = Lagret.
notify-ask = Vil du få et skrivebordsvarsel når noen omtaler deg eller sender deg en direktemelding?
notify-enable = Slå på varsler
notify-dismiss = Ikke nå
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } i { $channel }
notify-push-browser = Push-varsler i denne nettleseren når jeg er borte
notify-push-on = Slå på
notify-push-off = Slå av
notify-push-blocked = Denne nettleseren blokkerer varsler fra dette nettstedet.
# $channel (String) - the channel's name
channel-notify-title = Varsler i { $channel }
channel-notify = Varslingsinnstillinger
channel-notify-mute = Demp denne kanalen
channel-notify-wide = Ignorer @channel, @all og @here i denne kanalen
channel-mentions-members = Medlemmer kan varsle alle med @channel, @all og @here
channel-wide-title = Varsle alle i denne kanalen?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Ved å bruke @{ $mention } sender du varsler til { $count ->
        [one] én person
       *[other] { $count } personer
    }. Er du sikker?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Bare synlig for deg)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Sett statusen din til borte
command-dnd = Ikke forstyrr: ingen skrivebords- eller push-varsler
command-echo = Gjenta tekst fra kontoen din
# Keep the quotes: the message goes between them.
command-echo-hint = "melding" [forsinkelse i sekunder]
command-header = Rediger kanaloverskriften
command-header-hint = [tekst]
command-help = Vis kommandoene du kan bruke
command-invite = Inviter en bruker til en kanal
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[brukernavn] [~kanal]
command-join = Bli med i den åpne kanalen
command-join-hint = ~[kanal]
command-kick = Fjern et medlem fra kanalen
command-kick-hint = @[brukernavn]
command-leave = Forlat den gjeldende kanalen
command-me = Utfør en handling
command-me-hint = [melding]
command-msg = Send en direktemelding til en bruker
command-msg-hint = @[brukernavn] [melding]
command-online = Sett statusen din til pålogget
command-purpose = Rediger kanalens formål
command-purpose-hint = [tekst]
command-shrug = Legger til ¯\_(ツ)_/¯ i meldingen din
command-shrug-hint = [melding]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Skriv / i starten av en melding for å se kommandoene du kan bruke, og hva hver av dem gjør.
command-said-status-away = Du er nå borte.
command-said-status-online = Du er nå pålogget.
command-said-status-dnd = Ikke forstyrr er slått på: du får ikke skrivebords- eller push-varsler.

## The Integrations dialog

nav-integrations = Integrasjoner
integrations-title = Integrasjoner
integrations-incoming = Innkommende webhooker
integrations-outgoing = Utgående webhooker
integrations-commands = Skråstrekkommandoer
integrations-bots = Botkontoer
integrations-tokens = Personlige tilgangstokener
integrations-add = Legg til
integrations-edit = Rediger
integrations-delete = Slett
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Slette «{ $name }»? Alt som bruker den, slutter å virke.
integrations-save = Lagre
integrations-copy = Kopier
integrations-url = URL
integrations-token = Token
integrations-empty = Ingen ennå.
integrations-disabled = deaktivert
integrations-disable = Deaktiver
integrations-enable = Aktiver
integrations-name = Navn
integrations-description = Beskrivelse
integrations-channel = Kanal
integrations-any-channel = Hvilken som helst offentlig kanal
integrations-locked = Legg bare ut i denne kanalen
integrations-username = Navn som vises på meldingene
integrations-icon = URL til bildet som vises på meldingene
integrations-triggers = Utløserord (ett per linje)
integrations-trigger-when = Utløses når
integrations-first-word = Det første ordet er et utløserord
integrations-starts-with = Meldingen starter med et utløserord
integrations-callbacks = Tilbakekallings-URL-er (én per linje)
integrations-content-type = Format som sendes
integrations-form = Skjemafelt
integrations-json = JSON
integrations-trigger = Kommandoord (uten skråstrek)
integrations-request-url = Forespørsels-URL
integrations-method = Forespørselsmetode
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Foreslå den i meldingsfeltet
integrations-hint = Hint om argumenter
integrations-autocomplete-desc = Hva den gjør
integrations-bot-username = Brukernavn
integrations-bot-display = Visningsnavn
integrations-token-new = Nytt token
integrations-token-once = Kopier dette tokenet nå: det vises ikke igjen.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token for { $name }
integrations-overrides-off = Denne serveren viser meldinger fra integrasjoner under eierens navn og bilde.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Inviter personer til { $team }
invite-link-heading = Invitasjonslenke
invite-link-help = Alle som har denne lenken, kan bli med i teamet.
invite-link-copy = Kopier lenken
invite-link-copied = Kopiert
invite-link-reset = Lag en ny lenke
invite-link-reset-help = Den gjeldende lenken slutter da å virke.
invite-link-admins-only = Bare teamets administratorer kan invitere personer til det.
invite-email-heading = Inviter via e-post
invite-email-help = Adresser skilt med komma, mellomrom eller linjeskift. Hver av dem får en lenke som virker én gang, i 48 timer.
invite-email-send = Send invitasjoner
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } invitasjon sendt.
   *[other] { $count } invitasjoner sendt.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Ventende invitasjoner
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, fra { $inviter }, gyldig til { $when }
invite-revoke = Trekk tilbake
invite-joined-heading = Hvem inviterte hvem
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } ble invitert av { $inviter }
invite-none = Ingen ennå.

## The System Console, for the server's admins

console-title = Systemkonsoll
console-tab-users = Brukere
console-tab-terms = Atferdsregler
console-tab-invitations = Invitasjoner
console-tab-audit = Revisjonslogg
console-users-search = Søk etter navn, brukernavn eller e-postadresse
console-user-inactive = Deaktivert
console-user-admin = Systemadministrator
console-user-mfa = Tofaktor på
console-user-deactivate = Deaktiver
console-user-activate = Aktiver igjen
console-user-make-admin = Gjør til systemadministrator
console-user-remove-admin = Fjern som systemadministrator
console-user-mfa-reset = Slå av tofaktor
console-user-sessions = Økter
console-user-revoke-all = Logg ut overalt
console-user-no-sessions = Ingen åpne økter.
console-terms-help = Markdown. Hver endring er en ny versjon, som alle må godta på nytt.
console-terms-publish = Publiser
console-terms-published = Publisert: alle blir bedt om å godta denne versjonen.
console-terms-disabled = Denne serveren ber ennå ingen om å godta dem: sett enable_custom_terms_of_service = true i konfigurasjonen.
console-invitations-help = Ventende e-postinvitasjoner til dette teamet.
console-invitations-revoke-all = Trekk tilbake alle ventende invitasjoner, i alle team
console-audit-when = Når
console-audit-who = Hvem
console-audit-action = Handling
console-audit-details = Detaljer
console-audit-address = Adresse
console-more = Vis mer
