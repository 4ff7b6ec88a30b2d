# Causerie: the source strings (en-US). Translators: see locales/README.md.

-brand-name = Causerie

## Log-in and sign-up

login-title = Log in to { -brand-name }
login-id-label = Email or username
login-password-label = Password
login-submit = Log in
login-working = Logging in…
login-error-credentials = Wrong email, username or password.
login-error-locked = Too many failed attempts. Try again in a few minutes.
login-error-unreachable = The server cannot be reached. Check your connection and try again.
# $message (String) - the server's explanation
login-error-other = Log-in failed: { $message }
login-error-code = Wrong or already used code. Enter the current one.
login-code-label = Two-factor code
login-code-help = The 6-digit code from your authenticator app, or one of your recovery codes.
terms-title = Code of conduct
terms-help = Read and accept the code of conduct to take part.
terms-agree = I agree
terms-disagree = I disagree
mfa-required-title = Set up two-factor authentication
mfa-required-help = This server requires a code from an authenticator app at every log-in.
mfa-scan = Scan this QR code with an authenticator app, or type the secret into it.
mfa-qr-alt = QR code for your authenticator app
mfa-secret-label = Secret:
mfa-code-label = Code from the app
mfa-confirm = Turn on
mfa-bad-code = That code is not valid. Enter the current code from the app.
mfa-recovery-help = Keep these recovery codes somewhere safe. Each one logs you in once if you lose your device. They are shown only now.
mfa-recovery-download = Download
mfa-recovery-copy = Copy
mfa-continue = Continue
security-title = Security
security-mfa = Two-factor authentication
security-mfa-on = On: logging in asks for a code from your authenticator app.
security-mfa-off = Off: your password alone logs you in.
security-mfa-turn-on = Turn on
security-mfa-turn-off = Turn off
security-mfa-off-code = Current code, to turn it off
security-sessions = Where you are logged in
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — last active { $when }
security-session-revoke = Log out
login-server-toggle = Use another server
login-server-label = Server URL
login-server-help = A Mattermost server that allows this site (CORS). Leave empty for this server.
login-no-account = New here? Ask for an invite link, or sign up if this server allows it.
login-signup-link = Create an account
signup-title = Create your account
# $team (String) - the team the invite is for
signup-invited = You were invited to { $team }.
signup-invite-invalid = This invite link is not valid. Ask for a new one.
signup-first-user = You are the first here: your account will administer this server.
signup-email-label = Email
signup-username-label = Username
signup-username-help = 3 to 22 characters: lowercase letters, digits, ".", "-" and "_".
signup-password-label = Password
signup-password-help = At least 8 characters.
signup-submit = Create account
# $message (String) - the server's explanation
signup-error = Sign-up failed: { $message }
signup-have-account = Already have an account? Log in.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } invited you to { $team }.
signup-token-invalid = This invitation has expired or was already used. Ask for a new one.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } invites you to { $team }
invite-email-body = { $inviter } (@{ $username }) invites you to join { $team } on { $site }.
invite-email-action = Join { $team }
invite-email-expiry = This link works once, for 48 hours. If you did not expect this invitation, ignore this e-mail.

## Navigation

nav-open-sidebar = Open the channel list
nav-close-sidebar = Close the channel list
nav-teams = Teams
nav-channels = Channels
nav-public = Channels
nav-private = Private channels
nav-direct = Direct messages
nav-group = Group messages
# $count (Number) - mentions not yet read
nav-mentions = { $count ->
    [one] { $count } mention
   *[other] { $count } mentions
}
nav-unread = unread
nav-create-channel = Create a channel
nav-browse-channels = Browse channels
nav-new-message = Write a direct message
nav-logout = Log out
nav-language = Language
nav-settings = Settings
nav-invite = Invite people
nav-console = System Console
status-online = online
status-away = away
status-dnd = do not disturb
status-offline = offline

## Channel dialogs

create-title = Create a channel
create-name-label = Name
create-private-label = Make private
create-purpose-label = Purpose (optional)
create-submit = Create
cancel = Cancel
close = Close
browse-title = Browse channels
browse-join = Join
browse-empty = No other channels to join.
dm-title = Direct message
dm-search-label = Find people
dm-start = Start
dm-group-hint = Choose one person for a direct message, or up to seven for a group.
switcher-title = Switch channel
switcher-label = Channel name

## Channel

# $count (Number) - members of the channel
channel-members = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
channel-archived = This channel is archived.
channel-leave = Leave channel
channel-leave-private-confirm = Leave this private channel? Joining it again will need an invitation.
channel-loading = Loading…
channel-load-older = Loading older messages…
channel-beginning = This is the start of the channel.
channel-not-found = This channel does not exist or you cannot see it.
messages-label = Messages
new-messages = New messages
jump-to-newest = Jump to newest
edited = (edited)
post-deleted = (message deleted)
post-sending = Sending…
post-failed = Not sent.
post-retry = Retry
post-discard = Discard
post-reply = Reply
post-edit = Edit
post-delete = Delete
post-delete-confirm = Delete this message?
post-save = Save
# $count (Number) - replies in the thread
post-replies = { $count ->
    [one] { $count } reply
   *[other] { $count } replies
}
# $time (String) - full date and time
post-time-title = { $time }

