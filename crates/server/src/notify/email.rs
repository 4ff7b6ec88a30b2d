//! E-mail notifications. Mentions and direct messages for members who want them by e-mail
//! are queued when posted (`db::posts::create`); every few seconds the server looks for
//! users who have been offline for `email_offline_secs` and were last e-mailed at least
//! `email_batch_secs` ago, and sends each one e-mail with what they have not read since,
//! rendered by mm-markdown, with a plain-text part, links to the posts, and unsubscribe and
//! preference links. Without `[smtp]` in the config nothing is queued or sent.

use std::fmt::Write as _;
use std::time::Duration;

use lettre::message::{Mailbox, MultiPart, header};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use mm_markdown::{Attr, Element, Node, Tag};
use rusqlite::{Connection, params};

use crate::AppState;
use crate::config::Smtp;
use crate::error::Result;
use crate::util::now_ms;

/// A mail server connection, made once.
pub type Mailer = AsyncSmtpTransport<Tokio1Executor>;

/// The transport for the config's mail server.
pub fn mailer(smtp: &Smtp) -> std::result::Result<Mailer, String> {
    let bad = |e: lettre::transport::smtp::Error| format!("bad SMTP settings: {e}");
    let tls = || TlsParameters::new(smtp.host.clone()).map_err(bad);
    let (tls, port) = match smtp.tls.as_str() {
        "starttls" => (Tls::Required(tls()?), 587),
        "tls" => (Tls::Wrapper(tls()?), 465),
        "none" => (Tls::None, 25),
        other => {
            return Err(format!(
                "smtp.tls must be starttls, tls or none, not {other:?}"
            ));
        }
    };
    smtp.from
        .parse::<Mailbox>()
        .map_err(|e| format!("smtp.from is not an address: {e}"))?;
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host)
        .port(smtp.port.unwrap_or(port))
        .tls(tls)
        .timeout(Some(Duration::from_secs(30)));
    if !smtp.username.is_empty() {
        builder = builder.credentials(Credentials::new(
            smtp.username.clone(),
            smtp.password.clone(),
        ));
    }
    Ok(builder.build())
}

/// One queued notification.
struct Item {
    post_id: String,
    create_at: i64,
    message: String,
    sender: String,
    channel: String,
    team: String,
}

/// A user due an e-mail, and what it says.
struct Batch {
    user_id: String,
    username: String,
    email: String,
    items: Vec<Item>,
}

