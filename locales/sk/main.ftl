# Causerie: Slovak (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Prihlásenie do { -brand-name }
login-id-label = E-mail alebo používateľské meno
login-password-label = Heslo
login-submit = Prihlásiť sa
login-working = Prihlasovanie…
login-error-credentials = Nesprávny e-mail, používateľské meno alebo heslo.
login-error-locked = Príliš veľa neúspešných pokusov. Skúste to znova o niekoľko minút.
login-error-unreachable = Server nie je dostupný. Skontrolujte pripojenie a skúste to znova.
login-error-other = Prihlásenie zlyhalo: { $message }
login-error-code = Nesprávny alebo už použitý kód. Zadajte aktuálny.
login-code-label = Kód dvojfaktorového overenia
login-code-help = 6-miestny kód z overovacej aplikácie alebo jeden z vašich kódov na obnovenie.
terms-title = Kódex správania
terms-help = Ak sa chcete zapojiť, prečítajte si kódex správania a prijmite ho.
terms-agree = Súhlasím
terms-disagree = Nesúhlasím
mfa-required-title = Nastavte dvojfaktorové overenie
mfa-required-help = Tento server pri každom prihlásení vyžaduje kód z overovacej aplikácie.
mfa-scan = Naskenujte tento QR kód overovacou aplikáciou alebo do nej zadajte tajný kľúč.
mfa-qr-alt = QR kód pre vašu overovaciu aplikáciu
mfa-secret-label = Tajný kľúč:
mfa-code-label = Kód z aplikácie
mfa-confirm = Zapnúť
mfa-bad-code = Tento kód nie je platný. Zadajte aktuálny kód z aplikácie.
mfa-recovery-help = Uložte si tieto kódy na obnovenie na bezpečné miesto. Ak stratíte zariadenie, každým z nich sa môžete raz prihlásiť. Zobrazujú sa len teraz.
mfa-recovery-download = Stiahnuť
mfa-recovery-copy = Kopírovať
mfa-continue = Pokračovať
security-title = Zabezpečenie
security-mfa = Dvojfaktorové overenie
security-mfa-on = Zapnuté: pri prihlásení sa vyžaduje kód z overovacej aplikácie.
security-mfa-off = Vypnuté: na prihlásenie stačí samotné heslo.
security-mfa-turn-on = Zapnúť
security-mfa-turn-off = Vypnúť
security-mfa-off-code = Aktuálny kód na vypnutie
security-sessions = Kde ste prihlásení
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — posledná aktivita: { $when }
security-session-revoke = Odhlásiť
login-server-toggle = Použiť iný server
login-server-label = URL servera
login-server-help = Server Mattermost, ktorý povoľuje prístup z tejto stránky (CORS). Pre tento server nechajte prázdne.
login-no-account = Ste tu prvýkrát? Požiadajte o odkaz s pozvánkou alebo sa zaregistrujte, ak to tento server umožňuje.
login-signup-link = Vytvoriť účet
signup-title = Vytvorenie účtu
signup-invited = Máte pozvánku do tímu { $team }.
signup-invite-invalid = Tento odkaz s pozvánkou nie je platný. Požiadajte o nový.
signup-first-user = Zatiaľ tu nikto nie je: váš účet bude spravovať tento server.
signup-email-label = E-mail
signup-username-label = Používateľské meno
signup-username-help = 3 až 22 znakov: malé písmená, číslice, „.“, „-“ a „_“.
signup-password-label = Heslo
signup-password-help = Aspoň 8 znakov.
signup-submit = Vytvoriť účet
signup-error = Registrácia zlyhala: { $message }
signup-have-account = Už máte účet? Prihláste sa.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } vás pozýva do tímu { $team }.
signup-token-invalid = Platnosť tejto pozvánky vypršala alebo už bola použitá. Požiadajte o novú.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } vás pozýva do tímu { $team }
invite-email-body = { $inviter } (@{ $username }) vás pozýva, aby ste sa pripojili k tímu { $team } na { $site }.
invite-email-action = Pripojiť sa k tímu { $team }
invite-email-expiry = Tento odkaz funguje raz, počas 48 hodín. Ak ste túto pozvánku nečakali, tento e-mail ignorujte.

