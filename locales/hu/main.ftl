# Causerie: Hungarian (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Bejelentkezés a { -brand-name } szolgáltatásba
login-id-label = E-mail-cím vagy felhasználónév
login-password-label = Jelszó
login-submit = Bejelentkezés
login-working = Bejelentkezés…
login-error-credentials = Hibás e-mail-cím, felhasználónév vagy jelszó.
login-error-locked = Túl sok sikertelen próbálkozás. Próbáld újra néhány perc múlva.
login-error-unreachable = A szerver nem érhető el. Ellenőrizd a kapcsolatot, és próbáld újra.
login-error-other = Sikertelen bejelentkezés: { $message }
login-error-code = Hibás vagy már felhasznált kód. Add meg az aktuálisat.
login-code-label = Kétfaktoros kód
login-code-help = A hitelesítő alkalmazásod 6 jegyű kódja, vagy az egyik helyreállítási kódod.
terms-title = Magatartási kódex
terms-help = A részvételhez olvasd el és fogadd el a magatartási kódexet.
terms-agree = Elfogadom
terms-disagree = Nem fogadom el
mfa-required-title = Kétfaktoros hitelesítés beállítása
mfa-required-help = Ez a szerver minden bejelentkezéskor kódot kér egy hitelesítő alkalmazásból.
mfa-scan = Olvasd be ezt a QR-kódot egy hitelesítő alkalmazással, vagy írd be abba a titkos kulcsot.
mfa-qr-alt = QR-kód a hitelesítő alkalmazásodhoz
mfa-secret-label = Titkos kulcs:
mfa-code-label = Az alkalmazás kódja
mfa-confirm = Bekapcsolás
mfa-bad-code = Ez a kód érvénytelen. Add meg az alkalmazásban látható aktuális kódot.
mfa-recovery-help = Tartsd biztonságos helyen ezeket a helyreállítási kódokat. Ha elveszíted az eszközödet, mindegyikkel egyszer bejelentkezhetsz. Csak most jelennek meg.
mfa-recovery-download = Letöltés
mfa-recovery-copy = Másolás
mfa-continue = Tovább
security-title = Biztonság
security-mfa = Kétfaktoros hitelesítés
security-mfa-on = Bekapcsolva: bejelentkezéskor a hitelesítő alkalmazásod kódját is kérjük.
security-mfa-off = Kikapcsolva: a bejelentkezéshez elég a jelszavad.
security-mfa-turn-on = Bekapcsolás
security-mfa-turn-off = Kikapcsolás
security-mfa-off-code = Aktuális kód a kikapcsoláshoz
security-sessions = Ahol be vagy jelentkezve
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — utoljára aktív: { $when }
security-session-revoke = Kijelentkeztetés
login-server-toggle = Másik szerver használata
login-server-label = Szerver URL-címe
login-server-help = Egy Mattermost-szerver, amely engedélyezi ezt az oldalt (CORS). Ennek a szervernek a használatához hagyd üresen.
login-no-account = Új vagy itt? Kérj meghívólinket, vagy regisztrálj, ha ez a szerver engedi.
login-signup-link = Fiók létrehozása
signup-title = Hozd létre a fiókodat
signup-invited = Meghívást kaptál a(z) { $team } csapatba.
signup-invite-invalid = Ez a meghívólink érvénytelen. Kérj egy újat.
signup-first-user = Te vagy itt az első: a fiókod lesz ennek a szervernek az adminisztrátora.
signup-email-label = E-mail-cím
signup-username-label = Felhasználónév
signup-username-help = 3–22 karakter: kisbetűk, számjegyek, „.”, „-” és „_”.
signup-password-label = Jelszó
signup-password-help = Legalább 8 karakter.
signup-submit = Fiók létrehozása
signup-error = Sikertelen regisztráció: { $message }
signup-have-account = Már van fiókod? Jelentkezz be.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } meghívott a(z) { $team } csapatba.
signup-token-invalid = Ez a meghívó lejárt, vagy már felhasználták. Kérj egy újat.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } meghív a(z) { $team } csapatba
invite-email-body = { $inviter } (@{ $username }) meghív, hogy csatlakozz a(z) { $team } csapathoz itt: { $site }.
invite-email-action = Csatlakozás: { $team }
invite-email-expiry = Ez a link egyszer használható, 48 órán át. Ha nem számítottál erre a meghívásra, hagyd figyelmen kívül ezt az e-mailt.

