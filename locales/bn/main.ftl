# Causerie: Bengali (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = { -brand-name }-এ লগ ইন করুন
login-id-label = ইমেইল বা ব্যবহারকারীর নাম
login-password-label = পাসওয়ার্ড
login-submit = লগ ইন
login-working = লগ ইন হচ্ছে…
login-error-credentials = ইমেইল, ব্যবহারকারীর নাম বা পাসওয়ার্ড ভুল।
login-error-locked = অনেকবার ব্যর্থ চেষ্টা হয়েছে। কয়েক মিনিট পরে আবার চেষ্টা করুন।
login-error-unreachable = সার্ভারে পৌঁছানো যাচ্ছে না। আপনার সংযোগ পরীক্ষা করে আবার চেষ্টা করুন।
login-error-other = লগ ইন ব্যর্থ হয়েছে: { $message }
login-error-code = কোডটি ভুল বা আগেই ব্যবহার করা হয়েছে। বর্তমান কোডটি লিখুন।
login-code-label = দুই-ধাপের যাচাইয়ের কোড
login-code-help = আপনার অথেনটিকেটর অ্যাপের ৬ অঙ্কের কোড, অথবা আপনার রিকভারি কোডগুলোর একটি।
terms-title = আচরণবিধি
terms-help = অংশ নিতে আচরণবিধিটি পড়ুন ও গ্রহণ করুন।
terms-agree = আমি সম্মত
terms-disagree = আমি সম্মত নই
mfa-required-title = দুই-ধাপের যাচাই সেট আপ করুন
mfa-required-help = এই সার্ভার প্রতিবার লগ ইনের সময় অথেনটিকেটর অ্যাপের একটি কোড চায়।
mfa-scan = একটি অথেনটিকেটর অ্যাপ দিয়ে এই QR কোডটি স্ক্যান করুন, অথবা অ্যাপে গোপন কী-টি লিখুন।
mfa-qr-alt = আপনার অথেনটিকেটর অ্যাপের জন্য QR কোড
mfa-secret-label = গোপন কী:
mfa-code-label = অ্যাপের কোড
mfa-confirm = চালু করুন
mfa-bad-code = কোডটি বৈধ নয়। অ্যাপের বর্তমান কোডটি লিখুন।
mfa-recovery-help = এই রিকভারি কোডগুলো নিরাপদ কোথাও রাখুন। ডিভাইস হারিয়ে গেলে প্রতিটি কোড দিয়ে একবার লগ ইন করা যাবে। এগুলো শুধু এখনই দেখানো হচ্ছে।
mfa-recovery-download = ডাউনলোড করুন
mfa-recovery-copy = কপি করুন
mfa-continue = চালিয়ে যান
security-title = নিরাপত্তা
security-mfa = দুই-ধাপের যাচাই
security-mfa-on = চালু: লগ ইনের সময় আপনার অথেনটিকেটর অ্যাপের একটি কোড চাওয়া হয়।
security-mfa-off = বন্ধ: শুধু পাসওয়ার্ড দিয়েই লগ ইন করা যায়।
security-mfa-turn-on = চালু করুন
security-mfa-turn-off = বন্ধ করুন
security-mfa-off-code = বন্ধ করতে বর্তমান কোড
security-sessions = আপনি যেখানে লগ ইন করা আছেন
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — শেষ সক্রিয় { $when }
security-session-revoke = লগ আউট
login-server-toggle = অন্য সার্ভার ব্যবহার করুন
login-server-label = সার্ভারের URL
login-server-help = এমন একটি Mattermost সার্ভার যা এই সাইটকে অনুমতি দেয় (CORS)। এই সার্ভারের জন্য খালি রাখুন।
login-no-account = এখানে নতুন? একটি আমন্ত্রণ লিংক চেয়ে নিন, অথবা এই সার্ভার অনুমতি দিলে সাইন আপ করুন।
login-signup-link = অ্যাকাউন্ট তৈরি করুন
signup-title = আপনার অ্যাকাউন্ট তৈরি করুন
signup-invited = আপনাকে { $team } টিমে যোগ দেওয়ার আমন্ত্রণ জানানো হয়েছে।
signup-invite-invalid = এই আমন্ত্রণ লিংকটি বৈধ নয়। নতুন একটি চেয়ে নিন।
signup-first-user = আপনিই এখানে প্রথম: আপনার অ্যাকাউন্ট এই সার্ভার পরিচালনা করবে।
signup-email-label = ইমেইল
signup-username-label = ব্যবহারকারীর নাম
signup-username-help = ৩ থেকে ২২টি অক্ষর: ইংরেজি ছোট হাতের অক্ষর, সংখ্যা, ".", "-" এবং "_"।
signup-password-label = পাসওয়ার্ড
signup-password-help = কমপক্ষে ৮টি অক্ষর।
signup-submit = অ্যাকাউন্ট তৈরি করুন
signup-error = সাইন আপ ব্যর্থ হয়েছে: { $message }
signup-have-account = আগে থেকেই অ্যাকাউন্ট আছে? লগ ইন করুন।
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } আপনাকে { $team } টিমে আমন্ত্রণ জানিয়েছেন।
signup-token-invalid = এই আমন্ত্রণের মেয়াদ শেষ হয়ে গেছে বা এটি আগেই ব্যবহার করা হয়েছে। নতুন একটি চেয়ে নিন।
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } আপনাকে { $team } টিমে আমন্ত্রণ জানাচ্ছেন
invite-email-body = { $inviter } (@{ $username }) আপনাকে { $site }-এ { $team } টিমে যোগ দেওয়ার আমন্ত্রণ জানাচ্ছেন।
invite-email-action = { $team } টিমে যোগ দিন
invite-email-expiry = এই লিংকটি ৪৮ ঘণ্টার মধ্যে একবারই কাজ করবে। আপনি এই আমন্ত্রণ আশা না করে থাকলে এই ইমেইলটি উপেক্ষা করুন।

