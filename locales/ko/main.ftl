# Causerie: Korean (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = { -brand-name }에 로그인
login-id-label = 이메일 또는 사용자 이름
login-password-label = 비밀번호
login-submit = 로그인
login-working = 로그인 중…
login-error-credentials = 이메일, 사용자 이름 또는 비밀번호가 올바르지 않습니다.
login-error-locked = 로그인 실패 횟수가 너무 많습니다. 몇 분 후에 다시 시도하세요.
login-error-unreachable = 서버에 연결할 수 없습니다. 연결 상태를 확인하고 다시 시도하세요.
login-error-other = 로그인 실패: { $message }
login-error-code = 코드가 올바르지 않거나 이미 사용되었습니다. 현재 코드를 입력하세요.
login-code-label = 2단계 인증 코드
login-code-help = 인증 앱에 표시된 6자리 코드 또는 복구 코드 중 하나입니다.
terms-title = 행동 강령
terms-help = 참여하려면 행동 강령을 읽고 동의하세요.
terms-agree = 동의합니다
terms-disagree = 동의하지 않습니다
mfa-required-title = 2단계 인증 설정
mfa-required-help = 이 서버는 로그인할 때마다 인증 앱의 코드를 요구합니다.
mfa-scan = 인증 앱으로 이 QR 코드를 스캔하거나, 앱에 비밀 키를 직접 입력하세요.
mfa-qr-alt = 인증 앱용 QR 코드
mfa-secret-label = 비밀 키:
mfa-code-label = 앱에 표시된 코드
mfa-confirm = 켜기
mfa-bad-code = 유효하지 않은 코드입니다. 앱에 표시된 현재 코드를 입력하세요.
mfa-recovery-help = 이 복구 코드를 안전한 곳에 보관하세요. 기기를 잃어버렸을 때 코드마다 한 번씩 로그인할 수 있습니다. 지금만 표시됩니다.
mfa-recovery-download = 다운로드
mfa-recovery-copy = 복사
mfa-continue = 계속
security-title = 보안
security-mfa = 2단계 인증
security-mfa-on = 켜짐: 로그인할 때 인증 앱의 코드를 요구합니다.
security-mfa-off = 꺼짐: 비밀번호만으로 로그인합니다.
security-mfa-turn-on = 켜기
security-mfa-turn-off = 끄기
security-mfa-off-code = 현재 코드 (끄려면 필요)
security-sessions = 로그인된 곳
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — 마지막 활동 { $when }
security-session-revoke = 로그아웃
login-server-toggle = 다른 서버 사용
login-server-label = 서버 URL
login-server-help = 이 사이트의 접근을 허용(CORS)하는 Mattermost 서버입니다. 이 서버를 사용하려면 비워 두세요.
login-no-account = 처음이신가요? 초대 링크를 요청하거나, 서버에서 허용하는 경우 가입하세요.
login-signup-link = 계정 만들기
signup-title = 계정 만들기
signup-invited = { $team }에 초대되었습니다.
signup-invite-invalid = 유효하지 않은 초대 링크입니다. 새 링크를 요청하세요.
signup-first-user = 첫 번째 사용자입니다. 이 계정이 이 서버의 관리자가 됩니다.
signup-email-label = 이메일
signup-username-label = 사용자 이름
signup-username-help = 3~22자: 영문 소문자, 숫자, ".", "-", "_"만 사용할 수 있습니다.
signup-password-label = 비밀번호
signup-password-help = 8자 이상.
signup-submit = 계정 만들기
signup-error = 가입 실패: { $message }
signup-have-account = 이미 계정이 있으신가요? 로그인하세요.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } 님이 { $team }에 초대했습니다.
signup-token-invalid = 만료되었거나 이미 사용된 초대입니다. 새 초대를 요청하세요.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } 님이 { $team }에 초대했습니다
invite-email-body = { $inviter }(@{ $username }) 님이 { $site }의 { $team }에 참여하도록 초대했습니다.
invite-email-action = { $team }에 참여
invite-email-expiry = 이 링크는 48시간 동안 한 번만 사용할 수 있습니다. 예상하지 못한 초대라면 이 이메일을 무시하세요.

