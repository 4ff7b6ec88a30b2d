# Causerie: Dutch (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Aanmelden bij { -brand-name }
login-id-label = E-mailadres of gebruikersnaam
login-password-label = Wachtwoord
login-submit = Aanmelden
login-working = Bezig met aanmelden…
login-error-credentials = Onjuist e-mailadres, gebruikersnaam of wachtwoord.
login-error-locked = Te veel mislukte pogingen. Probeer het over een paar minuten opnieuw.
login-error-unreachable = De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.
login-error-other = Aanmelden mislukt: { $message }
login-error-code = Onjuiste of al gebruikte code. Voer de huidige code in.
login-code-label = Code voor tweestapsverificatie
login-code-help = De 6-cijferige code uit je authenticator-app, of een van je herstelcodes.
terms-title = Gedragscode
terms-help = Lees en accepteer de gedragscode om mee te doen.
terms-agree = Ik ga akkoord
terms-disagree = Ik ga niet akkoord
mfa-required-title = Tweestapsverificatie instellen
mfa-required-help = Deze server vraagt bij elke aanmelding om een code uit een authenticator-app.
mfa-scan = Scan deze QR-code met een authenticator-app, of typ de geheime sleutel erin.
mfa-qr-alt = QR-code voor je authenticator-app
mfa-secret-label = Geheime sleutel:
mfa-code-label = Code uit de app
mfa-confirm = Inschakelen
mfa-bad-code = Die code is niet geldig. Voer de huidige code uit de app in.
mfa-recovery-help = Bewaar deze herstelcodes op een veilige plek. Met elke code kun je je één keer aanmelden als je je apparaat kwijtraakt. Ze worden alleen nu getoond.
mfa-recovery-download = Downloaden
mfa-recovery-copy = Kopiëren
mfa-continue = Doorgaan
security-title = Beveiliging
security-mfa = Tweestapsverificatie
security-mfa-on = Aan: bij het aanmelden wordt om een code uit je authenticator-app gevraagd.
security-mfa-off = Uit: je meldt je aan met alleen je wachtwoord.
security-mfa-turn-on = Inschakelen
security-mfa-turn-off = Uitschakelen
security-mfa-off-code = Huidige code, om het uit te schakelen
security-sessions = Waar je bent aangemeld
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — laatst actief { $when }
security-session-revoke = Afmelden
login-server-toggle = Een andere server gebruiken
login-server-label = Server-URL
login-server-help = Een Mattermost-server die deze site toestaat (CORS). Laat leeg voor deze server.
login-no-account = Nieuw hier? Vraag om een uitnodigingslink, of registreer je als deze server dat toestaat.
login-signup-link = Account aanmaken
signup-title = Maak je account aan
signup-invited = Je bent uitgenodigd voor { $team }.
signup-invite-invalid = Deze uitnodigingslink is niet geldig. Vraag om een nieuwe.
signup-first-user = Je bent hier de eerste: met jouw account beheer je deze server.
signup-email-label = E-mailadres
signup-username-label = Gebruikersnaam
signup-username-help = 3 tot 22 tekens: kleine letters, cijfers, ".", "-" en "_".
signup-password-label = Wachtwoord
signup-password-help = Minstens 8 tekens.
signup-submit = Account aanmaken
signup-error = Registreren mislukt: { $message }
signup-have-account = Heb je al een account? Meld je aan.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } heeft je uitgenodigd voor { $team }.
signup-token-invalid = Deze uitnodiging is verlopen of al gebruikt. Vraag om een nieuwe.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } nodigt je uit voor { $team }
invite-email-body = { $inviter } (@{ $username }) nodigt je uit om lid te worden van { $team } op { $site }.
invite-email-action = Word lid van { $team }
invite-email-expiry = Deze link werkt één keer, gedurende 48 uur. Als je deze uitnodiging niet verwachtte, negeer deze e-mail dan.

## Navigation

nav-open-sidebar = Kanalenlijst openen
nav-close-sidebar = Kanalenlijst sluiten
nav-teams = Teams
nav-channels = Kanalen
nav-public = Kanalen
nav-private = Privékanalen
nav-direct = Directe berichten
nav-group = Groepsberichten
nav-mentions = { $count ->
    [one] { $count } vermelding
   *[other] { $count } vermeldingen
}
nav-unread = ongelezen
nav-create-channel = Kanaal aanmaken
nav-browse-channels = Kanalen bekijken
nav-new-message = Direct bericht schrijven
nav-logout = Afmelden
nav-language = Taal
nav-invite = Mensen uitnodigen
nav-console = Systeemconsole
status-online = online
status-away = afwezig
status-dnd = niet storen
status-offline = offline

## Channel dialogs

