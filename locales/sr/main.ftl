# Causerie: Serbian (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Пријава на { -brand-name }
login-id-label = Е-адреса или корисничко име
login-password-label = Лозинка
login-submit = Пријави се
login-working = Пријављивање…
login-error-credentials = Погрешна е-адреса, корисничко име или лозинка.
login-error-locked = Превише неуспелих покушаја. Покушајте поново за неколико минута.
login-error-unreachable = Сервер није доступан. Проверите везу и покушајте поново.
login-error-other = Пријава није успела: { $message }
login-error-code = Погрешан или већ искоришћен код. Унесите тренутни.
login-code-label = Код за двофакторску аутентификацију
login-code-help = Шестоцифрени код из апликације за аутентификацију или један од ваших кодова за опоравак.
terms-title = Кодекс понашања
terms-help = Прочитајте и прихватите кодекс понашања да бисте учествовали.
terms-agree = Слажем се
terms-disagree = Не слажем се
mfa-required-title = Подесите двофакторску аутентификацију
mfa-required-help = Овај сервер при свакој пријави захтева код из апликације за аутентификацију.
mfa-scan = Скенирајте овај QR код апликацијом за аутентификацију или у њу унесите тајни кључ.
mfa-qr-alt = QR код за вашу апликацију за аутентификацију
mfa-secret-label = Тајни кључ:
mfa-code-label = Код из апликације
mfa-confirm = Укључи
mfa-bad-code = Тај код није важећи. Унесите тренутни код из апликације.
mfa-recovery-help = Чувајте ове кодове за опоравак на сигурном месту. Ако изгубите уређај, сваким од њих можете да се пријавите једном. Приказују се само сада.
mfa-recovery-download = Преузми
mfa-recovery-copy = Копирај
mfa-continue = Настави
security-title = Безбедност
security-mfa = Двофакторска аутентификација
security-mfa-on = Укључено: при пријави се тражи код из апликације за аутентификацију.
security-mfa-off = Искључено: за пријаву је довољна само лозинка.
security-mfa-turn-on = Укључи
security-mfa-turn-off = Искључи
security-mfa-off-code = Тренутни код, за искључивање
security-sessions = Где сте пријављени
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — последња активност: { $when }
security-session-revoke = Одјави
login-server-toggle = Користи други сервер
login-server-label = URL адреса сервера
login-server-help = Mattermost сервер који дозвољава овај сајт (CORS). Оставите празно да бисте користили овај сервер.
login-no-account = Нови сте овде? Затражите везу за позивницу или се региструјте ако овај сервер то дозвољава.
login-signup-link = Направи налог
signup-title = Направите свој налог
signup-invited = Позвани сте у тим { $team }.
signup-invite-invalid = Ова веза за позивницу није важећа. Затражите нову.
signup-first-user = Ви сте први овде: ваш налог ће администрирати овај сервер.
signup-email-label = Е-адреса
signup-username-label = Корисничко име
signup-username-help = Од 3 до 22 знака: мала слова, цифре, „.”, „-” и „_”.
signup-password-label = Лозинка
signup-password-help = Најмање 8 знакова.
signup-submit = Направи налог
signup-error = Регистрација није успела: { $message }
signup-have-account = Већ имате налог? Пријавите се.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } вас позива у тим { $team }.
signup-token-invalid = Ова позивница је истекла или је већ искоришћена. Затражите нову.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } вас позива у тим { $team }
invite-email-body = { $inviter } (@{ $username }) вас позива да се придружите тиму { $team } на сајту { $site }.
invite-email-action = Придружите се тиму { $team }
invite-email-expiry = Ова веза ради једном, 48 сати. Ако нисте очекивали ову позивницу, занемарите ову поруку.

## Navigation

nav-open-sidebar = Отвори списак канала
nav-close-sidebar = Затвори списак канала
nav-teams = Тимови
nav-channels = Канали
nav-public = Канали
nav-private = Приватни канали
nav-direct = Директне поруке
nav-group = Групне поруке
nav-mentions = { $count ->
    [one] { $count } помињање
    [few] { $count } помињања
   *[other] { $count } помињања
}
nav-unread = непрочитано
nav-create-channel = Направи канал
nav-browse-channels = Прегледај канале
nav-new-message = Напиши директну поруку
nav-logout = Одјави се
nav-language = Језик
nav-invite = Позови људе
nav-console = Системска конзола
status-online = на мрежи
status-away = одсутан
status-dnd = не узнемиравај
status-offline = ван мреже

