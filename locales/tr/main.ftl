# Causerie: Turkish (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = { -brand-name } oturumu açın
login-id-label = E-posta veya kullanıcı adı
login-password-label = Parola
login-submit = Oturum aç
login-working = Oturum açılıyor…
login-error-credentials = E-posta, kullanıcı adı veya parola yanlış.
login-error-locked = Çok fazla başarısız deneme. Birkaç dakika sonra yeniden deneyin.
login-error-unreachable = Sunucuya ulaşılamıyor. Bağlantınızı kontrol edip yeniden deneyin.
login-error-other = Oturum açılamadı: { $message }
login-error-code = Kod yanlış veya daha önce kullanılmış. Geçerli kodu girin.
login-code-label = İki aşamalı doğrulama kodu
login-code-help = Kimlik doğrulama uygulamanızdaki 6 haneli kod veya kurtarma kodlarınızdan biri.
terms-title = Davranış kuralları
terms-help = Katılmak için davranış kurallarını okuyup kabul edin.
terms-agree = Kabul ediyorum
terms-disagree = Kabul etmiyorum
mfa-required-title = İki aşamalı kimlik doğrulamayı ayarlayın
mfa-required-help = Bu sunucu her oturum açışta bir kimlik doğrulama uygulamasından kod ister.
mfa-scan = Bu QR kodunu bir kimlik doğrulama uygulamasıyla tarayın ya da gizli anahtarı uygulamaya yazın.
mfa-qr-alt = Kimlik doğrulama uygulamanız için QR kodu
mfa-secret-label = Gizli anahtar:
mfa-code-label = Uygulamadaki kod
mfa-confirm = Aç
mfa-bad-code = Bu kod geçerli değil. Uygulamadaki geçerli kodu girin.
mfa-recovery-help = Bu kurtarma kodlarını güvenli bir yerde saklayın. Cihazınızı kaybederseniz her biriyle bir kez oturum açabilirsiniz. Yalnızca şimdi gösterilirler.
mfa-recovery-download = İndir
mfa-recovery-copy = Kopyala
mfa-continue = Devam
security-title = Güvenlik
security-mfa = İki aşamalı kimlik doğrulama
security-mfa-on = Açık: oturum açarken kimlik doğrulama uygulamanızdan bir kod istenir.
security-mfa-off = Kapalı: oturum açmak için parolanız yeterli.
security-mfa-turn-on = Aç
security-mfa-turn-off = Kapat
security-mfa-off-code = Kapatmak için geçerli kod
security-sessions = Oturum açtığınız yerler
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — son etkinlik { $when }
security-session-revoke = Oturumu kapat
login-server-toggle = Başka bir sunucu kullan
login-server-label = Sunucu URL'si
login-server-help = Bu siteye izin veren (CORS) bir Mattermost sunucusu. Bu sunucuyu kullanmak için boş bırakın.
login-no-account = Yeni misiniz? Bir davet bağlantısı isteyin ya da bu sunucu izin veriyorsa kaydolun.
login-signup-link = Hesap oluştur
signup-title = Hesabınızı oluşturun
signup-invited = { $team } takımına davet edildiniz.
signup-invite-invalid = Bu davet bağlantısı geçerli değil. Yeni bir bağlantı isteyin.
signup-first-user = Buradaki ilk kişi sizsiniz: hesabınız bu sunucunun yöneticisi olacak.
signup-email-label = E-posta
signup-username-label = Kullanıcı adı
signup-username-help = 3 ile 22 karakter arası: küçük harfler, rakamlar, ".", "-" ve "_".
signup-password-label = Parola
signup-password-help = En az 8 karakter.
signup-submit = Hesap oluştur
signup-error = Kayıt başarısız oldu: { $message }
signup-have-account = Zaten bir hesabınız var mı? Oturum açın.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } sizi { $team } takımına davet etti.
signup-token-invalid = Bu davetin süresi dolmuş ya da daha önce kullanılmış. Yeni bir davet isteyin.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } sizi { $team } takımına davet ediyor
invite-email-body = { $inviter } (@{ $username }) sizi { $site } üzerindeki { $team } takımına katılmaya davet ediyor.
invite-email-action = { $team } takımına katıl
invite-email-expiry = Bu bağlantı 48 saat içinde yalnızca bir kez çalışır. Bu daveti beklemiyorsanız bu e-postayı yok sayın.

