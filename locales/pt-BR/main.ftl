# Causerie: Brazilian Portuguese (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Entrar no { -brand-name }
login-id-label = E-mail ou nome de usuário
login-password-label = Senha
login-submit = Entrar
login-working = Entrando…
login-error-credentials = E-mail, nome de usuário ou senha incorretos.
login-error-locked = Muitas tentativas malsucedidas. Tente novamente em alguns minutos.
login-error-unreachable = Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.
login-error-other = Falha ao entrar: { $message }
login-error-code = Código incorreto ou já usado. Digite o código atual.
login-code-label = Código de dois fatores
login-code-help = O código de 6 dígitos do seu app autenticador ou um dos seus códigos de recuperação.
terms-title = Código de conduta
terms-help = Leia e aceite o código de conduta para participar.
terms-agree = Concordo
terms-disagree = Não concordo
mfa-required-title = Configure a autenticação de dois fatores
mfa-required-help = Este servidor exige um código de um app autenticador sempre que você entra.
mfa-scan = Escaneie este QR code com um app autenticador ou digite nele a chave secreta.
mfa-qr-alt = QR code para o seu app autenticador
mfa-secret-label = Chave secreta:
mfa-code-label = Código do app
mfa-confirm = Ativar
mfa-bad-code = Esse código não é válido. Digite o código atual do app.
mfa-recovery-help = Guarde estes códigos de recuperação em um lugar seguro. Se você perder seu dispositivo, cada um permite entrar uma vez. Eles só são mostrados agora.
mfa-recovery-download = Baixar
mfa-recovery-copy = Copiar
mfa-continue = Continuar
security-title = Segurança
security-mfa = Autenticação de dois fatores
security-mfa-on = Ativada: ao entrar, é pedido um código do seu app autenticador.
security-mfa-off = Desativada: basta sua senha para entrar.
security-mfa-turn-on = Ativar
security-mfa-turn-off = Desativar
security-mfa-off-code = Código atual, para desativá-la
security-sessions = Onde sua conta está conectada
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — última atividade: { $when }
security-session-revoke = Sair
login-server-toggle = Usar outro servidor
login-server-label = URL do servidor
login-server-help = Um servidor Mattermost que permita este site (CORS). Deixe em branco para usar este servidor.
login-no-account = Primeira vez aqui? Peça um link de convite ou cadastre-se, se este servidor permitir.
login-signup-link = Criar uma conta
signup-title = Crie sua conta
signup-invited = Você recebeu um convite para { $team }.
signup-invite-invalid = Este link de convite não é válido. Peça um novo.
signup-first-user = Você é a primeira pessoa aqui: sua conta vai administrar este servidor.
signup-email-label = E-mail
signup-username-label = Nome de usuário
signup-username-help = De 3 a 22 caracteres: letras minúsculas, dígitos, ".", "-" e "_".
signup-password-label = Senha
signup-password-help = No mínimo 8 caracteres.
signup-submit = Criar conta
signup-error = Falha no cadastro: { $message }
signup-have-account = Já tem uma conta? Entre.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } convidou você para { $team }.
signup-token-invalid = Este convite expirou ou já foi usado. Peça um novo.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } convida você para { $team }
invite-email-body = { $inviter } (@{ $username }) convida você para participar de { $team } em { $site }.
invite-email-action = Entrar em { $team }
invite-email-expiry = Este link funciona uma vez, durante 48 horas. Se você não esperava este convite, ignore este e-mail.

## Navigation

nav-open-sidebar = Abrir a lista de canais
nav-close-sidebar = Fechar a lista de canais
nav-teams = Equipes
nav-channels = Canais
nav-public = Canais
nav-private = Canais privados
nav-direct = Mensagens diretas
nav-group = Mensagens em grupo
nav-mentions = { $count ->
    [one] { $count } menção
   *[other] { $count } menções
}
nav-unread = não lido
nav-create-channel = Criar um canal
nav-browse-channels = Explorar canais
nav-new-message = Escrever uma mensagem direta
nav-logout = Sair
nav-language = Idioma
nav-invite = Convidar pessoas
nav-console = Console do sistema
status-online = online
status-away = ausente
status-dnd = não incomodar
status-offline = offline

