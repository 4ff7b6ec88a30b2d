# Causerie: French (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Se connecter à { -brand-name }
login-id-label = Adresse e-mail ou nom d’utilisateur
login-password-label = Mot de passe
login-submit = Se connecter
login-working = Connexion en cours…
login-error-credentials = Adresse e-mail, nom d’utilisateur ou mot de passe incorrect.
login-error-locked = Trop de tentatives échouées. Réessayez dans quelques minutes.
login-error-unreachable = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
login-error-other = Échec de la connexion : { $message }
login-error-code = Code incorrect ou déjà utilisé. Saisissez le code actuel.
login-code-label = Code de double authentification
login-code-help = Le code à 6 chiffres de votre application d’authentification, ou l’un de vos codes de récupération.
terms-title = Code de conduite
terms-help = Lisez et acceptez le code de conduite pour participer.
terms-agree = J’accepte
terms-disagree = Je refuse
mfa-required-title = Configurer la double authentification
mfa-required-help = Ce serveur exige, à chaque connexion, un code fourni par une application d’authentification.
mfa-scan = Scannez ce code QR avec une application d’authentification, ou saisissez-y la clé secrète.
mfa-qr-alt = Code QR pour votre application d’authentification
mfa-secret-label = Clé secrète :
mfa-code-label = Code de l’application
mfa-confirm = Activer
mfa-bad-code = Ce code n’est pas valide. Saisissez le code actuel de l’application.
mfa-recovery-help = Conservez ces codes de récupération en lieu sûr. Chacun vous permet de vous connecter une fois si vous perdez votre appareil. Ils ne sont affichés que maintenant.
mfa-recovery-download = Télécharger
mfa-recovery-copy = Copier
mfa-continue = Continuer
security-title = Sécurité
security-mfa = Double authentification
security-mfa-on = Activée : la connexion demande un code de votre application d’authentification.
security-mfa-off = Désactivée : votre mot de passe suffit pour vous connecter.
security-mfa-turn-on = Activer
security-mfa-turn-off = Désactiver
security-mfa-off-code = Code actuel, pour la désactiver
security-sessions = Sessions ouvertes
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — dernière activité : { $when }
security-session-revoke = Déconnecter
login-server-toggle = Utiliser un autre serveur
login-server-label = URL du serveur
login-server-help = Un serveur Mattermost qui autorise ce site (CORS). Laissez vide pour utiliser ce serveur.
login-no-account = Première visite ? Demandez un lien d’invitation, ou inscrivez-vous si ce serveur le permet.
login-signup-link = Créer un compte
signup-title = Créez votre compte
signup-invited = Vous avez reçu une invitation à rejoindre { $team }.
signup-invite-invalid = Ce lien d’invitation n’est pas valide. Demandez-en un nouveau.
signup-first-user = Personne n’est encore inscrit : votre compte administrera ce serveur.
signup-email-label = Adresse e-mail
signup-username-label = Nom d’utilisateur
signup-username-help = De 3 à 22 caractères : lettres minuscules, chiffres, « . », « - » et « _ ».
signup-password-label = Mot de passe
signup-password-help = Au moins 8 caractères.
signup-submit = Créer le compte
signup-error = Échec de l’inscription : { $message }
signup-have-account = Vous avez déjà un compte ? Connectez-vous.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } vous invite à rejoindre { $team }.
signup-token-invalid = Cette invitation a expiré ou a déjà été utilisée. Demandez-en une nouvelle.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } vous invite à rejoindre { $team }
invite-email-body = { $inviter } (@{ $username }) vous invite à rejoindre { $team } sur { $site }.
invite-email-action = Rejoindre { $team }
invite-email-expiry = Ce lien ne fonctionne qu’une fois, pendant 48 heures. Si vous n’attendiez pas cette invitation, ignorez cet e-mail.

## Navigation

nav-open-sidebar = Ouvrir la liste des canaux
nav-close-sidebar = Fermer la liste des canaux
nav-teams = Équipes
nav-channels = Canaux
nav-public = Canaux
nav-private = Canaux privés
nav-direct = Messages directs
nav-group = Messages de groupe
nav-mentions = { $count ->
    [one] { $count } mention
   *[other] { $count } mentions
}
nav-unread = non lu
nav-create-channel = Créer un canal
nav-browse-channels = Parcourir les canaux
nav-new-message = Écrire un message direct
nav-logout = Se déconnecter
nav-language = Langue
nav-invite = Inviter des personnes
nav-console = Console système
status-online = en ligne
status-away = absent
status-dnd = ne pas déranger
status-offline = hors ligne