## Navigation

nav-open-sidebar = Kanal listesini aç
nav-close-sidebar = Kanal listesini kapat
nav-teams = Takımlar
nav-channels = Kanallar
nav-public = Kanallar
nav-private = Özel kanallar
nav-direct = Doğrudan mesajlar
nav-group = Grup mesajları
nav-mentions = { $count ->
    [one] { $count } bahsetme
   *[other] { $count } bahsetme
}
nav-unread = okunmamış
nav-create-channel = Kanal oluştur
nav-browse-channels = Kanallara göz at
nav-new-message = Doğrudan mesaj yaz
nav-logout = Oturumu kapat
nav-language = Dil
nav-invite = Kişileri davet et
nav-console = Sistem Konsolu
status-online = çevrimiçi
status-away = uzakta
status-dnd = rahatsız etmeyin
status-offline = çevrimdışı

## Channel dialogs

create-title = Kanal oluştur
create-name-label = Ad
create-private-label = Özel yap
create-purpose-label = Amaç (isteğe bağlı)
create-submit = Oluştur
cancel = İptal
close = Kapat
browse-title = Kanallara göz at
browse-join = Katıl
browse-empty = Katılabileceğiniz başka kanal yok.
dm-title = Doğrudan mesaj
dm-search-label = Kişi bul
dm-start = Başlat
dm-group-hint = Doğrudan mesaj için bir kişi ya da grup için en fazla yedi kişi seçin.
switcher-title = Kanal değiştir
switcher-label = Kanal adı

## Channel

channel-members = { $count ->
    [one] { $count } üye
   *[other] { $count } üye
}
channel-archived = Bu kanal arşivlendi.
channel-leave = Kanaldan ayrıl
channel-leave-private-confirm = Bu özel kanaldan ayrılınsın mı? Yeniden katılmak için davet gerekecek.
channel-loading = Yükleniyor…
channel-load-older = Eski mesajlar yükleniyor…
channel-beginning = Kanalın başlangıcı burası.
channel-not-found = Bu kanal yok ya da onu göremiyorsunuz.
messages-label = Mesajlar
new-messages = Yeni mesajlar
jump-to-newest = En yeniye git
edited = (düzenlendi)
post-deleted = (mesaj silindi)
post-sending = Gönderiliyor…
post-failed = Gönderilmedi.
post-retry = Yeniden dene
post-discard = Vazgeç
post-reply = Yanıtla
post-edit = Düzenle
post-delete = Sil
post-delete-confirm = Bu mesaj silinsin mi?
post-save = Kaydet
post-replies = { $count ->
    [one] { $count } yanıt
   *[other] { $count } yanıt
}
post-time-title = { $time }

## Composer

composer-label = { $channel } kanalına yazın
composer-placeholder = Bir mesaj yazın…
composer-reply-label = Konuda yanıtla
composer-send = Gönder
composer-hint = Göndermek için Enter, yeni satır için Shift+Enter
typing-one = { $name } yazıyor…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } yazıyor…
typing-many = Birkaç kişi yazıyor…
autocomplete-here = Burada çevrimiçi olan herkese bildir
autocomplete-channel = Bu kanaldaki herkese bildir
autocomplete-all = Bu kanaldaki herkese bildir

## Threads

thread-title = Konu
thread-close = Konuyu kapat

## Connection

connection-reconnecting = Yeniden bağlanılıyor…
connection-offline = Çevrimdışısınız. Bağlantı geri geldiğinde mesajlar gönderilecek.
error-generic = Bir sorun oluştu: { $message }

## Profile card

profile-send-message = Mesaj gönder
# $username (String) - the name after the @ that was clicked
profile-not-found = @{ $username } adında kimse yok.

## Settings

