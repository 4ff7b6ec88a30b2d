# Causerie: Finnish (draft: machine-assisted, not yet reviewed by a native speaker).

-brand-name = Causerie

## Log-in and sign-up

login-title = Kirjaudu palveluun { -brand-name }
login-id-label = Sähköposti tai käyttäjätunnus
login-password-label = Salasana
login-submit = Kirjaudu sisään
login-working = Kirjaudutaan sisään…
login-error-credentials = Väärä sähköposti, käyttäjätunnus tai salasana.
login-error-locked = Liian monta epäonnistunutta yritystä. Yritä uudelleen muutaman minuutin kuluttua.
login-error-unreachable = Palvelimeen ei saada yhteyttä. Tarkista verkkoyhteytesi ja yritä uudelleen.
login-error-other = Kirjautuminen epäonnistui: { $message }
login-error-code = Väärä tai jo käytetty koodi. Anna nykyinen koodi.
login-code-label = Kaksivaiheisen tunnistautumisen koodi
login-code-help = Todennussovelluksesi 6-numeroinen koodi tai jokin palautuskoodeistasi.
terms-title = Käytösohjeet
terms-help = Lue ja hyväksy käytösohjeet, jotta voit osallistua.
terms-agree = Hyväksyn
terms-disagree = En hyväksy
mfa-required-title = Ota kaksivaiheinen tunnistautuminen käyttöön
mfa-required-help = Tämä palvelin vaatii todennussovelluksen koodin jokaisella kirjautumiskerralla.
mfa-scan = Skannaa tämä QR-koodi todennussovelluksella tai kirjoita salainen avain sovellukseen.
mfa-qr-alt = QR-koodi todennussovellustasi varten
mfa-secret-label = Salainen avain:
mfa-code-label = Sovelluksen koodi
mfa-confirm = Ota käyttöön
mfa-bad-code = Koodi ei kelpaa. Anna sovelluksen nykyinen koodi.
mfa-recovery-help = Säilytä nämä palautuskoodit turvallisessa paikassa. Kullakin niistä voi kirjautua sisään kerran, jos kadotat laitteesi. Ne näytetään vain nyt.
mfa-recovery-download = Lataa
mfa-recovery-copy = Kopioi
mfa-continue = Jatka
security-title = Turvallisuus
security-mfa = Kaksivaiheinen tunnistautuminen
security-mfa-on = Käytössä: kirjautuessa kysytään koodia todennussovelluksestasi.
security-mfa-off = Ei käytössä: pelkkä salasana riittää kirjautumiseen.
security-mfa-turn-on = Ota käyttöön
security-mfa-turn-off = Poista käytöstä
security-mfa-off-code = Nykyinen koodi käytöstä poistamista varten
security-sessions = Missä olet kirjautuneena
# $device (String) - the browser and system, or the address
# $when (String) - the session's last activity, as a date and time
security-session = { $device } — viimeksi aktiivinen { $when }
security-session-revoke = Kirjaa ulos
login-server-toggle = Käytä toista palvelinta
login-server-label = Palvelimen URL
login-server-help = Mattermost-palvelin, joka sallii tämän sivuston (CORS). Jätä tyhjäksi käyttääksesi tätä palvelinta.
login-no-account = Oletko uusi? Pyydä kutsulinkkiä tai rekisteröidy, jos tämä palvelin sallii sen.
login-signup-link = Luo tili
signup-title = Luo tilisi
signup-invited = Sinut on kutsuttu tiimiin { $team }.
signup-invite-invalid = Tämä kutsulinkki ei ole kelvollinen. Pyydä uusi.
signup-first-user = Olet täällä ensimmäinen: tililläsi hallinnoidaan tätä palvelinta.
signup-email-label = Sähköposti
signup-username-label = Käyttäjätunnus
signup-username-help = 3–22 merkkiä: pieniä kirjaimia, numeroita, ".", "-" ja "_".
signup-password-label = Salasana
signup-password-help = Vähintään 8 merkkiä.
signup-submit = Luo tili
signup-error = Rekisteröityminen epäonnistui: { $message }
signup-have-account = Onko sinulla jo tili? Kirjaudu sisään.
# $inviter (String) - who sent the invitation, as @username
# $team (String) - the team's name
signup-invited-by = { $inviter } kutsui sinut tiimiin { $team }.
signup-token-invalid = Tämä kutsu on vanhentunut tai jo käytetty. Pyydä uusi.
# The invitation e-mail, written by the server.
# $inviter (String) - the display name of who invites
# $username (String) - their username
# $team (String) - the team's name
# $site (String) - the site's name
invite-email-subject = [{ $site }] { $inviter } kutsuu sinut tiimiin { $team }
invite-email-body = { $inviter } (@{ $username }) kutsuu sinut liittymään tiimiin { $team } palvelussa { $site }.
invite-email-action = Liity tiimiin { $team }
invite-email-expiry = Tämä linkki toimii kerran, 48 tunnin ajan. Jos et odottanut tätä kutsua, voit jättää tämän sähköpostin huomiotta.

