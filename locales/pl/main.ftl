# Causerie: Polish (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Zaloguj się do { -brand-name }
login-id-label = E-mail lub nazwa użytkownika
login-password-label = Hasło
login-submit = Zaloguj się
login-working = Logowanie…
login-error-credentials = Nieprawidłowy e-mail, nazwa użytkownika lub hasło.
login-error-locked = Zbyt wiele nieudanych prób. Spróbuj ponownie za kilka minut.
login-error-unreachable = Nie można połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.
login-error-other = Logowanie nie powiodło się: { $message }
login-error-code = Nieprawidłowy lub już użyty kod. Wpisz aktualny.
login-code-label = Kod uwierzytelniania dwuskładnikowego
login-code-help = 6-cyfrowy kod z aplikacji uwierzytelniającej lub jeden z Twoich kodów odzyskiwania.
terms-title = Kodeks postępowania
terms-help = Przeczytaj i zaakceptuj kodeks postępowania, aby wziąć udział.
terms-agree = Zgadzam się
terms-disagree = Nie zgadzam się
mfa-required-title = Skonfiguruj uwierzytelnianie dwuskładnikowe
mfa-required-help = Ten serwer wymaga kodu z aplikacji uwierzytelniającej przy każdym logowaniu.
mfa-scan = Zeskanuj ten kod QR aplikacją uwierzytelniającą lub wpisz w niej sekretny klucz.
mfa-qr-alt = Kod QR dla Twojej aplikacji uwierzytelniającej
mfa-secret-label = Sekretny klucz:
mfa-code-label = Kod z aplikacji
mfa-confirm = Włącz
mfa-bad-code = Ten kod jest nieprawidłowy. Wpisz aktualny kod z aplikacji.
mfa-recovery-help = Przechowuj te kody odzyskiwania w bezpiecznym miejscu. Jeśli stracisz urządzenie, każdy z nich pozwoli Ci zalogować się jeden raz. Są wyświetlane tylko teraz.
mfa-recovery-download = Pobierz
mfa-recovery-copy = Kopiuj
mfa-continue = Dalej
security-title = Bezpieczeństwo
security-mfa = Uwierzytelnianie dwuskładnikowe
security-mfa-on = Włączone: przy logowaniu wymagany jest kod z aplikacji uwierzytelniającej.
security-mfa-off = Wyłączone: do zalogowania wystarczy samo hasło.
security-mfa-turn-on = Włącz
security-mfa-turn-off = Wyłącz
security-mfa-off-code = Aktualny kod, aby je wyłączyć
security-sessions = Aktywne sesje logowania
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — ostatnia aktywność: { $when }
security-session-revoke = Wyloguj
login-server-toggle = Użyj innego serwera
login-server-label = Adres URL serwera
login-server-help = Serwer Mattermost, który zezwala na dostęp z tej witryny (CORS). Pozostaw puste, aby użyć tego serwera.
login-no-account = Pierwszy raz tutaj? Poproś o link z zaproszeniem lub zarejestruj się, jeśli ten serwer na to pozwala.
login-signup-link = Utwórz konto
signup-title = Utwórz konto
signup-invited = Zaproszono Cię do zespołu { $team }.
signup-invite-invalid = Ten link z zaproszeniem jest nieprawidłowy. Poproś o nowy.
signup-first-user = Nikogo tu jeszcze nie ma: Twoje konto będzie administrować tym serwerem.
signup-email-label = E-mail
signup-username-label = Nazwa użytkownika
signup-username-help = Od 3 do 22 znaków: małe litery, cyfry, „.”, „-” i „_”.
signup-password-label = Hasło
signup-password-help = Co najmniej 8 znaków.
signup-submit = Utwórz konto
signup-error = Rejestracja nie powiodła się: { $message }
signup-have-account = Masz już konto? Zaloguj się.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } zaprasza Cię do zespołu { $team }.
signup-token-invalid = To zaproszenie wygasło lub zostało już wykorzystane. Poproś o nowe.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } zaprasza Cię do zespołu { $team }
invite-email-body = { $inviter } (@{ $username }) zaprasza Cię do zespołu { $team } w serwisie { $site }.
invite-email-action = Dołącz do zespołu { $team }
invite-email-expiry = Ten link działa jeden raz przez 48 godzin. Jeśli to zaproszenie jest dla Ciebie zaskoczeniem, zignoruj tę wiadomość.

