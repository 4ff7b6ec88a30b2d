# Causerie: Hebrew (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = כניסה אל { -brand-name }
login-id-label = דוא״ל או שם משתמש
login-password-label = סיסמה
login-submit = כניסה
login-working = מתבצעת כניסה…
login-error-credentials = דוא״ל, שם משתמש או סיסמה שגויים.
login-error-locked = יותר מדי ניסיונות כושלים. נא לנסות שוב בעוד כמה דקות.
login-error-unreachable = אין אפשרות להתחבר לשרת. נא לבדוק את החיבור ולנסות שוב.
login-error-other = הכניסה נכשלה: { $message }
login-error-code = הקוד שגוי או שכבר נעשה בו שימוש. יש להזין את הקוד הנוכחי.
login-code-label = קוד אימות דו-שלבי
login-code-help = הקוד בן 6 הספרות מאפליקציית האימות, או אחד מקודי השחזור שלך.
terms-title = כללי התנהגות
terms-help = כדי להשתתף יש לקרוא את כללי ההתנהגות ולאשר אותם.
terms-agree = אני מסכים/ה
terms-disagree = אני לא מסכים/ה
mfa-required-title = הגדרת אימות דו-שלבי
mfa-required-help = השרת הזה דורש קוד מאפליקציית אימות בכל כניסה.
mfa-scan = יש לסרוק את קוד ה־QR הזה באפליקציית אימות, או להקליד בה את הקוד הסודי.
mfa-qr-alt = קוד QR לאפליקציית האימות שלך
mfa-secret-label = קוד סודי:
mfa-code-label = הקוד מהאפליקציה
mfa-confirm = הפעלה
mfa-bad-code = הקוד הזה אינו תקף. יש להזין את הקוד הנוכחי מהאפליקציה.
mfa-recovery-help = יש לשמור את קודי השחזור האלה במקום בטוח. אם המכשיר שלך יאבד, כל אחד מהם יאפשר כניסה אחת. הם מוצגים רק עכשיו.
mfa-recovery-download = הורדה
mfa-recovery-copy = העתקה
mfa-continue = המשך
security-title = אבטחה
security-mfa = אימות דו-שלבי
security-mfa-on = מופעל: בכל כניסה נדרש קוד מאפליקציית האימות שלך.
security-mfa-off = כבוי: הסיסמה לבדה מספיקה לכניסה.
security-mfa-turn-on = הפעלה
security-mfa-turn-off = כיבוי
security-mfa-off-code = הקוד הנוכחי, לצורך הכיבוי
security-sessions = היכן החשבון שלך מחובר
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — פעילות אחרונה: { $when }
security-session-revoke = ניתוק
login-server-toggle = שימוש בשרת אחר
login-server-label = כתובת URL של השרת
login-server-help = שרת Mattermost שמתיר גישה מהאתר הזה (CORS). יש להשאיר ריק כדי להשתמש בשרת הזה.
login-no-account = חדשים כאן? אפשר לבקש קישור הזמנה, או להירשם אם השרת הזה מאפשר זאת.
login-signup-link = יצירת חשבון
signup-title = יצירת החשבון שלך
signup-invited = הוזמנת אל { $team }.
signup-invite-invalid = קישור ההזמנה הזה אינו תקף. נא לבקש קישור חדש.
signup-first-user = החשבון שלך הוא הראשון כאן, ולכן הוא ינהל את השרת הזה.
signup-email-label = דוא״ל
signup-username-label = שם משתמש
signup-username-help = 3 עד 22 תווים: אותיות לטיניות קטנות, ספרות, ".", "-" ו־"_".
signup-password-label = סיסמה
signup-password-help = לפחות 8 תווים.
signup-submit = יצירת חשבון
signup-error = ההרשמה נכשלה: { $message }
signup-have-account = כבר יש לך חשבון? אפשר להיכנס.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } הזמין/ה אותך אל { $team }.
signup-token-invalid = תוקף ההזמנה הזאת פג או שכבר נעשה בה שימוש. נא לבקש הזמנה חדשה.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] הזמנה מ־{ $inviter } להצטרף אל { $team }
invite-email-body = { $inviter } (@{ $username }) מזמין/ה אותך להצטרף אל { $team } ב־{ $site }.
invite-email-action = הצטרפות אל { $team }
invite-email-expiry = הקישור הזה פועל פעם אחת בלבד, למשך 48 שעות. אם לא ציפית להזמנה הזאת, אפשר להתעלם מהודעת הדוא״ל הזאת.

