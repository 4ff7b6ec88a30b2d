# Causerie: Swedish (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Logga in på { -brand-name }
login-id-label = E-postadress eller användarnamn
login-password-label = Lösenord
login-submit = Logga in
login-working = Loggar in…
login-error-credentials = Fel e-postadress, användarnamn eller lösenord.
login-error-locked = För många misslyckade försök. Försök igen om några minuter.
login-error-unreachable = Det går inte att nå servern. Kontrollera din anslutning och försök igen.
login-error-other = Inloggningen misslyckades: { $message }
login-error-code = Koden är fel eller redan använd. Ange den aktuella koden.
login-code-label = Tvåfaktorskod
login-code-help = Den 6-siffriga koden från din autentiseringsapp, eller en av dina återställningskoder.
terms-title = Uppförandekod
terms-help = Läs och godkänn uppförandekoden för att delta.
terms-agree = Jag godkänner
terms-disagree = Jag godkänner inte
mfa-required-title = Konfigurera tvåfaktorsautentisering
mfa-required-help = Den här servern kräver en kod från en autentiseringsapp vid varje inloggning.
mfa-scan = Skanna den här QR-koden med en autentiseringsapp, eller skriv in den hemliga nyckeln i appen.
mfa-qr-alt = QR-kod för din autentiseringsapp
mfa-secret-label = Hemlig nyckel:
mfa-code-label = Kod från appen
mfa-confirm = Slå på
mfa-bad-code = Koden är inte giltig. Ange den aktuella koden från appen.
mfa-recovery-help = Förvara de här återställningskoderna på ett säkert ställe. Var och en loggar in dig en gång om du tappar bort din enhet. De visas bara nu.
mfa-recovery-download = Ladda ner
mfa-recovery-copy = Kopiera
mfa-continue = Fortsätt
security-title = Säkerhet
security-mfa = Tvåfaktorsautentisering
security-mfa-on = På: vid inloggning krävs en kod från din autentiseringsapp.
security-mfa-off = Av: ditt lösenord räcker för att logga in.
security-mfa-turn-on = Slå på
security-mfa-turn-off = Stäng av
security-mfa-off-code = Aktuell kod, för att stänga av den
security-sessions = Där du är inloggad
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — senast aktiv { $when }
security-session-revoke = Logga ut
login-server-toggle = Använd en annan server
login-server-label = Serverns URL
login-server-help = En Mattermost-server som tillåter den här webbplatsen (CORS). Lämna tomt för den här servern.
login-no-account = Ny här? Be om en inbjudningslänk, eller registrera dig om servern tillåter det.
login-signup-link = Skapa ett konto
signup-title = Skapa ditt konto
signup-invited = Du har bjudits in till { $team }.
signup-invite-invalid = Den här inbjudningslänken är inte giltig. Be om en ny.
signup-first-user = Du är först här: ditt konto kommer att administrera den här servern.
signup-email-label = E-postadress
signup-username-label = Användarnamn
signup-username-help = 3 till 22 tecken: små bokstäver, siffror, ".", "-" och "_".
signup-password-label = Lösenord
signup-password-help = Minst 8 tecken.
signup-submit = Skapa konto
signup-error = Registreringen misslyckades: { $message }
signup-have-account = Har du redan ett konto? Logga in.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } har bjudit in dig till { $team }.
signup-token-invalid = Den här inbjudan har gått ut eller har redan använts. Be om en ny.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } bjuder in dig till { $team }
invite-email-body = { $inviter } (@{ $username }) bjuder in dig att gå med i { $team } på { $site }.
invite-email-action = Gå med i { $team }
invite-email-expiry = Länken fungerar en gång, i 48 timmar. Om du inte väntade dig den här inbjudan kan du ignorera det här meddelandet.

## Navigation

nav-open-sidebar = Öppna kanallistan
nav-close-sidebar = Stäng kanallistan
nav-teams = Team
nav-channels = Kanaler
nav-public = Kanaler
nav-private = Privata kanaler
nav-direct = Direktmeddelanden
nav-group = Gruppmeddelanden
nav-mentions = { $count ->
    [one] { $count } omnämnande
   *[other] { $count } omnämnanden
}
nav-unread = oläst
nav-create-channel = Skapa en kanal
nav-browse-channels = Bläddra bland kanaler
nav-new-message = Skriv ett direktmeddelande
nav-logout = Logga ut
nav-language = Språk
nav-invite = Bjud in personer
nav-console = Systemkonsol
status-online = online
status-away = borta
status-dnd = stör ej
status-offline = offline

