# Causerie: Indonesian (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Masuk ke { -brand-name }
login-id-label = Email atau nama pengguna
login-password-label = Kata sandi
login-submit = Masuk
login-working = Sedang masuk…
login-error-credentials = Email, nama pengguna, atau kata sandi salah.
login-error-locked = Terlalu banyak percobaan gagal. Coba lagi dalam beberapa menit.
login-error-unreachable = Server tidak dapat dihubungi. Periksa koneksi Anda, lalu coba lagi.
login-error-other = Gagal masuk: { $message }
login-error-code = Kode salah atau sudah pernah digunakan. Masukkan kode yang berlaku saat ini.
login-code-label = Kode dua faktor
login-code-help = Kode 6 digit dari aplikasi autentikator Anda, atau salah satu kode pemulihan Anda.
terms-title = Kode etik
terms-help = Baca dan setujui kode etik untuk ikut serta.
terms-agree = Saya setuju
terms-disagree = Saya tidak setuju
mfa-required-title = Siapkan autentikasi dua faktor
mfa-required-help = Server ini mewajibkan kode dari aplikasi autentikator setiap kali masuk.
mfa-scan = Pindai kode QR ini dengan aplikasi autentikator, atau ketik kode rahasianya di aplikasi tersebut.
mfa-qr-alt = Kode QR untuk aplikasi autentikator Anda
mfa-secret-label = Kode rahasia:
mfa-code-label = Kode dari aplikasi
mfa-confirm = Aktifkan
mfa-bad-code = Kode itu tidak valid. Masukkan kode terkini dari aplikasi.
mfa-recovery-help = Simpan kode pemulihan ini di tempat yang aman. Jika perangkat Anda hilang, masing-masing kode dapat digunakan sekali untuk masuk. Kode ini hanya ditampilkan sekarang.
mfa-recovery-download = Unduh
mfa-recovery-copy = Salin
mfa-continue = Lanjutkan
security-title = Keamanan
security-mfa = Autentikasi dua faktor
security-mfa-on = Aktif: saat masuk, Anda diminta kode dari aplikasi autentikator.
security-mfa-off = Nonaktif: Anda bisa masuk hanya dengan kata sandi.
security-mfa-turn-on = Aktifkan
security-mfa-turn-off = Nonaktifkan
security-mfa-off-code = Kode saat ini, untuk menonaktifkannya
security-sessions = Tempat Anda sedang masuk
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — terakhir aktif { $when }
security-session-revoke = Keluar
login-server-toggle = Gunakan server lain
login-server-label = URL server
login-server-help = Server Mattermost yang mengizinkan situs ini (CORS). Biarkan kosong untuk server ini.
login-no-account = Baru di sini? Mintalah tautan undangan, atau daftar jika server ini mengizinkannya.
login-signup-link = Buat akun
signup-title = Buat akun Anda
signup-invited = Anda diundang ke { $team }.
signup-invite-invalid = Tautan undangan ini tidak valid. Mintalah tautan baru.
signup-first-user = Anda yang pertama di sini: akun Anda akan menjadi pengelola server ini.
signup-email-label = Email
signup-username-label = Nama pengguna
signup-username-help = 3 sampai 22 karakter: huruf kecil, angka, ".", "-", dan "_".
signup-password-label = Kata sandi
signup-password-help = Minimal 8 karakter.
signup-submit = Buat akun
signup-error = Gagal mendaftar: { $message }
signup-have-account = Sudah punya akun? Masuk.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } mengundang Anda ke { $team }.
signup-token-invalid = Undangan ini sudah kedaluwarsa atau sudah digunakan. Mintalah undangan baru.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } mengundang Anda ke { $team }
invite-email-body = { $inviter } (@{ $username }) mengundang Anda untuk bergabung dengan { $team } di { $site }.
invite-email-action = Gabung ke { $team }
invite-email-expiry = Tautan ini hanya dapat digunakan sekali, dalam 48 jam. Jika Anda tidak mengharapkan undangan ini, abaikan email ini.

## Navigation

nav-open-sidebar = Buka daftar kanal
nav-close-sidebar = Tutup daftar kanal
nav-teams = Tim
nav-channels = Kanal
nav-public = Kanal
nav-private = Kanal privat
nav-direct = Pesan langsung
nav-group = Pesan grup
nav-mentions = { $count ->
   *[other] { $count } sebutan
}
nav-unread = belum dibaca
nav-create-channel = Buat kanal
nav-browse-channels = Jelajahi kanal
nav-new-message = Tulis pesan langsung
nav-logout = Keluar
nav-language = Bahasa
nav-invite = Undang orang
nav-console = Konsol Sistem
status-online = daring
status-away = tidak di tempat
status-dnd = jangan ganggu
status-offline = luring

