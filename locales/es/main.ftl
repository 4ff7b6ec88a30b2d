# Causerie: Spanish (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Iniciar sesión en { -brand-name }
login-id-label = Correo electrónico o nombre de usuario
login-password-label = Contraseña
login-submit = Iniciar sesión
login-working = Iniciando sesión…
login-error-credentials = Correo electrónico, nombre de usuario o contraseña incorrectos.
login-error-locked = Demasiados intentos fallidos. Vuelve a intentarlo dentro de unos minutos.
login-error-unreachable = No se puede conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.
login-error-other = Error al iniciar sesión: { $message }
login-error-code = Código incorrecto o ya usado. Introduce el código actual.
login-code-label = Código de verificación en dos pasos
login-code-help = El código de 6 dígitos de tu aplicación de autenticación o uno de tus códigos de recuperación.
terms-title = Código de conducta
terms-help = Lee y acepta el código de conducta para participar.
terms-agree = Acepto
terms-disagree = No acepto
mfa-required-title = Configura la verificación en dos pasos
mfa-required-help = Este servidor pide un código de una aplicación de autenticación cada vez que inicias sesión.
mfa-scan = Escanea este código QR con una aplicación de autenticación o escribe en ella la clave secreta.
mfa-qr-alt = Código QR para tu aplicación de autenticación
mfa-secret-label = Clave secreta:
mfa-code-label = Código de la aplicación
mfa-confirm = Activar
mfa-bad-code = Ese código no es válido. Introduce el código actual de la aplicación.
mfa-recovery-help = Guarda estos códigos de recuperación en un lugar seguro. Cada uno te permite iniciar sesión una vez si pierdes tu dispositivo. Solo se muestran ahora.
mfa-recovery-download = Descargar
mfa-recovery-copy = Copiar
mfa-continue = Continuar
security-title = Seguridad
security-mfa = Verificación en dos pasos
security-mfa-on = Activada: al iniciar sesión se pide un código de tu aplicación de autenticación.
security-mfa-off = Desactivada: basta con tu contraseña para iniciar sesión.
security-mfa-turn-on = Activar
security-mfa-turn-off = Desactivar
security-mfa-off-code = Código actual, para desactivarla
security-sessions = Dónde has iniciado sesión
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — última actividad: { $when }
security-session-revoke = Cerrar sesión
login-server-toggle = Usar otro servidor
login-server-label = URL del servidor
login-server-help = Un servidor de Mattermost que admita este sitio (CORS). Déjalo vacío para usar este servidor.
login-no-account = ¿Primera vez aquí? Pide un enlace de invitación o regístrate si este servidor lo permite.
login-signup-link = Crear una cuenta
signup-title = Crea tu cuenta
signup-invited = Te han invitado a { $team }.
signup-invite-invalid = Este enlace de invitación no es válido. Pide uno nuevo.
signup-first-user = Eres la primera persona aquí: tu cuenta administrará este servidor.
signup-email-label = Correo electrónico
signup-username-label = Nombre de usuario
signup-username-help = De 3 a 22 caracteres: letras minúsculas, dígitos, «.», «-» y «_».
signup-password-label = Contraseña
signup-password-help = Al menos 8 caracteres.
signup-submit = Crear cuenta
signup-error = Error al registrarse: { $message }
signup-have-account = ¿Ya tienes una cuenta? Inicia sesión.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } te ha invitado a { $team }.
signup-token-invalid = Esta invitación ha caducado o ya se ha usado. Pide una nueva.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } te invita a { $team }
invite-email-body = { $inviter } (@{ $username }) te invita a unirte a { $team } en { $site }.
invite-email-action = Unirse a { $team }
invite-email-expiry = Este enlace funciona una sola vez, durante 48 horas. Si no esperabas esta invitación, ignora este correo.

## Navigation

nav-open-sidebar = Abrir la lista de canales
nav-close-sidebar = Cerrar la lista de canales
nav-teams = Equipos
nav-channels = Canales
nav-public = Canales
nav-private = Canales privados
nav-direct = Mensajes directos
nav-group = Mensajes de grupo
nav-mentions = { $count ->
    [one] { $count } mención
   *[other] { $count } menciones
}
nav-unread = sin leer
nav-create-channel = Crear un canal
nav-browse-channels = Explorar canales
nav-new-message = Escribir un mensaje directo
nav-logout = Cerrar sesión
nav-language = Idioma
nav-invite = Invitar a personas
nav-console = Consola del sistema
status-online = en línea
status-away = ausente
status-dnd = no molestar
status-offline = desconectado

