# Causerie: Hindi (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = { -brand-name } में लॉग इन करें
login-id-label = ईमेल या उपयोगकर्ता नाम
login-password-label = पासवर्ड
login-submit = लॉग इन करें
login-working = लॉग इन हो रहा है…
login-error-credentials = ईमेल, उपयोगकर्ता नाम या पासवर्ड गलत है।
login-error-locked = बहुत अधिक असफल प्रयास। कुछ मिनट बाद फिर से प्रयास करें।
login-error-unreachable = सर्वर से संपर्क नहीं हो पा रहा है। अपना कनेक्शन जाँचें और फिर से प्रयास करें।
login-error-other = लॉग इन विफल रहा: { $message }
login-error-code = कोड गलत है या पहले ही उपयोग हो चुका है। मौजूदा कोड डालें।
login-code-label = दो-कारक कोड
login-code-help = आपके ऑथेंटिकेटर ऐप का 6 अंकों का कोड, या आपके रिकवरी कोड में से कोई एक।
terms-title = आचार संहिता
terms-help = भाग लेने के लिए आचार संहिता पढ़ें और स्वीकार करें।
terms-agree = मैं सहमत हूँ
terms-disagree = मैं सहमत नहीं हूँ
mfa-required-title = दो-कारक प्रमाणीकरण सेट अप करें
mfa-required-help = यह सर्वर हर बार लॉग इन करने पर ऑथेंटिकेटर ऐप से कोड माँगता है।
mfa-scan = इस QR कोड को किसी ऑथेंटिकेटर ऐप से स्कैन करें, या उसमें सीक्रेट टाइप करें।
mfa-qr-alt = आपके ऑथेंटिकेटर ऐप के लिए QR कोड
mfa-secret-label = सीक्रेट:
mfa-code-label = ऐप से मिला कोड
mfa-confirm = चालू करें
mfa-bad-code = यह कोड मान्य नहीं है। ऐप का मौजूदा कोड डालें।
mfa-recovery-help = इन रिकवरी कोड को किसी सुरक्षित जगह रखें। अगर आपका डिवाइस खो जाए, तो हर कोड से आप एक बार लॉग इन कर सकते हैं। ये केवल अभी दिखाए जा रहे हैं।
mfa-recovery-download = डाउनलोड करें
mfa-recovery-copy = कॉपी करें
mfa-continue = जारी रखें
security-title = सुरक्षा
security-mfa = दो-कारक प्रमाणीकरण
security-mfa-on = चालू: लॉग इन करते समय आपके ऑथेंटिकेटर ऐप का कोड माँगा जाता है।
security-mfa-off = बंद: केवल आपके पासवर्ड से लॉग इन हो जाता है।
security-mfa-turn-on = चालू करें
security-mfa-turn-off = बंद करें
security-mfa-off-code = इसे बंद करने के लिए मौजूदा कोड
security-sessions = आप कहाँ-कहाँ लॉग इन हैं
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — अंतिम गतिविधि: { $when }
security-session-revoke = लॉग आउट करें
login-server-toggle = कोई दूसरा सर्वर उपयोग करें
login-server-label = सर्वर URL
login-server-help = ऐसा Mattermost सर्वर जो इस साइट को अनुमति देता हो (CORS)। इसी सर्वर के लिए खाली छोड़ दें।
login-no-account = यहाँ नए हैं? आमंत्रण लिंक माँगें, या यदि यह सर्वर अनुमति देता है तो साइन अप करें।
login-signup-link = खाता बनाएँ
signup-title = अपना खाता बनाएँ
signup-invited = आपको { $team } में आमंत्रित किया गया है।
signup-invite-invalid = यह आमंत्रण लिंक मान्य नहीं है। नया लिंक माँगें।
signup-first-user = आप यहाँ पहले व्यक्ति हैं: आपका खाता इस सर्वर का प्रबंधन करेगा।
signup-email-label = ईमेल
signup-username-label = उपयोगकर्ता नाम
signup-username-help = 3 से 22 वर्ण: अंग्रेज़ी के छोटे अक्षर, अंक, ".", "-" और "_"।
signup-password-label = पासवर्ड
signup-password-help = कम से कम 8 वर्ण।
signup-submit = खाता बनाएँ
signup-error = साइन अप विफल रहा: { $message }
signup-have-account = पहले से खाता है? लॉग इन करें।
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } ने आपको { $team } में आमंत्रित किया है।
signup-token-invalid = यह आमंत्रण समाप्त हो चुका है या पहले ही उपयोग हो चुका है। नया आमंत्रण माँगें।
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } आपको { $team } में आमंत्रित कर रहे हैं
invite-email-body = { $inviter } (@{ $username }) आपको { $site } पर { $team } से जुड़ने के लिए आमंत्रित कर रहे हैं।
invite-email-action = { $team } से जुड़ें
invite-email-expiry = यह लिंक केवल एक बार, 48 घंटों तक काम करता है। अगर आपको इस आमंत्रण की उम्मीद नहीं थी, तो इस ईमेल को अनदेखा करें।