## Navigation

nav-open-sidebar = Csatornalista megnyitása
nav-close-sidebar = Csatornalista bezárása
nav-teams = Csapatok
nav-channels = Csatornák
nav-public = Csatornák
nav-private = Privát csatornák
nav-direct = Közvetlen üzenetek
nav-group = Csoportos üzenetek
nav-mentions = { $count ->
    [one] { $count } említés
   *[other] { $count } említés
}
nav-unread = olvasatlan
nav-create-channel = Csatorna létrehozása
nav-browse-channels = Csatornák böngészése
nav-new-message = Közvetlen üzenet írása
nav-logout = Kijelentkezés
nav-language = Nyelv
nav-invite = Emberek meghívása
nav-console = Rendszerkonzol
status-online = elérhető
status-away = távol
status-dnd = ne zavarjanak
status-offline = nem elérhető

## Channel dialogs

create-title = Csatorna létrehozása
create-name-label = Név
create-private-label = Legyen privát
create-purpose-label = Cél (nem kötelező)
create-submit = Létrehozás
cancel = Mégse
close = Bezárás
browse-title = Csatornák böngészése
browse-join = Csatlakozás
browse-empty = Nincs más csatorna, amelyhez csatlakozhatnál.
dm-title = Közvetlen üzenet
dm-search-label = Személyek keresése
dm-start = Indítás
dm-group-hint = Válassz egy személyt közvetlen üzenethez, vagy legfeljebb hetet csoportos beszélgetéshez.
switcher-title = Csatornaváltás
switcher-label = Csatorna neve

## Channel

channel-members = { $count ->
    [one] { $count } tag
   *[other] { $count } tag
}
channel-archived = Ez a csatorna archiválva van.
channel-leave = Kilépés a csatornából
channel-leave-private-confirm = Kilépsz ebből a privát csatornából? Az újbóli csatlakozáshoz meghívás kell.
channel-loading = Betöltés…
channel-load-older = Régebbi üzenetek betöltése…
channel-beginning = Ez a csatorna kezdete.
channel-not-found = Ez a csatorna nem létezik, vagy nem láthatod.
messages-label = Üzenetek
new-messages = Új üzenetek
jump-to-newest = Ugrás a legújabbra
edited = (szerkesztve)
post-deleted = (üzenet törölve)
post-sending = Küldés…
post-failed = Nincs elküldve.
post-retry = Újra
post-discard = Elvetés
post-reply = Válasz
post-edit = Szerkesztés
post-delete = Törlés
post-delete-confirm = Törlöd ezt az üzenetet?
post-save = Mentés
post-replies = { $count ->
    [one] { $count } válasz
   *[other] { $count } válasz
}
post-time-title = { $time }

## Composer

composer-label = Üzenet ide: { $channel }
composer-placeholder = Írj egy üzenetet…
composer-reply-label = Válasz a szálban
composer-send = Küldés
composer-hint = Enter: küldés, Shift+Enter: új sor
typing-one = { $name } éppen ír…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } éppen írnak…
typing-many = Többen is éppen írnak…
autocomplete-here = Értesítés mindenkinek, aki most itt elérhető
autocomplete-channel = Értesítés a csatorna minden tagjának
autocomplete-all = Értesítés a csatorna minden tagjának

## Threads

thread-title = Szál
thread-close = Szál bezárása

## Connection

connection-reconnecting = Újracsatlakozás…
connection-offline = Nincs kapcsolat. Az üzeneteidet elküldjük, amint helyreáll a kapcsolat.
error-generic = Hiba történt: { $message }

