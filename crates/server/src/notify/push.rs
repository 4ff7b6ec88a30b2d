//! Web Push: browsers subscribe (the push service's endpoint and the browser's keys), and
//! the server sends each mention or direct message, encrypted for the browser (RFC 8291,
//! `aes128gcm`), signed with the server's VAPID key (RFC 8292), to users who are away.
//! A push service that answers 404 or 410 has dropped the subscription: so does the server.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use mm_api::{Channel, Post};
use p256::ecdsa::signature::Signer as _;
use rusqlite::{Connection, params};
use serde_json::json;

use crate::AppState;
use crate::db::posts::Push;
use crate::error::{AppError, Result};

/// How long a push service keeps a message for a browser that is not connected, in seconds.
const TTL: u64 = 24 * 60 * 60;
/// Subscriptions kept per user (browsers, devices); the oldest go first.
const MAX_PER_USER: i64 = 20;
/// Characters of the message a notification shows.
const MAX_TEXT: usize = 500;

/// A browser's subscription, as `PushSubscription.toJSON()` gives it.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Subscription {
    pub endpoint: String,
    pub keys: SubscriptionKeys,
}

/// The browser's keys: its P-256 public key (uncompressed point) and auth secret, base64url.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct SubscriptionKeys {
    pub p256dh: String,
    pub auth: String,
}

impl Subscription {
    /// Checks the endpoint (a URL the server may reach) and the keys.
    pub fn check(&self, allowed: &[String]) -> Result<()> {
        let url =
            reqwest::Url::parse(&self.endpoint).map_err(|_| AppError::invalid_param("endpoint"))?;
        let local = allowed.iter().any(|a| {
            url.host_str()
                .is_some_and(|h| *a == format!("{h}:{}", url.port_or_known_default().unwrap_or(0)))
        });
        if (url.scheme() != "https" && !local)
            || crate::proxy::check_url(&url, allowed).is_err()
            || self.endpoint.len() > 1024
        {
            return Err(AppError::invalid_param("endpoint"));
        }
        self.decode().map(|_| ())
    }

    fn decode(&self) -> Result<(p256::PublicKey, web_push_native::Auth)> {
        let key = B64
            .decode(self.keys.p256dh.trim_end_matches('='))
            .ok()
            .and_then(|k| p256::PublicKey::from_sec1_bytes(&k).ok())
            .ok_or_else(|| AppError::invalid_param("keys.p256dh"))?;
        let auth = B64
            .decode(self.keys.auth.trim_end_matches('='))
            .ok()
            .filter(|a| a.len() == 16)
            .ok_or_else(|| AppError::invalid_param("keys.auth"))?;
        Ok((key, *web_push_native::Auth::from_slice(&auth)))
    }
}

/// Saves a subscription for the session's user (a browser moving to another account takes
/// its endpoint along).
pub fn subscribe(c: &Connection, user_id: &str, session_id: &str, s: &Subscription) -> Result<()> {
    c.execute(
        "INSERT OR REPLACE INTO push_subscriptions
            (endpoint, user_id, session_id, p256dh, auth, create_at) VALUES (?, ?, ?, ?, ?, ?)",
        params![
            s.endpoint,
            user_id,
            session_id,
            s.keys.p256dh,
            s.keys.auth,
            crate::util::now_ms()
        ],
    )?;
    c.execute(
        "DELETE FROM push_subscriptions WHERE user_id = ?1 AND endpoint NOT IN (
            SELECT endpoint FROM push_subscriptions WHERE user_id = ?1
            ORDER BY create_at DESC LIMIT ?2)",
        params![user_id, MAX_PER_USER],
    )?;
    Ok(())
}

/// Removes a user's subscription.
pub fn unsubscribe(c: &Connection, user_id: &str, endpoint: &str) -> Result<usize> {
    Ok(c.execute(
        "DELETE FROM push_subscriptions WHERE user_id = ? AND endpoint = ?",
        params![user_id, endpoint],
    )?)
}

/// Whether a user whose status is `status` gets pushes, by their `push_status` setting:
/// `online` (always), `away` (when away or offline, the default) or `offline`. Do not
/// disturb means no push.
fn away_enough(status: &str, push_status: &str) -> bool {
    match status {
        "dnd" => false,
        "offline" => true,
        "away" => push_status != "offline",
        _ => push_status == "online",
    }
}

/// Sends a new post to the browsers of the members it concerns who are away, in the
/// background.
pub fn push_post(app: &AppState, post: &Post, channel: &Channel, sender: &str, to: Vec<Push>) {
    let users: Vec<String> = to
        .into_iter()
        .filter(|p| away_enough(&app.hub.status(&p.user_id).status, &p.push_status))
        .map(|p| p.user_id)
        .collect();
    if users.is_empty() {
        return;
    }
    let direct = matches!(channel.channel_type, mm_api::ChannelType::Direct);
    let text: String = post.message.chars().take(MAX_TEXT).collect();
    let payload = json!({
        "channel_id": channel.id,
        "channel_name": if direct { format!("@{sender}") } else { channel.display_name.clone() },
        "sender_name": format!("@{sender}"),
        "post_id": post.id,
        "root_id": post.root_id,
        "team_id": channel.team_id,
        "message": if app.config.push_message_text { json!(text) } else { json!(null) },
        "type": if direct { "direct" } else { "mention" },
    });
    let (app, team_id, post_id) = (app.clone(), channel.team_id.0.clone(), post.id.0.clone());
    let sending = app.pushes.start();
    tokio::spawn(async move {
        let _sending = sending;
        let subs = app
            .db
            .read(move |c| subscriptions(c, &users, &team_id))
            .await;
        let Ok(subs) = subs else { return };
        for (sub, team) in subs {
            let mut payload = payload.clone();
            payload["url"] = json!(format!("/{team}/pl/{post_id}"));
            send(&app, &sub, payload.to_string().into_bytes()).await;
        }
    });
}