## Navigation

nav-open-sidebar = פתיחת רשימת הערוצים
nav-close-sidebar = סגירת רשימת הערוצים
nav-teams = צוותים
nav-channels = ערוצים
nav-public = ערוצים
nav-private = ערוצים פרטיים
nav-direct = הודעות ישירות
nav-group = הודעות קבוצתיות
nav-mentions = { $count ->
    [one] אזכור אחד
    [two] שני אזכורים
   *[other] { $count } אזכורים
}
nav-unread = לא נקרא
nav-create-channel = יצירת ערוץ
nav-browse-channels = עיון בערוצים
nav-new-message = כתיבת הודעה ישירה
nav-logout = יציאה
nav-language = שפה
nav-invite = הזמנת אנשים
nav-console = מסוף המערכת
status-online = מקוון
status-away = לא נמצא
status-dnd = נא לא להפריע
status-offline = לא מקוון

## Channel dialogs

create-title = יצירת ערוץ
create-name-label = שם
create-private-label = ערוץ פרטי
create-purpose-label = מטרה (לא חובה)
create-submit = יצירה
cancel = ביטול
close = סגירה
browse-title = עיון בערוצים
browse-join = הצטרפות
browse-empty = אין ערוצים נוספים להצטרף אליהם.
dm-title = הודעה ישירה
dm-search-label = חיפוש אנשים
dm-start = התחלה
dm-group-hint = יש לבחור אדם אחד להודעה ישירה, או עד שבעה אנשים לקבוצה.
switcher-title = מעבר לערוץ
switcher-label = שם הערוץ

## Channel

channel-members = { $count ->
    [one] חבר אחד
    [two] שני חברים
   *[other] { $count } חברים
}
channel-archived = הערוץ הזה הועבר לארכיון.
channel-leave = עזיבת הערוץ
channel-leave-private-confirm = לעזוב את הערוץ הפרטי הזה? כדי להצטרף אליו שוב תידרש הזמנה.
channel-loading = בטעינה…
channel-load-older = טעינת הודעות ישנות יותר…
channel-beginning = זוהי תחילת הערוץ.
channel-not-found = הערוץ הזה אינו קיים או שאין לך הרשאה לצפות בו.
messages-label = הודעות
new-messages = הודעות חדשות
jump-to-newest = מעבר להודעות האחרונות
edited = (נערכה)
post-deleted = (ההודעה נמחקה)
post-sending = בשליחה…
post-failed = לא נשלחה.
post-retry = ניסיון חוזר
post-discard = הסרה
post-reply = תגובה
post-edit = עריכה
post-delete = מחיקה
post-delete-confirm = למחוק את ההודעה הזאת?
post-save = שמירה
post-replies = { $count ->
    [one] תגובה אחת
    [two] שתי תגובות
   *[other] { $count } תגובות
}
post-time-title = { $time }

## Composer

composer-label = כתיבה אל { $channel }
composer-placeholder = כתיבת הודעה…
composer-reply-label = תגובה בשרשור
composer-send = שליחה
composer-hint = Enter לשליחה, Shift+Enter לשורה חדשה
typing-one = { $name } מקליד/ה…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } מקלידים…
typing-many = כמה אנשים מקלידים…
autocomplete-here = שליחת התראה לכל המחוברים כאן
autocomplete-channel = שליחת התראה לכל חברי הערוץ
autocomplete-all = שליחת התראה לכל חברי הערוץ

## Threads

thread-title = שרשור
thread-close = סגירת השרשור

## Connection

connection-reconnecting = מתבצע חיבור מחדש…
connection-offline = אין חיבור לרשת. ההודעות יישלחו כשהחיבור יחזור.
error-generic = משהו השתבש: { $message }

## Profile card

profile-send-message = שליחת הודעה
# $username (String) - the name after the @ that was clicked
profile-not-found = אין אף אחד בשם @{ $username }.

