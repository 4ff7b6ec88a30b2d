# Causerie: Tamil (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = { -brand-name }-இல் உள்நுழைக
login-id-label = மின்னஞ்சல் அல்லது பயனர்பெயர்
login-password-label = கடவுச்சொல்
login-submit = உள்நுழை
login-working = உள்நுழைகிறது…
login-error-credentials = மின்னஞ்சல், பயனர்பெயர் அல்லது கடவுச்சொல் தவறானது.
login-error-locked = பலமுறை முயற்சிகள் தோல்வியடைந்தன. சில நிமிடங்கள் கழித்து மீண்டும் முயலவும்.
login-error-unreachable = சேவையகத்தை அணுக முடியவில்லை. உங்கள் இணைப்பைச் சரிபார்த்து மீண்டும் முயலவும்.
login-error-other = உள்நுழைவு தோல்வியடைந்தது: { $message }
login-error-code = குறியீடு தவறானது அல்லது ஏற்கனவே பயன்படுத்தப்பட்டது. தற்போதைய குறியீட்டை உள்ளிடவும்.
login-code-label = இரு-காரணிக் குறியீடு
login-code-help = உங்கள் அங்கீகரிப்புச் செயலியில் உள்ள 6 இலக்கக் குறியீடு, அல்லது உங்கள் மீட்புக் குறியீடுகளில் ஒன்று.
terms-title = நடத்தை விதிமுறைகள்
terms-help = பங்கேற்க, நடத்தை விதிமுறைகளைப் படித்து ஏற்றுக்கொள்ளுங்கள்.
terms-agree = ஒப்புக்கொள்கிறேன்
terms-disagree = ஒப்புக்கொள்ளவில்லை
mfa-required-title = இரு-காரணி அங்கீகாரத்தை அமைக்கவும்
mfa-required-help = இந்தச் சேவையகம் ஒவ்வொரு உள்நுழைவின்போதும் அங்கீகரிப்புச் செயலியின் குறியீட்டைக் கேட்கிறது.
mfa-scan = இந்த QR குறியீட்டை அங்கீகரிப்புச் செயலியால் ஸ்கேன் செய்யுங்கள், அல்லது ரகசியக் குறியீட்டை அதில் தட்டச்சு செய்யுங்கள்.
mfa-qr-alt = உங்கள் அங்கீகரிப்புச் செயலிக்கான QR குறியீடு
mfa-secret-label = ரகசியக் குறியீடு:
mfa-code-label = செயலியில் உள்ள குறியீடு
mfa-confirm = இயக்கு
mfa-bad-code = அந்தக் குறியீடு செல்லாது. செயலியில் உள்ள தற்போதைய குறியீட்டை உள்ளிடவும்.
mfa-recovery-help = இந்த மீட்புக் குறியீடுகளைப் பாதுகாப்பான இடத்தில் வைத்திருங்கள். உங்கள் சாதனத்தை இழந்தால், ஒவ்வொன்றையும் கொண்டு ஒருமுறை உள்நுழையலாம். இவை இப்போது மட்டுமே காட்டப்படும்.
mfa-recovery-download = பதிவிறக்கு
mfa-recovery-copy = நகலெடு
mfa-continue = தொடர்
security-title = பாதுகாப்பு
security-mfa = இரு-காரணி அங்கீகாரம்
security-mfa-on = இயக்கத்தில்: உள்நுழையும்போது உங்கள் அங்கீகரிப்புச் செயலியின் குறியீடு கேட்கப்படும்.
security-mfa-off = முடக்கத்தில்: கடவுச்சொல்லை மட்டும் கொண்டு உள்நுழையலாம்.
security-mfa-turn-on = இயக்கு
security-mfa-turn-off = முடக்கு
security-mfa-off-code = முடக்குவதற்கு, தற்போதைய குறியீடு
security-sessions = நீங்கள் உள்நுழைந்துள்ள இடங்கள்
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — கடைசிச் செயல்பாடு { $when }
security-session-revoke = வெளியேறு
login-server-toggle = வேறு சேவையகத்தைப் பயன்படுத்து
login-server-label = சேவையக URL
login-server-help = இந்தத் தளத்தை அனுமதிக்கும் ஒரு Mattermost சேவையகம் (CORS). இந்தச் சேவையகத்துக்கு வெறுமையாக விடவும்.
login-no-account = இங்கே புதியவரா? அழைப்பு இணைப்பைக் கேளுங்கள், அல்லது இந்தச் சேவையகம் அனுமதித்தால் பதிவுசெய்யுங்கள்.
login-signup-link = கணக்கை உருவாக்கு
signup-title = உங்கள் கணக்கை உருவாக்குங்கள்
signup-invited = நீங்கள் { $team } குழுவில் சேர அழைக்கப்பட்டுள்ளீர்கள்.
signup-invite-invalid = இந்த அழைப்பு இணைப்பு செல்லாது. புதிய இணைப்பைக் கேளுங்கள்.
signup-first-user = இங்கே நீங்கள்தான் முதல் நபர்: உங்கள் கணக்கு இந்தச் சேவையகத்தை நிர்வகிக்கும்.
signup-email-label = மின்னஞ்சல்
signup-username-label = பயனர்பெயர்
signup-username-help = 3 முதல் 22 எழுத்துகள்: ஆங்கிலச் சிற்றெழுத்துகள், எண்கள், ".", "-" மற்றும் "_".
signup-password-label = கடவுச்சொல்
signup-password-help = குறைந்தது 8 எழுத்துகள்.
signup-submit = கணக்கை உருவாக்கு
signup-error = பதிவு தோல்வியடைந்தது: { $message }
signup-have-account = ஏற்கனவே கணக்கு உள்ளதா? உள்நுழையுங்கள்.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } உங்களை { $team } குழுவுக்கு அழைத்துள்ளார்.
signup-token-invalid = இந்த அழைப்பு காலாவதியானது அல்லது ஏற்கனவே பயன்படுத்தப்பட்டது. புதிய அழைப்பைக் கேளுங்கள்.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } உங்களை { $team } குழுவுக்கு அழைக்கிறார்
invite-email-body = { $site } இல் உள்ள { $team } குழுவில் சேர { $inviter } (@{ $username }) உங்களை அழைக்கிறார்.
invite-email-action = { $team } குழுவில் சேர்
invite-email-expiry = இந்த இணைப்பு 48 மணிநேரத்துக்குள் ஒருமுறை மட்டுமே செயல்படும். இந்த அழைப்பை நீங்கள் எதிர்பார்க்கவில்லை என்றால், இந்த மின்னஞ்சலைப் புறக்கணிக்கவும்.

