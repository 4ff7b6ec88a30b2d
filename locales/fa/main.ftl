# Causerie: Persian (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = ورود به { -brand-name }
login-id-label = ایمیل یا نام کاربری
login-password-label = گذرواژه
login-submit = ورود
login-working = در حال ورود…
login-error-credentials = ایمیل، نام کاربری یا گذرواژه نادرست است.
login-error-locked = تلاش‌های ناموفق بیش از حد. چند دقیقهٔ دیگر دوباره تلاش کنید.
login-error-unreachable = دسترسی به سرور ممکن نیست. اتصال خود را بررسی کنید و دوباره تلاش کنید.
login-error-other = ورود ناموفق بود: { $message }
login-error-code = کد نادرست است یا پیش‌تر استفاده شده است. کد فعلی را وارد کنید.
login-code-label = کد احراز هویت دومرحله‌ای
login-code-help = کد ۶ رقمی برنامهٔ احراز هویت شما، یا یکی از کدهای بازیابی‌تان.
terms-title = آیین‌نامهٔ رفتاری
terms-help = برای مشارکت، آیین‌نامهٔ رفتاری را بخوانید و بپذیرید.
terms-agree = موافقم
terms-disagree = موافق نیستم
mfa-required-title = راه‌اندازی احراز هویت دومرحله‌ای
mfa-required-help = این سرور در هر بار ورود، کدی از برنامهٔ احراز هویت درخواست می‌کند.
mfa-scan = این کد QR را با یک برنامهٔ احراز هویت اسکن کنید، یا کلید مخفی را در آن وارد کنید.
mfa-qr-alt = کد QR برای برنامهٔ احراز هویت شما
mfa-secret-label = کلید مخفی:
mfa-code-label = کد برنامه
mfa-confirm = روشن کردن
mfa-bad-code = این کد معتبر نیست. کد فعلی برنامه را وارد کنید.
mfa-recovery-help = این کدهای بازیابی را در جای امنی نگه دارید. اگر دستگاهتان را گم کنید، با هر کدام می‌توانید یک بار وارد شوید. این کدها فقط همین حالا نمایش داده می‌شوند.
mfa-recovery-download = دانلود
mfa-recovery-copy = کپی
mfa-continue = ادامه
security-title = امنیت
security-mfa = احراز هویت دومرحله‌ای
security-mfa-on = روشن: هنگام ورود، کدی از برنامهٔ احراز هویت شما خواسته می‌شود.
security-mfa-off = خاموش: برای ورود، گذرواژهٔ شما به‌تنهایی کافی است.
security-mfa-turn-on = روشن کردن
security-mfa-turn-off = خاموش کردن
security-mfa-off-code = کد فعلی، برای خاموش کردن آن
security-sessions = جاهایی که وارد شده‌اید
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — آخرین فعالیت: { $when }
security-session-revoke = خروج
login-server-toggle = استفاده از سرور دیگر
login-server-label = نشانی URL سرور
login-server-help = سرور Mattermost که به این وب‌گاه اجازهٔ دسترسی می‌دهد (CORS). برای استفاده از همین سرور، خالی بگذارید.
login-no-account = تازه‌وارد هستید؟ پیوند دعوت درخواست کنید، یا اگر این سرور اجازه می‌دهد، ثبت‌نام کنید.
login-signup-link = ایجاد حساب
signup-title = حساب خود را بسازید
signup-invited = شما به { $team } دعوت شده‌اید.
signup-invite-invalid = این پیوند دعوت معتبر نیست. پیوند تازه‌ای درخواست کنید.
signup-first-user = شما نخستین کاربر اینجا هستید: حساب شما مدیر این سرور خواهد بود.
signup-email-label = ایمیل
signup-username-label = نام کاربری
signup-username-help = ۳ تا ۲۲ نویسه: حروف کوچک لاتین، رقم، «.»، «-» و «_».
signup-password-label = گذرواژه
signup-password-help = دست‌کم ۸ نویسه.
signup-submit = ایجاد حساب
signup-error = ثبت‌نام ناموفق بود: { $message }
signup-have-account = از پیش حساب دارید؟ وارد شوید.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } شما را به { $team } دعوت کرده است.
signup-token-invalid = این دعوت منقضی شده یا پیش‌تر استفاده شده است. دعوت تازه‌ای درخواست کنید.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } شما را به { $team } دعوت می‌کند
invite-email-body = { $inviter } (@{ $username }) شما را به پیوستن به { $team } در { $site } دعوت می‌کند.
invite-email-action = پیوستن به { $team }
invite-email-expiry = این پیوند فقط یک بار و به مدت ۴۸ ساعت کار می‌کند. اگر انتظار این دعوت را نداشتید، این ایمیل را نادیده بگیرید.

