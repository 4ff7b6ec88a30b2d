# Causerie: Arabic (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = تسجيل الدخول إلى { -brand-name }
login-id-label = البريد الإلكتروني أو اسم المستخدم
login-password-label = كلمة المرور
login-submit = تسجيل الدخول
login-working = جارٍ تسجيل الدخول…
login-error-credentials = البريد الإلكتروني أو اسم المستخدم أو كلمة المرور غير صحيحة.
login-error-locked = محاولات فاشلة كثيرة جدًا. أعد المحاولة بعد بضع دقائق.
login-error-unreachable = تعذّر الوصول إلى الخادم. تحقّق من اتصالك وأعد المحاولة.
login-error-other = فشل تسجيل الدخول: { $message }
login-error-code = الرمز غير صحيح أو سبق استخدامه. أدخل الرمز الحالي.
login-code-label = رمز المصادقة الثنائية
login-code-help = الرمز المكوّن من 6 أرقام من تطبيق المصادقة، أو أحد رموز الاسترداد الخاصة بك.
terms-title = مدونة السلوك
terms-help = اقرأ مدونة السلوك واقبلها لتتمكن من المشاركة.
terms-agree = أوافق
terms-disagree = لا أوافق
mfa-required-title = إعداد المصادقة الثنائية
mfa-required-help = يتطلب هذا الخادم رمزًا من تطبيق مصادقة عند كل تسجيل دخول.
mfa-scan = امسح رمز QR هذا بتطبيق مصادقة، أو اكتب المفتاح السري فيه.
mfa-qr-alt = رمز QR لتطبيق المصادقة
mfa-secret-label = المفتاح السري:
mfa-code-label = الرمز من التطبيق
mfa-confirm = تفعيل
mfa-bad-code = هذا الرمز غير صالح. أدخل الرمز الحالي من التطبيق.
mfa-recovery-help = احفظ رموز الاسترداد هذه في مكان آمن. يتيح لك كل منها تسجيل الدخول مرة واحدة إذا فقدت جهازك. لن تُعرض إلا الآن.
mfa-recovery-download = تنزيل
mfa-recovery-copy = نسخ
mfa-continue = متابعة
security-title = الأمان
security-mfa = المصادقة الثنائية
security-mfa-on = مفعّلة: يُطلب رمز من تطبيق المصادقة عند تسجيل الدخول.
security-mfa-off = معطّلة: تكفي كلمة المرور وحدها لتسجيل الدخول.
security-mfa-turn-on = تفعيل
security-mfa-turn-off = إيقاف
security-mfa-off-code = الرمز الحالي، لإيقافها
security-sessions = الأماكن التي سجّلت الدخول منها
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — آخر نشاط { $when }
security-session-revoke = تسجيل الخروج
login-server-toggle = استخدام خادم آخر
login-server-label = عنوان URL للخادم
login-server-help = خادم Mattermost يسمح لهذا الموقع (CORS). اتركه فارغًا لاستخدام هذا الخادم.
login-no-account = جديد هنا؟ اطلب رابط دعوة، أو أنشئ حسابًا إن كان هذا الخادم يسمح بذلك.
login-signup-link = إنشاء حساب
signup-title = أنشئ حسابك
signup-invited = تلقّيت دعوة للانضمام إلى { $team }.
signup-invite-invalid = رابط الدعوة هذا غير صالح. اطلب رابطًا جديدًا.
signup-first-user = أنت أول من يصل إلى هنا: سيتولّى حسابك إدارة هذا الخادم.
signup-email-label = البريد الإلكتروني
signup-username-label = اسم المستخدم
signup-username-help = من 3 إلى 22 حرفًا: أحرف لاتينية صغيرة وأرقام و"." و"-" و"_".
signup-password-label = كلمة المرور
signup-password-help = 8 أحرف على الأقل.
signup-submit = إنشاء الحساب
signup-error = فشل إنشاء الحساب: { $message }
signup-have-account = لديك حساب بالفعل؟ سجّل الدخول.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = دعاك { $inviter } إلى { $team }.
signup-token-invalid = انتهت صلاحية هذه الدعوة أو سبق استخدامها. اطلب دعوة جديدة.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] يدعوك { $inviter } إلى { $team }
invite-email-body = يدعوك { $inviter } (@{ $username }) إلى الانضمام إلى { $team } على { $site }.
invite-email-action = الانضمام إلى { $team }
invite-email-expiry = يعمل هذا الرابط مرة واحدة خلال 48 ساعة. إن لم تكن تتوقع هذه الدعوة، فتجاهل هذه الرسالة.