## Channel dialogs

create-title = Créer un canal
create-name-label = Nom
create-private-label = Rendre privé
create-purpose-label = Objectif (facultatif)
create-submit = Créer
cancel = Annuler
close = Fermer
browse-title = Parcourir les canaux
browse-join = Rejoindre
browse-empty = Aucun autre canal à rejoindre.
dm-title = Message direct
dm-search-label = Rechercher des personnes
dm-start = Commencer
dm-group-hint = Choisissez une personne pour un message direct, ou jusqu’à sept pour un groupe.
switcher-title = Changer de canal
switcher-label = Nom du canal

## Channel

channel-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
channel-archived = Ce canal est archivé.
channel-leave = Quitter le canal
channel-leave-private-confirm = Quitter ce canal privé ? Il faudra une invitation pour le rejoindre à nouveau.
channel-loading = Chargement…
channel-load-older = Chargement des messages plus anciens…
channel-beginning = C’est le début du canal.
channel-not-found = Ce canal n’existe pas ou vous n’y avez pas accès.
messages-label = Messages
new-messages = Nouveaux messages
jump-to-newest = Aller aux plus récents
edited = (modifié)
post-deleted = (message supprimé)
post-sending = Envoi en cours…
post-failed = Non envoyé.
post-retry = Réessayer
post-discard = Abandonner
post-reply = Répondre
post-edit = Modifier
post-delete = Supprimer
post-delete-confirm = Supprimer ce message ?
post-save = Enregistrer
post-replies = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
post-time-title = { $time }

## Composer

composer-label = Envoyer un message à { $channel }
composer-placeholder = Écrivez un message…
composer-reply-label = Répondre dans le fil
composer-send = Envoyer
composer-hint = Entrée pour envoyer, Maj+Entrée pour aller à la ligne
typing-one = { $name } est en train d’écrire…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } sont en train d’écrire…
typing-many = Plusieurs personnes sont en train d’écrire…
autocomplete-here = Notifier toutes les personnes en ligne ici
autocomplete-channel = Notifier tout le monde dans ce canal
autocomplete-all = Notifier tout le monde dans ce canal

## Threads

thread-title = Fil de discussion
thread-close = Fermer le fil de discussion

## Connection

connection-reconnecting = Reconnexion en cours…
connection-offline = Vous êtes hors ligne. Les messages seront envoyés dès le retour de la connexion.
error-generic = Une erreur s’est produite : { $message }

## Profile card

profile-send-message = Envoyer un message
# $username (String) - the name after the @ that was clicked
profile-not-found = Personne ne s’appelle @{ $username }.

## Settings

nav-settings = Paramètres
settings-title = Paramètres
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (brouillon)
settings-language-help = Les traductions en brouillon n’ont pas encore été relues par une personne de langue maternelle.
settings-pseudo-group = Pour les traducteurs

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } a réagi avec :{ $emoji }:

## Files