## Composer

# $channel (String) - the channel's name
composer-label = Write to { $channel }
composer-placeholder = Write a message…
composer-reply-label = Reply in thread
composer-send = Send
composer-hint = Enter to send, Shift+Enter for a new line
# $name (String) - who is typing
typing-one = { $name } is typing…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } are typing…
typing-many = Several people are typing…
autocomplete-here = Notify everyone online here
autocomplete-channel = Notify everyone in this channel
autocomplete-all = Notify everyone in this channel

## Threads

thread-title = Thread
thread-close = Close the thread

## Connection

connection-reconnecting = Reconnecting…
connection-offline = You are offline. Messages will be sent when the connection returns.
# $message (String) - details
error-generic = Something went wrong: { $message }

## Profile card

profile-send-message = Send message
# $username (String) - the name after the @ that was clicked
profile-not-found = There is no one called @{ $username }.

## Settings

settings-title = Settings
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (draft)
settings-language-help = Draft translations have not been checked by a native speaker yet.
settings-pseudo-group = For translators

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } reacted with :{ $emoji }:

## Files

composer-attach = Attach files
composer-drop = Drop files here to attach them
# $name (String) - a file name
upload-sending = Uploading { $name }
# $name (String) - a file name
upload-cancel = Cancel uploading { $name }
# $name (String) - a file name
upload-remove = Remove { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } is too large: files can be at most { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } could not be uploaded. { $message }
# $name (String) - a file name
file-download = Download { $name }
# $name (String) - a file name
file-open = Open { $name } in the viewer
viewer-previous = Previous image
viewer-next = Next image
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Image { $index } of { $count }

## Profile picture

picture-title = Profile picture
picture-preview = Your new picture, cropped as others will see it
picture-choose = Choose a picture…
picture-save = Save picture
picture-reset = Use the generated picture

## Emoji picker and custom emoji

composer-emoji = Insert emoji
post-react = Add reaction
emoji-picker = Emoji picker
emoji-search = Search emoji
emoji-recent = Recently used
emoji-custom = Custom emoji
emoji-group-smileys = Smileys and emotion
emoji-group-people = People and body
emoji-group-nature = Animals and nature
emoji-group-food = Food and drink
emoji-group-travel = Travel and places
emoji-group-activities = Activities
emoji-group-objects = Objects
emoji-group-symbols = Symbols
emoji-group-flags = Flags
emoji-none = No emoji found
emoji-tone-default = Default skin tone
emoji-tone-light = Light skin tone
emoji-tone-medium-light = Medium-light skin tone
emoji-tone-medium = Medium skin tone
emoji-tone-medium-dark = Medium-dark skin tone
emoji-tone-dark = Dark skin tone
nav-custom-emoji = Custom emoji
custom-emoji-title = Custom emoji
custom-emoji-name = Name
custom-emoji-name-help = Lowercase letters, digits, and _ + -, up to 64 characters. Use it as :name: in messages.
custom-emoji-image = Image
custom-emoji-image-help = A PNG, JPEG, GIF or WebP image of at most 1 MB. It is shown at 128 × 128 pixels or smaller.
custom-emoji-add = Add emoji
custom-emoji-delete = Delete
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Delete the custom emoji :{ $name }:? Messages that use it will show its name instead.

## Search

search-label = Search messages
search-placeholder = Search
search-mentions = Recent mentions
# $terms (String) - what the person searched for, as typed
search-title = Results for { $terms }
search-close = Close the search results
search-none = No messages match this search.
search-searching = Searching…
search-jump = Jump

## Notifications

notify-settings = Notifications
notify-desktop = Desktop notifications
notify-push = Push notifications
notify-email = E-mail notifications
notify-all = For all activity
notify-mention = For mentions and direct messages
notify-none = Never
notify-default = As in my settings
notify-email-off = This server does not send e-mail.
notify-first-name = My first name counts as a mention
notify-channel-wide = @channel, @all and @here count as mentions
notify-keywords = Other words that count as mentions, separated by commas
notify-saved = Saved.
notify-ask = Get a desktop notification when someone mentions you or sends you a direct message?
notify-enable = Turn on notifications
notify-dismiss = Not now
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } in { $channel }
notify-push-browser = Push notifications in this browser when I am away
notify-push-on = Turn on
notify-push-off = Turn off
notify-push-blocked = This browser blocks notifications from this site.
# $channel (String) - the channel's name
channel-notify-title = Notifications in { $channel }
channel-notify = Notification preferences
channel-notify-mute = Mute this channel
channel-notify-wide = Ignore @channel, @all and @here in this channel
channel-mentions-members = Members may notify everyone with @channel, @all and @here
channel-wide-title = Notify everyone in this channel?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = By using @{ $mention } you are about to send notifications to { $count ->
        [one] one person
       *[other] { $count } people
    }. Are you sure?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Only visible to you)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Set your status to away
