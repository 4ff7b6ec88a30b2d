# Causerie: Urdu (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = { -brand-name } میں لاگ ان کریں
login-id-label = ای میل یا صارف نام
login-password-label = پاس ورڈ
login-submit = لاگ ان
login-working = لاگ ان ہو رہا ہے…
login-error-credentials = ای میل، صارف نام یا پاس ورڈ غلط ہے۔
login-error-locked = بہت زیادہ ناکام کوششیں۔ چند منٹ بعد دوبارہ کوشش کریں۔
login-error-unreachable = سرور تک رسائی نہیں ہو سکی۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
login-error-other = لاگ ان ناکام: { $message }
login-error-code = کوڈ غلط ہے یا پہلے استعمال ہو چکا ہے۔ موجودہ کوڈ درج کریں۔
login-code-label = دو مرحلہ توثیق کا کوڈ
login-code-help = آپ کی توثیقی ایپ کا 6 ہندسوں والا کوڈ، یا آپ کے بحالی کوڈز میں سے کوئی ایک۔
terms-title = ضابطۂ اخلاق
terms-help = حصہ لینے کے لیے ضابطۂ اخلاق پڑھیں اور قبول کریں۔
terms-agree = میں متفق ہوں
terms-disagree = میں متفق نہیں ہوں
mfa-required-title = دو مرحلہ توثیق ترتیب دیں
mfa-required-help = یہ سرور ہر لاگ ان پر توثیقی ایپ سے کوڈ طلب کرتا ہے۔
mfa-scan = یہ QR کوڈ کسی توثیقی ایپ سے اسکین کریں، یا خفیہ کلید اس میں ٹائپ کریں۔
mfa-qr-alt = آپ کی توثیقی ایپ کے لیے QR کوڈ
mfa-secret-label = خفیہ کلید:
mfa-code-label = ایپ سے کوڈ
mfa-confirm = آن کریں
mfa-bad-code = یہ کوڈ درست نہیں ہے۔ ایپ سے موجودہ کوڈ درج کریں۔
mfa-recovery-help = یہ بحالی کوڈز کسی محفوظ جگہ رکھیں۔ اگر آپ کا آلہ گم ہو جائے تو ہر کوڈ سے ایک بار لاگ ان کیا جا سکتا ہے۔ یہ صرف ابھی دکھائے جا رہے ہیں۔
mfa-recovery-download = ڈاؤن لوڈ کریں
mfa-recovery-copy = کاپی کریں
mfa-continue = جاری رکھیں
security-title = سیکیورٹی
security-mfa = دو مرحلہ توثیق
security-mfa-on = آن: لاگ ان کرتے وقت آپ کی توثیقی ایپ سے کوڈ مانگا جاتا ہے۔
security-mfa-off = آف: صرف پاس ورڈ سے لاگ ان ہو جاتا ہے۔
security-mfa-turn-on = آن کریں
security-mfa-turn-off = آف کریں
security-mfa-off-code = آف کرنے کے لیے موجودہ کوڈ
security-sessions = جہاں آپ لاگ ان ہیں
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — آخری سرگرمی { $when }
security-session-revoke = لاگ آؤٹ
login-server-toggle = کوئی اور سرور استعمال کریں
login-server-label = سرور کا URL
login-server-help = ایسا Mattermost سرور جو اس سائٹ کو رسائی کی اجازت دیتا ہو (CORS)۔ اسی سرور کے لیے خالی چھوڑ دیں۔
login-no-account = یہاں نئے ہیں؟ دعوتی ربط مانگیں، یا اگر یہ سرور اجازت دے تو سائن اپ کریں۔
login-signup-link = اکاؤنٹ بنائیں
signup-title = اپنا اکاؤنٹ بنائیں
signup-invited = آپ کو { $team } میں مدعو کیا گیا ہے۔
signup-invite-invalid = یہ دعوتی ربط درست نہیں ہے۔ نیا ربط مانگیں۔
signup-first-user = آپ یہاں سب سے پہلے ہیں: آپ کا اکاؤنٹ اس سرور کا منتظم ہوگا۔
signup-email-label = ای میل
signup-username-label = صارف نام
signup-username-help = 3 سے 22 حروف: چھوٹے انگریزی حروف، ہندسے، "."، "-" اور "_"۔
signup-password-label = پاس ورڈ
signup-password-help = کم از کم 8 حروف۔
signup-submit = اکاؤنٹ بنائیں
signup-error = سائن اپ ناکام: { $message }
signup-have-account = پہلے سے اکاؤنٹ ہے؟ لاگ ان کریں۔
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } نے آپ کو { $team } میں مدعو کیا ہے۔
signup-token-invalid = اس دعوت کی میعاد ختم ہو چکی ہے یا یہ پہلے استعمال ہو چکی ہے۔ نئی دعوت مانگیں۔
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } آپ کو { $team } میں مدعو کر رہے ہیں
invite-email-body = { $inviter } (@{ $username }) آپ کو { $site } پر { $team } میں شامل ہونے کی دعوت دے رہے ہیں۔
invite-email-action = { $team } میں شامل ہوں
invite-email-expiry = یہ ربط 48 گھنٹوں کے اندر صرف ایک بار کام کرتا ہے۔ اگر آپ کو اس دعوت کی توقع نہیں تھی تو اس ای میل کو نظر انداز کر دیں۔