## Navigation

nav-open-sidebar = சேனல் பட்டியலைத் திற
nav-close-sidebar = சேனல் பட்டியலை மூடு
nav-teams = குழுக்கள்
nav-channels = சேனல்கள்
nav-public = சேனல்கள்
nav-private = தனிப்பட்ட சேனல்கள்
nav-direct = நேரடிச் செய்திகள்
nav-group = குழுச் செய்திகள்
nav-mentions = { $count ->
    [one] { $count } குறிப்பீடு
   *[other] { $count } குறிப்பீடுகள்
}
nav-unread = படிக்காதவை
nav-create-channel = சேனலை உருவாக்கு
nav-browse-channels = சேனல்களை உலாவு
nav-new-message = நேரடிச் செய்தி எழுது
nav-logout = வெளியேறு
nav-language = மொழி
nav-invite = நபர்களை அழை
nav-console = கணினி கன்சோல்
status-online = இணையத்தில்
status-away = விலகியுள்ளார்
status-dnd = தொந்தரவு செய்ய வேண்டாம்
status-offline = இணைப்பில் இல்லை

## Channel dialogs

create-title = சேனலை உருவாக்கு
create-name-label = பெயர்
create-private-label = தனிப்பட்டதாக்கு
create-purpose-label = நோக்கம் (விருப்பத்தேர்வு)
create-submit = உருவாக்கு
cancel = ரத்துசெய்
close = மூடு
browse-title = சேனல்களை உலாவு
browse-join = சேர்
browse-empty = சேர்வதற்கு வேறு சேனல்கள் எதுவும் இல்லை.
dm-title = நேரடிச் செய்தி
dm-search-label = நபர்களைத் தேடு
dm-start = தொடங்கு
dm-group-hint = நேரடிச் செய்திக்கு ஒருவரைத் தேர்ந்தெடுக்கவும், அல்லது குழுவுக்கு ஏழு பேர் வரை.
switcher-title = சேனலை மாற்று
switcher-label = சேனல் பெயர்