## Navigation

nav-open-sidebar = চ্যানেলের তালিকা খুলুন
nav-close-sidebar = চ্যানেলের তালিকা বন্ধ করুন
nav-teams = টিম
nav-channels = চ্যানেল
nav-public = চ্যানেল
nav-private = ব্যক্তিগত চ্যানেল
nav-direct = সরাসরি বার্তা
nav-group = গ্রুপ বার্তা
nav-mentions = { $count ->
    [one] { $count }টি উল্লেখ
   *[other] { $count }টি উল্লেখ
}
nav-unread = অপঠিত
nav-create-channel = চ্যানেল তৈরি করুন
nav-browse-channels = চ্যানেল ব্রাউজ করুন
nav-new-message = সরাসরি বার্তা লিখুন
nav-logout = লগ আউট
nav-language = ভাষা
nav-invite = লোকজনকে আমন্ত্রণ জানান
nav-console = সিস্টেম কনসোল
status-online = অনলাইন
status-away = দূরে
status-dnd = বিরক্ত করবেন না
status-offline = অফলাইন

## Channel dialogs

create-title = চ্যানেল তৈরি করুন
create-name-label = নাম
create-private-label = ব্যক্তিগত করুন
create-purpose-label = উদ্দেশ্য (ঐচ্ছিক)
create-submit = তৈরি করুন
cancel = বাতিল
close = বন্ধ করুন
browse-title = চ্যানেল ব্রাউজ করুন
browse-join = যোগ দিন
browse-empty = যোগ দেওয়ার মতো আর কোনো চ্যানেল নেই।
dm-title = সরাসরি বার্তা
dm-search-label = লোকজন খুঁজুন
dm-start = শুরু করুন
dm-group-hint = সরাসরি বার্তার জন্য একজনকে বেছে নিন, অথবা গ্রুপের জন্য সর্বোচ্চ সাতজনকে।
switcher-title = চ্যানেল পরিবর্তন করুন
switcher-label = চ্যানেলের নাম

## Channel

channel-members = { $count ->
    [one] { $count } জন সদস্য
   *[other] { $count } জন সদস্য
}
channel-archived = এই চ্যানেলটি আর্কাইভ করা হয়েছে।
channel-leave = চ্যানেল ছেড়ে যান
channel-leave-private-confirm = এই ব্যক্তিগত চ্যানেলটি ছেড়ে যাবেন? আবার যোগ দিতে আমন্ত্রণ লাগবে।
channel-loading = লোড হচ্ছে…
channel-load-older = পুরোনো বার্তা লোড হচ্ছে…
channel-beginning = এখান থেকেই চ্যানেলটির শুরু।
channel-not-found = এই চ্যানেলটি নেই, অথবা আপনি এটি দেখতে পারবেন না।
messages-label = বার্তা
new-messages = নতুন বার্তা
jump-to-newest = সর্বশেষ বার্তায় যান
edited = (সম্পাদিত)
post-deleted = (বার্তা মুছে ফেলা হয়েছে)
post-sending = পাঠানো হচ্ছে…
post-failed = পাঠানো যায়নি।
post-retry = আবার চেষ্টা করুন
post-discard = বাদ দিন
post-reply = উত্তর দিন
post-edit = সম্পাদনা
post-delete = মুছুন
post-delete-confirm = এই বার্তাটি মুছবেন?
post-save = সংরক্ষণ
post-replies = { $count ->
    [one] { $count }টি উত্তর
   *[other] { $count }টি উত্তর
}
post-time-title = { $time }

