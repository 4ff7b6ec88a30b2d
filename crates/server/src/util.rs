//! Small helpers: ids, clocks, hashing.

use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::error::{AppError, Result};

/// A new 26-character Mattermost-style id.
pub fn new_id() -> String {
    let mut bytes = [0u8; 16];
    rand::thread_rng().fill_bytes(&mut bytes);
    mm_api::encode_id(bytes)
}

/// Now, in milliseconds since the epoch.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// The date (year, month, day) of a count of days since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// An e-mail address as stored and compared: trimmed and lowercased by Unicode's rules,
/// so that `JÖRG@` and `jörg@` are one address (Mattermost lowercases addresses too).
pub fn fold_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// `text` for a `LIKE … ESCAPE '\\'` pattern: its `%`, `_` and `\\` match themselves.
pub fn like_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// Hex SHA-256, used to store session tokens.
pub fn sha256_hex(s: &str) -> String {
    hex::encode(Sha256::digest(s.as_bytes()))
}

/// The browser and system a `User-Agent` names, for a list of sessions ("Firefox",
/// "Linux"); empty when it names none known.
pub fn describe_user_agent(agent: &str) -> (String, String) {
    let browser = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("Chromium/", "Chromium"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
        ("python-requests", "Python"),
        ("Go-http-client", "Go"),
        ("node", "Node.js"),
    ]
    .iter()
    .find(|(needle, _)| agent.contains(needle))
    .map_or("", |(_, name)| name);
    let os = [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .iter()
    .find(|(needle, _)| agent.contains(needle))
    .map_or("", |(_, name)| name);
    (browser.to_owned(), os.to_owned())
}

/// Checks an id from a URL or body: 400 when it is not a Mattermost id.
pub fn check_id(id: &str, name: &str) -> Result<()> {
    if mm_api::is_valid_id(id) {
        Ok(())
    } else {
        Err(AppError::invalid_param(name))
    }
}

/// `page` and `per_page` with Mattermost's defaults and cap.
#[derive(Debug, Clone, Copy, serde::Deserialize)]
#[serde(default)]
pub struct Paging {
    /// Zero-based page.
    pub page: u32,
    /// Items per page: default 60, at most 200.
    pub per_page: u32,
}

impl Default for Paging {
    fn default() -> Self {
        Self {
            page: 0,
            per_page: mm_api::DEFAULT_PER_PAGE,
        }
    }
}

impl Paging {
    /// SQL `LIMIT`.
    pub fn limit(&self) -> i64 {
        i64::from(self.per_page.min(mm_api::MAX_PER_PAGE))
    }
    /// SQL `OFFSET`.
    pub fn offset(&self) -> i64 {
        i64::from(self.page) * self.limit()
    }
}
