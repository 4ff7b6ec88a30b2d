# Causerie: German (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Bei { -brand-name } anmelden
login-id-label = E-Mail oder Benutzername
login-password-label = Passwort
login-submit = Anmelden
login-working = Anmeldung läuft…
login-error-credentials = E-Mail, Benutzername oder Passwort ist falsch.
login-error-locked = Zu viele fehlgeschlagene Versuche. Versuche es in ein paar Minuten erneut.
login-error-unreachable = Der Server ist nicht erreichbar. Prüfe deine Verbindung und versuche es erneut.
login-error-other = Anmeldung fehlgeschlagen: { $message }
login-error-code = Falscher oder bereits verwendeter Code. Gib den aktuellen ein.
login-code-label = Zwei-Faktor-Code
login-code-help = Der 6-stellige Code aus deiner Authenticator-App oder einer deiner Wiederherstellungscodes.
terms-title = Verhaltenskodex
terms-help = Lies und akzeptiere den Verhaltenskodex, um mitzumachen.
terms-agree = Ich stimme zu
terms-disagree = Ich stimme nicht zu
mfa-required-title = Zwei-Faktor-Authentifizierung einrichten
mfa-required-help = Dieser Server verlangt bei jeder Anmeldung einen Code aus einer Authenticator-App.
mfa-scan = Scanne diesen QR-Code mit einer Authenticator-App oder gib den geheimen Schlüssel dort ein.
mfa-qr-alt = QR-Code für deine Authenticator-App
mfa-secret-label = Geheimer Schlüssel:
mfa-code-label = Code aus der App
mfa-confirm = Aktivieren
mfa-bad-code = Dieser Code ist ungültig. Gib den aktuellen Code aus der App ein.
mfa-recovery-help = Bewahre diese Wiederherstellungscodes an einem sicheren Ort auf. Mit jedem kannst du dich einmal anmelden, falls du dein Gerät verlierst. Sie werden nur jetzt angezeigt.
mfa-recovery-download = Herunterladen
mfa-recovery-copy = Kopieren
mfa-continue = Weiter
security-title = Sicherheit
security-mfa = Zwei-Faktor-Authentifizierung
security-mfa-on = An: Bei der Anmeldung wird ein Code aus deiner Authenticator-App abgefragt.
security-mfa-off = Aus: Zum Anmelden genügt dein Passwort.
security-mfa-turn-on = Aktivieren
security-mfa-turn-off = Deaktivieren
security-mfa-off-code = Aktueller Code, um sie zu deaktivieren
security-sessions = Wo du angemeldet bist
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — zuletzt aktiv { $when }
security-session-revoke = Abmelden
login-server-toggle = Anderen Server verwenden
login-server-label = Server-URL
login-server-help = Ein Mattermost-Server, der diese Website zulässt (CORS). Leer lassen, um diesen Server zu verwenden.
login-no-account = Neu hier? Bitte um einen Einladungslink oder registriere dich, falls dieser Server das erlaubt.
login-signup-link = Konto erstellen
signup-title = Dein Konto erstellen
signup-invited = Du wurdest zu { $team } eingeladen.
signup-invite-invalid = Dieser Einladungslink ist ungültig. Bitte um einen neuen.
signup-first-user = Du bist die erste Person hier: Dein Konto wird diesen Server verwalten.
signup-email-label = E-Mail
signup-username-label = Benutzername
signup-username-help = 3 bis 22 Zeichen: Kleinbuchstaben, Ziffern, „.“, „-“ und „_“.
signup-password-label = Passwort
signup-password-help = Mindestens 8 Zeichen.
signup-submit = Konto erstellen
signup-error = Registrierung fehlgeschlagen: { $message }
signup-have-account = Du hast schon ein Konto? Melde dich an.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } hat dich zu { $team } eingeladen.
signup-token-invalid = Diese Einladung ist abgelaufen oder wurde bereits verwendet. Bitte um eine neue.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } lädt dich zu { $team } ein
invite-email-body = { $inviter } (@{ $username }) lädt dich ein, { $team } auf { $site } beizutreten.
invite-email-action = { $team } beitreten
invite-email-expiry = Dieser Link funktioniert einmal und 48 Stunden lang. Wenn du diese Einladung nicht erwartet hast, ignoriere diese E-Mail.

