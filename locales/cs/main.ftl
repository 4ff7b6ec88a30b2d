# Causerie: Czech (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Přihlášení do { -brand-name }
login-id-label = E-mail nebo uživatelské jméno
login-password-label = Heslo
login-submit = Přihlásit se
login-working = Přihlašování…
login-error-credentials = Nesprávný e-mail, uživatelské jméno nebo heslo.
login-error-locked = Příliš mnoho neúspěšných pokusů. Zkuste to znovu za několik minut.
login-error-unreachable = Server není dostupný. Zkontrolujte připojení a zkuste to znovu.
login-error-other = Přihlášení se nezdařilo: { $message }
login-error-code = Nesprávný nebo už použitý kód. Zadejte aktuální kód.
login-code-label = Kód dvoufázového ověření
login-code-help = Šestimístný kód z vaší ověřovací aplikace, nebo jeden z vašich záložních kódů.
terms-title = Pravidla chování
terms-help = Abyste se mohli zapojit, přečtěte si pravidla chování a přijměte je.
terms-agree = Souhlasím
terms-disagree = Nesouhlasím
mfa-required-title = Nastavení dvoufázového ověření
mfa-required-help = Tento server vyžaduje při každém přihlášení kód z ověřovací aplikace.
mfa-scan = Naskenujte tento QR kód ověřovací aplikací, nebo do ní zadejte tajný klíč.
mfa-qr-alt = QR kód pro vaši ověřovací aplikaci
mfa-secret-label = Tajný klíč:
mfa-code-label = Kód z aplikace
mfa-confirm = Zapnout
mfa-bad-code = Tento kód není platný. Zadejte aktuální kód z aplikace.
mfa-recovery-help = Uložte si tyto záložní kódy na bezpečné místo. Pokud ztratíte zařízení, každý z nich vás jednou přihlásí. Zobrazují se jen teď.
mfa-recovery-download = Stáhnout
mfa-recovery-copy = Kopírovat
mfa-continue = Pokračovat
security-title = Zabezpečení
security-mfa = Dvoufázové ověření
security-mfa-on = Zapnuto: při přihlášení je potřeba kód z ověřovací aplikace.
security-mfa-off = Vypnuto: k přihlášení stačí heslo.
security-mfa-turn-on = Zapnout
security-mfa-turn-off = Vypnout
security-mfa-off-code = Aktuální kód, pro vypnutí
security-sessions = Kde jste přihlášeni
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — naposledy aktivní { $when }
security-session-revoke = Odhlásit
login-server-toggle = Použít jiný server
login-server-label = URL serveru
login-server-help = Server Mattermost, který povoluje přístup z tohoto webu (CORS). Pro tento server ponechte prázdné.
login-no-account = Jste tu poprvé? Požádejte o odkaz s pozvánkou, nebo se zaregistrujte, pokud to tento server umožňuje.
login-signup-link = Vytvořit účet
signup-title = Vytvoření účtu
signup-invited = Máte pozvánku do týmu { $team }.
signup-invite-invalid = Tento odkaz s pozvánkou není platný. Požádejte o nový.
signup-first-user = Jste tu první: váš účet bude spravovat tento server.
signup-email-label = E-mail
signup-username-label = Uživatelské jméno
signup-username-help = 3 až 22 znaků: malá písmena, číslice, „.“, „-“ a „_“.
signup-password-label = Heslo
signup-password-help = Alespoň 8 znaků.
signup-submit = Vytvořit účet
signup-error = Registrace se nezdařila: { $message }
signup-have-account = Už máte účet? Přihlaste se.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } vás zve do týmu { $team }.
signup-token-invalid = Platnost této pozvánky vypršela nebo už byla použita. Požádejte o novou.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } vás zve do týmu { $team }
invite-email-body = { $inviter } (@{ $username }) vás zve, abyste se připojili k týmu { $team } na { $site }.
invite-email-action = Připojit se k týmu { $team }
invite-email-expiry = Tento odkaz funguje jednou a po dobu 48 hodin. Pokud jste tuto pozvánku nečekali, tento e-mail ignorujte.

## Navigation

nav-open-sidebar = Otevřít seznam kanálů
nav-close-sidebar = Zavřít seznam kanálů
nav-teams = Týmy
nav-channels = Kanály
nav-public = Kanály
nav-private = Soukromé kanály
nav-direct = Přímé zprávy
nav-group = Skupinové zprávy
nav-mentions = { $count ->
    [one] { $count } zmínka
    [few] { $count } zmínky
    [many] { $count } zmínky
   *[other] { $count } zmínek
}
nav-unread = nepřečtené
nav-create-channel = Vytvořit kanál
nav-browse-channels = Procházet kanály
nav-new-message = Napsat přímou zprávu
nav-logout = Odhlásit se
nav-language = Jazyk
nav-invite = Pozvat lidi
nav-console = Systémová konzole
status-online = online
status-away = pryč
status-dnd = nerušit
status-offline = offline