composer-attach = Joindre des fichiers
composer-drop = Déposez des fichiers ici pour les joindre
# $name (String) - a file name
upload-sending = Envoi de { $name } en cours
# $name (String) - a file name
upload-cancel = Annuler l’envoi de { $name }
# $name (String) - a file name
upload-remove = Retirer { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = Le fichier { $name } est trop volumineux : la taille maximale d’un fichier est de { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Impossible d’envoyer { $name }. { $message }
# $name (String) - a file name
file-download = Télécharger { $name }
# $name (String) - a file name
file-open = Ouvrir { $name } dans la visionneuse
viewer-previous = Image précédente
viewer-next = Image suivante
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Image { $index } sur { $count }

## Profile picture

picture-title = Image de profil
picture-preview = Votre nouvelle image, recadrée telle que les autres la verront
picture-choose = Choisir une image…
picture-save = Enregistrer l’image
picture-reset = Utiliser l’image générée

## Emoji picker and custom emoji

composer-emoji = Insérer un emoji
post-react = Ajouter une réaction
emoji-picker = Sélecteur d’emojis
emoji-search = Rechercher un emoji
emoji-recent = Utilisés récemment
emoji-custom = Emojis personnalisés
emoji-group-smileys = Smileys et émotions
emoji-group-people = Personnes et corps
emoji-group-nature = Animaux et nature
emoji-group-food = Nourriture et boissons
emoji-group-travel = Voyages et lieux
emoji-group-activities = Activités
emoji-group-objects = Objets
emoji-group-symbols = Symboles
emoji-group-flags = Drapeaux
emoji-none = Aucun emoji trouvé
emoji-tone-default = Couleur de peau par défaut
emoji-tone-light = Peau claire
emoji-tone-medium-light = Peau moyennement claire
emoji-tone-medium = Peau légèrement mate
emoji-tone-medium-dark = Peau mate
emoji-tone-dark = Peau foncée
nav-custom-emoji = Emojis personnalisés
custom-emoji-title = Emojis personnalisés
custom-emoji-name = Nom
custom-emoji-name-help = Lettres minuscules, chiffres et _ + -, 64 caractères au maximum. Dans les messages, utilisez-le sous la forme :nom:.
custom-emoji-image = Image
custom-emoji-image-help = Une image PNG, JPEG, GIF ou WebP de 1 Mo au maximum. Elle s’affiche en 128 × 128 pixels ou moins.
custom-emoji-add = Ajouter un emoji
custom-emoji-delete = Supprimer
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Supprimer l’emoji personnalisé :{ $name }: ? Les messages qui l’utilisent afficheront son nom à la place.

## Search

search-label = Rechercher dans les messages
search-placeholder = Rechercher
search-mentions = Mentions récentes
# $terms (String) - what the person searched for, as typed
search-title = Résultats pour { $terms }
search-close = Fermer les résultats de recherche
search-none = Aucun message ne correspond à cette recherche.
search-searching = Recherche en cours…
search-jump = Aller au message

## Notifications

notify-settings = Notifications
notify-desktop = Notifications sur le bureau
notify-push = Notifications push
notify-email = Notifications par e-mail
notify-all = Pour toute activité
notify-mention = Pour les mentions et les messages directs
notify-none = Jamais
notify-default = Comme dans mes paramètres
notify-email-off = Ce serveur n’envoie pas d’e-mails.
notify-first-name = Mon prénom compte comme une mention
notify-channel-wide = @channel, @all et @here comptent comme des mentions
notify-keywords = Autres mots qui comptent comme des mentions, séparés par des virgules
notify-saved = Enregistré.
notify-ask = Recevoir une notification sur le bureau quand quelqu’un vous mentionne ou vous envoie un message direct ?
notify-enable = Activer les notifications
notify-dismiss = Pas maintenant
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } dans { $channel }
notify-push-browser = Notifications push dans ce navigateur en mon absence
notify-push-on = Activer
notify-push-off = Désactiver
notify-push-blocked = Ce navigateur bloque les notifications de ce site.
# $channel (String) - the channel's name
channel-notify-title = Notifications dans { $channel }
channel-notify = Préférences de notification
channel-notify-mute = Mettre ce canal en sourdine
channel-notify-wide = Ignorer @channel, @all et @here dans ce canal
channel-mentions-members = Les membres peuvent notifier tout le monde avec @channel, @all et @here
channel-wide-title = Notifier tout le monde dans ce canal ?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Avec @{ $mention }, vous allez envoyer des notifications à { $count ->
        [one] { $count } personne
       *[other] { $count } personnes
    }. Voulez-vous continuer ?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Visible uniquement par vous)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Définir votre statut sur « absent »
command-dnd = Ne pas déranger : aucune notification sur le bureau ni push
command-echo = Renvoyer un texte depuis votre compte
# Keep the quotes: the message goes between them.
command-echo-hint = "message" [délai en secondes]
command-header = Modifier l’en-tête du canal
command-header-hint = [texte]
command-help = Afficher les commandes que vous pouvez utiliser
command-invite = Inviter un utilisateur dans un canal
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[nom d’utilisateur] [~canal]
command-join = Rejoindre le canal public
command-join-hint = ~[canal]
command-kick = Retirer un membre du canal
command-kick-hint = @[nom d’utilisateur]
command-leave = Quitter le canal actuel
command-me = Effectuer une action
command-me-hint = [message]
command-msg = Envoyer un message direct à un utilisateur
command-msg-hint = @[nom d’utilisateur] [message]
command-online = Définir votre statut sur « en ligne »
command-purpose = Modifier l’objectif du canal
command-purpose-hint = [texte]
command-shrug = Ajoute ¯\_(ツ)_/¯ à votre message
command-shrug-hint = [message]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Tapez / au début d’un message pour voir les commandes que vous pouvez utiliser et ce que fait chacune d’elles.
command-said-status-away = Votre statut est maintenant « absent ».
command-said-status-online = Votre statut est maintenant « en ligne ».
command-said-status-dnd = « Ne pas déranger » est activé : vous ne recevrez ni notifications sur le bureau ni notifications push.

## The Integrations dialog

