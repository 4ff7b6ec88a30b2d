# Causerie: Vietnamese (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Đăng nhập vào { -brand-name }
login-id-label = Email hoặc tên người dùng
login-password-label = Mật khẩu
login-submit = Đăng nhập
login-working = Đang đăng nhập…
login-error-credentials = Email, tên người dùng hoặc mật khẩu không đúng.
login-error-locked = Đăng nhập sai quá nhiều lần. Hãy thử lại sau vài phút.
login-error-unreachable = Không thể kết nối tới máy chủ. Hãy kiểm tra kết nối và thử lại.
login-error-other = Đăng nhập thất bại: { $message }
login-error-code = Mã sai hoặc đã được dùng. Hãy nhập mã hiện tại.
login-code-label = Mã xác thực hai yếu tố
login-code-help = Mã 6 chữ số từ ứng dụng xác thực của bạn, hoặc một trong các mã khôi phục của bạn.
terms-title = Quy tắc ứng xử
terms-help = Hãy đọc và chấp nhận quy tắc ứng xử để tham gia.
terms-agree = Tôi đồng ý
terms-disagree = Tôi không đồng ý
mfa-required-title = Thiết lập xác thực hai yếu tố
mfa-required-help = Máy chủ này yêu cầu mã từ ứng dụng xác thực mỗi lần đăng nhập.
mfa-scan = Quét mã QR này bằng một ứng dụng xác thực, hoặc nhập khóa bí mật vào ứng dụng đó.
mfa-qr-alt = Mã QR cho ứng dụng xác thực của bạn
mfa-secret-label = Khóa bí mật:
mfa-code-label = Mã từ ứng dụng
mfa-confirm = Bật
mfa-bad-code = Mã đó không hợp lệ. Hãy nhập mã hiện tại từ ứng dụng.
mfa-recovery-help = Hãy cất các mã khôi phục này ở nơi an toàn. Nếu bạn mất thiết bị, mỗi mã cho phép đăng nhập một lần. Chúng chỉ được hiển thị lúc này.
mfa-recovery-download = Tải xuống
mfa-recovery-copy = Sao chép
mfa-continue = Tiếp tục
security-title = Bảo mật
security-mfa = Xác thực hai yếu tố
security-mfa-on = Bật: khi đăng nhập sẽ cần mã từ ứng dụng xác thực của bạn.
security-mfa-off = Tắt: chỉ cần mật khẩu là đăng nhập được.
security-mfa-turn-on = Bật
security-mfa-turn-off = Tắt
security-mfa-off-code = Mã hiện tại, để tắt
security-sessions = Nơi bạn đang đăng nhập
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — hoạt động lần cuối { $when }
security-session-revoke = Đăng xuất
login-server-toggle = Dùng máy chủ khác
login-server-label = URL máy chủ
login-server-help = Một máy chủ Mattermost cho phép trang này truy cập (CORS). Để trống để dùng máy chủ này.
login-no-account = Bạn mới đến? Hãy xin một liên kết mời, hoặc đăng ký nếu máy chủ này cho phép.
login-signup-link = Tạo tài khoản
signup-title = Tạo tài khoản của bạn
signup-invited = Bạn đã được mời tham gia { $team }.
signup-invite-invalid = Liên kết mời này không hợp lệ. Hãy xin một liên kết mới.
signup-first-user = Bạn là người đầu tiên ở đây: tài khoản của bạn sẽ quản trị máy chủ này.
signup-email-label = Email
signup-username-label = Tên người dùng
signup-username-help = Từ 3 đến 22 ký tự: chữ thường, chữ số, ".", "-" và "_".
signup-password-label = Mật khẩu
signup-password-help = Ít nhất 8 ký tự.
signup-submit = Tạo tài khoản
signup-error = Đăng ký thất bại: { $message }
signup-have-account = Đã có tài khoản? Đăng nhập.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } đã mời bạn tham gia { $team }.
signup-token-invalid = Lời mời này đã hết hạn hoặc đã được dùng. Hãy xin một lời mời mới.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } mời bạn tham gia { $team }
invite-email-body = { $inviter } (@{ $username }) mời bạn tham gia { $team } trên { $site }.
invite-email-action = Tham gia { $team }
invite-email-expiry = Liên kết này chỉ dùng được một lần, trong 48 giờ. Nếu bạn không mong đợi lời mời này, hãy bỏ qua email này.

