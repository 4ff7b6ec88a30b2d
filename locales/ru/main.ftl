# Causerie: Russian (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Вход в { -brand-name }
login-id-label = Эл. почта или имя пользователя
login-password-label = Пароль
login-submit = Войти
login-working = Вход…
login-error-credentials = Неверный адрес эл. почты, имя пользователя или пароль.
login-error-locked = Слишком много неудачных попыток. Повторите через несколько минут.
login-error-unreachable = Не удаётся связаться с сервером. Проверьте подключение и повторите попытку.
login-error-other = Не удалось войти: { $message }
login-error-code = Неверный или уже использованный код. Введите текущий.
login-code-label = Код двухфакторной аутентификации
login-code-help = 6-значный код из приложения-аутентификатора или один из ваших кодов восстановления.
terms-title = Правила поведения
terms-help = Чтобы участвовать, прочитайте и примите правила поведения.
terms-agree = Принимаю
terms-disagree = Не принимаю
mfa-required-title = Настройте двухфакторную аутентификацию
mfa-required-help = Этот сервер требует код из приложения-аутентификатора при каждом входе.
mfa-scan = Отсканируйте этот QR-код приложением-аутентификатором или введите в него секретный ключ.
mfa-qr-alt = QR-код для вашего приложения-аутентификатора
mfa-secret-label = Секретный ключ:
mfa-code-label = Код из приложения
mfa-confirm = Включить
mfa-bad-code = Этот код недействителен. Введите текущий код из приложения.
mfa-recovery-help = Храните эти коды восстановления в надёжном месте. Если вы потеряете устройство, каждый из них позволит войти один раз. Они показываются только сейчас.
mfa-recovery-download = Скачать
mfa-recovery-copy = Копировать
mfa-continue = Продолжить
security-title = Безопасность
security-mfa = Двухфакторная аутентификация
security-mfa-on = Включена: при входе запрашивается код из приложения-аутентификатора.
security-mfa-off = Выключена: для входа достаточно одного пароля.
security-mfa-turn-on = Включить
security-mfa-turn-off = Выключить
security-mfa-off-code = Текущий код для отключения
security-sessions = Где выполнен вход
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — последняя активность: { $when }
security-session-revoke = Выйти
login-server-toggle = Использовать другой сервер
login-server-label = URL сервера
login-server-help = Сервер Mattermost, разрешающий доступ с этого сайта (CORS). Оставьте пустым, чтобы использовать этот сервер.
login-no-account = Впервые здесь? Попросите ссылку-приглашение или зарегистрируйтесь, если сервер это позволяет.
login-signup-link = Создать учётную запись
signup-title = Создание учётной записи
signup-invited = Вас пригласили в команду { $team }.
signup-invite-invalid = Эта ссылка-приглашение недействительна. Попросите новую.
signup-first-user = Здесь ещё никого нет: ваша учётная запись будет администрировать этот сервер.
signup-email-label = Эл. почта
signup-username-label = Имя пользователя
signup-username-help = От 3 до 22 символов: строчные буквы, цифры, «.», «-» и «_».
signup-password-label = Пароль
signup-password-help = Не менее 8 символов.
signup-submit = Создать учётную запись
signup-error = Не удалось зарегистрироваться: { $message }
signup-have-account = Уже есть учётная запись? Войдите.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } приглашает вас в команду { $team }.
signup-token-invalid = Срок действия этого приглашения истёк, или оно уже использовано. Попросите новое.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } приглашает вас в команду { $team }
invite-email-body = { $inviter } (@{ $username }) приглашает вас присоединиться к команде { $team } на { $site }.
invite-email-action = Присоединиться к команде { $team }
invite-email-expiry = Ссылка действует один раз в течение 48 часов. Если вы не ждали этого приглашения, просто проигнорируйте это письмо.

## Navigation

nav-open-sidebar = Открыть список каналов
nav-close-sidebar = Закрыть список каналов
nav-teams = Команды
nav-channels = Каналы
nav-public = Каналы
nav-private = Приватные каналы
nav-direct = Личные сообщения
nav-group = Групповые сообщения
nav-mentions = { $count ->
    [one] { $count } упоминание
    [few] { $count } упоминания
    [many] { $count } упоминаний
   *[other] { $count } упоминания
}
nav-unread = непрочитанные
nav-create-channel = Создать канал
nav-browse-channels = Обзор каналов
nav-new-message = Написать личное сообщение
nav-logout = Выйти
nav-language = Язык
nav-invite = Пригласить людей
nav-console = Системная консоль
status-online = в сети
status-away = нет на месте
status-dnd = не беспокоить
status-offline = не в сети

