# Causerie: Traditional Chinese (Taiwan) (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = 登入 { -brand-name }
login-id-label = 電子郵件或使用者名稱
login-password-label = 密碼
login-submit = 登入
login-working = 正在登入…
login-error-credentials = 電子郵件、使用者名稱或密碼錯誤。
login-error-locked = 嘗試失敗次數過多。請幾分鐘後再試。
login-error-unreachable = 無法連線到伺服器。請檢查網路連線後再試一次。
login-error-other = 登入失敗：{ $message }
login-error-code = 驗證碼錯誤或已被使用。請輸入目前的驗證碼。
login-code-label = 雙重驗證碼
login-code-help = 驗證器應用程式中的 6 位數驗證碼，或您的任一復原碼。
terms-title = 行為準則
terms-help = 請閱讀並接受行為準則後參與。
terms-agree = 我同意
terms-disagree = 我不同意
mfa-required-title = 設定雙重驗證
mfa-required-help = 本伺服器要求每次登入時輸入驗證器應用程式中的驗證碼。
mfa-scan = 請用驗證器應用程式掃描此 QR 碼，或將金鑰輸入該應用程式。
mfa-qr-alt = 用於驗證器應用程式的 QR 碼
mfa-secret-label = 金鑰：
mfa-code-label = 應用程式中的驗證碼
mfa-confirm = 開啟
mfa-bad-code = 該驗證碼無效。請輸入應用程式中目前的驗證碼。
mfa-recovery-help = 請將這些復原碼存放在安全的地方。如果您遺失了裝置，每組復原碼可用於登入一次。它們只會在此時顯示。
mfa-recovery-download = 下載
mfa-recovery-copy = 複製
mfa-continue = 繼續
security-title = 安全性
security-mfa = 雙重驗證
security-mfa-on = 已開啟：登入時需要輸入驗證器應用程式中的驗證碼。
security-mfa-off = 已關閉：只需密碼即可登入。
security-mfa-turn-on = 開啟
security-mfa-turn-off = 關閉
security-mfa-off-code = 目前的驗證碼（用於關閉）
security-sessions = 您的登入位置
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — 最後活動於 { $when }
security-session-revoke = 登出
login-server-toggle = 使用其他伺服器
login-server-label = 伺服器 URL
login-server-help = 允許本網站存取（CORS）的 Mattermost 伺服器。留空則使用本伺服器。
login-no-account = 第一次來嗎？請索取邀請連結，或在本伺服器允許時註冊。
login-signup-link = 建立帳號
signup-title = 建立您的帳號
signup-invited = 您已受邀加入 { $team }。
signup-invite-invalid = 此邀請連結無效。請索取新的連結。
signup-first-user = 您是第一位使用者：您的帳號將成為本伺服器的管理員。
signup-email-label = 電子郵件
signup-username-label = 使用者名稱
signup-username-help = 3 至 22 個字元：小寫字母、數字、「.」、「-」和「_」。
signup-password-label = 密碼
signup-password-help = 至少 8 個字元。
signup-submit = 建立帳號
signup-error = 註冊失敗：{ $message }
signup-have-account = 已經有帳號了？登入。
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } 邀請您加入 { $team }。
signup-token-invalid = 此邀請已過期或已被使用。請索取新的邀請。
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } 邀請您加入 { $team }
invite-email-body = { $inviter }（@{ $username }）邀請您加入 { $site } 上的 { $team }。
invite-email-action = 加入 { $team }
invite-email-expiry = 此連結只能使用一次，有效期限為 48 小時。如果您沒有預期會收到此邀請，請忽略這封電子郵件。

## Navigation

nav-open-sidebar = 開啟頻道清單
nav-close-sidebar = 關閉頻道清單
nav-teams = 團隊
nav-channels = 頻道
nav-public = 頻道
nav-private = 私人頻道
nav-direct = 私人訊息
nav-group = 群組訊息
nav-mentions = { $count ->
   *[other] { $count } 則提及
}
nav-unread = 未讀
nav-create-channel = 建立頻道
nav-browse-channels = 瀏覽頻道
nav-new-message = 傳送私人訊息
nav-logout = 登出
nav-language = 語言
nav-invite = 邀請成員
nav-console = 系統主控台
status-online = 線上
status-away = 離開
status-dnd = 請勿打擾
status-offline = 離線

## Channel dialogs