## Channel dialogs

create-title = Vytvořit kanál
create-name-label = Název
create-private-label = Nastavit jako soukromý
create-purpose-label = Účel (nepovinné)
create-submit = Vytvořit
cancel = Zrušit
close = Zavřít
browse-title = Procházet kanály
browse-join = Připojit se
browse-empty = Žádné další kanály, ke kterým se lze připojit.
dm-title = Přímá zpráva
dm-search-label = Najít lidi
dm-start = Začít
dm-group-hint = Vyberte jednu osobu pro přímou zprávu, nebo až sedm pro skupinu.
switcher-title = Přepnout kanál
switcher-label = Název kanálu

## Channel

channel-members = { $count ->
    [one] { $count } člen
    [few] { $count } členové
    [many] { $count } člena
   *[other] { $count } členů
}
channel-archived = Tento kanál je archivován.
channel-leave = Opustit kanál
channel-leave-private-confirm = Opustit tento soukromý kanál? K opětovnému připojení bude potřeba pozvánka.
channel-loading = Načítání…
channel-load-older = Načítání starších zpráv…
channel-beginning = Toto je začátek kanálu.
channel-not-found = Tento kanál neexistuje nebo k němu nemáte přístup.
messages-label = Zprávy
new-messages = Nové zprávy
jump-to-newest = Přejít na nejnovější
edited = (upraveno)
post-deleted = (zpráva smazána)
post-sending = Odesílání…
post-failed = Neodesláno.
post-retry = Zkusit znovu
post-discard = Zahodit
post-reply = Odpovědět
post-edit = Upravit
post-delete = Smazat
post-delete-confirm = Smazat tuto zprávu?
post-save = Uložit
post-replies = { $count ->
    [one] { $count } odpověď
    [few] { $count } odpovědi
    [many] { $count } odpovědi
   *[other] { $count } odpovědí
}
post-time-title = { $time }

## Composer

composer-label = Napsat do { $channel }
composer-placeholder = Napište zprávu…
composer-reply-label = Odpovědět ve vlákně
composer-send = Odeslat
composer-hint = Enter pro odeslání, Shift+Enter pro nový řádek
typing-one = { $name } píše…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } píšou…
typing-many = Několik lidí píše…
autocomplete-here = Upozornit všechny, kdo jsou právě online
autocomplete-channel = Upozornit všechny v tomto kanálu
autocomplete-all = Upozornit všechny v tomto kanálu

## Threads

thread-title = Vlákno
thread-close = Zavřít vlákno

## Connection

connection-reconnecting = Obnovování připojení…
connection-offline = Jste offline. Zprávy budou odeslány, jakmile se připojení obnoví.
error-generic = Něco se pokazilo: { $message }

## Profile card

profile-send-message = Poslat zprávu
# $username (String) - the name after the @ that was clicked
profile-not-found = Nikdo jménem @{ $username } neexistuje.

## Settings

nav-settings = Nastavení
settings-title = Nastavení
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (koncept)
settings-language-help = Koncepty překladů zatím nezkontroloval rodilý mluvčí.
settings-pseudo-group = Pro překladatele

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names }: reakce :{ $emoji }:

## Files