## Channel dialogs

create-title = Skapa en kanal
create-name-label = Namn
create-private-label = Gör privat
create-purpose-label = Syfte (valfritt)
create-submit = Skapa
cancel = Avbryt
close = Stäng
browse-title = Bläddra bland kanaler
browse-join = Gå med
browse-empty = Inga andra kanaler att gå med i.
dm-title = Direktmeddelande
dm-search-label = Hitta personer
dm-start = Starta
dm-group-hint = Välj en person för ett direktmeddelande, eller upp till sju för en grupp.
switcher-title = Byt kanal
switcher-label = Kanalnamn

## Channel

channel-members = { $count ->
    [one] { $count } medlem
   *[other] { $count } medlemmar
}
channel-archived = Den här kanalen är arkiverad.
channel-leave = Lämna kanalen
channel-leave-private-confirm = Lämna den här privata kanalen? Det krävs en inbjudan för att gå med igen.
channel-loading = Laddar…
channel-load-older = Laddar äldre meddelanden…
channel-beginning = Det här är början på kanalen.
channel-not-found = Den här kanalen finns inte eller så kan du inte se den.
messages-label = Meddelanden
new-messages = Nya meddelanden
jump-to-newest = Hoppa till senaste
edited = (redigerat)
post-deleted = (meddelandet raderat)
post-sending = Skickar…
post-failed = Inte skickat.
post-retry = Försök igen
post-discard = Släng
post-reply = Svara
post-edit = Redigera
post-delete = Radera
post-delete-confirm = Radera det här meddelandet?
post-save = Spara
post-replies = { $count ->
    [one] { $count } svar
   *[other] { $count } svar
}
post-time-title = { $time }

## Composer

composer-label = Skriv till { $channel }
composer-placeholder = Skriv ett meddelande…
composer-reply-label = Svara i tråden
composer-send = Skicka
composer-hint = Enter för att skicka, Shift+Enter för ny rad
typing-one = { $name } skriver…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } skriver…
typing-many = Flera personer skriver…
autocomplete-here = Meddela alla som är online här
autocomplete-channel = Meddela alla i den här kanalen
autocomplete-all = Meddela alla i den här kanalen

## Threads

thread-title = Tråd
thread-close = Stäng tråden

## Connection

connection-reconnecting = Återansluter…
connection-offline = Du är offline. Meddelanden skickas när anslutningen är tillbaka.
error-generic = Något gick fel: { $message }

## Profile card

profile-send-message = Skicka meddelande
# $username (String) - the name after the @ that was clicked
profile-not-found = Det finns ingen som heter @{ $username }.

## Settings

nav-settings = Inställningar
settings-title = Inställningar
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (utkast)
settings-language-help = Utkast till översättningar har ännu inte granskats av en modersmålstalare.
settings-pseudo-group = För översättare

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } reagerade med :{ $emoji }:

## Files