create-title = Kanaal aanmaken
create-name-label = Naam
create-private-label = Privé maken
create-purpose-label = Doel (optioneel)
create-submit = Aanmaken
cancel = Annuleren
close = Sluiten
browse-title = Kanalen bekijken
browse-join = Deelnemen
browse-empty = Geen andere kanalen om aan deel te nemen.
dm-title = Direct bericht
dm-search-label = Mensen zoeken
dm-start = Starten
dm-group-hint = Kies één persoon voor een direct bericht, of maximaal zeven voor een groep.
switcher-title = Van kanaal wisselen
switcher-label = Kanaalnaam

## Channel

channel-members = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
channel-archived = Dit kanaal is gearchiveerd.
channel-leave = Kanaal verlaten
channel-leave-private-confirm = Dit privékanaal verlaten? Om weer lid te worden is een uitnodiging nodig.
channel-loading = Laden…
channel-load-older = Oudere berichten laden…
channel-beginning = Dit is het begin van het kanaal.
channel-not-found = Dit kanaal bestaat niet of je hebt er geen toegang toe.
messages-label = Berichten
new-messages = Nieuwe berichten
jump-to-newest = Naar nieuwste
edited = (bewerkt)
post-deleted = (bericht verwijderd)
post-sending = Verzenden…
post-failed = Niet verzonden.
post-retry = Opnieuw proberen
post-discard = Weggooien
post-reply = Beantwoorden
post-edit = Bewerken
post-delete = Verwijderen
post-delete-confirm = Dit bericht verwijderen?
post-save = Opslaan
post-replies = { $count ->
    [one] { $count } antwoord
   *[other] { $count } antwoorden
}
post-time-title = { $time }

## Composer

composer-label = Schrijf naar { $channel }
composer-placeholder = Schrijf een bericht…
composer-reply-label = Antwoorden in draad
composer-send = Verzenden
composer-hint = Enter om te verzenden, Shift+Enter voor een nieuwe regel
typing-one = { $name } is aan het typen…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } zijn aan het typen…
typing-many = Meerdere mensen zijn aan het typen…
autocomplete-here = Iedereen die hier online is op de hoogte brengen
autocomplete-channel = Iedereen in dit kanaal op de hoogte brengen
autocomplete-all = Iedereen in dit kanaal op de hoogte brengen

## Threads

thread-title = Draad
thread-close = Draad sluiten

## Connection

connection-reconnecting = Opnieuw verbinden…
connection-offline = Je bent offline. Berichten worden verzonden zodra de verbinding terug is.
error-generic = Er is iets misgegaan: { $message }

## Profile card

profile-send-message = Bericht sturen
# $username (String) - the name after the @ that was clicked
profile-not-found = Er is niemand met de naam @{ $username }.

## Settings

nav-settings = Instellingen
settings-title = Instellingen
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (concept)
settings-language-help = Conceptvertalingen zijn nog niet door een moedertaalspreker nagekeken.
settings-pseudo-group = Voor vertalers

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } reageerde met :{ $emoji }:

## Files

composer-attach = Bestanden bijvoegen
composer-drop = Zet bestanden hier neer om ze bij te voegen
# $name (String) - a file name
upload-sending = { $name } wordt geüpload
# $name (String) - a file name
upload-cancel = Uploaden van { $name } annuleren
# $name (String) - a file name
upload-remove = { $name } verwijderen
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } is te groot: bestanden mogen maximaal { $max } zijn.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } kon niet worden geüpload. { $message }
# $name (String) - a file name
file-download = { $name } downloaden
# $name (String) - a file name
file-open = { $name } openen in de viewer
viewer-previous = Vorige afbeelding
viewer-next = Volgende afbeelding
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Afbeelding { $index } van { $count }

## Profile picture

picture-title = Profielafbeelding
picture-preview = Je nieuwe afbeelding, bijgesneden zoals anderen hem zullen zien
picture-choose = Afbeelding kiezen…
picture-save = Afbeelding opslaan
picture-reset = Gegenereerde afbeelding gebruiken

## Emoji picker and custom emoji