## Navigation

nav-open-sidebar = باز کردن فهرست کانال‌ها
nav-close-sidebar = بستن فهرست کانال‌ها
nav-teams = تیم‌ها
nav-channels = کانال‌ها
nav-public = کانال‌ها
nav-private = کانال‌های خصوصی
nav-direct = پیام‌های مستقیم
nav-group = پیام‌های گروهی
nav-mentions = { $count ->
    [one] { $count } اشاره
   *[other] { $count } اشاره
}
nav-unread = خوانده‌نشده
nav-create-channel = ایجاد کانال
nav-browse-channels = مرور کانال‌ها
nav-new-message = نوشتن پیام مستقیم
nav-logout = خروج
nav-language = زبان
nav-invite = دعوت از دیگران
nav-console = کنسول سیستم
status-online = آنلاین
status-away = غایب
status-dnd = مزاحم نشوید
status-offline = آفلاین

## Channel dialogs

create-title = ایجاد کانال
create-name-label = نام
create-private-label = خصوصی باشد
create-purpose-label = هدف (اختیاری)
create-submit = ایجاد
cancel = لغو
close = بستن
browse-title = مرور کانال‌ها
browse-join = پیوستن
browse-empty = کانال دیگری برای پیوستن وجود ندارد.
dm-title = پیام مستقیم
dm-search-label = یافتن افراد
dm-start = شروع
dm-group-hint = یک نفر را برای پیام مستقیم، یا حداکثر هفت نفر را برای گروه انتخاب کنید.
switcher-title = تعویض کانال
switcher-label = نام کانال

## Channel

channel-members = { $count ->
    [one] { $count } عضو
   *[other] { $count } عضو
}
channel-archived = این کانال بایگانی شده است.
channel-leave = ترک کانال
channel-leave-private-confirm = این کانال خصوصی ترک شود؟ برای پیوستن دوباره دعوت‌نامه لازم است.
channel-loading = در حال بارگذاری…
channel-load-older = در حال بارگذاری پیام‌های قدیمی‌تر…
channel-beginning = این آغاز کانال است.
channel-not-found = این کانال وجود ندارد یا اجازهٔ دیدن آن را ندارید.
messages-label = پیام‌ها
new-messages = پیام‌های جدید
jump-to-newest = رفتن به جدیدترین‌ها
edited = (ویرایش‌شده)
post-deleted = (پیام حذف شد)
post-sending = در حال ارسال…
post-failed = ارسال نشد.
post-retry = تلاش دوباره
post-discard = دور انداختن
post-reply = پاسخ
post-edit = ویرایش
post-delete = حذف
post-delete-confirm = این پیام حذف شود؟
post-save = ذخیره
post-replies = { $count ->
    [one] { $count } پاسخ
   *[other] { $count } پاسخ
}
post-time-title = { $time }

## Composer

composer-label = نوشتن در { $channel }
composer-placeholder = پیامی بنویسید…
composer-reply-label = پاسخ در رشتهٔ گفتگو
composer-send = ارسال
composer-hint = Enter برای ارسال، Shift+Enter برای خط جدید
typing-one = { $name } در حال نوشتن است…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } در حال نوشتن هستند…
typing-many = چند نفر در حال نوشتن هستند…
autocomplete-here = اطلاع به همهٔ افراد آنلاین در اینجا
autocomplete-channel = اطلاع به همهٔ اعضای این کانال
autocomplete-all = اطلاع به همهٔ اعضای این کانال

## Threads

thread-title = رشتهٔ گفتگو
thread-close = بستن رشتهٔ گفتگو

## Connection

connection-reconnecting = در حال اتصال دوباره…
connection-offline = شما آفلاین هستید. پیام‌ها پس از برقراری دوبارهٔ اتصال ارسال می‌شوند.
error-generic = مشکلی پیش آمد: { $message }

## Profile card

profile-send-message = ارسال پیام
# $username (String) - the name after the @ that was clicked
profile-not-found = کسی با نام @{ $username } وجود ندارد.

## Settings

