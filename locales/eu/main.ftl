# Causerie: Basque (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Hasi saioa { -brand-name }-n
login-id-label = Posta elektronikoa edo erabiltzaile-izena
login-password-label = Pasahitza
login-submit = Hasi saioa
login-working = Saioa hasten…
login-error-credentials = Posta elektroniko, erabiltzaile-izen edo pasahitz okerra.
login-error-locked = Huts egindako saiakera gehiegi. Saiatu berriro minutu batzuk barru.
login-error-unreachable = Ezin da zerbitzariarekin konektatu. Egiaztatu konexioa eta saiatu berriro.
login-error-other = Ezin izan da saioa hasi: { $message }
login-error-code = Kode okerra edo dagoeneko erabilia. Idatzi unekoa.
login-code-label = Bi faktoreko kodea
login-code-help = Zure autentifikazio-aplikazioko 6 digituko kodea, edo zure berreskuratze-kodeetako bat.
terms-title = Jokabide-kodea
terms-help = Irakurri eta onartu jokabide-kodea parte hartzeko.
terms-agree = Ados nago
terms-disagree = Ez nago ados
mfa-required-title = Konfiguratu bi faktoreko autentifikazioa
mfa-required-help = Zerbitzari honek autentifikazio-aplikazio bateko kode bat eskatzen du saioa hasten den bakoitzean.
mfa-scan = Eskaneatu QR kode hau autentifikazio-aplikazio batekin, edo idatzi sekretua bertan.
mfa-qr-alt = Zure autentifikazio-aplikaziorako QR kodea
mfa-secret-label = Sekretua:
mfa-code-label = Aplikazioko kodea
mfa-confirm = Aktibatu
mfa-bad-code = Kode hori ez da baliozkoa. Idatzi aplikazioko uneko kodea.
mfa-recovery-help = Gorde berreskuratze-kode hauek leku seguru batean. Gailua galtzen baduzu, bakoitzarekin behin has dezakezu saioa. Orain bakarrik erakusten dira.
mfa-recovery-download = Deskargatu
mfa-recovery-copy = Kopiatu
mfa-continue = Jarraitu
security-title = Segurtasuna
security-mfa = Bi faktoreko autentifikazioa
security-mfa-on = Aktibatuta: saioa hastean, zure autentifikazio-aplikazioko kode bat eskatzen da.
security-mfa-off = Desaktibatuta: pasahitza bakarrik behar duzu saioa hasteko.
security-mfa-turn-on = Aktibatu
security-mfa-turn-off = Desaktibatu
security-mfa-off-code = Uneko kodea, desaktibatzeko
security-sessions = Non duzun saioa hasita
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — azken jarduera: { $when }
security-session-revoke = Amaitu saioa
login-server-toggle = Erabili beste zerbitzari bat
login-server-label = Zerbitzariaren URLa
login-server-help = Gune hau onartzen duen Mattermost zerbitzari bat (CORS). Utzi hutsik zerbitzari hau erabiltzeko.
login-no-account = Berria zara hemen? Eskatu gonbidapen-esteka bat, edo eman izena zerbitzari honek baimentzen badu.
login-signup-link = Sortu kontu bat
signup-title = Sortu zure kontua
signup-invited = { $team } taldera gonbidatu zaituzte.
signup-invite-invalid = Gonbidapen-esteka hau ez da baliozkoa. Eskatu beste bat.
signup-first-user = Lehena zara hemen: zure kontuak zerbitzari hau administratuko du.
signup-email-label = Posta elektronikoa
signup-username-label = Erabiltzaile-izena
signup-username-help = 3 eta 22 karaktere artean: letra xeheak, zenbakiak, ".", "-" eta "_".
signup-password-label = Pasahitza
signup-password-help = Gutxienez 8 karaktere.
signup-submit = Sortu kontua
signup-error = Ezin izan da izena eman: { $message }
signup-have-account = Baduzu kontu bat? Hasi saioa.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter }(e)k { $team } taldera gonbidatu zaitu.
signup-token-invalid = Gonbidapen hau iraungita dago edo dagoeneko erabili da. Eskatu beste bat.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter }(e)k { $team } taldera gonbidatzen zaitu
invite-email-body = { $inviter } (@{ $username }) erabiltzaileak { $site } guneko { $team } taldera batzera gonbidatzen zaitu.
invite-email-action = Batu { $team } taldera
invite-email-expiry = Esteka honek behin bakarrik funtzionatzen du, 48 orduz. Gonbidapen hau espero ez bazenuen, ez egin kasurik mezu honi.