## Navigation

nav-open-sidebar = 채널 목록 열기
nav-close-sidebar = 채널 목록 닫기
nav-teams = 팀
nav-channels = 채널
nav-public = 채널
nav-private = 비공개 채널
nav-direct = 다이렉트 메시지
nav-group = 그룹 메시지
nav-mentions = { $count ->
   *[other] 멘션 { $count }개
}
nav-unread = 읽지 않음
nav-create-channel = 채널 만들기
nav-browse-channels = 채널 둘러보기
nav-new-message = 다이렉트 메시지 쓰기
nav-logout = 로그아웃
nav-language = 언어
nav-invite = 멤버 초대
nav-console = 시스템 콘솔
status-online = 온라인
status-away = 자리 비움
status-dnd = 방해 금지
status-offline = 오프라인

## Channel dialogs

create-title = 채널 만들기
create-name-label = 이름
create-private-label = 비공개로 설정
create-purpose-label = 목적 (선택 사항)
create-submit = 만들기
cancel = 취소
close = 닫기
browse-title = 채널 둘러보기
browse-join = 참여
browse-empty = 참여할 수 있는 다른 채널이 없습니다.
dm-title = 다이렉트 메시지
dm-search-label = 사용자 찾기
dm-start = 시작
dm-group-hint = 다이렉트 메시지는 한 명, 그룹 메시지는 최대 일곱 명까지 선택하세요.
switcher-title = 채널 전환
switcher-label = 채널 이름

## Channel

channel-members = { $count ->
   *[other] 멤버 { $count }명
}
channel-archived = 보관된 채널입니다.
channel-leave = 채널 나가기
channel-leave-private-confirm = 이 비공개 채널에서 나갈까요? 다시 참여하려면 초대가 필요합니다.
channel-loading = 불러오는 중…
channel-load-older = 이전 메시지를 불러오는 중…
channel-beginning = 채널의 시작입니다.
channel-not-found = 존재하지 않거나 볼 수 없는 채널입니다.
messages-label = 메시지
new-messages = 새 메시지
jump-to-newest = 최신 메시지로 이동
edited = (편집됨)
post-deleted = (삭제된 메시지)
post-sending = 보내는 중…
post-failed = 전송되지 않았습니다.
post-retry = 다시 시도
post-discard = 버리기
post-reply = 답글
post-edit = 편집
post-delete = 삭제
post-delete-confirm = 이 메시지를 삭제할까요?
post-save = 저장
post-replies = { $count ->
   *[other] 답글 { $count }개
}
post-time-title = { $time }

## Composer

composer-label = { $channel }에 메시지 쓰기
composer-placeholder = 메시지 입력…
composer-reply-label = 스레드에 답글 달기
composer-send = 보내기
composer-hint = Enter로 보내기, Shift+Enter로 줄 바꿈
typing-one = { $name } 님이 입력 중…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } 님이 입력 중…
typing-many = 여러 명이 입력 중…
autocomplete-here = 이 채널에서 온라인 상태인 모든 사람에게 알림
autocomplete-channel = 이 채널의 모든 사람에게 알림
autocomplete-all = 이 채널의 모든 사람에게 알림

## Threads

thread-title = 스레드
thread-close = 스레드 닫기

## Connection

connection-reconnecting = 다시 연결하는 중…
connection-offline = 오프라인 상태입니다. 연결이 복구되면 메시지가 전송됩니다.
error-generic = 문제가 발생했습니다: { $message }

## Profile card

profile-send-message = 메시지 보내기
# $username (String) - the name after the @ that was clicked
profile-not-found = @{ $username }(이)라는 사용자가 없습니다.

## Settings