## Navigation

nav-open-sidebar = Otwórz listę kanałów
nav-close-sidebar = Zamknij listę kanałów
nav-teams = Zespoły
nav-channels = Kanały
nav-public = Kanały
nav-private = Kanały prywatne
nav-direct = Wiadomości bezpośrednie
nav-group = Wiadomości grupowe
nav-mentions = { $count ->
    [one] { $count } wzmianka
    [few] { $count } wzmianki
    [many] { $count } wzmianek
   *[other] { $count } wzmianki
}
nav-unread = nieprzeczytane
nav-create-channel = Utwórz kanał
nav-browse-channels = Przeglądaj kanały
nav-new-message = Napisz wiadomość bezpośrednią
nav-logout = Wyloguj się
nav-language = Język
nav-invite = Zaproś osoby
nav-console = Konsola systemowa
status-online = online
status-away = zaraz wracam
status-dnd = nie przeszkadzać
status-offline = offline

## Channel dialogs

create-title = Utwórz kanał
create-name-label = Nazwa
create-private-label = Ustaw jako prywatny
create-purpose-label = Cel (opcjonalnie)
create-submit = Utwórz
cancel = Anuluj
close = Zamknij
browse-title = Przeglądaj kanały
browse-join = Dołącz
browse-empty = Brak innych kanałów, do których można dołączyć.
dm-title = Wiadomość bezpośrednia
dm-search-label = Znajdź osoby
dm-start = Rozpocznij
dm-group-hint = Wybierz jedną osobę, aby napisać wiadomość bezpośrednią, lub do siedmiu osób, aby utworzyć grupę.
switcher-title = Przejdź do kanału
switcher-label = Nazwa kanału

## Channel

channel-members = { $count ->
    [one] { $count } członek
    [few] { $count } członków
    [many] { $count } członków
   *[other] { $count } członka
}
channel-archived = Ten kanał jest zarchiwizowany.
channel-leave = Opuść kanał
channel-leave-private-confirm = Opuścić ten prywatny kanał? Aby dołączyć ponownie, potrzebne będzie zaproszenie.
channel-loading = Wczytywanie…
channel-load-older = Wczytywanie starszych wiadomości…
channel-beginning = To jest początek kanału.
channel-not-found = Ten kanał nie istnieje lub nie masz do niego dostępu.
messages-label = Wiadomości
new-messages = Nowe wiadomości
jump-to-newest = Przejdź do najnowszych
edited = (edytowano)
post-deleted = (wiadomość usunięta)
post-sending = Wysyłanie…
post-failed = Nie wysłano.
post-retry = Ponów
post-discard = Odrzuć
post-reply = Odpowiedz
post-edit = Edytuj
post-delete = Usuń
post-delete-confirm = Usunąć tę wiadomość?
post-save = Zapisz
post-replies = { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
post-time-title = { $time }

## Composer

composer-label = Napisz do { $channel }
composer-placeholder = Napisz wiadomość…
composer-reply-label = Odpowiedz w wątku
composer-send = Wyślij
composer-hint = Enter – wyślij, Shift+Enter – nowa linia
typing-one = { $name } pisze…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } piszą…
typing-many = Kilka osób pisze…
autocomplete-here = Powiadom wszystkich, którzy są teraz online
autocomplete-channel = Powiadom wszystkich na tym kanale
autocomplete-all = Powiadom wszystkich na tym kanale

## Threads

thread-title = Wątek
thread-close = Zamknij wątek

## Connection

connection-reconnecting = Ponowne łączenie…
connection-offline = Jesteś offline. Wiadomości zostaną wysłane po przywróceniu połączenia.
error-generic = Coś poszło nie tak: { $message }

## Profile card

profile-send-message = Wyślij wiadomość
# $username (String) - the name after the @ that was clicked
profile-not-found = Nie ma nikogo o nazwie @{ $username }.

## Settings