## Navigation

nav-open-sidebar = فتح قائمة القنوات
nav-close-sidebar = إغلاق قائمة القنوات
nav-teams = الفرق
nav-channels = القنوات
nav-public = القنوات
nav-private = القنوات الخاصة
nav-direct = الرسائل المباشرة
nav-group = رسائل المجموعات
nav-mentions = { $count ->
    [zero] لا إشارات
    [one] إشارة واحدة
    [two] إشارتان
    [few] { $count } إشارات
    [many] { $count } إشارة
   *[other] { $count } إشارة
}
nav-unread = غير مقروءة
nav-create-channel = إنشاء قناة
nav-browse-channels = تصفّح القنوات
nav-new-message = كتابة رسالة مباشرة
nav-logout = تسجيل الخروج
nav-language = اللغة
nav-invite = دعوة أشخاص
nav-console = وحدة تحكم النظام
status-online = متصل
status-away = بعيد
status-dnd = عدم الإزعاج
status-offline = غير متصل

## Channel dialogs

create-title = إنشاء قناة
create-name-label = الاسم
create-private-label = جعل القناة خاصة
create-purpose-label = الغرض (اختياري)
create-submit = إنشاء
cancel = إلغاء
close = إغلاق
browse-title = تصفّح القنوات
browse-join = انضمام
browse-empty = لا توجد قنوات أخرى للانضمام إليها.
dm-title = رسالة مباشرة
dm-search-label = البحث عن أشخاص
dm-start = بدء
dm-group-hint = اختر شخصًا واحدًا لرسالة مباشرة، أو حتى سبعة أشخاص لمجموعة.
switcher-title = تبديل القناة
switcher-label = اسم القناة

## Channel

channel-members = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
channel-archived = هذه القناة مؤرشفة.
channel-leave = مغادرة القناة
channel-leave-private-confirm = هل تريد مغادرة هذه القناة الخاصة؟ ستحتاج إلى دعوة للانضمام إليها مجددًا.
channel-loading = جارٍ التحميل…
channel-load-older = جارٍ تحميل الرسائل الأقدم…
channel-beginning = هذه بداية القناة.
channel-not-found = هذه القناة غير موجودة أو لا يمكنك رؤيتها.
messages-label = الرسائل
new-messages = رسائل جديدة
jump-to-newest = الانتقال إلى الأحدث
edited = (معدّلة)
post-deleted = (حُذفت الرسالة)
post-sending = جارٍ الإرسال…
post-failed = لم تُرسَل.
post-retry = إعادة المحاولة
post-discard = تجاهل
post-reply = ردّ
post-edit = تعديل
post-delete = حذف
post-delete-confirm = هل تريد حذف هذه الرسالة؟
post-save = حفظ
post-replies = { $count ->
    [zero] لا ردود
    [one] ردّ واحد
    [two] ردّان
    [few] { $count } ردود
    [many] { $count } ردًّا
   *[other] { $count } ردّ
}
post-time-title = { $time }

## Composer

composer-label = اكتب في { $channel }
composer-placeholder = اكتب رسالة…
composer-reply-label = الرد في سلسلة الرسائل
composer-send = إرسال
composer-hint = Enter للإرسال، Shift+Enter لسطر جديد
typing-one = { $name } يكتب…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } يكتبون…
typing-many = عدة أشخاص يكتبون…
autocomplete-here = إشعار جميع المتصلين هنا
autocomplete-channel = إشعار جميع أعضاء هذه القناة
autocomplete-all = إشعار جميع أعضاء هذه القناة

## Threads

thread-title = سلسلة الرسائل
thread-close = إغلاق سلسلة الرسائل

## Connection

connection-reconnecting = جارٍ إعادة الاتصال…
connection-offline = أنت غير متصل. ستُرسَل الرسائل عند عودة الاتصال.
error-generic = حدث خطأ ما: { $message }

## Profile card

