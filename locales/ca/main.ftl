# Causerie: Catalan (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Inicia la sessió a { -brand-name }
login-id-label = Correu electrònic o nom d'usuari
login-password-label = Contrasenya
login-submit = Inicia la sessió
login-working = S'està iniciant la sessió…
login-error-credentials = El correu electrònic, el nom d'usuari o la contrasenya no són correctes.
login-error-locked = Massa intents fallits. Torneu-ho a provar d'aquí a uns minuts.
login-error-unreachable = No es pot contactar amb el servidor. Comproveu la connexió i torneu-ho a provar.
login-error-other = No s'ha pogut iniciar la sessió: { $message }
login-error-code = El codi no és correcte o ja s'ha utilitzat. Introduïu el codi actual.
login-code-label = Codi de dos factors
login-code-help = El codi de 6 xifres de l'aplicació d'autenticació, o un dels vostres codis de recuperació.
terms-title = Codi de conducta
terms-help = Llegiu i accepteu el codi de conducta per a participar-hi.
terms-agree = Hi estic d'acord
terms-disagree = No hi estic d'acord
mfa-required-title = Configureu l'autenticació de dos factors
mfa-required-help = Aquest servidor demana un codi d'una aplicació d'autenticació cada vegada que inicieu la sessió.
mfa-scan = Escanegeu aquest codi QR amb una aplicació d'autenticació, o escriviu-hi la clau secreta.
mfa-qr-alt = Codi QR per a l'aplicació d'autenticació
mfa-secret-label = Clau secreta:
mfa-code-label = Codi de l'aplicació
mfa-confirm = Activa
mfa-bad-code = Aquest codi no és vàlid. Introduïu el codi actual de l'aplicació.
mfa-recovery-help = Deseu aquests codis de recuperació en un lloc segur. Cadascun us permet iniciar la sessió una vegada si perdeu el dispositiu. Només es mostren ara.
mfa-recovery-download = Baixa
mfa-recovery-copy = Copia
mfa-continue = Continua
security-title = Seguretat
security-mfa = Autenticació de dos factors
security-mfa-on = Activada: per a iniciar la sessió cal un codi de l'aplicació d'autenticació.
security-mfa-off = Desactivada: n'hi ha prou amb la contrasenya per a iniciar la sessió.
security-mfa-turn-on = Activa
security-mfa-turn-off = Desactiva
security-mfa-off-code = Codi actual, per a desactivar-la
security-sessions = On teniu la sessió iniciada
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — última activitat: { $when }
security-session-revoke = Tanca la sessió
login-server-toggle = Utilitza un altre servidor
login-server-label = URL del servidor
login-server-help = Un servidor Mattermost que permeti aquest lloc (CORS). Deixeu-ho en blanc per a utilitzar aquest servidor.
login-no-account = És la primera vegada que hi entreu? Demaneu un enllaç d'invitació o registreu-vos si aquest servidor ho permet.
login-signup-link = Crea un compte
signup-title = Creeu el vostre compte
signup-invited = Us han convidat a { $team }.
signup-invite-invalid = Aquest enllaç d'invitació no és vàlid. Demaneu-ne un de nou.
signup-first-user = Sou la primera persona aquí: el vostre compte administrarà aquest servidor.
signup-email-label = Correu electrònic
signup-username-label = Nom d'usuari
signup-username-help = De 3 a 22 caràcters: lletres minúscules, xifres, «.», «-» i «_».
signup-password-label = Contrasenya
signup-password-help = Com a mínim 8 caràcters.
signup-submit = Crea el compte
signup-error = No s'ha pogut fer el registre: { $message }
signup-have-account = Ja teniu un compte? Inicieu la sessió.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } us ha convidat a { $team }.
signup-token-invalid = Aquesta invitació ha caducat o ja s'ha utilitzat. Demaneu-ne una de nova.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } us convida a { $team }
invite-email-body = { $inviter } (@{ $username }) us convida a unir-vos a { $team } a { $site }.
invite-email-action = Uniu-vos a { $team }
invite-email-expiry = Aquest enllaç funciona una sola vegada durant 48 hores. Si no esperàveu aquesta invitació, no feu cas d'aquest correu.

## Navigation

nav-open-sidebar = Obre la llista de canals
nav-close-sidebar = Tanca la llista de canals
nav-teams = Equips
nav-channels = Canals
nav-public = Canals
nav-private = Canals privats
nav-direct = Missatges directes
nav-group = Missatges de grup
nav-mentions = { $count ->
    [one] { $count } menció
   *[other] { $count } mencions
}
nav-unread = sense llegir
nav-create-channel = Crea un canal
nav-browse-channels = Explora els canals
nav-new-message = Escriu un missatge directe
nav-logout = Tanca la sessió
nav-language = Idioma
nav-invite = Convida persones
nav-console = Consola del sistema
status-online = en línia
status-away = absent
status-dnd = no molesteu
status-offline = fora de línia