## Navigation

nav-open-sidebar = चैनल सूची खोलें
nav-close-sidebar = चैनल सूची बंद करें
nav-teams = टीमें
nav-channels = चैनल
nav-public = चैनल
nav-private = निजी चैनल
nav-direct = सीधे संदेश
nav-group = समूह संदेश
nav-mentions = { $count ->
    [one] { $count } उल्लेख
   *[other] { $count } उल्लेख
}
nav-unread = अपठित
nav-create-channel = चैनल बनाएँ
nav-browse-channels = चैनल ब्राउज़ करें
nav-new-message = सीधा संदेश लिखें
nav-logout = लॉग आउट करें
nav-language = भाषा
nav-invite = लोगों को आमंत्रित करें
nav-console = सिस्टम कंसोल
status-online = ऑनलाइन
status-away = दूर
status-dnd = परेशान न करें
status-offline = ऑफ़लाइन

## Channel dialogs

create-title = चैनल बनाएँ
create-name-label = नाम
create-private-label = निजी बनाएँ
create-purpose-label = उद्देश्य (वैकल्पिक)
create-submit = बनाएँ
cancel = रद्द करें
close = बंद करें
browse-title = चैनल ब्राउज़ करें
browse-join = जुड़ें
browse-empty = जुड़ने के लिए कोई और चैनल नहीं है।
dm-title = सीधा संदेश
dm-search-label = लोगों को खोजें
dm-start = शुरू करें
dm-group-hint = सीधे संदेश के लिए एक व्यक्ति चुनें, या समूह के लिए अधिकतम सात।
switcher-title = चैनल बदलें
switcher-label = चैनल का नाम

## Channel

channel-members = { $count ->
    [one] { $count } सदस्य
   *[other] { $count } सदस्य
}
channel-archived = यह चैनल संग्रहीत है।
channel-leave = चैनल छोड़ें
channel-leave-private-confirm = यह निजी चैनल छोड़ें? फिर से शामिल होने के लिए आमंत्रण चाहिए होगा।
channel-loading = लोड हो रहा है…
channel-load-older = पुराने संदेश लोड हो रहे हैं…
channel-beginning = यह चैनल की शुरुआत है।
channel-not-found = यह चैनल मौजूद नहीं है या आप इसे नहीं देख सकते।
messages-label = संदेश
new-messages = नए संदेश
jump-to-newest = सबसे नए पर जाएँ
edited = (संपादित)
post-deleted = (संदेश हटाया गया)
post-sending = भेजा जा रहा है…
post-failed = नहीं भेजा गया।
post-retry = फिर से प्रयास करें
post-discard = त्यागें
post-reply = जवाब दें
post-edit = संपादित करें
post-delete = हटाएँ
post-delete-confirm = यह संदेश हटाएँ?
post-save = सहेजें
post-replies = { $count ->
    [one] { $count } जवाब
   *[other] { $count } जवाब
}
post-time-title = { $time }

