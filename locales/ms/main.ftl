# Causerie: Malay (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Log masuk ke { -brand-name }
login-id-label = E-mel atau nama pengguna
login-password-label = Kata laluan
login-submit = Log masuk
login-working = Sedang log masuk…
login-error-credentials = E-mel, nama pengguna atau kata laluan salah.
login-error-locked = Terlalu banyak percubaan gagal. Cuba lagi dalam beberapa minit.
login-error-unreachable = Pelayan tidak dapat dihubungi. Semak sambungan anda dan cuba lagi.
login-error-other = Log masuk gagal: { $message }
login-error-code = Kod salah atau sudah digunakan. Masukkan kod semasa.
login-code-label = Kod dua faktor
login-code-help = Kod 6 digit daripada apl pengesah anda, atau salah satu kod pemulihan anda.
terms-title = Kod tatakelakuan
terms-help = Baca dan terima kod tatakelakuan untuk mengambil bahagian.
terms-agree = Saya setuju
terms-disagree = Saya tidak setuju
mfa-required-title = Sediakan pengesahan dua faktor
mfa-required-help = Pelayan ini memerlukan kod daripada apl pengesah setiap kali anda log masuk.
mfa-scan = Imbas kod QR ini dengan apl pengesah, atau taipkan kod rahsia ke dalam apl itu.
mfa-qr-alt = Kod QR untuk apl pengesah anda
mfa-secret-label = Kod rahsia:
mfa-code-label = Kod daripada apl
mfa-confirm = Hidupkan
mfa-bad-code = Kod itu tidak sah. Masukkan kod semasa daripada apl.
mfa-recovery-help = Simpan kod pemulihan ini di tempat yang selamat. Setiap satu membolehkan anda log masuk sekali jika anda kehilangan peranti. Kod ini hanya ditunjukkan sekarang.
mfa-recovery-download = Muat turun
mfa-recovery-copy = Salin
mfa-continue = Teruskan
security-title = Keselamatan
security-mfa = Pengesahan dua faktor
security-mfa-on = Hidup: log masuk memerlukan kod daripada apl pengesah anda.
security-mfa-off = Mati: kata laluan anda sahaja sudah cukup untuk log masuk.
security-mfa-turn-on = Hidupkan
security-mfa-turn-off = Matikan
security-mfa-off-code = Kod semasa, untuk mematikannya
security-sessions = Tempat anda log masuk
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — kali terakhir aktif { $when }
security-session-revoke = Log keluar
login-server-toggle = Guna pelayan lain
login-server-label = URL pelayan
login-server-help = Pelayan Mattermost yang membenarkan laman ini (CORS). Biarkan kosong untuk pelayan ini.
login-no-account = Baru di sini? Minta pautan jemputan, atau daftar jika pelayan ini membenarkannya.
login-signup-link = Cipta akaun
signup-title = Cipta akaun anda
signup-invited = Anda telah dijemput ke { $team }.
signup-invite-invalid = Pautan jemputan ini tidak sah. Minta pautan baharu.
signup-first-user = Anda orang pertama di sini: akaun anda akan mentadbir pelayan ini.
signup-email-label = E-mel
signup-username-label = Nama pengguna
signup-username-help = 3 hingga 22 aksara: huruf kecil, digit, ".", "-" dan "_".
signup-password-label = Kata laluan
signup-password-help = Sekurang-kurangnya 8 aksara.
signup-submit = Cipta akaun
signup-error = Pendaftaran gagal: { $message }
signup-have-account = Sudah ada akaun? Log masuk.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } menjemput anda ke { $team }.
signup-token-invalid = Jemputan ini telah tamat tempoh atau sudah digunakan. Minta jemputan baharu.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } menjemput anda ke { $team }
invite-email-body = { $inviter } (@{ $username }) menjemput anda untuk menyertai { $team } di { $site }.
invite-email-action = Sertai { $team }
invite-email-expiry = Pautan ini boleh digunakan sekali sahaja, dalam tempoh 48 jam. Jika anda tidak menjangkakan jemputan ini, abaikan e-mel ini.

## Navigation

nav-open-sidebar = Buka senarai saluran
nav-close-sidebar = Tutup senarai saluran
nav-teams = Pasukan
nav-channels = Saluran
nav-public = Saluran
nav-private = Saluran peribadi
nav-direct = Mesej langsung
nav-group = Mesej kumpulan
nav-mentions = { $count ->
   *[other] { $count } sebutan
}
nav-unread = belum dibaca
nav-create-channel = Cipta saluran
nav-browse-channels = Layari saluran
nav-new-message = Tulis mesej langsung
nav-logout = Log keluar
nav-language = Bahasa
nav-invite = Jemput orang
nav-console = Konsol Sistem
status-online = dalam talian
status-away = tiada di tempat
status-dnd = jangan ganggu
status-offline = luar talian