## Channel dialogs

create-title = Crear un canal
create-name-label = Nombre
create-private-label = Hacer privado
create-purpose-label = Propósito (opcional)
create-submit = Crear
cancel = Cancelar
close = Cerrar
browse-title = Explorar canales
browse-join = Unirse
browse-empty = No hay más canales a los que unirse.
dm-title = Mensaje directo
dm-search-label = Buscar personas
dm-start = Empezar
dm-group-hint = Elige una persona para un mensaje directo, o hasta siete para un grupo.
switcher-title = Cambiar de canal
switcher-label = Nombre del canal

## Channel

channel-members = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
channel-archived = Este canal está archivado.
channel-leave = Salir del canal
channel-leave-private-confirm = ¿Salir de este canal privado? Para volver a unirse hará falta una invitación.
channel-loading = Cargando…
channel-load-older = Cargando mensajes anteriores…
channel-beginning = Este es el inicio del canal.
channel-not-found = Este canal no existe o no tienes acceso a él.
messages-label = Mensajes
new-messages = Mensajes nuevos
jump-to-newest = Ir a los más recientes
edited = (editado)
post-deleted = (mensaje eliminado)
post-sending = Enviando…
post-failed = No enviado.
post-retry = Reintentar
post-discard = Descartar
post-reply = Responder
post-edit = Editar
post-delete = Eliminar
post-delete-confirm = ¿Eliminar este mensaje?
post-save = Guardar
post-replies = { $count ->
    [one] { $count } respuesta
   *[other] { $count } respuestas
}
post-time-title = { $time }

## Composer

composer-label = Enviar un mensaje a { $channel }
composer-placeholder = Escribe un mensaje…
composer-reply-label = Responder en el hilo
composer-send = Enviar
composer-hint = Enter para enviar, Shift+Enter para una nueva línea
typing-one = { $name } está escribiendo…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } están escribiendo…
typing-many = Varias personas están escribiendo…
autocomplete-here = Notificar a todas las personas conectadas aquí
autocomplete-channel = Notificar a todos en este canal
autocomplete-all = Notificar a todos en este canal

## Threads

thread-title = Hilo
thread-close = Cerrar el hilo

## Connection

connection-reconnecting = Reconectando…
connection-offline = Estás sin conexión. Los mensajes se enviarán cuando vuelva la conexión.
error-generic = Algo salió mal: { $message }

## Profile card

profile-send-message = Enviar mensaje
# $username (String) - the name after the @ that was clicked
profile-not-found = No hay nadie llamado @{ $username }.

## Settings

nav-settings = Ajustes
settings-title = Ajustes
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (borrador)
settings-language-help = Las traducciones en borrador aún no han sido revisadas por un hablante nativo.
settings-pseudo-group = Para traductores

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } reaccionó con :{ $emoji }:

## Files