composer-attach = Přiložit soubory
composer-drop = Pusťte soubory sem, abyste je přiložili
# $name (String) - a file name
upload-sending = Nahrávání souboru { $name }
# $name (String) - a file name
upload-cancel = Zrušit nahrávání souboru { $name }
# $name (String) - a file name
upload-remove = Odebrat soubor { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = Soubor { $name } je příliš velký: maximální velikost souboru je { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Soubor { $name } se nepodařilo nahrát. { $message }
# $name (String) - a file name
file-download = Stáhnout soubor { $name }
# $name (String) - a file name
file-open = Otevřít soubor { $name } v prohlížeči
viewer-previous = Předchozí obrázek
viewer-next = Další obrázek
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Obrázek { $index } z { $count }

## Profile picture

picture-title = Profilový obrázek
picture-preview = Váš nový obrázek, oříznutý tak, jak ho uvidí ostatní
picture-choose = Vybrat obrázek…
picture-save = Uložit obrázek
picture-reset = Použít vygenerovaný obrázek

## Emoji picker and custom emoji

composer-emoji = Vložit emoji
post-react = Přidat reakci
emoji-picker = Výběr emoji
emoji-search = Hledat emoji
emoji-recent = Naposledy použité
emoji-custom = Vlastní emoji
emoji-group-smileys = Smajlíci a emoce
emoji-group-people = Lidé a tělo
emoji-group-nature = Zvířata a příroda
emoji-group-food = Jídlo a pití
emoji-group-travel = Cestování a místa
emoji-group-activities = Aktivity
emoji-group-objects = Předměty
emoji-group-symbols = Symboly
emoji-group-flags = Vlajky
emoji-none = Nebyla nalezena žádná emoji
emoji-tone-default = Výchozí tón pleti
emoji-tone-light = Světlý tón pleti
emoji-tone-medium-light = Středně světlý tón pleti
emoji-tone-medium = Střední tón pleti
emoji-tone-medium-dark = Středně tmavý tón pleti
emoji-tone-dark = Tmavý tón pleti
nav-custom-emoji = Vlastní emoji
custom-emoji-title = Vlastní emoji
custom-emoji-name = Název
custom-emoji-name-help = Malá písmena, číslice a _ + -, nejvýše 64 znaků. Ve zprávách ho použijte jako :name:.
custom-emoji-image = Obrázek
custom-emoji-image-help = Obrázek PNG, JPEG, GIF nebo WebP o velikosti nejvýše 1 MB. Zobrazuje se ve velikosti 128 × 128 pixelů nebo menší.
custom-emoji-add = Přidat emoji
custom-emoji-delete = Smazat
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Smazat vlastní emoji :{ $name }:? Zprávy, které ho používají, místo něj zobrazí jeho název.

## Search

search-label = Hledat ve zprávách
search-placeholder = Hledat
search-mentions = Nedávné zmínky
# $terms (String) - what the person searched for, as typed
search-title = Výsledky pro { $terms }
search-close = Zavřít výsledky hledání
search-none = Tomuto hledání neodpovídají žádné zprávy.
search-searching = Hledání…
search-jump = Přejít

## Notifications

notify-settings = Oznámení
notify-desktop = Oznámení na ploše
notify-push = Push oznámení
notify-email = E-mailová oznámení
notify-all = U veškeré aktivity
notify-mention = U zmínek a přímých zpráv
notify-none = Nikdy
notify-default = Podle mého nastavení
notify-email-off = Tento server neposílá e-maily.
notify-first-name = Moje křestní jméno se počítá jako zmínka
notify-channel-wide = @channel, @all a @here se počítají jako zmínky
notify-keywords = Další slova, která se počítají jako zmínky, oddělená čárkami
notify-saved = Uloženo.
notify-ask = Chcete dostávat oznámení na ploše, když vás někdo zmíní nebo vám pošle přímou zprávu?
notify-enable = Zapnout oznámení
notify-dismiss = Teď ne
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } v kanálu { $channel }
notify-push-browser = Push oznámení v tomto prohlížeči, když jsem pryč
notify-push-on = Zapnout
notify-push-off = Vypnout
notify-push-blocked = Tento prohlížeč blokuje oznámení z tohoto webu.
# $channel (String) - the channel's name
channel-notify-title = Oznámení v kanálu { $channel }
channel-notify = Předvolby oznámení
channel-notify-mute = Ztlumit tento kanál
channel-notify-wide = Ignorovat @channel, @all a @here v tomto kanálu
channel-mentions-members = Členové mohou upozornit všechny pomocí @channel, @all a @here
channel-wide-title = Upozornit všechny v tomto kanálu?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Použitím @{ $mention } se chystáte poslat oznámení { $count ->
        [one] jedné osobě
        [few] { $count } osobám
        [many] { $count } osobám
       *[other] { $count } osobám
    }. Opravdu chcete pokračovat?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Vidíte jen vy)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Nastavit stav na pryč
command-dnd = Nerušit: žádná oznámení na ploše ani push oznámení
command-echo = Zopakovat text z vašeho účtu
# Keep the quotes: the message goes between them.
command-echo-hint = "zpráva" [zpoždění v sekundách]
command-header = Upravit záhlaví kanálu
command-header-hint = [text]
command-help = Zobrazit příkazy, které můžete použít
command-invite = Pozvat uživatele do kanálu
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[uživatelské jméno] [~kanál]
command-join = Připojit se k veřejnému kanálu
command-join-hint = ~[kanál]
command-kick = Odebrat člena z kanálu
command-kick-hint = @[uživatelské jméno]
command-leave = Opustit aktuální kanál
command-me = Provést akci
command-me-hint = [zpráva]
command-msg = Poslat uživateli přímou zprávu
command-msg-hint = @[uživatelské jméno] [zpráva]
command-online = Nastavit stav na online
command-purpose = Upravit účel kanálu
command-purpose-hint = [text]
command-shrug = Přidá ¯\_(ツ)_/¯ do vaší zprávy
command-shrug-hint = [zpráva]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Napište / na začátek zprávy a zobrazí se příkazy, které můžete použít, i s popisem toho, co který dělá.
command-said-status-away = Nyní jste pryč.
command-said-status-online = Nyní jste online.
command-said-status-dnd = Režim Nerušit je zapnutý: nebudete dostávat oznámení na ploše ani push oznámení.