nav-settings = Ustawienia
settings-title = Ustawienia
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (wersja robocza)
settings-language-help = Robocze tłumaczenia nie zostały jeszcze sprawdzone przez rodzimego użytkownika języka.
settings-pseudo-group = Dla tłumaczy

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names }: reakcja :{ $emoji }:

## Files

composer-attach = Załącz pliki
composer-drop = Upuść pliki tutaj, aby je załączyć
# $name (String) - a file name
upload-sending = Przesyłanie pliku { $name }
# $name (String) - a file name
upload-cancel = Anuluj przesyłanie pliku { $name }
# $name (String) - a file name
upload-remove = Usuń plik { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = Plik { $name } jest za duży: maksymalny rozmiar pliku to { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Nie udało się przesłać pliku { $name }. { $message }
# $name (String) - a file name
file-download = Pobierz plik { $name }
# $name (String) - a file name
file-open = Otwórz plik { $name } w przeglądarce obrazów
viewer-previous = Poprzedni obraz
viewer-next = Następny obraz
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Obraz { $index } z { $count }

## Profile picture

picture-title = Obraz profilowy
picture-preview = Twój nowy obraz, przycięty tak, jak zobaczą go inni
picture-choose = Wybierz obraz…
picture-save = Zapisz obraz
picture-reset = Użyj wygenerowanego obrazu

## Emoji picker and custom emoji

composer-emoji = Wstaw emoji
post-react = Dodaj reakcję
emoji-picker = Wybór emoji
emoji-search = Szukaj emoji
emoji-recent = Ostatnio używane
emoji-custom = Niestandardowe emoji
emoji-group-smileys = Buźki i emocje
emoji-group-people = Ludzie i ciało
emoji-group-nature = Zwierzęta i przyroda
emoji-group-food = Jedzenie i picie
emoji-group-travel = Podróże i miejsca
emoji-group-activities = Aktywności
emoji-group-objects = Przedmioty
emoji-group-symbols = Symbole
emoji-group-flags = Flagi
emoji-none = Nie znaleziono emoji
emoji-tone-default = Domyślny odcień skóry
emoji-tone-light = Jasny odcień skóry
emoji-tone-medium-light = Średnio jasny odcień skóry
emoji-tone-medium = Średni odcień skóry
emoji-tone-medium-dark = Średnio ciemny odcień skóry
emoji-tone-dark = Ciemny odcień skóry
nav-custom-emoji = Niestandardowe emoji
custom-emoji-title = Niestandardowe emoji
custom-emoji-name = Nazwa
custom-emoji-name-help = Małe litery, cyfry oraz _ + -, maksymalnie 64 znaki. W wiadomościach używaj jej jako :nazwa:.
custom-emoji-image = Obraz
custom-emoji-image-help = Obraz PNG, JPEG, GIF lub WebP o rozmiarze do 1 MB. Jest wyświetlany w rozmiarze 128 × 128 pikseli lub mniejszym.
custom-emoji-add = Dodaj emoji
custom-emoji-delete = Usuń
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Usunąć niestandardowe emoji :{ $name }:? Wiadomości, które go używają, będą zamiast niego wyświetlać jego nazwę.

## Search

search-label = Szukaj w wiadomościach
search-placeholder = Szukaj
search-mentions = Ostatnie wzmianki
# $terms (String) - what the person searched for, as typed
search-title = Wyniki dla { $terms }
search-close = Zamknij wyniki wyszukiwania
search-none = Brak wiadomości pasujących do tego wyszukiwania.
search-searching = Wyszukiwanie…
search-jump = Przejdź

## Notifications

notify-settings = Powiadomienia
notify-desktop = Powiadomienia na pulpicie
notify-push = Powiadomienia push
notify-email = Powiadomienia e-mail
notify-all = O całej aktywności
notify-mention = O wzmiankach i wiadomościach bezpośrednich
notify-none = Nigdy
notify-default = Jak w moich ustawieniach
notify-email-off = Ten serwer nie wysyła e-maili.
notify-first-name = Moje imię liczy się jako wzmianka
notify-channel-wide = @channel, @all i @here liczą się jako wzmianki
notify-keywords = Inne słowa liczone jako wzmianki, oddzielone przecinkami
notify-saved = Zapisano.
notify-ask = Czy chcesz otrzymywać powiadomienia na pulpicie, gdy ktoś o Tobie wspomni lub wyśle Ci wiadomość bezpośrednią?
notify-enable = Włącz powiadomienia
notify-dismiss = Nie teraz
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } na kanale { $channel }
notify-push-browser = Powiadomienia push w tej przeglądarce podczas mojej nieobecności
notify-push-on = Włącz
notify-push-off = Wyłącz
notify-push-blocked = Ta przeglądarka blokuje powiadomienia z tej witryny.
# $channel (String) - the channel's name
channel-notify-title = Powiadomienia na kanale { $channel }
channel-notify = Ustawienia powiadomień
channel-notify-mute = Wycisz ten kanał
channel-notify-wide = Ignoruj @channel, @all i @here na tym kanale
channel-mentions-members = Członkowie mogą powiadamiać wszystkich za pomocą @channel, @all i @here
channel-wide-title = Powiadomić wszystkich na tym kanale?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Używając @{ $mention }, wyślesz powiadomienia do { $count ->
        [one] jednej osoby
        [few] { $count } osób
        [many] { $count } osób
       *[other] { $count } osoby
    }. Czy na pewno chcesz kontynuować?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Widoczne tylko dla Ciebie)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Ustaw status „zaraz wracam”
