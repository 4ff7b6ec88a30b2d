# Causerie: Italian (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Accedi a { -brand-name }
login-id-label = Email o nome utente
login-password-label = Password
login-submit = Accedi
login-working = Accesso in corso…
login-error-credentials = Email, nome utente o password errati.
login-error-locked = Troppi tentativi non riusciti. Riprova tra qualche minuto.
login-error-unreachable = Impossibile raggiungere il server. Controlla la connessione e riprova.
login-error-other = Accesso non riuscito: { $message }
login-error-code = Codice errato o già usato. Inserisci quello attuale.
login-code-label = Codice a due fattori
login-code-help = Il codice a 6 cifre della tua app di autenticazione, o uno dei tuoi codici di recupero.
terms-title = Codice di condotta
terms-help = Leggi e accetta il codice di condotta per partecipare.
terms-agree = Accetto
terms-disagree = Non accetto
mfa-required-title = Configura l'autenticazione a due fattori
mfa-required-help = Questo server richiede a ogni accesso un codice da un'app di autenticazione.
mfa-scan = Scansiona questo codice QR con un'app di autenticazione, oppure inserisci il codice segreto nell'app.
mfa-qr-alt = Codice QR per la tua app di autenticazione
mfa-secret-label = Codice segreto:
mfa-code-label = Codice dell'app
mfa-confirm = Attiva
mfa-bad-code = Questo codice non è valido. Inserisci il codice attuale dell'app.
mfa-recovery-help = Conserva questi codici di recupero in un luogo sicuro. Se perdi il dispositivo, ognuno ti permette di accedere una volta. Vengono mostrati solo ora.
mfa-recovery-download = Scarica
mfa-recovery-copy = Copia
mfa-continue = Continua
security-title = Sicurezza
security-mfa = Autenticazione a due fattori
security-mfa-on = Attiva: all'accesso viene chiesto un codice dalla tua app di autenticazione.
security-mfa-off = Disattivata: per accedere basta la password.
security-mfa-turn-on = Attiva
security-mfa-turn-off = Disattiva
security-mfa-off-code = Codice attuale, per disattivarla
security-sessions = Dove hai effettuato l'accesso
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — ultima attività { $when }
security-session-revoke = Disconnetti
login-server-toggle = Usa un altro server
login-server-label = URL del server
login-server-help = Un server Mattermost che consente l'accesso da questo sito (CORS). Lascia vuoto per usare questo server.
login-no-account = Prima volta qui? Chiedi un link di invito o registrati, se questo server lo consente.
login-signup-link = Crea un account
signup-title = Crea il tuo account
signup-invited = Hai ricevuto un invito a { $team }.
signup-invite-invalid = Questo link di invito non è valido. Chiedine uno nuovo.
signup-first-user = Sei la prima persona qui: il tuo account amministrerà questo server.
signup-email-label = Email
signup-username-label = Nome utente
signup-username-help = Da 3 a 22 caratteri: lettere minuscole, cifre, ".", "-" e "_".
signup-password-label = Password
signup-password-help = Almeno 8 caratteri.
signup-submit = Crea account
signup-error = Registrazione non riuscita: { $message }
signup-have-account = Hai già un account? Accedi.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } ti ha inviato un invito a { $team }.
signup-token-invalid = Questo invito è scaduto o è già stato usato. Chiedine uno nuovo.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } ti invita a { $team }
invite-email-body = { $inviter } (@{ $username }) ti invita a unirti a { $team } su { $site }.
invite-email-action = Unisciti a { $team }
invite-email-expiry = Questo link funziona una sola volta, per 48 ore. Se non ti aspettavi questo invito, ignora questa email.

## Navigation

nav-open-sidebar = Apri l'elenco dei canali
nav-close-sidebar = Chiudi l'elenco dei canali
nav-teams = Team
nav-channels = Canali
nav-public = Canali
nav-private = Canali privati
nav-direct = Messaggi diretti
nav-group = Messaggi di gruppo
nav-mentions = { $count ->
    [one] { $count } menzione
   *[other] { $count } menzioni
}
nav-unread = non letto
nav-create-channel = Crea un canale
nav-browse-channels = Sfoglia i canali
nav-new-message = Scrivi un messaggio diretto
nav-logout = Esci
nav-language = Lingua
nav-invite = Invita persone
nav-console = Console di sistema
status-online = online
status-away = assente
status-dnd = non disturbare
status-offline = offline