## Channel dialogs

create-title = Создать канал
create-name-label = Название
create-private-label = Сделать приватным
create-purpose-label = Назначение (необязательно)
create-submit = Создать
cancel = Отмена
close = Закрыть
browse-title = Обзор каналов
browse-join = Присоединиться
browse-empty = Нет других каналов, к которым можно присоединиться.
dm-title = Личное сообщение
dm-search-label = Поиск людей
dm-start = Начать
dm-group-hint = Выберите одного человека для личного сообщения или до семи — для группового.
switcher-title = Перейти к каналу
switcher-label = Название канала

## Channel

channel-members = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
channel-archived = Этот канал в архиве.
channel-leave = Покинуть канал
channel-leave-private-confirm = Покинуть этот закрытый канал? Чтобы вернуться, понадобится приглашение.
channel-loading = Загрузка…
channel-load-older = Загрузка более ранних сообщений…
channel-beginning = Это начало канала.
channel-not-found = Этот канал не существует или у вас нет к нему доступа.
messages-label = Сообщения
new-messages = Новые сообщения
jump-to-newest = К последним сообщениям
edited = (изменено)
post-deleted = (сообщение удалено)
post-sending = Отправка…
post-failed = Не отправлено.
post-retry = Повторить
post-discard = Отменить
post-reply = Ответить
post-edit = Изменить
post-delete = Удалить
post-delete-confirm = Удалить это сообщение?
post-save = Сохранить
post-replies = { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
}
post-time-title = { $time }

## Composer

composer-label = Написать в { $channel }
composer-placeholder = Напишите сообщение…
composer-reply-label = Ответить в ветке
composer-send = Отправить
composer-hint = Enter — отправить, Shift+Enter — новая строка
typing-one = { $name } печатает…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } печатают…
typing-many = Несколько человек печатают…
autocomplete-here = Уведомить всех, кто сейчас в сети
autocomplete-channel = Уведомить всех в этом канале
autocomplete-all = Уведомить всех в этом канале

## Threads

thread-title = Ветка
thread-close = Закрыть ветку

## Connection

connection-reconnecting = Переподключение…
connection-offline = Нет подключения. Сообщения будут отправлены, когда связь восстановится.
error-generic = Что-то пошло не так: { $message }

## Profile card

profile-send-message = Написать сообщение
# $username (String) - the name after the @ that was clicked
profile-not-found = Пользователя @{ $username } нет.

## Settings

nav-settings = Настройки
settings-title = Настройки
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (черновик)
settings-language-help = Черновые переводы ещё не проверены носителем языка.
settings-pseudo-group = Для переводчиков

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names }: реакция :{ $emoji }:

## Files

