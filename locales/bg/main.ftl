# Causerie: Bulgarian (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Вход в { -brand-name }
login-id-label = Имейл или потребителско име
login-password-label = Парола
login-submit = Вход
login-working = Влизане…
login-error-credentials = Грешен имейл, потребителско име или парола.
login-error-locked = Твърде много неуспешни опити. Опитайте отново след няколко минути.
login-error-unreachable = Сървърът е недостъпен. Проверете връзката си и опитайте отново.
login-error-other = Неуспешен вход: { $message }
login-error-code = Грешен или вече използван код. Въведете текущия.
login-code-label = Код за двуфакторно удостоверяване
login-code-help = 6-цифреният код от приложението ви за удостоверяване или един от кодовете ви за възстановяване.
terms-title = Правила за поведение
terms-help = Прочетете и приемете правилата за поведение, за да участвате.
terms-agree = Приемам
terms-disagree = Не приемам
mfa-required-title = Настройване на двуфакторно удостоверяване
mfa-required-help = Този сървър изисква код от приложение за удостоверяване при всяко влизане.
mfa-scan = Сканирайте този QR код с приложение за удостоверяване или въведете в него тайния ключ.
mfa-qr-alt = QR код за приложението ви за удостоверяване
mfa-secret-label = Таен ключ:
mfa-code-label = Код от приложението
mfa-confirm = Включване
mfa-bad-code = Този код е невалиден. Въведете текущия код от приложението.
mfa-recovery-help = Пазете тези кодове за възстановяване на сигурно място. Всеки от тях ви позволява да влезете веднъж, ако загубите устройството си. Показват се само сега.
mfa-recovery-download = Изтегляне
mfa-recovery-copy = Копиране
mfa-continue = Продължаване
security-title = Сигурност
security-mfa = Двуфакторно удостоверяване
security-mfa-on = Включено: при влизане се изисква код от приложението ви за удостоверяване.
security-mfa-off = Изключено: за влизане е достатъчна само паролата ви.
security-mfa-turn-on = Включване
security-mfa-turn-off = Изключване
security-mfa-off-code = Текущ код, за да го изключите
security-sessions = Къде сте влезли
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — последна активност: { $when }
security-session-revoke = Изход
login-server-toggle = Използване на друг сървър
login-server-label = URL адрес на сървъра
login-server-help = Сървър на Mattermost, който разрешава този сайт (CORS). Оставете празно, за да използвате този сървър.
login-no-account = Нови сте тук? Поискайте връзка за покана или се регистрирайте, ако сървърът позволява това.
login-signup-link = Създаване на профил
signup-title = Създайте своя профил
signup-invited = Поканени сте в екипа { $team }.
signup-invite-invalid = Тази връзка за покана е невалидна. Поискайте нова.
signup-first-user = Вие сте първи тук: вашият профил ще администрира този сървър.
signup-email-label = Имейл
signup-username-label = Потребителско име
signup-username-help = От 3 до 22 знака: малки букви, цифри, „.“, „-“ и „_“.
signup-password-label = Парола
signup-password-help = Поне 8 знака.
signup-submit = Създаване на профил
signup-error = Неуспешна регистрация: { $message }
signup-have-account = Вече имате профил? Влезте.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } ви покани в екипа { $team }.
signup-token-invalid = Тази покана е изтекла или вече е използвана. Поискайте нова.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } ви кани в екипа { $team }
invite-email-body = { $inviter } (@{ $username }) ви кани да се присъедините към екипа { $team } в { $site }.
invite-email-action = Присъединяване към { $team }
invite-email-expiry = Тази връзка работи еднократно в рамките на 48 часа. Ако не сте очаквали тази покана, пренебрегнете този имейл.

## Navigation

nav-open-sidebar = Отваряне на списъка с канали
nav-close-sidebar = Затваряне на списъка с канали
nav-teams = Екипи
nav-channels = Канали
nav-public = Канали
nav-private = Частни канали
nav-direct = Лични съобщения
nav-group = Групови съобщения
nav-mentions = { $count ->
    [one] { $count } споменаване
   *[other] { $count } споменавания
}
nav-unread = непрочетени
nav-create-channel = Създаване на канал
nav-browse-channels = Разглеждане на канали
nav-new-message = Писане на лично съобщение
nav-logout = Изход
nav-language = Език
nav-invite = Поканване на хора
nav-console = Системна конзола
status-online = на линия
status-away = отсъства
status-dnd = не безпокойте
status-offline = извън линия