## Channel dialogs

create-title = Buat kanal
create-name-label = Nama
create-private-label = Jadikan privat
create-purpose-label = Tujuan (opsional)
create-submit = Buat
cancel = Batal
close = Tutup
browse-title = Jelajahi kanal
browse-join = Gabung
browse-empty = Tidak ada kanal lain yang bisa diikuti.
dm-title = Pesan langsung
dm-search-label = Cari orang
dm-start = Mulai
dm-group-hint = Pilih satu orang untuk pesan langsung, atau hingga tujuh orang untuk grup.
switcher-title = Pindah kanal
switcher-label = Nama kanal

## Channel

channel-members = { $count ->
   *[other] { $count } anggota
}
channel-archived = Kanal ini telah diarsipkan.
channel-leave = Keluar dari kanal
channel-leave-private-confirm = Keluar dari kanal pribadi ini? Bergabung kembali memerlukan undangan.
channel-loading = Memuat…
channel-load-older = Memuat pesan lama…
channel-beginning = Ini adalah awal kanal.
channel-not-found = Kanal ini tidak ada atau Anda tidak dapat melihatnya.
messages-label = Pesan
new-messages = Pesan baru
jump-to-newest = Ke pesan terbaru
edited = (disunting)
post-deleted = (pesan dihapus)
post-sending = Mengirim…
post-failed = Tidak terkirim.
post-retry = Coba lagi
post-discard = Buang
post-reply = Balas
post-edit = Sunting
post-delete = Hapus
post-delete-confirm = Hapus pesan ini?
post-save = Simpan
post-replies = { $count ->
   *[other] { $count } balasan
}
post-time-title = { $time }

## Composer

composer-label = Tulis di { $channel }
composer-placeholder = Tulis pesan…
composer-reply-label = Balas di utas
composer-send = Kirim
composer-hint = Enter untuk mengirim, Shift+Enter untuk baris baru
typing-one = { $name } sedang mengetik…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } sedang mengetik…
typing-many = Beberapa orang sedang mengetik…
autocomplete-here = Beri tahu semua orang yang sedang daring di sini
autocomplete-channel = Beri tahu semua orang di kanal ini
autocomplete-all = Beri tahu semua orang di kanal ini

## Threads

thread-title = Utas
thread-close = Tutup utas

## Connection

connection-reconnecting = Menyambungkan ulang…
connection-offline = Anda sedang luring. Pesan akan dikirim saat koneksi kembali.
error-generic = Terjadi kesalahan: { $message }

## Profile card

profile-send-message = Kirim pesan
# $username (String) - the name after the @ that was clicked
profile-not-found = Tidak ada yang bernama @{ $username }.

## Settings

nav-settings = Pengaturan
settings-title = Pengaturan
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (draf)
settings-language-help = Terjemahan draf belum diperiksa oleh penutur asli.
settings-pseudo-group = Untuk penerjemah

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } bereaksi dengan :{ $emoji }:

## Files

composer-attach = Lampirkan berkas
composer-drop = Letakkan berkas di sini untuk melampirkannya
# $name (String) - a file name
upload-sending = Mengunggah { $name }
# $name (String) - a file name
upload-cancel = Batalkan unggahan { $name }
# $name (String) - a file name
upload-remove = Hapus { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } terlalu besar: ukuran berkas maksimal { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } tidak dapat diunggah. { $message }
# $name (String) - a file name
file-download = Unduh { $name }
# $name (String) - a file name
file-open = Buka { $name } di penampil
viewer-previous = Gambar sebelumnya
viewer-next = Gambar berikutnya
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Gambar { $index } dari { $count }

## Profile picture

picture-title = Gambar profil
picture-preview = Gambar baru Anda, dipotong seperti yang akan dilihat orang lain
picture-choose = Pilih gambar…
picture-save = Simpan gambar
picture-reset = Gunakan gambar yang dibuat otomatis

## Emoji picker and custom emoji

