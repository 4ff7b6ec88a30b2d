# Causerie: Ukrainian (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Вхід до { -brand-name }
login-id-label = Ел. пошта або ім’я користувача
login-password-label = Пароль
login-submit = Увійти
login-working = Вхід…
login-error-credentials = Неправильна ел. пошта, ім’я користувача або пароль.
login-error-locked = Забагато невдалих спроб. Спробуйте ще раз за кілька хвилин.
login-error-unreachable = Не вдається з’єднатися із сервером. Перевірте підключення і спробуйте ще раз.
login-error-other = Не вдалося увійти: { $message }
login-error-code = Код неправильний або вже використаний. Введіть поточний.
login-code-label = Код двофакторної автентифікації
login-code-help = 6-значний код із вашого застосунку-автентифікатора або один із ваших кодів відновлення.
terms-title = Правила поведінки
terms-help = Щоб брати участь, прочитайте й прийміть правила поведінки.
terms-agree = Погоджуюся
terms-disagree = Не погоджуюся
mfa-required-title = Налаштуйте двофакторну автентифікацію
mfa-required-help = Цей сервер вимагає код із застосунку-автентифікатора під час кожного входу.
mfa-scan = Відскануйте цей QR-код застосунком-автентифікатором або введіть у нього секретний ключ.
mfa-qr-alt = QR-код для вашого застосунку-автентифікатора
mfa-secret-label = Секретний ключ:
mfa-code-label = Код із застосунку
mfa-confirm = Увімкнути
mfa-bad-code = Цей код недійсний. Введіть поточний код із застосунку.
mfa-recovery-help = Зберігайте ці коди відновлення в надійному місці. Якщо ви втратите пристрій, кожен із них дасть змогу увійти один раз. Їх показано лише зараз.
mfa-recovery-download = Завантажити
mfa-recovery-copy = Копіювати
mfa-continue = Продовжити
security-title = Безпека
security-mfa = Двофакторна автентифікація
security-mfa-on = Увімкнено: під час входу потрібен код із вашого застосунку-автентифікатора.
security-mfa-off = Вимкнено: для входу достатньо лише пароля.
security-mfa-turn-on = Увімкнути
security-mfa-turn-off = Вимкнути
security-mfa-off-code = Поточний код, щоб вимкнути
security-sessions = Де ви ввійшли
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — остання активність { $when }
security-session-revoke = Вийти
login-server-toggle = Використати інший сервер
login-server-label = URL сервера
login-server-help = Сервер Mattermost, що дозволяє доступ із цього сайту (CORS). Залиште порожнім, щоб використати цей сервер.
login-no-account = Уперше тут? Попросіть посилання-запрошення або зареєструйтеся, якщо сервер це дозволяє.
login-signup-link = Створити обліковий запис
signup-title = Створення облікового запису
signup-invited = Вас запрошено до команди { $team }.
signup-invite-invalid = Це посилання-запрошення недійсне. Попросіть нове.
signup-first-user = Тут ще нікого немає: ваш обліковий запис адмініструватиме цей сервер.
signup-email-label = Ел. пошта
signup-username-label = Ім’я користувача
signup-username-help = Від 3 до 22 символів: малі літери, цифри, «.», «-» і «_».
signup-password-label = Пароль
signup-password-help = Щонайменше 8 символів.
signup-submit = Створити обліковий запис
signup-error = Не вдалося зареєструватися: { $message }
signup-have-account = Уже маєте обліковий запис? Увійдіть.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } запрошує вас до команди { $team }.
signup-token-invalid = Це запрошення прострочене або вже використане. Попросіть нове.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } запрошує вас до команди { $team }
invite-email-body = { $inviter } (@{ $username }) запрошує вас приєднатися до команди { $team } на { $site }.
invite-email-action = Приєднатися до { $team }
invite-email-expiry = Це посилання спрацює один раз протягом 48 годин. Якщо ви не очікували цього запрошення, проігноруйте цей лист.

## Navigation

nav-open-sidebar = Відкрити список каналів
nav-close-sidebar = Закрити список каналів
nav-teams = Команди
nav-channels = Канали
nav-public = Канали
nav-private = Приватні канали
nav-direct = Особисті повідомлення
nav-group = Групові повідомлення
nav-mentions = { $count ->
    [one] { $count } згадка
    [few] { $count } згадки
    [many] { $count } згадок
   *[other] { $count } згадки
}
nav-unread = непрочитані
nav-create-channel = Створити канал
nav-browse-channels = Огляд каналів
nav-new-message = Написати особисте повідомлення
nav-logout = Вийти
nav-language = Мова
nav-invite = Запросити людей
nav-console = Системна консоль
status-online = у мережі
status-away = немає на місці
status-dnd = не турбувати
status-offline = не в мережі

