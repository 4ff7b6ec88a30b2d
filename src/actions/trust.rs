//! Trust workflows: what the server requires first (two-factor set-up, the code of
//! conduct), two-factor log-in on and off, and one's sessions.

use mm_api::{
    Audit, EmailInviteResult, Invitation, MfaSecret, MfaUpdated, Session, Team, TermsOfService,
    User,
};
use serde_json::{Value, json};

use super::{ApiResult, ClientError, Server};

/// The user id that names the caller in paths.
pub const ME: &str = "me";

/// What the server requires before anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// Two-factor log-in is enforced and not set up yet.
    Mfa,
    /// The current code of conduct is not accepted yet.
    Terms,
}

/// The gate an error says the user is held at, if any.
pub fn gate_of(e: &ClientError) -> Option<Gate> {
    match e {
        ClientError::Api(a) if a.id == "api.context.mfa_required.app_error" => Some(Gate::Mfa),
        ClientError::Api(a) if a.id == "api.context.terms_of_service_required.app_error" => {
            Some(Gate::Terms)
        }
        _ => None,
    }
}

/// A call of this module, which [`Server::trust`] turns into a request. Ids are the
/// server's own (letters and digits), so they go into paths as they are.
#[derive(Debug, Clone, PartialEq)]
pub enum Call {
    /// `POST /users/me/mfa/generate`.
    MfaGenerate,
    /// `PUT /users/{id}/mfa` `{activate, code}`: one's own, or an admin's reset.
    MfaUpdate(String, bool, String),
    /// `GET /terms_of_service`.
    Terms,
    /// `POST /users/me/terms_of_service` `{termsOfServiceId, accepted}`.
    AnswerTerms(String, bool),
    /// `POST /terms_of_service` `{text}`: a new version (admins).
    PublishTerms(String),
    /// `GET /users/{id}/sessions`.
    Sessions(String),
    /// `POST /users/{id}/sessions/revoke` `{session_id}`.
    Revoke(String, String),
    /// `POST /users/{id}/sessions/revoke/all`.
    RevokeAll(String),
    /// `GET /teams/{id}/invitations[?pending=true]`.
    Invitations(String, bool),
    /// `POST /teams/{id}/invite/email?graceful=true` `{emails, locale}`.
    Invite(String, Vec<String>, String),
    /// `DELETE /teams/{id}/invitations/{invitation}`.
    RevokeInvitation(String, String),
    /// `DELETE /teams/invites/email`: every pending invitation (admins).
    RevokeAllInvitations,
    /// `POST /teams/{id}/regenerate_invite_id`.
    NewInviteLink(String),
    /// `POST /users/search` `{term, allow_inactive}` (deactivated accounts for admins).
    SearchUsers(String),
    /// `PUT /users/{id}/active` `{active}`.
    SetActive(String, bool),
    /// `PUT /users/{id}/roles` `{roles}`.
    SetRoles(String, String),
    /// `GET /audits?page&per_page`.
    Audits(u32),
    /// `GET /data_retention/policy`.
    RetentionPolicy,
}

/// Audit entries per page.
pub const AUDITS_PER_PAGE: u32 = 50;

impl Call {
    /// The method, path and body of the request.
    pub fn request(&self) -> (&'static str, String, Option<Value>) {
        match self {
            Self::MfaGenerate => ("POST", "/users/me/mfa/generate".into(), Some(json!({}))),
            Self::MfaUpdate(user, activate, code) => (
                "PUT",
                format!("/users/{user}/mfa"),
                Some(json!({"activate": activate, "code": code})),
            ),
            Self::Terms => ("GET", "/terms_of_service".into(), None),
            Self::AnswerTerms(id, accepted) => (
                "POST",
                "/users/me/terms_of_service".into(),
                Some(json!({"termsOfServiceId": id, "accepted": accepted})),
            ),
            Self::PublishTerms(text) => (
                "POST",
                "/terms_of_service".into(),
                Some(json!({ "text": text })),
            ),
            Self::Sessions(user) => ("GET", format!("/users/{user}/sessions"), None),
            Self::Revoke(user, id) => (
                "POST",
                format!("/users/{user}/sessions/revoke"),
                Some(json!({ "session_id": id })),
            ),
            Self::RevokeAll(user) => (
                "POST",
                format!("/users/{user}/sessions/revoke/all"),
                Some(json!({})),
            ),
            Self::Invitations(team, pending) => (
                "GET",
                format!(
                    "/teams/{team}/invitations{}",
                    if *pending { "?pending=true" } else { "" }
                ),
                None,
            ),
            Self::Invite(team, emails, locale) => (
                "POST",
                format!("/teams/{team}/invite/email?graceful=true"),
                Some(json!({"emails": emails, "locale": locale})),
            ),
            Self::RevokeInvitation(team, id) => {
                ("DELETE", format!("/teams/{team}/invitations/{id}"), None)
            }
            Self::RevokeAllInvitations => ("DELETE", "/teams/invites/email".into(), None),
            Self::NewInviteLink(team) => (
                "POST",
                format!("/teams/{team}/regenerate_invite_id"),
                Some(json!({})),
            ),
            Self::SearchUsers(term) => (
                "POST",
                "/users/search".into(),
                Some(json!({"term": term, "allow_inactive": true, "limit": 50})),
            ),
            Self::SetActive(user, active) => (
                "PUT",
                format!("/users/{user}/active"),
                Some(json!({ "active": active })),
            ),
            Self::SetRoles(user, roles) => (
                "PUT",
                format!("/users/{user}/roles"),
                Some(json!({ "roles": roles })),
            ),
            Self::Audits(page) => (
                "GET",
                format!("/audits?page={page}&per_page={AUDITS_PER_PAGE}"),
                None,
            ),
            Self::RetentionPolicy => ("GET", "/data_retention/policy".into(), None),
        }
    }
}