## Navigation

nav-open-sidebar = Kanalliste öffnen
nav-close-sidebar = Kanalliste schließen
nav-teams = Teams
nav-channels = Kanäle
nav-public = Kanäle
nav-private = Private Kanäle
nav-direct = Direktnachrichten
nav-group = Gruppennachrichten
nav-mentions = { $count ->
    [one] { $count } Erwähnung
   *[other] { $count } Erwähnungen
}
nav-unread = ungelesen
nav-create-channel = Kanal erstellen
nav-browse-channels = Kanäle durchsuchen
nav-new-message = Direktnachricht schreiben
nav-logout = Abmelden
nav-language = Sprache
nav-invite = Personen einladen
nav-console = Systemkonsole
status-online = online
status-away = abwesend
status-dnd = nicht stören
status-offline = offline

## Channel dialogs

create-title = Kanal erstellen
create-name-label = Name
create-private-label = Privat machen
create-purpose-label = Zweck (optional)
create-submit = Erstellen
cancel = Abbrechen
close = Schließen
browse-title = Kanäle durchsuchen
browse-join = Beitreten
browse-empty = Keine weiteren Kanäle zum Beitreten.
dm-title = Direktnachricht
dm-search-label = Personen suchen
dm-start = Starten
dm-group-hint = Wähle eine Person für eine Direktnachricht oder bis zu sieben für eine Gruppe.
switcher-title = Kanal wechseln
switcher-label = Kanalname

## Channel

channel-members = { $count ->
    [one] { $count } Mitglied
   *[other] { $count } Mitglieder
}
channel-archived = Dieser Kanal ist archiviert.
channel-leave = Kanal verlassen
channel-leave-private-confirm = Diesen privaten Kanal verlassen? Für einen erneuten Beitritt ist eine Einladung nötig.
channel-loading = Wird geladen…
channel-load-older = Ältere Nachrichten werden geladen…
channel-beginning = Dies ist der Anfang des Kanals.
channel-not-found = Dieser Kanal existiert nicht oder du kannst ihn nicht sehen.
messages-label = Nachrichten
new-messages = Neue Nachrichten
jump-to-newest = Zu den neuesten springen
edited = (bearbeitet)
post-deleted = (Nachricht gelöscht)
post-sending = Wird gesendet…
post-failed = Nicht gesendet.
post-retry = Erneut versuchen
post-discard = Verwerfen
post-reply = Antworten
post-edit = Bearbeiten
post-delete = Löschen
post-delete-confirm = Diese Nachricht löschen?
post-save = Speichern
post-replies = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
post-time-title = { $time }

## Composer

composer-label = Nachricht an { $channel }
composer-placeholder = Nachricht schreiben…
composer-reply-label = Im Thread antworten
composer-send = Senden
composer-hint = Enter zum Senden, Shift+Enter für eine neue Zeile
typing-one = { $name } schreibt…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } schreiben…
typing-many = Mehrere Personen schreiben…
autocomplete-here = Alle benachrichtigen, die hier online sind
autocomplete-channel = Alle in diesem Kanal benachrichtigen
autocomplete-all = Alle in diesem Kanal benachrichtigen

## Threads

thread-title = Thread
thread-close = Thread schließen

## Connection

connection-reconnecting = Verbindung wird wiederhergestellt…
connection-offline = Du bist offline. Nachrichten werden gesendet, sobald die Verbindung wieder besteht.
error-generic = Etwas ist schiefgelaufen: { $message }

## Profile card

profile-send-message = Nachricht senden
# $username (String) - the name after the @ that was clicked
profile-not-found = Niemand heißt @{ $username }.

## Settings