## Channel dialogs

create-title = Створити канал
create-name-label = Назва
create-private-label = Зробити приватним
create-purpose-label = Призначення (необов’язково)
create-submit = Створити
cancel = Скасувати
close = Закрити
browse-title = Огляд каналів
browse-join = Приєднатися
browse-empty = Немає інших каналів, до яких можна приєднатися.
dm-title = Особисте повідомлення
dm-search-label = Пошук людей
dm-start = Почати
dm-group-hint = Виберіть одну людину для особистого повідомлення або до семи — для групового.
switcher-title = Перейти до каналу
switcher-label = Назва каналу

## Channel

channel-members = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
channel-archived = Цей канал архівовано.
channel-leave = Залишити канал
channel-leave-private-confirm = Залишити цей приватний канал? Щоб повернутися, знадобиться запрошення.
channel-loading = Завантаження…
channel-load-older = Завантаження давніших повідомлень…
channel-beginning = Це початок каналу.
channel-not-found = Цей канал не існує або у вас немає до нього доступу.
messages-label = Повідомлення
new-messages = Нові повідомлення
jump-to-newest = До найновіших
edited = (змінено)
post-deleted = (повідомлення видалено)
post-sending = Надсилання…
post-failed = Не надіслано.
post-retry = Повторити
post-discard = Відкинути
post-reply = Відповісти
post-edit = Редагувати
post-delete = Видалити
post-delete-confirm = Видалити це повідомлення?
post-save = Зберегти
post-replies = { $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповіді
}
post-time-title = { $time }

## Composer

composer-label = Написати в { $channel }
composer-placeholder = Напишіть повідомлення…
composer-reply-label = Відповісти в гілці
composer-send = Надіслати
composer-hint = Enter — надіслати, Shift+Enter — новий рядок
typing-one = { $name } пише…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } пишуть…
typing-many = Кілька людей пишуть…
autocomplete-here = Сповістити всіх, хто зараз у мережі
autocomplete-channel = Сповістити всіх у цьому каналі
autocomplete-all = Сповістити всіх у цьому каналі

## Threads

thread-title = Гілка
thread-close = Закрити гілку

## Connection

connection-reconnecting = Повторне з’єднання…
connection-offline = Немає з’єднання. Повідомлення буде надіслано, коли з’єднання відновиться.
error-generic = Щось пішло не так: { $message }

## Profile card

profile-send-message = Надіслати повідомлення
# $username (String) - the name after the @ that was clicked
profile-not-found = Користувача @{ $username } немає.

## Settings

nav-settings = Налаштування
settings-title = Налаштування
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (чернетка)
settings-language-help = Чернеткові переклади ще не перевірив носій мови.
settings-pseudo-group = Для перекладачів

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names }: реакція :{ $emoji }:

## Files

