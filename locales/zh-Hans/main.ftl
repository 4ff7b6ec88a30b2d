# Causerie: Simplified Chinese (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = 登录 { -brand-name }
login-id-label = 电子邮件或用户名
login-password-label = 密码
login-submit = 登录
login-working = 正在登录…
login-error-credentials = 电子邮件、用户名或密码错误。
login-error-locked = 失败次数过多。请几分钟后再试。
login-error-unreachable = 无法连接到服务器。请检查网络连接后重试。
login-error-other = 登录失败：{ $message }
login-error-code = 验证码错误或已被使用。请输入当前的验证码。
login-code-label = 双重验证码
login-code-help = 身份验证器应用中的 6 位验证码，或您的任一恢复码。
terms-title = 行为准则
terms-help = 请阅读并接受行为准则后参与。
terms-agree = 我同意
terms-disagree = 我不同意
mfa-required-title = 设置双重身份验证
mfa-required-help = 本服务器要求每次登录时输入身份验证器应用中的验证码。
mfa-scan = 请用身份验证器应用扫描此二维码，或将密钥输入该应用。
mfa-qr-alt = 用于身份验证器应用的二维码
mfa-secret-label = 密钥：
mfa-code-label = 应用中的验证码
mfa-confirm = 开启
mfa-bad-code = 该验证码无效。请输入应用中当前的验证码。
mfa-recovery-help = 请将这些恢复码保存在安全的地方。如果您丢失了设备，每个恢复码可用于登录一次。它们仅在此时显示。
mfa-recovery-download = 下载
mfa-recovery-copy = 复制
mfa-continue = 继续
security-title = 安全
security-mfa = 双重身份验证
security-mfa-on = 已开启：登录时需要输入身份验证器应用中的验证码。
security-mfa-off = 已关闭：仅凭密码即可登录。
security-mfa-turn-on = 开启
security-mfa-turn-off = 关闭
security-mfa-off-code = 当前验证码（用于关闭）
security-sessions = 您的登录位置
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — 最后活动于 { $when }
security-session-revoke = 退出登录
login-server-toggle = 使用其他服务器
login-server-label = 服务器 URL
login-server-help = 允许本站点访问（CORS）的 Mattermost 服务器。留空则使用本服务器。
login-no-account = 初次使用？请索取邀请链接，或在本服务器允许时注册。
login-signup-link = 创建账户
signup-title = 创建您的账户
signup-invited = 您已受邀加入 { $team }。
signup-invite-invalid = 此邀请链接无效。请索取新的链接。
signup-first-user = 您是第一位用户：您的账户将成为本服务器的管理员。
signup-email-label = 电子邮件
signup-username-label = 用户名
signup-username-help = 3 至 22 个字符：小写字母、数字、“.”、“-”和“_”。
signup-password-label = 密码
signup-password-help = 至少 8 个字符。
signup-submit = 创建账户
signup-error = 注册失败：{ $message }
signup-have-account = 已有账户？登录。
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } 邀请您加入 { $team }。
signup-token-invalid = 此邀请已过期或已被使用。请索取新的邀请。
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } 邀请您加入 { $team }
invite-email-body = { $inviter }（@{ $username }）邀请您加入 { $site } 上的 { $team }。
invite-email-action = 加入 { $team }
invite-email-expiry = 此链接仅可使用一次，有效期 48 小时。如果您没有预期会收到此邀请，请忽略这封电子邮件。

## Navigation

nav-open-sidebar = 打开频道列表
nav-close-sidebar = 关闭频道列表
nav-teams = 团队
nav-channels = 频道
nav-public = 频道
nav-private = 私有频道
nav-direct = 私信
nav-group = 群组消息
nav-mentions = { $count ->
   *[other] { $count } 条提及
}
nav-unread = 未读
nav-create-channel = 创建频道
nav-browse-channels = 浏览频道
nav-new-message = 发送私信
nav-logout = 退出登录
nav-language = 语言
nav-invite = 邀请成员
nav-console = 系统控制台
status-online = 在线
status-away = 离开
status-dnd = 请勿打扰
status-offline = 离线

## Channel dialogs