## Navigation

nav-open-sidebar = Avaa kanavaluettelo
nav-close-sidebar = Sulje kanavaluettelo
nav-teams = Tiimit
nav-channels = Kanavat
nav-public = Kanavat
nav-private = Yksityiset kanavat
nav-direct = Yksityisviestit
nav-group = Ryhmäviestit
nav-mentions = { $count ->
    [one] { $count } maininta
   *[other] { $count } mainintaa
}
nav-unread = lukematon
nav-create-channel = Luo kanava
nav-browse-channels = Selaa kanavia
nav-new-message = Kirjoita yksityisviesti
nav-logout = Kirjaudu ulos
nav-language = Kieli
nav-invite = Kutsu ihmisiä
nav-console = Järjestelmäkonsoli
status-online = paikalla
status-away = poissa
status-dnd = älä häiritse
status-offline = ei paikalla

## Channel dialogs

create-title = Luo kanava
create-name-label = Nimi
create-private-label = Tee yksityiseksi
create-purpose-label = Tarkoitus (valinnainen)
create-submit = Luo
cancel = Peruuta
close = Sulje
browse-title = Selaa kanavia
browse-join = Liity
browse-empty = Ei muita kanavia, joihin liittyä.
dm-title = Yksityisviesti
dm-search-label = Etsi ihmisiä
dm-start = Aloita
dm-group-hint = Valitse yksi henkilö yksityisviestiin tai enintään seitsemän ryhmään.
switcher-title = Vaihda kanavaa
switcher-label = Kanavan nimi

## Channel

channel-members = { $count ->
    [one] { $count } jäsen
   *[other] { $count } jäsentä
}
channel-archived = Tämä kanava on arkistoitu.
channel-leave = Poistu kanavalta
channel-leave-private-confirm = Poistutaanko tältä yksityiseltä kanavalta? Uudelleen liittyminen vaatii kutsun.
channel-loading = Ladataan…
channel-load-older = Ladataan vanhempia viestejä…
channel-beginning = Tämä on kanavan alku.
channel-not-found = Tätä kanavaa ei ole olemassa tai sinulla ei ole oikeutta nähdä sitä.
messages-label = Viestit
new-messages = Uudet viestit
jump-to-newest = Siirry uusimpaan
edited = (muokattu)
post-deleted = (viesti poistettu)
post-sending = Lähetetään…
post-failed = Ei lähetetty.
post-retry = Yritä uudelleen
post-discard = Hylkää
post-reply = Vastaa
post-edit = Muokkaa
post-delete = Poista
post-delete-confirm = Poistetaanko tämä viesti?
post-save = Tallenna
post-replies = { $count ->
    [one] { $count } vastaus
   *[other] { $count } vastausta
}
post-time-title = { $time }