/// Sends the e-mails that are due. `site` is the public URL for links.
pub async fn send_due(app: &AppState, mailer: &Mailer, site: &str) {
    let now = now_ms();
    let queued = app
        .db
        .read(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT q.user_id, COALESCE(s.sent_at, 0) FROM email_queue q
                 LEFT JOIN email_sent s ON s.user_id = q.user_id GROUP BY q.user_id",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })
        .await
        .unwrap_or_default();
    let offline_ms = app.config.email_offline_secs as i64 * 1000;
    let batch_ms = app.config.email_batch_secs as i64 * 1000;
    let due: Vec<String> = queued
        .into_iter()
        .filter(|(user, sent_at)| {
            now - sent_at >= batch_ms
                && app
                    .hub
                    .offline_since(user)
                    .is_some_and(|since| now - since >= offline_ms)
        })
        .map(|(user, _)| user)
        .collect();
    for user in due {
        let batch = app.db.write(move |c| take_batch(c, &user, now)).await;
        let batch = match batch {
            Ok(Some(b)) => b,
            Ok(None) => continue,
            Err(e) => {
                tracing::warn!("cannot read the e-mail queue: {e}");
                continue;
            }
        };
        let message = match compose(app, &batch, site) {
            Ok(m) => m,
            Err(e) => {
                tracing::warn!("cannot write an e-mail to {}: {e}", batch.username);
                continue;
            }
        };
        if let Err(e) = mailer.send(message).await {
            // Keep the notifications for the next try, after the batch interval.
            tracing::warn!("cannot send an e-mail to {}: {e}", batch.username);
            let (user, ids) = (
                batch.user_id.clone(),
                batch
                    .items
                    .iter()
                    .map(|i| i.post_id.clone())
                    .collect::<Vec<_>>(),
            );
            let _ = app.db.write(move |c| requeue(c, &user, &ids, now)).await;
        }
    }
}

/// Takes a user's queue: the live posts they still have not read, in channels they are
/// still in. Marks the batch as sent now (a failed send puts the items back).
fn take_batch(c: &Connection, user_id: &str, now: i64) -> Result<Option<Batch>> {
    let mut stmt = c.prepare_cached(
        "SELECT p.id, p.create_at, p.message, COALESCE(a.username, ''),
            ch.type, ch.display_name, COALESCE(t.name, '')
         FROM email_queue q
         JOIN posts p ON p.id = q.post_id AND p.delete_at = 0
         JOIN channels ch ON ch.id = p.channel_id
         JOIN channel_members m ON m.channel_id = p.channel_id AND m.user_id = q.user_id
         LEFT JOIN users a ON a.id = p.user_id
         LEFT JOIN teams t ON t.id = ch.team_id
         WHERE q.user_id = ? AND p.create_at > m.last_viewed_at
         ORDER BY p.create_at",
    )?;
    let rows = stmt.query_map([user_id], |r| {
        let sender: String = r.get(3)?;
        let kind: String = r.get(4)?;
        let channel = if kind == "D" {
            format!("@{sender}")
        } else {
            r.get(5)?
        };
        Ok(Item {
            post_id: r.get(0)?,
            create_at: r.get(1)?,
            message: r.get(2)?,
            sender,
            channel,
            team: r.get(6)?,
        })
    })?;
    let mut items = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    c.execute("DELETE FROM email_queue WHERE user_id = ?", [user_id])?;
    c.execute(
        "INSERT OR REPLACE INTO email_sent (user_id, sent_at) VALUES (?, ?)",
        params![user_id, now],
    )?;
    let user = c.query_row(
        "SELECT username, email, notify_props FROM users WHERE id = ? AND delete_at = 0",
        [user_id],
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        },
    );
    let Ok((username, email, props)) = user else {
        return Ok(None);
    };
    // Switched off since (the unsubscribe link): nothing goes.
    let props: mm_api::StringMap = crate::db::json_col(props);
    if props.get("email").map(String::as_str) == Some("false") || email.is_empty() {
        items.clear();
    }
    // A direct message's team is any of the reader's, for the link.
    let first_team: String = c
        .query_row(
            "SELECT t.name FROM team_members m JOIN teams t ON t.id = m.team_id
             WHERE m.user_id = ? AND m.delete_at = 0 ORDER BY t.name LIMIT 1",
            [user_id],
            |r| r.get(0),
        )
        .unwrap_or_default();
    for item in &mut items {
        if item.team.is_empty() {
            item.team.clone_from(&first_team);
        }
    }
    Ok((!items.is_empty()).then(|| Batch {
        user_id: user_id.to_owned(),
        username,
        email,
        items,
    }))
}

fn requeue(c: &Connection, user_id: &str, post_ids: &[String], now: i64) -> Result<()> {
    let mut stmt = c.prepare_cached(
        "INSERT OR IGNORE INTO email_queue (user_id, post_id, create_at) VALUES (?, ?, ?)",
    )?;
    for id in post_ids {
        stmt.execute(params![user_id, id, now])?;
    }
    Ok(())
}