profile-send-message = إرسال رسالة
# $username (String) - the name after the @ that was clicked
profile-not-found = لا يوجد أحد باسم @{ $username }.

## Settings

nav-settings = الإعدادات
settings-title = الإعدادات
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (مسودة)
settings-language-help = لم يراجع متحدث أصلي الترجمات المسودة بعد.
settings-pseudo-group = للمترجمين

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } تفاعل بـ :{ $emoji }:

## Files

composer-attach = إرفاق ملفات
composer-drop = أفلِت الملفات هنا لإرفاقها
# $name (String) - a file name
upload-sending = جارٍ رفع { $name }
# $name (String) - a file name
upload-cancel = إلغاء رفع { $name }
# $name (String) - a file name
upload-remove = إزالة { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = الملف { $name } كبير جدًا: الحد الأقصى لحجم الملف هو { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = تعذّر رفع { $name }. { $message }
# $name (String) - a file name
file-download = تنزيل { $name }
# $name (String) - a file name
file-open = فتح { $name } في العارض
viewer-previous = الصورة السابقة
viewer-next = الصورة التالية
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = الصورة { $index } من { $count }

## Profile picture

picture-title = صورة الملف الشخصي
picture-preview = صورتك الجديدة، مقصوصة كما سيراها الآخرون
picture-choose = اختيار صورة…
picture-save = حفظ الصورة
picture-reset = استخدام الصورة المُولَّدة تلقائيًا

## Emoji picker and custom emoji

composer-emoji = إدراج رمز تعبيري
post-react = إضافة تفاعل
emoji-picker = منتقي الرموز التعبيرية
emoji-search = البحث عن رمز تعبيري
emoji-recent = المستخدمة مؤخرًا
emoji-custom = رموز تعبيرية مخصصة
emoji-group-smileys = الوجوه التعبيرية والمشاعر
emoji-group-people = الأشخاص والجسم
emoji-group-nature = الحيوانات والطبيعة
emoji-group-food = الطعام والشراب
emoji-group-travel = السفر والأماكن
emoji-group-activities = الأنشطة
emoji-group-objects = الأشياء
emoji-group-symbols = الرموز
emoji-group-flags = الأعلام
emoji-none = لم يُعثر على رموز تعبيرية
emoji-tone-default = لون البشرة الافتراضي
emoji-tone-light = لون بشرة فاتح
emoji-tone-medium-light = لون بشرة فاتح متوسط
emoji-tone-medium = لون بشرة متوسط
emoji-tone-medium-dark = لون بشرة داكن متوسط
emoji-tone-dark = لون بشرة داكن
nav-custom-emoji = الرموز التعبيرية المخصصة
custom-emoji-title = الرموز التعبيرية المخصصة
custom-emoji-name = الاسم
custom-emoji-name-help = أحرف لاتينية صغيرة وأرقام و_ + -، حتى 64 حرفًا. استخدمه في الرسائل بالشكل :name:.
custom-emoji-image = الصورة
custom-emoji-image-help = صورة PNG أو JPEG أو GIF أو WebP بحجم 1 ميغابايت على الأكثر. تُعرض بحجم 128 × 128 بكسل أو أصغر.
custom-emoji-add = إضافة رمز تعبيري
custom-emoji-delete = حذف
# $name (String) - the emoji's name
custom-emoji-delete-confirm = هل تريد حذف الرمز التعبيري المخصص :{ $name }:؟ ستعرض الرسائل التي تستخدمه اسمه بدلًا منه.

## Search

search-label = البحث في الرسائل
search-placeholder = بحث
search-mentions = الإشارات الأخيرة
# $terms (String) - what the person searched for, as typed
search-title = نتائج البحث عن { $terms }
search-close = إغلاق نتائج البحث
search-none = لا توجد رسائل تطابق هذا البحث.
search-searching = جارٍ البحث…
search-jump = انتقال

## Notifications

notify-settings = الإشعارات
notify-desktop = إشعارات سطح المكتب
notify-push = الإشعارات الفورية
notify-email = إشعارات البريد الإلكتروني
notify-all = لكل النشاط
notify-mention = للإشارات والرسائل المباشرة
notify-none = أبدًا
notify-default = كما في إعداداتي
notify-email-off = لا يرسل هذا الخادم رسائل بريد إلكتروني.
notify-first-name = يُعَدّ اسمي الأول إشارة
notify-channel-wide = تُعَدّ @channel و @all و @here إشارات
notify-keywords = كلمات أخرى تُعَدّ إشارات، مفصولة بفواصل
notify-saved = تم الحفظ.
notify-ask = هل تريد تلقي إشعار على سطح المكتب عندما يشير إليك أحد أو يرسل إليك رسالة مباشرة؟
notify-enable = تفعيل الإشعارات
notify-dismiss = ليس الآن
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } في { $channel }
notify-push-browser = الإشعارات الفورية في هذا المتصفح عندما أكون بعيدًا
notify-push-on = تفعيل
notify-push-off = إيقاف
notify-push-blocked = يحظر هذا المتصفح الإشعارات من هذا الموقع.
# $channel (String) - the channel's name
channel-notify-title = الإشعارات في { $channel }
channel-notify = تفضيلات الإشعارات
channel-notify-mute = كتم هذه القناة
channel-notify-wide = تجاهل @channel و @all و @here في هذه القناة
channel-mentions-members = يمكن للأعضاء إشعار الجميع باستخدام @channel و @all و @here
channel-wide-title = هل تريد إشعار جميع أعضاء هذه القناة؟
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = باستخدام @{ $mention } أنت على وشك إرسال إشعارات إلى { $count ->
        [zero] { $count } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }. هل أنت متأكد؟

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (مرئية لك فقط)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = تعيين حالتك إلى بعيد
command-dnd = عدم الإزعاج: بلا إشعارات سطح المكتب أو الإشعارات الفورية
command-echo = إعادة نص من حسابك
# Keep the quotes: the message goes between them.
command-echo-hint = "رسالة" [التأخير بالثواني]
command-header = تعديل ترويسة القناة
command-header-hint = [نص]
command-help = عرض الأوامر التي يمكنك استخدامها
command-invite = دعوة مستخدم إلى قناة
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[اسم المستخدم] [~القناة]
command-join = الانضمام إلى قناة عامة
command-join-hint = ~[القناة]
command-kick = إزالة عضو من القناة
command-kick-hint = @[اسم المستخدم]
command-leave = مغادرة القناة الحالية
command-me = تنفيذ إجراء
command-me-hint = [رسالة]
command-msg = إرسال رسالة مباشرة إلى مستخدم
command-msg-hint = @[اسم المستخدم] [رسالة]
command-online = تعيين حالتك إلى متصل
command-purpose = تعديل غرض القناة
command-purpose-hint = [نص]
command-shrug = يضيف ¯\_(ツ)_/¯ إلى رسالتك
command-shrug-hint = [رسالة]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = اكتب / في بداية الرسالة لعرض الأوامر التي يمكنك استخدامها وما يفعله كل منها.
command-said-status-away = أنت الآن بعيد.
command-said-status-online = أنت الآن متصل.
command-said-status-dnd = وضع عدم الإزعاج مفعّل: لن تتلقى إشعارات سطح المكتب أو الإشعارات الفورية.

## The Integrations dialog

nav-integrations = عمليات التكامل
integrations-title = عمليات التكامل
integrations-incoming = خطافات الويب الواردة
integrations-outgoing = خطافات الويب الصادرة
integrations-commands = أوامر الشرطة المائلة
integrations-bots = حسابات البوتات
integrations-tokens = رموز الوصول الشخصية
integrations-add = إضافة
integrations-edit = تعديل
integrations-delete = حذف
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = هل تريد حذف "{ $name }"؟ سيتوقف كل ما يستخدمه عن العمل.
integrations-save = حفظ
integrations-copy = نسخ
integrations-url = عنوان URL
integrations-token = الرمز المميز
integrations-empty = لا يوجد شيء بعد.
integrations-disabled = معطّل
integrations-disable = تعطيل
integrations-enable = تفعيل
integrations-name = الاسم
integrations-description = الوصف
integrations-channel = القناة
integrations-any-channel = أي قناة عامة
integrations-locked = النشر في هذه القناة فقط
integrations-username = الاسم المعروض على رسائله
integrations-icon = عنوان URL للصورة المعروضة على رسائله
integrations-triggers = كلمات التشغيل (كلمة واحدة في كل سطر)
integrations-trigger-when = شرط التشغيل
integrations-first-word = الكلمة الأولى هي كلمة تشغيل
integrations-starts-with = تبدأ الرسالة بكلمة تشغيل
integrations-callbacks = عناوين URL لرد الاستدعاء (عنوان واحد في كل سطر)
integrations-content-type = تنسيق الإرسال
integrations-form = حقول نموذج
integrations-json = JSON
integrations-trigger = كلمة الأمر (بدون الشرطة المائلة)
integrations-request-url = عنوان URL للطلب
integrations-method = طريقة الطلب
integrations-post = POST
integrations-get = GET
integrations-autocomplete = اقتراحه في مربع الكتابة
integrations-hint = تلميح الوسائط
integrations-autocomplete-desc = ما الذي يفعله
integrations-bot-username = اسم المستخدم
integrations-bot-display = الاسم المعروض
integrations-token-new = رمز مميز جديد
integrations-token-once = انسخ هذا الرمز المميز الآن: لن يُعرض مرة أخرى.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = رمز مميز لـ { $name }
integrations-overrides-off = يعرض هذا الخادم رسائل عمليات التكامل باسم مالكها وصورته.

## The Invite people dialog

# $team (String) - the team's name
invite-title = دعوة أشخاص إلى { $team }
invite-link-heading = رابط الدعوة
invite-link-help = يمكن لأي شخص لديه هذا الرابط الانضمام إلى الفريق.
invite-link-copy = نسخ الرابط
invite-link-copied = تم النسخ
invite-link-reset = إنشاء رابط جديد
invite-link-reset-help = سيتوقف الرابط الحالي عندئذٍ عن العمل.
invite-link-admins-only = لا يمكن إلا لمشرفي الفريق دعوة أشخاص إليه.
invite-email-heading = الدعوة عبر البريد الإلكتروني
invite-email-help = عناوين مفصولة بفواصل أو مسافات أو أسطر. يتلقى كل عنوان رابطًا يعمل مرة واحدة خلال 48 ساعة.
invite-email-send = إرسال الدعوات
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [zero] لم تُرسَل أي دعوة.
    [one] أُرسلت دعوة واحدة.
    [two] أُرسلت دعوتان.
    [few] أُرسلت { $count } دعوات.
    [many] أُرسلت { $count } دعوة.
   *[other] أُرسلت { $count } دعوة.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = الدعوات المعلّقة
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }، من { $inviter }، حتى { $when }
invite-revoke = إلغاء
invite-joined-heading = من دعا من
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = انضم { $user } بدعوة من { $inviter }
invite-none = لا يوجد شيء بعد.