## Navigation

nav-open-sidebar = Otvoriť zoznam kanálov
nav-close-sidebar = Zavrieť zoznam kanálov
nav-teams = Tímy
nav-channels = Kanály
nav-public = Kanály
nav-private = Súkromné kanály
nav-direct = Priame správy
nav-group = Skupinové správy
nav-mentions = { $count ->
    [one] { $count } zmienka
    [few] { $count } zmienky
    [many] { $count } zmienky
   *[other] { $count } zmienok
}
nav-unread = neprečítané
nav-create-channel = Vytvoriť kanál
nav-browse-channels = Prehľadávať kanály
nav-new-message = Napísať priamu správu
nav-logout = Odhlásiť sa
nav-language = Jazyk
nav-invite = Pozvať ľudí
nav-console = Systémová konzola
status-online = online
status-away = preč
status-dnd = nerušiť
status-offline = offline

## Channel dialogs

create-title = Vytvoriť kanál
create-name-label = Názov
create-private-label = Nastaviť ako súkromný
create-purpose-label = Účel (nepovinné)
create-submit = Vytvoriť
cancel = Zrušiť
close = Zavrieť
browse-title = Prehľadávať kanály
browse-join = Pripojiť sa
browse-empty = Žiadne ďalšie kanály, ku ktorým sa dá pripojiť.
dm-title = Priama správa
dm-search-label = Nájsť ľudí
dm-start = Začať
dm-group-hint = Vyberte jednu osobu pre priamu správu alebo až sedem pre skupinu.
switcher-title = Prepnúť kanál
switcher-label = Názov kanála

## Channel

channel-members = { $count ->
    [one] { $count } člen
    [few] { $count } členovia
    [many] { $count } člena
   *[other] { $count } členov
}
channel-archived = Tento kanál je archivovaný.
channel-leave = Opustiť kanál
channel-leave-private-confirm = Opustiť tento súkromný kanál? Na opätovné pripojenie bude potrebná pozvánka.
channel-loading = Načítava sa…
channel-load-older = Načítavajú sa staršie správy…
channel-beginning = Toto je začiatok kanála.
channel-not-found = Tento kanál neexistuje alebo k nemu nemáte prístup.
messages-label = Správy
new-messages = Nové správy
jump-to-newest = Prejsť na najnovšie
edited = (upravené)
post-deleted = (správa odstránená)
post-sending = Odosiela sa…
post-failed = Neodoslané.
post-retry = Skúsiť znova
post-discard = Zahodiť
post-reply = Odpovedať
post-edit = Upraviť
post-delete = Odstrániť
post-delete-confirm = Odstrániť túto správu?
post-save = Uložiť
post-replies = { $count ->
    [one] { $count } odpoveď
    [few] { $count } odpovede
    [many] { $count } odpovede
   *[other] { $count } odpovedí
}
post-time-title = { $time }

## Composer

composer-label = Napísať do { $channel }
composer-placeholder = Napíšte správu…
composer-reply-label = Odpovedať vo vlákne
composer-send = Odoslať
composer-hint = Enter na odoslanie, Shift+Enter na nový riadok
typing-one = { $name } píše…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } píšu…
typing-many = Niekoľko ľudí píše…
autocomplete-here = Upozorniť všetkých, ktorí sú práve online
autocomplete-channel = Upozorniť všetkých v tomto kanáli
autocomplete-all = Upozorniť všetkých v tomto kanáli

## Threads

thread-title = Vlákno
thread-close = Zavrieť vlákno

## Connection

connection-reconnecting = Obnovuje sa pripojenie…
connection-offline = Ste offline. Správy sa odošlú, keď sa pripojenie obnoví.
error-generic = Niečo sa pokazilo: { $message }

## Profile card

profile-send-message = Poslať správu
# $username (String) - the name after the @ that was clicked
profile-not-found = Nikto s menom @{ $username } neexistuje.