## Channel dialogs

create-title = Criar um canal
create-name-label = Nome
create-private-label = Tornar privado
create-purpose-label = Propósito (opcional)
create-submit = Criar
cancel = Cancelar
close = Fechar
browse-title = Explorar canais
browse-join = Entrar
browse-empty = Não há outros canais para entrar.
dm-title = Mensagem direta
dm-search-label = Procurar pessoas
dm-start = Iniciar
dm-group-hint = Escolha uma pessoa para uma mensagem direta, ou até sete para um grupo.
switcher-title = Trocar de canal
switcher-label = Nome do canal

## Channel

channel-members = { $count ->
    [one] { $count } membro
   *[other] { $count } membros
}
channel-archived = Este canal está arquivado.
channel-leave = Sair do canal
channel-leave-private-confirm = Sair deste canal privado? Para entrar novamente será preciso um convite.
channel-loading = Carregando…
channel-load-older = Carregando mensagens anteriores…
channel-beginning = Este é o início do canal.
channel-not-found = Este canal não existe ou você não tem acesso a ele.
messages-label = Mensagens
new-messages = Novas mensagens
jump-to-newest = Ir para as mais recentes
edited = (editada)
post-deleted = (mensagem excluída)
post-sending = Enviando…
post-failed = Não enviada.
post-retry = Tentar novamente
post-discard = Descartar
post-reply = Responder
post-edit = Editar
post-delete = Excluir
post-delete-confirm = Excluir esta mensagem?
post-save = Salvar
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
composer-hint = Enter para enviar, Shift+Enter para nova linha
typing-one = { $name } está digitando…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } estão digitando…
typing-many = Várias pessoas estão digitando…
autocomplete-here = Notificar todos que estão online aqui
autocomplete-channel = Notificar todos neste canal
autocomplete-all = Notificar todos neste canal

## Threads

thread-title = Conversa
thread-close = Fechar a conversa

## Connection

connection-reconnecting = Reconectando…
connection-offline = Você está offline. As mensagens serão enviadas quando a conexão voltar.
error-generic = Algo deu errado: { $message }

## Profile card

profile-send-message = Enviar mensagem
# $username (String) - the name after the @ that was clicked
profile-not-found = Não há ninguém chamado @{ $username }.

## Settings

nav-settings = Configurações
settings-title = Configurações
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (rascunho)
settings-language-help = As traduções em rascunho ainda não foram revisadas por um falante nativo.
settings-pseudo-group = Para tradutores

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } reagiu com :{ $emoji }:

## Files