command-dnd = Do not disturb: no desktop or push notifications
command-echo = Echo back text from your account
# Keep the quotes: the message goes between them.
command-echo-hint = "message" [delay in seconds]
command-header = Edit the channel header
command-header-hint = [text]
command-help = Show the commands you can use
command-invite = Invite a user to a channel
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[username] [~channel]
command-join = Join the open channel
command-join-hint = ~[channel]
command-kick = Remove a member from the channel
command-kick-hint = @[username]
command-leave = Leave the current channel
command-me = Do an action
command-me-hint = [message]
command-msg = Send a direct message to a user
command-msg-hint = @[username] [message]
command-online = Set your status to online
command-purpose = Edit the channel purpose
command-purpose-hint = [text]
command-shrug = Adds ¯\_(ツ)_/¯ to your message
command-shrug-hint = [message]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Type / at the start of a message to see the commands you can use, with what each does.
command-said-status-away = You are now away.
command-said-status-online = You are now online.
command-said-status-dnd = Do not disturb is on: you will not get desktop or push notifications.

## The Integrations dialog

nav-integrations = Integrations
integrations-title = Integrations
integrations-incoming = Incoming webhooks
integrations-outgoing = Outgoing webhooks
integrations-commands = Slash commands
integrations-bots = Bot accounts
integrations-tokens = Personal access tokens
integrations-add = Add
integrations-edit = Edit
integrations-delete = Delete
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Delete “{ $name }”? Whatever uses it stops working.
integrations-save = Save
integrations-copy = Copy
integrations-url = URL
integrations-token = Token
integrations-empty = None yet.
integrations-disabled = disabled
integrations-disable = Disable
integrations-enable = Enable
integrations-name = Name
integrations-description = Description
integrations-channel = Channel
integrations-any-channel = Any public channel
integrations-locked = Post only in this channel
integrations-username = Name shown on its posts
integrations-icon = Picture URL shown on its posts
integrations-triggers = Trigger words (one per line)
integrations-trigger-when = Triggers when
integrations-first-word = The first word is a trigger word
integrations-starts-with = The message starts with a trigger word
integrations-callbacks = Callback URLs (one per line)
integrations-content-type = Format sent
integrations-form = Form fields
integrations-json = JSON
integrations-trigger = Command word (without the slash)
integrations-request-url = Request URL
integrations-method = Request method
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Offer it in the composer
integrations-hint = Arguments hint
integrations-autocomplete-desc = What it does
integrations-bot-username = Username
integrations-bot-display = Display name
integrations-token-new = New token
integrations-token-once = Copy this token now: it will not be shown again.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token for { $name }
integrations-overrides-off = This server shows integrations' posts under their owner's name and picture.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Invite people to { $team }
invite-link-heading = Invite link
invite-link-help = Anyone with this link can join the team.
invite-link-copy = Copy link
invite-link-copied = Copied
invite-link-reset = Make a new link
invite-link-reset-help = The current link then stops working.
invite-link-admins-only = Only the team's admins can invite people to it.
invite-email-heading = Invite by e-mail
invite-email-help = Addresses separated by commas, spaces or lines. Each one gets a link that works once, for 48 hours.
invite-email-send = Send invitations
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } invitation sent.
   *[other] { $count } invitations sent.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Pending invitations
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, from { $inviter }, until { $when }
invite-revoke = Revoke
invite-joined-heading = Who invited whom
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } was invited by { $inviter }
invite-none = None yet.

## The System Console, for the server's admins

console-title = System Console
console-tab-users = Users
console-tab-terms = Code of conduct
console-tab-invitations = Invitations
console-tab-audit = Audit log
console-users-search = Search by name, username or e-mail
console-user-inactive = Deactivated
console-user-admin = System admin
console-user-mfa = Two-factor on
console-user-deactivate = Deactivate
console-user-activate = Reactivate
console-user-make-admin = Make system admin
console-user-remove-admin = Remove system admin
console-user-mfa-reset = Turn off two-factor
console-user-sessions = Sessions
console-user-revoke-all = Log out everywhere
console-user-no-sessions = No open sessions.
console-terms-help = Markdown. Each change is a new version, which everyone accepts again.
console-terms-publish = Publish
console-terms-published = Published: everyone will be asked to accept this version.
console-terms-disabled = This server does not ask anyone to accept it yet: set enable_custom_terms_of_service = true in its configuration.
console-invitations-help = Pending e-mail invitations to this team.
console-invitations-revoke-all = Revoke every pending invitation, on all teams
console-audit-when = When
console-audit-who = Who
console-audit-action = Action
console-audit-details = Details
console-audit-address = Address
console-more = Show more