## The System Console, for the server's admins

console-title = وحدة تحكم النظام
console-tab-users = المستخدمون
console-tab-terms = مدونة السلوك
console-tab-invitations = الدعوات
console-tab-audit = سجل التدقيق
console-users-search = البحث بالاسم أو اسم المستخدم أو البريد الإلكتروني
console-user-inactive = معطّل
console-user-admin = مشرف النظام
console-user-mfa = المصادقة الثنائية مفعّلة
console-user-deactivate = تعطيل
console-user-activate = إعادة التفعيل
console-user-make-admin = ترقية إلى مشرف النظام
console-user-remove-admin = إزالة صلاحيات مشرف النظام
console-user-mfa-reset = إيقاف المصادقة الثنائية
console-user-sessions = الجلسات
console-user-revoke-all = تسجيل الخروج من كل مكان
console-user-no-sessions = لا توجد جلسات مفتوحة.
console-terms-help = Markdown. كل تغيير هو إصدار جديد يقبله الجميع من جديد.
console-terms-publish = نشر
console-terms-published = تم النشر: سيُطلب من الجميع قبول هذا الإصدار.
console-terms-disabled = لا يطلب هذا الخادم من أحد قبولها بعد: اضبط enable_custom_terms_of_service = true في إعداداته.
console-invitations-help = دعوات البريد الإلكتروني المعلّقة إلى هذا الفريق.
console-invitations-revoke-all = إلغاء كل الدعوات المعلّقة في جميع الفرق
console-audit-when = متى
console-audit-who = من
console-audit-action = الإجراء
console-audit-details = التفاصيل
console-audit-address = العنوان
console-more = عرض المزيد