## Settings

nav-settings = הגדרות
settings-title = הגדרות
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (טיוטה)
settings-language-help = תרגומי טיוטה עדיין לא נבדקו על ידי דובר שפת אם.
settings-pseudo-group = למתרגמים

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } הגיבו עם :{ $emoji }:

## Files

composer-attach = צירוף קבצים
composer-drop = יש לשחרר את הקבצים כאן כדי לצרף אותם
# $name (String) - a file name
upload-sending = { $name } בהעלאה
# $name (String) - a file name
upload-cancel = ביטול ההעלאה של { $name }
# $name (String) - a file name
upload-remove = הסרת { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = הקובץ { $name } גדול מדי: גודל הקובץ המרבי הוא { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = העלאת הקובץ { $name } נכשלה. { $message }
# $name (String) - a file name
file-download = הורדת { $name }
# $name (String) - a file name
file-open = פתיחת { $name } במציג
viewer-previous = התמונה הקודמת
viewer-next = התמונה הבאה
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = תמונה { $index } מתוך { $count }

## Profile picture

picture-title = תמונת פרופיל
picture-preview = התמונה החדשה שלך, חתוכה כפי שאחרים יראו אותה
picture-choose = בחירת תמונה…
picture-save = שמירת התמונה
picture-reset = שימוש בתמונה שנוצרה אוטומטית

## Emoji picker and custom emoji

composer-emoji = הכנסת אמוג׳י
post-react = הוספת תגובת אמוג׳י
emoji-picker = בורר אמוג׳י
emoji-search = חיפוש אמוג׳י
emoji-recent = בשימוש לאחרונה
emoji-custom = אמוג׳י מותאמים אישית
emoji-group-smileys = סמיילים ורגשות
emoji-group-people = אנשים וגוף
emoji-group-nature = בעלי חיים וטבע
emoji-group-food = מזון ומשקאות
emoji-group-travel = נסיעות ומקומות
emoji-group-activities = פעילויות
emoji-group-objects = חפצים
emoji-group-symbols = סמלים
emoji-group-flags = דגלים
emoji-none = לא נמצאו אמוג׳י
emoji-tone-default = גוון עור ברירת מחדל
emoji-tone-light = גוון עור בהיר
emoji-tone-medium-light = גוון עור בהיר בינוני
emoji-tone-medium = גוון עור בינוני
emoji-tone-medium-dark = גוון עור כהה בינוני
emoji-tone-dark = גוון עור כהה
nav-custom-emoji = אמוג׳י מותאמים אישית
custom-emoji-title = אמוג׳י מותאמים אישית
custom-emoji-name = שם
custom-emoji-name-help = אותיות לטיניות קטנות, ספרות ו־_ + -, עד 64 תווים. בהודעות יש להשתמש בו בצורה :name:.
custom-emoji-image = תמונה
custom-emoji-image-help = תמונה בפורמט PNG, JPEG, GIF או WebP בגודל של עד 1 MB. היא מוצגת בגודל 128 × 128 פיקסלים או קטן יותר.
custom-emoji-add = הוספת אמוג׳י
custom-emoji-delete = מחיקה
# $name (String) - the emoji's name
custom-emoji-delete-confirm = למחוק את האמוג׳י המותאם אישית :{ $name }:? בהודעות שמשתמשות בו יוצג שמו במקומו.

## Search

search-label = חיפוש בהודעות
search-placeholder = חיפוש
search-mentions = אזכורים אחרונים
# $terms (String) - what the person searched for, as typed
search-title = תוצאות עבור { $terms }
search-close = סגירת תוצאות החיפוש
search-none = אין הודעות שתואמות לחיפוש הזה.
search-searching = בחיפוש…
search-jump = מעבר להודעה

## Notifications

notify-settings = התראות
notify-desktop = התראות בשולחן העבודה
notify-push = התראות Push
notify-email = התראות בדוא״ל
notify-all = על כל פעילות
notify-mention = על אזכורים והודעות ישירות
notify-none = אף פעם
notify-default = לפי ההגדרות שלי
notify-email-off = השרת הזה לא שולח דוא״ל.
notify-first-name = השם הפרטי שלי נחשב לאזכור
notify-channel-wide = גם @channel, @all ו־@here נחשבים לאזכורים
notify-keywords = מילים נוספות שנחשבות לאזכורים, מופרדות בפסיקים
notify-saved = נשמר.
notify-ask = לקבל התראה בשולחן העבודה כשמישהו מאזכר אותך או שולח לך הודעה ישירה?
notify-enable = הפעלת התראות
notify-dismiss = לא עכשיו
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } בערוץ { $channel }
notify-push-browser = התראות Push בדפדפן הזה בזמן היעדרות
notify-push-on = הפעלה
notify-push-off = כיבוי
notify-push-blocked = הדפדפן הזה חוסם התראות מהאתר הזה.
# $channel (String) - the channel's name
channel-notify-title = התראות בערוץ { $channel }
channel-notify = העדפות התראות
channel-notify-mute = השתקת הערוץ הזה
channel-notify-wide = התעלמות מ־@channel, @all ו־@here בערוץ הזה
channel-mentions-members = חברי הערוץ יכולים לשלוח התראה לכולם באמצעות @channel, @all ו־@here
channel-wide-title = לשלוח התראה לכל חברי הערוץ?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = השימוש ב־@{ $mention } ישלח התראות { $count ->
        [one] לאדם אחד
        [two] לשני אנשים
       *[other] ל־{ $count } אנשים
    }. להמשיך?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (גלוי רק לך)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = שינוי הסטטוס שלך ל"לא נמצא"
command-dnd = נא לא להפריע: ללא התראות בשולחן העבודה או התראות Push
command-echo = הדהוד טקסט מהחשבון שלך
# Keep the quotes: the message goes between them.
command-echo-hint = "הודעה" [השהיה בשניות]
command-header = עריכת כותרת הערוץ
command-header-hint = [טקסט]
command-help = הצגת הפקודות שזמינות לך
command-invite = הזמנת משתמש לערוץ
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[שם משתמש] [~ערוץ]
command-join = הצטרפות לערוץ ציבורי
command-join-hint = ~[ערוץ]
command-kick = הסרת חבר מהערוץ
command-kick-hint = @[שם משתמש]
command-leave = עזיבת הערוץ הנוכחי
command-me = תיאור פעולה
command-me-hint = [הודעה]
command-msg = שליחת הודעה ישירה למשתמש
command-msg-hint = @[שם משתמש] [הודעה]
command-online = שינוי הסטטוס שלך ל"מקוון"
command-purpose = עריכת מטרת הערוץ
command-purpose-hint = [טקסט]
command-shrug = הוספת ¯\_(ツ)_/¯ להודעה שלך
command-shrug-hint = [הודעה]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = יש להקליד / בתחילת ההודעה כדי לראות את הפקודות שזמינות לך ומה כל אחת מהן עושה.
command-said-status-away = הסטטוס שלך הוא עכשיו "לא נמצא".
command-said-status-online = הסטטוס שלך הוא עכשיו "מקוון".
command-said-status-dnd = מצב "נא לא להפריע" מופעל: לא יישלחו אליך התראות בשולחן העבודה או התראות Push.

## The Integrations dialog

nav-integrations = שילובים
integrations-title = שילובים
integrations-incoming = Webhooks נכנסים
integrations-outgoing = Webhooks יוצאים
integrations-commands = פקודות לוכסן
integrations-bots = חשבונות בוט
integrations-tokens = אסימוני גישה אישיים
integrations-add = הוספה
integrations-edit = עריכה
integrations-delete = מחיקה
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = למחוק את "{ $name }"? כל מה שמשתמש בו יפסיק לפעול.
integrations-save = שמירה
integrations-copy = העתקה
integrations-url = כתובת URL
integrations-token = אסימון
integrations-empty = אין עדיין.
integrations-disabled = מושבת
integrations-disable = השבתה
integrations-enable = הפעלה
integrations-name = שם
integrations-description = תיאור
integrations-channel = ערוץ
integrations-any-channel = כל ערוץ ציבורי
integrations-locked = פרסום בערוץ הזה בלבד
integrations-username = השם שיוצג בהודעות שלו
integrations-icon = כתובת URL של התמונה שתוצג בהודעות שלו
integrations-triggers = מילות הפעלה (אחת בכל שורה)
integrations-trigger-when = מופעל כאשר
integrations-first-word = המילה הראשונה היא מילת הפעלה
integrations-starts-with = ההודעה מתחילה במילת הפעלה
integrations-callbacks = כתובות URL לקריאה חוזרת (אחת בכל שורה)
integrations-content-type = הפורמט שנשלח
integrations-form = שדות טופס
integrations-json = JSON
integrations-trigger = מילת הפקודה (בלי הלוכסן)
integrations-request-url = כתובת URL של הבקשה
integrations-method = שיטת הבקשה
integrations-post = POST
integrations-get = GET
integrations-autocomplete = הצעת הפקודה בזמן כתיבת הודעה
integrations-hint = רמז לארגומנטים
integrations-autocomplete-desc = מה היא עושה
integrations-bot-username = שם משתמש
integrations-bot-display = שם תצוגה
integrations-token-new = אסימון חדש
integrations-token-once = יש להעתיק את האסימון הזה עכשיו: הוא לא יוצג שוב.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = אסימון עבור { $name }
integrations-overrides-off = השרת הזה מציג הודעות של שילובים תחת השם והתמונה של הבעלים שלהם.

## The Invite people dialog

# $team (String) - the team's name
invite-title = הזמנת אנשים אל { $team }
invite-link-heading = קישור הזמנה
invite-link-help = כל מי שיש לו את הקישור הזה יכול להצטרף לצוות.
invite-link-copy = העתקת הקישור
invite-link-copied = הועתק
invite-link-reset = יצירת קישור חדש
invite-link-reset-help = הקישור הנוכחי יפסיק אז לפעול.
invite-link-admins-only = רק מנהלי הצוות יכולים להזמין אליו אנשים.
invite-email-heading = הזמנה בדוא״ל
invite-email-help = כתובות מופרדות בפסיקים, ברווחים או בשורות. כל כתובת מקבלת קישור שפועל פעם אחת בלבד, למשך 48 שעות.
invite-email-send = שליחת הזמנות
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] נשלחה הזמנה אחת.
    [two] נשלחו שתי הזמנות.
   *[other] נשלחו { $count } הזמנות.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = הזמנות ממתינות
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, מאת { $inviter }, בתוקף עד { $when }
invite-revoke = ביטול ההזמנה
invite-joined-heading = מי הזמין את מי
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } הוזמן/ה על ידי { $inviter }
invite-none = אין עדיין.