## Navigation

nav-open-sidebar = Ireki kanal-zerrenda
nav-close-sidebar = Itxi kanal-zerrenda
nav-teams = Taldeak
nav-channels = Kanalak
nav-public = Kanalak
nav-private = Kanal pribatuak
nav-direct = Mezu zuzenak
nav-group = Talde-mezuak
nav-mentions = { $count ->
    [one] { $count } aipamen
   *[other] { $count } aipamen
}
nav-unread = irakurri gabea
nav-create-channel = Sortu kanal bat
nav-browse-channels = Arakatu kanalak
nav-new-message = Idatzi mezu zuzen bat
nav-logout = Amaitu saioa
nav-language = Hizkuntza
nav-invite = Gonbidatu jendea
nav-console = Sistema-kontsola
status-online = konektatuta
status-away = kanpoan
status-dnd = ez molestatu
status-offline = deskonektatuta

## Channel dialogs

create-title = Sortu kanal bat
create-name-label = Izena
create-private-label = Egin pribatu
create-purpose-label = Helburua (aukerakoa)
create-submit = Sortu
cancel = Utzi
close = Itxi
browse-title = Arakatu kanalak
browse-join = Batu
browse-empty = Ez dago batzeko beste kanalik.
dm-title = Mezu zuzena
dm-search-label = Bilatu jendea
dm-start = Hasi
dm-group-hint = Aukeratu pertsona bat mezu zuzen baterako, edo gehienez zazpi talde baterako.
switcher-title = Aldatu kanalez
switcher-label = Kanalaren izena

## Channel

channel-members = { $count ->
    [one] { $count } kide
   *[other] { $count } kide
}
channel-archived = Kanal hau artxibatuta dago.
channel-leave = Irten kanaletik
channel-leave-private-confirm = Kanal pribatu honetatik irten? Berriro sartzeko gonbidapena beharko da.
channel-loading = Kargatzen…
channel-load-older = Mezu zaharragoak kargatzen…
channel-beginning = Hau da kanalaren hasiera.
channel-not-found = Kanal hau ez dago edo ezin duzu ikusi.
messages-label = Mezuak
new-messages = Mezu berriak
jump-to-newest = Joan berrienetara
edited = (editatua)
post-deleted = (mezua ezabatu da)
post-sending = Bidaltzen…
post-failed = Ez da bidali.
post-retry = Saiatu berriro
post-discard = Baztertu
post-reply = Erantzun
post-edit = Editatu
post-delete = Ezabatu
post-delete-confirm = Mezu hau ezabatu?
post-save = Gorde
post-replies = { $count ->
    [one] { $count } erantzun
   *[other] { $count } erantzun
}
post-time-title = { $time }

## Composer

composer-label = Idatzi hona: { $channel }
composer-placeholder = Idatzi mezu bat…
composer-reply-label = Erantzun harian
composer-send = Bidali
composer-hint = Enter bidaltzeko, Shift+Enter lerro berri baterako
typing-one = { $name } idazten ari da…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } idazten ari dira…
typing-many = Hainbat pertsona idazten ari dira…
autocomplete-here = Jakinarazi hemen konektatuta dauden guztiei
autocomplete-channel = Jakinarazi kanal honetako guztiei
autocomplete-all = Jakinarazi kanal honetako guztiei

## Threads

thread-title = Haria
thread-close = Itxi haria

## Connection

connection-reconnecting = Berriro konektatzen…
connection-offline = Deskonektatuta zaude. Mezuak konexioa itzultzean bidaliko dira.
error-generic = Zerbait gaizki joan da: { $message }

## Profile card

profile-send-message = Bidali mezua
# $username (String) - the name after the @ that was clicked
profile-not-found = Ez dago @{ $username } izeneko inor.

## Settings