/// Pushes being sent, so that a test can wait until none is (rather than for a while).
#[derive(Default)]
pub struct Outbox(std::sync::Arc<InFlight>);

#[derive(Default)]
struct InFlight {
    count: std::sync::atomic::AtomicUsize,
    idle: tokio::sync::Notify,
}

/// One push job in flight, until dropped.
pub struct Sending(std::sync::Arc<InFlight>);

impl Drop for Sending {
    fn drop(&mut self) {
        if self
            .0
            .count
            .fetch_sub(1, std::sync::atomic::Ordering::SeqCst)
            == 1
        {
            self.0.idle.notify_waiters();
        }
    }
}

impl Outbox {
    fn start(&self) -> Sending {
        self.0
            .count
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Sending(self.0.clone())
    }

    /// Returns once no push is being sent: every push decided so far has been delivered
    /// or has failed.
    pub async fn idle(&self) {
        loop {
            let notified = self.0.idle.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.0.count.load(std::sync::atomic::Ordering::SeqCst) == 0 {
                return;
            }
            notified.await;
        }
    }
}

/// The users' subscriptions, each with the team name for the post's link: the channel's
/// team, or for a direct message the user's first team.
fn subscriptions(
    c: &Connection,
    users: &[String],
    team_id: &str,
) -> Result<Vec<(Subscription, String)>> {
    let mut out = Vec::new();
    let mut stmt = c.prepare_cached(
        "SELECT s.endpoint, s.p256dh, s.auth, COALESCE(
            (SELECT name FROM teams WHERE id = ?2),
            (SELECT t.name FROM team_members m JOIN teams t ON t.id = m.team_id
             WHERE m.user_id = s.user_id AND m.delete_at = 0 ORDER BY t.name LIMIT 1), '')
         FROM push_subscriptions s WHERE s.user_id = ?1",
    )?;
    for user in users {
        let rows = stmt.query_map(params![user, team_id], |r| {
            Ok((
                Subscription {
                    endpoint: r.get(0)?,
                    keys: SubscriptionKeys {
                        p256dh: r.get(1)?,
                        auth: r.get(2)?,
                    },
                },
                r.get(3)?,
            ))
        })?;
        for row in rows {
            out.push(row?);
        }
    }
    Ok(out)
}

/// The `Authorization` header of a push request: a VAPID token for the endpoint's origin.
pub fn vapid_header(keys: &super::Keys, endpoint: &reqwest::Url, contact: &str) -> String {
    let header = B64.encode(br#"{"typ":"JWT","alg":"ES256"}"#);
    let mut claims = json!({
        "aud": endpoint.origin().ascii_serialization(),
        "exp": crate::util::now_ms() / 1000 + 12 * 60 * 60,
    });
    if !contact.is_empty() {
        claims["sub"] = json!(contact);
    }
    let signed = format!("{header}.{}", B64.encode(claims.to_string()));
    let signature: p256::ecdsa::Signature = keys.vapid.sign(signed.as_bytes());
    format!(
        "vapid t={signed}.{}, k={}",
        B64.encode(signature.to_bytes()),
        keys.vapid_public
    )
}

/// Who runs this server, for push services (VAPID `sub`): the site's https URL, or the
/// e-mail sender.
fn contact(config: &crate::Config) -> String {
    if config.site_url.starts_with("https://") {
        return config.site_url.clone();
    }
    match &config.smtp {
        Some(smtp) => {
            let from = smtp.from.rsplit('<').next().unwrap_or_default();
            format!("mailto:{}", from.trim_end_matches('>').trim())
        }
        None => String::new(),
    }
}

/// Encrypts and sends one message; forgets the subscription if the push service has.
async fn send(app: &AppState, sub: &Subscription, payload: Vec<u8>) {
    let (Ok((key, auth)), Ok(url)) = (sub.decode(), reqwest::Url::parse(&sub.endpoint)) else {
        return;
    };
    let body = match web_push_native::encrypt(payload, &key, &auth) {
        Ok(body) => body,
        Err(e) => {
            tracing::warn!("cannot encrypt a push message: {e}");
            return;
        }
    };
    let authorization = vapid_header(&app.keys, &url, &contact(&app.config));
    let sent = app
        .push_client
        .post(url)
        .header("TTL", TTL)
        .header("Urgency", "high")
        .header("Content-Encoding", "aes128gcm")
        .header("Content-Type", "application/octet-stream")
        .header("Authorization", authorization)
        .body(body)
        .send()
        .await;
    match sent.map(|r| r.status().as_u16()) {
        Ok(404 | 410) => {
            let endpoint = sub.endpoint.clone();
            let _ = app
                .db
                .write(move |c| {
                    c.execute(
                        "DELETE FROM push_subscriptions WHERE endpoint = ?",
                        [endpoint],
                    )?;
                    Ok(())
                })
                .await;
        }
        Ok(s) if s < 300 => {}
        Ok(s) => tracing::warn!("push service answered {s}"),
        Err(e) => tracing::warn!("cannot reach a push service: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::away_enough;

    #[test]
    fn pushes_follow_status() {
        assert!(away_enough("offline", "offline") && away_enough("away", "away"));
        assert!(!away_enough("online", "away") && !away_enough("away", "offline"));
        assert!(away_enough("online", "online") && !away_enough("dnd", "online"));
    }
}