nav-settings = Ayarlar
settings-title = Ayarlar
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (taslak)
settings-language-help = Taslak çeviriler henüz anadili konuşan biri tarafından kontrol edilmedi.
settings-pseudo-group = Çevirmenler için

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names }, :{ $emoji }: ile tepki verdi

## Files

composer-attach = Dosya ekle
composer-drop = Eklemek için dosyaları buraya bırakın
# $name (String) - a file name
upload-sending = { $name } yükleniyor
# $name (String) - a file name
upload-cancel = { $name } dosyasının yüklenmesini iptal et
# $name (String) - a file name
upload-remove = { $name } dosyasını kaldır
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } dosyası çok büyük: dosyalar en fazla { $max } olabilir.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } dosyası yüklenemedi. { $message }
# $name (String) - a file name
file-download = { $name } dosyasını indir
# $name (String) - a file name
file-open = { $name } dosyasını görüntüleyicide aç
viewer-previous = Önceki görsel
viewer-next = Sonraki görsel
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Görsel { $index } / { $count }

## Profile picture

picture-title = Profil görseli
picture-preview = Yeni görseliniz, başkalarının göreceği şekilde kırpılmış
picture-choose = Görsel seç…
picture-save = Görseli kaydet
picture-reset = Otomatik oluşturulan görseli kullan

## Emoji picker and custom emoji

composer-emoji = Emoji ekle
post-react = Tepki ekle
emoji-picker = Emoji seçici
emoji-search = Emoji ara
emoji-recent = Son kullanılanlar
emoji-custom = Özel emojiler
emoji-group-smileys = İfadeler ve duygular
emoji-group-people = İnsanlar ve vücut
emoji-group-nature = Hayvanlar ve doğa
emoji-group-food = Yiyecek ve içecek
emoji-group-travel = Seyahat ve yerler
emoji-group-activities = Etkinlikler
emoji-group-objects = Nesneler
emoji-group-symbols = Semboller
emoji-group-flags = Bayraklar
emoji-none = Emoji bulunamadı
emoji-tone-default = Varsayılan cilt tonu
emoji-tone-light = Açık cilt tonu
emoji-tone-medium-light = Orta açık cilt tonu
emoji-tone-medium = Orta cilt tonu
emoji-tone-medium-dark = Orta koyu cilt tonu
emoji-tone-dark = Koyu cilt tonu
nav-custom-emoji = Özel emojiler
custom-emoji-title = Özel emojiler
custom-emoji-name = Ad
custom-emoji-name-help = Küçük harfler, rakamlar ve _ + -, en fazla 64 karakter. Mesajlarda :ad: biçiminde kullanın.
custom-emoji-image = Görsel
custom-emoji-image-help = En fazla 1 MB boyutunda bir PNG, JPEG, GIF veya WebP görseli. 128 × 128 piksel ya da daha küçük boyutta gösterilir.
custom-emoji-add = Emoji ekle
custom-emoji-delete = Sil
# $name (String) - the emoji's name
custom-emoji-delete-confirm = :{ $name }: özel emojisi silinsin mi? Bu emojiyi kullanan mesajlarda onun yerine adı gösterilir.

## Search

search-label = Mesajlarda ara
search-placeholder = Ara
search-mentions = Son bahsetmeler
# $terms (String) - what the person searched for, as typed
search-title = { $terms } için sonuçlar
search-close = Arama sonuçlarını kapat
search-none = Bu aramayla eşleşen mesaj yok.
search-searching = Aranıyor…
search-jump = Mesaja git

## Notifications