## Composer

composer-label = Kirjoita kanavalle { $channel }
composer-placeholder = Kirjoita viesti…
composer-reply-label = Vastaa ketjuun
composer-send = Lähetä
composer-hint = Enter lähettää, Shift+Enter lisää rivinvaihdon
typing-one = { $name } kirjoittaa…
# $names (String) - two or three people, already joined as a list in your language ("ann and bob")
typing-several = { $names } kirjoittavat…
typing-many = Useat ihmiset kirjoittavat…
autocomplete-here = Ilmoita kaikille täällä paikalla oleville
autocomplete-channel = Ilmoita kaikille tällä kanavalla
autocomplete-all = Ilmoita kaikille tällä kanavalla

## Threads

thread-title = Ketju
thread-close = Sulje ketju

## Connection

connection-reconnecting = Yhdistetään uudelleen…
connection-offline = Olet offline-tilassa. Viestit lähetetään, kun yhteys palaa.
error-generic = Jokin meni vikaan: { $message }

## Profile card

profile-send-message = Lähetä viesti
# $username (String) - the name after the @ that was clicked
profile-not-found = Kukaan ei ole nimeltään @{ $username }.

## Settings

nav-settings = Asetukset
settings-title = Asetukset
# $name (String) - a language's name, in that language
settings-language-draft = { $name } (luonnos)
settings-language-help = Luonnoskäännöksiä ei ole vielä tarkastanut äidinkielinen puhuja.
settings-pseudo-group = Kääntäjille

## Reactions

# $names (String) - who reacted, already joined as a list ("ann, bob and cy")
# $emoji (String) - the emoji's short name, such as tada
reaction-who = { $names } reagoi: :{ $emoji }:

## Files

composer-attach = Liitä tiedostoja
composer-drop = Pudota tiedostot tähän liittääksesi ne
# $name (String) - a file name
upload-sending = Lähetetään tiedostoa { $name }
# $name (String) - a file name
upload-cancel = Peruuta tiedoston { $name } lähetys
# $name (String) - a file name
upload-remove = Poista tiedosto { $name }
# $name (String) - a file name
# $max (String) - the largest size allowed, already formatted, such as "50 MB"
upload-too-large = Tiedosto { $name } on liian suuri: tiedoston enimmäiskoko on { $max }.
# $name (String) - a file name
# $message (String) - the server's explanation, in the server's language
upload-failed = Tiedoston { $name } lähettäminen epäonnistui. { $message }
# $name (String) - a file name
file-download = Lataa tiedosto { $name }
# $name (String) - a file name
file-open = Avaa tiedosto { $name } kuvankatselussa
viewer-previous = Edellinen kuva
viewer-next = Seuraava kuva
# $index (Number) - which image is shown
# $count (Number) - how many images the message has
viewer-position = Kuva { $index }/{ $count }

## Profile picture

picture-title = Profiilikuva
picture-preview = Uusi kuvasi rajattuna niin kuin muut näkevät sen
picture-choose = Valitse kuva…
picture-save = Tallenna kuva
picture-reset = Käytä automaattisesti luotua kuvaa

## Emoji picker and custom emoji