fn decode<T: serde::de::DeserializeOwned>(v: Value) -> ApiResult<T> {
    serde_json::from_value(v).map_err(|e| ClientError::Decode(e.to_string()))
}

/// A new secret and its QR code, to confirm with [`activate_mfa`].
pub async fn generate_mfa(server: &impl Server) -> ApiResult<MfaSecret> {
    decode(server.trust(&Call::MfaGenerate).await?)
}

/// Turns two-factor log-in on with a first code: the recovery codes, to show once.
pub async fn activate_mfa(server: &impl Server, code: &str) -> ApiResult<Vec<String>> {
    let done: MfaUpdated = decode(
        server
            .trust(&Call::MfaUpdate(ME.into(), true, code.trim().to_owned()))
            .await?,
    )?;
    Ok(done.recovery_codes)
}

/// Turns two-factor log-in off with a current code.
pub async fn deactivate_mfa(server: &impl Server, code: &str) -> ApiResult<()> {
    server
        .trust(&Call::MfaUpdate(ME.into(), false, code.trim().to_owned()))
        .await
        .map(drop)
}

/// The current code of conduct.
pub async fn terms(server: &impl Server) -> ApiResult<TermsOfService> {
    decode(server.trust(&Call::Terms).await?)
}

/// Accepts or refuses a version of the code of conduct.
pub async fn answer_terms(server: &impl Server, id: &str, accepted: bool) -> ApiResult<()> {
    server
        .trust(&Call::AnswerTerms(id.to_owned(), accepted))
        .await
        .map(drop)
}

/// A user's (`me`: one's own) sessions, the most recently used first.
pub async fn sessions(server: &impl Server, user: &str) -> ApiResult<Vec<Session>> {
    let mut list: Vec<Session> = decode(server.trust(&Call::Sessions(user.to_owned())).await?)?;
    list.sort_by_key(|s| std::cmp::Reverse(s.last_activity_at.max(s.create_at)));
    Ok(list)
}

/// Ends one of a user's sessions.
pub async fn revoke(server: &impl Server, user: &str, id: &str) -> ApiResult<()> {
    server
        .trust(&Call::Revoke(user.to_owned(), id.to_owned()))
        .await
        .map(drop)
}

/// Ends all of a user's sessions.
pub async fn revoke_all(server: &impl Server, user: &str) -> ApiResult<()> {
    server
        .trust(&Call::RevokeAll(user.to_owned()))
        .await
        .map(drop)
}

/// Publishes a new version of the code of conduct (admins).
pub async fn publish_terms(server: &impl Server, text: &str) -> ApiResult<TermsOfService> {
    decode(server.trust(&Call::PublishTerms(text.to_owned())).await?)
}

/// The most addresses one sending takes, as the server.
pub const MAX_INVITES: usize = 20;

/// The addresses typed into the Invite dialog: split on commas, semicolons, spaces and
/// lines, each once, in the order typed.
pub fn parse_emails(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in text.split(|c: char| c == ',' || c == ';' || c.is_whitespace()) {
        let e = e.trim().to_lowercase();
        if !e.is_empty() && !out.contains(&e) {
            out.push(e);
        }
    }
    out
}