## Navigation

nav-open-sidebar = چینلوں کی فہرست کھولیں
nav-close-sidebar = چینلوں کی فہرست بند کریں
nav-teams = ٹیمیں
nav-channels = چینل
nav-public = چینل
nav-private = نجی چینل
nav-direct = براہ راست پیغامات
nav-group = گروپ پیغامات
nav-mentions = { $count ->
    [one] { $count } تذکرہ
   *[other] { $count } تذکرے
}
nav-unread = غیر پڑھا ہوا
nav-create-channel = چینل بنائیں
nav-browse-channels = چینل دیکھیں
nav-new-message = براہ راست پیغام لکھیں
nav-logout = لاگ آؤٹ
nav-language = زبان
nav-invite = لوگوں کو مدعو کریں
nav-console = سسٹم کنسول
status-online = آن لائن
status-away = غیر حاضر
status-dnd = پریشان نہ کریں
status-offline = آف لائن

## Channel dialogs

create-title = چینل بنائیں
create-name-label = نام
create-private-label = نجی بنائیں
create-purpose-label = مقصد (اختیاری)
create-submit = بنائیں
cancel = منسوخ کریں
close = بند کریں
browse-title = چینل دیکھیں
browse-join = شامل ہوں
browse-empty = شامل ہونے کے لیے کوئی اور چینل نہیں ہے۔
dm-title = براہ راست پیغام
dm-search-label = لوگ تلاش کریں
dm-start = شروع کریں
dm-group-hint = براہ راست پیغام کے لیے ایک شخص، یا گروپ کے لیے زیادہ سے زیادہ سات افراد منتخب کریں۔
switcher-title = چینل تبدیل کریں
switcher-label = چینل کا نام

## Channel

channel-members = { $count ->
    [one] { $count } رکن
   *[other] { $count } اراکین
}
channel-archived = یہ چینل آرکائیو کر دیا گیا ہے۔
channel-leave = چینل چھوڑیں
channel-leave-private-confirm = کیا یہ نجی چینل چھوڑنا ہے؟ دوبارہ شامل ہونے کے لیے دعوت نامہ درکار ہوگا۔
channel-loading = لوڈ ہو رہا ہے…
channel-load-older = پرانے پیغامات لوڈ ہو رہے ہیں…
channel-beginning = یہ چینل کا آغاز ہے۔
channel-not-found = یہ چینل موجود نہیں ہے یا آپ اسے نہیں دیکھ سکتے۔
messages-label = پیغامات
new-messages = نئے پیغامات
jump-to-newest = تازہ ترین پر جائیں
edited = (ترمیم شدہ)
post-deleted = (پیغام حذف کر دیا گیا)
post-sending = بھیجا جا رہا ہے…
post-failed = نہیں بھیجا گیا۔
post-retry = دوبارہ کوشش کریں
post-discard = ترک کریں
post-reply = جواب دیں
post-edit = ترمیم کریں
post-delete = حذف کریں
post-delete-confirm = کیا یہ پیغام حذف کرنا ہے؟
post-save = محفوظ کریں
post-replies = { $count ->
    [one] { $count } جواب
   *[other] { $count } جوابات
}
post-time-title = { $time }