## Channel

channel-members = { $count ->
    [one] { $count } உறுப்பினர்
   *[other] { $count } உறுப்பினர்கள்
}
channel-archived = இந்தச் சேனல் காப்பகப்படுத்தப்பட்டுள்ளது.
channel-leave = சேனலை விட்டு வெளியேறு
channel-leave-private-confirm = இந்தத் தனிப்பட்ட சேனலை விட்டு வெளியேறவா? மீண்டும் சேர அழைப்பு தேவைப்படும்.
channel-loading = ஏற்றுகிறது…
channel-load-older = பழைய செய்திகளை ஏற்றுகிறது…
channel-beginning = இதுவே இந்தச் சேனலின் தொடக்கம்.
channel-not-found = இந்தச் சேனல் இல்லை, அல்லது இதைப் பார்க்க உங்களுக்கு அனுமதி இல்லை.
messages-label = செய்திகள்
new-messages = புதிய செய்திகள்
jump-to-newest = புதியவற்றுக்குச் செல்
edited = (திருத்தப்பட்டது)
post-deleted = (செய்தி நீக்கப்பட்டது)
post-sending = அனுப்புகிறது…
post-failed = அனுப்பப்படவில்லை.
post-retry = மீண்டும் முயல்
post-discard = கைவிடு
post-reply = பதிலளி
post-edit = திருத்து
post-delete = நீக்கு
post-delete-confirm = இந்தச் செய்தியை நீக்கவா?
post-save = சேமி
post-replies = { $count ->
    [one] { $count } பதில்
   *[other] { $count } பதில்கள்
}
post-time-title = { $time }

## Composer

composer-label = { $channel }-இல் எழுதவும்
composer-placeholder = ஒரு செய்தியை எழுதவும்…
composer-reply-label = இழையில் பதிலளி
composer-send = அனுப்பு
composer-hint = அனுப்ப Enter, புதிய வரிக்கு Shift+Enter
typing-one = { $name } தட்டச்சு செய்கிறார்…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } தட்டச்சு செய்கிறார்கள்…
typing-many = பலர் தட்டச்சு செய்கிறார்கள்…
autocomplete-here = இங்கே இணையத்தில் உள்ள அனைவருக்கும் அறிவி
autocomplete-channel = இந்தச் சேனலில் உள்ள அனைவருக்கும் அறிவி
autocomplete-all = இந்தச் சேனலில் உள்ள அனைவருக்கும் அறிவி

## Threads

thread-title = இழை
thread-close = இழையை மூடு

## Connection

connection-reconnecting = மீண்டும் இணைக்கிறது…
connection-offline = நீங்கள் இணைப்பில் இல்லை. இணைப்பு மீண்டதும் செய்திகள் அனுப்பப்படும்.
error-generic = ஏதோ தவறு நடந்துவிட்டது: { $message }

## Profile card

profile-send-message = செய்தி அனுப்பு
# $username (String) - the name after the @ that was clicked
profile-not-found = @{ $username } என்ற பெயரில் யாரும் இல்லை.

## Settings

nav-settings = அமைப்புகள்
settings-title = அமைப்புகள்
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (வரைவு)
settings-language-help = வரைவு மொழிபெயர்ப்புகளை இன்னும் தாய்மொழியாளர் ஒருவர் சரிபார்க்கவில்லை.
settings-pseudo-group = மொழிபெயர்ப்பாளர்களுக்கு

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } :{ $emoji }: மூலம் எதிர்வினையாற்றினர்

## Files