composer-emoji = Emoji invoegen
post-react = Reactie toevoegen
emoji-picker = Emojikiezer
emoji-search = Emoji zoeken
emoji-recent = Recent gebruikt
emoji-custom = Aangepaste emoji
emoji-group-smileys = Smileys en emoties
emoji-group-people = Mensen en lichaam
emoji-group-nature = Dieren en natuur
emoji-group-food = Eten en drinken
emoji-group-travel = Reizen en plaatsen
emoji-group-activities = Activiteiten
emoji-group-objects = Objecten
emoji-group-symbols = Symbolen
emoji-group-flags = Vlaggen
emoji-none = Geen emoji gevonden
emoji-tone-default = Standaardhuidskleur
emoji-tone-light = Lichte huidskleur
emoji-tone-medium-light = Lichtgetinte huidskleur
emoji-tone-medium = Getinte huidskleur
emoji-tone-medium-dark = Donkergetinte huidskleur
emoji-tone-dark = Donkere huidskleur
nav-custom-emoji = Aangepaste emoji
custom-emoji-title = Aangepaste emoji
custom-emoji-name = Naam
custom-emoji-name-help = Kleine letters, cijfers en _ + -, maximaal 64 tekens. Gebruik hem in berichten als :naam:.
custom-emoji-image = Afbeelding
custom-emoji-image-help = Een PNG-, JPEG-, GIF- of WebP-afbeelding van maximaal 1 MB. Wordt weergegeven op 128 × 128 pixels of kleiner.
custom-emoji-add = Emoji toevoegen
custom-emoji-delete = Verwijderen
# $name (String) - the emoji's name
custom-emoji-delete-confirm = De aangepaste emoji :{ $name }: verwijderen? Berichten die hem gebruiken, tonen in plaats daarvan de naam.

## Search

search-label = Berichten doorzoeken
search-placeholder = Zoeken
search-mentions = Recente vermeldingen
# $terms (String) - what the person searched for, as typed
search-title = Resultaten voor { $terms }
search-close = Zoekresultaten sluiten
search-none = Geen berichten gevonden voor deze zoekopdracht.
search-searching = Zoeken…
search-jump = Naar bericht

## Notifications

notify-settings = Meldingen
notify-desktop = Bureaubladmeldingen
notify-push = Pushmeldingen
notify-email = E-mailmeldingen
notify-all = Bij alle activiteit
notify-mention = Bij vermeldingen en directe berichten
notify-none = Nooit
notify-default = Zoals in mijn instellingen
notify-email-off = Deze server verstuurt geen e-mail.
notify-first-name = Mijn voornaam telt als vermelding
notify-channel-wide = @channel, @all en @here tellen als vermeldingen
notify-keywords = Andere woorden die als vermelding tellen, gescheiden door komma's
notify-saved = Opgeslagen.
notify-ask = Wil je een bureaubladmelding krijgen als iemand je vermeldt of je een direct bericht stuurt?
notify-enable = Meldingen inschakelen
notify-dismiss = Niet nu
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } in { $channel }
notify-push-browser = Pushmeldingen in deze browser als ik afwezig ben
notify-push-on = Inschakelen
notify-push-off = Uitschakelen
notify-push-blocked = Deze browser blokkeert meldingen van deze site.
# $channel (String) - the channel's name
channel-notify-title = Meldingen in { $channel }
channel-notify = Meldingsvoorkeuren
channel-notify-mute = Dit kanaal dempen
channel-notify-wide = @channel, @all en @here in dit kanaal negeren
channel-mentions-members = Leden mogen iedereen op de hoogte brengen met @channel, @all en @here
channel-wide-title = Iedereen in dit kanaal op de hoogte brengen?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Met @{ $mention } stuur je meldingen naar { $count ->
        [one] één persoon
       *[other] { $count } personen
    }. Weet je het zeker?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Alleen zichtbaar voor jou)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Je status instellen op afwezig
command-dnd = Niet storen: geen bureaublad- of pushmeldingen
command-echo = Tekst vanuit je account herhalen
# Keep the quotes: the message goes between them.
command-echo-hint = "bericht" [vertraging in seconden]
command-header = De kanaalkop bewerken
command-header-hint = [tekst]
command-help = De opdrachten tonen die je kunt gebruiken
command-invite = Een gebruiker uitnodigen voor een kanaal
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[gebruikersnaam] [~kanaal]
command-join = Deelnemen aan het open kanaal
command-join-hint = ~[kanaal]
command-kick = Een lid uit het kanaal verwijderen
command-kick-hint = @[gebruikersnaam]
command-leave = Het huidige kanaal verlaten
command-me = Een actie uitvoeren
command-me-hint = [bericht]
command-msg = Een direct bericht naar een gebruiker sturen
command-msg-hint = @[gebruikersnaam] [bericht]
command-online = Je status instellen op online
command-purpose = Het doel van het kanaal bewerken
command-purpose-hint = [tekst]
command-shrug = Voegt ¯\_(ツ)_/¯ toe aan je bericht
command-shrug-hint = [bericht]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Typ / aan het begin van een bericht om de opdrachten te zien die je kunt gebruiken en wat elke opdracht doet.
command-said-status-away = Je bent nu afwezig.
command-said-status-online = Je bent nu online.
command-said-status-dnd = Niet storen staat aan: je krijgt geen bureaublad- of pushmeldingen.

## The Integrations dialog