## Channel dialogs

create-title = Създаване на канал
create-name-label = Име
create-private-label = Частен канал
create-purpose-label = Предназначение (по избор)
create-submit = Създаване
cancel = Отказ
close = Затваряне
browse-title = Разглеждане на канали
browse-join = Присъединяване
browse-empty = Няма други канали, към които да се присъедините.
dm-title = Лично съобщение
dm-search-label = Търсене на хора
dm-start = Започване
dm-group-hint = Изберете един човек за лично съобщение или до седем за група.
switcher-title = Превключване на канал
switcher-label = Име на канала

## Channel

channel-members = { $count ->
    [one] { $count } член
   *[other] { $count } члена
}
channel-archived = Този канал е архивиран.
channel-leave = Напускане на канала
channel-leave-private-confirm = Да се напусне ли този частен канал? За повторно присъединяване ще е нужна покана.
channel-loading = Зареждане…
channel-load-older = Зареждане на по-стари съобщения…
channel-beginning = Това е началото на канала.
channel-not-found = Този канал не съществува или нямате достъп до него.
messages-label = Съобщения
new-messages = Нови съобщения
jump-to-newest = Към най-новите
edited = (редактирано)
post-deleted = (съобщението е изтрито)
post-sending = Изпращане…
post-failed = Не е изпратено.
post-retry = Нов опит
post-discard = Отхвърляне
post-reply = Отговор
post-edit = Редактиране
post-delete = Изтриване
post-delete-confirm = Да се изтрие ли това съобщение?
post-save = Запазване
post-replies = { $count ->
    [one] { $count } отговор
   *[other] { $count } отговора
}
post-time-title = { $time }

## Composer

composer-label = Съобщение до { $channel }
composer-placeholder = Напишете съобщение…
composer-reply-label = Отговор в нишката
composer-send = Изпращане
composer-hint = Enter за изпращане, Shift+Enter за нов ред
typing-one = { $name } пише…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } пишат…
typing-many = Няколко души пишат…
autocomplete-here = Известяване на всички, които са на линия тук
autocomplete-channel = Известяване на всички в този канал
autocomplete-all = Известяване на всички в този канал

## Threads

thread-title = Нишка
thread-close = Затваряне на нишката

## Connection

connection-reconnecting = Повторно свързване…
connection-offline = Няма връзка. Съобщенията ще бъдат изпратени, когато връзката се възстанови.
error-generic = Нещо се обърка: { $message }

## Profile card

profile-send-message = Изпращане на съобщение
# $username (String) - the name after the @ that was clicked
profile-not-found = Няма потребител с име @{ $username }.

## Settings

nav-settings = Настройки
settings-title = Настройки
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (чернова)
settings-language-help = Черновите преводи все още не са проверени от носител на езика.
settings-pseudo-group = За преводачи

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names }: реакция :{ $emoji }:

## Files