composer-attach = Anexar arquivos
composer-drop = Solte os arquivos aqui para anexá-los
# $name (String) - a file name
upload-sending = Enviando { $name }
# $name (String) - a file name
upload-cancel = Cancelar o envio de { $name }
# $name (String) - a file name
upload-remove = Remover { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = { $name } é grande demais: os arquivos podem ter no máximo { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Não foi possível enviar { $name }. { $message }
# $name (String) - a file name
file-download = Baixar { $name }
# $name (String) - a file name
file-open = Abrir { $name } no visualizador
viewer-previous = Imagem anterior
viewer-next = Próxima imagem
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Imagem { $index } de { $count }

## Profile picture

picture-title = Imagem de perfil
picture-preview = Sua nova imagem, recortada como os outros a verão
picture-choose = Escolher uma imagem…
picture-save = Salvar imagem
picture-reset = Usar a imagem gerada

## Emoji picker and custom emoji

composer-emoji = Inserir emoji
post-react = Adicionar reação
emoji-picker = Seletor de emojis
emoji-search = Pesquisar emojis
emoji-recent = Usados recentemente
emoji-custom = Emojis personalizados
emoji-group-smileys = Smileys e emoções
emoji-group-people = Pessoas e corpo
emoji-group-nature = Animais e natureza
emoji-group-food = Comidas e bebidas
emoji-group-travel = Viagens e lugares
emoji-group-activities = Atividades
emoji-group-objects = Objetos
emoji-group-symbols = Símbolos
emoji-group-flags = Bandeiras
emoji-none = Nenhum emoji encontrado
emoji-tone-default = Tom de pele padrão
emoji-tone-light = Tom de pele claro
emoji-tone-medium-light = Tom de pele médio-claro
emoji-tone-medium = Tom de pele médio
emoji-tone-medium-dark = Tom de pele médio-escuro
emoji-tone-dark = Tom de pele escuro
nav-custom-emoji = Emojis personalizados
custom-emoji-title = Emojis personalizados
custom-emoji-name = Nome
custom-emoji-name-help = Letras minúsculas, dígitos e _ + -, até 64 caracteres. Use-o nas mensagens como :nome:.
custom-emoji-image = Imagem
custom-emoji-image-help = Uma imagem PNG, JPEG, GIF ou WebP de no máximo 1 MB. Ela é exibida em 128 × 128 pixels ou menos.
custom-emoji-add = Adicionar emoji
custom-emoji-delete = Excluir
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Excluir o emoji personalizado :{ $name }:? As mensagens que o usam vão mostrar o nome dele no lugar.

## Search

search-label = Pesquisar mensagens
search-placeholder = Pesquisar
search-mentions = Menções recentes
# $terms (String) - what the person searched for, as typed
search-title = Resultados para { $terms }
search-close = Fechar os resultados da pesquisa
search-none = Nenhuma mensagem corresponde a esta pesquisa.
search-searching = Pesquisando…
search-jump = Ir

## Notifications

notify-settings = Notificações
notify-desktop = Notificações na área de trabalho
notify-push = Notificações push
notify-email = Notificações por e-mail
notify-all = Para toda atividade
notify-mention = Para menções e mensagens diretas
notify-none = Nunca
notify-default = Como nas minhas configurações
notify-email-off = Este servidor não envia e-mails.
notify-first-name = Meu primeiro nome conta como menção
notify-channel-wide = @channel, @all e @here contam como menções
notify-keywords = Outras palavras que contam como menções, separadas por vírgulas
notify-saved = Salvo.
notify-ask = Receber uma notificação na área de trabalho quando alguém mencionar você ou enviar uma mensagem direta para você?
notify-enable = Ativar notificações
notify-dismiss = Agora não
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } em { $channel }
notify-push-browser = Notificações push neste navegador quando eu estiver ausente
notify-push-on = Ativar
notify-push-off = Desativar
notify-push-blocked = Este navegador bloqueia notificações deste site.
# $channel (String) - the channel's name
channel-notify-title = Notificações em { $channel }
channel-notify = Preferências de notificação
channel-notify-mute = Silenciar este canal
channel-notify-wide = Ignorar @channel, @all e @here neste canal
channel-mentions-members = Os membros podem notificar todos com @channel, @all e @here
channel-wide-title = Notificar todos neste canal?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Ao usar @{ $mention }, você vai enviar notificações para { $count ->
        [one] { $count } pessoa
       *[other] { $count } pessoas
    }. Tem certeza?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Visível somente para você)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Definir seu status como ausente