command-dnd = Nie przeszkadzać: bez powiadomień na pulpicie i powiadomień push
command-echo = Powtórz tekst ze swojego konta
# Keep the quotes: the message goes between them.
command-echo-hint = "wiadomość" [opóźnienie w sekundach]
command-header = Edytuj nagłówek kanału
command-header-hint = [tekst]
command-help = Pokaż polecenia, których możesz używać
command-invite = Zaproś użytkownika na kanał
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[nazwa użytkownika] [~kanał]
command-join = Dołącz do otwartego kanału
command-join-hint = ~[kanał]
command-kick = Usuń członka z kanału
command-kick-hint = @[nazwa użytkownika]
command-leave = Opuść bieżący kanał
command-me = Wykonaj czynność
command-me-hint = [wiadomość]
command-msg = Wyślij wiadomość bezpośrednią do użytkownika
command-msg-hint = @[nazwa użytkownika] [wiadomość]
command-online = Ustaw status „online”
command-purpose = Edytuj cel kanału
command-purpose-hint = [tekst]
command-shrug = Dodaje ¯\_(ツ)_/¯ do Twojej wiadomości
command-shrug-hint = [wiadomość]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Wpisz / na początku wiadomości, aby zobaczyć polecenia, których możesz używać, wraz z opisem ich działania.
command-said-status-away = Twój status to teraz „zaraz wracam”.
command-said-status-online = Jesteś teraz online.
command-said-status-dnd = Tryb „nie przeszkadzać” jest włączony: nie będziesz otrzymywać powiadomień na pulpicie ani powiadomień push.

## The Integrations dialog