composer-attach = Прикачване на файлове
composer-drop = Пуснете файловете тук, за да ги прикачите
# $name (String) - a file name
upload-sending = Качване на { $name }
# $name (String) - a file name
upload-cancel = Отказ от качването на { $name }
# $name (String) - a file name
upload-remove = Премахване на { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = Файлът { $name } е твърде голям: максималният размер е { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Файлът { $name } не можа да бъде качен. { $message }
# $name (String) - a file name
file-download = Изтегляне на { $name }
# $name (String) - a file name
file-open = Отваряне на { $name } за преглед
viewer-previous = Предишно изображение
viewer-next = Следващо изображение
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Изображение { $index } от { $count }

## Profile picture

picture-title = Профилно изображение
picture-preview = Новото ви изображение, изрязано така, както ще го виждат другите
picture-choose = Избиране на изображение…
picture-save = Запазване на изображението
picture-reset = Използване на генерираното изображение

## Emoji picker and custom emoji

composer-emoji = Вмъкване на емоджи
post-react = Добавяне на реакция
emoji-picker = Избор на емоджи
emoji-search = Търсене на емоджи
emoji-recent = Наскоро използвани
emoji-custom = Персонализирани емоджи
emoji-group-smileys = Усмивки и емоции
emoji-group-people = Хора и тяло
emoji-group-nature = Животни и природа
emoji-group-food = Храна и напитки
emoji-group-travel = Пътувания и места
emoji-group-activities = Дейности
emoji-group-objects = Предмети
emoji-group-symbols = Символи
emoji-group-flags = Знамена
emoji-none = Няма намерени емоджи
emoji-tone-default = Тон на кожата по подразбиране
emoji-tone-light = Светъл тон на кожата
emoji-tone-medium-light = Средно светъл тон на кожата
emoji-tone-medium = Среден тон на кожата
emoji-tone-medium-dark = Средно тъмен тон на кожата
emoji-tone-dark = Тъмен тон на кожата
nav-custom-emoji = Персонализирани емоджи
custom-emoji-title = Персонализирани емоджи
custom-emoji-name = Име
custom-emoji-name-help = Малки букви, цифри и _ + -, до 64 знака. В съобщенията го използвайте като :name:.
custom-emoji-image = Изображение
custom-emoji-image-help = Изображение във формат PNG, JPEG, GIF или WebP с размер до 1 МБ. Показва се в размер 128 × 128 пиксела или по-малко.
custom-emoji-add = Добавяне на емоджи
custom-emoji-delete = Изтриване
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Да се изтрие ли персонализираното емоджи :{ $name }:? В съобщенията, които го използват, вместо него ще се показва името му.

## Search

search-label = Търсене в съобщенията
search-placeholder = Търсене
search-mentions = Последни споменавания
# $terms (String) - what the person searched for, as typed
search-title = Резултати за { $terms }
search-close = Затваряне на резултатите от търсенето
search-none = Няма съобщения, които отговарят на това търсене.
search-searching = Търсене…
search-jump = Към съобщението

## Notifications

notify-settings = Известия
notify-desktop = Известия на работния плот
notify-push = Push известия
notify-email = Известия по имейл
notify-all = За всяка активност
notify-mention = За споменавания и лични съобщения
notify-none = Никога
notify-default = Както в настройките ми
notify-email-off = Този сървър не изпраща имейли.
notify-first-name = Малкото ми име се брои за споменаване
notify-channel-wide = @channel, @all и @here се броят за споменавания
notify-keywords = Други думи, които се броят за споменавания, разделени със запетаи
notify-saved = Запазено.
notify-ask = Искате ли да получавате известие на работния плот, когато някой ви спомене или ви изпрати лично съобщение?
notify-enable = Включване на известията
notify-dismiss = Не сега
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } в { $channel }
notify-push-browser = Push известия в този браузър, когато отсъствам
notify-push-on = Включване
notify-push-off = Изключване
notify-push-blocked = Този браузър блокира известията от този сайт.
# $channel (String) - the channel's name
channel-notify-title = Известия в { $channel }
channel-notify = Настройки за известията
channel-notify-mute = Заглушаване на този канал
channel-notify-wide = Пренебрегване на @channel, @all и @here в този канал
channel-mentions-members = Членовете могат да известяват всички с @channel, @all и @here
channel-wide-title = Известяване на всички в този канал?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = С @{ $mention } ще изпратите известия до { $count ->
        [one] един човек
       *[other] { $count } души
    }. Сигурни ли сте?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Видимо само за вас)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Задаване на статус „отсъства“
command-dnd = Не безпокойте: без известия на работния плот и push известия
command-echo = Повтаряне на текст от вашия акаунт
# Keep the quotes: the message goes between them.
command-echo-hint = "съобщение" [закъснение в секунди]
command-header = Редактиране на заглавието на канала
command-header-hint = [текст]
command-help = Показване на командите, които можете да използвате
command-invite = Поканване на потребител в канал
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[потребителско име] [~канал]
command-join = Присъединяване към публичен канал
command-join-hint = ~[канал]
command-kick = Премахване на член от канала
command-kick-hint = @[потребителско име]
command-leave = Напускане на текущия канал
command-me = Извършване на действие
command-me-hint = [съобщение]
command-msg = Изпращане на лично съобщение до потребител
command-msg-hint = @[потребителско име] [съобщение]
command-online = Задаване на статус „на линия“
command-purpose = Редактиране на предназначението на канала
command-purpose-hint = [текст]
command-shrug = Добавя ¯\_(ツ)_/¯ към съобщението ви
command-shrug-hint = [съобщение]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Въведете / в началото на съобщение, за да видите командите, които можете да използвате, и какво прави всяка от тях.
command-said-status-away = Вече отсъствате.
command-said-status-online = Вече сте на линия.
command-said-status-dnd = Режимът „Не безпокойте“ е включен: няма да получавате известия на работния плот и push известия.