nav-settings = Ezarpenak
settings-title = Ezarpenak
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (zirriborroa)
settings-language-help = Zirriborro-itzulpenak ez ditu oraindik jatorrizko hiztun batek berrikusi.
settings-pseudo-group = Itzultzaileentzat

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names }(e)k :{ $emoji }: erreakzioa egin du

## Files

composer-attach = Erantsi fitxategiak
composer-drop = Jaregin fitxategiak hemen eransteko
# $name (String) - a file name
upload-sending = { $name } igotzen
# $name (String) - a file name
upload-cancel = Utzi bertan behera { $name } igotzea
# $name (String) - a file name
upload-remove = Kendu { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } handiegia da: fitxategiek gehienez { $max } izan ditzakete.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Ezin izan da { $name } igo. { $message }
# $name (String) - a file name
file-download = Deskargatu { $name }
# $name (String) - a file name
file-open = Ireki { $name } ikustailean
viewer-previous = Aurreko irudia
viewer-next = Hurrengo irudia
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = { $index }. irudia ({ $count } guztira)

## Profile picture

picture-title = Profileko irudia
picture-preview = Zure irudi berria, besteek ikusiko duten bezala moztuta
picture-choose = Aukeratu irudi bat…
picture-save = Gorde irudia
picture-reset = Erabili automatikoki sortutako irudia

## Emoji picker and custom emoji

composer-emoji = Txertatu emojia
post-react = Gehitu erreakzioa
emoji-picker = Emoji-hautatzailea
emoji-search = Bilatu emojiak
emoji-recent = Azken aldian erabiliak
emoji-custom = Emoji pertsonalizatuak
emoji-group-smileys = Aurpegierak eta emozioak
emoji-group-people = Pertsonak eta gorputza
emoji-group-nature = Animaliak eta natura
emoji-group-food = Janaria eta edaria
emoji-group-travel = Bidaiak eta lekuak
emoji-group-activities = Jarduerak
emoji-group-objects = Objektuak
emoji-group-symbols = Ikurrak
emoji-group-flags = Banderak
emoji-none = Ez da emojirik aurkitu
emoji-tone-default = Azal-tonu lehenetsia
emoji-tone-light = Azal-tonu argia
emoji-tone-medium-light = Azal-tonu ertain-argia
emoji-tone-medium = Azal-tonu ertaina
emoji-tone-medium-dark = Azal-tonu ertain-iluna
emoji-tone-dark = Azal-tonu iluna
nav-custom-emoji = Emoji pertsonalizatuak
custom-emoji-title = Emoji pertsonalizatuak
custom-emoji-name = Izena
custom-emoji-name-help = Letra xeheak, zenbakiak eta _ + -, gehienez 64 karaktere. Mezuetan, erabili :izena: gisa.
custom-emoji-image = Irudia
custom-emoji-image-help = PNG, JPEG, GIF edo WebP irudi bat, gehienez 1 MBkoa. 128 × 128 pixelean edo txikiagoan erakusten da.
custom-emoji-add = Gehitu emojia
custom-emoji-delete = Ezabatu
# $name (String) - the emoji's name
custom-emoji-delete-confirm = :{ $name }: emoji pertsonalizatua ezabatu? Hura erabiltzen duten mezuek haren izena erakutsiko dute emojiaren ordez.

## Search

search-label = Bilatu mezuak
search-placeholder = Bilatu
search-mentions = Azken aipamenak
# $terms (String) - what the person searched for, as typed
search-title = Emaitzak: { $terms }
search-close = Itxi bilaketaren emaitzak
search-none = Ez dago bilaketa honekin bat datorren mezurik.
search-searching = Bilatzen…
search-jump = Joan

## Notifications