nav-settings = 설정
settings-title = 설정
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (초안)
settings-language-help = 초안 번역은 아직 원어민의 검토를 거치지 않았습니다.
settings-pseudo-group = 번역자용

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } 님이 :{ $emoji }: (으)로 반응했습니다

## Files

composer-attach = 파일 첨부
composer-drop = 여기에 파일을 놓아 첨부하세요
# $name (String) - a file name
upload-sending = { $name } 업로드 중
# $name (String) - a file name
upload-cancel = { $name } 업로드 취소
# $name (String) - a file name
upload-remove = { $name } 제거
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } 파일이 너무 큽니다. 파일은 최대 { $max }까지 올릴 수 있습니다.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = { $name } 파일을 업로드하지 못했습니다. { $message }
# $name (String) - a file name
file-download = { $name } 다운로드
# $name (String) - a file name
file-open = 뷰어에서 { $name } 열기
viewer-previous = 이전 이미지
viewer-next = 다음 이미지
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = 이미지 { $count }개 중 { $index }번째

## Profile picture

picture-title = 프로필 이미지
picture-preview = 다른 사람에게 보이는 대로 잘라 낸 새 이미지
picture-choose = 이미지 선택…
picture-save = 이미지 저장
picture-reset = 자동 생성된 이미지 사용

## Emoji picker and custom emoji

composer-emoji = 이모지 삽입
post-react = 반응 추가
emoji-picker = 이모지 선택기
emoji-search = 이모지 검색
emoji-recent = 최근 사용
emoji-custom = 사용자 지정 이모지
emoji-group-smileys = 스마일리 및 감정
emoji-group-people = 사람 및 신체
emoji-group-nature = 동물 및 자연
emoji-group-food = 음식 및 음료
emoji-group-travel = 여행 및 장소
emoji-group-activities = 활동
emoji-group-objects = 사물
emoji-group-symbols = 기호
emoji-group-flags = 깃발
emoji-none = 이모지를 찾을 수 없습니다
emoji-tone-default = 기본 피부색
emoji-tone-light = 밝은 피부색
emoji-tone-medium-light = 약간 밝은 피부색
emoji-tone-medium = 중간 피부색
emoji-tone-medium-dark = 약간 어두운 피부색
emoji-tone-dark = 어두운 피부색
nav-custom-emoji = 사용자 지정 이모지
custom-emoji-title = 사용자 지정 이모지
custom-emoji-name = 이름
custom-emoji-name-help = 영문 소문자, 숫자, _ + -만 사용할 수 있으며 최대 64자입니다. 메시지에서는 :name: 형식으로 사용합니다.
custom-emoji-image = 이미지
custom-emoji-image-help = 1MB 이하의 PNG, JPEG, GIF 또는 WebP 이미지입니다. 128 × 128픽셀 이하 크기로 표시됩니다.
custom-emoji-add = 이모지 추가
custom-emoji-delete = 삭제
# $name (String) - the emoji's name
custom-emoji-delete-confirm = 사용자 지정 이모지 :{ $name }:을(를) 삭제할까요? 이 이모지를 사용한 메시지에는 대신 이름이 표시됩니다.

## Search

search-label = 메시지 검색
search-placeholder = 검색
search-mentions = 최근 멘션
# $terms (String) - what the person searched for, as typed
search-title = { $terms } 검색 결과
search-close = 검색 결과 닫기
search-none = 이 검색과 일치하는 메시지가 없습니다.
search-searching = 검색 중…
search-jump = 이동

## Notifications