create-title = 创建频道
create-name-label = 名称
create-private-label = 设为私有
create-purpose-label = 用途（可选）
create-submit = 创建
cancel = 取消
close = 关闭
browse-title = 浏览频道
browse-join = 加入
browse-empty = 没有其他可加入的频道。
dm-title = 私信
dm-search-label = 查找用户
dm-start = 开始
dm-group-hint = 选择一人发送私信，或最多选择七人发起群组消息。
switcher-title = 切换频道
switcher-label = 频道名称

## Channel

channel-members = { $count ->
   *[other] { $count } 名成员
}
channel-archived = 此频道已归档。
channel-leave = 离开频道
channel-leave-private-confirm = 要离开此私有频道吗？重新加入需要邀请。
channel-loading = 正在加载…
channel-load-older = 正在加载更早的消息…
channel-beginning = 这是频道的开头。
channel-not-found = 此频道不存在，或您无权查看。
messages-label = 消息
new-messages = 新消息
jump-to-newest = 跳至最新
edited = （已编辑）
post-deleted = （消息已删除）
post-sending = 正在发送…
post-failed = 未发送。
post-retry = 重试
post-discard = 丢弃
post-reply = 回复
post-edit = 编辑
post-delete = 删除
post-delete-confirm = 要删除此消息吗？
post-save = 保存
post-replies = { $count ->
   *[other] { $count } 条回复
}
post-time-title = { $time }

## Composer

composer-label = 发送消息到 { $channel }
composer-placeholder = 输入消息…
composer-reply-label = 在话题中回复
composer-send = 发送
composer-hint = 按 Enter 发送，Shift+Enter 换行
typing-one = { $name } 正在输入…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } 正在输入…
typing-many = 多人正在输入…
autocomplete-here = 通知此频道中所有在线成员
autocomplete-channel = 通知此频道的所有成员
autocomplete-all = 通知此频道的所有成员

## Threads

thread-title = 话题
thread-close = 关闭话题

## Connection

connection-reconnecting = 正在重新连接…
connection-offline = 您已离线。连接恢复后将发送消息。
error-generic = 出现错误：{ $message }

## Profile card

profile-send-message = 发送消息
# $username (String) - the name after the @ that was clicked
profile-not-found = 没有名为 @{ $username } 的用户。

## Settings

nav-settings = 设置
settings-title = 设置
# $name (String) - a language's name, in that language
settings-language-draft = { $name }（草稿）
settings-language-help = 草稿翻译尚未经过母语人士审核。
settings-pseudo-group = 供译者使用

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } 用 :{ $emoji }: 作出了回应

## Files

composer-attach = 添加附件
composer-drop = 将文件拖放到此处以添加附件
# $name (String) - a file name
upload-sending = 正在上传 { $name }
# $name (String) - a file name
upload-cancel = 取消上传 { $name }
# $name (String) - a file name
upload-remove = 移除 { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } 太大：文件大小上限为 { $max }。
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = 无法上传 { $name }。{ $message }
# $name (String) - a file name
file-download = 下载 { $name }
# $name (String) - a file name
file-open = 在查看器中打开 { $name }
viewer-previous = 上一张图片
viewer-next = 下一张图片
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = 第 { $index } 张，共 { $count } 张

## Profile picture

picture-title = 头像
picture-preview = 您的新头像，已按他人看到的样子裁剪
picture-choose = 选择图片…
picture-save = 保存头像
picture-reset = 使用自动生成的头像

## Emoji picker and custom emoji