composer-attach = கோப்புகளை இணை
composer-drop = இணைக்க, கோப்புகளை இங்கே விடவும்
# $name (String) - a file name
upload-sending = { $name } பதிவேற்றப்படுகிறது
# $name (String) - a file name
upload-cancel = { $name } பதிவேற்றத்தை ரத்துசெய்
# $name (String) - a file name
upload-remove = { $name } கோப்பை அகற்று
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } மிகப் பெரியது: கோப்புகள் அதிகபட்சம் { $max } வரை இருக்கலாம்.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } கோப்பைப் பதிவேற்ற முடியவில்லை. { $message }
# $name (String) - a file name
file-download = { $name } கோப்பைப் பதிவிறக்கு
# $name (String) - a file name
file-open = { $name } கோப்பைப் படக் காட்சியில் திற
viewer-previous = முந்தைய படம்
viewer-next = அடுத்த படம்
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = { $count } படங்களில் { $index }-ஆவது படம்

## Profile picture

picture-title = சுயவிவரப் படம்
picture-preview = உங்கள் புதிய படம், மற்றவர்கள் காணும் விதத்தில் வெட்டப்பட்டது
picture-choose = படத்தைத் தேர்ந்தெடு…
picture-save = படத்தைச் சேமி
picture-reset = தானாக உருவாக்கப்பட்ட படத்தைப் பயன்படுத்து

## Emoji picker and custom emoji

composer-emoji = எமோஜியைச் செருகு
post-react = எதிர்வினையைச் சேர்
emoji-picker = எமோஜி தேர்வி
emoji-search = எமோஜியைத் தேடு
emoji-recent = சமீபத்தில் பயன்படுத்தியவை
emoji-custom = தனிப்பயன் எமோஜிகள்
emoji-group-smileys = ஸ்மைலிகளும் உணர்ச்சிகளும்
emoji-group-people = மக்களும் உடலும்
emoji-group-nature = விலங்குகளும் இயற்கையும்
emoji-group-food = உணவும் பானமும்
emoji-group-travel = பயணமும் இடங்களும்
emoji-group-activities = செயல்பாடுகள்
emoji-group-objects = பொருட்கள்
emoji-group-symbols = குறியீடுகள்
emoji-group-flags = கொடிகள்
emoji-none = எமோஜி எதுவும் கிடைக்கவில்லை
emoji-tone-default = இயல்புநிலைத் தோல் நிறம்
emoji-tone-light = வெளிர் தோல் நிறம்
emoji-tone-medium-light = நடுத்தர வெளிர் தோல் நிறம்
emoji-tone-medium = நடுத்தரத் தோல் நிறம்
emoji-tone-medium-dark = நடுத்தரக் கருமைத் தோல் நிறம்
emoji-tone-dark = கருமைத் தோல் நிறம்
nav-custom-emoji = தனிப்பயன் எமோஜிகள்
custom-emoji-title = தனிப்பயன் எமோஜிகள்
custom-emoji-name = பெயர்
custom-emoji-name-help = ஆங்கிலச் சிற்றெழுத்துகள், எண்கள், _ + - ஆகியவை, அதிகபட்சம் 64 எழுத்துகள். செய்திகளில் இதை :name: என்று பயன்படுத்தவும்.
custom-emoji-image = படம்
custom-emoji-image-help = அதிகபட்சம் 1 MB அளவுள்ள PNG, JPEG, GIF அல்லது WebP படம். இது 128 × 128 பிக்சல்கள் அல்லது அதைவிடச் சிறிய அளவில் காட்டப்படும்.
custom-emoji-add = எமோஜியைச் சேர்
custom-emoji-delete = நீக்கு
# $name (String) - the emoji's name
custom-emoji-delete-confirm = :{ $name }: என்ற தனிப்பயன் எமோஜியை நீக்கவா? இதைப் பயன்படுத்தும் செய்திகளில் இதற்குப் பதிலாக இதன் பெயர் காட்டப்படும்.

## Search

search-label = செய்திகளைத் தேடு
search-placeholder = தேடு
search-mentions = சமீபத்திய குறிப்பீடுகள்
# $terms (String) - what the person searched for, as typed
search-title = { $terms } என்பதற்கான முடிவுகள்
search-close = தேடல் முடிவுகளை மூடு
search-none = இந்தத் தேடலுடன் பொருந்தும் செய்திகள் எதுவும் இல்லை.
search-searching = தேடுகிறது…
search-jump = செய்திக்குச் செல்

## Notifications