## Channel dialogs

create-title = Направи канал
create-name-label = Назив
create-private-label = Приватан канал
create-purpose-label = Сврха (необавезно)
create-submit = Направи
cancel = Откажи
close = Затвори
browse-title = Прегледај канале
browse-join = Придружи се
browse-empty = Нема других канала којима можете да се придружите.
dm-title = Директна порука
dm-search-label = Пронађи људе
dm-start = Започни
dm-group-hint = Изаберите једну особу за директну поруку или до седам за групу.
switcher-title = Промени канал
switcher-label = Назив канала

## Channel

channel-members = { $count ->
    [one] { $count } члан
    [few] { $count } члана
   *[other] { $count } чланова
}
channel-archived = Овај канал је архивиран.
channel-leave = Напусти канал
channel-leave-private-confirm = Напустити овај приватни канал? За поновно придруживање биће потребна позивница.
channel-loading = Учитавање…
channel-load-older = Учитавање старијих порука…
channel-beginning = Ово је почетак канала.
channel-not-found = Овај канал не постоји или немате приступ њему.
messages-label = Поруке
new-messages = Нове поруке
jump-to-newest = Иди на најновије
edited = (измењено)
post-deleted = (порука је обрисана)
post-sending = Слање…
post-failed = Није послато.
post-retry = Покушај поново
post-discard = Одбаци
post-reply = Одговори
post-edit = Уреди
post-delete = Обриши
post-delete-confirm = Обрисати ову поруку?
post-save = Сачувај
post-replies = { $count ->
    [one] { $count } одговор
    [few] { $count } одговора
   *[other] { $count } одговора
}
post-time-title = { $time }

## Composer

composer-label = Порука за { $channel }
composer-placeholder = Напишите поруку…
composer-reply-label = Одговори у нити
composer-send = Пошаљи
composer-hint = Enter за слање, Shift+Enter за нови ред
typing-one = { $name } куца…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } куцају…
typing-many = Неколико особа куца…
autocomplete-here = Обавести све који су овде на мрежи
autocomplete-channel = Обавести све у овом каналу
autocomplete-all = Обавести све у овом каналу

## Threads

thread-title = Нит
thread-close = Затвори нит

## Connection

connection-reconnecting = Поновно повезивање…
connection-offline = Нисте на мрежи. Поруке ће бити послате када се веза обнови.
error-generic = Дошло је до грешке: { $message }

## Profile card

profile-send-message = Пошаљи поруку
# $username (String) - the name after the @ that was clicked
profile-not-found = Нико се не зове @{ $username }.

## Settings

nav-settings = Подешавања
settings-title = Подешавања
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (нацрт)
settings-language-help = Нацрте превода још није проверио изворни говорник.
settings-pseudo-group = За преводиоце

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names }: реакција :{ $emoji }:

## Files