## Channel dialogs

create-title = Crea un canale
create-name-label = Nome
create-private-label = Rendi privato
create-purpose-label = Scopo (facoltativo)
create-submit = Crea
cancel = Annulla
close = Chiudi
browse-title = Sfoglia i canali
browse-join = Unisciti
browse-empty = Nessun altro canale a cui unirsi.
dm-title = Messaggio diretto
dm-search-label = Cerca persone
dm-start = Inizia
dm-group-hint = Scegli una persona per un messaggio diretto, o fino a sette per un gruppo.
switcher-title = Cambia canale
switcher-label = Nome del canale

## Channel

channel-members = { $count ->
    [one] { $count } membro
   *[other] { $count } membri
}
channel-archived = Questo canale è archiviato.
channel-leave = Abbandona il canale
channel-leave-private-confirm = Abbandonare questo canale privato? Per rientrare servirà un invito.
channel-loading = Caricamento…
channel-load-older = Caricamento dei messaggi precedenti…
channel-beginning = Questo è l'inizio del canale.
channel-not-found = Questo canale non esiste o non hai il permesso di vederlo.
messages-label = Messaggi
new-messages = Nuovi messaggi
jump-to-newest = Vai ai più recenti
edited = (modificato)
post-deleted = (messaggio eliminato)
post-sending = Invio in corso…
post-failed = Non inviato.
post-retry = Riprova
post-discard = Scarta
post-reply = Rispondi
post-edit = Modifica
post-delete = Elimina
post-delete-confirm = Eliminare questo messaggio?
post-save = Salva
post-replies = { $count ->
    [one] { $count } risposta
   *[other] { $count } risposte
}
post-time-title = { $time }

## Composer

composer-label = Invia un messaggio a { $channel }
composer-placeholder = Scrivi un messaggio…
composer-reply-label = Rispondi nel thread
composer-send = Invia
composer-hint = Enter per inviare, Shift+Enter per andare a capo
typing-one = { $name } sta scrivendo…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } stanno scrivendo…
typing-many = Più persone stanno scrivendo…
autocomplete-here = Notifica tutte le persone online qui
autocomplete-channel = Notifica tutti in questo canale
autocomplete-all = Notifica tutti in questo canale

## Threads

thread-title = Thread
thread-close = Chiudi il thread

## Connection

connection-reconnecting = Riconnessione in corso…
connection-offline = Sei offline. I messaggi verranno inviati quando la connessione sarà ripristinata.
error-generic = Si è verificato un errore: { $message }

## Profile card

profile-send-message = Invia messaggio
# $username (String) - the name after the @ that was clicked
profile-not-found = Non c’è nessuno chiamato @{ $username }.

## Settings

nav-settings = Impostazioni
settings-title = Impostazioni
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (bozza)
settings-language-help = Le traduzioni in bozza non sono ancora state controllate da un madrelingua.
settings-pseudo-group = Per i traduttori

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } ha reagito con :{ $emoji }:

## Files

