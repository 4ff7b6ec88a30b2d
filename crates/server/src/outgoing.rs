//! Calls to integrations: outgoing webhooks and custom slash commands. One client, with the
//! image proxy's address guard (`proxy.rs`), a time-out and no retries, since a retry could
//! post an answer twice.

use mm_api::CommandResponse;
use reqwest::Url;

use crate::AppState;
use crate::error::{AppError, Result};

/// Largest answer read, as Mattermost: 1 MiB.
const MAX_ANSWER: usize = 1 << 20;

/// How a call is sent.
pub enum Body {
    /// `application/x-www-form-urlencoded` fields (a POST).
    Form(Vec<(&'static str, String)>),
    /// The same fields as a JSON object (a POST).
    Json(serde_json::Value),
    /// The fields in the query string (a GET: commands whose method is `G`).
    Query(Vec<(&'static str, String)>),
}

/// Checks a callback URL when a hook or command is saved: http(s), and an address the
/// server may reach.
pub fn check_url(app: &AppState, url: &str) -> Result<()> {
    let parsed = Url::parse(url).map_err(|_| AppError::invalid_param("url"))?;
    crate::proxy::check_url(&parsed, &app.config.outgoing_allowed).map_err(|_| {
        AppError::bad_request(
            "api.outgoing.url.app_error",
            "The URL must be http or https, on an address this server may reach.",
        )
    })
}

/// Calls an integration and reads its answer: a JSON `CommandResponse`, plain text (taken
/// as the text), or nothing. A non-2xx status is an error.
pub async fn call(
    app: &AppState,
    url: &str,
    body: Body,
    token: Option<&str>,
) -> Result<Option<CommandResponse>> {
    check_url(app, url)?;
    let client = &app.outgoing_client;
    let mut req = match body {
        Body::Form(fields) => client.post(url).form(&fields),
        Body::Json(v) => client
            .post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(v.to_string()),
        Body::Query(fields) => client.get(url).query(&fields),
    }
    .header("Accept", "application/json");
    if let Some(t) = token {
        req = req.header("Authorization", format!("Token {t}"));
    }
    let failed = |detail: String| {
        AppError::bad_request(
            "api.command.execute_command.failed.app_error",
            "The integration could not be reached.",
        )
        .detail(detail)
    };
    let mut res = req.send().await.map_err(|e| failed(e.to_string()))?;
    if !res.status().is_success() {
        return Err(AppError::bad_request(
            "api.command.execute_command.failed_resp.app_error",
            "The integration answered with an error.",
        )
        .detail(format!("status {}", res.status().as_u16())));
    }
    let json = res
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let mut bytes = Vec::new();
    while let Some(chunk) = res.chunk().await.map_err(|e| failed(e.to_string()))? {
        if bytes.len() + chunk.len() > MAX_ANSWER {
            return Err(failed("the answer is larger than 1 MiB".to_owned()));
        }
        bytes.extend_from_slice(&chunk);
    }
    let text = String::from_utf8_lossy(&bytes);
    if text.trim().is_empty() {
        return Ok(None);
    }
    if json || text.trim_start().starts_with('{') {
        if let Ok(answer) = serde_json::from_str::<CommandResponse>(&text) {
            return Ok(Some(answer));
        }
        if json {
            return Err(failed("the answer is not a valid response".to_owned()));
        }
    }
    Ok(Some(CommandResponse {
        text: text.into_owned(),
        ..Default::default()
    }))
}

/// Slack's markup in a message, as Mattermost turns it into markdown: `<url|label>` is a
/// link, `<url>` the address, and `<!channel>`, `<!here>` and `<!all>` mentions.
pub fn slack_to_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('>') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let inner = &after[..end];
        match inner {
            "!channel" | "!here" | "!all" => {
                out.push('@');
                out.push_str(&inner[1..]);
            }
            _ if inner.starts_with("http://")
                || inner.starts_with("https://")
                || inner.starts_with("mailto:") =>
            {
                match inner.split_once('|') {
                    Some((url, label)) => {
                        out.push_str(&format!("[{label}]({url})"));
                    }
                    None => out.push_str(inner),
                }
            }
            _ => {
                out.push('<');
                out.push_str(inner);
                out.push('>');
            }
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::slack_to_markdown;

    #[test]
    fn slack_links_and_announcements_become_markdown() {
        assert_eq!(
            slack_to_markdown("build <https://ci.example.org/1|#1> failed <!channel>"),
            "build [#1](https://ci.example.org/1) failed @channel"
        );
        assert_eq!(
            slack_to_markdown("<https://example.org> a < b > c"),
            "https://example.org a < b > c"
        );
        assert_eq!(slack_to_markdown("x <y"), "x <y");
        assert_eq!(
            slack_to_markdown("<javascript:alert(1)|x>"),
            "<javascript:alert(1)|x>",
            "other schemes stay text (the renderer escapes them)"
        );
    }
}