command-dnd = Não incomodar: sem notificações na área de trabalho nem push
command-echo = Repetir um texto a partir da sua conta
# Keep the quotes: the message goes between them.
command-echo-hint = "mensagem" [atraso em segundos]
command-header = Editar o cabeçalho do canal
command-header-hint = [texto]
command-help = Mostrar os comandos que você pode usar
command-invite = Convidar um usuário para um canal
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[nome de usuário] [~canal]
command-join = Entrar no canal aberto
command-join-hint = ~[canal]
command-kick = Remover um membro do canal
command-kick-hint = @[nome de usuário]
command-leave = Sair do canal atual
command-me = Realizar uma ação
command-me-hint = [mensagem]
command-msg = Enviar uma mensagem direta para um usuário
command-msg-hint = @[nome de usuário] [mensagem]
command-online = Definir seu status como online
command-purpose = Editar o propósito do canal
command-purpose-hint = [texto]
command-shrug = Adiciona ¯\_(ツ)_/¯ à sua mensagem
command-shrug-hint = [mensagem]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Digite / no início de uma mensagem para ver os comandos que você pode usar e o que cada um faz.
command-said-status-away = Agora você está ausente.
command-said-status-online = Agora você está online.
command-said-status-dnd = O modo não incomodar está ativado: você não vai receber notificações na área de trabalho nem push.

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
integrations-delete = Excluir
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Excluir “{ $name }”? Tudo o que o usa vai parar de funcionar.
integrations-save = Salvar
integrations-copy = Copiar
integrations-url = URL
integrations-token = Token
integrations-empty = Nenhum ainda.
integrations-disabled = desativado
integrations-disable = Desativar
integrations-enable = Ativar
integrations-name = Nome
integrations-description = Descrição
integrations-channel = Canal
integrations-any-channel = Qualquer canal público
integrations-locked = Publicar somente neste canal
integrations-username = Nome exibido nas mensagens que publica
integrations-icon = URL da imagem exibida nas mensagens que publica
integrations-triggers = Palavras de acionamento (uma por linha)
integrations-trigger-when = É acionado quando
integrations-first-word = A primeira palavra é uma palavra de acionamento
integrations-starts-with = A mensagem começa com uma palavra de acionamento
integrations-callbacks = URLs de callback (uma por linha)
integrations-content-type = Formato enviado
integrations-form = Campos de formulário
integrations-json = JSON
integrations-trigger = Palavra do comando (sem a barra)
integrations-request-url = URL da requisição
integrations-method = Método da requisição
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Sugerir na caixa de mensagem
integrations-hint = Dica de argumentos
integrations-autocomplete-desc = O que ele faz
integrations-bot-username = Nome de usuário
integrations-bot-display = Nome de exibição
integrations-token-new = Novo token
integrations-token-once = Copie este token agora: ele não será mostrado novamente.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Token para { $name }
integrations-overrides-off = Este servidor exibe as mensagens das integrações com o nome e a imagem do proprietário.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Convidar pessoas para { $team }
invite-link-heading = Link de convite
invite-link-help = Qualquer pessoa com este link pode entrar na equipe.
invite-link-copy = Copiar link
invite-link-copied = Copiado
invite-link-reset = Gerar um novo link
invite-link-reset-help = O link atual deixa de funcionar.
invite-link-admins-only = Só os administradores da equipe podem convidar pessoas para ela.
invite-email-heading = Convidar por e-mail
invite-email-help = Endereços separados por vírgulas, espaços ou linhas. Cada um recebe um link que funciona uma vez, durante 48 horas.
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
invite-none = Nenhum ainda.

## The System Console, for the server's admins

console-title = Console do sistema
console-tab-users = Usuários
console-tab-terms = Código de conduta
console-tab-invitations = Convites
console-tab-audit = Log de auditoria
console-users-search = Pesquisar por nome, nome de usuário ou e-mail
console-user-inactive = Desativado
console-user-admin = Administrador do sistema
console-user-mfa = Autenticação de dois fatores ativada
console-user-deactivate = Desativar
console-user-activate = Reativar
console-user-make-admin = Tornar administrador do sistema
console-user-remove-admin = Remover administrador do sistema
console-user-mfa-reset = Desativar autenticação de dois fatores
console-user-sessions = Sessões
console-user-revoke-all = Encerrar todas as sessões
console-user-no-sessions = Nenhuma sessão aberta.
console-terms-help = Markdown. Cada alteração é uma nova versão, que todos aceitam novamente.
console-terms-publish = Publicar
console-terms-published = Publicado: todos precisarão aceitar esta versão.
console-terms-disabled = Este servidor ainda não pede que ninguém o aceite: defina enable_custom_terms_of_service = true na configuração dele.
console-invitations-help = Convites por e-mail pendentes para esta equipe.
console-invitations-revoke-all = Revogar todos os convites pendentes, em todas as equipes
console-audit-when = Quando
console-audit-who = Quem
console-audit-action = Ação
console-audit-details = Detalhes
console-audit-address = Endereço
console-more = Mostrar mais