composer-attach = Allega file
composer-drop = Rilascia qui i file per allegarli
# $name (String) - a file name
upload-sending = Caricamento di { $name } in corso
# $name (String) - a file name
upload-cancel = Annulla il caricamento di { $name }
# $name (String) - a file name
upload-remove = Rimuovi { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } è troppo grande: i file possono essere al massimo di { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Impossibile caricare { $name }. { $message }
# $name (String) - a file name
file-download = Scarica { $name }
# $name (String) - a file name
file-open = Apri { $name } nel visualizzatore
viewer-previous = Immagine precedente
viewer-next = Immagine successiva
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Immagine { $index } di { $count }

## Profile picture

picture-title = Immagine del profilo
picture-preview = La tua nuova immagine, ritagliata come la vedranno gli altri
picture-choose = Scegli un'immagine…
picture-save = Salva immagine
picture-reset = Usa l'immagine generata

## Emoji picker and custom emoji

composer-emoji = Inserisci emoji
post-react = Aggiungi reazione
emoji-picker = Selettore emoji
emoji-search = Cerca emoji
emoji-recent = Usate di recente
emoji-custom = Emoji personalizzate
emoji-group-smileys = Faccine ed emozioni
emoji-group-people = Persone e corpo
emoji-group-nature = Animali e natura
emoji-group-food = Cibo e bevande
emoji-group-travel = Viaggi e luoghi
emoji-group-activities = Attività
emoji-group-objects = Oggetti
emoji-group-symbols = Simboli
emoji-group-flags = Bandiere
emoji-none = Nessuna emoji trovata
emoji-tone-default = Carnagione predefinita
emoji-tone-light = Carnagione chiara
emoji-tone-medium-light = Carnagione abbastanza chiara
emoji-tone-medium = Carnagione olivastra
emoji-tone-medium-dark = Carnagione abbastanza scura
emoji-tone-dark = Carnagione scura
nav-custom-emoji = Emoji personalizzate
custom-emoji-title = Emoji personalizzate
custom-emoji-name = Nome
custom-emoji-name-help = Lettere minuscole, cifre e _ + -, fino a 64 caratteri. Nei messaggi usala come :nome:.
custom-emoji-image = Immagine
custom-emoji-image-help = Un'immagine PNG, JPEG, GIF o WebP di massimo 1 MB. Viene mostrata a 128 × 128 pixel o meno.
custom-emoji-add = Aggiungi emoji
custom-emoji-delete = Elimina
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Eliminare l'emoji personalizzata :{ $name }:? I messaggi che la usano mostreranno il suo nome al suo posto.

## Search

search-label = Cerca nei messaggi
search-placeholder = Cerca
search-mentions = Menzioni recenti
# $terms (String) - what the person searched for, as typed
search-title = Risultati per { $terms }
search-close = Chiudi i risultati della ricerca
search-none = Nessun messaggio corrisponde a questa ricerca.
search-searching = Ricerca in corso…
search-jump = Vai

## Notifications

notify-settings = Notifiche
notify-desktop = Notifiche desktop
notify-push = Notifiche push
notify-email = Notifiche email
notify-all = Per tutte le attività
notify-mention = Per menzioni e messaggi diretti
notify-none = Mai
notify-default = Come nelle mie impostazioni
notify-email-off = Questo server non invia email.
notify-first-name = Il mio nome conta come menzione
notify-channel-wide = @channel, @all e @here contano come menzioni
notify-keywords = Altre parole che contano come menzioni, separate da virgole
notify-saved = Salvato.
notify-ask = Vuoi ricevere una notifica desktop quando qualcuno ti menziona o ti invia un messaggio diretto?
notify-enable = Attiva le notifiche
notify-dismiss = Non ora
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } in { $channel }
notify-push-browser = Notifiche push in questo browser quando sono assente
notify-push-on = Attiva
notify-push-off = Disattiva
notify-push-blocked = Questo browser blocca le notifiche di questo sito.
# $channel (String) - the channel's name
channel-notify-title = Notifiche in { $channel }
channel-notify = Preferenze di notifica
channel-notify-mute = Silenzia questo canale
channel-notify-wide = Ignora @channel, @all e @here in questo canale
channel-mentions-members = I membri possono notificare tutti con @channel, @all e @here
channel-wide-title = Notificare tutti in questo canale?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Usando @{ $mention } stai per inviare notifiche a { $count ->
        [one] una persona
       *[other] { $count } persone
    }. Vuoi continuare?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Visibile solo a te)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Imposta il tuo stato su assente
command-dnd = Non disturbare: nessuna notifica desktop o push
command-echo = Ripeti un testo dal tuo account
# Keep the quotes: the message goes between them.
command-echo-hint = "messaggio" [ritardo in secondi]
command-header = Modifica l'intestazione del canale
command-header-hint = [testo]
command-help = Mostra i comandi che puoi usare
command-invite = Invita un utente in un canale
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[nome utente] [~canale]
command-join = Unisciti al canale pubblico
command-join-hint = ~[canale]
command-kick = Rimuovi un membro dal canale
command-kick-hint = @[nome utente]
command-leave = Abbandona il canale corrente
command-me = Descrivi un'azione
command-me-hint = [messaggio]
command-msg = Invia un messaggio diretto a un utente
command-msg-hint = @[nome utente] [messaggio]
command-online = Imposta il tuo stato su online
command-purpose = Modifica lo scopo del canale
command-purpose-hint = [testo]
command-shrug = Aggiunge ¯\_(ツ)_/¯ al tuo messaggio
command-shrug-hint = [messaggio]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Digita / all'inizio di un messaggio per vedere i comandi che puoi usare e cosa fa ciascuno.
command-said-status-away = Ora risulti assente.
command-said-status-online = Ora risulti online.
command-said-status-dnd = Non disturbare è attivo: non riceverai notifiche desktop o push.

## The Integrations dialog