composer-attach = Прикріпити файли
composer-drop = Перетягніть файли сюди, щоб прикріпити їх
# $name (String) - a file name
upload-sending = Надсилання файлу { $name }
# $name (String) - a file name
upload-cancel = Скасувати надсилання файлу { $name }
# $name (String) - a file name
upload-remove = Прибрати файл { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = Файл { $name } завеликий: максимальний розмір файлу — { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Не вдалося надіслати файл { $name }. { $message }
# $name (String) - a file name
file-download = Завантажити файл { $name }
# $name (String) - a file name
file-open = Відкрити файл { $name } у переглядачі
viewer-previous = Попереднє зображення
viewer-next = Наступне зображення
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Зображення { $index } з { $count }

## Profile picture

picture-title = Зображення профілю
picture-preview = Ваше нове зображення, обрізане так, як його бачитимуть інші
picture-choose = Вибрати зображення…
picture-save = Зберегти зображення
picture-reset = Використати автоматично створене зображення

## Emoji picker and custom emoji

composer-emoji = Вставити емодзі
post-react = Додати реакцію
emoji-picker = Вибір емодзі
emoji-search = Пошук емодзі
emoji-recent = Нещодавні
emoji-custom = Користувацькі емодзі
emoji-group-smileys = Смайлики та емоції
emoji-group-people = Люди та тіло
emoji-group-nature = Тварини та природа
emoji-group-food = Їжа та напої
emoji-group-travel = Подорожі та місця
emoji-group-activities = Заняття
emoji-group-objects = Предмети
emoji-group-symbols = Символи
emoji-group-flags = Прапори
emoji-none = Емодзі не знайдено
emoji-tone-default = Тон шкіри за замовчуванням
emoji-tone-light = Світлий тон шкіри
emoji-tone-medium-light = Помірно світлий тон шкіри
emoji-tone-medium = Помірний тон шкіри
emoji-tone-medium-dark = Помірно темний тон шкіри
emoji-tone-dark = Темний тон шкіри
nav-custom-emoji = Користувацькі емодзі
custom-emoji-title = Користувацькі емодзі
custom-emoji-name = Назва
custom-emoji-name-help = Малі літери, цифри та _ + -, не більше 64 символів. У повідомленнях використовуйте його як :name:.
custom-emoji-image = Зображення
custom-emoji-image-help = Зображення PNG, JPEG, GIF або WebP розміром до 1 МБ. Показується в розмірі 128 × 128 пікселів або менше.
custom-emoji-add = Додати емодзі
custom-emoji-delete = Видалити
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Видалити користувацький емодзі :{ $name }:? У повідомленнях замість нього буде показано його назву.

## Search

search-label = Пошук повідомлень
search-placeholder = Пошук
search-mentions = Нещодавні згадки
# $terms (String) - what the person searched for, as typed
search-title = Результати за запитом { $terms }
search-close = Закрити результати пошуку
search-none = Немає повідомлень, що відповідають цьому запиту.
search-searching = Пошук…
search-jump = Перейти

## Notifications

notify-settings = Сповіщення
notify-desktop = Сповіщення на робочому столі
notify-push = Push-сповіщення
notify-email = Сповіщення ел. поштою
notify-all = Про всі події
notify-mention = Про згадки та особисті повідомлення
notify-none = Ніколи
notify-default = Як у моїх налаштуваннях
notify-email-off = Цей сервер не надсилає електронних листів.
notify-first-name = Моє ім’я вважається згадкою
notify-channel-wide = @channel, @all і @here вважаються згадками
notify-keywords = Інші слова, що вважаються згадками, через кому
notify-saved = Збережено.
notify-ask = Отримувати сповіщення на робочому столі, коли вас згадують або надсилають вам особисте повідомлення?
notify-enable = Увімкнути сповіщення
notify-dismiss = Не зараз
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } у каналі { $channel }
notify-push-browser = Push-сповіщення в цьому браузері, коли мене немає на місці
notify-push-on = Увімкнути
notify-push-off = Вимкнути
notify-push-blocked = Цей браузер блокує сповіщення з цього сайту.
# $channel (String) - the channel's name
channel-notify-title = Сповіщення в каналі { $channel }
channel-notify = Налаштування сповіщень
channel-notify-mute = Приглушити цей канал
channel-notify-wide = Ігнорувати @channel, @all і @here у цьому каналі
channel-mentions-members = Учасники можуть сповіщати всіх за допомогою @channel, @all і @here
channel-wide-title = Сповістити всіх у цьому каналі?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Використовуючи @{ $mention }, ви надішлете сповіщення { $count ->
        [one] { $count } людині
        [few] { $count } людям
        [many] { $count } людям
       *[other] { $count } людини
    }. Ви впевнені?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Бачите лише ви)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Змінити ваш статус на «немає на місці»
command-dnd = Не турбувати: без сповіщень на робочому столі та push-сповіщень
command-echo = Повторити текст від вашого облікового запису
# Keep the quotes: the message goes between them.
command-echo-hint = "повідомлення" [затримка в секундах]
command-header = Редагувати заголовок каналу
command-header-hint = [текст]
command-help = Показати команди, які ви можете використовувати
command-invite = Запросити користувача до каналу
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[ім’я користувача] [~канал]
command-join = Приєднатися до відкритого каналу
command-join-hint = ~[канал]
command-kick = Вилучити учасника з каналу
command-kick-hint = @[ім’я користувача]
command-leave = Залишити поточний канал
command-me = Виконати дію
command-me-hint = [повідомлення]
command-msg = Надіслати особисте повідомлення користувачу
command-msg-hint = @[ім’я користувача] [повідомлення]
command-online = Змінити ваш статус на «у мережі»
command-purpose = Редагувати призначення каналу
command-purpose-hint = [текст]
command-shrug = Додає ¯\_(ツ)_/¯ до вашого повідомлення
command-shrug-hint = [повідомлення]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Введіть / на початку повідомлення, щоб побачити команди, які ви можете використовувати, і що робить кожна з них.
command-said-status-away = Тепер вас немає на місці.
command-said-status-online = Тепер ви в мережі.
command-said-status-dnd = Режим «Не турбувати» увімкнено: ви не отримуватимете сповіщень на робочому столі та push-сповіщень.

## The Integrations dialog

