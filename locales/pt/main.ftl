# Causerie: European Portuguese (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Iniciar sessão no { -brand-name }
login-id-label = E-mail ou nome de utilizador
login-password-label = Palavra-passe
login-submit = Iniciar sessão
login-working = A iniciar sessão…
login-error-credentials = E-mail, nome de utilizador ou palavra-passe incorretos.
login-error-locked = Demasiadas tentativas falhadas. Tente novamente dentro de alguns minutos.
login-error-unreachable = Não é possível contactar o servidor. Verifique a sua ligação e tente novamente.
login-error-other = Falha ao iniciar sessão: { $message }
login-error-code = Código errado ou já utilizado. Introduza o código atual.
login-code-label = Código de autenticação de dois fatores
login-code-help = O código de 6 algarismos da sua aplicação de autenticação ou um dos seus códigos de recuperação.
terms-title = Código de conduta
terms-help = Leia e aceite o código de conduta para participar.
terms-agree = Concordo
terms-disagree = Não concordo
mfa-required-title = Configure a autenticação de dois fatores
mfa-required-help = Este servidor exige um código de uma aplicação de autenticação sempre que inicia sessão.
mfa-scan = Leia este código QR com uma aplicação de autenticação ou introduza nela a chave secreta.
mfa-qr-alt = Código QR para a sua aplicação de autenticação
mfa-secret-label = Chave secreta:
mfa-code-label = Código da aplicação
mfa-confirm = Ativar
mfa-bad-code = Esse código não é válido. Introduza o código atual da aplicação.
mfa-recovery-help = Guarde estes códigos de recuperação num local seguro. Se perder o seu dispositivo, cada um permite-lhe iniciar sessão uma vez. Só são mostrados agora.
mfa-recovery-download = Transferir
mfa-recovery-copy = Copiar
mfa-continue = Continuar
security-title = Segurança
security-mfa = Autenticação de dois fatores
security-mfa-on = Ativada: ao iniciar sessão, é pedido um código da sua aplicação de autenticação.
security-mfa-off = Desativada: basta a palavra-passe para iniciar sessão.
security-mfa-turn-on = Ativar
security-mfa-turn-off = Desativar
security-mfa-off-code = Código atual, para a desativar
security-sessions = Onde tem sessão iniciada
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — última atividade: { $when }
security-session-revoke = Terminar sessão
login-server-toggle = Utilizar outro servidor
login-server-label = URL do servidor
login-server-help = Um servidor Mattermost que permita este site (CORS). Deixe em branco para utilizar este servidor.
login-no-account = É a primeira vez aqui? Peça uma ligação de convite ou registe-se, se este servidor o permitir.
login-signup-link = Criar uma conta
signup-title = Crie a sua conta
signup-invited = Recebeu um convite para { $team }.
signup-invite-invalid = Esta ligação de convite não é válida. Peça uma nova.
signup-first-user = É a primeira pessoa aqui: a sua conta vai administrar este servidor.
signup-email-label = E-mail
signup-username-label = Nome de utilizador
signup-username-help = De 3 a 22 caracteres: letras minúsculas, algarismos, ".", "-" e "_".
signup-password-label = Palavra-passe
signup-password-help = Pelo menos 8 caracteres.
signup-submit = Criar conta
signup-error = Falha no registo: { $message }
signup-have-account = Já tem uma conta? Inicie sessão.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = Recebeu um convite de { $inviter } para { $team }.
signup-token-invalid = Este convite expirou ou já foi utilizado. Peça um novo.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] Convite de { $inviter } para { $team }
invite-email-body = { $inviter } (@{ $username }) enviou-lhe um convite para aderir a { $team } em { $site }.
invite-email-action = Aderir a { $team }
invite-email-expiry = Esta ligação funciona uma vez, durante 48 horas. Se não esperava este convite, ignore este e-mail.

## Navigation

nav-open-sidebar = Abrir a lista de canais
nav-close-sidebar = Fechar a lista de canais
nav-teams = Equipas
nav-channels = Canais
nav-public = Canais
nav-private = Canais privados
nav-direct = Mensagens diretas
nav-group = Mensagens de grupo
nav-mentions = { $count ->
    [one] { $count } menção
   *[other] { $count } menções
}
nav-unread = não lido
nav-create-channel = Criar um canal
nav-browse-channels = Explorar canais
nav-new-message = Escrever uma mensagem direta
nav-logout = Terminar sessão
nav-language = Idioma
nav-invite = Convidar pessoas
nav-console = Consola do sistema
status-online = online
status-away = ausente
status-dnd = não incomodar
status-offline = offline

