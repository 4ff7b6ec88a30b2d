# Causerie: Esperanto (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Ensaluti al { -brand-name }
login-id-label = Retpoŝtadreso aŭ uzantnomo
login-password-label = Pasvorto
login-submit = Ensaluti
login-working = Ensalutante…
login-error-credentials = Malĝusta retpoŝtadreso, uzantnomo aŭ pasvorto.
login-error-locked = Tro da malsukcesaj provoj. Reprovu post kelkaj minutoj.
login-error-unreachable = Ne eblas atingi la servilon. Kontrolu vian konekton kaj reprovu.
login-error-other = Ensaluto malsukcesis: { $message }
login-error-code = Malĝusta aŭ jam uzita kodo. Entajpu la nunan.
login-code-label = Dufaktora kodo
login-code-help = La 6-cifera kodo el via aŭtentiga aplikaĵo, aŭ unu el viaj restaŭraj kodoj.
terms-title = Kondutkodo
terms-help = Legu kaj akceptu la kondutkodon por partopreni.
terms-agree = Mi konsentas
terms-disagree = Mi ne konsentas
mfa-required-title = Agordi dufaktoran aŭtentigon
mfa-required-help = Ĉi tiu servilo postulas kodon el aŭtentiga aplikaĵo ĉe ĉiu ensaluto.
mfa-scan = Skanu ĉi tiun QR-kodon per aŭtentiga aplikaĵo, aŭ tajpu la sekreton en ĝin.
mfa-qr-alt = QR-kodo por via aŭtentiga aplikaĵo
mfa-secret-label = Sekreto:
mfa-code-label = Kodo el la aplikaĵo
mfa-confirm = Ŝalti
mfa-bad-code = Tiu kodo ne validas. Entajpu la nunan kodon el la aplikaĵo.
mfa-recovery-help = Konservu ĉi tiujn restaŭrajn kodojn en sekura loko. Ĉiu ebligas al vi ensaluti unufoje, se vi perdas vian aparaton. Ili estas montrataj nur nun.
mfa-recovery-download = Elŝuti
mfa-recovery-copy = Kopii
mfa-continue = Daŭrigi
security-title = Sekureco
security-mfa = Dufaktora aŭtentigo
security-mfa-on = Ŝaltita: por ensaluti necesas kodo el via aŭtentiga aplikaĵo.
security-mfa-off = Malŝaltita: via pasvorto sola sufiĉas por ensaluti.
security-mfa-turn-on = Ŝalti
security-mfa-turn-off = Malŝalti
security-mfa-off-code = Nuna kodo, por malŝalti ĝin
security-sessions = Kie vi estas ensalutinta
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — laste aktiva { $when }
security-session-revoke = Elsaluti
login-server-toggle = Uzi alian servilon
login-server-label = URL de la servilo
login-server-help = Mattermost-servilo, kiu permesas aliron el ĉi tiu retejo (CORS). Lasu malplena por uzi ĉi tiun servilon.
login-no-account = Ĉu vi estas nova ĉi tie? Petu invitan ligilon, aŭ registriĝu, se ĉi tiu servilo permesas tion.
login-signup-link = Krei konton
signup-title = Kreu vian konton
signup-invited = Vi estas invitita al { $team }.
signup-invite-invalid = Ĉi tiu invita ligilo ne validas. Petu novan.
signup-first-user = Vi estas la unua ĉi tie: via konto administros ĉi tiun servilon.
signup-email-label = Retpoŝtadreso
signup-username-label = Uzantnomo
signup-username-help = 3 ĝis 22 signoj: minusklaj literoj, ciferoj, ".", "-" kaj "_".
signup-password-label = Pasvorto
signup-password-help = Almenaŭ 8 signoj.
signup-submit = Krei konton
signup-error = Registriĝo malsukcesis: { $message }
signup-have-account = Ĉu vi jam havas konton? Ensalutu.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } invitis vin al { $team }.
signup-token-invalid = Ĉi tiu invito eksvalidiĝis aŭ jam estis uzita. Petu novan.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } invitas vin al { $team }
invite-email-body = { $inviter } (@{ $username }) invitas vin aliĝi al { $team } ĉe { $site }.
invite-email-action = Aliĝi al { $team }
invite-email-expiry = Ĉi tiu ligilo funkcias unufoje, dum 48 horoj. Se vi ne atendis ĉi tiun inviton, ignoru ĉi tiun retmesaĝon.