## Navigation

nav-open-sidebar = Mở danh sách kênh
nav-close-sidebar = Đóng danh sách kênh
nav-teams = Nhóm
nav-channels = Kênh
nav-public = Kênh
nav-private = Kênh riêng tư
nav-direct = Tin nhắn trực tiếp
nav-group = Tin nhắn nhóm
nav-mentions = { $count ->
   *[other] { $count } lượt nhắc đến
}
nav-unread = chưa đọc
nav-create-channel = Tạo kênh
nav-browse-channels = Duyệt kênh
nav-new-message = Viết tin nhắn trực tiếp
nav-logout = Đăng xuất
nav-language = Ngôn ngữ
nav-invite = Mời mọi người
nav-console = Bảng điều khiển hệ thống
status-online = trực tuyến
status-away = vắng mặt
status-dnd = không làm phiền
status-offline = ngoại tuyến

## Channel dialogs

create-title = Tạo kênh
create-name-label = Tên
create-private-label = Đặt là riêng tư
create-purpose-label = Mục đích (không bắt buộc)
create-submit = Tạo
cancel = Hủy
close = Đóng
browse-title = Duyệt kênh
browse-join = Tham gia
browse-empty = Không còn kênh nào khác để tham gia.
dm-title = Tin nhắn trực tiếp
dm-search-label = Tìm người
dm-start = Bắt đầu
dm-group-hint = Chọn một người để nhắn tin trực tiếp, hoặc tối đa bảy người để nhắn tin nhóm.
switcher-title = Chuyển kênh
switcher-label = Tên kênh

## Channel

channel-members = { $count ->
   *[other] { $count } thành viên
}
channel-archived = Kênh này đã được lưu trữ.
channel-leave = Rời kênh
channel-leave-private-confirm = Rời kênh riêng tư này? Để tham gia lại sẽ cần lời mời.
channel-loading = Đang tải…
channel-load-older = Đang tải tin nhắn cũ hơn…
channel-beginning = Đây là phần đầu của kênh.
channel-not-found = Kênh này không tồn tại hoặc bạn không có quyền xem.
messages-label = Tin nhắn
new-messages = Tin nhắn mới
jump-to-newest = Đến tin mới nhất
edited = (đã sửa)
post-deleted = (tin nhắn đã bị xóa)
post-sending = Đang gửi…
post-failed = Chưa gửi được.
post-retry = Thử lại
post-discard = Bỏ
post-reply = Trả lời
post-edit = Sửa
post-delete = Xóa
post-delete-confirm = Xóa tin nhắn này?
post-save = Lưu
post-replies = { $count ->
   *[other] { $count } trả lời
}
post-time-title = { $time }

## Composer

composer-label = Nhắn tin tới { $channel }
composer-placeholder = Viết tin nhắn…
composer-reply-label = Trả lời trong chuỗi tin nhắn
composer-send = Gửi
composer-hint = Enter để gửi, Shift+Enter để xuống dòng
typing-one = { $name } đang nhập…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } đang nhập…
typing-many = Nhiều người đang nhập…
autocomplete-here = Thông báo cho mọi người đang trực tuyến trong kênh này
autocomplete-channel = Thông báo cho mọi người trong kênh này
autocomplete-all = Thông báo cho mọi người trong kênh này

## Threads

thread-title = Chuỗi tin nhắn
thread-close = Đóng chuỗi tin nhắn

## Connection

connection-reconnecting = Đang kết nối lại…
connection-offline = Bạn đang ngoại tuyến. Tin nhắn sẽ được gửi khi có kết nối trở lại.
error-generic = Đã xảy ra lỗi: { $message }

## Profile card

profile-send-message = Gửi tin nhắn
# $username (String) - the name after the @ that was clicked
profile-not-found = Không có ai tên là @{ $username }.

## Settings