## Composer

composer-label = { $channel } میں لکھیں
composer-placeholder = پیغام لکھیں…
composer-reply-label = تھریڈ میں جواب دیں
composer-send = بھیجیں
composer-hint = بھیجنے کے لیے Enter، نئی سطر کے لیے Shift+Enter
typing-one = { $name } لکھ رہے ہیں…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } لکھ رہے ہیں…
typing-many = کئی لوگ لکھ رہے ہیں…
autocomplete-here = یہاں موجود تمام آن لائن افراد کو مطلع کریں
autocomplete-channel = اس چینل کے تمام اراکین کو مطلع کریں
autocomplete-all = اس چینل کے تمام اراکین کو مطلع کریں

## Threads

thread-title = تھریڈ
thread-close = تھریڈ بند کریں

## Connection

connection-reconnecting = دوبارہ منسلک ہو رہا ہے…
connection-offline = آپ آف لائن ہیں۔ کنکشن بحال ہونے پر پیغامات بھیج دیے جائیں گے۔
error-generic = کچھ غلط ہو گیا: { $message }

## Profile card

profile-send-message = پیغام بھیجیں
# $username (String) - the name after the @ that was clicked
profile-not-found = @{ $username } نام کا کوئی شخص موجود نہیں۔

## Settings

nav-settings = ترتیبات
settings-title = ترتیبات
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (مسودہ)
settings-language-help = مسودہ تراجم کی ابھی کسی اہلِ زبان نے جانچ نہیں کی۔
settings-pseudo-group = مترجمین کے لیے

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } نے :{ $emoji }: سے ردِعمل دیا

## Files

composer-attach = فائلیں منسلک کریں
composer-drop = منسلک کرنے کے لیے فائلیں یہاں چھوڑیں
# $name (String) - a file name
upload-sending = { $name } اپ لوڈ ہو رہی ہے
# $name (String) - a file name
upload-cancel = { $name } کا اپ لوڈ منسوخ کریں
# $name (String) - a file name
upload-remove = { $name } ہٹائیں
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } بہت بڑی ہے: فائلیں زیادہ سے زیادہ { $max } کی ہو سکتی ہیں۔
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } اپ لوڈ نہیں ہو سکی۔ { $message }
# $name (String) - a file name
file-download = { $name } ڈاؤن لوڈ کریں
# $name (String) - a file name
file-open = { $name } کو ویور میں کھولیں
viewer-previous = پچھلی تصویر
viewer-next = اگلی تصویر
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = { $count } میں سے تصویر { $index }

## Profile picture

picture-title = پروفائل تصویر
picture-preview = آپ کی نئی تصویر، اسی طرح کٹی ہوئی جیسے دوسرے اسے دیکھیں گے
picture-choose = تصویر منتخب کریں…
picture-save = تصویر محفوظ کریں
picture-reset = خودکار طور پر بنی تصویر استعمال کریں

## Emoji picker and custom emoji