nav-integrations = Intégrations
integrations-title = Intégrations
integrations-incoming = Webhooks entrants
integrations-outgoing = Webhooks sortants
integrations-commands = Commandes slash
integrations-bots = Comptes de bot
integrations-tokens = Jetons d’accès personnels
integrations-add = Ajouter
integrations-edit = Modifier
integrations-delete = Supprimer
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Supprimer « { $name } » ? Tout ce qui l’utilise cessera de fonctionner.
integrations-save = Enregistrer
integrations-copy = Copier
integrations-url = URL
integrations-token = Jeton
integrations-empty = Aucun pour l’instant.
integrations-disabled = désactivé
integrations-disable = Désactiver
integrations-enable = Activer
integrations-name = Nom
integrations-description = Description
integrations-channel = Canal
integrations-any-channel = N’importe quel canal public
integrations-locked = Publier uniquement dans ce canal
integrations-username = Nom affiché sur ses messages
integrations-icon = URL de l’image affichée sur ses messages
integrations-triggers = Mots déclencheurs (un par ligne)
integrations-trigger-when = Se déclenche quand
integrations-first-word = Le premier mot est un mot déclencheur
integrations-starts-with = Le message commence par un mot déclencheur
integrations-callbacks = URL de rappel (une par ligne)
integrations-content-type = Format envoyé
integrations-form = Champs de formulaire
integrations-json = JSON
integrations-trigger = Mot de commande (sans la barre oblique)
integrations-request-url = URL de la requête
integrations-method = Méthode de la requête
integrations-post = POST
integrations-get = GET
integrations-autocomplete = La proposer dans la zone de saisie des messages
integrations-hint = Indication sur les arguments
integrations-autocomplete-desc = Ce que fait la commande
integrations-bot-username = Nom d’utilisateur
integrations-bot-display = Nom d’affichage
integrations-token-new = Nouveau jeton
integrations-token-once = Copiez ce jeton maintenant : il ne sera plus affiché.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Jeton pour { $name }
integrations-overrides-off = Ce serveur affiche les messages des intégrations sous le nom et l’image de leur propriétaire.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Inviter des personnes dans { $team }
invite-link-heading = Lien d’invitation
invite-link-help = Toute personne disposant de ce lien peut rejoindre l’équipe.
invite-link-copy = Copier le lien
invite-link-copied = Copié
invite-link-reset = Créer un nouveau lien
invite-link-reset-help = Le lien actuel cessera alors de fonctionner.
invite-link-admins-only = Seuls les administrateurs de l’équipe peuvent y inviter des personnes.
invite-email-heading = Inviter par e-mail
invite-email-help = Adresses séparées par des virgules, des espaces ou des retours à la ligne. Chacune reçoit un lien qui ne fonctionne qu’une fois, pendant 48 heures.
invite-email-send = Envoyer les invitations
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } invitation envoyée.
   *[other] { $count } invitations envoyées.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email } : { $message }
invite-pending-heading = Invitations en attente
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, de la part de { $inviter }, valable jusqu’au { $when }
invite-revoke = Révoquer
invite-joined-heading = Qui a invité qui
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $inviter } a invité { $user }
invite-none = Aucune pour l’instant.

## The System Console, for the server's admins

console-title = Console système
console-tab-users = Utilisateurs
console-tab-terms = Code de conduite
console-tab-invitations = Invitations
console-tab-audit = Journal d’audit
console-users-search = Rechercher par nom, nom d’utilisateur ou adresse e-mail
console-user-inactive = Désactivé
console-user-admin = Administrateur système
console-user-mfa = Double authentification activée
console-user-deactivate = Désactiver
console-user-activate = Réactiver
console-user-make-admin = Nommer administrateur système
console-user-remove-admin = Retirer le rôle d’administrateur système
console-user-mfa-reset = Désactiver la double authentification
console-user-sessions = Sessions
console-user-revoke-all = Déconnecter partout
console-user-no-sessions = Aucune session ouverte.
console-terms-help = Markdown. Chaque modification crée une nouvelle version, que tout le monde doit accepter à nouveau.
console-terms-publish = Publier
console-terms-published = Publié : tout le monde devra accepter cette version.
console-terms-disabled = Ce serveur ne demande encore à personne de l’accepter : définissez enable_custom_terms_of_service = true dans sa configuration.
console-invitations-help = Invitations par e-mail en attente pour cette équipe.
console-invitations-revoke-all = Révoquer toutes les invitations en attente, dans toutes les équipes
console-audit-when = Date
console-audit-who = Qui
console-audit-action = Action
console-audit-details = Détails
console-audit-address = Adresse
console-more = Afficher plus
