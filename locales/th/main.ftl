# Causerie: Thai (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = เข้าสู่ระบบ { -brand-name }
login-id-label = อีเมลหรือชื่อผู้ใช้
login-password-label = รหัสผ่าน
login-submit = เข้าสู่ระบบ
login-working = กำลังเข้าสู่ระบบ…
login-error-credentials = อีเมล ชื่อผู้ใช้ หรือรหัสผ่านไม่ถูกต้อง
login-error-locked = ลองเข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป โปรดลองอีกครั้งในอีกสักครู่
login-error-unreachable = ไม่สามารถติดต่อเซิร์ฟเวอร์ได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง
login-error-other = เข้าสู่ระบบไม่สำเร็จ: { $message }
login-error-code = รหัสไม่ถูกต้องหรือถูกใช้ไปแล้ว โปรดป้อนรหัสปัจจุบัน
login-code-label = รหัสยืนยันแบบสองขั้นตอน
login-code-help = รหัส 6 หลักจากแอปยืนยันตัวตนของคุณ หรือรหัสกู้คืนรหัสใดรหัสหนึ่งของคุณ
terms-title = หลักปฏิบัติ
terms-help = โปรดอ่านและยอมรับหลักปฏิบัติเพื่อเข้าร่วม
terms-agree = ฉันยอมรับ
terms-disagree = ฉันไม่ยอมรับ
mfa-required-title = ตั้งค่าการยืนยันตัวตนแบบสองขั้นตอน
mfa-required-help = เซิร์ฟเวอร์นี้กำหนดให้ใช้รหัสจากแอปยืนยันตัวตนทุกครั้งที่เข้าสู่ระบบ
mfa-scan = สแกนคิวอาร์โค้ดนี้ด้วยแอปยืนยันตัวตน หรือพิมพ์รหัสลับลงในแอป
mfa-qr-alt = คิวอาร์โค้ดสำหรับแอปยืนยันตัวตนของคุณ
mfa-secret-label = รหัสลับ:
mfa-code-label = รหัสจากแอป
mfa-confirm = เปิด
mfa-bad-code = รหัสนั้นไม่ถูกต้อง โปรดป้อนรหัสปัจจุบันจากแอป
mfa-recovery-help = เก็บรหัสกู้คืนเหล่านี้ไว้ในที่ปลอดภัย หากคุณทำอุปกรณ์หาย แต่ละรหัสจะใช้เข้าสู่ระบบได้หนึ่งครั้ง รหัสเหล่านี้จะแสดงเพียงครั้งนี้เท่านั้น
mfa-recovery-download = ดาวน์โหลด
mfa-recovery-copy = คัดลอก
mfa-continue = ดำเนินการต่อ
security-title = ความปลอดภัย
security-mfa = การยืนยันตัวตนแบบสองขั้นตอน
security-mfa-on = เปิดอยู่: การเข้าสู่ระบบจะขอรหัสจากแอปยืนยันตัวตนของคุณ
security-mfa-off = ปิดอยู่: ใช้เพียงรหัสผ่านก็เข้าสู่ระบบได้
security-mfa-turn-on = เปิด
security-mfa-turn-off = ปิด
security-mfa-off-code = รหัสปัจจุบัน เพื่อปิดการยืนยัน
security-sessions = ที่ที่คุณเข้าสู่ระบบอยู่
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — ใช้งานล่าสุด { $when }
security-session-revoke = ออกจากระบบ
login-server-toggle = ใช้เซิร์ฟเวอร์อื่น
login-server-label = URL ของเซิร์ฟเวอร์
login-server-help = เซิร์ฟเวอร์ Mattermost ที่อนุญาตเว็บไซต์นี้ (CORS) เว้นว่างไว้เพื่อใช้เซิร์ฟเวอร์นี้
login-no-account = เพิ่งมาใหม่ใช่ไหม ขอลิงก์เชิญ หรือสมัครสมาชิกหากเซิร์ฟเวอร์นี้อนุญาต
login-signup-link = สร้างบัญชี
signup-title = สร้างบัญชีของคุณ
signup-invited = คุณได้รับเชิญให้เข้าร่วมทีม { $team }
signup-invite-invalid = ลิงก์เชิญนี้ใช้ไม่ได้ โปรดขอลิงก์ใหม่
signup-first-user = คุณเป็นคนแรกที่นี่ บัญชีของคุณจะเป็นผู้ดูแลเซิร์ฟเวอร์นี้
signup-email-label = อีเมล
signup-username-label = ชื่อผู้ใช้
signup-username-help = 3 ถึง 22 ตัวอักษร ได้แก่ อักษรตัวพิมพ์เล็ก ตัวเลข "." "-" และ "_"
signup-password-label = รหัสผ่าน
signup-password-help = อย่างน้อย 8 ตัวอักษร
signup-submit = สร้างบัญชี
signup-error = สมัครสมาชิกไม่สำเร็จ: { $message }
signup-have-account = มีบัญชีอยู่แล้วใช่ไหม เข้าสู่ระบบ
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } เชิญคุณเข้าร่วมทีม { $team }
signup-token-invalid = คำเชิญนี้หมดอายุหรือถูกใช้ไปแล้ว โปรดขอคำเชิญใหม่
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } เชิญคุณเข้าร่วมทีม { $team }
invite-email-body = { $inviter } (@{ $username }) เชิญคุณเข้าร่วมทีม { $team } บน { $site }
invite-email-action = เข้าร่วม { $team }
invite-email-expiry = ลิงก์นี้ใช้ได้ครั้งเดียวภายใน 48 ชั่วโมง หากคุณไม่ได้คาดว่าจะได้รับคำเชิญนี้ โปรดเพิกเฉยต่ออีเมลนี้