## Composer

composer-label = { $channel }-এ লিখুন
composer-placeholder = একটি বার্তা লিখুন…
composer-reply-label = থ্রেডে উত্তর দিন
composer-send = পাঠান
composer-hint = পাঠাতে Enter, নতুন লাইনের জন্য Shift+Enter
typing-one = { $name } লিখছেন…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } লিখছেন…
typing-many = কয়েকজন লিখছেন…
autocomplete-here = এখানে অনলাইনে থাকা সবাইকে জানান
autocomplete-channel = এই চ্যানেলের সবাইকে জানান
autocomplete-all = এই চ্যানেলের সবাইকে জানান

## Threads

thread-title = থ্রেড
thread-close = থ্রেড বন্ধ করুন

## Connection

connection-reconnecting = পুনরায় সংযোগ করা হচ্ছে…
connection-offline = আপনি অফলাইনে আছেন। সংযোগ ফিরে এলে বার্তাগুলো পাঠানো হবে।
error-generic = কোনো একটি সমস্যা হয়েছে: { $message }

## Profile card

profile-send-message = বার্তা পাঠান
# $username (String) - the name after the @ that was clicked
profile-not-found = @{ $username } নামে কেউ নেই।

## Settings

nav-settings = সেটিংস
settings-title = সেটিংস
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (খসড়া)
settings-language-help = খসড়া অনুবাদগুলো এখনও কোনো মাতৃভাষী যাচাই করেননি।
settings-pseudo-group = অনুবাদকদের জন্য

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } :{ $emoji }: দিয়ে প্রতিক্রিয়া জানিয়েছেন

## Files

composer-attach = ফাইল সংযুক্ত করুন
composer-drop = সংযুক্ত করতে ফাইলগুলো এখানে ছেড়ে দিন
# $name (String) - a file name
upload-sending = { $name } আপলোড হচ্ছে
# $name (String) - a file name
upload-cancel = { $name } আপলোড বাতিল করুন
# $name (String) - a file name
upload-remove = { $name } সরান
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } অনেক বড়: ফাইলের সর্বোচ্চ আকার { $max }।
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } আপলোড করা যায়নি। { $message }
# $name (String) - a file name
file-download = { $name } ডাউনলোড করুন
# $name (String) - a file name
file-open = ভিউয়ারে { $name } খুলুন
viewer-previous = আগের ছবি
viewer-next = পরের ছবি
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = { $count }টি ছবির মধ্যে { $index } নম্বর

## Profile picture

picture-title = প্রোফাইল ছবি
picture-preview = আপনার নতুন ছবি, অন্যরা যেভাবে দেখবেন সেভাবে কাটা
picture-choose = ছবি বেছে নিন…
picture-save = ছবি সংরক্ষণ করুন
picture-reset = স্বয়ংক্রিয়ভাবে তৈরি ছবি ব্যবহার করুন

## Emoji picker and custom emoji