composer-emoji = Sisipkan emoji
post-react = Tambahkan reaksi
emoji-picker = Pemilih emoji
emoji-search = Cari emoji
emoji-recent = Terakhir digunakan
emoji-custom = Emoji kustom
emoji-group-smileys = Smiley dan emosi
emoji-group-people = Orang dan tubuh
emoji-group-nature = Hewan dan alam
emoji-group-food = Makanan dan minuman
emoji-group-travel = Perjalanan dan tempat
emoji-group-activities = Aktivitas
emoji-group-objects = Objek
emoji-group-symbols = Simbol
emoji-group-flags = Bendera
emoji-none = Emoji tidak ditemukan
emoji-tone-default = Warna kulit bawaan
emoji-tone-light = Warna kulit cerah
emoji-tone-medium-light = Warna kulit cerah-sedang
emoji-tone-medium = Warna kulit sedang
emoji-tone-medium-dark = Warna kulit gelap-sedang
emoji-tone-dark = Warna kulit gelap
nav-custom-emoji = Emoji kustom
custom-emoji-title = Emoji kustom
custom-emoji-name = Nama
custom-emoji-name-help = Huruf kecil, angka, dan _ + -, maksimal 64 karakter. Gunakan di pesan sebagai :nama:.
custom-emoji-image = Gambar
custom-emoji-image-help = Gambar PNG, JPEG, GIF, atau WebP berukuran maksimal 1 MB. Ditampilkan dalam ukuran 128 × 128 piksel atau lebih kecil.
custom-emoji-add = Tambahkan emoji
custom-emoji-delete = Hapus
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Hapus emoji kustom :{ $name }:? Pesan yang menggunakannya akan menampilkan namanya sebagai gantinya.

## Search

search-label = Cari pesan
search-placeholder = Cari
search-mentions = Sebutan terbaru
# $terms (String) - what the person searched for, as typed
search-title = Hasil untuk { $terms }
search-close = Tutup hasil pencarian
search-none = Tidak ada pesan yang cocok dengan pencarian ini.
search-searching = Mencari…
search-jump = Ke pesan

## Notifications

notify-settings = Notifikasi
notify-desktop = Notifikasi desktop
notify-push = Notifikasi push
notify-email = Notifikasi email
notify-all = Untuk semua aktivitas
notify-mention = Untuk sebutan dan pesan langsung
notify-none = Tidak pernah
notify-default = Sesuai pengaturan saya
notify-email-off = Server ini tidak mengirim email.
notify-first-name = Nama depan saya dihitung sebagai sebutan
notify-channel-wide = @channel, @all, dan @here dihitung sebagai sebutan
notify-keywords = Kata lain yang dihitung sebagai sebutan, dipisahkan dengan koma
notify-saved = Tersimpan.
notify-ask = Terima notifikasi desktop saat seseorang menyebut Anda atau mengirimi Anda pesan langsung?
notify-enable = Aktifkan notifikasi
notify-dismiss = Nanti saja
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } di { $channel }
notify-push-browser = Notifikasi push di browser ini saat saya tidak di tempat
notify-push-on = Aktifkan
notify-push-off = Nonaktifkan
notify-push-blocked = Browser ini memblokir notifikasi dari situs ini.
# $channel (String) - the channel's name
channel-notify-title = Notifikasi di { $channel }
channel-notify = Preferensi notifikasi
channel-notify-mute = Bisukan kanal ini
channel-notify-wide = Abaikan @channel, @all, dan @here di kanal ini
channel-mentions-members = Anggota dapat memberi tahu semua orang dengan @channel, @all, dan @here
channel-wide-title = Beri tahu semua orang di kanal ini?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Dengan menggunakan @{ $mention }, Anda akan mengirim notifikasi ke { $count ->
       *[other] { $count } orang
    }. Anda yakin?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Hanya terlihat oleh Anda)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Atur status Anda menjadi tidak di tempat
command-dnd = Jangan ganggu: tanpa notifikasi desktop atau push
command-echo = Gemakan kembali teks dari akun Anda
# Keep the quotes: the message goes between them.
command-echo-hint = "pesan" [jeda dalam detik]
command-header = Sunting tajuk kanal
command-header-hint = [teks]
command-help = Tampilkan perintah yang dapat Anda gunakan
command-invite = Undang pengguna ke kanal
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[nama pengguna] [~kanal]
command-join = Gabung ke kanal terbuka
command-join-hint = ~[kanal]
command-kick = Keluarkan anggota dari kanal
command-kick-hint = @[nama pengguna]
command-leave = Keluar dari kanal saat ini
command-me = Lakukan aksi
command-me-hint = [pesan]
command-msg = Kirim pesan langsung ke pengguna
command-msg-hint = @[nama pengguna] [pesan]
command-online = Atur status Anda menjadi daring
command-purpose = Sunting tujuan kanal
command-purpose-hint = [teks]
command-shrug = Menambahkan ¯\_(ツ)_/¯ ke pesan Anda
command-shrug-hint = [pesan]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Ketik / di awal pesan untuk melihat perintah yang dapat Anda gunakan beserta fungsi masing-masing.
command-said-status-away = Anda sekarang tidak di tempat.
command-said-status-online = Anda sekarang daring.
command-said-status-dnd = Jangan ganggu aktif: Anda tidak akan menerima notifikasi desktop atau push.