## Channel dialogs

create-title = Criar um canal
create-name-label = Nome
create-private-label = Tornar privado
create-purpose-label = Finalidade (opcional)
create-submit = Criar
cancel = Cancelar
close = Fechar
browse-title = Explorar canais
browse-join = Aderir
browse-empty = Não há outros canais a que aderir.
dm-title = Mensagem direta
dm-search-label = Procurar pessoas
dm-start = Iniciar
dm-group-hint = Escolha uma pessoa para uma mensagem direta, ou até sete para um grupo.
switcher-title = Mudar de canal
switcher-label = Nome do canal

## Channel

channel-members = { $count ->
    [one] { $count } membro
   *[other] { $count } membros
}
channel-archived = Este canal está arquivado.
channel-leave = Sair do canal
channel-leave-private-confirm = Sair deste canal privado? Para voltar a entrar será necessário um convite.
channel-loading = A carregar…
channel-load-older = A carregar mensagens anteriores…
channel-beginning = Este é o início do canal.
channel-not-found = Este canal não existe ou não tem acesso a ele.
messages-label = Mensagens
new-messages = Novas mensagens
jump-to-newest = Ir para as mais recentes
edited = (editada)
post-deleted = (mensagem eliminada)
post-sending = A enviar…
post-failed = Não enviada.
post-retry = Tentar novamente
post-discard = Descartar
post-reply = Responder
post-edit = Editar
post-delete = Eliminar
post-delete-confirm = Eliminar esta mensagem?
post-save = Guardar
post-replies = { $count ->
    [one] { $count } resposta
   *[other] { $count } respostas
}
post-time-title = { $time }

## Composer

composer-label = Mensagem para { $channel }
composer-placeholder = Escreva uma mensagem…
composer-reply-label = Responder na conversa
composer-send = Enviar
composer-hint = Enter para enviar, Shift+Enter para mudar de linha
typing-one = { $name } está a escrever…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } estão a escrever…
typing-many = Várias pessoas estão a escrever…
autocomplete-here = Notificar todos os que estão online aqui
autocomplete-channel = Notificar todos neste canal
autocomplete-all = Notificar todos neste canal

## Threads

thread-title = Conversa
thread-close = Fechar a conversa

## Connection

connection-reconnecting = A restabelecer a ligação…
connection-offline = Está offline. As mensagens serão enviadas quando a ligação for restabelecida.
error-generic = Ocorreu um erro: { $message }

## Profile card

profile-send-message = Enviar mensagem
# $username (String) - the name after the @ that was clicked
profile-not-found = Não existe ninguém chamado @{ $username }.

## Settings

nav-settings = Definições
settings-title = Definições
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (rascunho)
settings-language-help = As traduções em rascunho ainda não foram revistas por um falante nativo.
settings-pseudo-group = Para tradutores

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } reagiu com :{ $emoji }:

## Files