nav-settings = تنظیمات
settings-title = تنظیمات
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (پیش‌نویس)
settings-language-help = ترجمه‌های پیش‌نویس هنوز توسط یک گویشور بومی بررسی نشده‌اند.
settings-pseudo-group = برای مترجمان

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } با :{ $emoji }: واکنش نشان داد

## Files

composer-attach = پیوست کردن فایل‌ها
composer-drop = فایل‌ها را برای پیوست کردن اینجا رها کنید
# $name (String) - a file name
upload-sending = در حال بارگذاری { $name }
# $name (String) - a file name
upload-cancel = لغو بارگذاری { $name }
# $name (String) - a file name
upload-remove = برداشتن { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } بیش از حد بزرگ است: حجم فایل‌ها حداکثر می‌تواند { $max } باشد.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = بارگذاری { $name } ممکن نشد. { $message }
# $name (String) - a file name
file-download = دانلود { $name }
# $name (String) - a file name
file-open = باز کردن { $name } در نمایشگر
viewer-previous = تصویر قبلی
viewer-next = تصویر بعدی
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = تصویر { $index } از { $count }

## Profile picture

picture-title = تصویر نمایه
picture-preview = تصویر جدید شما، برش‌خورده همان‌طور که دیگران آن را خواهند دید
picture-choose = انتخاب تصویر…
picture-save = ذخیرهٔ تصویر
picture-reset = استفاده از تصویر ساخته‌شده به‌طور خودکار

## Emoji picker and custom emoji

composer-emoji = درج ایموجی
post-react = افزودن واکنش
emoji-picker = انتخابگر ایموجی
emoji-search = جستجوی ایموجی
emoji-recent = اخیراً استفاده‌شده
emoji-custom = ایموجی‌های سفارشی
emoji-group-smileys = شکلک‌ها و احساسات
emoji-group-people = افراد و بدن
emoji-group-nature = حیوانات و طبیعت
emoji-group-food = غذا و نوشیدنی
emoji-group-travel = سفر و مکان‌ها
emoji-group-activities = فعالیت‌ها
emoji-group-objects = اشیا
emoji-group-symbols = نمادها
emoji-group-flags = پرچم‌ها
emoji-none = ایموجی‌ای پیدا نشد
emoji-tone-default = رنگ پوست پیش‌فرض
emoji-tone-light = رنگ پوست روشن
emoji-tone-medium-light = رنگ پوست نیمه‌روشن
emoji-tone-medium = رنگ پوست متوسط
emoji-tone-medium-dark = رنگ پوست نیمه‌تیره
emoji-tone-dark = رنگ پوست تیره
nav-custom-emoji = ایموجی‌های سفارشی
custom-emoji-title = ایموجی‌های سفارشی
custom-emoji-name = نام
custom-emoji-name-help = حروف کوچک لاتین، رقم و _ + -، حداکثر ۶۴ نویسه. در پیام‌ها آن را به شکل :name: به کار ببرید.
custom-emoji-image = تصویر
custom-emoji-image-help = تصویر PNG، JPEG، GIF یا WebP با حجم حداکثر ۱ مگابایت. در اندازهٔ ۱۲۸ × ۱۲۸ پیکسل یا کوچک‌تر نمایش داده می‌شود.
custom-emoji-add = افزودن ایموجی
custom-emoji-delete = حذف
# $name (String) - the emoji's name
custom-emoji-delete-confirm = ایموجی سفارشی :{ $name }: حذف شود؟ پیام‌هایی که از آن استفاده می‌کنند به‌جای آن نامش را نشان خواهند داد.

## Search

search-label = جستجو در پیام‌ها
search-placeholder = جستجو
search-mentions = اشاره‌های اخیر
# $terms (String) - what the person searched for, as typed
search-title = نتایج جستجو برای { $terms }
search-close = بستن نتایج جستجو
search-none = هیچ پیامی با این جستجو مطابقت ندارد.
search-searching = در حال جستجو…
search-jump = رفتن به پیام

## Notifications