nav-settings = Cài đặt
settings-title = Cài đặt
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (bản nháp)
settings-language-help = Các bản dịch nháp chưa được người bản ngữ kiểm tra.
settings-pseudo-group = Dành cho người dịch

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } đã bày tỏ cảm xúc bằng :{ $emoji }:

## Files

composer-attach = Đính kèm tệp
composer-drop = Thả tệp vào đây để đính kèm
# $name (String) - a file name
upload-sending = Đang tải lên { $name }
# $name (String) - a file name
upload-cancel = Hủy tải lên { $name }
# $name (String) - a file name
upload-remove = Gỡ bỏ { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } quá lớn: mỗi tệp chỉ được tối đa { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Không thể tải lên { $name }. { $message }
# $name (String) - a file name
file-download = Tải xuống { $name }
# $name (String) - a file name
file-open = Mở { $name } trong trình xem
viewer-previous = Ảnh trước
viewer-next = Ảnh tiếp theo
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Ảnh thứ { $index } trong số { $count }

## Profile picture

picture-title = Ảnh đại diện
picture-preview = Ảnh mới của bạn, đã cắt theo cách người khác sẽ thấy
picture-choose = Chọn ảnh…
picture-save = Lưu ảnh
picture-reset = Dùng ảnh được tạo tự động

## Emoji picker and custom emoji

composer-emoji = Chèn emoji
post-react = Bày tỏ cảm xúc
emoji-picker = Bộ chọn emoji
emoji-search = Tìm emoji
emoji-recent = Dùng gần đây
emoji-custom = Emoji tùy chỉnh
emoji-group-smileys = Mặt cười và cảm xúc
emoji-group-people = Con người và cơ thể
emoji-group-nature = Động vật và thiên nhiên
emoji-group-food = Đồ ăn và thức uống
emoji-group-travel = Du lịch và địa điểm
emoji-group-activities = Hoạt động
emoji-group-objects = Đồ vật
emoji-group-symbols = Biểu tượng
emoji-group-flags = Cờ
emoji-none = Không tìm thấy emoji nào
emoji-tone-default = Màu da mặc định
emoji-tone-light = Màu da sáng
emoji-tone-medium-light = Màu da sáng trung bình
emoji-tone-medium = Màu da trung bình
emoji-tone-medium-dark = Màu da tối trung bình
emoji-tone-dark = Màu da tối
nav-custom-emoji = Emoji tùy chỉnh
custom-emoji-title = Emoji tùy chỉnh
custom-emoji-name = Tên
custom-emoji-name-help = Chữ thường, chữ số và _ + -, tối đa 64 ký tự. Dùng trong tin nhắn dưới dạng :name:.
custom-emoji-image = Ảnh
custom-emoji-image-help = Ảnh PNG, JPEG, GIF hoặc WebP có dung lượng tối đa 1 MB. Ảnh được hiển thị ở kích thước 128 × 128 pixel hoặc nhỏ hơn.
custom-emoji-add = Thêm emoji
custom-emoji-delete = Xóa
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Xóa emoji tùy chỉnh :{ $name }:? Các tin nhắn dùng emoji này sẽ hiển thị tên của nó thay thế.

## Search

search-label = Tìm kiếm tin nhắn
search-placeholder = Tìm kiếm
search-mentions = Lượt nhắc đến gần đây
# $terms (String) - what the person searched for, as typed
search-title = Kết quả cho { $terms }
search-close = Đóng kết quả tìm kiếm
search-none = Không có tin nhắn nào khớp với tìm kiếm này.
search-searching = Đang tìm kiếm…
search-jump = Đi tới

## Notifications

notify-settings = Thông báo
notify-desktop = Thông báo trên máy tính
notify-push = Thông báo đẩy
notify-email = Thông báo qua email
notify-all = Cho mọi hoạt động
notify-mention = Cho lượt nhắc đến và tin nhắn trực tiếp
notify-none = Không bao giờ
notify-default = Theo cài đặt của tôi
notify-email-off = Máy chủ này không gửi email.
notify-first-name = Tên của tôi được tính là lượt nhắc đến
notify-channel-wide = @channel, @all và @here được tính là lượt nhắc đến
notify-keywords = Các từ khác được tính là lượt nhắc đến, phân tách bằng dấu phẩy
notify-saved = Đã lưu.
notify-ask = Nhận thông báo trên máy tính khi có người nhắc đến bạn hoặc gửi tin nhắn trực tiếp cho bạn?
notify-enable = Bật thông báo
notify-dismiss = Để sau
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } trong { $channel }
notify-push-browser = Thông báo đẩy trong trình duyệt này khi tôi vắng mặt
notify-push-on = Bật
notify-push-off = Tắt
notify-push-blocked = Trình duyệt này đang chặn thông báo từ trang web này.
# $channel (String) - the channel's name
channel-notify-title = Thông báo trong { $channel }
channel-notify = Tùy chọn thông báo
channel-notify-mute = Tắt tiếng kênh này
channel-notify-wide = Bỏ qua @channel, @all và @here trong kênh này
channel-mentions-members = Thành viên có thể thông báo cho mọi người bằng @channel, @all và @here
channel-wide-title = Thông báo cho mọi người trong kênh này?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Khi dùng @{ $mention }, bạn sẽ gửi thông báo tới { $count ->
       *[other] { $count } người
    }. Bạn có chắc không?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Chỉ bạn nhìn thấy)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Đặt trạng thái của bạn thành vắng mặt