## Channel dialogs

create-title = Crea un canal
create-name-label = Nom
create-private-label = Fes-lo privat
create-purpose-label = Finalitat (opcional)
create-submit = Crea
cancel = Cancel·la
close = Tanca
browse-title = Explora els canals
browse-join = Uneix-t'hi
browse-empty = No hi ha cap altre canal on unir-se.
dm-title = Missatge directe
dm-search-label = Cerca persones
dm-start = Comença
dm-group-hint = Trieu una persona per a un missatge directe, o fins a set per a un grup.
switcher-title = Canvia de canal
switcher-label = Nom del canal

## Channel

channel-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
channel-archived = Aquest canal està arxivat.
channel-leave = Surt del canal
channel-leave-private-confirm = Voleu sortir d'aquest canal privat? Per tornar-hi caldrà una invitació.
channel-loading = S'està carregant…
channel-load-older = S'estan carregant missatges anteriors…
channel-beginning = Aquest és l'inici del canal.
channel-not-found = Aquest canal no existeix o no hi teniu accés.
messages-label = Missatges
new-messages = Missatges nous
jump-to-newest = Ves als més recents
edited = (editat)
post-deleted = (missatge suprimit)
post-sending = S'està enviant…
post-failed = No s'ha enviat.
post-retry = Torna-ho a provar
post-discard = Descarta
post-reply = Respon
post-edit = Edita
post-delete = Suprimeix
post-delete-confirm = Voleu suprimir aquest missatge?
post-save = Desa
post-replies = { $count ->
    [one] { $count } resposta
   *[other] { $count } respostes
}
post-time-title = { $time }

## Composer

composer-label = Envia un missatge a { $channel }
composer-placeholder = Escriviu un missatge…
composer-reply-label = Respon al fil
composer-send = Envia
composer-hint = Enter per a enviar, Shift+Enter per a una línia nova
typing-one = { $name } està escrivint…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } estan escrivint…
typing-many = Diverses persones estan escrivint…
autocomplete-here = Notifica tothom que estigui en línia aquí
autocomplete-channel = Notifica tothom d'aquest canal
autocomplete-all = Notifica tothom d'aquest canal

## Threads

thread-title = Fil
thread-close = Tanca el fil

## Connection

connection-reconnecting = S'està tornant a connectar…
connection-offline = Esteu fora de línia. Els missatges s'enviaran quan es recuperi la connexió.
error-generic = S'ha produït un error: { $message }

## Profile card

profile-send-message = Envia un missatge
# $username (String) - the name after the @ that was clicked
profile-not-found = No hi ha ningú que es digui @{ $username }.

## Settings

nav-settings = Configuració
settings-title = Configuració
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (esborrany)
settings-language-help = Les traduccions en esborrany encara no les ha revisat cap parlant nadiu.
settings-pseudo-group = Per als traductors

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } ha reaccionat amb :{ $emoji }:

## Files