create-title = 建立頻道
create-name-label = 名稱
create-private-label = 設為私人
create-purpose-label = 用途（選填）
create-submit = 建立
cancel = 取消
close = 關閉
browse-title = 瀏覽頻道
browse-join = 加入
browse-empty = 沒有其他可加入的頻道。
dm-title = 私人訊息
dm-search-label = 尋找使用者
dm-start = 開始
dm-group-hint = 選擇一人傳送私人訊息，或最多選擇七人傳送群組訊息。
switcher-title = 切換頻道
switcher-label = 頻道名稱

## Channel

channel-members = { $count ->
   *[other] { $count } 位成員
}
channel-archived = 此頻道已封存。
channel-leave = 離開頻道
channel-leave-private-confirm = 要離開此私人頻道嗎？重新加入需要邀請。
channel-loading = 載入中…
channel-load-older = 正在載入較早的訊息…
channel-beginning = 這是頻道的開頭。
channel-not-found = 此頻道不存在，或您無權檢視。
messages-label = 訊息
new-messages = 新訊息
jump-to-newest = 跳至最新
edited = （已編輯）
post-deleted = （訊息已刪除）
post-sending = 傳送中…
post-failed = 未傳送。
post-retry = 重試
post-discard = 捨棄
post-reply = 回覆
post-edit = 編輯
post-delete = 刪除
post-delete-confirm = 要刪除此訊息嗎？
post-save = 儲存
post-replies = { $count ->
   *[other] { $count } 則回覆
}
post-time-title = { $time }

## Composer

composer-label = 傳送訊息至 { $channel }
composer-placeholder = 輸入訊息…
composer-reply-label = 在討論串中回覆
composer-send = 傳送
composer-hint = 按 Enter 傳送，Shift+Enter 換行
typing-one = { $name } 正在輸入…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } 正在輸入…
typing-many = 多人正在輸入…
autocomplete-here = 通知此頻道中所有線上成員
autocomplete-channel = 通知此頻道的所有成員
autocomplete-all = 通知此頻道的所有成員

## Threads

thread-title = 討論串
thread-close = 關閉討論串

## Connection

connection-reconnecting = 正在重新連線…
connection-offline = 您已離線。連線恢復後將傳送訊息。
error-generic = 發生錯誤：{ $message }

## Profile card

profile-send-message = 傳送訊息
# $username (String) - the name after the @ that was clicked
profile-not-found = 沒有名為 @{ $username } 的使用者。

## Settings

nav-settings = 設定
settings-title = 設定
# $name (String) - a language's name, in that language
settings-language-draft = { $name }（草稿）
settings-language-help = 草稿翻譯尚未經過母語人士審核。
settings-pseudo-group = 供譯者使用

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } 以 :{ $emoji }: 回應

## Files

composer-attach = 附加檔案
composer-drop = 將檔案拖放到這裡以附加
# $name (String) - a file name
upload-sending = 正在上傳 { $name }
# $name (String) - a file name
upload-cancel = 取消上傳 { $name }
# $name (String) - a file name
upload-remove = 移除 { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } 太大：檔案大小上限為 { $max }。
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = 無法上傳 { $name }。{ $message }
# $name (String) - a file name
file-download = 下載 { $name }
# $name (String) - a file name
file-open = 在檢視器中開啟 { $name }
viewer-previous = 上一張圖片
viewer-next = 下一張圖片
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = 第 { $index } 張，共 { $count } 張

## Profile picture

picture-title = 大頭貼
picture-preview = 您的新大頭貼，已依他人看到的樣子裁切
picture-choose = 選擇圖片…
picture-save = 儲存大頭貼
picture-reset = 使用自動產生的大頭貼

## Emoji picker and custom emoji