notify-settings = அறிவிப்புகள்
notify-desktop = டெஸ்க்டாப் அறிவிப்புகள்
notify-push = புஷ் அறிவிப்புகள்
notify-email = மின்னஞ்சல் அறிவிப்புகள்
notify-all = எல்லாச் செயல்பாடுகளுக்கும்
notify-mention = குறிப்பீடுகளுக்கும் நேரடிச் செய்திகளுக்கும்
notify-none = ஒருபோதும் இல்லை
notify-default = என் அமைப்புகளின்படி
notify-email-off = இந்தச் சேவையகம் மின்னஞ்சல் அனுப்புவதில்லை.
notify-first-name = என் முதல் பெயரும் குறிப்பீடாகக் கருதப்படும்
notify-channel-wide = @channel, @all, @here ஆகியவை குறிப்பீடுகளாகக் கருதப்படும்
notify-keywords = குறிப்பீடுகளாகக் கருதப்படும் பிற சொற்கள், காற்புள்ளிகளால் பிரிக்கப்பட்டவை
notify-saved = சேமிக்கப்பட்டது.
notify-ask = யாராவது உங்களைக் குறிப்பிடும்போது அல்லது உங்களுக்கு நேரடிச் செய்தி அனுப்பும்போது டெஸ்க்டாப் அறிவிப்பைப் பெற வேண்டுமா?
notify-enable = அறிவிப்புகளை இயக்கு
notify-dismiss = இப்போது வேண்டாம்
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $channel } இல் { $sender }
notify-push-browser = நான் விலகியிருக்கும்போது இந்த உலாவியில் புஷ் அறிவிப்புகள்
notify-push-on = இயக்கு
notify-push-off = முடக்கு
notify-push-blocked = இந்த உலாவி இந்தத் தளத்தின் அறிவிப்புகளைத் தடுக்கிறது.
# $channel (String) - the channel's name
channel-notify-title = { $channel } இல் அறிவிப்புகள்
channel-notify = அறிவிப்பு விருப்பங்கள்
channel-notify-mute = இந்தச் சேனலை ஒலியடக்கு
channel-notify-wide = இந்தச் சேனலில் @channel, @all, @here ஆகியவற்றைப் புறக்கணி
channel-mentions-members = உறுப்பினர்கள் @channel, @all, @here மூலம் அனைவருக்கும் அறிவிக்கலாம்
channel-wide-title = இந்தச் சேனலில் உள்ள அனைவருக்கும் அறிவிக்கவா?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = @{ $mention } ஐப் பயன்படுத்தினால் { $count ->
        [one] ஒருவருக்கு
       *[other] { $count } பேருக்கு
    } அறிவிப்புகள் அனுப்பப்படும். தொடர வேண்டுமா?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (உங்களுக்கு மட்டுமே தெரியும்)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = உங்கள் நிலையை விலகியிருப்பதாக அமை
command-dnd = தொந்தரவு செய்ய வேண்டாம்: டெஸ்க்டாப் அறிவிப்புகளோ புஷ் அறிவிப்புகளோ இல்லை
command-echo = உங்கள் கணக்கிலிருந்து உரையைத் திருப்பி அனுப்பு
# Keep the quotes: the message goes between them.
command-echo-hint = "செய்தி" [தாமதம் வினாடிகளில்]
command-header = சேனல் தலைப்பைத் திருத்து
command-header-hint = [உரை]
command-help = நீங்கள் பயன்படுத்தக்கூடிய கட்டளைகளைக் காட்டு
command-invite = ஒரு பயனரைச் சேனலுக்கு அழை
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[பயனர்பெயர்] [~சேனல்]
command-join = திறந்த சேனலில் சேர்
command-join-hint = ~[சேனல்]
command-kick = சேனலிலிருந்து ஓர் உறுப்பினரை அகற்று
command-kick-hint = @[பயனர்பெயர்]
command-leave = தற்போதைய சேனலை விட்டு வெளியேறு
command-me = ஒரு செயலைச் செய்
command-me-hint = [செய்தி]
command-msg = ஒரு பயனருக்கு நேரடிச் செய்தி அனுப்பு
command-msg-hint = @[பயனர்பெயர்] [செய்தி]
command-online = உங்கள் நிலையை இணையத்தில் இருப்பதாக அமை
command-purpose = சேனலின் நோக்கத்தைத் திருத்து
command-purpose-hint = [உரை]
command-shrug = உங்கள் செய்தியில் ¯\_(ツ)_/¯ ஐச் சேர்க்கும்
command-shrug-hint = [செய்தி]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = நீங்கள் பயன்படுத்தக்கூடிய கட்டளைகளையும் ஒவ்வொன்றும் என்ன செய்யும் என்பதையும் காண, செய்தியின் தொடக்கத்தில் / ஐ உள்ளிடவும்.
command-said-status-away = நீங்கள் இப்போது விலகியுள்ளீர்கள்.
command-said-status-online = நீங்கள் இப்போது இணையத்தில் உள்ளீர்கள்.
command-said-status-dnd = தொந்தரவு செய்ய வேண்டாம் இயக்கத்தில் உள்ளது: உங்களுக்கு டெஸ்க்டாப் அறிவிப்புகளோ புஷ் அறிவிப்புகளோ வராது.