## Profile card

profile-send-message = Üzenet küldése
# $username (String) - the name after the @ that was clicked
profile-not-found = Nincs @{ $username } nevű felhasználó.

## Settings

nav-settings = Beállítások
settings-title = Beállítások
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (vázlat)
settings-language-help = A vázlatfordításokat még nem ellenőrizte anyanyelvi beszélő.
settings-pseudo-group = Fordítóknak

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } ezzel reagált: :{ $emoji }:

## Files

composer-attach = Fájlok csatolása
composer-drop = Húzd ide a fájlokat a csatoláshoz
# $name (String) - a file name
upload-sending = { $name } feltöltése folyamatban
# $name (String) - a file name
upload-cancel = { $name } feltöltésének megszakítása
# $name (String) - a file name
upload-remove = { $name } eltávolítása
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } túl nagy: a fájlok mérete legfeljebb { $max } lehet.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } feltöltése nem sikerült. { $message }
# $name (String) - a file name
file-download = { $name } letöltése
# $name (String) - a file name
file-open = { $name } megnyitása a képnézegetőben
viewer-previous = Előző kép
viewer-next = Következő kép
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = { $index }. kép ({ $count } közül)

## Profile picture

picture-title = Profilkép
picture-preview = Az új képed, úgy körbevágva, ahogy mások látni fogják
picture-choose = Kép kiválasztása…
picture-save = Kép mentése
picture-reset = Automatikusan létrehozott kép használata

## Emoji picker and custom emoji

composer-emoji = Emoji beszúrása
post-react = Reakció hozzáadása
emoji-picker = Emojiválasztó
emoji-search = Emoji keresése
emoji-recent = Legutóbb használt
emoji-custom = Egyéni emojik
emoji-group-smileys = Hangulatjelek és érzelmek
emoji-group-people = Emberek és testrészek
emoji-group-nature = Állatok és természet
emoji-group-food = Étel és ital
emoji-group-travel = Utazás és helyek
emoji-group-activities = Tevékenységek
emoji-group-objects = Tárgyak
emoji-group-symbols = Szimbólumok
emoji-group-flags = Zászlók
emoji-none = Nem található emoji
emoji-tone-default = Alapértelmezett bőrtónus
emoji-tone-light = Világos bőrtónus
emoji-tone-medium-light = Közepesen világos bőrtónus
emoji-tone-medium = Közepes bőrtónus
emoji-tone-medium-dark = Közepesen sötét bőrtónus
emoji-tone-dark = Sötét bőrtónus
nav-custom-emoji = Egyéni emojik
custom-emoji-title = Egyéni emojik
custom-emoji-name = Név
custom-emoji-name-help = Kisbetűk, számjegyek és _ + -, legfeljebb 64 karakter. Az üzenetekben :name: formában használhatod.
custom-emoji-image = Kép
custom-emoji-image-help = Legfeljebb 1 MB-os PNG-, JPEG-, GIF- vagy WebP-kép. Legfeljebb 128 × 128 képpontos méretben jelenik meg.
custom-emoji-add = Emoji hozzáadása
custom-emoji-delete = Törlés
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Törlöd ezt az egyéni emojit: :{ $name }:? Az ezt használó üzenetekben helyette a neve jelenik meg.

## Search

search-label = Keresés az üzenetekben
search-placeholder = Keresés
search-mentions = Legutóbbi említések
# $terms (String) - what the person searched for, as typed
search-title = Találatok: { $terms }
search-close = Keresési találatok bezárása
search-none = Nincs a keresésnek megfelelő üzenet.
search-searching = Keresés…
search-jump = Ugrás

## Notifications