## The Integrations dialog

nav-integrations = Integrace
integrations-title = Integrace
integrations-incoming = Příchozí webhooky
integrations-outgoing = Odchozí webhooky
integrations-commands = Příkazy s lomítkem
integrations-bots = Účty botů
integrations-tokens = Osobní přístupové tokeny
integrations-add = Přidat
integrations-edit = Upravit
integrations-delete = Smazat
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Smazat „{ $name }“? Vše, co to používá, přestane fungovat.
integrations-save = Uložit
integrations-copy = Kopírovat
integrations-url = URL
integrations-token = Token
integrations-empty = Zatím žádné.
integrations-disabled = vypnuto
integrations-disable = Vypnout
integrations-enable = Zapnout
integrations-name = Název
integrations-description = Popis
integrations-channel = Kanál
integrations-any-channel = Libovolný veřejný kanál
integrations-locked = Zveřejňovat jen v tomto kanálu
integrations-username = Jméno zobrazené u jeho zpráv
integrations-icon = URL obrázku zobrazeného u jeho zpráv
integrations-triggers = Spouštěcí slova (jedno na řádek)
integrations-trigger-when = Podmínka spuštění
integrations-first-word = První slovo je spouštěcí slovo
integrations-starts-with = Zpráva začíná spouštěcím slovem
integrations-callbacks = Adresy URL zpětného volání (jedna na řádek)
integrations-content-type = Formát odesílaných dat
integrations-form = Pole formuláře
integrations-json = JSON
integrations-trigger = Slovo příkazu (bez lomítka)
integrations-request-url = URL požadavku
integrations-method = Metoda požadavku
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Nabízet v poli pro psaní zprávy
integrations-hint = Nápověda k argumentům
integrations-autocomplete-desc = Co dělá
integrations-bot-username = Uživatelské jméno
integrations-bot-display = Zobrazované jméno
integrations-token-new = Nový token
integrations-token-once = Zkopírujte si tento token hned: znovu se už nezobrazí.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token pro { $name }
integrations-overrides-off = Tento server zobrazuje zprávy integrací pod jménem a obrázkem jejich vlastníka.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Pozvat lidi do týmu { $team }
invite-link-heading = Odkaz s pozvánkou
invite-link-help = Kdokoli s tímto odkazem se může připojit k týmu.
invite-link-copy = Kopírovat odkaz
invite-link-copied = Zkopírováno
invite-link-reset = Vytvořit nový odkaz
invite-link-reset-help = Současný odkaz pak přestane fungovat.
invite-link-admins-only = Lidi do tohoto týmu mohou zvát jen jeho správci.
invite-email-heading = Pozvat e-mailem
invite-email-help = Adresy oddělené čárkami, mezerami nebo řádky. Každá dostane odkaz, který funguje jednou a po dobu 48 hodin.
invite-email-send = Odeslat pozvánky
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] Odeslána { $count } pozvánka.
    [few] Odeslány { $count } pozvánky.
    [many] Odesláno { $count } pozvánky.
   *[other] Odesláno { $count } pozvánek.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Čekající pozvánky
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, od { $inviter }, platí do { $when }
invite-revoke = Zrušit
invite-joined-heading = Kdo koho pozval
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user }, pozvánka od { $inviter }
invite-none = Zatím žádné.

## The System Console, for the server's admins

console-title = Systémová konzole
console-tab-users = Uživatelé
console-tab-terms = Pravidla chování
console-tab-invitations = Pozvánky
console-tab-audit = Protokol auditu
console-users-search = Hledat podle jména, uživatelského jména nebo e-mailu
console-user-inactive = Deaktivován
console-user-admin = Správce systému
console-user-mfa = Dvoufázové ověření zapnuto
console-user-deactivate = Deaktivovat
console-user-activate = Znovu aktivovat
console-user-make-admin = Udělat správcem systému
console-user-remove-admin = Odebrat roli správce systému
console-user-mfa-reset = Vypnout dvoufázové ověření
console-user-sessions = Relace
console-user-revoke-all = Odhlásit všude
console-user-no-sessions = Žádné otevřené relace.
console-terms-help = Markdown. Každá změna je nová verze, kterou všichni znovu přijímají.
console-terms-publish = Zveřejnit
console-terms-published = Zveřejněno: všichni budou požádáni o přijetí této verze.
console-terms-disabled = Tento server zatím nikoho nežádá o jejich přijetí: v jeho konfiguraci nastavte enable_custom_terms_of_service = true.
console-invitations-help = Čekající e-mailové pozvánky do tohoto týmu.
console-invitations-revoke-all = Zrušit všechny čekající pozvánky ve všech týmech
console-audit-when = Kdy
console-audit-who = Kdo
console-audit-action = Akce
console-audit-details = Podrobnosti
console-audit-address = Adresa
console-more = Zobrazit další