## Settings

nav-settings = Nastavenia
settings-title = Nastavenia
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (koncept)
settings-language-help = Koncepty prekladov zatiaľ neskontroloval rodený hovoriaci.
settings-pseudo-group = Pre prekladateľov

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names }: reakcia :{ $emoji }:

## Files

composer-attach = Priložiť súbory
composer-drop = Pustite súbory sem, aby ste ich priložili
# $name (String) - a file name
upload-sending = Nahráva sa súbor { $name }
# $name (String) - a file name
upload-cancel = Zrušiť nahrávanie súboru { $name }
# $name (String) - a file name
upload-remove = Odobrať súbor { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = Súbor { $name } je príliš veľký: maximálna veľkosť súboru je { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Súbor { $name } sa nepodarilo nahrať. { $message }
# $name (String) - a file name
file-download = Stiahnuť súbor { $name }
# $name (String) - a file name
file-open = Otvoriť súbor { $name } v prehliadači
viewer-previous = Predchádzajúci obrázok
viewer-next = Nasledujúci obrázok
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Obrázok { $index } z { $count }

## Profile picture

picture-title = Profilový obrázok
picture-preview = Váš nový obrázok, orezaný tak, ako ho uvidia ostatní
picture-choose = Vybrať obrázok…
picture-save = Uložiť obrázok
picture-reset = Použiť vygenerovaný obrázok

## Emoji picker and custom emoji

composer-emoji = Vložiť emoji
post-react = Pridať reakciu
emoji-picker = Výber emoji
emoji-search = Hľadať emoji
emoji-recent = Naposledy použité
emoji-custom = Vlastné emoji
emoji-group-smileys = Smajlíky a emócie
emoji-group-people = Ľudia a telo
emoji-group-nature = Zvieratá a príroda
emoji-group-food = Jedlo a nápoje
emoji-group-travel = Cestovanie a miesta
emoji-group-activities = Aktivity
emoji-group-objects = Predmety
emoji-group-symbols = Symboly
emoji-group-flags = Vlajky
emoji-none = Nenašli sa žiadne emoji
emoji-tone-default = Predvolený tón pleti
emoji-tone-light = Svetlý tón pleti
emoji-tone-medium-light = Stredne svetlý tón pleti
emoji-tone-medium = Stredný tón pleti
emoji-tone-medium-dark = Stredne tmavý tón pleti
emoji-tone-dark = Tmavý tón pleti
nav-custom-emoji = Vlastné emoji
custom-emoji-title = Vlastné emoji
custom-emoji-name = Názov
custom-emoji-name-help = Malé písmená, číslice a _ + -, najviac 64 znakov. V správach ho použite ako :name:.
custom-emoji-image = Obrázok
custom-emoji-image-help = Obrázok PNG, JPEG, GIF alebo WebP s veľkosťou najviac 1 MB. Zobrazuje sa vo veľkosti 128 × 128 pixelov alebo menšej.
custom-emoji-add = Pridať emoji
custom-emoji-delete = Odstrániť
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Odstrániť vlastné emoji :{ $name }:? Správy, ktoré ho používajú, namiesto neho zobrazia jeho názov.

## Search

search-label = Hľadať v správach
search-placeholder = Hľadať
search-mentions = Nedávne zmienky
# $terms (String) - what the person searched for, as typed
search-title = Výsledky pre { $terms }
search-close = Zavrieť výsledky vyhľadávania
search-none = Tomuto vyhľadávaniu nezodpovedajú žiadne správy.
search-searching = Vyhľadáva sa…
search-jump = Prejsť

## Notifications

notify-settings = Upozornenia
notify-desktop = Upozornenia na pracovnej ploche
notify-push = Push upozornenia
notify-email = E-mailové upozornenia
notify-all = Pri všetkej aktivite
notify-mention = Pri zmienkach a priamych správach
notify-none = Nikdy
notify-default = Podľa mojich nastavení
notify-email-off = Tento server neposiela e-maily.
notify-first-name = Moje krstné meno sa počíta ako zmienka
notify-channel-wide = @channel, @all a @here sa počítajú ako zmienky
notify-keywords = Ďalšie slová, ktoré sa počítajú ako zmienky, oddelené čiarkami
notify-saved = Uložené.
notify-ask = Chcete dostávať upozornenia na pracovnej ploche, keď vás niekto spomenie alebo vám pošle priamu správu?
notify-enable = Zapnúť upozornenia
notify-dismiss = Teraz nie
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } v kanáli { $channel }
notify-push-browser = Push upozornenia v tomto prehliadači, keď som preč
notify-push-on = Zapnúť
notify-push-off = Vypnúť
notify-push-blocked = Tento prehliadač blokuje upozornenia z tejto stránky.
# $channel (String) - the channel's name
channel-notify-title = Upozornenia v kanáli { $channel }
channel-notify = Predvoľby upozornení
channel-notify-mute = Stlmiť tento kanál
channel-notify-wide = Ignorovať @channel, @all a @here v tomto kanáli
channel-mentions-members = Členovia môžu upozorniť všetkých pomocou @channel, @all a @here
channel-wide-title = Upozorniť všetkých v tomto kanáli?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Použitím @{ $mention } pošlete upozornenia { $count ->
        [one] jednej osobe
        [few] { $count } osobám
        [many] { $count } osobám
       *[other] { $count } osobám
    }. Naozaj chcete pokračovať?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Viditeľné iba pre vás)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Nastaviť stav na preč