nav-settings = Einstellungen
settings-title = Einstellungen
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (Entwurf)
settings-language-help = Übersetzungsentwürfe wurden noch nicht von Muttersprachlern geprüft.
settings-pseudo-group = Für Übersetzer

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } hat mit :{ $emoji }: reagiert

## Files

composer-attach = Dateien anhängen
composer-drop = Dateien hier ablegen, um sie anzuhängen
# $name (String) - a file name
upload-sending = { $name } wird hochgeladen
# $name (String) - a file name
upload-cancel = Hochladen von { $name } abbrechen
# $name (String) - a file name
upload-remove = { $name } entfernen
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } ist zu groß: Dateien dürfen höchstens { $max } groß sein.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } konnte nicht hochgeladen werden. { $message }
# $name (String) - a file name
file-download = { $name } herunterladen
# $name (String) - a file name
file-open = { $name } in der Bildansicht öffnen
viewer-previous = Vorheriges Bild
viewer-next = Nächstes Bild
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Bild { $index } von { $count }

## Profile picture

picture-title = Profilbild
picture-preview = Dein neues Bild, so zugeschnitten, wie andere es sehen werden
picture-choose = Bild auswählen…
picture-save = Bild speichern
picture-reset = Generiertes Bild verwenden

## Emoji picker and custom emoji

composer-emoji = Emoji einfügen
post-react = Reaktion hinzufügen
emoji-picker = Emoji-Auswahl
emoji-search = Emojis suchen
emoji-recent = Zuletzt verwendet
emoji-custom = Benutzerdefinierte Emojis
emoji-group-smileys = Smileys und Emotionen
emoji-group-people = Menschen und Körper
emoji-group-nature = Tiere und Natur
emoji-group-food = Essen und Trinken
emoji-group-travel = Reisen und Orte
emoji-group-activities = Aktivitäten
emoji-group-objects = Objekte
emoji-group-symbols = Symbole
emoji-group-flags = Flaggen
emoji-none = Keine Emojis gefunden
emoji-tone-default = Standard-Hautfarbe
emoji-tone-light = Helle Hautfarbe
emoji-tone-medium-light = Mittelhelle Hautfarbe
emoji-tone-medium = Mittlere Hautfarbe
emoji-tone-medium-dark = Mitteldunkle Hautfarbe
emoji-tone-dark = Dunkle Hautfarbe
nav-custom-emoji = Benutzerdefinierte Emojis
custom-emoji-title = Benutzerdefinierte Emojis
custom-emoji-name = Name
custom-emoji-name-help = Kleinbuchstaben, Ziffern und _ + -, höchstens 64 Zeichen. In Nachrichten verwendest du es als :name:.
custom-emoji-image = Bild
custom-emoji-image-help = Ein PNG-, JPEG-, GIF- oder WebP-Bild mit höchstens 1 MB. Es wird mit 128 × 128 Pixeln oder kleiner angezeigt.
custom-emoji-add = Emoji hinzufügen
custom-emoji-delete = Löschen
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Das benutzerdefinierte Emoji :{ $name }: löschen? Nachrichten, die es verwenden, zeigen stattdessen seinen Namen an.

## Search

search-label = Nachrichten durchsuchen
search-placeholder = Suchen
search-mentions = Letzte Erwähnungen
# $terms (String) - what the person searched for, as typed
search-title = Ergebnisse für { $terms }
search-close = Suchergebnisse schließen
search-none = Keine Nachrichten entsprechen dieser Suche.
search-searching = Wird gesucht…
search-jump = Zur Nachricht

## Notifications