composer-emoji = Lisää emoji
post-react = Lisää reaktio
emoji-picker = Emojivalitsin
emoji-search = Hae emojeja
emoji-recent = Viimeksi käytetyt
emoji-custom = Mukautetut emojit
emoji-group-smileys = Hymiöt ja tunteet
emoji-group-people = Ihmiset ja keho
emoji-group-nature = Eläimet ja luonto
emoji-group-food = Ruoka ja juoma
emoji-group-travel = Matkailu ja paikat
emoji-group-activities = Aktiviteetit
emoji-group-objects = Esineet
emoji-group-symbols = Symbolit
emoji-group-flags = Liput
emoji-none = Emojeja ei löytynyt
emoji-tone-default = Oletusihonväri
emoji-tone-light = Vaalea ihonväri
emoji-tone-medium-light = Keskivaalea ihonväri
emoji-tone-medium = Keskisävyinen ihonväri
emoji-tone-medium-dark = Keskitumma ihonväri
emoji-tone-dark = Tumma ihonväri
nav-custom-emoji = Mukautetut emojit
custom-emoji-title = Mukautetut emojit
custom-emoji-name = Nimi
custom-emoji-name-help = Pieniä kirjaimia, numeroita ja _ + -, enintään 64 merkkiä. Käytä viesteissä muodossa :nimi:.
custom-emoji-image = Kuva
custom-emoji-image-help = PNG-, JPEG-, GIF- tai WebP-kuva, enintään 1 Mt. Se näytetään enintään 128 × 128 pikselin kokoisena.
custom-emoji-add = Lisää emoji
custom-emoji-delete = Poista
# $name (String) - the emoji's name
custom-emoji-delete-confirm = Poistetaanko mukautettu emoji :{ $name }:? Viesteissä, joissa sitä on käytetty, näytetään sen sijaan emojin nimi.

## Search

search-label = Hae viesteistä
search-placeholder = Hae
search-mentions = Viimeaikaiset maininnat
# $terms (String) - what the person searched for, as typed
search-title = Tulokset haulle { $terms }
search-close = Sulje hakutulokset
search-none = Haulla ei löytynyt viestejä.
search-searching = Haetaan…
search-jump = Siirry

## Notifications

notify-settings = Ilmoitukset
notify-desktop = Työpöytäilmoitukset
notify-push = Push-ilmoitukset
notify-email = Sähköposti-ilmoitukset
notify-all = Kaikesta toiminnasta
notify-mention = Maininnoista ja yksityisviesteistä
notify-none = Ei koskaan
notify-default = Kuten asetuksissani
notify-email-off = Tämä palvelin ei lähetä sähköpostia.
notify-first-name = Etunimeni lasketaan maininnaksi
notify-channel-wide = @channel, @all ja @here lasketaan maininnoiksi
notify-keywords = Muut sanat, jotka lasketaan maininnoiksi, pilkuilla erotettuina
notify-saved = Tallennettu.
notify-ask = Haluatko työpöytäilmoituksen, kun joku mainitsee sinut tai lähettää sinulle yksityisviestin?
notify-enable = Ota ilmoitukset käyttöön
notify-dismiss = Ei nyt
# $sender (String) - who wrote the message
# $channel (String) - the channel's name
notify-title = { $sender } kanavalla { $channel }
notify-push-browser = Push-ilmoitukset tähän selaimeen, kun olen poissa
notify-push-on = Ota käyttöön
notify-push-off = Poista käytöstä
notify-push-blocked = Tämä selain estää tämän sivuston ilmoitukset.
# $channel (String) - the channel's name
channel-notify-title = Ilmoitukset kanavalla { $channel }
channel-notify = Ilmoitusasetukset
channel-notify-mute = Mykistä tämä kanava
channel-notify-wide = Ohita @channel, @all ja @here tällä kanavalla
channel-mentions-members = Jäsenet saavat ilmoittaa kaikille käyttämällä @channel, @all ja @here
channel-wide-title = Ilmoitetaanko kaikille tämän kanavan jäsenille?
# $mention (String) - channel, all or here: the word typed after the @
# $count (Number) - how many people the message will notify
channel-wide-confirm = Käyttämällä @{ $mention } lähetät ilmoituksen { $count ->
        [one] yhdelle henkilölle
       *[other] { $count } henkilölle
    }. Oletko varma?

## Posts by webhooks and bots, and the private answers of slash commands

# The tag after the name of a post made by a bot or an integration.
post-bot = BOT
# Marks a post that only its reader sees (the answer of a slash command).
post-only-you = (Näkyy vain sinulle)

## Slash commands: what each does (the composer's list and /help) and the arguments it takes