composer-attach = Bifoga filer
composer-drop = Släpp filer här för att bifoga dem
# $name (String) - a file name
upload-sending = Laddar upp { $name }
# $name (String) - a file name
upload-cancel = Avbryt uppladdningen av { $name }
# $name (String) - a file name
upload-remove = Ta bort { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } är för stor: filer får vara högst { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Det gick inte att ladda upp { $name }. { $message }
# $name (String) - a file name
file-download = Ladda ned { $name }
# $name (String) - a file name
file-open = Öppna { $name } i bildvisaren
viewer-previous = Föregående bild
viewer-next = Nästa bild
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Bild { $index } av { $count }

## Profile picture

picture-title = Profilbild
picture-preview = Din nya bild, beskuren så som andra kommer att se den
picture-choose = Välj en bild…
picture-save = Spara bild
picture-reset = Använd den genererade bilden

## Emoji picker and custom emoji

composer-emoji = Infoga emoji
post-react = Lägg till reaktion
emoji-picker = Emojiväljare
emoji-search = Sök efter emoji
emoji-recent = Senast använda
emoji-custom = Anpassade emojier
emoji-group-smileys = Smileys och känslor
emoji-group-people = Människor och kropp
emoji-group-nature = Djur och natur
emoji-group-food = Mat och dryck
emoji-group-travel = Resor och platser
emoji-group-activities = Aktiviteter
emoji-group-objects = Föremål
emoji-group-symbols = Symboler
emoji-group-flags = Flaggor
emoji-none = Inga emojier hittades
emoji-tone-default = Standardhudfärg
emoji-tone-light = Ljus hy
emoji-tone-medium-light = Mellanljus hy
emoji-tone-medium = Mellanfärgad hy
emoji-tone-medium-dark = Mellanmörk hy
emoji-tone-dark = Mörk hy
nav-custom-emoji = Anpassade emojier
custom-emoji-title = Anpassade emojier
custom-emoji-name = Namn
custom-emoji-name-help = Små bokstäver, siffror och _ + -, högst 64 tecken. Använd den som :namn: i meddelanden.
custom-emoji-image = Bild
custom-emoji-image-help = En PNG-, JPEG-, GIF- eller WebP-bild på högst 1 MB. Den visas i 128 × 128 pixlar eller mindre.
custom-emoji-add = Lägg till emoji
custom-emoji-delete = Radera
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Radera den anpassade emojin :{ $name }:? Meddelanden som använder den visar i stället dess namn.

## Search

search-label = Sök i meddelanden
search-placeholder = Sök
search-mentions = Senaste omnämnanden
# $terms (String) - what the person searched for, as typed
search-title = Resultat för { $terms }
search-close = Stäng sökresultaten
search-none = Inga meddelanden matchar den här sökningen.
search-searching = Söker…
search-jump = Hoppa dit

## Notifications

notify-settings = Aviseringar
notify-desktop = Skrivbordsaviseringar
notify-push = Push-aviseringar
notify-email = E-postaviseringar
notify-all = För all aktivitet
notify-mention = För omnämnanden och direktmeddelanden
notify-none = Aldrig
notify-default = Som i mina inställningar
notify-email-off = Den här servern skickar inte e-post.
notify-first-name = Mitt förnamn räknas som ett omnämnande
notify-channel-wide = @channel, @all och @here räknas som omnämnanden
notify-keywords = Andra ord som räknas som omnämnanden, avgränsade med kommatecken
notify-saved = Sparat.
notify-ask = Vill du få en skrivbordsavisering när någon nämner dig eller skickar ett direktmeddelande till dig?
notify-enable = Slå på aviseringar
notify-dismiss = Inte nu
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } i { $channel }
notify-push-browser = Push-aviseringar i den här webbläsaren när jag är borta
notify-push-on = Slå på
notify-push-off = Stäng av
notify-push-blocked = Den här webbläsaren blockerar aviseringar från den här webbplatsen.
# $channel (String) - the channel's name
channel-notify-title = Aviseringar i { $channel }
channel-notify = Aviseringsinställningar
channel-notify-mute = Tysta den här kanalen
channel-notify-wide = Ignorera @channel, @all och @here i den här kanalen
channel-mentions-members = Medlemmar får meddela alla med @channel, @all och @here
channel-wide-title = Meddela alla i den här kanalen?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Med @{ $mention } skickar du aviseringar till { $count ->
        [one] en person
       *[other] { $count } personer
    }. Är du säker?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Visas bara för dig)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Sätt din status till borta
command-dnd = Stör ej: inga skrivbords- eller push-aviseringar
command-echo = Upprepa text från ditt konto
# Keep the quotes: the message goes between them.
command-echo-hint = "meddelande" [fördröjning i sekunder]
command-header = Redigera kanalens rubrik
command-header-hint = [text]
command-help = Visa de kommandon du kan använda
command-invite = Bjud in en användare till en kanal
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[användarnamn] [~kanal]
command-join = Gå med i den öppna kanalen
command-join-hint = ~[kanal]
command-kick = Ta bort en medlem från kanalen
command-kick-hint = @[användarnamn]
command-leave = Lämna den aktuella kanalen
command-me = Utför en handling
command-me-hint = [meddelande]
command-msg = Skicka ett direktmeddelande till en användare
command-msg-hint = @[användarnamn] [meddelande]
command-online = Sätt din status till online
command-purpose = Redigera kanalens syfte
command-purpose-hint = [text]
command-shrug = Lägger till ¯\_(ツ)_/¯ i ditt meddelande
command-shrug-hint = [meddelande]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Skriv / i början av ett meddelande för att se de kommandon du kan använda och vad vart och ett gör.
command-said-status-away = Du är nu borta.
command-said-status-online = Du är nu online.
command-said-status-dnd = Stör ej är på: du får inga skrivbords- eller push-aviseringar.

## The Integrations dialog