## Navigation

nav-open-sidebar = Malfermi la liston de kanaloj
nav-close-sidebar = Fermi la liston de kanaloj
nav-teams = Teamoj
nav-channels = Kanaloj
nav-public = Kanaloj
nav-private = Privataj kanaloj
nav-direct = Rektaj mesaĝoj
nav-group = Grupaj mesaĝoj
nav-mentions = { $count ->
    [one] { $count } mencio
   *[other] { $count } mencioj
}
nav-unread = nelegita
nav-create-channel = Krei kanalon
nav-browse-channels = Foliumi kanalojn
nav-new-message = Skribi rektan mesaĝon
nav-logout = Elsaluti
nav-language = Lingvo
nav-invite = Inviti homojn
nav-console = Sistema konzolo
status-online = enreta
status-away = for
status-dnd = ne ĝenu
status-offline = eksterreta

## Channel dialogs

create-title = Krei kanalon
create-name-label = Nomo
create-private-label = Privata
create-purpose-label = Celo (nedeviga)
create-submit = Krei
cancel = Nuligi
close = Fermi
browse-title = Foliumi kanalojn
browse-join = Aliĝi
browse-empty = Neniu alia kanalo por aliĝi.
dm-title = Rekta mesaĝo
dm-search-label = Trovi homojn
dm-start = Komenci
dm-group-hint = Elektu unu personon por rekta mesaĝo, aŭ ĝis sep por grupo.
switcher-title = Ŝanĝi kanalon
switcher-label = Nomo de la kanalo

## Channel

channel-members = { $count ->
    [one] { $count } membro
   *[other] { $count } membroj
}
channel-archived = Ĉi tiu kanalo estas arĥivita.
channel-leave = Forlasi kanalon
channel-leave-private-confirm = Ĉu forlasi ĉi tiun privatan kanalon? Por reaniĝi necesos invito.
channel-loading = Ŝargante…
channel-load-older = Ŝargante pli malnovajn mesaĝojn…
channel-beginning = Ĉi tio estas la komenco de la kanalo.
channel-not-found = Ĉi tiu kanalo ne ekzistas aŭ vi ne rajtas vidi ĝin.
messages-label = Mesaĝoj
new-messages = Novaj mesaĝoj
jump-to-newest = Salti al la plej novaj
edited = (redaktita)
post-deleted = (mesaĝo forigita)
post-sending = Sendante…
post-failed = Ne sendita.
post-retry = Reprovi
post-discard = Forĵeti
post-reply = Respondi
post-edit = Redakti
post-delete = Forigi
post-delete-confirm = Ĉu forigi ĉi tiun mesaĝon?
post-save = Konservi
post-replies = { $count ->
    [one] { $count } respondo
   *[other] { $count } respondoj
}
post-time-title = { $time }

## Composer

composer-label = Skribi al { $channel }
composer-placeholder = Skribu mesaĝon…
composer-reply-label = Respondi en la fadeno
composer-send = Sendi
composer-hint = Enter por sendi, Shift+Enter por nova linio
typing-one = { $name } tajpas…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } tajpas…
typing-many = Pluraj homoj tajpas…
autocomplete-here = Sciigi ĉiujn enretajn ĉi tie
autocomplete-channel = Sciigi ĉiujn en ĉi tiu kanalo
autocomplete-all = Sciigi ĉiujn en ĉi tiu kanalo

## Threads

thread-title = Fadeno
thread-close = Fermi la fadenon

## Connection

connection-reconnecting = Rekonektante…
connection-offline = Vi estas eksterreta. Mesaĝoj estos senditaj kiam la konekto revenos.
error-generic = Io misfunkciis: { $message }

## Profile card

profile-send-message = Sendi mesaĝon
# $username (String) - the name after the @ that was clicked
profile-not-found = Neniu nomiĝas @{ $username }.

