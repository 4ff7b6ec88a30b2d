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
nav-invite-link = Compartiu aquest enllaç: { $url }
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