## The Integrations dialog

nav-integrations = ஒருங்கிணைப்புகள்
integrations-title = ஒருங்கிணைப்புகள்
integrations-incoming = உள்வரும் வெப்ஹூக்குகள்
integrations-outgoing = வெளிச்செல்லும் வெப்ஹூக்குகள்
integrations-commands = ஸ்லாஷ் கட்டளைகள்
integrations-bots = பாட் கணக்குகள்
integrations-tokens = தனிப்பட்ட அணுகல் டோக்கன்கள்
integrations-add = சேர்
integrations-edit = திருத்து
integrations-delete = நீக்கு
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = “{ $name }” ஐ நீக்கவா? இதைப் பயன்படுத்தும் அனைத்தும் செயல்படுவதை நிறுத்திவிடும்.
integrations-save = சேமி
integrations-copy = நகலெடு
integrations-url = URL
integrations-token = டோக்கன்
integrations-empty = இன்னும் எதுவும் இல்லை.
integrations-disabled = முடக்கப்பட்டது
integrations-disable = முடக்கு
integrations-enable = இயக்கு
integrations-name = பெயர்
integrations-description = விளக்கம்
integrations-channel = சேனல்
integrations-any-channel = ஏதேனும் ஒரு பொதுச் சேனல்
integrations-locked = இந்தச் சேனலில் மட்டும் இடுகையிடு
integrations-username = இதன் செய்திகளில் காட்டப்படும் பெயர்
integrations-icon = இதன் செய்திகளில் காட்டப்படும் படத்தின் URL
integrations-triggers = தூண்டுசொற்கள் (ஒரு வரிக்கு ஒன்று)
integrations-trigger-when = எப்போது தூண்டப்படும்
integrations-first-word = முதல் சொல் ஒரு தூண்டுசொல்
integrations-starts-with = செய்தி ஒரு தூண்டுசொல்லுடன் தொடங்குகிறது
integrations-callbacks = கால்பேக் URLகள் (ஒரு வரிக்கு ஒன்று)
integrations-content-type = அனுப்பப்படும் வடிவம்
integrations-form = படிவப் புலங்கள்
integrations-json = JSON
integrations-trigger = கட்டளைச் சொல் (சாய்வுக்கோடு இல்லாமல்)
integrations-request-url = கோரிக்கை URL
integrations-method = கோரிக்கை முறை
integrations-post = POST
integrations-get = GET
integrations-autocomplete = செய்தி எழுதும்போது இதைப் பரிந்துரை
integrations-hint = அளவுருக் குறிப்பு
integrations-autocomplete-desc = இது என்ன செய்யும்
integrations-bot-username = பயனர்பெயர்
integrations-bot-display = காட்சிப் பெயர்
integrations-token-new = புதிய டோக்கன்
integrations-token-once = இந்த டோக்கனை இப்போதே நகலெடுக்கவும்: இது மீண்டும் காட்டப்படாது.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = { $name } க்கான டோக்கன்
integrations-overrides-off = இந்தச் சேவையகம் ஒருங்கிணைப்புகளின் செய்திகளை அவற்றின் உரிமையாளரின் பெயர் மற்றும் படத்துடன் காட்டுகிறது.