## Settings

nav-settings = Agordoj
settings-title = Agordoj
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (malneto)
settings-language-help = Denaskulo ankoraŭ ne kontrolis la malnetajn tradukojn.
settings-pseudo-group = Por tradukantoj

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } reagis per :{ $emoji }:

## Files

composer-attach = Kunsendi dosierojn
composer-drop = Demetu dosierojn ĉi tie por kunsendi ilin
# $name (String) - a file name
upload-sending = Alŝutante { $name }
# $name (String) - a file name
upload-cancel = Nuligi la alŝuton de { $name }
# $name (String) - a file name
upload-remove = Forigi { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } estas tro granda: dosieroj povas havi maksimume { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Ne eblis alŝuti { $name }. { $message }
# $name (String) - a file name
file-download = Elŝuti { $name }
# $name (String) - a file name
file-open = Malfermi { $name } en la bildmontrilo
viewer-previous = Antaŭa bildo
viewer-next = Sekva bildo
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Bildo { $index } el { $count }

## Profile picture

picture-title = Profilbildo
picture-preview = Via nova bildo, tondita tiel, kiel aliaj vidos ĝin
picture-choose = Elekti bildon…
picture-save = Konservi la bildon
picture-reset = Uzi la aŭtomate kreitan bildon

## Emoji picker and custom emoji

composer-emoji = Enmeti emoĝion
post-react = Aldoni reagon
emoji-picker = Emoĝi-elektilo
emoji-search = Serĉi emoĝion
emoji-recent = Lastatempe uzitaj
emoji-custom = Propraj emoĝioj
emoji-group-smileys = Mienoj kaj emocioj
emoji-group-people = Homoj kaj korpo
emoji-group-nature = Bestoj kaj naturo
emoji-group-food = Manĝaĵoj kaj trinkaĵoj
emoji-group-travel = Vojaĝoj kaj lokoj
emoji-group-activities = Agadoj
emoji-group-objects = Objektoj
emoji-group-symbols = Simboloj
emoji-group-flags = Flagoj
emoji-none = Neniu emoĝio trovita
emoji-tone-default = Defaŭlta haŭtkoloro
emoji-tone-light = Hela haŭtkoloro
emoji-tone-medium-light = Mezhela haŭtkoloro
emoji-tone-medium = Meza haŭtkoloro
emoji-tone-medium-dark = Mezmalhela haŭtkoloro
emoji-tone-dark = Malhela haŭtkoloro
nav-custom-emoji = Propraj emoĝioj
custom-emoji-title = Propraj emoĝioj
custom-emoji-name = Nomo
custom-emoji-name-help = Minusklaj literoj, ciferoj kaj _ + -, maksimume 64 signoj. En mesaĝoj uzu ĝin kiel :nomo:.
custom-emoji-image = Bildo
custom-emoji-image-help = Bildo PNG, JPEG, GIF aŭ WebP de maksimume 1 MB. Ĝi aperas je 128 × 128 rastrumeroj aŭ malpli.
custom-emoji-add = Aldoni emoĝion
custom-emoji-delete = Forigi
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Ĉu forigi la propran emoĝion :{ $name }:? Mesaĝoj, kiuj uzas ĝin, montros anstataŭe ĝian nomon.

## Search

search-label = Serĉi mesaĝojn
search-placeholder = Serĉi
search-mentions = Lastatempaj mencioj
# $terms (String) - what the person searched for, as typed
search-title = Rezultoj por { $terms }
search-close = Fermi la serĉrezultojn
search-none = Neniu mesaĝo kongruas kun ĉi tiu serĉo.
search-searching = Serĉante…
search-jump = Salti

## Notifications

notify-settings = Sciigoj
notify-desktop = Labortablaj sciigoj
notify-push = Puŝaj sciigoj
notify-email = Retpoŝtaj sciigoj
notify-all = Por ĉiu aktivaĵo
notify-mention = Por mencioj kaj rektaj mesaĝoj
notify-none = Neniam
notify-default = Kiel en miaj agordoj
notify-email-off = Ĉi tiu servilo ne sendas retpoŝton.
notify-first-name = Mia persona nomo validas kiel mencio
notify-channel-wide = @channel, @all kaj @here validas kiel mencioj
notify-keywords = Aliaj vortoj, kiuj validas kiel mencioj, apartigitaj per komoj
notify-saved = Konservita.
notify-ask = Ĉu ricevi labortablan sciigon, kiam iu mencias vin aŭ sendas al vi rektan mesaĝon?
notify-enable = Ŝalti sciigojn
notify-dismiss = Ne nun
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } en { $channel }
notify-push-browser = Puŝaj sciigoj en ĉi tiu retumilo, kiam mi estas for
notify-push-on = Ŝalti
notify-push-off = Malŝalti
notify-push-blocked = Ĉi tiu retumilo blokas sciigojn de ĉi tiu retejo.
# $channel (String) - the channel's name
channel-notify-title = Sciigoj en { $channel }
channel-notify = Agordoj pri sciigoj
channel-notify-mute = Silentigi ĉi tiun kanalon
channel-notify-wide = Ignori @channel, @all kaj @here en ĉi tiu kanalo
channel-mentions-members = Membroj rajtas sciigi ĉiujn per @channel, @all kaj @here
channel-wide-title = Ĉu sciigi ĉiujn en ĉi tiu kanalo?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Uzante @{ $mention } vi sendos sciigojn al { $count ->
        [one] unu persono
       *[other] { $count } personoj
    }. Ĉu vi certas?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Videbla nur por vi)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Agordi vian staton kiel for