command-dnd = Nerušiť: žiadne upozornenia na pracovnej ploche ani push upozornenia
command-echo = Zopakovať text z vášho účtu
# Keep the quotes: the message goes between them.
command-echo-hint = "správa" [oneskorenie v sekundách]
command-header = Upraviť hlavičku kanála
command-header-hint = [text]
command-help = Zobraziť príkazy, ktoré môžete použiť
command-invite = Pozvať používateľa do kanála
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[používateľské meno] [~kanál]
command-join = Pripojiť sa k otvorenému kanálu
command-join-hint = ~[kanál]
command-kick = Odobrať člena z kanála
command-kick-hint = @[používateľské meno]
command-leave = Opustiť aktuálny kanál
command-me = Vykonať akciu
command-me-hint = [správa]
command-msg = Poslať priamu správu používateľovi
command-msg-hint = @[používateľské meno] [správa]
command-online = Nastaviť stav na online
command-purpose = Upraviť účel kanála
command-purpose-hint = [text]
command-shrug = Pridá ¯\_(ツ)_/¯ do vašej správy
command-shrug-hint = [správa]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Napíšte / na začiatok správy a zobrazia sa príkazy, ktoré môžete použiť, aj s popisom toho, čo ktorý robí.
command-said-status-away = Teraz ste preč.
command-said-status-online = Teraz ste online.
command-said-status-dnd = Režim Nerušiť je zapnutý: nebudete dostávať upozornenia na pracovnej ploche ani push upozornenia.

## The Integrations dialog