composer-attach = Прикрепить файлы
composer-drop = Перетащите файлы сюда, чтобы прикрепить их
# $name (String) - a file name
upload-sending = Загрузка файла { $name }
# $name (String) - a file name
upload-cancel = Отменить загрузку файла { $name }
# $name (String) - a file name
upload-remove = Убрать файл { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = Файл { $name } слишком большой: максимальный размер файла — { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Не удалось загрузить файл { $name }. { $message }
# $name (String) - a file name
file-download = Скачать файл { $name }
# $name (String) - a file name
file-open = Открыть файл { $name } в окне просмотра
viewer-previous = Предыдущее изображение
viewer-next = Следующее изображение
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Изображение { $index } из { $count }

## Profile picture

picture-title = Изображение профиля
picture-preview = Ваше новое изображение, обрезанное так, как его увидят другие
picture-choose = Выбрать изображение…
picture-save = Сохранить изображение
picture-reset = Использовать автоматически созданное изображение

## Emoji picker and custom emoji

composer-emoji = Вставить эмодзи
post-react = Добавить реакцию
emoji-picker = Выбор эмодзи
emoji-search = Поиск эмодзи
emoji-recent = Недавние
emoji-custom = Пользовательские эмодзи
emoji-group-smileys = Смайлики и эмоции
emoji-group-people = Люди и тело
emoji-group-nature = Животные и природа
emoji-group-food = Еда и напитки
emoji-group-travel = Путешествия и места
emoji-group-activities = Занятия
emoji-group-objects = Предметы
emoji-group-symbols = Символы
emoji-group-flags = Флаги
emoji-none = Эмодзи не найдены
emoji-tone-default = Тон кожи по умолчанию
emoji-tone-light = Очень светлый тон кожи
emoji-tone-medium-light = Светлый тон кожи
emoji-tone-medium = Средний тон кожи
emoji-tone-medium-dark = Тёмный тон кожи
emoji-tone-dark = Очень тёмный тон кожи
nav-custom-emoji = Пользовательские эмодзи
custom-emoji-title = Пользовательские эмодзи
custom-emoji-name = Название
custom-emoji-name-help = Строчные буквы, цифры и _ + -, не более 64 символов. В сообщениях используйте его как :name:.
custom-emoji-image = Изображение
custom-emoji-image-help = Изображение PNG, JPEG, GIF или WebP размером не более 1 МБ. Отображается в размере 128 × 128 пикселей или меньше.
custom-emoji-add = Добавить эмодзи
custom-emoji-delete = Удалить
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Удалить пользовательский эмодзи :{ $name }:? В сообщениях вместо него будет показано его название.

## Search

search-label = Поиск сообщений
search-placeholder = Поиск
search-mentions = Недавние упоминания
# $terms (String) - what the person searched for, as typed
search-title = Результаты по запросу { $terms }
search-close = Закрыть результаты поиска
search-none = Нет сообщений, соответствующих этому запросу.
search-searching = Поиск…
search-jump = Перейти

## Notifications

notify-settings = Уведомления
notify-desktop = Уведомления на рабочем столе
notify-push = Push-уведомления
notify-email = Уведомления по эл. почте
notify-all = Обо всех событиях
notify-mention = Об упоминаниях и личных сообщениях
notify-none = Никогда
notify-default = Как в моих настройках
notify-email-off = Этот сервер не отправляет электронные письма.
notify-first-name = Моё имя считается упоминанием
notify-channel-wide = @channel, @all и @here считаются упоминаниями
notify-keywords = Другие слова, которые считаются упоминаниями, через запятую
notify-saved = Сохранено.
notify-ask = Получать уведомления на рабочем столе, когда вас упоминают или пишут вам личное сообщение?
notify-enable = Включить уведомления
notify-dismiss = Не сейчас
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } в канале { $channel }
notify-push-browser = Push-уведомления в этом браузере, когда меня нет на месте
notify-push-on = Включить
notify-push-off = Выключить
notify-push-blocked = Этот браузер блокирует уведомления с этого сайта.
# $channel (String) - the channel's name
channel-notify-title = Уведомления в канале { $channel }
channel-notify = Настройки уведомлений
channel-notify-mute = Заглушить этот канал
channel-notify-wide = Игнорировать @channel, @all и @here в этом канале
channel-mentions-members = Участники могут уведомлять всех с помощью @channel, @all и @here
channel-wide-title = Уведомить всех в этом канале?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Используя @{ $mention }, вы отправите уведомления { $count ->
        [one] { $count } человеку
        [few] { $count } людям
        [many] { $count } людям
       *[other] { $count } человека
    }. Вы уверены?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Видно только вам)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Установить статус «нет на месте»
command-dnd = Не беспокоить: без уведомлений на рабочем столе и push-уведомлений
command-echo = Повторить текст от вашего имени
# Keep the quotes: the message goes between them.
command-echo-hint = "сообщение" [задержка в секундах]
command-header = Изменить заголовок канала
command-header-hint = [текст]
command-help = Показать доступные вам команды
command-invite = Пригласить пользователя в канал
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[имя пользователя] [~канал]
command-join = Присоединиться к открытому каналу
command-join-hint = ~[канал]
command-kick = Удалить участника из канала
command-kick-hint = @[имя пользователя]
command-leave = Покинуть текущий канал
command-me = Описать действие
command-me-hint = [сообщение]
command-msg = Отправить пользователю личное сообщение
command-msg-hint = @[имя пользователя] [сообщение]
command-online = Установить статус «в сети»
command-purpose = Изменить назначение канала
command-purpose-hint = [текст]
command-shrug = Добавляет ¯\_(ツ)_/¯ к вашему сообщению
command-shrug-hint = [сообщение]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Введите / в начале сообщения, чтобы увидеть доступные вам команды и описание каждой из них.
command-said-status-away = Теперь ваш статус — «нет на месте».
command-said-status-online = Теперь вы в сети.
command-said-status-dnd = Режим «Не беспокоить» включён: вы не будете получать уведомления на рабочем столе и push-уведомления.

## The Integrations dialog