## Navigation

nav-open-sidebar = เปิดรายการช่อง
nav-close-sidebar = ปิดรายการช่อง
nav-teams = ทีม
nav-channels = ช่อง
nav-public = ช่อง
nav-private = ช่องส่วนตัว
nav-direct = ข้อความโดยตรง
nav-group = ข้อความกลุ่ม
nav-mentions = { $count ->
   *[other] การกล่าวถึง { $count } รายการ
}
nav-unread = ยังไม่ได้อ่าน
nav-create-channel = สร้างช่อง
nav-browse-channels = เรียกดูช่อง
nav-new-message = เขียนข้อความโดยตรง
nav-logout = ออกจากระบบ
nav-language = ภาษา
nav-invite = เชิญผู้คน
nav-console = คอนโซลระบบ
status-online = ออนไลน์
status-away = ไม่อยู่
status-dnd = ห้ามรบกวน
status-offline = ออฟไลน์

## Channel dialogs

create-title = สร้างช่อง
create-name-label = ชื่อ
create-private-label = ตั้งเป็นช่องส่วนตัว
create-purpose-label = วัตถุประสงค์ (ไม่บังคับ)
create-submit = สร้าง
cancel = ยกเลิก
close = ปิด
browse-title = เรียกดูช่อง
browse-join = เข้าร่วม
browse-empty = ไม่มีช่องอื่นให้เข้าร่วม
dm-title = ข้อความโดยตรง
dm-search-label = ค้นหาผู้คน
dm-start = เริ่ม
dm-group-hint = เลือกหนึ่งคนเพื่อส่งข้อความโดยตรง หรือสูงสุดเจ็ดคนเพื่อสร้างกลุ่ม
switcher-title = สลับช่อง
switcher-label = ชื่อช่อง

## Channel

channel-members = { $count ->
   *[other] สมาชิก { $count } คน
}
channel-archived = ช่องนี้ถูกเก็บถาวรแล้ว
channel-leave = ออกจากช่อง
channel-leave-private-confirm = ออกจากช่องส่วนตัวนี้ใช่ไหม หากต้องการเข้าร่วมอีกครั้งจะต้องได้รับคำเชิญ
channel-loading = กำลังโหลด…
channel-load-older = กำลังโหลดข้อความเก่า…
channel-beginning = นี่คือจุดเริ่มต้นของช่อง
channel-not-found = ไม่มีช่องนี้ หรือคุณไม่มีสิทธิ์ดูช่องนี้
messages-label = ข้อความ
new-messages = ข้อความใหม่
jump-to-newest = ไปที่ข้อความล่าสุด
edited = (แก้ไขแล้ว)
post-deleted = (ข้อความถูกลบแล้ว)
post-sending = กำลังส่ง…
post-failed = ส่งไม่สำเร็จ
post-retry = ลองอีกครั้ง
post-discard = ทิ้ง
post-reply = ตอบกลับ
post-edit = แก้ไข
post-delete = ลบ
post-delete-confirm = ลบข้อความนี้ใช่ไหม
post-save = บันทึก
post-replies = { $count ->
   *[other] การตอบกลับ { $count } รายการ
}
post-time-title = { $time }