composer-attach = Anexar ficheiros
composer-drop = Largue os ficheiros aqui para os anexar
# $name (String) - a file name
upload-sending = A carregar { $name }
# $name (String) - a file name
upload-cancel = Cancelar o carregamento de { $name }
# $name (String) - a file name
upload-remove = Remover { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } é demasiado grande: os ficheiros podem ter no máximo { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Não foi possível carregar { $name }. { $message }
# $name (String) - a file name
file-download = Transferir { $name }
# $name (String) - a file name
file-open = Abrir { $name } no visualizador
viewer-previous = Imagem anterior
viewer-next = Imagem seguinte
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Imagem { $index } de { $count }

## Profile picture

picture-title = Imagem de perfil
picture-preview = A sua nova imagem, recortada tal como os outros a verão
picture-choose = Escolher uma imagem…
picture-save = Guardar imagem
picture-reset = Utilizar a imagem gerada

## Emoji picker and custom emoji

composer-emoji = Inserir emoji
post-react = Adicionar reação
emoji-picker = Seletor de emojis
emoji-search = Pesquisar emojis
emoji-recent = Utilizados recentemente
emoji-custom = Emojis personalizados
emoji-group-smileys = Smileys e emoções
emoji-group-people = Pessoas e corpo
emoji-group-nature = Animais e natureza
emoji-group-food = Comida e bebida
emoji-group-travel = Viagens e locais
emoji-group-activities = Atividades
emoji-group-objects = Objetos
emoji-group-symbols = Símbolos
emoji-group-flags = Bandeiras
emoji-none = Nenhum emoji encontrado
emoji-tone-default = Tom de pele predefinido
emoji-tone-light = Tom de pele claro
emoji-tone-medium-light = Tom de pele médio-claro
emoji-tone-medium = Tom de pele médio
emoji-tone-medium-dark = Tom de pele médio-escuro
emoji-tone-dark = Tom de pele escuro
nav-custom-emoji = Emojis personalizados
custom-emoji-title = Emojis personalizados
custom-emoji-name = Nome
custom-emoji-name-help = Letras minúsculas, algarismos e _ + -, até 64 caracteres. Nas mensagens, utilize-o como :nome:.
custom-emoji-image = Imagem
custom-emoji-image-help = Uma imagem PNG, JPEG, GIF ou WebP com 1 MB no máximo. É apresentada com 128 × 128 píxeis ou menos.
custom-emoji-add = Adicionar emoji
custom-emoji-delete = Eliminar
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Eliminar o emoji personalizado :{ $name }:? As mensagens que o utilizam vão mostrar o nome dele em vez do emoji.

## Search

search-label = Pesquisar mensagens
search-placeholder = Pesquisar
search-mentions = Menções recentes
# $terms (String) - what the person searched for, as typed
search-title = Resultados para { $terms }
search-close = Fechar os resultados da pesquisa
search-none = Nenhuma mensagem corresponde a esta pesquisa.
search-searching = A pesquisar…
search-jump = Ir

## Notifications

notify-settings = Notificações
notify-desktop = Notificações no ambiente de trabalho
notify-push = Notificações push
notify-email = Notificações por e-mail
notify-all = Para toda a atividade
notify-mention = Para menções e mensagens diretas
notify-none = Nunca
notify-default = Como nas minhas definições
notify-email-off = Este servidor não envia e-mails.
notify-first-name = O meu nome próprio conta como menção
notify-channel-wide = @channel, @all e @here contam como menções
notify-keywords = Outras palavras que contam como menções, separadas por vírgulas
notify-saved = Guardado.
notify-ask = Receber uma notificação no ambiente de trabalho para menções e mensagens diretas?
notify-enable = Ativar notificações
notify-dismiss = Agora não
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } em { $channel }
notify-push-browser = Notificações push neste navegador quando eu estiver ausente
notify-push-on = Ativar
notify-push-off = Desativar
notify-push-blocked = Este navegador bloqueia as notificações deste site.
# $channel (String) - the channel's name
channel-notify-title = Notificações em { $channel }
channel-notify = Preferências de notificação
channel-notify-mute = Silenciar este canal
channel-notify-wide = Ignorar @channel, @all e @here neste canal
channel-mentions-members = Os membros podem notificar todos com @channel, @all e @here
channel-wide-title = Notificar todos neste canal?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Ao utilizar @{ $mention }, vai enviar notificações a { $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    }. Tem a certeza?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Visível apenas para si)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Definir o seu estado como ausente
command-dnd = Não incomodar: sem notificações no ambiente de trabalho nem push
command-echo = Repetir texto a partir da sua conta
# Keep the quotes: the message goes between them.
command-echo-hint = "mensagem" [atraso em segundos]
command-header = Editar o cabeçalho do canal
command-header-hint = [texto]
command-help = Mostrar os comandos que pode utilizar
command-invite = Convidar um utilizador para um canal
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[nome de utilizador] [~canal]
command-join = Aderir ao canal aberto
command-join-hint = ~[canal]
command-kick = Remover um membro do canal
command-kick-hint = @[nome de utilizador]
command-leave = Sair do canal atual
command-me = Realizar uma ação
command-me-hint = [mensagem]
command-msg = Enviar uma mensagem direta a um utilizador
command-msg-hint = @[nome de utilizador] [mensagem]
command-online = Definir o seu estado como online
command-purpose = Editar a finalidade do canal
command-purpose-hint = [texto]
command-shrug = Adiciona ¯\_(ツ)_/¯ à sua mensagem
command-shrug-hint = [mensagem]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Escreva / no início de uma mensagem para ver os comandos que pode utilizar e o que faz cada um.
command-said-status-away = Está agora ausente.
command-said-status-online = Está agora online.
command-said-status-dnd = O modo não incomodar está ativado: não vai receber notificações no ambiente de trabalho nem push.