nav-integrations = Интеграции
integrations-title = Интеграции
integrations-incoming = Входящие вебхуки
integrations-outgoing = Исходящие вебхуки
integrations-commands = Слэш-команды
integrations-bots = Учётные записи ботов
integrations-tokens = Персональные токены доступа
integrations-add = Добавить
integrations-edit = Изменить
integrations-delete = Удалить
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Удалить «{ $name }»? Всё, что это использует, перестанет работать.
integrations-save = Сохранить
integrations-copy = Копировать
integrations-url = URL
integrations-token = Токен
integrations-empty = Пока ничего нет.
integrations-disabled = отключено
integrations-disable = Отключить
integrations-enable = Включить
integrations-name = Название
integrations-description = Описание
integrations-channel = Канал
integrations-any-channel = Любой публичный канал
integrations-locked = Публиковать только в этом канале
integrations-username = Имя, показываемое в его сообщениях
integrations-icon = URL изображения, показываемого в его сообщениях
integrations-triggers = Слова-триггеры (по одному в строке)
integrations-trigger-when = Срабатывает, когда
integrations-first-word = Первое слово — слово-триггер
integrations-starts-with = Сообщение начинается со слова-триггера
integrations-callbacks = URL обратного вызова (по одному в строке)
integrations-content-type = Формат отправки
integrations-form = Поля формы
integrations-json = JSON
integrations-trigger = Слово команды (без косой черты)
integrations-request-url = URL запроса
integrations-method = Метод запроса
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Предлагать в поле ввода сообщения
integrations-hint = Подсказка по аргументам
integrations-autocomplete-desc = Что делает
integrations-bot-username = Имя пользователя
integrations-bot-display = Отображаемое имя
integrations-token-new = Новый токен
integrations-token-once = Скопируйте этот токен сейчас: он больше не будет показан.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Токен для { $name }
integrations-overrides-off = Этот сервер показывает сообщения интеграций под именем и изображением их владельца.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Пригласить людей в команду { $team }
invite-link-heading = Ссылка-приглашение
invite-link-help = Любой, у кого есть эта ссылка, может присоединиться к команде.
invite-link-copy = Копировать ссылку
invite-link-copied = Скопировано
invite-link-reset = Создать новую ссылку
invite-link-reset-help = После этого текущая ссылка перестанет работать.
invite-link-admins-only = Приглашать людей в команду могут только её администраторы.
invite-email-heading = Пригласить по эл. почте
invite-email-help = Адреса через запятую, пробел или с новой строки. Каждый получит ссылку, которая действует один раз в течение 48 часов.
invite-email-send = Отправить приглашения
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] Отправлено { $count } приглашение.
    [few] Отправлено { $count } приглашения.
    [many] Отправлено { $count } приглашений.
   *[other] Отправлено { $count } приглашения.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Ожидающие приглашения
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, от { $inviter }, действует до { $when }
invite-revoke = Отозвать
invite-joined-heading = Кто кого пригласил
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } — по приглашению { $inviter }
invite-none = Пока ничего нет.

## The System Console, for the server's admins

console-title = Системная консоль
console-tab-users = Пользователи
console-tab-terms = Правила поведения
console-tab-invitations = Приглашения
console-tab-audit = Журнал аудита
console-users-search = Поиск по имени, имени пользователя или эл. почте
console-user-inactive = Деактивирован
console-user-admin = Системный администратор
console-user-mfa = Двухфакторная аутентификация включена
console-user-deactivate = Деактивировать
console-user-activate = Активировать снова
console-user-make-admin = Сделать системным администратором
console-user-remove-admin = Снять права системного администратора
console-user-mfa-reset = Отключить двухфакторную аутентификацию
console-user-sessions = Сеансы
console-user-revoke-all = Выйти на всех устройствах
console-user-no-sessions = Нет открытых сеансов.
console-terms-help = Markdown. Каждое изменение — это новая версия, которую все принимают заново.
console-terms-publish = Опубликовать
console-terms-published = Опубликовано: всех попросят принять эту версию.
console-terms-disabled = Этот сервер пока ни от кого не требует их принимать: задайте enable_custom_terms_of_service = true в его конфигурации.
console-invitations-help = Ожидающие приглашения в эту команду по эл. почте.
console-invitations-revoke-all = Отозвать все ожидающие приглашения во всех командах
console-audit-when = Когда
console-audit-who = Кто
console-audit-action = Действие
console-audit-details = Подробности
console-audit-address = Адрес
console-more = Показать ещё