## Composer

composer-label = ส่งข้อความใน { $channel }
composer-placeholder = เขียนข้อความ…
composer-reply-label = ตอบกลับในเธรด
composer-send = ส่ง
composer-hint = กด Enter เพื่อส่ง กด Shift+Enter เพื่อขึ้นบรรทัดใหม่
typing-one = { $name } กำลังพิมพ์…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } กำลังพิมพ์…
typing-many = หลายคนกำลังพิมพ์…
autocomplete-here = แจ้งเตือนทุกคนที่ออนไลน์อยู่ที่นี่
autocomplete-channel = แจ้งเตือนทุกคนในช่องนี้
autocomplete-all = แจ้งเตือนทุกคนในช่องนี้

## Threads

thread-title = เธรด
thread-close = ปิดเธรด

## Connection

connection-reconnecting = กำลังเชื่อมต่อใหม่…
connection-offline = คุณออฟไลน์อยู่ ข้อความจะถูกส่งเมื่อกลับมาเชื่อมต่อได้
error-generic = เกิดข้อผิดพลาด: { $message }

## Profile card

profile-send-message = ส่งข้อความ
# $username (String) - the name after the @ that was clicked
profile-not-found = ไม่มีผู้ใช้ชื่อ @{ $username }

## Settings

nav-settings = การตั้งค่า
settings-title = การตั้งค่า
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (ฉบับร่าง)
settings-language-help = คำแปลฉบับร่างยังไม่ได้รับการตรวจสอบโดยเจ้าของภาษา
settings-pseudo-group = สำหรับผู้แปล

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } แสดงความรู้สึกด้วย :{ $emoji }:

## Files

composer-attach = แนบไฟล์
composer-drop = วางไฟล์ที่นี่เพื่อแนบ
# $name (String) - a file name
upload-sending = กำลังอัปโหลด { $name }
# $name (String) - a file name
upload-cancel = ยกเลิกการอัปโหลด { $name }
# $name (String) - a file name
upload-remove = นำ { $name } ออก
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } มีขนาดใหญ่เกินไป ไฟล์ต้องมีขนาดไม่เกิน { $max }
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = อัปโหลด { $name } ไม่สำเร็จ { $message }
# $name (String) - a file name
file-download = ดาวน์โหลด { $name }
# $name (String) - a file name
file-open = เปิด { $name } ในตัวแสดงภาพ
viewer-previous = ภาพก่อนหน้า
viewer-next = ภาพถัดไป
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = ภาพที่ { $index } จาก { $count }

## Profile picture

picture-title = ภาพโปรไฟล์
picture-preview = ภาพใหม่ของคุณ ครอบตัดตามที่ผู้อื่นจะเห็น
picture-choose = เลือกภาพ…
picture-save = บันทึกภาพ
picture-reset = ใช้ภาพที่สร้างขึ้นโดยอัตโนมัติ

## Emoji picker and custom emoji