composer-attach = Приложи датотеке
composer-drop = Отпустите датотеке овде да бисте их приложили
# $name (String) - a file name
upload-sending = Отпремање датотеке { $name }
# $name (String) - a file name
upload-cancel = Откажи отпремање датотеке { $name }
# $name (String) - a file name
upload-remove = Уклони датотеку { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = Датотека { $name } је превелика: највећа дозвољена величина је { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Датотека { $name } није могла да се отпреми. { $message }
# $name (String) - a file name
file-download = Преузми датотеку { $name }
# $name (String) - a file name
file-open = Отвори датотеку { $name } у прегледачу слика
viewer-previous = Претходна слика
viewer-next = Следећа слика
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Слика { $index } од { $count }

## Profile picture

picture-title = Слика профила
picture-preview = Ваша нова слика, исечена онако како ће је други видети
picture-choose = Изабери слику…
picture-save = Сачувај слику
picture-reset = Користи аутоматски направљену слику

## Emoji picker and custom emoji

composer-emoji = Убаци емоџи
post-react = Додај реакцију
emoji-picker = Бирач емоџија
emoji-search = Претражи емоџије
emoji-recent = Недавно коришћени
emoji-custom = Прилагођени емоџији
emoji-group-smileys = Смајлији и емоције
emoji-group-people = Људи и тело
emoji-group-nature = Животиње и природа
emoji-group-food = Храна и пиће
emoji-group-travel = Путовања и места
emoji-group-activities = Активности
emoji-group-objects = Предмети
emoji-group-symbols = Симболи
emoji-group-flags = Заставе
emoji-none = Нема пронађених емоџија
emoji-tone-default = Подразумевана боја коже
emoji-tone-light = Светла боја коже
emoji-tone-medium-light = Средње светла боја коже
emoji-tone-medium = Средња боја коже
emoji-tone-medium-dark = Средње тамна боја коже
emoji-tone-dark = Тамна боја коже
nav-custom-emoji = Прилагођени емоџији
custom-emoji-title = Прилагођени емоџији
custom-emoji-name = Назив
custom-emoji-name-help = Мала слова, цифре и _ + -, највише 64 знака. У порукама га користите као :name:.
custom-emoji-image = Слика
custom-emoji-image-help = Слика у формату PNG, JPEG, GIF или WebP од највише 1 МБ. Приказује се у величини 128 × 128 пиксела или мањој.
custom-emoji-add = Додај емоџи
custom-emoji-delete = Обриши
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Обрисати прилагођени емоџи :{ $name }:? Поруке које га користе уместо њега ће приказивати његов назив.

## Search

search-label = Претражи поруке
search-placeholder = Претрага
search-mentions = Недавна помињања
# $terms (String) - what the person searched for, as typed
search-title = Резултати за { $terms }
search-close = Затвори резултате претраге
search-none = Ниједна порука не одговара овој претрази.
search-searching = Претраживање…
search-jump = Иди на поруку

## Notifications

notify-settings = Обавештења
notify-desktop = Обавештења на радној површини
notify-push = Пуш обавештења
notify-email = Обавештења е-поштом
notify-all = За сваку активност
notify-mention = За помињања и директне поруке
notify-none = Никад
notify-default = Као у мојим подешавањима
notify-email-off = Овај сервер не шаље е-пошту.
notify-first-name = Моје име се рачуна као помињање
notify-channel-wide = @channel, @all и @here се рачунају као помињања
notify-keywords = Друге речи које се рачунају као помињања, одвојене зарезима
notify-saved = Сачувано.
notify-ask = Желите ли да добијате обавештења на радној површини када вас неко помене или вам пошаље директну поруку?
notify-enable = Укључи обавештења
notify-dismiss = Не сада
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } у каналу { $channel }
notify-push-browser = Пуш обавештења у овом прегледачу док ме нема
notify-push-on = Укључи
notify-push-off = Искључи
notify-push-blocked = Овај прегледач блокира обавештења са овог сајта.
# $channel (String) - the channel's name
channel-notify-title = Обавештења у каналу { $channel }
channel-notify = Подешавања обавештења
channel-notify-mute = Утишај овај канал
channel-notify-wide = Занемари @channel, @all и @here у овом каналу
channel-mentions-members = Чланови могу да обавесте све помоћу @channel, @all и @here
channel-wide-title = Обавестити све у овом каналу?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Ако употребите @{ $mention }, обавештење ће добити { $count ->
        [one] { $count } особа
        [few] { $count } особе
       *[other] { $count } особа
    }. Да ли сте сигурни?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Видљиво само вама)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Постави ваш статус на „одсутан”
command-dnd = Не узнемиравај: без обавештења на радној површини и пуш обавештења
command-echo = Понови текст са вашег налога
# Keep the quotes: the message goes between them.
command-echo-hint = "порука" [кашњење у секундама]
command-header = Уреди заглавље канала
command-header-hint = [текст]
command-help = Прикажи команде које можете да користите
command-invite = Позови корисника у канал
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[корисничко име] [~канал]
command-join = Придружи се отвореном каналу
command-join-hint = ~[канал]
command-kick = Уклони члана из канала
command-kick-hint = @[корисничко име]
command-leave = Напусти тренутни канал
command-me = Изврши радњу
command-me-hint = [порука]
command-msg = Пошаљи директну поруку кориснику
command-msg-hint = @[корисничко име] [порука]
command-online = Постави ваш статус на „на мрежи”
command-purpose = Уреди сврху канала
command-purpose-hint = [текст]
command-shrug = Додаје ¯\_(ツ)_/¯ вашој поруци
command-shrug-hint = [порука]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Укуцајте / на почетку поруке да бисте видели команде које можете да користите и шта свака од њих ради.
command-said-status-away = Сада сте одсутни.
command-said-status-online = Сада сте на мрежи.
command-said-status-dnd = Режим „Не узнемиравај” је укључен: нећете добијати обавештења на радној површини ни пуш обавештења.