composer-emoji = ایموجی داخل کریں
post-react = ردِعمل شامل کریں
emoji-picker = ایموجی منتخب کنندہ
emoji-search = ایموجی تلاش کریں
emoji-recent = حال ہی میں استعمال شدہ
emoji-custom = حسبِ ضرورت ایموجی
emoji-group-smileys = اسمائلیز اور جذبات
emoji-group-people = لوگ اور جسم
emoji-group-nature = جانور اور فطرت
emoji-group-food = کھانا اور مشروبات
emoji-group-travel = سفر اور مقامات
emoji-group-activities = سرگرمیاں
emoji-group-objects = اشیاء
emoji-group-symbols = علامات
emoji-group-flags = جھنڈے
emoji-none = کوئی ایموجی نہیں ملا
emoji-tone-default = جلد کا ڈیفالٹ رنگ
emoji-tone-light = جلد کا ہلکا رنگ
emoji-tone-medium-light = جلد کا درمیانہ ہلکا رنگ
emoji-tone-medium = جلد کا درمیانہ رنگ
emoji-tone-medium-dark = جلد کا درمیانہ گہرا رنگ
emoji-tone-dark = جلد کا گہرا رنگ
nav-custom-emoji = حسبِ ضرورت ایموجی
custom-emoji-title = حسبِ ضرورت ایموجی
custom-emoji-name = نام
custom-emoji-name-help = چھوٹے انگریزی حروف، ہندسے اور _ + -، زیادہ سے زیادہ 64 حروف۔ پیغامات میں اسے :name: کی صورت میں استعمال کریں۔
custom-emoji-image = تصویر
custom-emoji-image-help = زیادہ سے زیادہ 1 MB کی PNG، JPEG، GIF یا WebP تصویر۔ یہ 128 × 128 پکسل یا اس سے چھوٹے سائز میں دکھائی جاتی ہے۔
custom-emoji-add = ایموجی شامل کریں
custom-emoji-delete = حذف کریں
# $name (String) - the emoji's name
custom-emoji-delete-confirm = کیا حسبِ ضرورت ایموجی :{ $name }: حذف کرنا ہے؟ جن پیغامات میں یہ استعمال ہوا ہے ان میں اس کی جگہ اس کا نام دکھایا جائے گا۔

## Search

search-label = پیغامات تلاش کریں
search-placeholder = تلاش
search-mentions = حالیہ تذکرے
# $terms (String) - what the person searched for, as typed
search-title = { $terms } کے نتائج
search-close = تلاش کے نتائج بند کریں
search-none = اس تلاش سے مماثل کوئی پیغام نہیں ملا۔
search-searching = تلاش کی جا رہی ہے…
search-jump = پیغام پر جائیں

## Notifications

notify-settings = اطلاعات
notify-desktop = ڈیسک ٹاپ اطلاعات
notify-push = پُش اطلاعات
notify-email = ای میل اطلاعات
notify-all = تمام سرگرمیوں کے لیے
notify-mention = تذکروں اور براہ راست پیغامات کے لیے
notify-none = کبھی نہیں
notify-default = میری ترتیبات کے مطابق
notify-email-off = یہ سرور ای میل نہیں بھیجتا۔
notify-first-name = میرا پہلا نام بھی تذکرہ شمار ہو
notify-channel-wide = @channel، @all اور @here تذکرہ شمار ہوں
notify-keywords = دیگر الفاظ جو تذکرہ شمار ہوں، کوما سے الگ کیے ہوئے
notify-saved = محفوظ ہو گیا۔
notify-ask = جب کوئی آپ کا تذکرہ کرے یا آپ کو براہ راست پیغام بھیجے تو کیا آپ ڈیسک ٹاپ اطلاع حاصل کرنا چاہیں گے؟
notify-enable = اطلاعات آن کریں
notify-dismiss = ابھی نہیں
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $channel } میں { $sender }
notify-push-browser = جب میں غیر حاضر ہوں تو اس براؤزر میں پُش اطلاعات
notify-push-on = آن کریں
notify-push-off = آف کریں
notify-push-blocked = یہ براؤزر اس سائٹ کی اطلاعات کو بلاک کرتا ہے۔
# $channel (String) - the channel's name
channel-notify-title = { $channel } میں اطلاعات
channel-notify = اطلاعات کی ترجیحات
channel-notify-mute = اس چینل کو خاموش کریں
channel-notify-wide = اس چینل میں @channel، @all اور @here کو نظر انداز کریں
channel-mentions-members = اراکین @channel، @all اور @here کے ذریعے سب کو مطلع کر سکتے ہیں
channel-wide-title = اس چینل کے تمام اراکین کو مطلع کریں؟
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = @{ $mention } استعمال کرنے سے { $count ->
        [one] { $count } شخص
       *[other] { $count } افراد
    } کو اطلاعات بھیجی جائیں گی۔ کیا آپ کو یقین ہے؟

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (صرف آپ کو نظر آتا ہے)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = اپنا اسٹیٹس غیر حاضر پر سیٹ کریں
command-dnd = پریشان نہ کریں: نہ ڈیسک ٹاپ اطلاعات، نہ پُش اطلاعات
command-echo = اپنے اکاؤنٹ سے متن دہرائیں
# Keep the quotes: the message goes between them.
command-echo-hint = "پیغام" [تاخیر سیکنڈوں میں]
command-header = چینل کے ہیڈر میں ترمیم کریں
command-header-hint = [متن]
command-help = وہ کمانڈز دکھائیں جو آپ استعمال کر سکتے ہیں
command-invite = کسی صارف کو چینل میں مدعو کریں
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[صارف نام] [~چینل]
command-join = کھلے چینل میں شامل ہوں
command-join-hint = ~[چینل]
command-kick = کسی رکن کو چینل سے ہٹائیں
command-kick-hint = @[صارف نام]
command-leave = موجودہ چینل چھوڑیں
command-me = کوئی عمل کریں
command-me-hint = [پیغام]
command-msg = کسی صارف کو براہ راست پیغام بھیجیں
command-msg-hint = @[صارف نام] [پیغام]
command-online = اپنا اسٹیٹس آن لائن پر سیٹ کریں
command-purpose = چینل کے مقصد میں ترمیم کریں
command-purpose-hint = [متن]
command-shrug = آپ کے پیغام میں ¯\_(ツ)_/¯ شامل کرتی ہے
command-shrug-hint = [پیغام]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = پیغام کے شروع میں / لکھیں تاکہ وہ کمانڈز نظر آئیں جو آپ استعمال کر سکتے ہیں، اور یہ بھی کہ ہر ایک کیا کرتی ہے۔
command-said-status-away = اب آپ غیر حاضر ہیں۔
command-said-status-online = اب آپ آن لائن ہیں۔
command-said-status-dnd = پریشان نہ کریں آن ہے: آپ کو ڈیسک ٹاپ یا پُش اطلاعات موصول نہیں ہوں گی۔