composer-emoji = 插入表情符號
post-react = 新增表情回應
emoji-picker = 表情符號選擇器
emoji-search = 搜尋表情符號
emoji-recent = 最近使用
emoji-custom = 自訂表情符號
emoji-group-smileys = 笑臉與情緒
emoji-group-people = 人物與身體
emoji-group-nature = 動物與自然
emoji-group-food = 食物與飲料
emoji-group-travel = 旅遊與地點
emoji-group-activities = 活動
emoji-group-objects = 物品
emoji-group-symbols = 符號
emoji-group-flags = 旗幟
emoji-none = 找不到表情符號
emoji-tone-default = 預設膚色
emoji-tone-light = 淺膚色
emoji-tone-medium-light = 中淺膚色
emoji-tone-medium = 中等膚色
emoji-tone-medium-dark = 中深膚色
emoji-tone-dark = 深膚色
nav-custom-emoji = 自訂表情符號
custom-emoji-title = 自訂表情符號
custom-emoji-name = 名稱
custom-emoji-name-help = 小寫字母、數字和 _ + -，最多 64 個字元。在訊息中以 :name: 的形式使用。
custom-emoji-image = 圖片
custom-emoji-image-help = PNG、JPEG、GIF 或 WebP 圖片，大小上限為 1 MB。以 128 × 128 像素或更小的尺寸顯示。
custom-emoji-add = 新增表情符號
custom-emoji-delete = 刪除
# $name (String) - the emoji's name
custom-emoji-delete-confirm = 要刪除自訂表情符號 :{ $name }: 嗎？使用它的訊息將改為顯示其名稱。

## Search

search-label = 搜尋訊息
search-placeholder = 搜尋
search-mentions = 最近提及
# $terms (String) - what the person searched for, as typed
search-title = { $terms } 的搜尋結果
search-close = 關閉搜尋結果
search-none = 沒有符合此搜尋的訊息。
search-searching = 搜尋中…
search-jump = 前往

## Notifications

notify-settings = 通知
notify-desktop = 桌面通知
notify-push = 推播通知
notify-email = 電子郵件通知
notify-all = 所有活動
notify-mention = 提及和私人訊息
notify-none = 永不
notify-default = 依照我的設定
notify-email-off = 此伺服器不會傳送電子郵件。
notify-first-name = 將我的名字視為提及
notify-channel-wide = 將 @channel、@all 和 @here 視為提及
notify-keywords = 其他視為提及的字詞，以逗號分隔
notify-saved = 已儲存。
notify-ask = 有人提及您或傳送私人訊息給您時，是否要接收桌面通知？
notify-enable = 開啟通知
notify-dismiss = 稍後再說
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $channel } 中的 { $sender }
notify-push-browser = 我離開時在此瀏覽器接收推播通知
notify-push-on = 開啟
notify-push-off = 關閉
notify-push-blocked = 此瀏覽器已封鎖來自本網站的通知。
# $channel (String) - the channel's name
channel-notify-title = { $channel } 的通知
channel-notify = 通知偏好設定
channel-notify-mute = 將此頻道設為靜音
channel-notify-wide = 在此頻道中忽略 @channel、@all 和 @here
channel-mentions-members = 允許成員使用 @channel、@all 和 @here 通知所有人
channel-wide-title = 要通知此頻道的所有成員嗎？
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = 使用 @{ $mention } 將傳送通知給 { $count ->
       *[other] { $count } 人
    }。確定要繼續嗎？

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = （僅您可見）

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = 將您的狀態設為離開
command-dnd = 請勿打擾：不接收桌面通知和推播通知
command-echo = 以您的帳號回顯文字
# Keep the quotes: the message goes between them.
command-echo-hint = "訊息" [延遲秒數]
command-header = 編輯頻道標題
command-header-hint = [文字]
command-help = 顯示您可以使用的命令
command-invite = 邀請使用者加入頻道
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[使用者名稱] [~頻道]
command-join = 加入公開頻道
command-join-hint = ~[頻道]
command-kick = 將成員移出頻道
command-kick-hint = @[使用者名稱]
command-leave = 離開目前的頻道
command-me = 執行一個動作
command-me-hint = [訊息]
command-msg = 傳送私人訊息給使用者
command-msg-hint = @[使用者名稱] [訊息]
command-online = 將您的狀態設為線上
command-purpose = 編輯頻道用途
command-purpose-hint = [文字]
command-shrug = 在您的訊息中加上 ¯\_(ツ)_/¯
command-shrug-hint = [訊息]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = 在訊息開頭輸入 /，即可查看您可以使用的命令及其各自的作用。
command-said-status-away = 您現在的狀態為離開。
command-said-status-online = 您現在在線上。
command-said-status-dnd = 已開啟請勿打擾：您將不會收到桌面通知或推播通知。

## The Integrations dialog