command-dnd = Ne ĝenu: neniuj labortablaj aŭ puŝaj sciigoj
command-echo = Resendi tekston el via konto
# Keep the quotes: the message goes between them.
command-echo-hint = "mesaĝo" [prokrasto en sekundoj]
command-header = Redakti la kapon de la kanalo
command-header-hint = [teksto]
command-help = Montri la komandojn, kiujn vi povas uzi
command-invite = Inviti uzanton al kanalo
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[uzantnomo] [~kanalo]
command-join = Aliĝi al la publika kanalo
command-join-hint = ~[kanalo]
command-kick = Forigi membron el la kanalo
command-kick-hint = @[uzantnomo]
command-leave = Forlasi la nunan kanalon
command-me = Fari agon
command-me-hint = [mesaĝo]
command-msg = Sendi rektan mesaĝon al uzanto
command-msg-hint = @[uzantnomo] [mesaĝo]
command-online = Agordi vian staton kiel enreta
command-purpose = Redakti la celon de la kanalo
command-purpose-hint = [teksto]
command-shrug = Aldonas ¯\_(ツ)_/¯ al via mesaĝo
command-shrug-hint = [mesaĝo]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Tajpu / komence de mesaĝo por vidi la komandojn, kiujn vi povas uzi, kaj kion ĉiu faras.
command-said-status-away = Vi nun estas for.
command-said-status-online = Vi nun estas enreta.
command-said-status-dnd = Ne ĝenu estas ŝaltita: vi ne ricevos labortablajn aŭ puŝajn sciigojn.

## The Integrations dialog