notify-settings = 알림
notify-desktop = 데스크톱 알림
notify-push = 푸시 알림
notify-email = 이메일 알림
notify-all = 모든 활동
notify-mention = 멘션 및 다이렉트 메시지
notify-none = 사용 안 함
notify-default = 내 설정에 따름
notify-email-off = 이 서버는 이메일을 보내지 않습니다.
notify-first-name = 내 이름(성 제외)을 멘션으로 간주
notify-channel-wide = @channel, @all, @here를 멘션으로 간주
notify-keywords = 멘션으로 간주할 다른 단어(쉼표로 구분)
notify-saved = 저장했습니다.
notify-ask = 누군가 나를 멘션하거나 다이렉트 메시지를 보내면 데스크톱 알림을 받을까요?
notify-enable = 알림 켜기
notify-dismiss = 나중에
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $channel }의 { $sender }
notify-push-browser = 자리 비움일 때 이 브라우저로 푸시 알림 받기
notify-push-on = 켜기
notify-push-off = 끄기
notify-push-blocked = 이 브라우저가 이 사이트의 알림을 차단하고 있습니다.
# $channel (String) - the channel's name
channel-notify-title = { $channel } 알림
channel-notify = 알림 설정
channel-notify-mute = 이 채널 음소거
channel-notify-wide = 이 채널에서 @channel, @all, @here 무시
channel-mentions-members = 멤버가 @channel, @all, @here로 모든 사람에게 알릴 수 있음
channel-wide-title = 이 채널의 모든 사람에게 알릴까요?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = @{ $mention }을(를) 사용하면 { $count ->
       *[other] { $count }명
    }에게 알림이 전송됩니다. 계속할까요?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (나에게만 표시됨)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = 상태를 자리 비움으로 설정
command-dnd = 방해 금지: 데스크톱 및 푸시 알림 받지 않음
command-echo = 내 계정으로 텍스트를 그대로 다시 보내기
# Keep the quotes: the message goes between them.
command-echo-hint = "메시지" [지연 시간(초)]
command-header = 채널 헤더 편집
command-header-hint = [텍스트]
command-help = 사용할 수 있는 명령어 보기
command-invite = 사용자를 채널에 초대
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[사용자 이름] [~채널]
command-join = 공개 채널에 참여
command-join-hint = ~[채널]
command-kick = 채널에서 멤버 내보내기
command-kick-hint = @[사용자 이름]
command-leave = 현재 채널 나가기
command-me = 동작 표현하기
command-me-hint = [메시지]
command-msg = 사용자에게 다이렉트 메시지 보내기
command-msg-hint = @[사용자 이름] [메시지]
command-online = 상태를 온라인으로 설정
command-purpose = 채널 목적 편집
command-purpose-hint = [텍스트]
command-shrug = 메시지에 ¯\_(ツ)_/¯ 추가
command-shrug-hint = [메시지]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = 메시지 맨 앞에 /를 입력하면 사용할 수 있는 명령어와 각 명령어의 기능이 표시됩니다.
command-said-status-away = 이제 자리 비움 상태입니다.
command-said-status-online = 이제 온라인 상태입니다.
command-said-status-dnd = 방해 금지가 켜졌습니다. 데스크톱 및 푸시 알림을 받지 않습니다.

## The Integrations dialog