nav-integrations = Integracje
integrations-title = Integracje
integrations-incoming = Przychodzące webhooki
integrations-outgoing = Wychodzące webhooki
integrations-commands = Polecenia z ukośnikiem
integrations-bots = Konta botów
integrations-tokens = Osobiste tokeny dostępu
integrations-add = Dodaj
integrations-edit = Edytuj
integrations-delete = Usuń
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Usunąć „{ $name }”? Wszystko, co z tego korzysta, przestanie działać.
integrations-save = Zapisz
integrations-copy = Kopiuj
integrations-url = Adres URL
integrations-token = Token
integrations-empty = Jeszcze nic tu nie ma.
integrations-disabled = wyłączone
integrations-disable = Wyłącz
integrations-enable = Włącz
integrations-name = Nazwa
integrations-description = Opis
integrations-channel = Kanał
integrations-any-channel = Dowolny kanał publiczny
integrations-locked = Publikuj tylko na tym kanale
integrations-username = Nazwa wyświetlana przy publikowanych wiadomościach
integrations-icon = Adres URL obrazu wyświetlanego przy publikowanych wiadomościach
integrations-triggers = Słowa wyzwalające (jedno w wierszu)
integrations-trigger-when = Wyzwalane, gdy
integrations-first-word = Pierwsze słowo jest słowem wyzwalającym
integrations-starts-with = Wiadomość zaczyna się od słowa wyzwalającego
integrations-callbacks = Adresy URL wywołań zwrotnych (jeden w wierszu)
integrations-content-type = Format wysyłanych danych
integrations-form = Pola formularza
integrations-json = JSON
integrations-trigger = Słowo polecenia (bez ukośnika)
integrations-request-url = Adres URL żądania
integrations-method = Metoda żądania
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Proponuj w polu wiadomości
integrations-hint = Podpowiedź argumentów
integrations-autocomplete-desc = Co robi
integrations-bot-username = Nazwa użytkownika
integrations-bot-display = Nazwa wyświetlana
integrations-token-new = Nowy token
integrations-token-once = Skopiuj ten token teraz: nie zostanie ponownie wyświetlony.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token dla { $name }
integrations-overrides-off = Ten serwer wyświetla wiadomości integracji pod nazwą i obrazem ich właściciela.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Zaproś osoby do zespołu { $team }
invite-link-heading = Link z zaproszeniem
invite-link-help = Każdy, kto ma ten link, może dołączyć do zespołu.
invite-link-copy = Kopiuj link
invite-link-copied = Skopiowano
invite-link-reset = Utwórz nowy link
invite-link-reset-help = Obecny link przestanie wtedy działać.
invite-link-admins-only = Tylko administratorzy zespołu mogą zapraszać do niego osoby.
invite-email-heading = Zaproś przez e-mail
invite-email-help = Adresy oddzielone przecinkami, spacjami lub nowymi wierszami. Każdy otrzyma link, który działa jeden raz przez 48 godzin.
invite-email-send = Wyślij zaproszenia
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] Wysłano { $count } zaproszenie.
    [few] Wysłano { $count } zaproszenia.
    [many] Wysłano { $count } zaproszeń.
   *[other] Wysłano { $count } zaproszenia.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Oczekujące zaproszenia
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, od { $inviter }, ważne do { $when }
invite-revoke = Unieważnij
invite-joined-heading = Kto kogo zaprosił
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } — zaproszenie od { $inviter }
invite-none = Jeszcze nic tu nie ma.

## The System Console, for the server's admins

console-title = Konsola systemowa
console-tab-users = Użytkownicy
console-tab-terms = Kodeks postępowania
console-tab-invitations = Zaproszenia
console-tab-audit = Dziennik audytu
console-users-search = Szukaj według imienia i nazwiska, nazwy użytkownika lub e-maila
console-user-inactive = Konto dezaktywowane
console-user-admin = Administrator systemu
console-user-mfa = Uwierzytelnianie dwuskładnikowe włączone
console-user-deactivate = Dezaktywuj
console-user-activate = Aktywuj ponownie
console-user-make-admin = Nadaj uprawnienia administratora systemu
console-user-remove-admin = Odbierz uprawnienia administratora systemu
console-user-mfa-reset = Wyłącz uwierzytelnianie dwuskładnikowe
console-user-sessions = Sesje
console-user-revoke-all = Wyloguj ze wszystkich urządzeń
console-user-no-sessions = Brak otwartych sesji.
console-terms-help = Markdown. Każda zmiana to nowa wersja, którą wszyscy akceptują ponownie.
console-terms-publish = Opublikuj
console-terms-published = Opublikowano: wszyscy zostaną poproszeni o zaakceptowanie tej wersji.
console-terms-disabled = Ten serwer nie prosi jeszcze nikogo o jego akceptację: ustaw enable_custom_terms_of_service = true w jego konfiguracji.
console-invitations-help = Oczekujące zaproszenia e-mail do tego zespołu.
console-invitations-revoke-all = Unieważnij wszystkie oczekujące zaproszenia we wszystkich zespołach
console-audit-when = Kiedy
console-audit-who = Kto
console-audit-action = Działanie
console-audit-details = Szczegóły
console-audit-address = Adres
console-more = Pokaż więcej