nav-integrations = Integrácie
integrations-title = Integrácie
integrations-incoming = Prichádzajúce webhooky
integrations-outgoing = Odchádzajúce webhooky
integrations-commands = Príkazy s lomkou
integrations-bots = Účty botov
integrations-tokens = Osobné prístupové tokeny
integrations-add = Pridať
integrations-edit = Upraviť
integrations-delete = Odstrániť
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Odstrániť „{ $name }“? Všetko, čo to používa, prestane fungovať.
integrations-save = Uložiť
integrations-copy = Kopírovať
integrations-url = URL
integrations-token = Token
integrations-empty = Zatiaľ nič.
integrations-disabled = vypnuté
integrations-disable = Vypnúť
integrations-enable = Zapnúť
integrations-name = Názov
integrations-description = Popis
integrations-channel = Kanál
integrations-any-channel = Ľubovoľný verejný kanál
integrations-locked = Uverejňovať iba v tomto kanáli
integrations-username = Meno zobrazené pri jeho správach
integrations-icon = URL obrázka zobrazeného pri jeho správach
integrations-triggers = Spúšťacie slová (jedno na riadok)
integrations-trigger-when = Spustí sa, keď
integrations-first-word = Prvé slovo je spúšťacie slovo
integrations-starts-with = Správa sa začína spúšťacím slovom
integrations-callbacks = URL spätného volania (jedna na riadok)
integrations-content-type = Odosielaný formát
integrations-form = Polia formulára
integrations-json = JSON
integrations-trigger = Slovo príkazu (bez lomky)
integrations-request-url = URL požiadavky
integrations-method = Metóda požiadavky
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Ponúkať v poli na písanie správ
integrations-hint = Nápoveda k argumentom
integrations-autocomplete-desc = Čo robí
integrations-bot-username = Používateľské meno
integrations-bot-display = Zobrazované meno
integrations-token-new = Nový token
integrations-token-once = Skopírujte si tento token teraz: znova sa už nezobrazí.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token pre { $name }
integrations-overrides-off = Tento server zobrazuje správy integrácií pod menom a obrázkom ich vlastníka.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Pozvať ľudí do tímu { $team }
invite-link-heading = Odkaz s pozvánkou
invite-link-help = Ktokoľvek s týmto odkazom sa môže pripojiť k tímu.
invite-link-copy = Kopírovať odkaz
invite-link-copied = Skopírované
invite-link-reset = Vytvoriť nový odkaz
invite-link-reset-help = Aktuálny odkaz potom prestane fungovať.
invite-link-admins-only = Ľudí do tímu môžu pozývať iba jeho správcovia.
invite-email-heading = Pozvať e-mailom
invite-email-help = Adresy oddelené čiarkami, medzerami alebo novými riadkami. Každá dostane odkaz, ktorý funguje raz, počas 48 hodín.
invite-email-send = Odoslať pozvánky
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] Odoslaná { $count } pozvánka.
    [few] Odoslané { $count } pozvánky.
    [many] Odoslané { $count } pozvánky.
   *[other] Odoslaných { $count } pozvánok.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Čakajúce pozvánky
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, od { $inviter }, platí do { $when }
invite-revoke = Zrušiť
invite-joined-heading = Kto koho pozval
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } – pozvánka od { $inviter }
invite-none = Zatiaľ nič.

## The System Console, for the server's admins

console-title = Systémová konzola
console-tab-users = Používatelia
console-tab-terms = Kódex správania
console-tab-invitations = Pozvánky
console-tab-audit = Protokol auditu
console-users-search = Hľadať podľa mena, používateľského mena alebo e-mailu
console-user-inactive = Deaktivovaný
console-user-admin = Správca systému
console-user-mfa = Dvojfaktorové overenie zapnuté
console-user-deactivate = Deaktivovať
console-user-activate = Znova aktivovať
console-user-make-admin = Urobiť správcom systému
console-user-remove-admin = Odobrať rolu správcu systému
console-user-mfa-reset = Vypnúť dvojfaktorové overenie
console-user-sessions = Relácie
console-user-revoke-all = Odhlásiť zo všetkých zariadení
console-user-no-sessions = Žiadne otvorené relácie.
console-terms-help = Markdown. Každá zmena je nová verzia, ktorú všetci znova prijmú.
console-terms-publish = Zverejniť
console-terms-published = Zverejnené: všetci budú požiadaní o prijatie tejto verzie.
console-terms-disabled = Tento server zatiaľ nikoho nežiada o jeho prijatie: v jeho konfigurácii nastavte enable_custom_terms_of_service = true.
console-invitations-help = Čakajúce e-mailové pozvánky do tohto tímu.
console-invitations-revoke-all = Zrušiť všetky čakajúce pozvánky vo všetkých tímoch
console-audit-when = Kedy
console-audit-who = Kto
console-audit-action = Akcia
console-audit-details = Podrobnosti
console-audit-address = Adresa
console-more = Zobraziť viac