command-dnd = Không làm phiền: không có thông báo trên máy tính hay thông báo đẩy
command-echo = Lặp lại văn bản từ tài khoản của bạn
# Keep the quotes: the message goes between them.
command-echo-hint = "tin nhắn" [độ trễ tính bằng giây]
command-header = Sửa tiêu đề kênh
command-header-hint = [văn bản]
command-help = Hiển thị các lệnh bạn có thể dùng
command-invite = Mời một người dùng vào kênh
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[tên người dùng] [~kênh]
command-join = Tham gia kênh mở
command-join-hint = ~[kênh]
command-kick = Xóa một thành viên khỏi kênh
command-kick-hint = @[tên người dùng]
command-leave = Rời kênh hiện tại
command-me = Thực hiện một hành động
command-me-hint = [tin nhắn]
command-msg = Gửi tin nhắn trực tiếp cho một người dùng
command-msg-hint = @[tên người dùng] [tin nhắn]
command-online = Đặt trạng thái của bạn thành trực tuyến
command-purpose = Sửa mục đích kênh
command-purpose-hint = [văn bản]
command-shrug = Thêm ¯\_(ツ)_/¯ vào tin nhắn của bạn
command-shrug-hint = [tin nhắn]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Gõ / ở đầu tin nhắn để xem các lệnh bạn có thể dùng và chức năng của từng lệnh.
command-said-status-away = Bạn hiện đang vắng mặt.
command-said-status-online = Bạn hiện đang trực tuyến.
command-said-status-dnd = Đã bật không làm phiền: bạn sẽ không nhận được thông báo trên máy tính hay thông báo đẩy.

## The Integrations dialog