## The Integrations dialog

nav-integrations = Integrasi
integrations-title = Integrasi
integrations-incoming = Webhook masuk
integrations-outgoing = Webhook keluar
integrations-commands = Perintah garis miring
integrations-bots = Akun bot
integrations-tokens = Token akses pribadi
integrations-add = Tambah
integrations-edit = Sunting
integrations-delete = Hapus
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Hapus “{ $name }”? Apa pun yang menggunakannya akan berhenti berfungsi.
integrations-save = Simpan
integrations-copy = Salin
integrations-url = URL
integrations-token = Token
integrations-empty = Belum ada.
integrations-disabled = nonaktif
integrations-disable = Nonaktifkan
integrations-enable = Aktifkan
integrations-name = Nama
integrations-description = Deskripsi
integrations-channel = Kanal
integrations-any-channel = Kanal publik mana pun
integrations-locked = Hanya kirim di kanal ini
integrations-username = Nama yang ditampilkan pada pesannya
integrations-icon = URL gambar yang ditampilkan pada pesannya
integrations-triggers = Kata pemicu (satu per baris)
integrations-trigger-when = Terpicu saat
integrations-first-word = Kata pertama adalah kata pemicu
integrations-starts-with = Pesan diawali dengan kata pemicu
integrations-callbacks = URL callback (satu per baris)
integrations-content-type = Format yang dikirim
integrations-form = Kolom formulir
integrations-json = JSON
integrations-trigger = Kata perintah (tanpa garis miring)
integrations-request-url = URL permintaan
integrations-method = Metode permintaan
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Tawarkan saat menulis pesan
integrations-hint = Petunjuk argumen
integrations-autocomplete-desc = Fungsinya
integrations-bot-username = Nama pengguna
integrations-bot-display = Nama tampilan
integrations-token-new = Token baru
integrations-token-once = Salin token ini sekarang: token ini tidak akan ditampilkan lagi.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token untuk { $name }
integrations-overrides-off = Server ini menampilkan pesan integrasi dengan nama dan gambar pemiliknya.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Undang orang ke { $team }
invite-link-heading = Tautan undangan
invite-link-help = Siapa pun yang memiliki tautan ini dapat bergabung dengan tim.
invite-link-copy = Salin tautan
invite-link-copied = Tersalin
invite-link-reset = Buat tautan baru
invite-link-reset-help = Tautan yang sekarang lalu tidak berfungsi lagi.
invite-link-admins-only = Hanya admin tim yang dapat mengundang orang ke tim ini.
invite-email-heading = Undang lewat email
invite-email-help = Alamat dipisahkan dengan koma, spasi, atau baris baru. Masing-masing menerima tautan yang hanya dapat digunakan sekali, dalam 48 jam.
invite-email-send = Kirim undangan
# $count (Number) - invitations sent
invite-email-sent = { $count ->
   *[other] { $count } undangan terkirim.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Undangan tertunda
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, dari { $inviter }, berlaku hingga { $when }
invite-revoke = Cabut
invite-joined-heading = Siapa mengundang siapa
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } diundang oleh { $inviter }
invite-none = Belum ada.

## The System Console, for the server's admins

console-title = Konsol Sistem
console-tab-users = Pengguna
console-tab-terms = Kode etik
console-tab-invitations = Undangan
console-tab-audit = Log audit
console-users-search = Cari berdasarkan nama, nama pengguna, atau email
console-user-inactive = Dinonaktifkan
console-user-admin = Admin sistem
console-user-mfa = Dua faktor aktif
console-user-deactivate = Nonaktifkan
console-user-activate = Aktifkan kembali
console-user-make-admin = Jadikan admin sistem
console-user-remove-admin = Cabut admin sistem
console-user-mfa-reset = Nonaktifkan dua faktor
console-user-sessions = Sesi
console-user-revoke-all = Keluarkan dari semua perangkat
console-user-no-sessions = Tidak ada sesi yang terbuka.
console-terms-help = Markdown. Setiap perubahan menjadi versi baru, yang harus disetujui ulang oleh semua orang.
console-terms-publish = Terbitkan
console-terms-published = Diterbitkan: semua orang akan diminta menyetujui versi ini.
console-terms-disabled = Server ini belum meminta siapa pun untuk menyetujuinya: atur enable_custom_terms_of_service = true di konfigurasinya.
console-invitations-help = Undangan email tertunda ke tim ini.
console-invitations-revoke-all = Cabut semua undangan tertunda, di semua tim
console-audit-when = Waktu
console-audit-who = Siapa
console-audit-action = Tindakan
console-audit-details = Detail
console-audit-address = Alamat
console-more = Tampilkan lebih banyak