composer-emoji = ইমোজি বসান
post-react = প্রতিক্রিয়া যোগ করুন
emoji-picker = ইমোজি বাছাইকারী
emoji-search = ইমোজি খুঁজুন
emoji-recent = সম্প্রতি ব্যবহৃত
emoji-custom = কাস্টম ইমোজি
emoji-group-smileys = স্মাইলি ও আবেগ
emoji-group-people = মানুষ ও শরীর
emoji-group-nature = প্রাণী ও প্রকৃতি
emoji-group-food = খাদ্য ও পানীয়
emoji-group-travel = ভ্রমণ ও স্থান
emoji-group-activities = কার্যকলাপ
emoji-group-objects = বস্তু
emoji-group-symbols = প্রতীক
emoji-group-flags = পতাকা
emoji-none = কোনো ইমোজি পাওয়া যায়নি
emoji-tone-default = ডিফল্ট ত্বকের রঙ
emoji-tone-light = হালকা ত্বকের রঙ
emoji-tone-medium-light = মাঝারি-হালকা ত্বকের রঙ
emoji-tone-medium = মাঝারি ত্বকের রঙ
emoji-tone-medium-dark = মাঝারি-গাঢ় ত্বকের রঙ
emoji-tone-dark = গাঢ় ত্বকের রঙ
nav-custom-emoji = কাস্টম ইমোজি
custom-emoji-title = কাস্টম ইমোজি
custom-emoji-name = নাম
custom-emoji-name-help = ইংরেজি ছোট হাতের অক্ষর, সংখ্যা এবং _ + -, সর্বোচ্চ ৬৪টি অক্ষর। বার্তায় এটি :name: হিসেবে ব্যবহার করুন।
custom-emoji-image = ছবি
custom-emoji-image-help = সর্বোচ্চ ১ MB আকারের একটি PNG, JPEG, GIF বা WebP ছবি। এটি ১২৮ × ১২৮ পিক্সেল বা তার চেয়ে ছোট আকারে দেখানো হয়।
custom-emoji-add = ইমোজি যোগ করুন
custom-emoji-delete = মুছুন
# $name (String) - the emoji's name
custom-emoji-delete-confirm = কাস্টম ইমোজি :{ $name }: মুছবেন? যেসব বার্তায় এটি ব্যবহার করা হয়েছে, সেখানে এর বদলে এর নাম দেখানো হবে।

## Search

search-label = বার্তা খুঁজুন
search-placeholder = খুঁজুন
search-mentions = সাম্প্রতিক উল্লেখ
# $terms (String) - what the person searched for, as typed
search-title = { $terms }-এর ফলাফল
search-close = অনুসন্ধানের ফলাফল বন্ধ করুন
search-none = এই অনুসন্ধানের সঙ্গে মেলে এমন কোনো বার্তা নেই।
search-searching = খোঁজা হচ্ছে…
search-jump = বার্তায় যান

## Notifications

notify-settings = বিজ্ঞপ্তি
notify-desktop = ডেস্কটপ বিজ্ঞপ্তি
notify-push = পুশ বিজ্ঞপ্তি
notify-email = ইমেইল বিজ্ঞপ্তি
notify-all = সব কার্যকলাপের জন্য
notify-mention = উল্লেখ ও সরাসরি বার্তার জন্য
notify-none = কখনও না
notify-default = আমার সেটিংস অনুযায়ী
notify-email-off = এই সার্ভার ইমেইল পাঠায় না।
notify-first-name = আমার প্রথম নাম উল্লেখ হিসেবে গণ্য হবে
notify-channel-wide = @channel, @all ও @here উল্লেখ হিসেবে গণ্য হবে
notify-keywords = উল্লেখ হিসেবে গণ্য হবে এমন অন্যান্য শব্দ, কমা দিয়ে আলাদা করা
notify-saved = সংরক্ষিত হয়েছে।
notify-ask = কেউ আপনাকে উল্লেখ করলে বা সরাসরি বার্তা পাঠালে ডেস্কটপ বিজ্ঞপ্তি পেতে চান?
notify-enable = বিজ্ঞপ্তি চালু করুন
notify-dismiss = এখন নয়
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $channel }-এ { $sender }
notify-push-browser = আমি দূরে থাকলে এই ব্রাউজারে পুশ বিজ্ঞপ্তি
notify-push-on = চালু করুন
notify-push-off = বন্ধ করুন
notify-push-blocked = এই ব্রাউজার এই সাইটের বিজ্ঞপ্তি ব্লক করছে।
# $channel (String) - the channel's name
channel-notify-title = { $channel }-এর বিজ্ঞপ্তি
channel-notify = বিজ্ঞপ্তির পছন্দসমূহ
channel-notify-mute = এই চ্যানেল মিউট করুন
channel-notify-wide = এই চ্যানেলে @channel, @all ও @here উপেক্ষা করুন
channel-mentions-members = সদস্যরা @channel, @all ও @here দিয়ে সবাইকে জানাতে পারবেন
channel-wide-title = এই চ্যানেলের সবাইকে জানাবেন?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = @{ $mention } ব্যবহার করলে আপনি { $count ->
        [one] { $count } জনকে
       *[other] { $count } জনকে
    } বিজ্ঞপ্তি পাঠাবেন। আপনি কি নিশ্চিত?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (শুধু আপনি দেখতে পাচ্ছেন)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = আপনার স্ট্যাটাস দূরে হিসেবে সেট করুন