nav-integrations = Integriĝoj
integrations-title = Integriĝoj
integrations-incoming = Envenantaj rethokoj
integrations-outgoing = Elirantaj rethokoj
integrations-commands = Oblikvaj komandoj
integrations-bots = Robotaj kontoj
integrations-tokens = Personaj alirĵetonoj
integrations-add = Aldoni
integrations-edit = Redakti
integrations-delete = Forigi
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Ĉu forigi "{ $name }"? Ĉio, kio uzas ĝin, ĉesos funkcii.
integrations-save = Konservi
integrations-copy = Kopii
integrations-url = URL
integrations-token = Ĵetono
integrations-empty = Ankoraŭ neniu.
integrations-disabled = malŝaltita
integrations-disable = Malŝalti
integrations-enable = Ŝalti
integrations-name = Nomo
integrations-description = Priskribo
integrations-channel = Kanalo
integrations-any-channel = Iu ajn publika kanalo
integrations-locked = Afiŝi nur en ĉi tiu kanalo
integrations-username = Nomo montrata ĉe ĝiaj mesaĝoj
integrations-icon = URL de bildo montrata ĉe ĝiaj mesaĝoj
integrations-triggers = Ekigaj vortoj (po unu en linio)
integrations-trigger-when = Ekiga kondiĉo
integrations-first-word = La unua vorto estas ekiga vorto
integrations-starts-with = La mesaĝo komenciĝas per ekiga vorto
integrations-callbacks = Revokaj URL-oj (po unu en linio)
integrations-content-type = Sendata formato
integrations-form = Formularaj kampoj
integrations-json = JSON
integrations-trigger = Komanda vorto (sen la oblikvo)
integrations-request-url = URL de la peto
integrations-method = Metodo de la peto
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Proponi ĝin en la mesaĝokampo
integrations-hint = Konsileto pri argumentoj
integrations-autocomplete-desc = Kion ĝi faras
integrations-bot-username = Uzantnomo
integrations-bot-display = Montrata nomo
integrations-token-new = Nova ĵetono
integrations-token-once = Kopiu ĉi tiun ĵetonon nun: ĝi ne plu estos montrata.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Ĵetono por { $name }
integrations-overrides-off = Ĉi tiu servilo montras la mesaĝojn de integriĝoj sub la nomo kaj bildo de ilia posedanto.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Inviti homojn al { $team }
invite-link-heading = Invita ligilo
invite-link-help = Ĉiu, kiu havas ĉi tiun ligilon, povas aliĝi al la teamo.
invite-link-copy = Kopii la ligilon
invite-link-copied = Kopiita
invite-link-reset = Krei novan ligilon
invite-link-reset-help = La nuna ligilo tiam ĉesos funkcii.
invite-link-admins-only = Nur la administrantoj de la teamo povas inviti homojn al ĝi.
invite-email-heading = Inviti per retpoŝto
invite-email-help = Adresoj apartigitaj per komoj, spacetoj aŭ linioj. Ĉiu ricevas ligilon, kiu funkcias unufoje, dum 48 horoj.
invite-email-send = Sendi invitojn
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } invito sendita.
   *[other] { $count } invitoj senditaj.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Atendantaj invitoj
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, de { $inviter }, valida ĝis { $when }
invite-revoke = Revoki
invite-joined-heading = Kiu invitis kiun
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $user } estis invitita de { $inviter }
invite-none = Ankoraŭ neniu.

## The System Console, for the server's admins

console-title = Sistema konzolo
console-tab-users = Uzantoj
console-tab-terms = Kondutkodo
console-tab-invitations = Invitoj
console-tab-audit = Kontrolprotokolo
console-users-search = Serĉi laŭ nomo, uzantnomo aŭ retpoŝtadreso
console-user-inactive = Malaktivigita
console-user-admin = Sistemadministranto
console-user-mfa = Dufaktora aŭtentigo ŝaltita
console-user-deactivate = Malaktivigi
console-user-activate = Reaktivigi
console-user-make-admin = Fari sistemadministranto
console-user-remove-admin = Forpreni la rolon de sistemadministranto
console-user-mfa-reset = Malŝalti dufaktoran aŭtentigon
console-user-sessions = Seancoj
console-user-revoke-all = Elsalutigi ĉie
console-user-no-sessions = Neniu malfermita seanco.
console-terms-help = Markdown. Ĉiu ŝanĝo estas nova versio, kiun ĉiuj denove akceptas.
console-terms-publish = Publikigi
console-terms-published = Publikigita: ĉiuj estos petataj akcepti ĉi tiun version.
console-terms-disabled = Ĉi tiu servilo ankoraŭ petas neniun akcepti ĝin: agordu enable_custom_terms_of_service = true en ĝia agordo.
console-invitations-help = Atendantaj retpoŝtaj invitoj al ĉi tiu teamo.
console-invitations-revoke-all = Revoki ĉiujn atendantajn invitojn, en ĉiuj teamoj
console-audit-when = Kiam
console-audit-who = Kiu
console-audit-action = Ago
console-audit-details = Detaloj
console-audit-address = Adreso
console-more = Montri pli
