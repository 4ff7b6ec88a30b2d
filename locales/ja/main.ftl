# Causerie: Japanese (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = { -brand-name } にログイン
login-id-label = メールアドレスまたはユーザー名
login-password-label = パスワード
login-submit = ログイン
login-working = ログイン中…
login-error-credentials = メールアドレス、ユーザー名、またはパスワードが正しくありません。
login-error-locked = ログインの失敗回数が多すぎます。数分後にもう一度お試しください。
login-error-unreachable = サーバーに接続できません。接続を確認して、もう一度お試しください。
login-error-other = ログインに失敗しました：{ $message }
login-error-code = コードが正しくないか、すでに使用されています。現在のコードを入力してください。
login-code-label = 2 要素認証コード
login-code-help = 認証アプリに表示される 6 桁のコード、またはリカバリーコードのいずれか。
terms-title = 行動規範
terms-help = 参加するには、行動規範を読んで同意してください。
terms-agree = 同意する
terms-disagree = 同意しない
mfa-required-title = 2 要素認証を設定
mfa-required-help = このサーバーでは、ログインのたびに認証アプリのコードが必要です。
mfa-scan = 認証アプリでこの QR コードをスキャンするか、シークレットキーをアプリに入力してください。
mfa-qr-alt = 認証アプリ用の QR コード
mfa-secret-label = シークレットキー：
mfa-code-label = アプリのコード
mfa-confirm = オンにする
mfa-bad-code = このコードは無効です。アプリに表示されている現在のコードを入力してください。
mfa-recovery-help = これらのリカバリーコードは安全な場所に保管してください。デバイスをなくしたときに、各コードで 1 回ずつログインできます。表示されるのは今回だけです。
mfa-recovery-download = ダウンロード
mfa-recovery-copy = コピー
mfa-continue = 続行
security-title = セキュリティ
security-mfa = 2 要素認証
security-mfa-on = オン：ログイン時に認証アプリのコードが求められます。
security-mfa-off = オフ：パスワードだけでログインできます。
security-mfa-turn-on = オンにする
security-mfa-turn-off = オフにする
security-mfa-off-code = オフにするための現在のコード
security-sessions = ログイン中のデバイス
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — 最終アクティビティ { $when }
security-session-revoke = ログアウト
login-server-toggle = 別のサーバーを使用
login-server-label = サーバー URL
login-server-help = このサイトからのアクセスを許可（CORS）している Mattermost サーバー。このサーバーを使う場合は空欄のままにしてください。
login-no-account = 初めてですか？招待リンクを依頼するか、このサーバーで許可されていればアカウントを登録してください。
login-signup-link = アカウントを作成
signup-title = アカウントを作成
signup-invited = { $team } に招待されました。
signup-invite-invalid = この招待リンクは無効です。新しいリンクを依頼してください。
signup-first-user = あなたが最初のユーザーです。あなたのアカウントがこのサーバーの管理者になります。
signup-email-label = メールアドレス
signup-username-label = ユーザー名
signup-username-help = 3〜22 文字：英小文字、数字、「.」「-」「_」が使えます。
signup-password-label = パスワード
signup-password-help = 8 文字以上。
signup-submit = アカウントを作成
signup-error = 登録に失敗しました：{ $message }
signup-have-account = すでにアカウントをお持ちですか？ログイン
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } さんから { $team } に招待されました。
signup-token-invalid = この招待は期限切れか、すでに使用されています。新しい招待を依頼してください。
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } さんから { $team } への招待
invite-email-body = { $inviter }（@{ $username }）さんから、{ $site } の { $team } への招待が届いています。
invite-email-action = { $team } に参加
invite-email-expiry = このリンクは 48 時間以内に 1 回だけ使用できます。この招待に心当たりがない場合は、このメールを無視してください。

## Navigation

nav-open-sidebar = チャンネル一覧を開く
nav-close-sidebar = チャンネル一覧を閉じる
nav-teams = チーム
nav-channels = チャンネル
nav-public = チャンネル
nav-private = 非公開チャンネル
nav-direct = ダイレクトメッセージ
nav-group = グループメッセージ
nav-mentions = { $count ->
   *[other] { $count } 件のメンション
}
nav-unread = 未読
nav-create-channel = チャンネルを作成
nav-browse-channels = チャンネルを閲覧
nav-new-message = ダイレクトメッセージを作成
nav-logout = ログアウト
nav-language = 言語
nav-invite = メンバーを招待
nav-console = システムコンソール
status-online = オンライン
status-away = 離席中
status-dnd = 取り込み中
status-offline = オフライン