command-dnd = বিরক্ত করবেন না: কোনো ডেস্কটপ বা পুশ বিজ্ঞপ্তি নয়
command-echo = আপনার অ্যাকাউন্ট থেকে লেখাটি ফিরিয়ে দেখান
# Keep the quotes: the message goes between them.
command-echo-hint = "বার্তা" [সেকেন্ডে বিলম্ব]
command-header = চ্যানেলের হেডার সম্পাদনা করুন
command-header-hint = [লেখা]
command-help = আপনি যেসব কমান্ড ব্যবহার করতে পারেন সেগুলো দেখান
command-invite = একজন ব্যবহারকারীকে কোনো চ্যানেলে আমন্ত্রণ জানান
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[ব্যবহারকারীর নাম] [~চ্যানেল]
command-join = সর্বজনীন চ্যানেলে যোগ দিন
command-join-hint = ~[চ্যানেল]
command-kick = চ্যানেল থেকে একজন সদস্যকে সরান
command-kick-hint = @[ব্যবহারকারীর নাম]
command-leave = বর্তমান চ্যানেল ছেড়ে যান
command-me = একটি কাজ প্রকাশ করুন
command-me-hint = [বার্তা]
command-msg = একজন ব্যবহারকারীকে সরাসরি বার্তা পাঠান
command-msg-hint = @[ব্যবহারকারীর নাম] [বার্তা]
command-online = আপনার স্ট্যাটাস অনলাইন হিসেবে সেট করুন
command-purpose = চ্যানেলের উদ্দেশ্য সম্পাদনা করুন
command-purpose-hint = [লেখা]
command-shrug = আপনার বার্তায় ¯\_(ツ)_/¯ যোগ করে
command-shrug-hint = [বার্তা]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = বার্তার শুরুতে / লিখুন, তাহলে আপনি যেসব কমান্ড ব্যবহার করতে পারেন সেগুলো এবং প্রতিটি কী করে তা দেখতে পাবেন।
command-said-status-away = আপনি এখন দূরে আছেন।
command-said-status-online = আপনি এখন অনলাইন আছেন।
command-said-status-dnd = বিরক্ত করবেন না চালু আছে: আপনি কোনো ডেস্কটপ বা পুশ বিজ্ঞপ্তি পাবেন না।

## The Integrations dialog

nav-integrations = ইন্টিগ্রেশন
integrations-title = ইন্টিগ্রেশন
integrations-incoming = ইনকামিং ওয়েবহুক
integrations-outgoing = আউটগোয়িং ওয়েবহুক
integrations-commands = স্ল্যাশ কমান্ড
integrations-bots = বট অ্যাকাউন্ট
integrations-tokens = ব্যক্তিগত অ্যাক্সেস টোকেন
integrations-add = যোগ করুন
integrations-edit = সম্পাদনা
integrations-delete = মুছুন
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = "{ $name }" মুছবেন? এটি ব্যবহার করে এমন সবকিছু কাজ করা বন্ধ করে দেবে।
integrations-save = সংরক্ষণ
integrations-copy = কপি করুন
integrations-url = URL
integrations-token = টোকেন
integrations-empty = এখনও কিছু নেই।
integrations-disabled = নিষ্ক্রিয়
integrations-disable = নিষ্ক্রিয় করুন
integrations-enable = সক্রিয় করুন
integrations-name = নাম
integrations-description = বিবরণ
integrations-channel = চ্যানেল
integrations-any-channel = যেকোনো সর্বজনীন চ্যানেল
integrations-locked = শুধু এই চ্যানেলে পোস্ট করবে
integrations-username = এর বার্তাগুলোতে দেখানো নাম
integrations-icon = এর বার্তাগুলোতে দেখানো ছবির URL
integrations-triggers = ট্রিগার শব্দ (প্রতি লাইনে একটি)
integrations-trigger-when = কখন ট্রিগার হবে
integrations-first-word = প্রথম শব্দটি একটি ট্রিগার শব্দ
integrations-starts-with = বার্তাটি একটি ট্রিগার শব্দ দিয়ে শুরু হয়
integrations-callbacks = কলব্যাক URL (প্রতি লাইনে একটি)
integrations-content-type = পাঠানোর ফরম্যাট
integrations-form = ফর্ম ফিল্ড
integrations-json = JSON
integrations-trigger = কমান্ড শব্দ (স্ল্যাশ ছাড়া)
integrations-request-url = অনুরোধের URL
integrations-method = অনুরোধের পদ্ধতি
integrations-post = POST
integrations-get = GET
integrations-autocomplete = বার্তা লেখার জায়গায় এটি প্রস্তাব করুন
integrations-hint = আর্গুমেন্টের ইঙ্গিত
integrations-autocomplete-desc = এটি কী করে
integrations-bot-username = ব্যবহারকারীর নাম
integrations-bot-display = প্রদর্শিত নাম
integrations-token-new = নতুন টোকেন
integrations-token-once = এই টোকেনটি এখনই কপি করুন: এটি আর দেখানো হবে না।
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = { $name }-এর টোকেন
integrations-overrides-off = এই সার্ভার ইন্টিগ্রেশনের বার্তাগুলো তাদের মালিকের নাম ও ছবিতে দেখায়।