notify-settings = Benachrichtigungen
notify-desktop = Desktop-Benachrichtigungen
notify-push = Push-Benachrichtigungen
notify-email = E-Mail-Benachrichtigungen
notify-all = Bei allen Aktivitäten
notify-mention = Bei Erwähnungen und Direktnachrichten
notify-none = Nie
notify-default = Wie in meinen Einstellungen
notify-email-off = Dieser Server versendet keine E-Mails.
notify-first-name = Mein Vorname zählt als Erwähnung
notify-channel-wide = @channel, @all und @here zählen als Erwähnungen
notify-keywords = Weitere Wörter, die als Erwähnung zählen, durch Kommas getrennt
notify-saved = Gespeichert.
notify-ask = Möchtest du eine Desktop-Benachrichtigung erhalten, wenn dich jemand erwähnt oder dir eine Direktnachricht schickt?
notify-enable = Benachrichtigungen aktivieren
notify-dismiss = Nicht jetzt
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } in { $channel }
notify-push-browser = Push-Benachrichtigungen in diesem Browser, wenn ich abwesend bin
notify-push-on = Aktivieren
notify-push-off = Deaktivieren
notify-push-blocked = Dieser Browser blockiert Benachrichtigungen von dieser Website.
# $channel (String) - the channel's name
channel-notify-title = Benachrichtigungen in { $channel }
channel-notify = Benachrichtigungseinstellungen
channel-notify-mute = Diesen Kanal stummschalten
channel-notify-wide = @channel, @all und @here in diesem Kanal ignorieren
channel-mentions-members = Mitglieder dürfen alle mit @channel, @all und @here benachrichtigen
channel-wide-title = Alle in diesem Kanal benachrichtigen?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Mit @{ $mention } sendest du Benachrichtigungen an { $count ->
        [one] eine Person
       *[other] { $count } Personen
    }. Bist du sicher?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Nur für dich sichtbar)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Deinen Status auf abwesend setzen
command-dnd = Nicht stören: keine Desktop- oder Push-Benachrichtigungen
command-echo = Text von deinem Konto zurückgeben
# Keep the quotes: the message goes between them.
command-echo-hint = "Nachricht" [Verzögerung in Sekunden]
command-header = Kanalkopfzeile bearbeiten
command-header-hint = [Text]
command-help = Befehle anzeigen, die du verwenden kannst
command-invite = Einen Benutzer in einen Kanal einladen
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[Benutzername] [~Kanal]
command-join = Einem öffentlichen Kanal beitreten
command-join-hint = ~[Kanal]
command-kick = Ein Mitglied aus dem Kanal entfernen
command-kick-hint = @[Benutzername]
command-leave = Den aktuellen Kanal verlassen
command-me = Eine Aktion ausführen
command-me-hint = [Nachricht]
command-msg = Einem Benutzer eine Direktnachricht senden
command-msg-hint = @[Benutzername] [Nachricht]
command-online = Deinen Status auf online setzen
command-purpose = Kanalzweck bearbeiten
command-purpose-hint = [Text]
command-shrug = Fügt ¯\_(ツ)_/¯ zu deiner Nachricht hinzu
command-shrug-hint = [Nachricht]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Gib am Anfang einer Nachricht / ein, um die Befehle zu sehen, die du verwenden kannst, und was sie jeweils tun.
command-said-status-away = Du bist jetzt abwesend.
command-said-status-online = Du bist jetzt online.
command-said-status-dnd = „Nicht stören“ ist aktiv: Du erhältst keine Desktop- oder Push-Benachrichtigungen.

## The Integrations dialog