composer-emoji = 插入表情符号
post-react = 添加表情回应
emoji-picker = 表情符号选择器
emoji-search = 搜索表情符号
emoji-recent = 最近使用
emoji-custom = 自定义表情符号
emoji-group-smileys = 笑脸和情感
emoji-group-people = 人物和身体
emoji-group-nature = 动物和自然
emoji-group-food = 食物和饮料
emoji-group-travel = 旅行和地点
emoji-group-activities = 活动
emoji-group-objects = 物品
emoji-group-symbols = 符号
emoji-group-flags = 旗帜
emoji-none = 未找到表情符号
emoji-tone-default = 默认肤色
emoji-tone-light = 较浅肤色
emoji-tone-medium-light = 中等偏浅肤色
emoji-tone-medium = 中等肤色
emoji-tone-medium-dark = 中等偏深肤色
emoji-tone-dark = 较深肤色
nav-custom-emoji = 自定义表情符号
custom-emoji-title = 自定义表情符号
custom-emoji-name = 名称
custom-emoji-name-help = 小写字母、数字和 _ + -，最多 64 个字符。在消息中以 :name: 的形式使用。
custom-emoji-image = 图片
custom-emoji-image-help = PNG、JPEG、GIF 或 WebP 图片，最大 1 MB。以 128 × 128 像素或更小的尺寸显示。
custom-emoji-add = 添加表情符号
custom-emoji-delete = 删除
# $name (String) - the emoji's name
custom-emoji-delete-confirm = 要删除自定义表情符号 :{ $name }: 吗？使用它的消息将改为显示其名称。

## Search

search-label = 搜索消息
search-placeholder = 搜索
search-mentions = 最近提及
# $terms (String) - what the person searched for, as typed
search-title = { $terms } 的搜索结果
search-close = 关闭搜索结果
search-none = 没有与此搜索匹配的消息。
search-searching = 正在搜索…
search-jump = 跳转

## Notifications

notify-settings = 通知
notify-desktop = 桌面通知
notify-push = 推送通知
notify-email = 电子邮件通知
notify-all = 所有活动
notify-mention = 提及和私信
notify-none = 从不
notify-default = 与我的设置相同
notify-email-off = 此服务器不发送电子邮件。
notify-first-name = 将我的名字视为提及
notify-channel-wide = 将 @channel、@all 和 @here 视为提及
notify-keywords = 其他视为提及的词语，以逗号分隔
notify-saved = 已保存。
notify-ask = 当有人提及您或给您发私信时，是否接收桌面通知？
notify-enable = 开启通知
notify-dismiss = 以后再说
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $channel } 中的 { $sender }
notify-push-browser = 我离开时在此浏览器中接收推送通知
notify-push-on = 开启
notify-push-off = 关闭
notify-push-blocked = 此浏览器已屏蔽来自本网站的通知。
# $channel (String) - the channel's name
channel-notify-title = { $channel } 的通知
channel-notify = 通知偏好
channel-notify-mute = 将此频道静音
channel-notify-wide = 在此频道中忽略 @channel、@all 和 @here
channel-mentions-members = 允许成员使用 @channel、@all 和 @here 通知所有人
channel-wide-title = 要通知此频道的所有成员吗？
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = 使用 @{ $mention } 将向 { $count ->
       *[other] { $count } 人
    }发送通知。确定要继续吗？

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = （仅您可见）

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = 将您的状态设为离开
command-dnd = 请勿打扰：不接收桌面通知和推送通知
command-echo = 以您的账户回显文本
# Keep the quotes: the message goes between them.
command-echo-hint = "消息" [延迟秒数]
command-header = 编辑频道标题
command-header-hint = [文本]
command-help = 显示您可以使用的命令
command-invite = 邀请用户加入频道
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[用户名] [~频道]
command-join = 加入公开频道
command-join-hint = ~[频道]
command-kick = 将成员移出频道
command-kick-hint = @[用户名]
command-leave = 离开当前频道
command-me = 执行一个动作
command-me-hint = [消息]
command-msg = 向用户发送私信
command-msg-hint = @[用户名] [消息]
command-online = 将您的状态设为在线
command-purpose = 编辑频道用途
command-purpose-hint = [文本]
command-shrug = 在您的消息中添加 ¯\_(ツ)_/¯
command-shrug-hint = [消息]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = 在消息开头输入 /，即可查看您可以使用的命令及其各自的作用。
command-said-status-away = 您现在的状态为离开。
command-said-status-online = 您现在在线。
command-said-status-dnd = 已开启请勿打扰：您将不会收到桌面通知或推送通知。

## The Integrations dialog