## Channel dialogs

create-title = チャンネルを作成
create-name-label = 名前
create-private-label = 非公開にする
create-purpose-label = 目的（任意）
create-submit = 作成
cancel = キャンセル
close = 閉じる
browse-title = チャンネルを閲覧
browse-join = 参加
browse-empty = 参加できるチャンネルは他にありません。
dm-title = ダイレクトメッセージ
dm-search-label = ユーザーを検索
dm-start = 開始
dm-group-hint = ダイレクトメッセージなら 1 人、グループなら最大 7 人まで選んでください。
switcher-title = チャンネルを切り替え
switcher-label = チャンネル名

## Channel

channel-members = { $count ->
   *[other] メンバー { $count } 人
}
channel-archived = このチャンネルはアーカイブされています。
channel-leave = チャンネルから退出
channel-leave-private-confirm = このプライベートチャンネルから退出しますか？再び参加するには招待が必要です。
channel-loading = 読み込み中…
channel-load-older = 以前のメッセージを読み込み中…
channel-beginning = ここがチャンネルの始まりです。
channel-not-found = このチャンネルは存在しないか、閲覧する権限がありません。
messages-label = メッセージ
new-messages = 新着メッセージ
jump-to-newest = 最新へ移動
edited = （編集済み）
post-deleted = （メッセージは削除されました）
post-sending = 送信中…
post-failed = 送信できませんでした。
post-retry = 再試行
post-discard = 破棄
post-reply = 返信
post-edit = 編集
post-delete = 削除
post-delete-confirm = このメッセージを削除しますか？
post-save = 保存
post-replies = { $count ->
   *[other] { $count } 件の返信
}
post-time-title = { $time }

## Composer

composer-label = { $channel } へのメッセージ
composer-placeholder = メッセージを入力…
composer-reply-label = スレッドで返信
composer-send = 送信
composer-hint = Enter で送信、Shift+Enter で改行
typing-one = { $name } さんが入力中…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names }が入力中…
typing-many = 複数の人が入力中…
autocomplete-here = このチャンネルでオンラインの全員に通知
autocomplete-channel = このチャンネルの全員に通知
autocomplete-all = このチャンネルの全員に通知

## Threads

thread-title = スレッド
thread-close = スレッドを閉じる

## Connection

connection-reconnecting = 再接続中…
connection-offline = オフラインです。接続が回復するとメッセージが送信されます。
error-generic = 問題が発生しました：{ $message }

## Profile card

profile-send-message = メッセージを送信
# $username (String) - the name after the @ that was clicked
profile-not-found = @{ $username } という名前のユーザーはいません。

## Settings

nav-settings = 設定
settings-title = 設定
# $name (String) - a language's name, in that language
settings-language-draft = { $name }（下書き）
settings-language-help = 下書きの翻訳は、まだネイティブスピーカーによる確認を受けていません。
settings-pseudo-group = 翻訳者向け

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } が :{ $emoji }: でリアクションしました

## Files

composer-attach = ファイルを添付
composer-drop = ここにファイルをドロップして添付
# $name (String) - a file name
upload-sending = { $name } をアップロード中
# $name (String) - a file name
upload-cancel = { $name } のアップロードをキャンセル
# $name (String) - a file name
upload-remove = { $name } を削除
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } は大きすぎます。ファイルの上限は { $max } です。
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } をアップロードできませんでした。{ $message }
# $name (String) - a file name
file-download = { $name } をダウンロード
# $name (String) - a file name
file-open = { $name } をビューアーで開く
viewer-previous = 前の画像
viewer-next = 次の画像
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = { $count } 枚中 { $index } 枚目

## Profile picture

picture-title = プロフィール画像
picture-preview = ほかのユーザーに表示されるとおりに切り抜いた新しい画像
picture-choose = 画像を選択…
picture-save = 画像を保存
picture-reset = 自動生成された画像を使用

## Emoji picker and custom emoji