nav-integrations = Integrazioni
integrations-title = Integrazioni
integrations-incoming = Webhook in entrata
integrations-outgoing = Webhook in uscita
integrations-commands = Comandi slash
integrations-bots = Account bot
integrations-tokens = Token di accesso personali
integrations-add = Aggiungi
integrations-edit = Modifica
integrations-delete = Elimina
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Eliminare “{ $name }”? Tutto ciò che lo usa smetterà di funzionare.
integrations-save = Salva
integrations-copy = Copia
integrations-url = URL
integrations-token = Token
integrations-empty = Ancora nessuno.
integrations-disabled = disattivato
integrations-disable = Disattiva
integrations-enable = Attiva
integrations-name = Nome
integrations-description = Descrizione
integrations-channel = Canale
integrations-any-channel = Qualsiasi canale pubblico
integrations-locked = Pubblica solo in questo canale
integrations-username = Nome mostrato nei suoi messaggi
integrations-icon = URL dell'immagine mostrata nei suoi messaggi
integrations-triggers = Parole di attivazione (una per riga)
integrations-trigger-when = Si attiva quando
integrations-first-word = La prima parola è una parola di attivazione
integrations-starts-with = Il messaggio inizia con una parola di attivazione
integrations-callbacks = URL di callback (uno per riga)
integrations-content-type = Formato inviato
integrations-form = Campi del modulo
integrations-json = JSON
integrations-trigger = Parola del comando (senza la barra)
integrations-request-url = URL della richiesta
integrations-method = Metodo della richiesta
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Suggeriscilo durante la scrittura dei messaggi
integrations-hint = Suggerimento per gli argomenti
integrations-autocomplete-desc = Cosa fa
integrations-bot-username = Nome utente
integrations-bot-display = Nome visualizzato
integrations-token-new = Nuovo token
integrations-token-once = Copia subito questo token: non verrà più mostrato.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token per { $name }
integrations-overrides-off = Questo server mostra i messaggi delle integrazioni con il nome e l'immagine del loro proprietario.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Invita persone in { $team }
invite-link-heading = Link di invito
invite-link-help = Chiunque abbia questo link può unirsi al team.
invite-link-copy = Copia link
invite-link-copied = Copiato
invite-link-reset = Crea un nuovo link
invite-link-reset-help = Il link attuale smetterà di funzionare.
invite-link-admins-only = Solo gli amministratori del team possono invitare persone in questo team.
invite-email-heading = Invita via email
invite-email-help = Indirizzi separati da virgole, spazi o righe. Ognuno riceve un link che funziona una sola volta, per 48 ore.
invite-email-send = Invia inviti
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } invito inviato.
   *[other] { $count } inviti inviati.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Inviti in sospeso
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, da { $inviter }, scadenza: { $when }
invite-revoke = Revoca
invite-joined-heading = Chi ha invitato chi
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $inviter } ha invitato { $user }
invite-none = Ancora nessuno.

## The System Console, for the server's admins

console-title = Console di sistema
console-tab-users = Utenti
console-tab-terms = Codice di condotta
console-tab-invitations = Inviti
console-tab-audit = Registro di audit
console-users-search = Cerca per nome, nome utente o email
console-user-inactive = Disattivato
console-user-admin = Amministratore di sistema
console-user-mfa = Due fattori attivi
console-user-deactivate = Disattiva
console-user-activate = Riattiva
console-user-make-admin = Rendi amministratore di sistema
console-user-remove-admin = Rimuovi da amministratore di sistema
console-user-mfa-reset = Disattiva i due fattori
console-user-sessions = Sessioni
console-user-revoke-all = Disconnetti ovunque
console-user-no-sessions = Nessuna sessione aperta.
console-terms-help = Markdown. Ogni modifica è una nuova versione, che tutti dovranno accettare di nuovo.
console-terms-publish = Pubblica
console-terms-published = Pubblicato: a tutti verrà chiesto di accettare questa versione.
console-terms-disabled = Questo server non chiede ancora a nessuno di accettarlo: imposta enable_custom_terms_of_service = true nella sua configurazione.
console-invitations-help = Inviti via email in sospeso per questo team.
console-invitations-revoke-all = Revoca tutti gli inviti in sospeso, in tutti i team
console-audit-when = Quando
console-audit-who = Chi
console-audit-action = Azione
console-audit-details = Dettagli
console-audit-address = Indirizzo
console-more = Mostra altro