## Composer

composer-label = { $channel } में लिखें
composer-placeholder = संदेश लिखें…
composer-reply-label = थ्रेड में जवाब दें
composer-send = भेजें
composer-hint = भेजने के लिए Enter, नई पंक्ति के लिए Shift+Enter
typing-one = { $name } लिख रहे हैं…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } लिख रहे हैं…
typing-many = कई लोग लिख रहे हैं…
autocomplete-here = यहाँ ऑनलाइन सभी लोगों को सूचित करें
autocomplete-channel = इस चैनल के सभी लोगों को सूचित करें
autocomplete-all = इस चैनल के सभी लोगों को सूचित करें

## Threads

thread-title = थ्रेड
thread-close = थ्रेड बंद करें

## Connection

connection-reconnecting = फिर से कनेक्ट हो रहा है…
connection-offline = आप ऑफ़लाइन हैं। कनेक्शन वापस आने पर संदेश भेज दिए जाएँगे।
error-generic = कुछ गड़बड़ हो गई: { $message }

## Profile card

profile-send-message = संदेश भेजें
# $username (String) - the name after the @ that was clicked
profile-not-found = @{ $username } नाम का कोई व्यक्ति नहीं है।

## Settings

nav-settings = सेटिंग्स
settings-title = सेटिंग्स
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (मसौदा)
settings-language-help = मसौदा अनुवादों की अभी किसी मूल भाषी ने जाँच नहीं की है।
settings-pseudo-group = अनुवादकों के लिए

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } ने :{ $emoji }: से प्रतिक्रिया दी

## Files

composer-attach = फ़ाइलें संलग्न करें
composer-drop = संलग्न करने के लिए फ़ाइलें यहाँ छोड़ें
# $name (String) - a file name
upload-sending = { $name } अपलोड की जा रही है
# $name (String) - a file name
upload-cancel = { $name } का अपलोड रद्द करें
# $name (String) - a file name
upload-remove = { $name } हटाएँ
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } बहुत बड़ी है: फ़ाइलें अधिकतम { $max } की हो सकती हैं।
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } अपलोड नहीं की जा सकी। { $message }
# $name (String) - a file name
file-download = { $name } डाउनलोड करें
# $name (String) - a file name
file-open = { $name } को व्यूअर में खोलें
viewer-previous = पिछली छवि
viewer-next = अगली छवि
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = { $count } में से छवि { $index }

## Profile picture

picture-title = प्रोफ़ाइल छवि
picture-preview = आपकी नई छवि, उसी तरह काटी गई जैसे दूसरे उसे देखेंगे
picture-choose = छवि चुनें…
picture-save = छवि सहेजें
picture-reset = स्वचालित रूप से बनी छवि का उपयोग करें

## Emoji picker and custom emoji