## Channel dialogs

create-title = Cipta saluran
create-name-label = Nama
create-private-label = Jadikan peribadi
create-purpose-label = Tujuan (pilihan)
create-submit = Cipta
cancel = Batal
close = Tutup
browse-title = Layari saluran
browse-join = Sertai
browse-empty = Tiada saluran lain untuk disertai.
dm-title = Mesej langsung
dm-search-label = Cari orang
dm-start = Mula
dm-group-hint = Pilih seorang untuk mesej langsung, atau sehingga tujuh orang untuk kumpulan.
switcher-title = Tukar saluran
switcher-label = Nama saluran

## Channel

channel-members = { $count ->
   *[other] { $count } ahli
}
channel-archived = Saluran ini telah diarkibkan.
channel-leave = Tinggalkan saluran
channel-leave-private-confirm = Tinggalkan saluran peribadi ini? Jemputan diperlukan untuk menyertainya semula.
channel-loading = Memuatkan…
channel-load-older = Memuatkan mesej lama…
channel-beginning = Ini ialah permulaan saluran.
channel-not-found = Saluran ini tidak wujud atau anda tidak dapat melihatnya.
messages-label = Mesej
new-messages = Mesej baharu
jump-to-newest = Lompat ke terbaharu
edited = (disunting)
post-deleted = (mesej dipadam)
post-sending = Menghantar…
post-failed = Tidak dihantar.
post-retry = Cuba semula
post-discard = Buang
post-reply = Balas
post-edit = Sunting
post-delete = Padam
post-delete-confirm = Padam mesej ini?
post-save = Simpan
post-replies = { $count ->
   *[other] { $count } balasan
}
post-time-title = { $time }

## Composer

composer-label = Tulis dalam { $channel }
composer-placeholder = Tulis mesej…
composer-reply-label = Balas dalam bebenang
composer-send = Hantar
composer-hint = Enter untuk menghantar, Shift+Enter untuk baris baharu
typing-one = { $name } sedang menaip…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } sedang menaip…
typing-many = Beberapa orang sedang menaip…
autocomplete-here = Maklumkan semua orang yang dalam talian di sini
autocomplete-channel = Maklumkan semua orang dalam saluran ini
autocomplete-all = Maklumkan semua orang dalam saluran ini

## Threads

thread-title = Bebenang
thread-close = Tutup bebenang

## Connection

connection-reconnecting = Menyambung semula…
connection-offline = Anda di luar talian. Mesej akan dihantar apabila sambungan pulih.
error-generic = Sesuatu tidak kena: { $message }

## Profile card

profile-send-message = Hantar mesej
# $username (String) - the name after the @ that was clicked
profile-not-found = Tiada sesiapa bernama @{ $username }.

## Settings

nav-settings = Tetapan
settings-title = Tetapan
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (draf)
settings-language-help = Terjemahan draf belum disemak oleh penutur asli.
settings-pseudo-group = Untuk penterjemah

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } bertindak balas dengan :{ $emoji }:

## Files

composer-attach = Lampirkan fail
composer-drop = Lepaskan fail di sini untuk melampirkannya
# $name (String) - a file name
upload-sending = Memuat naik { $name }
# $name (String) - a file name
upload-cancel = Batalkan muat naik { $name }
# $name (String) - a file name
upload-remove = Alih keluar { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } terlalu besar: saiz fail maksimum ialah { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } tidak dapat dimuat naik. { $message }
# $name (String) - a file name
file-download = Muat turun { $name }
# $name (String) - a file name
file-open = Buka { $name } dalam pemapar
viewer-previous = Imej sebelumnya
viewer-next = Imej seterusnya
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Imej { $index } daripada { $count }

## Profile picture

picture-title = Imej profil
picture-preview = Imej baharu anda, dipangkas seperti yang akan dilihat oleh orang lain
picture-choose = Pilih imej…
picture-save = Simpan imej
picture-reset = Guna imej yang dijana secara automatik

## Emoji picker and custom emoji