command-away = Aseta tilaksesi poissa
command-dnd = Älä häiritse: ei työpöytä- eikä push-ilmoituksia
command-echo = Toista teksti tililtäsi
# Keep the quotes: the message goes between them.
command-echo-hint = "viesti" [viive sekunteina]
command-header = Muokkaa kanavan otsikkoa
command-header-hint = [teksti]
command-help = Näytä käytettävissäsi olevat komennot
command-invite = Kutsu käyttäjä kanavalle
# @ and ~ are typed as they are: @username for a person, ~channel for a channel.
command-invite-hint = @[käyttäjätunnus] [~kanava]
command-join = Liity avoimelle kanavalle
command-join-hint = ~[kanava]
command-kick = Poista jäsen kanavalta
command-kick-hint = @[käyttäjätunnus]
command-leave = Poistu nykyiseltä kanavalta
command-me = Kuvaa toimintaasi
command-me-hint = [viesti]
command-msg = Lähetä yksityisviesti käyttäjälle
command-msg-hint = @[käyttäjätunnus] [viesti]
command-online = Aseta tilaksesi paikalla
command-purpose = Muokkaa kanavan tarkoitusta
command-purpose-hint = [teksti]
command-shrug = Lisää viestiisi ¯\_(ツ)_/¯
command-shrug-hint = [viesti]
# The answer to /help: the composer lists the commands when a message starts with /.
command-said-help = Kirjoita / viestin alkuun, niin näet käytettävissäsi olevat komennot ja mitä kukin tekee.
command-said-status-away = Olet nyt poissa.
command-said-status-online = Olet nyt paikalla.
command-said-status-dnd = Älä häiritse on päällä: et saa työpöytä- etkä push-ilmoituksia.

## The Integrations dialog

nav-integrations = Integraatiot
integrations-title = Integraatiot
integrations-incoming = Saapuvat webhookit
integrations-outgoing = Lähtevät webhookit
integrations-commands = Kauttaviivakomennot
integrations-bots = Bottitilit
integrations-tokens = Henkilökohtaiset käyttöoikeustunnukset
integrations-add = Lisää
integrations-edit = Muokkaa
integrations-delete = Poista
# $name (String) - the webhook, command, bot or token
integrations-delete-confirm = Poistetaanko ”{ $name }”? Kaikki, mikä käyttää sitä, lakkaa toimimasta.
integrations-save = Tallenna
integrations-copy = Kopioi
integrations-url = URL
integrations-token = Tunnus
integrations-empty = Ei vielä yhtään.
integrations-disabled = poistettu käytöstä
integrations-disable = Poista käytöstä
integrations-enable = Ota käyttöön
integrations-name = Nimi
integrations-description = Kuvaus
integrations-channel = Kanava
integrations-any-channel = Mikä tahansa julkinen kanava
integrations-locked = Julkaise vain tällä kanavalla
integrations-username = Sen viesteissä näkyvä nimi
integrations-icon = Sen viesteissä näkyvän kuvan URL
integrations-triggers = Laukaisusanat (yksi riviä kohden)
integrations-trigger-when = Laukeaa, kun
integrations-first-word = Ensimmäinen sana on laukaisusana
integrations-starts-with = Viesti alkaa laukaisusanalla
integrations-callbacks = Takaisinkutsujen URL-osoitteet (yksi riviä kohden)
integrations-content-type = Lähetettävä muoto
integrations-form = Lomakekentät
integrations-json = JSON
integrations-trigger = Komentosana (ilman kauttaviivaa)
integrations-request-url = Pyynnön URL
integrations-method = Pyyntömenetelmä
integrations-post = POST
integrations-get = GET
integrations-autocomplete = Tarjoa sitä viestiä kirjoitettaessa
integrations-hint = Argumenttivihje
integrations-autocomplete-desc = Mitä se tekee
integrations-bot-username = Käyttäjätunnus
integrations-bot-display = Näyttönimi
integrations-token-new = Uusi tunnus
integrations-token-once = Kopioi tämä tunnus nyt: sitä ei näytetä uudelleen.
# The description of a token made for a bot.
# $name (String) - the bot, as @name
integrations-token-for = Tunnus botille { $name }
integrations-overrides-off = Tämä palvelin näyttää integraatioiden viestit niiden omistajan nimellä ja kuvalla.