composer-attach = Adjunta fitxers
composer-drop = Deixeu anar els fitxers aquí per adjuntar-los
# $name (String) - a file name
upload-sending = S'està pujant { $name }
# $name (String) - a file name
upload-cancel = Cancel·la la pujada de { $name }
# $name (String) - a file name
upload-remove = Treu { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } és massa gran: els fitxers poden ocupar com a màxim { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = No s'ha pogut pujar { $name }. { $message }
# $name (String) - a file name
file-download = Baixa { $name }
# $name (String) - a file name
file-open = Obre { $name } al visualitzador
viewer-previous = Imatge anterior
viewer-next = Imatge següent
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Imatge { $index } de { $count }

## Profile picture

picture-title = Imatge de perfil
picture-preview = La vostra imatge nova, retallada tal com la veuran els altres
picture-choose = Tria una imatge…
picture-save = Desa la imatge
picture-reset = Utilitza la imatge generada

## Emoji picker and custom emoji

composer-emoji = Insereix un emoji
post-react = Afegeix una reacció
emoji-picker = Selector d'emojis
emoji-search = Cerca emojis
emoji-recent = Usats recentment
emoji-custom = Emojis personalitzats
emoji-group-smileys = Cares i emocions
emoji-group-people = Persones i cos
emoji-group-nature = Animals i natura
emoji-group-food = Menjar i beure
emoji-group-travel = Viatges i llocs
emoji-group-activities = Activitats
emoji-group-objects = Objectes
emoji-group-symbols = Símbols
emoji-group-flags = Banderes
emoji-none = No s'ha trobat cap emoji
emoji-tone-default = To de pell per defecte
emoji-tone-light = To de pell clar
emoji-tone-medium-light = To de pell mitjà-clar
emoji-tone-medium = To de pell mitjà
emoji-tone-medium-dark = To de pell mitjà-fosc
emoji-tone-dark = To de pell fosc
nav-custom-emoji = Emojis personalitzats
custom-emoji-title = Emojis personalitzats
custom-emoji-name = Nom
custom-emoji-name-help = Lletres minúscules, xifres i _ + -, fins a 64 caràcters. Als missatges, feu-lo servir com a :nom:.
custom-emoji-image = Imatge
custom-emoji-image-help = Una imatge PNG, JPEG, GIF o WebP d'1 MB com a màxim. Es mostra a 128 × 128 píxels o menys.
custom-emoji-add = Afegeix un emoji
custom-emoji-delete = Suprimeix
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Voleu suprimir l'emoji personalitzat :{ $name }:? Els missatges que el fan servir en mostraran el nom en lloc de l'emoji.

## Search

search-label = Cerca missatges
search-placeholder = Cerca
search-mentions = Mencions recents
# $terms (String) - what the person searched for, as typed
search-title = Resultats per a { $terms }
search-close = Tanca els resultats de la cerca
search-none = Cap missatge no coincideix amb aquesta cerca.
search-searching = S'està cercant…
search-jump = Ves-hi

## Notifications

notify-settings = Notificacions
notify-desktop = Notificacions d'escriptori
notify-push = Notificacions push
notify-email = Notificacions per correu electrònic
notify-all = Per a tota l'activitat
notify-mention = Per a mencions i missatges directes
notify-none = Mai
notify-default = Com a la meva configuració
notify-email-off = Aquest servidor no envia correus electrònics.
notify-first-name = El meu nom de pila compta com a menció
notify-channel-wide = @channel, @all i @here compten com a mencions
notify-keywords = Altres paraules que compten com a mencions, separades per comes
notify-saved = S'ha desat.
notify-ask = Voleu rebre una notificació d'escriptori quan algú us mencioni o us enviï un missatge directe?
notify-enable = Activa les notificacions
notify-dismiss = Ara no
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } a { $channel }
notify-push-browser = Notificacions push en aquest navegador quan no hi sigui
notify-push-on = Activa
notify-push-off = Desactiva
notify-push-blocked = Aquest navegador bloqueja les notificacions d'aquest lloc.
# $channel (String) - the channel's name
channel-notify-title = Notificacions a { $channel }
channel-notify = Preferències de notificació
channel-notify-mute = Silencia aquest canal
channel-notify-wide = Ignora @channel, @all i @here en aquest canal
channel-mentions-members = Els membres poden notificar tothom amb @channel, @all i @here
channel-wide-title = Voleu notificar tothom d'aquest canal?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Si feu servir @{ $mention }, enviareu notificacions a { $count ->
        [one] una persona
       *[other] { $count } persones
    }. Segur que voleu continuar?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Només ho veieu vós)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Posa el vostre estat com a absent
