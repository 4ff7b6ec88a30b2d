//! Command line, environment and the optional TOML config file.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// `causerie-server`: the embedded Mattermost-compatible chat server of Causerie.
#[derive(Debug, Clone, clap::Parser)]
#[command(name = "causerie-server", version, about)]
pub struct Args {
    /// Address to listen on.
    #[arg(long, env = "CAUSERIE_LISTEN", default_value = "127.0.0.1:8065")]
    pub listen: SocketAddr,
    /// Directory for the SQLite database and uploaded files; created if missing.
    #[arg(long, env = "CAUSERIE_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// Directory of the built web app, served at `/`.
    #[arg(long, env = "CAUSERIE_WEB_DIR", default_value = "dist")]
    pub web_dir: PathBuf,
    /// Optional TOML file: site name, open sign-up, limits, … (see README).
    #[arg(long, env = "CAUSERIE_CONFIG")]
    pub config: Option<PathBuf>,
    /// Serve `/locales/` from this directory instead of the web app's copy, so that a
    /// translator's edit shows on reload (`make run` points it at `locales/`).
    #[arg(long, env = "CAUSERIE_LOCALES_DIR")]
    pub locales_dir: Option<PathBuf>,
}

/// Settings from the config file. Every field has a default, so the file is optional and
/// may be partial; unknown keys are refused so that a typo is not silently ignored.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The name shown on the log-in page and in the browser tab.
    pub site_name: String,
    /// Display name of the team made on first start.
    pub team_display_name: String,
    /// Public URL of the site, used in links; empty means "same origin as the request".
    pub site_url: String,
    /// Let anyone sign up without an invite (they join the default team).
    pub open_signup: bool,
    /// Let users who are not system admins create teams.
    pub enable_team_creation: bool,
    /// Days a log-in session lasts.
    pub session_length_days: i64,
    /// Failed log-ins allowed per account and address within `login_window_secs`; more get
    /// 429. An account takes four times as many from all addresses together.
    pub max_login_attempts: u32,
    /// Failed log-ins and sign-ups allowed per source address (any account) within
    /// `login_window_secs`.
    pub max_login_attempts_per_address: u32,
    /// Reverse proxies (addresses or CIDR ranges) whose `X-Forwarded-For` names the client,
    /// so that limits apply to the client's address rather than the proxy's.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The window of `max_login_attempts`, in seconds.
    pub login_window_secs: u64,
    /// Largest JSON request body, in bytes.
    pub max_body_bytes: usize,
    /// Origins, besides the server's own, allowed to use the API from a browser (CORS) with
    /// a Bearer token, for example a wiki that embeds a channel.
    pub cors_allowed_origins: Vec<String>,
    /// Who may show the app in a frame: Content-Security-Policy `frame-ancestors` sources,
    /// such as `"'self'"` (the default) or `"https://meta.wikimedia.org"`.
    pub frame_ancestors: Vec<String>,
    /// Where `/locales/` is served from, if not the web app's copy (see `--locales-dir`).
    pub locales_dir: Option<PathBuf>,
    /// The community's wiki for `[[Page]]` links in messages: the URL a page title is
    /// appended to, such as `https://meta.wikimedia.org/wiki/`. Empty: no wiki links.
    pub wiki_url: String,
    /// Largest uploaded file, in bytes (larger uploads get 413).
    pub max_file_bytes: u64,
    /// Let users add custom emoji.
    pub enable_custom_emoji: bool,
    /// Largest image the image proxy fetches, in bytes.
    pub image_proxy_max_bytes: u64,
    /// Seconds the image proxy waits for a remote image.
    pub image_proxy_timeout_secs: u64,
    /// Bytes of fetched images the proxy keeps on disk at most (a day each at most).
    pub image_cache_max_bytes: u64,
    /// `host:port` authorities the image proxy may reach although they are not on the
    /// public internet (an intranet wiki). Empty by default.
    pub image_proxy_allowed: Vec<String>,
    /// Interwiki prefixes for messages, such as `phab = "https://phabricator.wikimedia.org/$1"`
    /// (`$1` is what follows the prefix).
    pub interwiki: std::collections::BTreeMap<String, String>,
    /// The mail server for e-mail notifications. Without one, no e-mail is sent.
    pub smtp: Option<Smtp>,
    /// Seconds a user must have been offline before mentions are e-mailed to them.
    pub email_offline_secs: u64,
    /// Seconds between two e-mails to one user: notifications wait and go together.
    pub email_batch_secs: u64,
    /// Web Push notifications carry the message's text; otherwise only channel and sender.
    pub push_message_text: bool,
    /// `host:port` authorities that push endpoints may be on although they are not on the
    /// public internet (a test's push service). Empty by default.
    pub push_allowed: Vec<String>,
    /// Posts one person, bot or webhook may make per minute; more get 429. 0: no limit.
    pub max_posts_per_minute: u32,
    /// Incoming webhooks (`POST /hooks/{id}`) work.
    pub enable_incoming_webhooks: bool,
    /// Outgoing webhooks are called.
    pub enable_outgoing_webhooks: bool,
    /// Custom slash commands may be made and called (the built-in ones always work).
    pub enable_commands: bool,
    /// Only system and team admins manage webhooks and slash commands.
    pub enable_only_admin_integrations: bool,
    /// Webhooks, bots and commands may show another name than their author's
    /// (Matterbridge's webhook mode needs it).
    pub enable_post_username_override: bool,
    /// Webhooks, bots and commands may show another picture than their author's.
    pub enable_post_icon_override: bool,
    /// Personal access tokens may be made, by system admins and the users they allow.
    pub enable_user_access_tokens: bool,
    /// System admins may make bot accounts.
    pub enable_bot_account_creation: bool,
    /// Seconds an outgoing webhook's or a command's callback may take.
    pub outgoing_timeout_secs: u64,
    /// `host:port` authorities that outgoing webhooks and commands may call although they
    /// are not on the public internet (a bot on the same machine). Empty by default.
    pub outgoing_allowed: Vec<String>,
    /// People may turn on two-factor log-in (TOTP).
    pub enable_mfa: bool,
    /// Everyone who logs in with a password must turn on two-factor log-in before anything
    /// else (bots are exempt).
    pub enforce_mfa: bool,
    /// A code of conduct, once an admin has written one, must be accepted before anything
    /// else; every new version is accepted again.
    pub enable_custom_terms_of_service: bool,
    /// Members who are not admins may invite people: share the team's link and send
    /// e-mail invitations.
    pub members_may_invite: bool,
    /// Invitations by e-mail may be sent (they need `[smtp]`).
    pub enable_email_invitations: bool,
    /// Days posts are kept; older ones are deleted by the daily job. 0: forever.
    pub retention_days: u32,
    /// Days files are kept (with their thumbnails and previews). 0: as long as their post.
    pub retention_files_days: u32,
    /// When the daily deletion runs, `"HH:MM"` in UTC.
    pub retention_time: String,
    /// Pinned posts outlive the retention period.
    pub retention_keep_pinned: bool,
    /// Days the audit log is kept. 0: forever.
    pub audit_retention_days: u32,
}