## The Integrations dialog

nav-integrations = انٹیگریشنز
integrations-title = انٹیگریشنز
integrations-incoming = آنے والے ویب ہُکس
integrations-outgoing = جانے والے ویب ہُکس
integrations-commands = سلیش کمانڈز
integrations-bots = بوٹ اکاؤنٹس
integrations-tokens = ذاتی رسائی ٹوکنز
integrations-add = شامل کریں
integrations-edit = ترمیم کریں
integrations-delete = حذف کریں
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = کیا “{ $name }” حذف کرنا ہے؟ جو کچھ بھی اسے استعمال کرتا ہے وہ کام کرنا بند کر دے گا۔
integrations-save = محفوظ کریں
integrations-copy = کاپی کریں
integrations-url = URL
integrations-token = ٹوکن
integrations-empty = ابھی کچھ نہیں۔
integrations-disabled = غیر فعال
integrations-disable = غیر فعال کریں
integrations-enable = فعال کریں
integrations-name = نام
integrations-description = تفصیل
integrations-channel = چینل
integrations-any-channel = کوئی بھی عوامی چینل
integrations-locked = صرف اسی چینل میں پوسٹ کریں
integrations-username = اس کے پیغامات پر دکھایا جانے والا نام
integrations-icon = اس کے پیغامات پر دکھائی جانے والی تصویر کا URL
integrations-triggers = ٹرگر الفاظ (ہر سطر میں ایک)
integrations-trigger-when = کب ٹرگر ہو
integrations-first-word = پہلا لفظ ٹرگر لفظ ہو
integrations-starts-with = پیغام کسی ٹرگر لفظ سے شروع ہو
integrations-callbacks = کال بیک URLs (ہر سطر میں ایک)
integrations-content-type = بھیجا جانے والا فارمیٹ
integrations-form = فارم فیلڈز
integrations-json = JSON
integrations-trigger = کمانڈ کا لفظ (سلیش کے بغیر)
integrations-request-url = درخواست کا URL
integrations-method = درخواست کا طریقہ
integrations-post = POST
integrations-get = GET
integrations-autocomplete = پیغام لکھتے وقت اسے تجویز کریں
integrations-hint = آرگیومنٹس کا اشارہ
integrations-autocomplete-desc = یہ کیا کرتی ہے
integrations-bot-username = صارف نام
integrations-bot-display = ظاہری نام
integrations-token-new = نیا ٹوکن
integrations-token-once = یہ ٹوکن ابھی کاپی کر لیں: یہ دوبارہ نہیں دکھایا جائے گا۔
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = { $name } کے لیے ٹوکن
integrations-overrides-off = یہ سرور انٹیگریشنز کے پیغامات ان کے مالک کے نام اور تصویر کے ساتھ دکھاتا ہے۔