## The Invite people dialog

# $team (String) - the team's name
invite-title = { $team } குழுவுக்கு நபர்களை அழை
invite-link-heading = அழைப்பு இணைப்பு
invite-link-help = இந்த இணைப்பு உள்ள எவரும் குழுவில் சேரலாம்.
invite-link-copy = இணைப்பை நகலெடு
invite-link-copied = நகலெடுக்கப்பட்டது
invite-link-reset = புதிய இணைப்பை உருவாக்கு
invite-link-reset-help = அதன் பிறகு தற்போதைய இணைப்பு செயல்படாது.
invite-link-admins-only = குழுவின் நிர்வாகிகள் மட்டுமே இதற்கு நபர்களை அழைக்க முடியும்.
invite-email-heading = மின்னஞ்சல் மூலம் அழை
invite-email-help = காற்புள்ளிகள், இடைவெளிகள் அல்லது வரிகளால் பிரிக்கப்பட்ட முகவரிகள். ஒவ்வொன்றுக்கும் 48 மணிநேரத்துக்குள் ஒருமுறை செயல்படும் இணைப்பு அனுப்பப்படும்.
invite-email-send = அழைப்புகளை அனுப்பு
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } அழைப்பு அனுப்பப்பட்டது.
   *[other] { $count } அழைப்புகள் அனுப்பப்பட்டன.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = நிலுவையில் உள்ள அழைப்புகள்
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, அழைத்தவர் { $inviter }, { $when } வரை
invite-revoke = திரும்பப் பெறு
invite-joined-heading = யார் யாரை அழைத்தார்கள்
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } ஐ { $inviter } அழைத்தார்
invite-none = இன்னும் எதுவும் இல்லை.

## The System Console, for the server's admins

console-title = கணினி கன்சோல்
console-tab-users = பயனர்கள்
console-tab-terms = நடத்தை விதிமுறைகள்
console-tab-invitations = அழைப்புகள்
console-tab-audit = தணிக்கைப் பதிவு
console-users-search = பெயர், பயனர்பெயர் அல்லது மின்னஞ்சல் மூலம் தேடு
console-user-inactive = செயலிழக்கப்பட்டது
console-user-admin = கணினி நிர்வாகி
console-user-mfa = இரு-காரணி இயக்கத்தில்
console-user-deactivate = செயலிழக்கச் செய்
console-user-activate = மீண்டும் செயல்படுத்து
console-user-make-admin = கணினி நிர்வாகியாக்கு
console-user-remove-admin = கணினி நிர்வாகி உரிமையை நீக்கு
console-user-mfa-reset = இரு-காரணியை முடக்கு
console-user-sessions = அமர்வுகள்
console-user-revoke-all = எல்லா இடங்களிலிருந்தும் வெளியேற்று
console-user-no-sessions = திறந்த அமர்வுகள் எதுவும் இல்லை.
console-terms-help = Markdown. ஒவ்வொரு மாற்றமும் ஒரு புதிய பதிப்பு, அதை அனைவரும் மீண்டும் ஏற்க வேண்டும்.
console-terms-publish = வெளியிடு
console-terms-published = வெளியிடப்பட்டது: இந்தப் பதிப்பை ஏற்குமாறு அனைவரிடமும் கேட்கப்படும்.
console-terms-disabled = இந்தச் சேவையகம் இன்னும் யாரிடமும் இதை ஏற்கக் கேட்பதில்லை: அதன் உள்ளமைவில் enable_custom_terms_of_service = true என அமைக்கவும்.
console-invitations-help = இந்தக் குழுவுக்கான நிலுவையில் உள்ள மின்னஞ்சல் அழைப்புகள்.
console-invitations-revoke-all = எல்லாக் குழுக்களிலும் நிலுவையில் உள்ள ஒவ்வோர் அழைப்பையும் திரும்பப் பெறு
console-audit-when = எப்போது
console-audit-who = யார்
console-audit-action = செயல்
console-audit-details = விவரங்கள்
console-audit-address = முகவரி
console-more = மேலும் காட்டு