notify-settings = Értesítések
notify-desktop = Asztali értesítések
notify-push = Push-értesítések
notify-email = E-mail-értesítések
notify-all = Minden tevékenységről
notify-mention = Említésekről és közvetlen üzenetekről
notify-none = Soha
notify-default = A beállításaim szerint
notify-email-off = Ez a szerver nem küld e-mailt.
notify-first-name = A keresztnevem is említésnek számít
notify-channel-wide = A @channel, @all és @here említésnek számít
notify-keywords = Egyéb szavak, amelyek említésnek számítanak, vesszővel elválasztva
notify-saved = Mentve.
notify-ask = Szeretnél asztali értesítést kapni, ha valaki megemlít vagy közvetlen üzenetet küld neked?
notify-enable = Értesítések bekapcsolása
notify-dismiss = Most nem
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } itt: { $channel }
notify-push-browser = Push-értesítések ebben a böngészőben, amikor távol vagyok
notify-push-on = Bekapcsolás
notify-push-off = Kikapcsolás
notify-push-blocked = Ez a böngésző letiltja az oldal értesítéseit.
# $channel (String) - the channel's name
channel-notify-title = Értesítések itt: { $channel }
channel-notify = Értesítési beállítások
channel-notify-mute = Csatorna némítása
channel-notify-wide = A @channel, @all és @here figyelmen kívül hagyása ebben a csatornában
channel-mentions-members = A tagok a @channel, @all és @here használatával mindenkit értesíthetnek
channel-wide-title = Értesíted a csatorna összes tagját?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = A @{ $mention } használatával { $count ->
        [one] egy személynek
       *[other] { $count } személynek
    } küldesz értesítést. Biztos vagy benne?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Csak te látod)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Az állapotod beállítása távollévőre
command-dnd = Ne zavarjanak: nincs asztali és push-értesítés
command-echo = Szöveg visszaküldése a fiókodból
# Keep the quotes: the message goes between them.
command-echo-hint = "üzenet" [késleltetés másodpercben]
command-header = A csatorna fejlécének szerkesztése
command-header-hint = [szöveg]
command-help = A használható parancsok megjelenítése
command-invite = Felhasználó meghívása egy csatornába
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[felhasználónév] [~csatorna]
command-join = Csatlakozás egy nyilvános csatornához
command-join-hint = ~[csatorna]
command-kick = Tag eltávolítása a csatornából
command-kick-hint = @[felhasználónév]
command-leave = Kilépés a jelenlegi csatornából
command-me = Cselekvés leírása
command-me-hint = [üzenet]
command-msg = Közvetlen üzenet küldése egy felhasználónak
command-msg-hint = @[felhasználónév] [üzenet]
command-online = Az állapotod beállítása elérhetőre
command-purpose = A csatorna céljának szerkesztése
command-purpose-hint = [szöveg]
command-shrug = ¯\_(ツ)_/¯ hozzáadása az üzenetedhez
command-shrug-hint = [üzenet]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Ha egy üzenet elején beírod a / jelet, megjelennek a használható parancsok, és az is, hogy melyik mit csinál.
command-said-status-away = Mostantól távol vagy.
command-said-status-online = Mostantól elérhető vagy.
command-said-status-dnd = A Ne zavarjanak mód be van kapcsolva: nem kapsz asztali és push-értesítéseket.

## The Integrations dialog