## The Invite people dialog

# $team (String) - the team's name
invite-title = لوگوں کو { $team } میں مدعو کریں
invite-link-heading = دعوتی ربط
invite-link-help = جس کے پاس بھی یہ ربط ہو وہ ٹیم میں شامل ہو سکتا ہے۔
invite-link-copy = ربط کاپی کریں
invite-link-copied = کاپی ہو گیا
invite-link-reset = نیا ربط بنائیں
invite-link-reset-help = اس کے بعد موجودہ ربط کام کرنا بند کر دے گا۔
invite-link-admins-only = صرف ٹیم کے منتظمین ہی اس میں لوگوں کو مدعو کر سکتے ہیں۔
invite-email-heading = ای میل کے ذریعے مدعو کریں
invite-email-help = کاما، خالی جگہ یا نئی سطر سے الگ کیے گئے پتے۔ ہر پتے کو ایک ربط ملے گا جو 48 گھنٹوں کے اندر صرف ایک بار کام کرے گا۔
invite-email-send = دعوتیں بھیجیں
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } دعوت بھیجی گئی۔
   *[other] { $count } دعوتیں بھیجی گئیں۔
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = زیرِ التوا دعوتیں
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }، { $inviter } کی جانب سے، { $when } تک
invite-revoke = منسوخ کریں
invite-joined-heading = کس نے کس کو مدعو کیا
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } کو { $inviter } نے مدعو کیا
invite-none = ابھی کوئی نہیں۔

## The System Console, for the server's admins

console-title = سسٹم کنسول
console-tab-users = صارفین
console-tab-terms = ضابطۂ اخلاق
console-tab-invitations = دعوتیں
console-tab-audit = آڈٹ لاگ
console-users-search = نام، صارف نام یا ای میل سے تلاش کریں
console-user-inactive = غیر فعال شدہ
console-user-admin = سسٹم منتظم
console-user-mfa = دو مرحلہ توثیق آن
console-user-deactivate = غیر فعال کریں
console-user-activate = دوبارہ فعال کریں
console-user-make-admin = سسٹم منتظم بنائیں
console-user-remove-admin = سسٹم منتظم کا درجہ ہٹائیں
console-user-mfa-reset = دو مرحلہ توثیق آف کریں
console-user-sessions = سیشنز
console-user-revoke-all = ہر جگہ سے لاگ آؤٹ کریں
console-user-no-sessions = کوئی کھلا سیشن نہیں۔
console-terms-help = Markdown۔ ہر تبدیلی ایک نیا ورژن ہے، جسے سب دوبارہ قبول کرتے ہیں۔
console-terms-publish = شائع کریں
console-terms-published = شائع ہو گیا: سب سے یہ ورژن قبول کرنے کو کہا جائے گا۔
console-terms-disabled = یہ سرور ابھی کسی سے اسے قبول کرنے کو نہیں کہتا: اس کی کنفیگریشن میں enable_custom_terms_of_service = true سیٹ کریں۔
console-invitations-help = اس ٹیم کے لیے زیرِ التوا ای میل دعوتیں۔
console-invitations-revoke-all = تمام ٹیموں کی ہر زیرِ التوا دعوت منسوخ کریں
console-audit-when = کب
console-audit-who = کون
console-audit-action = کارروائی
console-audit-details = تفصیلات
console-audit-address = پتہ
console-more = مزید دکھائیں