composer-attach = Adjuntar archivos
composer-drop = Suelta los archivos aquí para adjuntarlos
# $name (String) - a file name
upload-sending = Subiendo { $name }
# $name (String) - a file name
upload-cancel = Cancelar la subida de { $name }
# $name (String) - a file name
upload-remove = Quitar { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } es demasiado grande: los archivos pueden ocupar como máximo { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = No se pudo subir { $name }. { $message }
# $name (String) - a file name
file-download = Descargar { $name }
# $name (String) - a file name
file-open = Abrir { $name } en el visor
viewer-previous = Imagen anterior
viewer-next = Imagen siguiente
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Imagen { $index } de { $count }

## Profile picture

picture-title = Imagen de perfil
picture-preview = Tu nueva imagen, recortada como la verán los demás
picture-choose = Elegir una imagen…
picture-save = Guardar imagen
picture-reset = Usar la imagen generada

## Emoji picker and custom emoji

composer-emoji = Insertar emoji
post-react = Añadir reacción
emoji-picker = Selector de emojis
emoji-search = Buscar emojis
emoji-recent = Usados recientemente
emoji-custom = Emojis personalizados
emoji-group-smileys = Emoticonos y emociones
emoji-group-people = Personas y cuerpo
emoji-group-nature = Animales y naturaleza
emoji-group-food = Comida y bebida
emoji-group-travel = Viajes y lugares
emoji-group-activities = Actividades
emoji-group-objects = Objetos
emoji-group-symbols = Símbolos
emoji-group-flags = Banderas
emoji-none = No se han encontrado emojis
emoji-tone-default = Tono de piel predeterminado
emoji-tone-light = Tono de piel claro
emoji-tone-medium-light = Tono de piel claro medio
emoji-tone-medium = Tono de piel medio
emoji-tone-medium-dark = Tono de piel oscuro medio
emoji-tone-dark = Tono de piel oscuro
nav-custom-emoji = Emojis personalizados
custom-emoji-title = Emojis personalizados
custom-emoji-name = Nombre
custom-emoji-name-help = Letras minúsculas, dígitos y _ + -, hasta 64 caracteres. Úsalo en los mensajes como :nombre:.
custom-emoji-image = Imagen
custom-emoji-image-help = Una imagen PNG, JPEG, GIF o WebP de 1 MB como máximo. Se muestra a 128 × 128 píxeles o menos.
custom-emoji-add = Añadir emoji
custom-emoji-delete = Eliminar
# $name (String) - the emoji's name
custom-emoji-delete-confirm = ¿Eliminar el emoji personalizado :{ $name }:? Los mensajes que lo usan mostrarán su nombre en su lugar.

## Search

search-label = Buscar mensajes
search-placeholder = Buscar
search-mentions = Menciones recientes
# $terms (String) - what the person searched for, as typed
search-title = Resultados de { $terms }
search-close = Cerrar los resultados de búsqueda
search-none = Ningún mensaje coincide con esta búsqueda.
search-searching = Buscando…
search-jump = Ir

## Notifications

notify-settings = Notificaciones
notify-desktop = Notificaciones de escritorio
notify-push = Notificaciones push
notify-email = Notificaciones por correo electrónico
notify-all = Para toda la actividad
notify-mention = Para menciones y mensajes directos
notify-none = Nunca
notify-default = Como en mis ajustes
notify-email-off = Este servidor no envía correos electrónicos.
notify-first-name = Mi nombre de pila cuenta como mención
notify-channel-wide = @channel, @all y @here cuentan como menciones
notify-keywords = Otras palabras que cuentan como menciones, separadas por comas
notify-saved = Guardado.
notify-ask = ¿Quieres recibir una notificación de escritorio cuando alguien te mencione o te envíe un mensaje directo?
notify-enable = Activar notificaciones
notify-dismiss = Ahora no
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } en { $channel }
notify-push-browser = Notificaciones push en este navegador cuando esté ausente
notify-push-on = Activar
notify-push-off = Desactivar
notify-push-blocked = Este navegador bloquea las notificaciones de este sitio.
# $channel (String) - the channel's name
channel-notify-title = Notificaciones en { $channel }
channel-notify = Preferencias de notificación
channel-notify-mute = Silenciar este canal
channel-notify-wide = Ignorar @channel, @all y @here en este canal
channel-mentions-members = Los miembros pueden notificar a todos con @channel, @all y @here
channel-wide-title = ¿Notificar a todos en este canal?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Al usar @{ $mention } vas a enviar notificaciones a { $count ->
        [one] una persona
       *[other] { $count } personas
    }. ¿Seguro que quieres continuar?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Solo visible para ti)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Cambiar tu estado a ausente
command-dnd = No molestar: sin notificaciones de escritorio ni push
command-echo = Repetir un texto desde tu cuenta
# Keep the quotes: the message goes between them.
command-echo-hint = "mensaje" [retraso en segundos]
command-header = Editar el encabezado del canal
command-header-hint = [texto]
command-help = Mostrar los comandos que puedes usar
command-invite = Invitar a un usuario a un canal
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[usuario] [~canal]
command-join = Unirse al canal público
command-join-hint = ~[canal]
command-kick = Quitar a un miembro del canal
command-kick-hint = @[usuario]
command-leave = Salir del canal actual
command-me = Realizar una acción
command-me-hint = [mensaje]
command-msg = Enviar un mensaje directo a un usuario
command-msg-hint = @[usuario] [mensaje]
command-online = Cambiar tu estado a en línea
command-purpose = Editar el propósito del canal
command-purpose-hint = [texto]
command-shrug = Añade ¯\_(ツ)_/¯ a tu mensaje
command-shrug-hint = [mensaje]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Escribe / al principio de un mensaje para ver los comandos que puedes usar y lo que hace cada uno.
command-said-status-away = Ahora estás ausente.
command-said-status-online = Ahora estás en línea.
command-said-status-dnd = No molestar está activado: no recibirás notificaciones de escritorio ni push.

## The Integrations dialog