nav-integrations = Integraties
integrations-title = Integraties
integrations-incoming = Inkomende webhooks
integrations-outgoing = Uitgaande webhooks
integrations-commands = Slash-opdrachten
integrations-bots = Botaccounts
integrations-tokens = Persoonlijke toegangstokens
integrations-add = Toevoegen
integrations-edit = Bewerken
integrations-delete = Verwijderen
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = “{ $name }” verwijderen? Alles wat het gebruikt, werkt dan niet meer.
integrations-save = Opslaan
integrations-copy = Kopiëren
integrations-url = URL
integrations-token = Token
integrations-empty = Nog niets.
integrations-disabled = uitgeschakeld
integrations-disable = Uitschakelen
integrations-enable = Inschakelen
integrations-name = Naam
integrations-description = Beschrijving
integrations-channel = Kanaal
integrations-any-channel = Elk openbaar kanaal
integrations-locked = Alleen in dit kanaal plaatsen
integrations-username = Naam die bij de berichten wordt getoond
integrations-icon = URL van de afbeelding die bij de berichten wordt getoond
integrations-triggers = Triggerwoorden (één per regel)
integrations-trigger-when = Wordt geactiveerd als
integrations-first-word = Het eerste woord is een triggerwoord
integrations-starts-with = Het bericht begint met een triggerwoord
integrations-callbacks = Callback-URL's (één per regel)
integrations-content-type = Verzonden formaat
integrations-form = Formuliervelden
integrations-json = JSON
integrations-trigger = Opdrachtwoord (zonder de schuine streep)
integrations-request-url = Verzoek-URL
integrations-method = Verzoekmethode
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Aanbieden in het invoerveld
integrations-hint = Hint voor argumenten
integrations-autocomplete-desc = Wat het doet
integrations-bot-username = Gebruikersnaam
integrations-bot-display = Weergavenaam
integrations-token-new = Nieuw token
integrations-token-once = Kopieer dit token nu: het wordt niet opnieuw getoond.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token voor { $name }
integrations-overrides-off = Deze server toont berichten van integraties onder de naam en afbeelding van hun eigenaar.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Mensen uitnodigen voor { $team }
invite-link-heading = Uitnodigingslink
invite-link-help = Iedereen met deze link kan lid worden van het team.
invite-link-copy = Link kopiëren
invite-link-copied = Gekopieerd
invite-link-reset = Nieuwe link maken
invite-link-reset-help = De huidige link werkt dan niet meer.
invite-link-admins-only = Alleen de beheerders van het team kunnen er mensen voor uitnodigen.
invite-email-heading = Uitnodigen per e-mail
invite-email-help = Adressen gescheiden door komma's, spaties of regels. Elk adres krijgt een link die één keer werkt, gedurende 48 uur.
invite-email-send = Uitnodigingen versturen
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } uitnodiging verstuurd.
   *[other] { $count } uitnodigingen verstuurd.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Openstaande uitnodigingen
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, van { $inviter }, geldig tot { $when }
invite-revoke = Intrekken
invite-joined-heading = Wie heeft wie uitgenodigd
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } is uitgenodigd door { $inviter }
invite-none = Nog geen.

## The System Console, for the server's admins

console-title = Systeemconsole
console-tab-users = Gebruikers
console-tab-terms = Gedragscode
console-tab-invitations = Uitnodigingen
console-tab-audit = Auditlogboek
console-users-search = Zoeken op naam, gebruikersnaam of e-mailadres
console-user-inactive = Gedeactiveerd
console-user-admin = Systeembeheerder
console-user-mfa = Tweestapsverificatie aan
console-user-deactivate = Deactiveren
console-user-activate = Opnieuw activeren
console-user-make-admin = Systeembeheerder maken
console-user-remove-admin = Systeembeheerdersrechten intrekken
console-user-mfa-reset = Tweestapsverificatie uitschakelen
console-user-sessions = Sessies
console-user-revoke-all = Overal afmelden
console-user-no-sessions = Geen open sessies.
console-terms-help = Markdown. Elke wijziging is een nieuwe versie, die iedereen opnieuw accepteert.
console-terms-publish = Publiceren
console-terms-published = Gepubliceerd: iedereen wordt gevraagd deze versie te accepteren.
console-terms-disabled = Deze server vraagt nog niemand om de gedragscode te accepteren: zet enable_custom_terms_of_service = true in de configuratie.
console-invitations-help = Openstaande e-mailuitnodigingen voor dit team.
console-invitations-revoke-all = Alle openstaande uitnodigingen intrekken, voor alle teams
console-audit-when = Wanneer
console-audit-who = Wie
console-audit-action = Actie
console-audit-details = Details
console-audit-address = Adres
console-more = Meer tonen