/// How to reach the mail server.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Smtp {
    /// The server's name or address.
    pub host: String,
    /// Its port; by default 465 with `tls = "tls"`, 587 with `"starttls"`, 25 with `"none"`.
    pub port: Option<u16>,
    /// `"starttls"` (the default), `"tls"` (TLS from the first byte), or `"none"` (plain
    /// text: only for a mail server on the same machine).
    #[serde(default = "Smtp::default_tls")]
    pub tls: String,
    /// Log-in, if the server asks for one.
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    pub password: String,
    /// The sender, such as `Causerie <chat@example.org>`.
    pub from: String,
}

impl Smtp {
    fn default_tls() -> String {
        "starttls".to_owned()
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            site_name: "Causerie".to_owned(),
            team_display_name: "Causerie".to_owned(),
            site_url: String::new(),
            open_signup: false,
            enable_team_creation: false,
            session_length_days: 30,
            max_login_attempts: 5,
            max_login_attempts_per_address: 30,
            trusted_proxies: Vec::new(),
            login_window_secs: 300,
            max_body_bytes: 1 << 20,
            cors_allowed_origins: Vec::new(),
            frame_ancestors: vec!["'self'".to_owned()],
            locales_dir: None,
            wiki_url: String::new(),
            max_file_bytes: 50 << 20,
            enable_custom_emoji: true,
            image_proxy_max_bytes: 10 << 20,
            image_proxy_timeout_secs: 10,
            image_proxy_allowed: Vec::new(),
            image_cache_max_bytes: 1 << 30,
            interwiki: std::collections::BTreeMap::new(),
            smtp: None,
            email_offline_secs: 300,
            email_batch_secs: 900,
            push_message_text: true,
            push_allowed: Vec::new(),
            max_posts_per_minute: 300,
            enable_incoming_webhooks: true,
            enable_outgoing_webhooks: true,
            enable_commands: true,
            enable_only_admin_integrations: true,
            enable_post_username_override: false,
            enable_post_icon_override: false,
            enable_user_access_tokens: true,
            enable_bot_account_creation: true,
            outgoing_timeout_secs: 30,
            outgoing_allowed: Vec::new(),
            enable_mfa: true,
            enforce_mfa: false,
            enable_custom_terms_of_service: true,
            members_may_invite: true,
            enable_email_invitations: true,
            retention_days: 0,
            retention_files_days: 0,
            retention_time: "02:00".to_owned(),
            retention_keep_pinned: false,
            audit_retention_days: 365,
        }
    }
}

impl Config {
    /// Reads the config file, or the defaults when there is none.
    pub fn load(path: Option<&Path>) -> Result<Self, String> {
        let Some(path) = path else {
            return Ok(Self::default());
        };
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read config {}: {e}", path.display()))?;
        let config: Self =
            toml::from_str(&text).map_err(|e| format!("bad config {}: {e}", path.display()))?;
        config.check()?;
        Ok(config)
    }

    /// What the types cannot say: values that end up in headers.
    pub fn check(&self) -> Result<(), String> {
        let bad = |s: &String| {
            s.is_empty()
                || s.contains(|c: char| c == ';' || c == ',' || c.is_whitespace() || c.is_control())
        };
        if self.frame_ancestors.is_empty() || self.frame_ancestors.iter().any(bad) {
            return Err(format!(
                "bad frame_ancestors {:?}: give sources such as \"'self'\" or \"https://wiki.example.org\"",
                self.frame_ancestors
            ));
        }
        if self.retention_minute().is_none() {
            return Err(format!(
                "bad retention_time {:?}: give a time of day such as \"02:00\"",
                self.retention_time
            ));
        }
        Ok(())
    }

    /// The minute of the day (UTC) of `retention_time`.
    pub fn retention_minute(&self) -> Option<u32> {
        let (h, m) = self.retention_time.trim().split_once(':')?;
        let (h, m) = (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
        (h < 24 && m < 60).then_some(h * 60 + m)
    }
}