composer-emoji = इमोजी डालें
post-react = प्रतिक्रिया जोड़ें
emoji-picker = इमोजी पिकर
emoji-search = इमोजी खोजें
emoji-recent = हाल ही में उपयोग किए गए
emoji-custom = कस्टम इमोजी
emoji-group-smileys = स्माइली और भावनाएँ
emoji-group-people = लोग और शरीर
emoji-group-nature = जानवर और प्रकृति
emoji-group-food = खान-पान
emoji-group-travel = यात्रा और स्थान
emoji-group-activities = गतिविधियाँ
emoji-group-objects = वस्तुएँ
emoji-group-symbols = प्रतीक
emoji-group-flags = झंडे
emoji-none = कोई इमोजी नहीं मिला
emoji-tone-default = डिफ़ॉल्ट त्वचा रंग
emoji-tone-light = हल्की त्वचा
emoji-tone-medium-light = मध्यम हल्की त्वचा
emoji-tone-medium = मध्यम त्वचा
emoji-tone-medium-dark = मध्यम सांवली त्वचा
emoji-tone-dark = सांवली त्वचा
nav-custom-emoji = कस्टम इमोजी
custom-emoji-title = कस्टम इमोजी
custom-emoji-name = नाम
custom-emoji-name-help = अंग्रेज़ी के छोटे अक्षर, अंक और _ + -, अधिकतम 64 वर्ण। संदेशों में इसे :name: के रूप में उपयोग करें।
custom-emoji-image = छवि
custom-emoji-image-help = अधिकतम 1 MB की PNG, JPEG, GIF या WebP छवि। यह 128 × 128 पिक्सेल या उससे छोटे आकार में दिखाई जाती है।
custom-emoji-add = इमोजी जोड़ें
custom-emoji-delete = हटाएँ
# $name (String) - the emoji's name
custom-emoji-delete-confirm = कस्टम इमोजी :{ $name }: हटाएँ? जिन संदेशों में इसका उपयोग हुआ है, उनमें इसकी जगह इसका नाम दिखेगा।

## Search

search-label = संदेश खोजें
search-placeholder = खोजें
search-mentions = हाल के उल्लेख
# $terms (String) - what the person searched for, as typed
search-title = { $terms } के परिणाम
search-close = खोज परिणाम बंद करें
search-none = इस खोज से मेल खाने वाला कोई संदेश नहीं है।
search-searching = खोजा जा रहा है…
search-jump = संदेश पर जाएँ

## Notifications

notify-settings = सूचनाएँ
notify-desktop = डेस्कटॉप सूचनाएँ
notify-push = पुश सूचनाएँ
notify-email = ईमेल सूचनाएँ
notify-all = सभी गतिविधियों के लिए
notify-mention = उल्लेखों और सीधे संदेशों के लिए
notify-none = कभी नहीं
notify-default = मेरी सेटिंग्स के अनुसार
notify-email-off = यह सर्वर ईमेल नहीं भेजता।
notify-first-name = मेरे पहले नाम को भी उल्लेख माना जाए
notify-channel-wide = @channel, @all और @here को उल्लेख माना जाए
notify-keywords = उल्लेख माने जाने वाले अन्य शब्द, अल्पविराम से अलग किए हुए
notify-saved = सहेजा गया।
notify-ask = जब कोई आपका उल्लेख करे या आपको सीधा संदेश भेजे, तो क्या आप डेस्कटॉप सूचना पाना चाहेंगे?
notify-enable = सूचनाएँ चालू करें
notify-dismiss = अभी नहीं
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $channel } में { $sender }
notify-push-browser = जब मैं दूर रहूँ, तब इस ब्राउज़र में पुश सूचनाएँ
notify-push-on = चालू करें
notify-push-off = बंद करें
notify-push-blocked = यह ब्राउज़र इस साइट की सूचनाएँ ब्लॉक करता है।
# $channel (String) - the channel's name
channel-notify-title = { $channel } में सूचनाएँ
channel-notify = सूचना की प्राथमिकताएँ
channel-notify-mute = इस चैनल को म्यूट करें
channel-notify-wide = इस चैनल में @channel, @all और @here को अनदेखा करें
channel-mentions-members = सदस्य @channel, @all और @here से सभी को सूचित कर सकते हैं
channel-wide-title = इस चैनल के सभी लोगों को सूचित करें?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = @{ $mention } का उपयोग करने पर { $count ->
        [one] { $count } व्यक्ति
       *[other] { $count } लोगों
    } को सूचनाएँ भेजी जाएँगी। क्या आप निश्चित हैं?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (केवल आपको दिखाई देता है)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = अपनी स्थिति "दूर" पर सेट करें