nav-integrations = Integrationen
integrations-title = Integrationen
integrations-incoming = Eingehende Webhooks
integrations-outgoing = Ausgehende Webhooks
integrations-commands = Slash-Befehle
integrations-bots = Bot-Konten
integrations-tokens = Persönliche Zugriffstoken
integrations-add = Hinzufügen
integrations-edit = Bearbeiten
integrations-delete = Löschen
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = „{ $name }“ löschen? Alles, was es verwendet, funktioniert dann nicht mehr.
integrations-save = Speichern
integrations-copy = Kopieren
integrations-url = URL
integrations-token = Token
integrations-empty = Noch keine vorhanden.
integrations-disabled = deaktiviert
integrations-disable = Deaktivieren
integrations-enable = Aktivieren
integrations-name = Name
integrations-description = Beschreibung
integrations-channel = Kanal
integrations-any-channel = Jeder öffentliche Kanal
integrations-locked = Nur in diesem Kanal posten
integrations-username = Name, der bei seinen Nachrichten angezeigt wird
integrations-icon = Bild-URL, die bei seinen Nachrichten angezeigt wird
integrations-triggers = Auslösewörter (eines pro Zeile)
integrations-trigger-when = Auslösebedingung
integrations-first-word = Das erste Wort ist ein Auslösewort
integrations-starts-with = Die Nachricht beginnt mit einem Auslösewort
integrations-callbacks = Callback-URLs (eine pro Zeile)
integrations-content-type = Gesendetes Format
integrations-form = Formularfelder
integrations-json = JSON
integrations-trigger = Befehlswort (ohne Schrägstrich)
integrations-request-url = Anfrage-URL
integrations-method = Anfragemethode
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Im Eingabefeld vorschlagen
integrations-hint = Hinweis zu den Argumenten
integrations-autocomplete-desc = Was er bewirkt
integrations-bot-username = Benutzername
integrations-bot-display = Anzeigename
integrations-token-new = Neues Token
integrations-token-once = Kopiere dieses Token jetzt: Es wird nicht noch einmal angezeigt.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token für { $name }
integrations-overrides-off = Dieser Server zeigt Nachrichten von Integrationen unter dem Namen und Bild ihres Besitzers an.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Personen zu { $team } einladen
invite-link-heading = Einladungslink
invite-link-help = Alle, die diesen Link haben, können dem Team beitreten.
invite-link-copy = Link kopieren
invite-link-copied = Kopiert
invite-link-reset = Neuen Link erstellen
invite-link-reset-help = Der aktuelle Link funktioniert dann nicht mehr.
invite-link-admins-only = Nur die Admins des Teams können Personen dazu einladen.
invite-email-heading = Per E-Mail einladen
invite-email-help = Adressen, getrennt durch Kommas, Leerzeichen oder Zeilen. Jede erhält einen Link, der einmal und 48 Stunden lang funktioniert.
invite-email-send = Einladungen senden
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } Einladung gesendet.
   *[other] { $count } Einladungen gesendet.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Ausstehende Einladungen
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, von { $inviter }, bis { $when }
invite-revoke = Widerrufen
invite-joined-heading = Wer wen eingeladen hat
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } wurde von { $inviter } eingeladen
invite-none = Noch keine vorhanden.

## The System Console, for the server's admins

console-title = Systemkonsole
console-tab-users = Benutzer
console-tab-terms = Verhaltenskodex
console-tab-invitations = Einladungen
console-tab-audit = Audit-Protokoll
console-users-search = Nach Name, Benutzername oder E-Mail suchen
console-user-inactive = Deaktiviert
console-user-admin = Systemadmin
console-user-mfa = Zwei-Faktor an
console-user-deactivate = Deaktivieren
console-user-activate = Reaktivieren
console-user-make-admin = Zum Systemadmin machen
console-user-remove-admin = Systemadmin-Rechte entziehen
console-user-mfa-reset = Zwei-Faktor deaktivieren
console-user-sessions = Sitzungen
console-user-revoke-all = Überall abmelden
console-user-no-sessions = Keine offenen Sitzungen.
console-terms-help = Markdown. Jede Änderung ist eine neue Version, die alle erneut akzeptieren.
console-terms-publish = Veröffentlichen
console-terms-published = Veröffentlicht: Alle werden gebeten, diese Version zu akzeptieren.
console-terms-disabled = Dieser Server verlangt noch von niemandem, ihn zu akzeptieren: Setze enable_custom_terms_of_service = true in seiner Konfiguration.
console-invitations-help = Ausstehende E-Mail-Einladungen in dieses Team.
console-invitations-revoke-all = Alle ausstehenden Einladungen widerrufen, in allen Teams
console-audit-when = Wann
console-audit-who = Wer
console-audit-action = Aktion
console-audit-details = Details
console-audit-address = Adresse
console-more = Mehr anzeigen