notify-settings = Jakinarazpenak
notify-desktop = Mahaigaineko jakinarazpenak
notify-push = Push jakinarazpenak
notify-email = Posta elektronikoko jakinarazpenak
notify-all = Jarduera guztietarako
notify-mention = Aipamenetarako eta mezu zuzenetarako
notify-none = Inoiz ez
notify-default = Nire ezarpenetan bezala
notify-email-off = Zerbitzari honek ez du posta elektronikorik bidaltzen.
notify-first-name = Nire izena aipamentzat hartzen da
notify-channel-wide = @channel, @all eta @here aipamentzat hartzen dira
notify-keywords = Aipamentzat hartzen diren beste hitz batzuk, komaz bereizita
notify-saved = Gordeta.
notify-ask = Mahaigaineko jakinarazpena jaso nahi duzu norbaitek aipatzen zaituenean edo mezu zuzen bat bidaltzen dizunean?
notify-enable = Aktibatu jakinarazpenak
notify-dismiss = Orain ez
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } { $channel } kanalean
notify-push-browser = Push jakinarazpenak nabigatzaile honetan kanpoan nagoenean
notify-push-on = Aktibatu
notify-push-off = Desaktibatu
notify-push-blocked = Nabigatzaile honek gune honetako jakinarazpenak blokeatzen ditu.
# $channel (String) - the channel's name
channel-notify-title = { $channel } kanaleko jakinarazpenak
channel-notify = Jakinarazpen-hobespenak
channel-notify-mute = Isilarazi kanal hau
channel-notify-wide = Ez ikusi egin @channel, @all eta @here kanal honetan
channel-mentions-members = Kideek guztiei jakinarazi diezaiekete @channel, @all eta @here erabiliz
channel-wide-title = Kanal honetako guztiei jakinarazi?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = @{ $mention } erabiliz gero, { $count ->
        [one] pertsona bati jakinarazpena bidaliko diozu
       *[other] { $count } pertsonari jakinarazpenak bidaliko dizkiezu
    }. Ziur zaude?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Zuk bakarrik ikus dezakezu)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Ezarri zure egoera "kanpoan" gisa
command-dnd = Ez molestatu: ez mahaigaineko ez push jakinarazpenik
command-echo = Errepikatu testua zure kontutik
# Keep the quotes: the message goes between them.
command-echo-hint = "mezua" [atzerapena segundotan]
command-header = Editatu kanalaren goiburua
command-header-hint = [testua]
command-help = Erakutsi erabil ditzakezun komandoak
command-invite = Gonbidatu erabiltzaile bat kanal batera
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[erabiltzaile-izena] [~kanala]
command-join = Batu kanal publiko batera
command-join-hint = ~[kanala]
command-kick = Kendu kide bat kanaletik
command-kick-hint = @[erabiltzaile-izena]
command-leave = Irten uneko kanaletik
command-me = Egin ekintza bat
command-me-hint = [mezua]
command-msg = Bidali mezu zuzen bat erabiltzaile bati
command-msg-hint = @[erabiltzaile-izena] [mezua]
command-online = Ezarri zure egoera "konektatuta" gisa
command-purpose = Editatu kanalaren helburua
command-purpose-hint = [testua]
command-shrug = ¯\_(ツ)_/¯ gehitzen dio zure mezuari
command-shrug-hint = [mezua]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Idatzi / mezu baten hasieran erabil ditzakezun komandoak eta bakoitzak zer egiten duen ikusteko.
command-said-status-away = Orain kanpoan zaude.
command-said-status-online = Orain konektatuta zaude.
command-said-status-dnd = Ez molestatu aktibatuta dago: ez duzu mahaigaineko edo push jakinarazpenik jasoko.

## The Integrations dialog