composer-emoji = 絵文字を挿入
post-react = リアクションを追加
emoji-picker = 絵文字ピッカー
emoji-search = 絵文字を検索
emoji-recent = 最近使用した絵文字
emoji-custom = カスタム絵文字
emoji-group-smileys = スマイリーと感情
emoji-group-people = 人と体
emoji-group-nature = 動物と自然
emoji-group-food = 食べ物と飲み物
emoji-group-travel = 旅行と場所
emoji-group-activities = アクティビティ
emoji-group-objects = 物
emoji-group-symbols = 記号
emoji-group-flags = 旗
emoji-none = 絵文字が見つかりません
emoji-tone-default = デフォルトの肌の色
emoji-tone-light = 薄い肌色
emoji-tone-medium-light = やや薄い肌色
emoji-tone-medium = 中間の肌色
emoji-tone-medium-dark = やや濃い肌色
emoji-tone-dark = 濃い肌色
nav-custom-emoji = カスタム絵文字
custom-emoji-title = カスタム絵文字
custom-emoji-name = 名前
custom-emoji-name-help = 英小文字、数字、_ + - を使って 64 文字以内。メッセージでは :name: の形で使います。
custom-emoji-image = 画像
custom-emoji-image-help = 1 MB 以下の PNG、JPEG、GIF、WebP 画像。128 × 128 ピクセル以下で表示されます。
custom-emoji-add = 絵文字を追加
custom-emoji-delete = 削除
# $name (String) - the emoji's name
custom-emoji-delete-confirm = カスタム絵文字 :{ $name }: を削除しますか？この絵文字を使っているメッセージには、代わりに名前が表示されます。

## Search

search-label = メッセージを検索
search-placeholder = 検索
search-mentions = 最近のメンション
# $terms (String) - what the person searched for, as typed
search-title = { $terms } の検索結果
search-close = 検索結果を閉じる
search-none = この検索に一致するメッセージはありません。
search-searching = 検索中…
search-jump = 移動

## Notifications

notify-settings = 通知
notify-desktop = デスクトップ通知
notify-push = プッシュ通知
notify-email = メール通知
notify-all = すべてのアクティビティ
notify-mention = メンションとダイレクトメッセージ
notify-none = 通知しない
notify-default = 個人設定に従う
notify-email-off = このサーバーはメールを送信しません。
notify-first-name = 名（ファーストネーム）をメンションとして扱う
notify-channel-wide = @channel、@all、@here をメンションとして扱う
notify-keywords = メンションとして扱うその他の単語（カンマ区切り）
notify-saved = 保存しました。
notify-ask = 誰かがあなたをメンションしたり、ダイレクトメッセージを送ったりしたときに、デスクトップ通知を受け取りますか？
notify-enable = 通知をオンにする
notify-dismiss = 後で
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender }（{ $channel }）
notify-push-browser = 離席中はこのブラウザにプッシュ通知を送る
notify-push-on = オンにする
notify-push-off = オフにする
notify-push-blocked = このブラウザはこのサイトからの通知をブロックしています。
# $channel (String) - the channel's name
channel-notify-title = { $channel } の通知
channel-notify = 通知設定
channel-notify-mute = このチャンネルをミュート
channel-notify-wide = このチャンネルでは @channel、@all、@here を無視する
channel-mentions-members = メンバーが @channel、@all、@here で全員に通知できるようにする
channel-wide-title = このチャンネルの全員に通知しますか？
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = @{ $mention } を使うと { $count ->
       *[other] { $count } 人
    }に通知が送信されます。よろしいですか？

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = （あなただけに表示されています）

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = ステータスを離席中に設定
command-dnd = 取り込み中：デスクトップ通知とプッシュ通知を停止
command-echo = 自分のアカウントからテキストをエコー
# Keep the quotes: the message goes between them.
command-echo-hint = "メッセージ" [遅延秒数]
command-header = チャンネルのヘッダーを編集
command-header-hint = [テキスト]
command-help = 使用できるコマンドを表示
command-invite = ユーザーをチャンネルに招待
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[ユーザー名] [~チャンネル]
command-join = 公開チャンネルに参加
command-join-hint = ~[チャンネル]
command-kick = チャンネルからメンバーを削除
command-kick-hint = @[ユーザー名]
command-leave = 現在のチャンネルから退出
command-me = 自分の動作を表現
command-me-hint = [メッセージ]
command-msg = ユーザーにダイレクトメッセージを送信
command-msg-hint = @[ユーザー名] [メッセージ]
command-online = ステータスをオンラインに設定
command-purpose = チャンネルの目的を編集
command-purpose-hint = [テキスト]
command-shrug = メッセージに ¯\_(ツ)_/¯ を追加
command-shrug-hint = [メッセージ]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = メッセージの先頭に / を入力すると、使用できるコマンドとそれぞれの機能が表示されます。
command-said-status-away = ステータスを離席中にしました。
command-said-status-online = ステータスをオンラインにしました。
command-said-status-dnd = 取り込み中がオンです。デスクトップ通知とプッシュ通知は届きません。

## The Integrations dialog