composer-emoji = Sisipkan emoji
post-react = Tambah tindak balas
emoji-picker = Pemilih emoji
emoji-search = Cari emoji
emoji-recent = Digunakan baru-baru ini
emoji-custom = Emoji tersuai
emoji-group-smileys = Smiley dan emosi
emoji-group-people = Orang dan badan
emoji-group-nature = Haiwan dan alam semula jadi
emoji-group-food = Makanan dan minuman
emoji-group-travel = Perjalanan dan tempat
emoji-group-activities = Aktiviti
emoji-group-objects = Objek
emoji-group-symbols = Simbol
emoji-group-flags = Bendera
emoji-none = Tiada emoji ditemui
emoji-tone-default = Ton kulit lalai
emoji-tone-light = Ton kulit cerah
emoji-tone-medium-light = Ton kulit sederhana cerah
emoji-tone-medium = Ton kulit sederhana
emoji-tone-medium-dark = Ton kulit sederhana gelap
emoji-tone-dark = Ton kulit gelap
nav-custom-emoji = Emoji tersuai
custom-emoji-title = Emoji tersuai
custom-emoji-name = Nama
custom-emoji-name-help = Huruf kecil, digit dan _ + -, sehingga 64 aksara. Gunakannya dalam mesej sebagai :nama:.
custom-emoji-image = Imej
custom-emoji-image-help = Imej PNG, JPEG, GIF atau WebP bersaiz maksimum 1 MB. Imej dipaparkan pada saiz 128 × 128 piksel atau lebih kecil.
custom-emoji-add = Tambah emoji
custom-emoji-delete = Padam
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Padam emoji tersuai :{ $name }:? Mesej yang menggunakannya akan memaparkan namanya sebagai ganti.

## Search

search-label = Cari mesej
search-placeholder = Cari
search-mentions = Sebutan terkini
# $terms (String) - what the person searched for, as typed
search-title = Hasil untuk { $terms }
search-close = Tutup hasil carian
search-none = Tiada mesej yang sepadan dengan carian ini.
search-searching = Mencari…
search-jump = Lompat

## Notifications

notify-settings = Pemberitahuan
notify-desktop = Pemberitahuan desktop
notify-push = Pemberitahuan push
notify-email = Pemberitahuan e-mel
notify-all = Untuk semua aktiviti
notify-mention = Untuk sebutan dan mesej langsung
notify-none = Tidak pernah
notify-default = Seperti dalam tetapan saya
notify-email-off = Pelayan ini tidak menghantar e-mel.
notify-first-name = Nama pertama saya dikira sebagai sebutan
notify-channel-wide = @channel, @all dan @here dikira sebagai sebutan
notify-keywords = Perkataan lain yang dikira sebagai sebutan, dipisahkan dengan koma
notify-saved = Disimpan.
notify-ask = Terima pemberitahuan desktop apabila seseorang menyebut anda atau menghantar mesej langsung kepada anda?
notify-enable = Hidupkan pemberitahuan
notify-dismiss = Bukan sekarang
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } dalam { $channel }
notify-push-browser = Pemberitahuan push dalam pelayar ini apabila saya tiada di tempat
notify-push-on = Hidupkan
notify-push-off = Matikan
notify-push-blocked = Pelayar ini menyekat pemberitahuan daripada laman ini.
# $channel (String) - the channel's name
channel-notify-title = Pemberitahuan dalam { $channel }
channel-notify = Keutamaan pemberitahuan
channel-notify-mute = Senyapkan saluran ini
channel-notify-wide = Abaikan @channel, @all dan @here dalam saluran ini
channel-mentions-members = Ahli boleh memaklumkan semua orang dengan @channel, @all dan @here
channel-wide-title = Maklumkan semua orang dalam saluran ini?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Dengan menggunakan @{ $mention }, anda akan menghantar pemberitahuan kepada { $count ->
       *[other] { $count } orang
    }. Adakah anda pasti?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Hanya kelihatan kepada anda)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Tetapkan status anda kepada tiada di tempat
command-dnd = Jangan ganggu: tiada pemberitahuan desktop atau push
command-echo = Ulang semula teks daripada akaun anda
# Keep the quotes: the message goes between them.
command-echo-hint = "mesej" [lengah dalam saat]
command-header = Sunting pengepala saluran
command-header-hint = [teks]
command-help = Tunjukkan arahan yang boleh anda gunakan
command-invite = Jemput pengguna ke saluran
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[nama pengguna] [~saluran]
command-join = Sertai saluran terbuka
command-join-hint = ~[saluran]
command-kick = Alih keluar ahli daripada saluran
command-kick-hint = @[nama pengguna]
command-leave = Tinggalkan saluran semasa
command-me = Lakukan tindakan
command-me-hint = [mesej]
command-msg = Hantar mesej langsung kepada pengguna
command-msg-hint = @[nama pengguna] [mesej]
command-online = Tetapkan status anda kepada dalam talian
command-purpose = Sunting tujuan saluran
command-purpose-hint = [teks]
command-shrug = Menambah ¯\_(ツ)_/¯ pada mesej anda
command-shrug-hint = [mesej]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Taip / di awal mesej untuk melihat arahan yang boleh anda gunakan serta fungsi setiap satunya.
command-said-status-away = Anda kini tiada di tempat.
command-said-status-online = Anda kini dalam talian.
command-said-status-dnd = Jangan ganggu dihidupkan: anda tidak akan menerima pemberitahuan desktop atau push.

## The Integrations dialog