nav-integrations = 整合
integrations-title = 整合
integrations-incoming = 傳入 Webhook
integrations-outgoing = 傳出 Webhook
integrations-commands = 斜線命令
integrations-bots = 機器人帳號
integrations-tokens = 個人存取權杖
integrations-add = 新增
integrations-edit = 編輯
integrations-delete = 刪除
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = 要刪除「{ $name }」嗎？所有使用它的功能都將停止運作。
integrations-save = 儲存
integrations-copy = 複製
integrations-url = URL
integrations-token = 權杖
integrations-empty = 目前沒有。
integrations-disabled = 已停用
integrations-disable = 停用
integrations-enable = 啟用
integrations-name = 名稱
integrations-description = 說明
integrations-channel = 頻道
integrations-any-channel = 任何公開頻道
integrations-locked = 僅在此頻道中發布
integrations-username = 其訊息上顯示的名稱
integrations-icon = 其訊息上顯示的大頭貼 URL
integrations-triggers = 觸發詞（每行一個）
integrations-trigger-when = 觸發條件
integrations-first-word = 第一個字詞是觸發詞
integrations-starts-with = 訊息以觸發詞開頭
integrations-callbacks = 回呼 URL（每行一個）
integrations-content-type = 傳送格式
integrations-form = 表單欄位
integrations-json = JSON
integrations-trigger = 命令字詞（不含斜線）
integrations-request-url = 請求 URL
integrations-method = 請求方法
integrations-post = POST
integrations-get = GET
integrations-autocomplete = 在輸入框中提示此命令
integrations-hint = 參數提示
integrations-autocomplete-desc = 功能說明
integrations-bot-username = 使用者名稱
integrations-bot-display = 顯示名稱
integrations-token-new = 新增權杖
integrations-token-once = 請立即複製此權杖：它不會再次顯示。
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = { $name } 的權杖
integrations-overrides-off = 此伺服器以擁有者的名稱和大頭貼顯示整合發布的訊息。

## The Invite people dialog

# $team (String) - the team's name
invite-title = 邀請成員加入 { $team }
invite-link-heading = 邀請連結
invite-link-help = 任何擁有此連結的人都可以加入該團隊。
invite-link-copy = 複製連結
invite-link-copied = 已複製
invite-link-reset = 產生新連結
invite-link-reset-help = 目前的連結隨即失效。
invite-link-admins-only = 只有該團隊的管理員才能邀請成員加入。
invite-email-heading = 透過電子郵件邀請
invite-email-help = 地址之間以逗號、空格或換行分隔。每個地址都會收到一個只能使用一次、有效期限 48 小時的連結。
invite-email-send = 傳送邀請
# $count (Number) - invitations sent
invite-email-sent = { $count ->
   *[other] 已傳送 { $count } 份邀請。
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }：{ $message }
invite-pending-heading = 待接受的邀請
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }，由 { $inviter } 邀請，有效期限至 { $when }
invite-revoke = 撤銷
invite-joined-heading = 誰邀請了誰
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } 由 { $inviter } 邀請
invite-none = 目前沒有。

## The System Console, for the server's admins

console-title = 系統主控台
console-tab-users = 使用者
console-tab-terms = 行為準則
console-tab-invitations = 邀請
console-tab-audit = 稽核記錄
console-users-search = 依名稱、使用者名稱或電子郵件搜尋
console-user-inactive = 已停用
console-user-admin = 系統管理員
console-user-mfa = 已開啟雙重驗證
console-user-deactivate = 停用
console-user-activate = 重新啟用
console-user-make-admin = 設為系統管理員
console-user-remove-admin = 取消系統管理員
console-user-mfa-reset = 關閉雙重驗證
console-user-sessions = 工作階段
console-user-revoke-all = 在所有裝置上登出
console-user-no-sessions = 沒有開啟的工作階段。
console-terms-help = Markdown。每次變更都會產生新版本，所有人都需要重新接受。
console-terms-publish = 發布
console-terms-published = 已發布：所有人都會被要求接受此版本。
console-terms-disabled = 本伺服器尚未要求任何人接受：請在其設定中設定 enable_custom_terms_of_service = true。
console-invitations-help = 此團隊待接受的電子郵件邀請。
console-invitations-revoke-all = 撤銷所有團隊中每一個待接受的邀請
console-audit-when = 時間
console-audit-who = 操作者
console-audit-action = 動作
console-audit-details = 詳細資料
console-audit-address = 位址
console-more = 顯示更多