nav-integrations = 統合機能
integrations-title = 統合機能
integrations-incoming = 内向きのウェブフック
integrations-outgoing = 外向きのウェブフック
integrations-commands = スラッシュコマンド
integrations-bots = ボットアカウント
integrations-tokens = パーソナルアクセストークン
integrations-add = 追加
integrations-edit = 編集
integrations-delete = 削除
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = 「{ $name }」を削除しますか？これを使用しているものはすべて動作しなくなります。
integrations-save = 保存
integrations-copy = コピー
integrations-url = URL
integrations-token = トークン
integrations-empty = まだありません。
integrations-disabled = 無効
integrations-disable = 無効にする
integrations-enable = 有効にする
integrations-name = 名前
integrations-description = 説明
integrations-channel = チャンネル
integrations-any-channel = 任意の公開チャンネル
integrations-locked = このチャンネルにのみ投稿
integrations-username = メッセージに表示する名前
integrations-icon = メッセージに表示する画像の URL
integrations-triggers = トリガーワード（1 行に 1 つ）
integrations-trigger-when = トリガー条件
integrations-first-word = 最初の単語がトリガーワード
integrations-starts-with = メッセージがトリガーワードで始まる
integrations-callbacks = コールバック URL（1 行に 1 つ）
integrations-content-type = 送信形式
integrations-form = フォームフィールド
integrations-json = JSON
integrations-trigger = コマンド名（スラッシュなし）
integrations-request-url = リクエスト URL
integrations-method = リクエストメソッド
integrations-post = POST
integrations-get = GET
integrations-autocomplete = メッセージ入力時に候補として表示
integrations-hint = 引数のヒント
integrations-autocomplete-desc = 機能の説明
integrations-bot-username = ユーザー名
integrations-bot-display = 表示名
integrations-token-new = 新しいトークン
integrations-token-once = 今すぐこのトークンをコピーしてください。再表示されません。
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = { $name } のトークン
integrations-overrides-off = このサーバーでは、統合機能のメッセージは所有者の名前と画像で表示されます。

## The Invite people dialog

# $team (String) - the team's name
invite-title = { $team } にメンバーを招待
invite-link-heading = 招待リンク
invite-link-help = このリンクを知っている人は誰でもチームに参加できます。
invite-link-copy = リンクをコピー
invite-link-copied = コピーしました
invite-link-reset = 新しいリンクを作成
invite-link-reset-help = 現在のリンクは使えなくなります。
invite-link-admins-only = このチームにメンバーを招待できるのはチーム管理者だけです。
invite-email-heading = メールで招待
invite-email-help = アドレスはカンマ、スペース、または改行で区切ってください。各アドレスに、48 時間以内に 1 回だけ使えるリンクが届きます。
invite-email-send = 招待を送信
# $count (Number) - invitations sent
invite-email-sent = { $count ->
   *[other] { $count } 件の招待を送信しました。
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }：{ $message }
invite-pending-heading = 保留中の招待
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }（招待者：{ $inviter }、有効期限：{ $when }）
invite-revoke = 取り消す
invite-joined-heading = 誰が誰を招待したか
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } さんは { $inviter } さんに招待されました
invite-none = まだありません。

## The System Console, for the server's admins

console-title = システムコンソール
console-tab-users = ユーザー
console-tab-terms = 行動規範
console-tab-invitations = 招待
console-tab-audit = 監査ログ
console-users-search = 名前、ユーザー名、メールアドレスで検索
console-user-inactive = 無効化済み
console-user-admin = システム管理者
console-user-mfa = 2 要素認証オン
console-user-deactivate = 無効にする
console-user-activate = 再び有効にする
console-user-make-admin = システム管理者にする
console-user-remove-admin = システム管理者から外す
console-user-mfa-reset = 2 要素認証をオフにする
console-user-sessions = セッション
console-user-revoke-all = すべての場所からログアウト
console-user-no-sessions = 開いているセッションはありません。
console-terms-help = Markdown 形式。変更するたびに新しいバージョンとなり、全員があらためて同意します。
console-terms-publish = 公開
console-terms-published = 公開しました。全員にこのバージョンへの同意が求められます。
console-terms-disabled = このサーバーはまだ誰にも同意を求めていません。設定で enable_custom_terms_of_service = true にしてください。
console-invitations-help = このチームへの保留中のメール招待。
console-invitations-revoke-all = すべてのチームの保留中の招待をすべて取り消す
console-audit-when = 日時
console-audit-who = ユーザー
console-audit-action = 操作
console-audit-details = 詳細
console-audit-address = アドレス
console-more = さらに表示