nav-integrations = 集成
integrations-title = 集成
integrations-incoming = 传入 Webhook
integrations-outgoing = 传出 Webhook
integrations-commands = 斜杠命令
integrations-bots = 机器人账户
integrations-tokens = 个人访问令牌
integrations-add = 添加
integrations-edit = 编辑
integrations-delete = 删除
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = 要删除“{ $name }”吗？所有使用它的功能都将停止工作。
integrations-save = 保存
integrations-copy = 复制
integrations-url = URL
integrations-token = 令牌
integrations-empty = 暂无。
integrations-disabled = 已停用
integrations-disable = 停用
integrations-enable = 启用
integrations-name = 名称
integrations-description = 描述
integrations-channel = 频道
integrations-any-channel = 任意公开频道
integrations-locked = 仅在此频道中发布
integrations-username = 其消息上显示的名称
integrations-icon = 其消息上显示的头像 URL
integrations-triggers = 触发词（每行一个）
integrations-trigger-when = 触发条件
integrations-first-word = 第一个词是触发词
integrations-starts-with = 消息以触发词开头
integrations-callbacks = 回调 URL（每行一个）
integrations-content-type = 发送格式
integrations-form = 表单字段
integrations-json = JSON
integrations-trigger = 命令词（不含斜杠）
integrations-request-url = 请求 URL
integrations-method = 请求方法
integrations-post = POST
integrations-get = GET
integrations-autocomplete = 在输入框中提示此命令
integrations-hint = 参数提示
integrations-autocomplete-desc = 功能说明
integrations-bot-username = 用户名
integrations-bot-display = 显示名称
integrations-token-new = 新建令牌
integrations-token-once = 请立即复制此令牌：它不会再次显示。
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = { $name } 的令牌
integrations-overrides-off = 此服务器以所有者的名称和头像显示集成发布的消息。

## The Invite people dialog

# $team (String) - the team's name
invite-title = 邀请成员加入 { $team }
invite-link-heading = 邀请链接
invite-link-help = 任何拥有此链接的人都可以加入该团队。
invite-link-copy = 复制链接
invite-link-copied = 已复制
invite-link-reset = 生成新链接
invite-link-reset-help = 当前链接随即失效。
invite-link-admins-only = 只有该团队的管理员才能邀请成员加入。
invite-email-heading = 通过电子邮件邀请
invite-email-help = 地址之间用逗号、空格或换行分隔。每个地址都会收到一个仅可使用一次、有效期 48 小时的链接。
invite-email-send = 发送邀请
# $count (Number) - invitations sent
invite-email-sent = { $count ->
   *[other] 已发送 { $count } 份邀请。
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }：{ $message }
invite-pending-heading = 待接受的邀请
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }，由 { $inviter } 邀请，有效期至 { $when }
invite-revoke = 撤销
invite-joined-heading = 谁邀请了谁
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } 由 { $inviter } 邀请
invite-none = 暂无。

## The System Console, for the server's admins

console-title = 系统控制台
console-tab-users = 用户
console-tab-terms = 行为准则
console-tab-invitations = 邀请
console-tab-audit = 审计日志
console-users-search = 按姓名、用户名或电子邮件搜索
console-user-inactive = 已停用
console-user-admin = 系统管理员
console-user-mfa = 已开启双重验证
console-user-deactivate = 停用
console-user-activate = 重新启用
console-user-make-admin = 设为系统管理员
console-user-remove-admin = 取消系统管理员
console-user-mfa-reset = 关闭双重验证
console-user-sessions = 会话
console-user-revoke-all = 在所有设备上退出登录
console-user-no-sessions = 没有打开的会话。
console-terms-help = Markdown。每次更改都会生成一个新版本，所有人都需要重新接受。
console-terms-publish = 发布
console-terms-published = 已发布：所有人都将被要求接受此版本。
console-terms-disabled = 本服务器尚未要求任何人接受它：请在其配置中设置 enable_custom_terms_of_service = true。
console-invitations-help = 此团队待接受的电子邮件邀请。
console-invitations-revoke-all = 撤销所有团队中每一个待接受的邀请
console-audit-when = 时间
console-audit-who = 操作者
console-audit-action = 操作
console-audit-details = 详情
console-audit-address = 地址
console-more = 显示更多