## The Invite people dialog

# $team (String) - the team's name
invite-title = Kutsu ihmisiä tiimiin { $team }
invite-link-heading = Kutsulinkki
invite-link-help = Kuka tahansa, jolla on tämä linkki, voi liittyä tiimiin.
invite-link-copy = Kopioi linkki
invite-link-copied = Kopioitu
invite-link-reset = Luo uusi linkki
invite-link-reset-help = Nykyinen linkki lakkaa silloin toimimasta.
invite-link-admins-only = Vain tiimin ylläpitäjät voivat kutsua siihen ihmisiä.
invite-email-heading = Kutsu sähköpostilla
invite-email-help = Osoitteet pilkuilla, välilyönneillä tai rivinvaihdoilla erotettuina. Kukin saa linkin, joka toimii kerran, 48 tunnin ajan.
invite-email-send = Lähetä kutsut
# $count (Number) - invitations sent
invite-email-sent = { $count ->
    [one] { $count } kutsu lähetetty.
   *[other] { $count } kutsua lähetetty.
}
# $email (String) - the address
# $message (String) - the server's explanation
invite-email-failed = { $email }: { $message }
invite-pending-heading = Odottavat kutsut
# $email (String) - the invited address
# $inviter (String) - who invited, as @username
# $when (String) - when the link expires, as a date and time
invite-pending-item = { $email }, kutsuja { $inviter }, voimassa { $when } asti
invite-revoke = Peru
invite-joined-heading = Kuka kutsui kenet
# $user (String) - who joined, as @username
# $inviter (String) - who invited them, as @username
invite-joined-item = { $inviter } kutsui käyttäjän { $user }
invite-none = Ei vielä yhtään.

## The System Console, for the server's admins

console-title = Järjestelmäkonsoli
console-tab-users = Käyttäjät
console-tab-terms = Käytösohjeet
console-tab-invitations = Kutsut
console-tab-audit = Tarkastusloki
console-users-search = Hae nimellä, käyttäjätunnuksella tai sähköpostilla
console-user-inactive = Poistettu käytöstä
console-user-admin = Järjestelmänvalvoja
console-user-mfa = Kaksivaiheinen tunnistautuminen käytössä
console-user-deactivate = Poista käytöstä
console-user-activate = Ota uudelleen käyttöön
console-user-make-admin = Tee järjestelmänvalvojaksi
console-user-remove-admin = Poista järjestelmänvalvojan oikeudet
console-user-mfa-reset = Poista kaksivaiheinen tunnistautuminen käytöstä
console-user-sessions = Istunnot
console-user-revoke-all = Kirjaa ulos kaikkialta
console-user-no-sessions = Ei avoimia istuntoja.
console-terms-help = Markdown. Jokainen muutos on uusi versio, jonka kaikki hyväksyvät uudelleen.
console-terms-publish = Julkaise
console-terms-published = Julkaistu: kaikkia pyydetään hyväksymään tämä versio.
console-terms-disabled = Tämä palvelin ei vielä pyydä ketään hyväksymään niitä: aseta sen asetuksiin enable_custom_terms_of_service = true.
console-invitations-help = Tämän tiimin odottavat sähköpostikutsut.
console-invitations-revoke-all = Peru kaikki odottavat kutsut kaikissa tiimeissä
console-audit-when = Milloin
console-audit-who = Kuka
console-audit-action = Toiminto
console-audit-details = Tiedot
console-audit-address = Osoite
console-more = Näytä lisää