notify-settings = اعلان‌ها
notify-desktop = اعلان‌های دسکتاپ
notify-push = اعلان‌های پوش
notify-email = اعلان‌های ایمیلی
notify-all = برای همهٔ فعالیت‌ها
notify-mention = برای اشاره‌ها و پیام‌های مستقیم
notify-none = هرگز
notify-default = مطابق تنظیمات من
notify-email-off = این سرور ایمیل ارسال نمی‌کند.
notify-first-name = نام کوچک من اشاره به حساب می‌آید
notify-channel-wide = @channel، @all و @here اشاره به حساب می‌آیند
notify-keywords = واژه‌های دیگری که اشاره به حساب می‌آیند، جداشده با ویرگول
notify-saved = ذخیره شد.
notify-ask = می‌خواهید وقتی کسی به شما اشاره می‌کند یا برایتان پیام مستقیم می‌فرستد، اعلان دسکتاپ دریافت کنید؟
notify-enable = روشن کردن اعلان‌ها
notify-dismiss = حالا نه
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } در { $channel }
notify-push-browser = اعلان‌های پوش در این مرورگر وقتی حضور ندارم
notify-push-on = روشن کردن
notify-push-off = خاموش کردن
notify-push-blocked = این مرورگر اعلان‌های این سایت را مسدود می‌کند.
# $channel (String) - the channel's name
channel-notify-title = اعلان‌ها در { $channel }
channel-notify = ترجیحات اعلان
channel-notify-mute = بی‌صدا کردن این کانال
channel-notify-wide = نادیده گرفتن @channel، @all و @here در این کانال
channel-mentions-members = اعضا می‌توانند با @channel، @all و @here به همه اطلاع دهند
channel-wide-title = به همهٔ اعضای این کانال اطلاع داده شود؟
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = با استفاده از @{ $mention } برای { $count ->
        [one] { $count } نفر
       *[other] { $count } نفر
    } اعلان می‌فرستید. مطمئن هستید؟

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (فقط برای شما قابل مشاهده است)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = تنظیم وضعیت شما روی غایب
command-dnd = مزاحم نشوید: بدون اعلان دسکتاپ یا پوش
command-echo = بازتاب متن از حساب شما
# Keep the quotes: the message goes between them.
command-echo-hint = "پیام" [تأخیر به ثانیه]
command-header = ویرایش سرتیتر کانال
command-header-hint = [متن]
command-help = نمایش فرمان‌هایی که می‌توانید به کار ببرید
command-invite = دعوت از یک کاربر به یک کانال
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[نام کاربری] [~کانال]
command-join = پیوستن به کانال عمومی
command-join-hint = ~[کانال]
command-kick = برداشتن یک عضو از کانال
command-kick-hint = @[نام کاربری]
command-leave = ترک کانال فعلی
command-me = انجام یک کنش
command-me-hint = [پیام]
command-msg = ارسال پیام مستقیم به یک کاربر
command-msg-hint = @[نام کاربری] [پیام]
command-online = تنظیم وضعیت شما روی آنلاین
command-purpose = ویرایش هدف کانال
command-purpose-hint = [متن]
command-shrug = ¯\_(ツ)_/¯ را به پیام شما می‌افزاید
command-shrug-hint = [پیام]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = در آغاز پیام / بنویسید تا فرمان‌هایی را که می‌توانید به کار ببرید، همراه با کار هر یک، ببینید.
command-said-status-away = اکنون وضعیت شما «غایب» است.
command-said-status-online = اکنون آنلاین هستید.
command-said-status-dnd = حالت «مزاحم نشوید» روشن است: اعلان دسکتاپ یا پوش دریافت نخواهید کرد.

## The Integrations dialog

nav-integrations = یکپارچه‌سازی‌ها
integrations-title = یکپارچه‌سازی‌ها
integrations-incoming = وب‌هوک‌های ورودی
integrations-outgoing = وب‌هوک‌های خروجی
integrations-commands = فرمان‌های اسلش
integrations-bots = حساب‌های بات
integrations-tokens = توکن‌های دسترسی شخصی
integrations-add = افزودن
integrations-edit = ویرایش
integrations-delete = حذف
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = «{ $name }» حذف شود؟ هر چیزی که از آن استفاده می‌کند دیگر کار نخواهد کرد.
integrations-save = ذخیره
integrations-copy = کپی
integrations-url = نشانی URL
integrations-token = توکن
integrations-empty = هنوز موردی وجود ندارد.
integrations-disabled = غیرفعال
integrations-disable = غیرفعال کردن
integrations-enable = فعال کردن
integrations-name = نام
integrations-description = توضیحات
integrations-channel = کانال
integrations-any-channel = هر کانال عمومی
integrations-locked = ارسال فقط در این کانال
integrations-username = نامی که روی پیام‌هایش نمایش داده می‌شود
integrations-icon = نشانی URL تصویری که روی پیام‌هایش نمایش داده می‌شود
integrations-triggers = واژه‌های راه‌انداز (هر کدام در یک خط)
integrations-trigger-when = راه‌اندازی هنگامی که
integrations-first-word = نخستین واژه یک واژهٔ راه‌انداز باشد
integrations-starts-with = پیام با یک واژهٔ راه‌انداز آغاز شود
integrations-callbacks = نشانی‌های URL بازگشتی (هر کدام در یک خط)
integrations-content-type = قالب ارسالی
integrations-form = فیلدهای فرم
integrations-json = JSON
integrations-trigger = واژهٔ فرمان (بدون اسلش)
integrations-request-url = نشانی URL درخواست
integrations-method = روش درخواست
integrations-post = POST
integrations-get = GET
integrations-autocomplete = پیشنهاد آن هنگام نوشتن پیام
integrations-hint = راهنمای آرگومان‌ها
integrations-autocomplete-desc = کاری که انجام می‌دهد
integrations-bot-username = نام کاربری
integrations-bot-display = نام نمایشی
integrations-token-new = توکن جدید
integrations-token-once = این توکن را همین حالا کپی کنید: دوباره نمایش داده نخواهد شد.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = توکن برای { $name }
integrations-overrides-off = این سرور پیام‌های یکپارچه‌سازی‌ها را با نام و تصویر مالکشان نمایش می‌دهد.