nav-integrations = Інтеграції
integrations-title = Інтеграції
integrations-incoming = Вхідні вебхуки
integrations-outgoing = Вихідні вебхуки
integrations-commands = Слеш-команди
integrations-bots = Облікові записи ботів
integrations-tokens = Особисті токени доступу
integrations-add = Додати
integrations-edit = Редагувати
integrations-delete = Видалити
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Видалити «{ $name }»? Усе, що його використовує, перестане працювати.
integrations-save = Зберегти
integrations-copy = Копіювати
integrations-url = URL
integrations-token = Токен
integrations-empty = Поки що нічого немає.
integrations-disabled = вимкнено
integrations-disable = Вимкнути
integrations-enable = Увімкнути
integrations-name = Назва
integrations-description = Опис
integrations-channel = Канал
integrations-any-channel = Будь-який публічний канал
integrations-locked = Публікувати лише в цьому каналі
integrations-username = Ім’я, що показується в його повідомленнях
integrations-icon = URL зображення, що показується в його повідомленнях
integrations-triggers = Слова-тригери (по одному в рядку)
integrations-trigger-when = Спрацьовує, коли
integrations-first-word = Перше слово — слово-тригер
integrations-starts-with = Повідомлення починається зі слова-тригера
integrations-callbacks = URL зворотного виклику (по одному в рядку)
integrations-content-type = Формат надсилання
integrations-form = Поля форми
integrations-json = JSON
integrations-trigger = Слово команди (без скісної риски)
integrations-request-url = URL запиту
integrations-method = Метод запиту
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Пропонувати її під час написання повідомлення
integrations-hint = Підказка щодо аргументів
integrations-autocomplete-desc = Що вона робить
integrations-bot-username = Ім’я користувача
integrations-bot-display = Відображуване ім’я
integrations-token-new = Новий токен
integrations-token-once = Скопіюйте цей токен зараз: його більше не буде показано.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Токен для { $name }
integrations-overrides-off = Цей сервер показує повідомлення інтеграцій з ім’ям і зображенням їхнього власника.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Запросити людей до команди { $team }
invite-link-heading = Посилання-запрошення
invite-link-help = Будь-хто з цим посиланням може приєднатися до команди.
invite-link-copy = Копіювати посилання
invite-link-copied = Скопійовано
invite-link-reset = Створити нове посилання
invite-link-reset-help = Після цього поточне посилання перестане працювати.
invite-link-admins-only = Запрошувати людей до команди можуть лише її адміністратори.
invite-email-heading = Запросити ел. поштою
invite-email-help = Адреси, розділені комами, пробілами або новими рядками. Кожна отримає посилання, що спрацює один раз протягом 48 годин.
invite-email-send = Надіслати запрошення
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] Надіслано { $count } запрошення.
    [few] Надіслано { $count } запрошення.
    [many] Надіслано { $count } запрошень.
   *[other] Надіслано { $count } запрошення.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Запрошення, що очікують
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, від { $inviter }, до { $when }
invite-revoke = Відкликати
invite-joined-heading = Хто кого запросив
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } — запрошення від { $inviter }
invite-none = Поки що немає.

## The System Console, for the server's admins

console-title = Системна консоль
console-tab-users = Користувачі
console-tab-terms = Правила поведінки
console-tab-invitations = Запрошення
console-tab-audit = Журнал аудиту
console-users-search = Пошук за ім’ям, ім’ям користувача або ел. поштою
console-user-inactive = Деактивовано
console-user-admin = Системний адміністратор
console-user-mfa = Двофакторна автентифікація ввімкнена
console-user-deactivate = Деактивувати
console-user-activate = Активувати знову
console-user-make-admin = Зробити системним адміністратором
console-user-remove-admin = Забрати права системного адміністратора
console-user-mfa-reset = Вимкнути двофакторну автентифікацію
console-user-sessions = Сеанси
console-user-revoke-all = Вийти на всіх пристроях
console-user-no-sessions = Немає відкритих сеансів.
console-terms-help = Markdown. Кожна зміна — це нова версія, яку всі приймають знову.
console-terms-publish = Опублікувати
console-terms-published = Опубліковано: усіх попросять прийняти цю версію.
console-terms-disabled = Цей сервер ще ні від кого не вимагає їх прийняти: задайте enable_custom_terms_of_service = true у його конфігурації.
console-invitations-help = Запрошення ел. поштою до цієї команди, що очікують.
console-invitations-revoke-all = Відкликати всі запрошення, що очікують, в усіх командах
console-audit-when = Коли
console-audit-who = Хто
console-audit-action = Дія
console-audit-details = Подробиці
console-audit-address = Адреса
console-more = Показати більше
