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
nav-invite-link = Deel deze link: { $url }
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