## The System Console, for the server's admins

console-title = מסוף המערכת
console-tab-users = משתמשים
console-tab-terms = כללי התנהגות
console-tab-invitations = הזמנות
console-tab-audit = יומן ביקורת
console-users-search = חיפוש לפי שם, שם משתמש או דוא״ל
console-user-inactive = מושבת
console-user-admin = מנהל מערכת
console-user-mfa = אימות דו-שלבי מופעל
console-user-deactivate = השבתה
console-user-activate = הפעלה מחדש
console-user-make-admin = הפיכה למנהל מערכת
console-user-remove-admin = הסרת הרשאות מנהל מערכת
console-user-mfa-reset = כיבוי אימות דו-שלבי
console-user-sessions = חיבורים
console-user-revoke-all = ניתוק מכל המכשירים
console-user-no-sessions = אין חיבורים פתוחים.
console-terms-help = Markdown. כל שינוי הוא גרסה חדשה, שכולם צריכים לאשר מחדש.
console-terms-publish = פרסום
console-terms-published = פורסם: כולם יתבקשו לאשר את הגרסה הזאת.
console-terms-disabled = השרת הזה עדיין לא מבקש מאף אחד לאשר אותם: יש להגדיר enable_custom_terms_of_service = true בתצורה שלו.
console-invitations-help = הזמנות ממתינות בדוא״ל לצוות הזה.
console-invitations-revoke-all = ביטול כל ההזמנות הממתינות, בכל הצוותים
console-audit-when = מתי
console-audit-who = מי
console-audit-action = פעולה
console-audit-details = פרטים
console-audit-address = כתובת
console-more = הצגת עוד