notify-settings = Bildirimler
notify-desktop = Masaüstü bildirimleri
notify-push = Anlık bildirimler
notify-email = E-posta bildirimleri
notify-all = Tüm etkinlikler için
notify-mention = Bahsetmeler ve doğrudan mesajlar için
notify-none = Hiçbir zaman
notify-default = Ayarlarımdaki gibi
notify-email-off = Bu sunucu e-posta göndermiyor.
notify-first-name = Adım bahsetme sayılsın
notify-channel-wide = @channel, @all ve @here bahsetme sayılsın
notify-keywords = Bahsetme sayılan diğer sözcükler, virgülle ayrılmış
notify-saved = Kaydedildi.
notify-ask = Biri sizden bahsettiğinde veya size doğrudan mesaj gönderdiğinde masaüstü bildirimi almak ister misiniz?
notify-enable = Bildirimleri aç
notify-dismiss = Şimdi değil
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $channel } kanalında { $sender }
notify-push-browser = Uzaktayken bu tarayıcıda anlık bildirimler
notify-push-on = Aç
notify-push-off = Kapat
notify-push-blocked = Bu tarayıcı bu sitenin bildirimlerini engelliyor.
# $channel (String) - the channel's name
channel-notify-title = { $channel } kanalındaki bildirimler
channel-notify = Bildirim tercihleri
channel-notify-mute = Bu kanalı sessize al
channel-notify-wide = Bu kanalda @channel, @all ve @here bahsetmelerini yok say
channel-mentions-members = Üyeler @channel, @all ve @here ile herkese bildirim gönderebilir
channel-wide-title = Bu kanaldaki herkese bildirilsin mi?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = @{ $mention } kullanarak { $count ->
        [one] bir kişiye
       *[other] { $count } kişiye
    } bildirim göndermek üzeresiniz. Emin misiniz?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Yalnızca siz görebilirsiniz)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Durumunuzu uzakta olarak ayarla
command-dnd = Rahatsız etmeyin: masaüstü veya anlık bildirim yok
command-echo = Metni hesabınızdan geri yansıt
# Keep the quotes: the message goes between them.
command-echo-hint = "mesaj" [saniye cinsinden gecikme]
command-header = Kanal başlığını düzenle
command-header-hint = [metin]
command-help = Kullanabileceğiniz komutları göster
command-invite = Bir kullanıcıyı kanala davet et
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[kullanıcı adı] [~kanal]
command-join = Açık kanala katıl
command-join-hint = ~[kanal]
command-kick = Bir üyeyi kanaldan çıkar
command-kick-hint = @[kullanıcı adı]
command-leave = Geçerli kanaldan ayrıl
command-me = Bir eylem gerçekleştir
command-me-hint = [mesaj]
command-msg = Bir kullanıcıya doğrudan mesaj gönder
command-msg-hint = @[kullanıcı adı] [mesaj]
command-online = Durumunuzu çevrimiçi olarak ayarla
command-purpose = Kanal amacını düzenle
command-purpose-hint = [metin]
command-shrug = Mesajınıza ¯\_(ツ)_/¯ ekler
command-shrug-hint = [mesaj]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Kullanabileceğiniz komutları ve her birinin ne yaptığını görmek için mesajın başına / yazın.
command-said-status-away = Artık uzaktasınız.
command-said-status-online = Artık çevrimiçisiniz.
command-said-status-dnd = Rahatsız etmeyin açık: masaüstü veya anlık bildirim almayacaksınız.

## The Integrations dialog