nav-integrations = Integrasi
integrations-title = Integrasi
integrations-incoming = Webhook masuk
integrations-outgoing = Webhook keluar
integrations-commands = Arahan slash
integrations-bots = Akaun bot
integrations-tokens = Token capaian peribadi
integrations-add = Tambah
integrations-edit = Sunting
integrations-delete = Padam
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Padam “{ $name }”? Apa-apa yang menggunakannya akan berhenti berfungsi.
integrations-save = Simpan
integrations-copy = Salin
integrations-url = URL
integrations-token = Token
integrations-empty = Belum ada lagi.
integrations-disabled = dinyahdayakan
integrations-disable = Nyahdayakan
integrations-enable = Dayakan
integrations-name = Nama
integrations-description = Penerangan
integrations-channel = Saluran
integrations-any-channel = Mana-mana saluran awam
integrations-locked = Siarkan dalam saluran ini sahaja
integrations-username = Nama yang dipaparkan pada mesejnya
integrations-icon = URL imej yang dipaparkan pada mesejnya
integrations-triggers = Kata pencetus (satu bagi setiap baris)
integrations-trigger-when = Dicetuskan apabila
integrations-first-word = Perkataan pertama ialah kata pencetus
integrations-starts-with = Mesej bermula dengan kata pencetus
integrations-callbacks = URL panggil balik (satu bagi setiap baris)
integrations-content-type = Format yang dihantar
integrations-form = Medan borang
integrations-json = JSON
integrations-trigger = Perkataan arahan (tanpa garis miring /)
integrations-request-url = URL permintaan
integrations-method = Kaedah permintaan
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Cadangkannya semasa menulis mesej
integrations-hint = Petunjuk argumen
integrations-autocomplete-desc = Fungsinya
integrations-bot-username = Nama pengguna
integrations-bot-display = Nama paparan
integrations-token-new = Token baharu
integrations-token-once = Salin token ini sekarang: ia tidak akan ditunjukkan lagi.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token untuk { $name }
integrations-overrides-off = Pelayan ini memaparkan mesej integrasi dengan nama dan imej pemiliknya.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Jemput orang ke { $team }
invite-link-heading = Pautan jemputan
invite-link-help = Sesiapa yang mempunyai pautan ini boleh menyertai pasukan.
invite-link-copy = Salin pautan
invite-link-copied = Disalin
invite-link-reset = Buat pautan baharu
invite-link-reset-help = Pautan semasa tidak akan berfungsi lagi selepas itu.
invite-link-admins-only = Hanya pentadbir pasukan boleh menjemput orang ke pasukan ini.
invite-email-heading = Jemput melalui e-mel
invite-email-help = Alamat dipisahkan dengan koma, ruang atau baris. Setiap satu menerima pautan yang boleh digunakan sekali sahaja, dalam tempoh 48 jam.
invite-email-send = Hantar jemputan
# $count (Number) - invitations sent
invite-email-sent = { $count ->
   *[other] { $count } jemputan dihantar.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Jemputan belum selesai
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, daripada { $inviter }, sah sehingga { $when }
invite-revoke = Batalkan
invite-joined-heading = Siapa menjemput siapa
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } dijemput oleh { $inviter }
invite-none = Belum ada lagi.

## The System Console, for the server's admins

console-title = Konsol Sistem
console-tab-users = Pengguna
console-tab-terms = Kod tatakelakuan
console-tab-invitations = Jemputan
console-tab-audit = Log audit
console-users-search = Cari mengikut nama, nama pengguna atau e-mel
console-user-inactive = Dinyahaktifkan
console-user-admin = Pentadbir sistem
console-user-mfa = Dua faktor dihidupkan
console-user-deactivate = Nyahaktifkan
console-user-activate = Aktifkan semula
console-user-make-admin = Jadikan pentadbir sistem
console-user-remove-admin = Tarik balik pentadbir sistem
console-user-mfa-reset = Matikan dua faktor
console-user-sessions = Sesi
console-user-revoke-all = Log keluar di semua tempat
console-user-no-sessions = Tiada sesi terbuka.
console-terms-help = Markdown. Setiap perubahan ialah versi baharu, yang perlu diterima semula oleh semua orang.
console-terms-publish = Terbitkan
console-terms-published = Diterbitkan: semua orang akan diminta menerima versi ini.
console-terms-disabled = Pelayan ini belum meminta sesiapa pun menerimanya: tetapkan enable_custom_terms_of_service = true dalam konfigurasinya.
console-invitations-help = Jemputan e-mel yang belum selesai ke pasukan ini.
console-invitations-revoke-all = Batalkan semua jemputan yang belum selesai, dalam semua pasukan
console-audit-when = Bila
console-audit-who = Siapa
console-audit-action = Tindakan
console-audit-details = Butiran
console-audit-address = Alamat
console-more = Tunjukkan lagi