nav-integrations = Integrazioak
integrations-title = Integrazioak
integrations-incoming = Sarrerako webhookak
integrations-outgoing = Irteerako webhookak
integrations-commands = Barra-komandoak
integrations-bots = Bot-kontuak
integrations-tokens = Sarbide-token pertsonalak
integrations-add = Gehitu
integrations-edit = Editatu
integrations-delete = Ezabatu
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = "{ $name }" ezabatu? Hura erabiltzen duen guztiak funtzionatzeari utziko dio.
integrations-save = Gorde
integrations-copy = Kopiatu
integrations-url = URLa
integrations-token = Tokena
integrations-empty = Oraindik ez dago bat ere.
integrations-disabled = desgaituta
integrations-disable = Desgaitu
integrations-enable = Gaitu
integrations-name = Izena
integrations-description = Deskribapena
integrations-channel = Kanala
integrations-any-channel = Edozein kanal publiko
integrations-locked = Argitaratu kanal honetan bakarrik
integrations-username = Bere mezuetan erakusten den izena
integrations-icon = Bere mezuetan erakusten den irudiaren URLa
integrations-triggers = Abiarazte-hitzak (bat lerro bakoitzeko)
integrations-trigger-when = Noiz abiarazten den
integrations-first-word = Lehen hitza abiarazte-hitz bat da
integrations-starts-with = Mezua abiarazte-hitz batekin hasten da
integrations-callbacks = Itzulera-deien URLak (bat lerro bakoitzeko)
integrations-content-type = Bidalitako formatua
integrations-form = Inprimaki-eremuak
integrations-json = JSON
integrations-trigger = Komando-hitza (barrarik gabe)
integrations-request-url = Eskaeraren URLa
integrations-method = Eskaera-metodoa
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Proposatu mezuak idazteko eremuan
integrations-hint = Argumentuen iradokizuna
integrations-autocomplete-desc = Zer egiten duen
integrations-bot-username = Erabiltzaile-izena
integrations-bot-display = Bistaratzeko izena
integrations-token-new = Token berria
integrations-token-once = Kopiatu token hau orain: ez da berriro erakutsiko.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = { $name } botarentzako tokena
integrations-overrides-off = Zerbitzari honek integrazioen mezuak haien jabearen izenarekin eta irudiarekin erakusten ditu.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Gonbidatu jendea { $team } taldera
invite-link-heading = Gonbidapen-esteka
invite-link-help = Esteka hau duen edonor batu daiteke taldera.
invite-link-copy = Kopiatu esteka
invite-link-copied = Kopiatuta
invite-link-reset = Sortu esteka berri bat
invite-link-reset-help = Orduan, uneko estekak funtzionatzeari utziko dio.
invite-link-admins-only = Taldeko administratzaileek bakarrik gonbida dezakete jendea taldera.
invite-email-heading = Gonbidatu posta elektronikoz
invite-email-help = Komaz, zuriunez edo lerroz bereizitako helbideak. Bakoitzak behin bakarrik funtzionatzen duen esteka bat jasotzen du, 48 orduz.
invite-email-send = Bidali gonbidapenak
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } gonbidapen bidali da.
   *[other] { $count } gonbidapen bidali dira.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Zain dauden gonbidapenak
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, { $inviter }(e)k gonbidatua, { $when } arte
invite-revoke = Baliogabetu
invite-joined-heading = Nork gonbidatu zuen nor
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $inviter }(e)k { $user } gonbidatu zuen
invite-none = Oraindik ez dago bat ere.

## The System Console, for the server's admins

console-title = Sistema-kontsola
console-tab-users = Erabiltzaileak
console-tab-terms = Jokabide-kodea
console-tab-invitations = Gonbidapenak
console-tab-audit = Auditoria-erregistroa
console-users-search = Bilatu izenaren, erabiltzaile-izenaren edo posta elektronikoaren arabera
console-user-inactive = Desaktibatuta
console-user-admin = Sistema-administratzailea
console-user-mfa = Bi faktorekoa aktibatuta
console-user-deactivate = Desaktibatu
console-user-activate = Berraktibatu
console-user-make-admin = Egin sistema-administratzaile
console-user-remove-admin = Kendu sistema-administratzaile rola
console-user-mfa-reset = Desaktibatu bi faktoreko autentifikazioa
console-user-sessions = Saioak
console-user-revoke-all = Amaitu saio guztiak
console-user-no-sessions = Ez dago saio irekirik.
console-terms-help = Markdown. Aldaketa bakoitza bertsio berri bat da, eta guztiek berriro onartu behar dute.
console-terms-publish = Argitaratu
console-terms-published = Argitaratuta: guztiei eskatuko zaie bertsio hau onartzeko.
console-terms-disabled = Zerbitzari honek ez dio oraindik inori onartzeko eskatzen: ezarri enable_custom_terms_of_service = true haren konfigurazioan.
console-invitations-help = Talde honetarako zain dauden posta elektronikoko gonbidapenak.
console-invitations-revoke-all = Baliogabetu zain dauden gonbidapen guztiak, talde guztietan
console-audit-when = Noiz
console-audit-who = Nor
console-audit-action = Ekintza
console-audit-details = Xehetasunak
console-audit-address = Helbidea
console-more = Erakutsi gehiago