## The Integrations dialog

nav-integrations = Интеграции
integrations-title = Интеграции
integrations-incoming = Входящи уебхукове
integrations-outgoing = Изходящи уебхукове
integrations-commands = Команди с наклонена черта
integrations-bots = Акаунти на ботове
integrations-tokens = Лични токени за достъп
integrations-add = Добавяне
integrations-edit = Редактиране
integrations-delete = Изтриване
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Изтриване на „{ $name }“? Всичко, което го използва, ще спре да работи.
integrations-save = Запазване
integrations-copy = Копиране
integrations-url = URL адрес
integrations-token = Токен
integrations-empty = Все още няма.
integrations-disabled = изключено
integrations-disable = Изключване
integrations-enable = Включване
integrations-name = Име
integrations-description = Описание
integrations-channel = Канал
integrations-any-channel = Всеки публичен канал
integrations-locked = Публикуване само в този канал
integrations-username = Име, показвано в съобщенията му
integrations-icon = URL адрес на изображението, показвано в съобщенията му
integrations-triggers = Задействащи думи (по една на ред)
integrations-trigger-when = Условие за задействане
integrations-first-word = Първата дума е задействаща дума
integrations-starts-with = Съобщението започва със задействаща дума
integrations-callbacks = URL адреси за обратно извикване (по един на ред)
integrations-content-type = Формат на изпращаните данни
integrations-form = Полета на формуляр
integrations-json = JSON
integrations-trigger = Дума на командата (без наклонената черта)
integrations-request-url = URL адрес на заявката
integrations-method = Метод на заявката
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Предлагане в полето за писане
integrations-hint = Подсказка за аргументите
integrations-autocomplete-desc = Какво прави
integrations-bot-username = Потребителско име
integrations-bot-display = Показвано име
integrations-token-new = Нов токен
integrations-token-once = Копирайте този токен сега: той няма да бъде показан отново.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Токен за { $name }
integrations-overrides-off = Този сървър показва съобщенията на интеграциите с името и изображението на техния собственик.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Поканване на хора в { $team }
invite-link-heading = Връзка за покана
invite-link-help = Всеки с тази връзка може да се присъедини към екипа.
invite-link-copy = Копиране на връзката
invite-link-copied = Копирано
invite-link-reset = Създаване на нова връзка
invite-link-reset-help = Тогава текущата връзка ще спре да работи.
invite-link-admins-only = Само администраторите на екипа могат да канят хора в него.
invite-email-heading = Покана по имейл
invite-email-help = Адреси, разделени със запетаи, интервали или нови редове. Всеки получава връзка, която работи еднократно в рамките на 48 часа.
invite-email-send = Изпращане на поканите
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] Изпратена е { $count } покана.
   *[other] Изпратени са { $count } покани.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Чакащи покани
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, от { $inviter }, до { $when }
invite-revoke = Отмяна
invite-joined-heading = Кой кого е поканил
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } — покана от { $inviter }
invite-none = Все още няма.

## The System Console, for the server's admins

console-title = Системна конзола
console-tab-users = Потребители
console-tab-terms = Правила за поведение
console-tab-invitations = Покани
console-tab-audit = Журнал за одит
console-users-search = Търсене по име, потребителско име или имейл
console-user-inactive = Деактивиран
console-user-admin = Системен администратор
console-user-mfa = Двуфакторно удостоверяване: включено
console-user-deactivate = Деактивиране
console-user-activate = Повторно активиране
console-user-make-admin = Назначаване за системен администратор
console-user-remove-admin = Отнемане на правата на системен администратор
console-user-mfa-reset = Изключване на двуфакторното удостоверяване
console-user-sessions = Сесии
console-user-revoke-all = Изход навсякъде
console-user-no-sessions = Няма отворени сесии.
console-terms-help = Markdown. Всяка промяна е нова версия, която всички приемат отново.
console-terms-publish = Публикуване
console-terms-published = Публикувано: всички ще бъдат помолени да приемат тази версия.
console-terms-disabled = Този сървър все още не иска от никого да ги приеме: задайте enable_custom_terms_of_service = true в конфигурацията му.
console-invitations-help = Чакащи покани по имейл за този екип.
console-invitations-revoke-all = Отмяна на всички чакащи покани във всички екипи
console-audit-when = Кога
console-audit-who = Кой
console-audit-action = Действие
console-audit-details = Подробности
console-audit-address = Адрес
console-more = Показване на още