nav-integrations = 통합
integrations-title = 통합
integrations-incoming = 수신 웹훅
integrations-outgoing = 발신 웹훅
integrations-commands = 슬래시 명령어
integrations-bots = 봇 계정
integrations-tokens = 개인 액세스 토큰
integrations-add = 추가
integrations-edit = 편집
integrations-delete = 삭제
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = “{ $name }”을(를) 삭제할까요? 이를 사용하는 모든 항목이 작동을 멈춥니다.
integrations-save = 저장
integrations-copy = 복사
integrations-url = URL
integrations-token = 토큰
integrations-empty = 아직 없습니다.
integrations-disabled = 비활성화됨
integrations-disable = 비활성화
integrations-enable = 활성화
integrations-name = 이름
integrations-description = 설명
integrations-channel = 채널
integrations-any-channel = 모든 공개 채널
integrations-locked = 이 채널에만 게시
integrations-username = 메시지에 표시되는 이름
integrations-icon = 메시지에 표시되는 이미지 URL
integrations-triggers = 트리거 단어 (한 줄에 하나씩)
integrations-trigger-when = 트리거 조건
integrations-first-word = 첫 단어가 트리거 단어임
integrations-starts-with = 메시지가 트리거 단어로 시작함
integrations-callbacks = 콜백 URL (한 줄에 하나씩)
integrations-content-type = 전송 형식
integrations-form = 양식 필드
integrations-json = JSON
integrations-trigger = 명령어 단어 (슬래시 제외)
integrations-request-url = 요청 URL
integrations-method = 요청 메서드
integrations-post = POST
integrations-get = GET
integrations-autocomplete = 메시지 입력란에서 제안
integrations-hint = 인수 힌트
integrations-autocomplete-desc = 기능 설명
integrations-bot-username = 사용자 이름
integrations-bot-display = 표시 이름
integrations-token-new = 새 토큰
integrations-token-once = 지금 이 토큰을 복사하세요. 다시 표시되지 않습니다.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = { $name }용 토큰
integrations-overrides-off = 이 서버는 통합이 보낸 메시지를 소유자의 이름과 프로필 이미지로 표시합니다.

## The Invite people dialog

# $team (String) - the team's name
invite-title = { $team }에 멤버 초대
invite-link-heading = 초대 링크
invite-link-help = 이 링크가 있는 사람은 누구나 팀에 참여할 수 있습니다.
invite-link-copy = 링크 복사
invite-link-copied = 복사됨
invite-link-reset = 새 링크 만들기
invite-link-reset-help = 그러면 현재 링크는 더 이상 작동하지 않습니다.
invite-link-admins-only = 팀 관리자만 이 팀에 멤버를 초대할 수 있습니다.
invite-email-heading = 이메일로 초대
invite-email-help = 주소를 쉼표, 공백 또는 줄 바꿈으로 구분하세요. 각 주소로 48시간 동안 한 번만 사용할 수 있는 링크가 전송됩니다.
invite-email-send = 초대 보내기
# $count (Number) - invitations sent
invite-email-sent = { $count ->
   *[other] 초대 { $count }건을 보냈습니다.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = 대기 중인 초대
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, 초대한 사람: { $inviter }, 만료: { $when }
invite-revoke = 취소
invite-joined-heading = 초대 기록
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } 님은 { $inviter } 님의 초대로 참여했습니다
invite-none = 아직 없습니다.

## The System Console, for the server's admins

console-title = 시스템 콘솔
console-tab-users = 사용자
console-tab-terms = 행동 강령
console-tab-invitations = 초대
console-tab-audit = 감사 로그
console-users-search = 이름, 사용자 이름 또는 이메일로 검색
console-user-inactive = 비활성화됨
console-user-admin = 시스템 관리자
console-user-mfa = 2단계 인증 켜짐
console-user-deactivate = 비활성화
console-user-activate = 다시 활성화
console-user-make-admin = 시스템 관리자로 지정
console-user-remove-admin = 시스템 관리자 해제
console-user-mfa-reset = 2단계 인증 끄기
console-user-sessions = 세션
console-user-revoke-all = 모든 곳에서 로그아웃
console-user-no-sessions = 열린 세션이 없습니다.
console-terms-help = Markdown. 변경할 때마다 새 버전이 되며, 모든 사람이 다시 동의해야 합니다.
console-terms-publish = 게시
console-terms-published = 게시됨: 모든 사람에게 이 버전에 동의하도록 요청합니다.
console-terms-disabled = 이 서버는 아직 누구에게도 동의를 요청하지 않습니다. 설정에서 enable_custom_terms_of_service = true로 지정하세요.
console-invitations-help = 이 팀의 대기 중인 이메일 초대입니다.
console-invitations-revoke-all = 모든 팀의 대기 중인 초대 모두 취소
console-audit-when = 시간
console-audit-who = 사용자
console-audit-action = 작업
console-audit-details = 세부 정보
console-audit-address = 주소
console-more = 더 보기