/// The e-mail: a plain-text part and an HTML part with the messages rendered.
fn compose(app: &AppState, batch: &Batch, site: &str) -> std::result::Result<Message, String> {
    let smtp = app.config.smtp.as_ref().ok_or("no SMTP")?;
    let site_name = &app.config.site_name;
    let token = app.keys.unsubscribe_token(&batch.user_id);
    let unsubscribe = format!(
        "{site}/api/v4/notifications/unsubscribe?user_id={}&token={token}",
        batch.user_id
    );
    let preferences = format!("{site}/{}/settings/notifications", batch.items[0].team);
    let count = batch.items.len();
    let subject = if count == 1 {
        format!("[{site_name}] New message from @{}", batch.items[0].sender)
    } else {
        format!("[{site_name}] {count} new messages")
    };
    let mut text = format!(
        "Hello @{},\n\nYou have {count} unread message(s):\n",
        batch.username
    );
    let mut html = format!(
        "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Hello @{},</p>\
         <p>You have {count} unread message(s):</p>",
        escape(&batch.username)
    );
    for item in &batch.items {
        let link = format!("{site}/{}/pl/{}", item.team, item.post_id);
        let when = time_of(item.create_at);
        let _ = write!(
            text,
            "\n{} — @{} — {when}\n{}\n{link}\n",
            item.channel, item.sender, item.message
        );
        let opts = mm_markdown::Options {
            team: &item.team,
            me: Some(&batch.username),
            ..Default::default()
        };
        let mut nodes = mm_markdown::render(&item.message, &opts).nodes;
        for node in &mut nodes {
            for_email(node, site);
        }
        let _ = write!(
            html,
            "<div style=\"border-top:1px solid #ddd;padding:8px 0\"><p style=\"color:#555\">\
             <b>{}</b> — @{} — {when}</p><div dir=\"auto\">{}</div>\
             <p><a href=\"{}\">Open in {}</a></p></div>",
            escape(&item.channel),
            escape(&item.sender),
            mm_markdown::to_html(&nodes),
            escape(&link),
            escape(site_name),
        );
    }
    let _ = write!(
        text,
        "\n--\nNotification preferences: {preferences}\nStop these e-mails: {unsubscribe}\n"
    );
    let _ = write!(
        html,
        "<p style=\"color:#555;font-size:small\"><a href=\"{}\">Notification preferences</a> · \
         <a href=\"{}\">Stop these e-mails</a></p></body></html>",
        escape(&preferences),
        escape(&unsubscribe)
    );
    let to = Mailbox::new(
        Some(batch.username.clone()),
        batch
            .email
            .parse()
            .map_err(|e| format!("bad address: {e}"))?,
    );
    Message::builder()
        .from(smtp.from.parse().map_err(|e| format!("bad sender: {e}"))?)
        .to(to)
        .subject(subject)
        .header(ListUnsubscribe(format!("<{unsubscribe}>")))
        .header(ListUnsubscribePost)
        .multipart(MultiPart::alternative_plain_html(text, html))
        .map_err(|e| e.to_string())
}

/// Mail clients are not logged in: images (external ones would also tell their hosts who
/// reads) become links, custom emoji their `:name:`, and site-relative links absolute.
fn for_email(node: &mut Node, site: &str) {
    let Node::Element(e) = node else { return };
    if e.tag == Tag::Img {
        let alt = e.attr(Attr::Alt).unwrap_or_default().to_owned();
        if e.attr(Attr::DataEmoji).is_some() {
            *node = Node::Text(alt);
            return;
        }
        let src = e.attr(Attr::Src).unwrap_or_default().to_owned();
        let label = if alt.is_empty() { src.clone() } else { alt };
        let mut a = Element::new(Tag::A, vec![(Attr::Href, src.into())]);
        a.children.push(Node::Text(label));
        *e = a;
    }
    for (attr, value) in &mut e.attrs {
        if matches!(attr, Attr::Href | Attr::Src)
            && value.starts_with('/')
            && !value.starts_with("//")
        {
            *value = format!("{site}{value}").into();
        }
    }
    for child in &mut e.children {
        for_email(child, site);
    }
}

pub(crate) fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A post's time in UTC, as `2026-11-26 14:05 UTC`.
fn time_of(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = crate::util::civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02} UTC",
        rest / 3600,
        rest % 3600 / 60
    )
}

/// `List-Unsubscribe` (RFC 2369): mail clients show an unsubscribe button.
#[derive(Clone)]
struct ListUnsubscribe(String);

impl header::Header for ListUnsubscribe {
    fn name() -> header::HeaderName {
        header::HeaderName::new_from_ascii_str("List-Unsubscribe")
    }
    fn parse(s: &str) -> std::result::Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_owned()))
    }
    fn display(&self) -> header::HeaderValue {
        header::HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `List-Unsubscribe-Post` (RFC 8058): one click, by POST, unsubscribes.
#[derive(Clone)]
struct ListUnsubscribePost;

impl header::Header for ListUnsubscribePost {
    fn name() -> header::HeaderName {
        header::HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }
    fn parse(_: &str) -> std::result::Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }
    fn display(&self) -> header::HeaderValue {
        header::HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::time_of;

    #[test]
    fn times_are_utc_dates_and_minutes() {
        assert_eq!(time_of(0), "1970-01-01 00:00 UTC");
        assert_eq!(time_of(1_795_701_900_000), "2026-11-26 14:05 UTC");
        assert_eq!(time_of(951_782_400_000), "2000-02-29 00:00 UTC");
    }
}