command-dnd = परेशान न करें: कोई डेस्कटॉप या पुश सूचना नहीं
command-echo = अपने खाते से टेक्स्ट को दोहराएँ
# Keep the quotes: the message goes between them.
command-echo-hint = "संदेश" [सेकंड में देरी]
command-header = चैनल का हेडर संपादित करें
command-header-hint = [टेक्स्ट]
command-help = वे कमांड दिखाएँ जिनका आप उपयोग कर सकते हैं
command-invite = किसी उपयोगकर्ता को चैनल में आमंत्रित करें
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[उपयोगकर्ता नाम] [~चैनल]
command-join = सार्वजनिक चैनल से जुड़ें
command-join-hint = ~[चैनल]
command-kick = चैनल से किसी सदस्य को हटाएँ
command-kick-hint = @[उपयोगकर्ता नाम]
command-leave = वर्तमान चैनल छोड़ें
command-me = कोई क्रिया दर्शाएँ
command-me-hint = [संदेश]
command-msg = किसी उपयोगकर्ता को सीधा संदेश भेजें
command-msg-hint = @[उपयोगकर्ता नाम] [संदेश]
command-online = अपनी स्थिति "ऑनलाइन" पर सेट करें
command-purpose = चैनल का उद्देश्य संपादित करें
command-purpose-hint = [टेक्स्ट]
command-shrug = आपके संदेश में ¯\_(ツ)_/¯ जोड़ता है
command-shrug-hint = [संदेश]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = संदेश की शुरुआत में / लिखें, तो आपको वे कमांड दिखेंगे जिनका आप उपयोग कर सकते हैं, साथ ही यह भी कि हर कमांड क्या करता है।
command-said-status-away = अब आपकी स्थिति "दूर" है।
command-said-status-online = अब आप ऑनलाइन हैं।
command-said-status-dnd = परेशान न करें चालू है: आपको डेस्कटॉप या पुश सूचनाएँ नहीं मिलेंगी।

## The Integrations dialog

nav-integrations = इंटीग्रेशन
integrations-title = इंटीग्रेशन
integrations-incoming = इनकमिंग वेबहुक
integrations-outgoing = आउटगोइंग वेबहुक
integrations-commands = स्लैश कमांड
integrations-bots = बॉट खाते
integrations-tokens = व्यक्तिगत एक्सेस टोकन
integrations-add = जोड़ें
integrations-edit = संपादित करें
integrations-delete = हटाएँ
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = “{ $name }” हटाएँ? जो कुछ भी इसका उपयोग करता है, वह काम करना बंद कर देगा।
integrations-save = सहेजें
integrations-copy = कॉपी करें
integrations-url = URL
integrations-token = टोकन
integrations-empty = अभी तक कोई नहीं।
integrations-disabled = अक्षम
integrations-disable = अक्षम करें
integrations-enable = सक्षम करें
integrations-name = नाम
integrations-description = विवरण
integrations-channel = चैनल
integrations-any-channel = कोई भी सार्वजनिक चैनल
integrations-locked = केवल इसी चैनल में पोस्ट करें
integrations-username = इसके संदेशों पर दिखने वाला नाम
integrations-icon = इसके संदेशों पर दिखने वाली छवि का URL
integrations-triggers = ट्रिगर शब्द (प्रति पंक्ति एक)
integrations-trigger-when = कब ट्रिगर हो
integrations-first-word = पहला शब्द कोई ट्रिगर शब्द हो
integrations-starts-with = संदेश किसी ट्रिगर शब्द से शुरू हो
integrations-callbacks = कॉलबैक URL (प्रति पंक्ति एक)
integrations-content-type = भेजा जाने वाला फ़ॉर्मैट
integrations-form = फ़ॉर्म फ़ील्ड
integrations-json = JSON
integrations-trigger = कमांड शब्द (स्लैश के बिना)
integrations-request-url = अनुरोध URL
integrations-method = अनुरोध विधि
integrations-post = POST
integrations-get = GET
integrations-autocomplete = संदेश लिखते समय इसका सुझाव दें
integrations-hint = आर्ग्युमेंट संकेत
integrations-autocomplete-desc = यह क्या करता है
integrations-bot-username = उपयोगकर्ता नाम
integrations-bot-display = प्रदर्शित नाम
integrations-token-new = नया टोकन
integrations-token-once = यह टोकन अभी कॉपी कर लें: यह दोबारा नहीं दिखाया जाएगा।
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = { $name } के लिए टोकन
integrations-overrides-off = यह सर्वर इंटीग्रेशन के संदेशों को उनके स्वामी के नाम और छवि के साथ दिखाता है।