nav-integrations = Integrationer
integrations-title = Integrationer
integrations-incoming = Inkommande webhooks
integrations-outgoing = Utgående webhooks
integrations-commands = Snedstreckskommandon
integrations-bots = Botkonton
integrations-tokens = Personliga åtkomsttoken
integrations-add = Lägg till
integrations-edit = Redigera
integrations-delete = Radera
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Radera ”{ $name }”? Allt som använder den slutar att fungera.
integrations-save = Spara
integrations-copy = Kopiera
integrations-url = URL
integrations-token = Token
integrations-empty = Inga ännu.
integrations-disabled = inaktiverad
integrations-disable = Inaktivera
integrations-enable = Aktivera
integrations-name = Namn
integrations-description = Beskrivning
integrations-channel = Kanal
integrations-any-channel = Valfri offentlig kanal
integrations-locked = Publicera bara i den här kanalen
integrations-username = Namn som visas på dess meddelanden
integrations-icon = URL till bilden som visas på dess meddelanden
integrations-triggers = Utlösarord (ett per rad)
integrations-trigger-when = Utlöses när
integrations-first-word = Det första ordet är ett utlösarord
integrations-starts-with = Meddelandet börjar med ett utlösarord
integrations-callbacks = Återanrops-URL:er (en per rad)
integrations-content-type = Format som skickas
integrations-form = Formulärfält
integrations-json = JSON
integrations-trigger = Kommandoord (utan snedstreck)
integrations-request-url = URL för begäran
integrations-method = Metod för begäran
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Föreslå det i meddelanderutan
integrations-hint = Tips om argument
integrations-autocomplete-desc = Vad det gör
integrations-bot-username = Användarnamn
integrations-bot-display = Visningsnamn
integrations-token-new = Ny token
integrations-token-once = Kopiera den här token nu: den visas inte igen.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token för { $name }
integrations-overrides-off = Den här servern visar integrationers meddelanden under ägarens namn och bild.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Bjud in personer till { $team }
invite-link-heading = Inbjudningslänk
invite-link-help = Alla som har den här länken kan gå med i teamet.
invite-link-copy = Kopiera länk
invite-link-copied = Kopierad
invite-link-reset = Skapa en ny länk
invite-link-reset-help = Den nuvarande länken slutar då att fungera.
invite-link-admins-only = Bara teamets administratörer kan bjuda in personer till det.
invite-email-heading = Bjud in via e-post
invite-email-help = Adresser åtskilda med kommatecken, mellanslag eller radbrytningar. Var och en får en länk som fungerar en gång, i 48 timmar.
invite-email-send = Skicka inbjudningar
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } inbjudan skickad.
   *[other] { $count } inbjudningar skickade.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Väntande inbjudningar
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, från { $inviter }, giltig till { $when }
invite-revoke = Återkalla
invite-joined-heading = Vem som bjöd in vem
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } bjöds in av { $inviter }
invite-none = Inga ännu.

## The System Console, for the server's admins

console-title = Systemkonsol
console-tab-users = Användare
console-tab-terms = Uppförandekod
console-tab-invitations = Inbjudningar
console-tab-audit = Granskningslogg
console-users-search = Sök på namn, användarnamn eller e-postadress
console-user-inactive = Inaktiverad
console-user-admin = Systemadministratör
console-user-mfa = Tvåfaktorsautentisering på
console-user-deactivate = Inaktivera
console-user-activate = Återaktivera
console-user-make-admin = Gör till systemadministratör
console-user-remove-admin = Ta bort som systemadministratör
console-user-mfa-reset = Stäng av tvåfaktorsautentisering
console-user-sessions = Sessioner
console-user-revoke-all = Logga ut överallt
console-user-no-sessions = Inga öppna sessioner.
console-terms-help = Markdown. Varje ändring är en ny version, som alla godkänner på nytt.
console-terms-publish = Publicera
console-terms-published = Publicerad: alla kommer att bli ombedda att godkänna den här versionen.
console-terms-disabled = Den här servern ber ännu ingen att godkänna den: ange enable_custom_terms_of_service = true i serverns konfiguration.
console-invitations-help = Väntande e-postinbjudningar till det här teamet.
console-invitations-revoke-all = Återkalla alla väntande inbjudningar i alla team
console-audit-when = När
console-audit-who = Vem
console-audit-action = Åtgärd
console-audit-details = Detaljer
console-audit-address = Adress
console-more = Visa mer