composer-emoji = แทรกอีโมจิ
post-react = เพิ่มการแสดงความรู้สึก
emoji-picker = ตัวเลือกอีโมจิ
emoji-search = ค้นหาอีโมจิ
emoji-recent = ใช้ล่าสุด
emoji-custom = อีโมจิที่กำหนดเอง
emoji-group-smileys = หน้ายิ้มและอารมณ์
emoji-group-people = ผู้คนและร่างกาย
emoji-group-nature = สัตว์และธรรมชาติ
emoji-group-food = อาหารและเครื่องดื่ม
emoji-group-travel = การเดินทางและสถานที่
emoji-group-activities = กิจกรรม
emoji-group-objects = วัตถุ
emoji-group-symbols = สัญลักษณ์
emoji-group-flags = ธง
emoji-none = ไม่พบอีโมจิ
emoji-tone-default = สีผิวเริ่มต้น
emoji-tone-light = สีผิวอ่อน
emoji-tone-medium-light = สีผิวค่อนข้างอ่อน
emoji-tone-medium = สีผิวปานกลาง
emoji-tone-medium-dark = สีผิวค่อนข้างเข้ม
emoji-tone-dark = สีผิวเข้ม
nav-custom-emoji = อีโมจิที่กำหนดเอง
custom-emoji-title = อีโมจิที่กำหนดเอง
custom-emoji-name = ชื่อ
custom-emoji-name-help = อักษรตัวพิมพ์เล็ก ตัวเลข และ _ + - ไม่เกิน 64 ตัวอักษร ใช้ในข้อความในรูปแบบ :name:
custom-emoji-image = ภาพ
custom-emoji-image-help = ภาพ PNG, JPEG, GIF หรือ WebP ขนาดไม่เกิน 1 MB จะแสดงที่ขนาด 128 × 128 พิกเซลหรือเล็กกว่า
custom-emoji-add = เพิ่มอีโมจิ
custom-emoji-delete = ลบ
# $name (String) - the emoji's name
custom-emoji-delete-confirm = ลบอีโมจิที่กำหนดเอง :{ $name }: ใช่ไหม ข้อความที่ใช้อีโมจินี้จะแสดงชื่อของอีโมจิแทน

## Search

search-label = ค้นหาข้อความ
search-placeholder = ค้นหา
search-mentions = การกล่าวถึงล่าสุด
# $terms (String) - what the person searched for, as typed
search-title = ผลการค้นหาสำหรับ { $terms }
search-close = ปิดผลการค้นหา
search-none = ไม่มีข้อความที่ตรงกับการค้นหานี้
search-searching = กำลังค้นหา…
search-jump = ไปที่ข้อความ

## Notifications

notify-settings = การแจ้งเตือน
notify-desktop = การแจ้งเตือนบนเดสก์ท็อป
notify-push = การแจ้งเตือนแบบพุช
notify-email = การแจ้งเตือนทางอีเมล
notify-all = สำหรับกิจกรรมทั้งหมด
notify-mention = สำหรับการกล่าวถึงและข้อความโดยตรง
notify-none = ไม่ต้องแจ้งเตือน
notify-default = ตามการตั้งค่าของฉัน
notify-email-off = เซิร์ฟเวอร์นี้ไม่ส่งอีเมล
notify-first-name = นับชื่อจริงของฉันเป็นการกล่าวถึง
notify-channel-wide = นับ @channel, @all และ @here เป็นการกล่าวถึง
notify-keywords = คำอื่นที่นับเป็นการกล่าวถึง คั่นด้วยจุลภาค
notify-saved = บันทึกแล้ว
notify-ask = รับการแจ้งเตือนบนเดสก์ท็อปเมื่อมีคนกล่าวถึงคุณหรือส่งข้อความโดยตรงถึงคุณไหม
notify-enable = เปิดการแจ้งเตือน
notify-dismiss = ไว้ทีหลัง
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } ใน { $channel }
notify-push-browser = การแจ้งเตือนแบบพุชในเบราว์เซอร์นี้เมื่อฉันไม่อยู่
notify-push-on = เปิด
notify-push-off = ปิด
notify-push-blocked = เบราว์เซอร์นี้บล็อกการแจ้งเตือนจากเว็บไซต์นี้
# $channel (String) - the channel's name
channel-notify-title = การแจ้งเตือนใน { $channel }
channel-notify = การตั้งค่าการแจ้งเตือน
channel-notify-mute = ปิดเสียงช่องนี้
channel-notify-wide = ไม่สนใจ @channel, @all และ @here ในช่องนี้
channel-mentions-members = สมาชิกสามารถแจ้งเตือนทุกคนด้วย @channel, @all และ @here
channel-wide-title = แจ้งเตือนทุกคนในช่องนี้ใช่ไหม
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = การใช้ @{ $mention } จะส่งการแจ้งเตือนถึง { $count ->
       *[other] { $count } คน
    } คุณแน่ใจหรือไม่

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (มีเพียงคุณที่เห็น)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = ตั้งสถานะของคุณเป็นไม่อยู่
command-dnd = ห้ามรบกวน: ไม่มีการแจ้งเตือนบนเดสก์ท็อปหรือการแจ้งเตือนแบบพุช
command-echo = ส่งข้อความซ้ำกลับมาจากบัญชีของคุณ
# Keep the quotes: the message goes between them.
command-echo-hint = "ข้อความ" [หน่วงเวลาเป็นวินาที]
command-header = แก้ไขส่วนหัวของช่อง
command-header-hint = [ข้อความ]
command-help = แสดงคำสั่งที่คุณใช้ได้
command-invite = เชิญผู้ใช้เข้าช่อง
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[ชื่อผู้ใช้] [~ช่อง]
command-join = เข้าร่วมช่องสาธารณะ
command-join-hint = ~[ช่อง]
command-kick = นำสมาชิกออกจากช่อง
command-kick-hint = @[ชื่อผู้ใช้]
command-leave = ออกจากช่องปัจจุบัน
command-me = แสดงการกระทำ
command-me-hint = [ข้อความ]
command-msg = ส่งข้อความโดยตรงถึงผู้ใช้
command-msg-hint = @[ชื่อผู้ใช้] [ข้อความ]
command-online = ตั้งสถานะของคุณเป็นออนไลน์
command-purpose = แก้ไขวัตถุประสงค์ของช่อง
command-purpose-hint = [ข้อความ]
command-shrug = เพิ่ม ¯\_(ツ)_/¯ ลงในข้อความของคุณ
command-shrug-hint = [ข้อความ]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = พิมพ์ / ที่ต้นข้อความเพื่อดูคำสั่งที่คุณใช้ได้ พร้อมคำอธิบายว่าแต่ละคำสั่งทำอะไร
command-said-status-away = ตอนนี้สถานะของคุณคือไม่อยู่
command-said-status-online = ตอนนี้คุณออนไลน์อยู่
command-said-status-dnd = เปิดห้ามรบกวนแล้ว คุณจะไม่ได้รับการแจ้งเตือนบนเดสก์ท็อปหรือการแจ้งเตือนแบบพุช