## The Invite people dialog

# $team (String) - the team's name
invite-title = लोगों को { $team } में आमंत्रित करें
invite-link-heading = आमंत्रण लिंक
invite-link-help = जिसके पास भी यह लिंक है, वह टीम से जुड़ सकता है।
invite-link-copy = लिंक कॉपी करें
invite-link-copied = कॉपी हो गया
invite-link-reset = नया लिंक बनाएँ
invite-link-reset-help = इसके बाद मौजूदा लिंक काम करना बंद कर देगा।
invite-link-admins-only = केवल टीम के एडमिन ही इसमें लोगों को आमंत्रित कर सकते हैं।
invite-email-heading = ईमेल से आमंत्रित करें
invite-email-help = अल्पविराम, स्पेस या नई पंक्ति से अलग किए गए पते। हर पते को एक लिंक मिलता है जो केवल एक बार, 48 घंटों तक काम करता है।
invite-email-send = आमंत्रण भेजें
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } आमंत्रण भेजा गया।
   *[other] { $count } आमंत्रण भेजे गए।
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = लंबित आमंत्रण
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, { $inviter } की ओर से, { $when } तक मान्य
invite-revoke = वापस लें
invite-joined-heading = किसने किसे आमंत्रित किया
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } को { $inviter } ने आमंत्रित किया
invite-none = अभी तक कोई नहीं।

## The System Console, for the server's admins

console-title = सिस्टम कंसोल
console-tab-users = उपयोगकर्ता
console-tab-terms = आचार संहिता
console-tab-invitations = आमंत्रण
console-tab-audit = ऑडिट लॉग
console-users-search = नाम, उपयोगकर्ता नाम या ईमेल से खोजें
console-user-inactive = निष्क्रिय
console-user-admin = सिस्टम एडमिन
console-user-mfa = दो-कारक चालू
console-user-deactivate = निष्क्रिय करें
console-user-activate = फिर से सक्रिय करें
console-user-make-admin = सिस्टम एडमिन बनाएँ
console-user-remove-admin = सिस्टम एडमिन की भूमिका हटाएँ
console-user-mfa-reset = दो-कारक प्रमाणीकरण बंद करें
console-user-sessions = सत्र
console-user-revoke-all = हर जगह से लॉग आउट करें
console-user-no-sessions = कोई खुला सत्र नहीं है।
console-terms-help = Markdown। हर बदलाव एक नया संस्करण होता है, जिसे सभी को फिर से स्वीकार करना होता है।
console-terms-publish = प्रकाशित करें
console-terms-published = प्रकाशित: सभी से यह संस्करण स्वीकार करने को कहा जाएगा।
console-terms-disabled = यह सर्वर अभी किसी से इसे स्वीकार करने को नहीं कहता: इसके कॉन्फ़िगरेशन में enable_custom_terms_of_service = true सेट करें।
console-invitations-help = इस टीम के लंबित ईमेल आमंत्रण।
console-invitations-revoke-all = सभी टीमों के सभी लंबित आमंत्रण वापस लें
console-audit-when = कब
console-audit-who = किसने
console-audit-action = कार्रवाई
console-audit-details = विवरण
console-audit-address = पता
console-more = और दिखाएँ