nav-integrations = Entegrasyonlar
integrations-title = Entegrasyonlar
integrations-incoming = Gelen web kancaları
integrations-outgoing = Giden web kancaları
integrations-commands = Eğik çizgi komutları
integrations-bots = Bot hesapları
integrations-tokens = Kişisel erişim belirteçleri
integrations-add = Ekle
integrations-edit = Düzenle
integrations-delete = Sil
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = “{ $name }” silinsin mi? Onu kullanan her şey çalışmayı durdurur.
integrations-save = Kaydet
integrations-copy = Kopyala
integrations-url = URL
integrations-token = Belirteç
integrations-empty = Henüz yok.
integrations-disabled = devre dışı
integrations-disable = Devre dışı bırak
integrations-enable = Etkinleştir
integrations-name = Ad
integrations-description = Açıklama
integrations-channel = Kanal
integrations-any-channel = Herhangi bir herkese açık kanal
integrations-locked = Yalnızca bu kanala gönder
integrations-username = Mesajlarında gösterilen ad
integrations-icon = Mesajlarında gösterilen görselin URL'si
integrations-triggers = Tetikleyici sözcükler (her satıra bir tane)
integrations-trigger-when = Şu durumda tetiklenir
integrations-first-word = İlk sözcük bir tetikleyici sözcük
integrations-starts-with = Mesaj bir tetikleyici sözcükle başlıyor
integrations-callbacks = Geri çağırma URL'leri (her satıra bir tane)
integrations-content-type = Gönderilen biçim
integrations-form = Form alanları
integrations-json = JSON
integrations-trigger = Komut sözcüğü (eğik çizgi olmadan)
integrations-request-url = İstek URL'si
integrations-method = İstek yöntemi
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Mesaj yazma alanında öner
integrations-hint = Argüman ipucu
integrations-autocomplete-desc = Ne yaptığı
integrations-bot-username = Kullanıcı adı
integrations-bot-display = Görünen ad
integrations-token-new = Yeni belirteç
integrations-token-once = Bu belirteci şimdi kopyalayın: bir daha gösterilmeyecek.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = { $name } için belirteç
integrations-overrides-off = Bu sunucu, entegrasyonların mesajlarını sahiplerinin adı ve görseliyle gösterir.

## The Invite people dialog

# $team (String) - the team's name
invite-title = { $team } takımına kişi davet et
invite-link-heading = Davet bağlantısı
invite-link-help = Bu bağlantıya sahip olan herkes takıma katılabilir.
invite-link-copy = Bağlantıyı kopyala
invite-link-copied = Kopyalandı
invite-link-reset = Yeni bağlantı oluştur
invite-link-reset-help = Bu durumda mevcut bağlantı artık çalışmaz.
invite-link-admins-only = Bu takıma yalnızca takımın yöneticileri kişi davet edebilir.
invite-email-heading = E-postayla davet et
invite-email-help = Virgül, boşluk veya satır sonuyla ayrılmış adresler. Her biri 48 saat içinde bir kez çalışan bir bağlantı alır.
invite-email-send = Davetleri gönder
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } davet gönderildi.
   *[other] { $count } davet gönderildi.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Bekleyen davetler
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, gönderen { $inviter }, geçerlilik { $when } tarihine kadar
invite-revoke = İptal et
invite-joined-heading = Kim kimi davet etti
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user }, { $inviter } tarafından davet edildi
invite-none = Henüz yok.

## The System Console, for the server's admins

console-title = Sistem Konsolu
console-tab-users = Kullanıcılar
console-tab-terms = Davranış kuralları
console-tab-invitations = Davetler
console-tab-audit = Denetim günlüğü
console-users-search = Ad, kullanıcı adı veya e-postaya göre ara
console-user-inactive = Devre dışı
console-user-admin = Sistem yöneticisi
console-user-mfa = İki aşamalı doğrulama açık
console-user-deactivate = Devre dışı bırak
console-user-activate = Yeniden etkinleştir
console-user-make-admin = Sistem yöneticisi yap
console-user-remove-admin = Sistem yöneticiliğini kaldır
console-user-mfa-reset = İki aşamalı doğrulamayı kapat
console-user-sessions = Oturumlar
console-user-revoke-all = Her yerde oturumu kapat
console-user-no-sessions = Açık oturum yok.
console-terms-help = Markdown. Her değişiklik, herkesin yeniden kabul edeceği yeni bir sürümdür.
console-terms-publish = Yayımla
console-terms-published = Yayımlandı: herkesten bu sürümü kabul etmesi istenecek.
console-terms-disabled = Bu sunucu henüz kimseden bunu kabul etmesini istemiyor: yapılandırmasında enable_custom_terms_of_service = true ayarını yapın.
console-invitations-help = Bu takıma yönelik bekleyen e-posta davetleri.
console-invitations-revoke-all = Tüm takımlardaki bekleyen her daveti iptal et
console-audit-when = Ne zaman
console-audit-who = Kim
console-audit-action = İşlem
console-audit-details = Ayrıntılar
console-audit-address = Adres
console-more = Daha fazla göster