nav-integrations = Integrációk
integrations-title = Integrációk
integrations-incoming = Bejövő webhookok
integrations-outgoing = Kimenő webhookok
integrations-commands = Perjeles parancsok
integrations-bots = Botfiókok
integrations-tokens = Személyes hozzáférési tokenek
integrations-add = Hozzáadás
integrations-edit = Szerkesztés
integrations-delete = Törlés
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Törlöd ezt: „{ $name }”? Ami használja, az nem fog tovább működni.
integrations-save = Mentés
integrations-copy = Másolás
integrations-url = URL
integrations-token = Token
integrations-empty = Még nincs egy sem.
integrations-disabled = letiltva
integrations-disable = Letiltás
integrations-enable = Engedélyezés
integrations-name = Név
integrations-description = Leírás
integrations-channel = Csatorna
integrations-any-channel = Bármely nyilvános csatorna
integrations-locked = Csak ebbe a csatornába küldhet
integrations-username = Az üzenetein megjelenő név
integrations-icon = Az üzenetein megjelenő kép URL-címe
integrations-triggers = Aktiváló szavak (soronként egy)
integrations-trigger-when = Aktiválódik, ha
integrations-first-word = Az első szó aktiváló szó
integrations-starts-with = Az üzenet aktiváló szóval kezdődik
integrations-callbacks = Visszahívási URL-címek (soronként egy)
integrations-content-type = Küldött formátum
integrations-form = Űrlapmezők
integrations-json = JSON
integrations-trigger = Parancsszó (perjel nélkül)
integrations-request-url = Kérés URL-címe
integrations-method = Kérési metódus
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Felajánlás üzenetírás közben
integrations-hint = Argumentumtipp
integrations-autocomplete-desc = Mit csinál
integrations-bot-username = Felhasználónév
integrations-bot-display = Megjelenített név
integrations-token-new = Új token
integrations-token-once = Másold ki most ezt a tokent: többé nem jelenik meg.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token ehhez: { $name }
integrations-overrides-off = Ez a szerver az integrációk üzeneteit a tulajdonosuk nevével és képével jeleníti meg.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Emberek meghívása ide: { $team }
invite-link-heading = Meghívólink
invite-link-help = Bárki, akinél ez a link van, csatlakozhat a csapathoz.
invite-link-copy = Link másolása
invite-link-copied = Másolva
invite-link-reset = Új link létrehozása
invite-link-reset-help = A jelenlegi link ezután nem működik többé.
invite-link-admins-only = Ebbe a csapatba csak a csapat adminisztrátorai hívhatnak meg embereket.
invite-email-heading = Meghívás e-mailben
invite-email-help = Vesszővel, szóközzel vagy sortöréssel elválasztott címek. Mindegyik kap egy linket, amely egyszer használható, 48 órán át.
invite-email-send = Meghívók küldése
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } meghívó elküldve.
   *[other] { $count } meghívó elküldve.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Függő meghívók
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, meghívta: { $inviter }, érvényes eddig: { $when }
invite-revoke = Visszavonás
invite-joined-heading = Ki kit hívott meg
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } – meghívta: { $inviter }
invite-none = Még nincs egy sem.

## The System Console, for the server's admins

console-title = Rendszerkonzol
console-tab-users = Felhasználók
console-tab-terms = Magatartási kódex
console-tab-invitations = Meghívók
console-tab-audit = Auditnapló
console-users-search = Keresés név, felhasználónév vagy e-mail-cím alapján
console-user-inactive = Deaktiválva
console-user-admin = Rendszeradminisztrátor
console-user-mfa = Kétfaktoros hitelesítés bekapcsolva
console-user-deactivate = Deaktiválás
console-user-activate = Újraaktiválás
console-user-make-admin = Kinevezés rendszeradminisztrátorrá
console-user-remove-admin = Rendszeradminisztrátori jog elvétele
console-user-mfa-reset = Kétfaktoros hitelesítés kikapcsolása
console-user-sessions = Munkamenetek
console-user-revoke-all = Kijelentkeztetés mindenhonnan
console-user-no-sessions = Nincs nyitott munkamenet.
console-terms-help = Markdown. Minden módosítás új verzió, amelyet mindenkinek újra el kell fogadnia.
console-terms-publish = Közzététel
console-terms-published = Közzétéve: mindenkit megkérünk, hogy fogadja el ezt a verziót.
console-terms-disabled = Ez a szerver még senkitől sem kéri az elfogadását: állítsd be a konfigurációjában ezt: enable_custom_terms_of_service = true.
console-invitations-help = A csapat függő e-mailes meghívói.
console-invitations-revoke-all = Minden függő meghívó visszavonása, az összes csapatban
console-audit-when = Időpont
console-audit-who = Ki
console-audit-action = Művelet
console-audit-details = Részletek
console-audit-address = Cím
console-more = Továbbiak