## The Integrations dialog

nav-integrations = Integrações
integrations-title = Integrações
integrations-incoming = Webhooks de entrada
integrations-outgoing = Webhooks de saída
integrations-commands = Comandos de barra
integrations-bots = Contas de bot
integrations-tokens = Tokens de acesso pessoal
integrations-add = Adicionar
integrations-edit = Editar
integrations-delete = Eliminar
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Eliminar «{ $name }»? Tudo o que o utiliza deixa de funcionar.
integrations-save = Guardar
integrations-copy = Copiar
integrations-url = URL
integrations-token = Token
integrations-empty = Ainda não há nenhum.
integrations-disabled = desativado
integrations-disable = Desativar
integrations-enable = Ativar
integrations-name = Nome
integrations-description = Descrição
integrations-channel = Canal
integrations-any-channel = Qualquer canal público
integrations-locked = Publicar apenas neste canal
integrations-username = Nome apresentado nas mensagens que publica
integrations-icon = URL da imagem apresentada nas mensagens que publica
integrations-triggers = Palavras de ativação (uma por linha)
integrations-trigger-when = É ativado quando
integrations-first-word = A primeira palavra é uma palavra de ativação
integrations-starts-with = A mensagem começa com uma palavra de ativação
integrations-callbacks = URLs de callback (um por linha)
integrations-content-type = Formato enviado
integrations-form = Campos de formulário
integrations-json = JSON
integrations-trigger = Palavra do comando (sem a barra)
integrations-request-url = URL do pedido
integrations-method = Método do pedido
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Sugerir na caixa de mensagem
integrations-hint = Sugestão de argumentos
integrations-autocomplete-desc = O que faz
integrations-bot-username = Nome de utilizador
integrations-bot-display = Nome a apresentar
integrations-token-new = Novo token
integrations-token-once = Copie este token agora: não voltará a ser mostrado.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token para { $name }
integrations-overrides-off = Este servidor apresenta as mensagens das integrações com o nome e a imagem do respetivo proprietário.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Convidar pessoas para { $team }
invite-link-heading = Ligação de convite
invite-link-help = Qualquer pessoa com esta ligação pode aderir à equipa.
invite-link-copy = Copiar ligação
invite-link-copied = Copiada
invite-link-reset = Criar uma nova ligação
invite-link-reset-help = A ligação atual deixa então de funcionar.
invite-link-admins-only = Só os administradores da equipa podem convidar pessoas para ela.
invite-email-heading = Convidar por e-mail
invite-email-help = Endereços separados por vírgulas, espaços ou linhas. Cada um recebe uma ligação que funciona uma vez, durante 48 horas.
invite-email-send = Enviar convites
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } convite enviado.
   *[other] { $count } convites enviados.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Convites pendentes
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, de { $inviter }, válido até { $when }
invite-revoke = Revogar
invite-joined-heading = Quem convidou quem
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $inviter } convidou { $user }
invite-none = Ainda não há nenhum.

## The System Console, for the server's admins

console-title = Consola do sistema
console-tab-users = Utilizadores
console-tab-terms = Código de conduta
console-tab-invitations = Convites
console-tab-audit = Registo de auditoria
console-users-search = Pesquisar por nome, nome de utilizador ou e-mail
console-user-inactive = Desativado
console-user-admin = Administrador do sistema
console-user-mfa = Autenticação de dois fatores ativada
console-user-deactivate = Desativar
console-user-activate = Reativar
console-user-make-admin = Tornar administrador do sistema
console-user-remove-admin = Remover administrador do sistema
console-user-mfa-reset = Desativar autenticação de dois fatores
console-user-sessions = Sessões
console-user-revoke-all = Terminar todas as sessões
console-user-no-sessions = Nenhuma sessão aberta.
console-terms-help = Markdown. Cada alteração é uma nova versão, que todos voltam a aceitar.
console-terms-publish = Publicar
console-terms-published = Publicado: todos terão de aceitar esta versão.
console-terms-disabled = Este servidor ainda não pede a ninguém que o aceite: defina enable_custom_terms_of_service = true na respetiva configuração.
console-invitations-help = Convites por e-mail pendentes para esta equipa.
console-invitations-revoke-all = Revogar todos os convites pendentes, em todas as equipas
console-audit-when = Quando
console-audit-who = Quem
console-audit-action = Ação
console-audit-details = Detalhes
console-audit-address = Endereço
console-more = Mostrar mais