/// E-mails invitations to a team: how many went out, and each refused address with why.
pub async fn invite(
    server: &impl Server,
    team: &str,
    emails: Vec<String>,
    locale: &str,
) -> ApiResult<(usize, Vec<(String, String)>)> {
    let results: Vec<EmailInviteResult> = decode(
        server
            .trust(&Call::Invite(team.to_owned(), emails, locale.to_owned()))
            .await?,
    )?;
    let sent = results.iter().filter(|r| r.error.is_none()).count();
    let failed = results
        .into_iter()
        .filter_map(|r| r.error.map(|e| (r.email, e.message)))
        .collect();
    Ok((sent, failed))
}

/// A team's invitations: the pending ones (all for admins, one's own otherwise), or the
/// used ones (who invited whom), newest first.
pub async fn invitations(
    server: &impl Server,
    team: &str,
    pending: bool,
) -> ApiResult<Vec<Invitation>> {
    let mut list: Vec<Invitation> = decode(
        server
            .trust(&Call::Invitations(team.to_owned(), pending))
            .await?,
    )?;
    list.sort_by_key(|i| std::cmp::Reverse(i.used_at.max(i.create_at)));
    Ok(list)
}

/// Revokes a pending invitation: its link stops working.
pub async fn revoke_invitation(server: &impl Server, team: &str, id: &str) -> ApiResult<()> {
    server
        .trust(&Call::RevokeInvitation(team.to_owned(), id.to_owned()))
        .await
        .map(drop)
}

/// Revokes every pending invitation on the server (admins).
pub async fn revoke_all_invitations(server: &impl Server) -> ApiResult<()> {
    server.trust(&Call::RevokeAllInvitations).await.map(drop)
}

/// Makes a team's invite link anew: the old one stops working.
pub async fn new_invite_link(server: &impl Server, team: &str) -> ApiResult<Team> {
    decode(server.trust(&Call::NewInviteLink(team.to_owned())).await?)
}

/// The invite link of a team's invite id, on the site at `origin`.
pub fn invite_link(origin: &str, invite_id: &str) -> String {
    format!("{origin}/signup_user_complete/?id={invite_id}")
}

/// Accounts whose names or e-mail start with `term`, deactivated ones too (admins).
pub async fn search_users(server: &impl Server, term: &str) -> ApiResult<Vec<User>> {
    decode(
        server
            .trust(&Call::SearchUsers(term.trim().to_owned()))
            .await?,
    )
}

/// Deactivates or reactivates an account (admins).
pub async fn set_active(server: &impl Server, user: &str, active: bool) -> ApiResult<()> {
    server
        .trust(&Call::SetActive(user.to_owned(), active))
        .await
        .map(drop)
}

/// The roles of `user` with `system_admin` given or taken away, the others kept.
pub fn roles_with_admin(user: &User, admin: bool) -> String {
    let mut roles: Vec<&str> = user
        .roles
        .split_whitespace()
        .filter(|r| *r != "system_admin")
        .collect();
    if admin {
        roles.push("system_admin");
    }
    roles.join(" ")
}

/// Makes an account a system admin, or no longer one.
pub async fn set_admin(server: &impl Server, user: &User, admin: bool) -> ApiResult<()> {
    server
        .trust(&Call::SetRoles(
            user.id.to_string(),
            roles_with_admin(user, admin),
        ))
        .await
        .map(drop)
}

/// Turns off someone's two-factor log-in, for one who lost their device (admins).
pub async fn reset_mfa(server: &impl Server, user: &str) -> ApiResult<()> {
    server
        .trust(&Call::MfaUpdate(user.to_owned(), false, String::new()))
        .await
        .map(drop)
}

/// A page of the audit log, newest first (admins).
pub async fn audits(server: &impl Server, page: u32) -> ApiResult<Vec<Audit>> {
    decode(server.trust(&Call::Audits(page)).await?)
}

/// Where a sign-up link leads: a team's invite id, or an e-mail invitation's token with
/// what the link says of itself (shown, never trusted: the server checks the token).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SignupLink {
    /// `id`: a team's invite id.
    pub invite: String,
    /// `t`: an e-mail invitation's one-time token.
    pub token: String,
    /// The team's name, from `d`.
    pub team: String,
    /// Who invited, from `d`.
    pub inviter: String,
    /// The invited address, from `d`.
    pub email: String,
    /// `lang`: the invitee's language.
    pub lang: String,
}