nav-integrations = Tích hợp
integrations-title = Tích hợp
integrations-incoming = Webhook đến
integrations-outgoing = Webhook đi
integrations-commands = Lệnh gạch chéo
integrations-bots = Tài khoản bot
integrations-tokens = Token truy cập cá nhân
integrations-add = Thêm
integrations-edit = Sửa
integrations-delete = Xóa
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Xóa “{ $name }”? Mọi thứ đang dùng nó sẽ ngừng hoạt động.
integrations-save = Lưu
integrations-copy = Sao chép
integrations-url = URL
integrations-token = Token
integrations-empty = Chưa có mục nào.
integrations-disabled = đã tắt
integrations-disable = Tắt
integrations-enable = Bật
integrations-name = Tên
integrations-description = Mô tả
integrations-channel = Kênh
integrations-any-channel = Bất kỳ kênh công khai nào
integrations-locked = Chỉ đăng trong kênh này
integrations-username = Tên hiển thị trên tin nhắn của nó
integrations-icon = URL ảnh hiển thị trên tin nhắn của nó
integrations-triggers = Từ kích hoạt (mỗi dòng một từ)
integrations-trigger-when = Kích hoạt khi
integrations-first-word = Từ đầu tiên là từ kích hoạt
integrations-starts-with = Tin nhắn bắt đầu bằng từ kích hoạt
integrations-callbacks = URL callback (mỗi dòng một URL)
integrations-content-type = Định dạng gửi đi
integrations-form = Trường biểu mẫu
integrations-json = JSON
integrations-trigger = Từ lệnh (không có dấu gạch chéo)
integrations-request-url = URL yêu cầu
integrations-method = Phương thức yêu cầu
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Gợi ý lệnh khi soạn tin nhắn
integrations-hint = Gợi ý đối số
integrations-autocomplete-desc = Chức năng
integrations-bot-username = Tên người dùng
integrations-bot-display = Tên hiển thị
integrations-token-new = Token mới
integrations-token-once = Hãy sao chép token này ngay: nó sẽ không được hiển thị lại.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token cho { $name }
integrations-overrides-off = Máy chủ này hiển thị tin nhắn của các tích hợp dưới tên và ảnh của chủ sở hữu.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Mời mọi người vào { $team }
invite-link-heading = Liên kết mời
invite-link-help = Bất kỳ ai có liên kết này đều có thể tham gia nhóm.
invite-link-copy = Sao chép liên kết
invite-link-copied = Đã sao chép
invite-link-reset = Tạo liên kết mới
invite-link-reset-help = Khi đó liên kết hiện tại sẽ ngừng hoạt động.
invite-link-admins-only = Chỉ quản trị viên của nhóm mới có thể mời người vào nhóm.
invite-email-heading = Mời qua email
invite-email-help = Các địa chỉ cách nhau bằng dấu phẩy, dấu cách hoặc xuống dòng. Mỗi địa chỉ nhận một liên kết chỉ dùng được một lần, trong 48 giờ.
invite-email-send = Gửi lời mời
# $count (Number) - invitations sent
invite-email-sent = { $count ->
   *[other] Đã gửi { $count } lời mời.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Lời mời đang chờ
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, từ { $inviter }, đến { $when }
invite-revoke = Thu hồi
invite-joined-heading = Ai đã mời ai
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } được { $inviter } mời
invite-none = Chưa có.

## The System Console, for the server's admins

console-title = Bảng điều khiển hệ thống
console-tab-users = Người dùng
console-tab-terms = Quy tắc ứng xử
console-tab-invitations = Lời mời
console-tab-audit = Nhật ký kiểm tra
console-users-search = Tìm theo tên, tên người dùng hoặc email
console-user-inactive = Đã vô hiệu hóa
console-user-admin = Quản trị viên hệ thống
console-user-mfa = Đã bật xác thực hai yếu tố
console-user-deactivate = Vô hiệu hóa
console-user-activate = Kích hoạt lại
console-user-make-admin = Đặt làm quản trị viên hệ thống
console-user-remove-admin = Gỡ quyền quản trị viên hệ thống
console-user-mfa-reset = Tắt xác thực hai yếu tố
console-user-sessions = Phiên
console-user-revoke-all = Đăng xuất khỏi mọi nơi
console-user-no-sessions = Không có phiên nào đang mở.
console-terms-help = Markdown. Mỗi thay đổi là một phiên bản mới mà mọi người phải chấp nhận lại.
console-terms-publish = Xuất bản
console-terms-published = Đã xuất bản: mọi người sẽ được yêu cầu chấp nhận phiên bản này.
console-terms-disabled = Máy chủ này chưa yêu cầu ai chấp nhận: hãy đặt enable_custom_terms_of_service = true trong cấu hình của máy chủ.
console-invitations-help = Các lời mời qua email đang chờ cho nhóm này.
console-invitations-revoke-all = Thu hồi mọi lời mời đang chờ, trên tất cả các nhóm
console-audit-when = Thời gian
console-audit-who = Người thực hiện
console-audit-action = Hành động
console-audit-details = Chi tiết
console-audit-address = Địa chỉ
console-more = Xem thêm