nav-integrations = Integraciones
integrations-title = Integraciones
integrations-incoming = Webhooks entrantes
integrations-outgoing = Webhooks salientes
integrations-commands = Comandos de barra
integrations-bots = Cuentas de bot
integrations-tokens = Tokens de acceso personal
integrations-add = Añadir
integrations-edit = Editar
integrations-delete = Eliminar
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = ¿Eliminar «{ $name }»? Todo lo que lo use dejará de funcionar.
integrations-save = Guardar
integrations-copy = Copiar
integrations-url = URL
integrations-token = Token
integrations-empty = Todavía no hay ninguno.
integrations-disabled = desactivado
integrations-disable = Desactivar
integrations-enable = Activar
integrations-name = Nombre
integrations-description = Descripción
integrations-channel = Canal
integrations-any-channel = Cualquier canal público
integrations-locked = Publicar solo en este canal
integrations-username = Nombre que se muestra en sus mensajes
integrations-icon = URL de la imagen que se muestra en sus mensajes
integrations-triggers = Palabras desencadenantes (una por línea)
integrations-trigger-when = Se activa cuando
integrations-first-word = La primera palabra es una palabra desencadenante
integrations-starts-with = El mensaje empieza por una palabra desencadenante
integrations-callbacks = URL de retorno (una por línea)
integrations-content-type = Formato de envío
integrations-form = Campos de formulario
integrations-json = JSON
integrations-trigger = Palabra del comando (sin la barra)
integrations-request-url = URL de la solicitud
integrations-method = Método de la solicitud
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Sugerirlo en el cuadro de mensaje
integrations-hint = Sugerencia de argumentos
integrations-autocomplete-desc = Qué hace
integrations-bot-username = Nombre de usuario
integrations-bot-display = Nombre visible
integrations-token-new = Nuevo token
integrations-token-once = Copia este token ahora: no se volverá a mostrar.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token para { $name }
integrations-overrides-off = Este servidor muestra los mensajes de las integraciones con el nombre y la imagen de su propietario.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Invitar a personas a { $team }
invite-link-heading = Enlace de invitación
invite-link-help = Cualquiera que tenga este enlace puede unirse al equipo.
invite-link-copy = Copiar enlace
invite-link-copied = Copiado
invite-link-reset = Crear un enlace nuevo
invite-link-reset-help = El enlace actual dejará de funcionar.
invite-link-admins-only = Solo los administradores del equipo pueden invitar a personas a él.
invite-email-heading = Invitar por correo electrónico
invite-email-help = Direcciones separadas por comas, espacios o saltos de línea. Cada una recibe un enlace que funciona una sola vez, durante 48 horas.
invite-email-send = Enviar invitaciones
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } invitación enviada.
   *[other] { $count } invitaciones enviadas.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Invitaciones pendientes
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, de { $inviter }, válida hasta el { $when }
invite-revoke = Revocar
invite-joined-heading = Quién invitó a quién
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $inviter } invitó a { $user }
invite-none = Todavía no hay ninguna.

## The System Console, for the server's admins

console-title = Consola del sistema
console-tab-users = Usuarios
console-tab-terms = Código de conducta
console-tab-invitations = Invitaciones
console-tab-audit = Registro de auditoría
console-users-search = Buscar por nombre, nombre de usuario o correo electrónico
console-user-inactive = Desactivado
console-user-admin = Administrador del sistema
console-user-mfa = Verificación en dos pasos activada
console-user-deactivate = Desactivar
console-user-activate = Reactivar
console-user-make-admin = Hacer administrador del sistema
console-user-remove-admin = Quitar el rol de administrador del sistema
console-user-mfa-reset = Desactivar la verificación en dos pasos
console-user-sessions = Sesiones
console-user-revoke-all = Cerrar todas las sesiones
console-user-no-sessions = No hay sesiones abiertas.
console-terms-help = Markdown. Cada cambio es una nueva versión, que todos deben volver a aceptar.
console-terms-publish = Publicar
console-terms-published = Publicado: se pedirá a todos que acepten esta versión.
console-terms-disabled = Este servidor aún no pide a nadie que lo acepte: establece enable_custom_terms_of_service = true en su configuración.
console-invitations-help = Invitaciones por correo electrónico pendientes para este equipo.
console-invitations-revoke-all = Revocar todas las invitaciones pendientes, en todos los equipos
console-audit-when = Cuándo
console-audit-who = Quién
console-audit-action = Acción
console-audit-details = Detalles
console-audit-address = Dirección
console-more = Mostrar más