## The Integrations dialog

nav-integrations = การผสานรวม
integrations-title = การผสานรวม
integrations-incoming = เว็บฮุกขาเข้า
integrations-outgoing = เว็บฮุกขาออก
integrations-commands = คำสั่งแบบสแลช
integrations-bots = บัญชีบอต
integrations-tokens = โทเค็นการเข้าถึงส่วนบุคคล
integrations-add = เพิ่ม
integrations-edit = แก้ไข
integrations-delete = ลบ
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = ลบ “{ $name }” ใช่ไหม ทุกอย่างที่ใช้สิ่งนี้จะหยุดทำงาน
integrations-save = บันทึก
integrations-copy = คัดลอก
integrations-url = URL
integrations-token = โทเค็น
integrations-empty = ยังไม่มี
integrations-disabled = ปิดใช้งานอยู่
integrations-disable = ปิดใช้งาน
integrations-enable = เปิดใช้งาน
integrations-name = ชื่อ
integrations-description = คำอธิบาย
integrations-channel = ช่อง
integrations-any-channel = ช่องสาธารณะใดก็ได้
integrations-locked = โพสต์ในช่องนี้เท่านั้น
integrations-username = ชื่อที่แสดงในข้อความของรายการนี้
integrations-icon = URL ของภาพที่แสดงในข้อความของรายการนี้
integrations-triggers = คำที่ใช้เรียก (บรรทัดละหนึ่งคำ)
integrations-trigger-when = ทำงานเมื่อ
integrations-first-word = คำแรกเป็นคำที่ใช้เรียก
integrations-starts-with = ข้อความขึ้นต้นด้วยคำที่ใช้เรียก
integrations-callbacks = URL สำหรับเรียกกลับ (บรรทัดละหนึ่งรายการ)
integrations-content-type = รูปแบบที่ส่ง
integrations-form = ช่องข้อมูลในฟอร์ม
integrations-json = JSON
integrations-trigger = คำสั่ง (ไม่ต้องมีเครื่องหมายสแลช)
integrations-request-url = URL ของคำขอ
integrations-method = เมธอดของคำขอ
integrations-post = POST
integrations-get = GET
integrations-autocomplete = แนะนำคำสั่งนี้ขณะเขียนข้อความ
integrations-hint = คำแนะนำอาร์กิวเมนต์
integrations-autocomplete-desc = สิ่งที่คำสั่งนี้ทำ
integrations-bot-username = ชื่อผู้ใช้
integrations-bot-display = ชื่อที่แสดง
integrations-token-new = โทเค็นใหม่
integrations-token-once = คัดลอกโทเค็นนี้เลย เพราะจะไม่แสดงอีก
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = โทเค็นสำหรับ { $name }
integrations-overrides-off = เซิร์ฟเวอร์นี้แสดงข้อความของการผสานรวมภายใต้ชื่อและภาพของเจ้าของ