command-dnd = No molesteu: sense notificacions d'escriptori ni push
command-echo = Repeteix un text des del vostre compte
# Keep the quotes: the message goes between them.
command-echo-hint = "missatge" [retard en segons]
command-header = Edita la capçalera del canal
command-header-hint = [text]
command-help = Mostra les ordres que podeu utilitzar
command-invite = Convida un usuari a un canal
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[nom d'usuari] [~canal]
command-join = Uneix-te al canal públic
command-join-hint = ~[canal]
command-kick = Treu un membre del canal
command-kick-hint = @[nom d'usuari]
command-leave = Surt del canal actual
command-me = Fes una acció
command-me-hint = [missatge]
command-msg = Envia un missatge directe a un usuari
command-msg-hint = @[nom d'usuari] [missatge]
command-online = Posa el vostre estat com a en línia
command-purpose = Edita la finalitat del canal
command-purpose-hint = [text]
command-shrug = Afegeix ¯\_(ツ)_/¯ al vostre missatge
command-shrug-hint = [missatge]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Escriviu / al començament d'un missatge per a veure les ordres que podeu utilitzar i què fa cadascuna.
command-said-status-away = Ara esteu absent.
command-said-status-online = Ara esteu en línia.
command-said-status-dnd = El mode No molesteu està activat: no rebreu notificacions d'escriptori ni push.

## The Integrations dialog

nav-integrations = Integracions
integrations-title = Integracions
integrations-incoming = Webhooks d'entrada
integrations-outgoing = Webhooks de sortida
integrations-commands = Ordres de barra
integrations-bots = Comptes de bot
integrations-tokens = Testimonis d'accés personal
integrations-add = Afegeix
integrations-edit = Edita
integrations-delete = Suprimeix
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Voleu suprimir «{ $name }»? Tot el que l'utilitzi deixarà de funcionar.
integrations-save = Desa
integrations-copy = Copia
integrations-url = URL
integrations-token = Testimoni
integrations-empty = Encara no n'hi ha cap.
integrations-disabled = desactivat
integrations-disable = Desactiva
integrations-enable = Activa
integrations-name = Nom
integrations-description = Descripció
integrations-channel = Canal
integrations-any-channel = Qualsevol canal públic
integrations-locked = Publica només en aquest canal
integrations-username = Nom que es mostra als seus missatges
integrations-icon = URL de la imatge que es mostra als seus missatges
integrations-triggers = Paraules activadores (una per línia)
integrations-trigger-when = S'activa quan
integrations-first-word = La primera paraula és una paraula activadora
integrations-starts-with = El missatge comença amb una paraula activadora
integrations-callbacks = URL de retorn (una per línia)
integrations-content-type = Format d'enviament
integrations-form = Camps de formulari
integrations-json = JSON
integrations-trigger = Paraula de l'ordre (sense la barra)
integrations-request-url = URL de la sol·licitud
integrations-method = Mètode de la sol·licitud
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Suggereix-la al quadre de redacció
integrations-hint = Indicació dels arguments
integrations-autocomplete-desc = Què fa
integrations-bot-username = Nom d'usuari
integrations-bot-display = Nom visible
integrations-token-new = Testimoni nou
integrations-token-once = Copieu aquest testimoni ara: no es tornarà a mostrar.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Testimoni per a { $name }
integrations-overrides-off = Aquest servidor mostra els missatges de les integracions amb el nom i la imatge del seu propietari.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Convida persones a { $team }
invite-link-heading = Enllaç d'invitació
invite-link-help = Qualsevol persona amb aquest enllaç pot unir-se a l'equip.
invite-link-copy = Copia l'enllaç
invite-link-copied = S'ha copiat
invite-link-reset = Crea un enllaç nou
invite-link-reset-help = Aleshores l'enllaç actual deixarà de funcionar.
invite-link-admins-only = Només els administradors de l'equip hi poden convidar persones.
invite-email-heading = Convida per correu electrònic
invite-email-help = Adreces separades per comes, espais o salts de línia. Cadascuna rep un enllaç que funciona una sola vegada durant 48 hores.
invite-email-send = Envia les invitacions
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] S'ha enviat { $count } invitació.
   *[other] S'han enviat { $count } invitacions.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Invitacions pendents
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, de { $inviter }, fins al { $when }
invite-revoke = Revoca
invite-joined-heading = Qui ha convidat qui
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } ha estat convidat per { $inviter }
invite-none = Encara no n'hi ha cap.

## The System Console, for the server's admins

console-title = Consola del sistema
console-tab-users = Usuaris
console-tab-terms = Codi de conducta
console-tab-invitations = Invitacions
console-tab-audit = Registre d'auditoria
console-users-search = Cerca per nom, nom d'usuari o correu electrònic
console-user-inactive = Desactivat
console-user-admin = Administrador del sistema
console-user-mfa = Dos factors activats
console-user-deactivate = Desactiva
console-user-activate = Reactiva
console-user-make-admin = Fes administrador del sistema
console-user-remove-admin = Treu l'administració del sistema
console-user-mfa-reset = Desactiva els dos factors
console-user-sessions = Sessions
console-user-revoke-all = Tanca la sessió a tot arreu
console-user-no-sessions = No hi ha cap sessió oberta.
console-terms-help = Markdown. Cada canvi és una versió nova, que tothom ha de tornar a acceptar.
console-terms-publish = Publica
console-terms-published = S'ha publicat: es demanarà a tothom que accepti aquesta versió.
console-terms-disabled = Aquest servidor encara no demana a ningú que l'accepti: definiu enable_custom_terms_of_service = true a la seva configuració.
console-invitations-help = Invitacions per correu electrònic pendents per a aquest equip.
console-invitations-revoke-all = Revoca totes les invitacions pendents, de tots els equips
console-audit-when = Quan
console-audit-who = Qui
console-audit-action = Acció
console-audit-details = Detalls
console-audit-address = Adreça
console-more = Mostra'n més