## The Integrations dialog

nav-integrations = Интеграције
integrations-title = Интеграције
integrations-incoming = Долазни веб-хукови
integrations-outgoing = Одлазни веб-хукови
integrations-commands = Команде са косом цртом
integrations-bots = Налози ботова
integrations-tokens = Лични токени за приступ
integrations-add = Додај
integrations-edit = Уреди
integrations-delete = Обриши
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Обрисати „{ $name }”? Све што га користи престаће да ради.
integrations-save = Сачувај
integrations-copy = Копирај
integrations-url = URL адреса
integrations-token = Токен
integrations-empty = Још ништа.
integrations-disabled = онемогућено
integrations-disable = Онемогући
integrations-enable = Омогући
integrations-name = Назив
integrations-description = Опис
integrations-channel = Канал
integrations-any-channel = Било који јавни канал
integrations-locked = Објављуј само у овом каналу
integrations-username = Име које се приказује уз његове поруке
integrations-icon = URL адреса слике која се приказује уз његове поруке
integrations-triggers = Речи окидачи (једна по реду)
integrations-trigger-when = Покреће се када
integrations-first-word = Прва реч је реч окидач
integrations-starts-with = Порука почиње речју окидачем
integrations-callbacks = URL адресе за повратни позив (једна по реду)
integrations-content-type = Формат који се шаље
integrations-form = Поља обрасца
integrations-json = JSON
integrations-trigger = Реч команде (без косе црте)
integrations-request-url = URL адреса захтева
integrations-method = Метод захтева
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Предлажи је при писању поруке
integrations-hint = Наговештај за аргументе
integrations-autocomplete-desc = Шта ради
integrations-bot-username = Корисничко име
integrations-bot-display = Име за приказ
integrations-token-new = Нови токен
integrations-token-once = Копирајте овај токен сада: више неће бити приказан.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Токен за { $name }
integrations-overrides-off = Овај сервер приказује поруке интеграција под именом и сликом њиховог власника.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Позовите људе у тим { $team }
invite-link-heading = Веза за позивницу
invite-link-help = Свако ко има ову везу може да се придружи тиму.
invite-link-copy = Копирај везу
invite-link-copied = Копирано
invite-link-reset = Направи нову везу
invite-link-reset-help = Тренутна веза тада престаје да ради.
invite-link-admins-only = Само администратори тима могу да позивају људе у њега.
invite-email-heading = Позови е-поштом
invite-email-help = Адресе раздвојене зарезима, размацима или новим редовима. Свака добија везу која ради једном, 48 сати.
invite-email-send = Пошаљи позивнице
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] Послата је { $count } позивница.
    [few] Послате су { $count } позивнице.
   *[other] Послато је { $count } позивница.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Позивнице на чекању
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, од { $inviter }, важи до { $when }
invite-revoke = Опозови
invite-joined-heading = Ко је кога позвао
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } – позивница од { $inviter }
invite-none = Још ништа.

## The System Console, for the server's admins

console-title = Системска конзола
console-tab-users = Корисници
console-tab-terms = Кодекс понашања
console-tab-invitations = Позивнице
console-tab-audit = Дневник ревизије
console-users-search = Претрага по имену, корисничком имену или е-адреси
console-user-inactive = Деактивиран
console-user-admin = Системски администратор
console-user-mfa = Двофакторска аутентификација укључена
console-user-deactivate = Деактивирај
console-user-activate = Поново активирај
console-user-make-admin = Постави за системског администратора
console-user-remove-admin = Уклони улогу системског администратора
console-user-mfa-reset = Искључи двофакторску аутентификацију
console-user-sessions = Сесије
console-user-revoke-all = Одјави са свих уређаја
console-user-no-sessions = Нема отворених сесија.
console-terms-help = Markdown. Свака измена је нова верзија, коју сви поново прихватају.
console-terms-publish = Објави
console-terms-published = Објављено: од свих ће бити затражено да прихвате ову верзију.
console-terms-disabled = Овај сервер још ни од кога не тражи да га прихвати: у његовој конфигурацији подесите enable_custom_terms_of_service = true.
console-invitations-help = Позивнице е-поштом за овај тим које су на чекању.
console-invitations-revoke-all = Опозови све позивнице на чекању, у свим тимовима
console-audit-when = Када
console-audit-who = Ко
console-audit-action = Радња
console-audit-details = Детаљи
console-audit-address = Адреса
console-more = Прикажи још