/// Reads a sign-up link's query string.
pub fn signup_link(query: &str) -> SignupLink {
    // What the link says is shown as text; a forged one shows nonsense, no more.
    let short = |v: &str| v.chars().take(100).collect::<String>();
    let mut link = SignupLink::default();
    for (k, v) in form_urlencoded::parse(query.as_bytes()) {
        match &*k {
            "id" => link.invite = short(&v),
            "t" => link.token = short(&v),
            "lang" => link.lang = short(&v),
            "d" => {
                let d: Value = serde_json::from_str(&v).unwrap_or_default();
                let field = |f: &str| short(d[f].as_str().unwrap_or_default());
                link.team = field("display_name");
                link.inviter = field("inviter");
                link.email = field("email");
            }
            _ => {}
        }
    }
    link
}

/// How a session's device reads in the list: "Firefox · Linux", or its address.
pub fn device(s: &Session) -> String {
    let part = |k: &str| s.props.get(k).cloned().unwrap_or_default();
    let named: Vec<String> = [part("browser"), part("os")]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    if named.is_empty() {
        part("ip_address")
    } else {
        named.join(" · ")
    }
}

/// The recovery codes as a text file to download.
pub fn recovery_file(site: &str, codes: &[String]) -> String {
    let mut text = format!("{site}\n\n");
    for c in codes {
        text.push_str(c);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::fake::{FakeServer, run as block_on};

    #[test]
    fn mfa_is_set_up_with_a_first_code_and_gives_recovery_codes() {
        let server = FakeServer::default();
        server.answer_with(json!({"secret": "ABC", "qr_code": "iVBOR"}));
        server.answer_with(json!({"status": "OK", "recovery_codes": ["a-b-c"]}));
        let secret = block_on(generate_mfa(&server)).unwrap();
        assert_eq!(secret.secret, "ABC");
        let codes = block_on(activate_mfa(&server, " 123456 ")).unwrap();
        assert_eq!(codes, ["a-b-c"]);
        assert_eq!(
            *server.calls.borrow(),
            [
                "trust MfaGenerate",
                "trust MfaUpdate(\"me\", true, \"123456\")"
            ]
        );
        server.refuse(401, "bad code");
        assert!(block_on(deactivate_mfa(&server, "1")).is_err());
    }

    #[test]
    fn invitation_links_and_addresses_are_read() {
        let q = "d=%7B%22display_name%22%3A%22Wiki+Team%22%2C%22inviter%22%3A%22ann%22%2C%22email%22%3A%22b%40x.org%22%7D&t=tok&lang=fr";
        let link = signup_link(q);
        assert_eq!(
            link,
            SignupLink {
                token: "tok".into(),
                team: "Wiki Team".into(),
                inviter: "ann".into(),
                email: "b@x.org".into(),
                lang: "fr".into(),
                ..Default::default()
            }
        );
        assert_eq!(signup_link("id=abc&d=%7Bnot-json").invite, "abc");
        assert_eq!(
            parse_emails("A@x.org, b@x.org;\nc@x.org  a@x.org"),
            ["a@x.org", "b@x.org", "c@x.org"]
        );
    }

    #[test]
    fn e_mail_invitations_report_each_refusal() {
        let server = FakeServer::default();
        server.answer_with(json!([
            {"email": "a@x.org"},
            {"email": "b@x.org", "error": {"id": "x", "message": "already a member", "status_code": 400}},
        ]));
        let (sent, failed) = block_on(invite(
            &server,
            "t1",
            vec!["a@x.org".into(), "b@x.org".into()],
            "de",
        ))
        .unwrap();
        assert_eq!(sent, 1);
        assert_eq!(
            failed,
            [("b@x.org".to_owned(), "already a member".to_owned())]
        );
        assert_eq!(
            server.calls.borrow()[0],
            "trust Invite(\"t1\", [\"a@x.org\", \"b@x.org\"], \"de\")"
        );
        let user = User {
            roles: "system_user system_admin system_user_access_token".into(),
            ..Default::default()
        };
        assert_eq!(
            roles_with_admin(&user, false),
            "system_user system_user_access_token"
        );
        assert_eq!(
            roles_with_admin(&user, true),
            "system_user system_user_access_token system_admin"
        );
    }

    #[test]
    fn sessions_are_listed_newest_first_with_their_device() {
        let server = FakeServer::default();
        server.answer_with(json!([
            {"id": "old", "last_activity_at": 5, "props": {"ip_address": "10.0.0.1"}},
            {"id": "new", "last_activity_at": 9, "props": {"browser": "Firefox", "os": "Linux"}},
        ]));
        let list = block_on(sessions(&server, ME)).unwrap();
        assert_eq!(list[0].id, "new");
        assert_eq!(device(&list[0]), "Firefox · Linux");
        assert_eq!(device(&list[1]), "10.0.0.1");
        assert_eq!(
            recovery_file("chat", &["x".into(), "y".into()]),
            "chat\n\nx\ny\n"
        );
    }
}