## The Invite people dialog

# $team (String) - the team's name
invite-title = { $team } টিমে লোকজনকে আমন্ত্রণ জানান
invite-link-heading = আমন্ত্রণ লিংক
invite-link-help = এই লিংক থাকলে যে কেউ টিমে যোগ দিতে পারবেন।
invite-link-copy = লিংক কপি করুন
invite-link-copied = কপি হয়েছে
invite-link-reset = নতুন লিংক তৈরি করুন
invite-link-reset-help = তখন বর্তমান লিংকটি আর কাজ করবে না।
invite-link-admins-only = শুধু টিমের অ্যাডমিনরাই এতে লোকজনকে আমন্ত্রণ জানাতে পারেন।
invite-email-heading = ইমেইলে আমন্ত্রণ
invite-email-help = কমা, স্পেস বা লাইন দিয়ে আলাদা করা ঠিকানা। প্রতিটি ঠিকানা এমন একটি লিংক পাবে যা ৪৮ ঘণ্টার মধ্যে একবারই কাজ করবে।
invite-email-send = আমন্ত্রণ পাঠান
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count }টি আমন্ত্রণ পাঠানো হয়েছে।
   *[other] { $count }টি আমন্ত্রণ পাঠানো হয়েছে।
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = অপেক্ষমাণ আমন্ত্রণ
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, { $inviter }-এর পাঠানো, { $when } পর্যন্ত
invite-revoke = প্রত্যাহার করুন
invite-joined-heading = কে কাকে আমন্ত্রণ জানিয়েছেন
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user }-কে আমন্ত্রণ জানিয়েছেন { $inviter }
invite-none = এখনও কিছু নেই।

## The System Console, for the server's admins

console-title = সিস্টেম কনসোল
console-tab-users = ব্যবহারকারী
console-tab-terms = আচরণবিধি
console-tab-invitations = আমন্ত্রণ
console-tab-audit = অডিট লগ
console-users-search = নাম, ব্যবহারকারীর নাম বা ইমেইল দিয়ে খুঁজুন
console-user-inactive = নিষ্ক্রিয় করা হয়েছে
console-user-admin = সিস্টেম অ্যাডমিন
console-user-mfa = দুই-ধাপের যাচাই চালু
console-user-deactivate = নিষ্ক্রিয় করুন
console-user-activate = আবার সক্রিয় করুন
console-user-make-admin = সিস্টেম অ্যাডমিন করুন
console-user-remove-admin = সিস্টেম অ্যাডমিন থেকে সরান
console-user-mfa-reset = দুই-ধাপের যাচাই বন্ধ করুন
console-user-sessions = সেশন
console-user-revoke-all = সব জায়গা থেকে লগ আউট করুন
console-user-no-sessions = কোনো খোলা সেশন নেই।
console-terms-help = Markdown। প্রতিটি পরিবর্তন একটি নতুন সংস্করণ, যা সবাইকে আবার গ্রহণ করতে হয়।
console-terms-publish = প্রকাশ করুন
console-terms-published = প্রকাশিত হয়েছে: সবাইকে এই সংস্করণটি গ্রহণ করতে বলা হবে।
console-terms-disabled = এই সার্ভার এখনও কাউকে এটি গ্রহণ করতে বলে না: এর কনফিগারেশনে enable_custom_terms_of_service = true সেট করুন।
console-invitations-help = এই টিমের অপেক্ষমাণ ইমেইল আমন্ত্রণ।
console-invitations-revoke-all = সব টিমের সব অপেক্ষমাণ আমন্ত্রণ প্রত্যাহার করুন
console-audit-when = কখন
console-audit-who = কে
console-audit-action = কাজ
console-audit-details = বিস্তারিত
console-audit-address = ঠিকানা
console-more = আরও দেখান