## The Invite people dialog

# $team (String) - the team's name
invite-title = เชิญผู้คนเข้าร่วมทีม { $team }
invite-link-heading = ลิงก์เชิญ
invite-link-help = ทุกคนที่มีลิงก์นี้สามารถเข้าร่วมทีมได้
invite-link-copy = คัดลอกลิงก์
invite-link-copied = คัดลอกแล้ว
invite-link-reset = สร้างลิงก์ใหม่
invite-link-reset-help = จากนั้นลิงก์ปัจจุบันจะใช้ไม่ได้อีก
invite-link-admins-only = เฉพาะผู้ดูแลทีมเท่านั้นที่เชิญผู้คนเข้าร่วมทีมได้
invite-email-heading = เชิญทางอีเมล
invite-email-help = ที่อยู่อีเมลที่คั่นด้วยจุลภาค ช่องว่าง หรือการขึ้นบรรทัดใหม่ แต่ละที่อยู่จะได้รับลิงก์ที่ใช้ได้ครั้งเดียวภายใน 48 ชั่วโมง
invite-email-send = ส่งคำเชิญ
# $count (Number) - invitations sent
invite-email-sent = { $count ->
   *[other] ส่งคำเชิญแล้ว { $count } รายการ
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = คำเชิญที่รอการตอบรับ
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email } จาก { $inviter } ใช้ได้ถึง { $when }
invite-revoke = เพิกถอน
invite-joined-heading = ใครเชิญใคร
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } ได้รับเชิญจาก { $inviter }
invite-none = ยังไม่มี

## The System Console, for the server's admins

console-title = คอนโซลระบบ
console-tab-users = ผู้ใช้
console-tab-terms = หลักปฏิบัติ
console-tab-invitations = คำเชิญ
console-tab-audit = บันทึกการตรวจสอบ
console-users-search = ค้นหาตามชื่อ ชื่อผู้ใช้ หรืออีเมล
console-user-inactive = ปิดใช้งานแล้ว
console-user-admin = ผู้ดูแลระบบ
console-user-mfa = เปิดการยืนยันแบบสองขั้นตอนอยู่
console-user-deactivate = ปิดใช้งาน
console-user-activate = เปิดใช้งานอีกครั้ง
console-user-make-admin = ตั้งเป็นผู้ดูแลระบบ
console-user-remove-admin = ยกเลิกสิทธิ์ผู้ดูแลระบบ
console-user-mfa-reset = ปิดการยืนยันแบบสองขั้นตอน
console-user-sessions = เซสชัน
console-user-revoke-all = ออกจากระบบทุกที่
console-user-no-sessions = ไม่มีเซสชันที่เปิดอยู่
console-terms-help = Markdown การเปลี่ยนแปลงแต่ละครั้งคือเวอร์ชันใหม่ ซึ่งทุกคนต้องยอมรับอีกครั้ง
console-terms-publish = เผยแพร่
console-terms-published = เผยแพร่แล้ว: ทุกคนจะถูกขอให้ยอมรับเวอร์ชันนี้
console-terms-disabled = เซิร์ฟเวอร์นี้ยังไม่ได้ขอให้ใครยอมรับ: ตั้งค่า enable_custom_terms_of_service = true ในการกำหนดค่าของเซิร์ฟเวอร์
console-invitations-help = คำเชิญทางอีเมลที่รอการตอบรับสำหรับทีมนี้
console-invitations-revoke-all = เพิกถอนคำเชิญที่รอการตอบรับทั้งหมด ในทุกทีม
console-audit-when = เวลา
console-audit-who = ใคร
console-audit-action = การดำเนินการ
console-audit-details = รายละเอียด
console-audit-address = ที่อยู่
console-more = แสดงเพิ่มเติม