## The Invite people dialog

# $team (String) - the team's name
invite-title = دعوت از دیگران به { $team }
invite-link-heading = پیوند دعوت
invite-link-help = هر کسی که این پیوند را داشته باشد می‌تواند به تیم بپیوندد.
invite-link-copy = کپی پیوند
invite-link-copied = کپی شد
invite-link-reset = ساختن پیوند جدید
invite-link-reset-help = در این صورت پیوند فعلی دیگر کار نخواهد کرد.
invite-link-admins-only = فقط مدیران تیم می‌توانند دیگران را به آن دعوت کنند.
invite-email-heading = دعوت با ایمیل
invite-email-help = نشانی‌ها را با ویرگول، فاصله یا خط جدید از هم جدا کنید. هر نشانی پیوندی دریافت می‌کند که فقط یک بار و به مدت ۴۸ ساعت کار می‌کند.
invite-email-send = ارسال دعوت‌نامه‌ها
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } دعوت‌نامه ارسال شد.
   *[other] { $count } دعوت‌نامه ارسال شد.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = دعوت‌های در انتظار
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }، از طرف { $inviter }، معتبر تا { $when }
invite-revoke = لغو دعوت
invite-joined-heading = چه کسی چه کسی را دعوت کرد
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } را { $inviter } دعوت کرد
invite-none = هنوز موردی وجود ندارد.

## The System Console, for the server's admins

console-title = کنسول سیستم
console-tab-users = کاربران
console-tab-terms = آیین‌نامهٔ رفتاری
console-tab-invitations = دعوت‌ها
console-tab-audit = گزارش ممیزی
console-users-search = جستجو بر اساس نام، نام کاربری یا ایمیل
console-user-inactive = غیرفعال‌شده
console-user-admin = مدیر سیستم
console-user-mfa = دومرحله‌ای روشن
console-user-deactivate = غیرفعال کردن
console-user-activate = فعال کردن دوباره
console-user-make-admin = تبدیل به مدیر سیستم
console-user-remove-admin = برداشتن نقش مدیر سیستم
console-user-mfa-reset = خاموش کردن احراز هویت دومرحله‌ای
console-user-sessions = نشست‌ها
console-user-revoke-all = خروج از همهٔ دستگاه‌ها
console-user-no-sessions = هیچ نشست بازی وجود ندارد.
console-terms-help = Markdown. هر تغییر نسخهٔ جدیدی است که همه باید دوباره آن را بپذیرند.
console-terms-publish = انتشار
console-terms-published = منتشر شد: از همه خواسته می‌شود این نسخه را بپذیرند.
console-terms-disabled = این سرور هنوز از کسی نمی‌خواهد آن را بپذیرد: در پیکربندی آن enable_custom_terms_of_service = true را تنظیم کنید.
console-invitations-help = دعوت‌های ایمیلی در انتظار برای این تیم.
console-invitations-revoke-all = لغو همهٔ دعوت‌های در انتظار، در همهٔ تیم‌ها
console-audit-when = زمان
console-audit-who = چه کسی
console-audit-action = کنش
console-audit-details = جزئیات
console-audit-address = نشانی
console-more = نمایش بیشتر
