//! System: ping, client configuration and licence.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};

use crate::{AppState, SERVER_VERSION};

/// The system routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/system/ping", get(get_ping))
        .route("/config/client", get(get_client_config))
        .route("/license/client", get(get_client_license))
}

/// `GET /api/v4/system/ping`
async fn get_ping() -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "status": "OK",
        "ActiveSearchBackend": "database",
        "AndroidLatestVersion": "",
        "IosLatestVersion": "",
    }))
}

/// `GET /api/v4/config/client?format=old`: the flat map of strings clients read.
async fn get_client_config(State(app): State<AppState>) -> Json<BTreeMap<&'static str, String>> {
    let mut config = client_config(&app.config, app.mailer.is_some(), &app.keys.vapid_public);
    // The current code of conduct, which Mattermost's apps compare with the user's.
    if app.config.enable_custom_terms_of_service {
        config.insert(
            "CustomTermsOfServiceId",
            app.gates.terms().unwrap_or_default(),
        );
    }
    Json(config)
}

/// `X-Version-Id`, as Mattermost writes it: `<version>.<build>.<config hash>.<licensed>`.
/// Clients read the version from it, and reload their config when the hash changes.
pub fn version_id(config: &BTreeMap<&'static str, String>) -> String {
    use sha2::Digest as _;
    let mut hash = sha2::Sha256::new();
    for (k, v) in config {
        hash.update(k.as_bytes());
        hash.update([0]);
        hash.update(v.as_bytes());
        hash.update([0]);
    }
    let hex: String = hash.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{SERVER_VERSION}.causerie.{hex}.false")
}

/// The client configuration: what clients may know of the server's settings.
pub fn client_config(
    c: &crate::Config,
    mailer: bool,
    vapid_public: &str,
) -> BTreeMap<&'static str, String> {
    let yes_no = |b: bool| if b { "true" } else { "false" }.to_owned();
    let entries = [
        ("Version", SERVER_VERSION.to_owned()),
        ("BuildNumber", "causerie".to_owned()),
        ("BuildHash", env!("CARGO_PKG_VERSION").to_owned()),
        ("BuildEnterpriseReady", "false".to_owned()),
        ("SiteName", c.site_name.clone()),
        ("SiteURL", c.site_url.clone()),
        ("DiagnosticsEnabled", "false".to_owned()),
        ("MaxPostSize", mm_api::MAX_POST_CHARS.to_string()),
        ("EnableCustomEmoji", yes_no(c.enable_custom_emoji)),
        ("SendEmailNotifications", yes_no(mailer)),
        ("SendPushNotifications", "true".to_owned()),
        // Causerie's own: the VAPID key browsers subscribe to Web Push with.
        ("WebPushPublicKey", vapid_public.to_owned()),
        ("EnableLatex", "false".to_owned()),
        ("EnableInlineLatex", "false".to_owned()),
        ("EnableSignUpWithEmail", "true".to_owned()),
        ("EnableSignInWithEmail", "true".to_owned()),
        ("EnableSignInWithUsername", "true".to_owned()),
        ("EnableOpenServer", yes_no(c.open_signup)),
        ("EnableUserCreation", "true".to_owned()),
        ("EnableTeamCreation", yes_no(c.enable_team_creation)),
        ("EnableMultifactorAuthentication", yes_no(c.enable_mfa)),
        (
            "EnforceMultifactorAuthentication",
            yes_no(c.enable_mfa && c.enforce_mfa),
        ),
        (
            "EnableCustomTermsOfService",
            yes_no(c.enable_custom_terms_of_service),
        ),
        (
            "EnableEmailInvitations",
            yes_no(c.enable_email_invitations && mailer),
        ),
        (
            "DataRetentionEnableMessageDeletion",
            yes_no(c.retention_days > 0),
        ),
        (
            "DataRetentionMessageRetentionHours",
            (u64::from(c.retention_days) * 24).to_string(),
        ),
        ("ExperimentalViewArchivedChannels", "true".to_owned()),
        ("ExperimentalEnableAutomaticReplies", "false".to_owned()),
        ("CollapsedThreads", "disabled".to_owned()),
        ("TeammateNameDisplay", "username".to_owned()),
        ("ShowEmailAddress", "false".to_owned()),
        ("ShowFullName", "true".to_owned()),
        ("EnablePreviewModeBanner", "false".to_owned()),
        ("WebsocketURL", String::new()),
        ("WebsocketPort", "80".to_owned()),
        ("WebsocketSecurePort", "443".to_owned()),
        (
            "PasswordMinimumLength",
            crate::routes::users::MIN_PASSWORD.to_string(),
        ),
        ("EnableFile", "true".to_owned()),
        ("EnableFileAttachments", "true".to_owned()),
        ("MaxFileSize", c.max_file_bytes.to_string()),
        ("FeatureFlagCollapsedThreads", "false".to_owned()),
        // External images load through our proxy (`GET /api/v4/image?url=`).
        ("HasImageProxy", "true".to_owned()),
        ("ImageProxyType", "local".to_owned()),
        ("ImageProxyURL", String::new()),
        ("EnableIncomingWebhooks", yes_no(c.enable_incoming_webhooks)),
        ("EnableOutgoingWebhooks", yes_no(c.enable_outgoing_webhooks)),
        ("EnableCommands", yes_no(c.enable_commands)),
        (
            "EnableOnlyAdminIntegrations",
            yes_no(c.enable_only_admin_integrations),
        ),
        (
            "EnablePostUsernameOverride",
            yes_no(c.enable_post_username_override),
        ),
        (
            "EnablePostIconOverride",
            yes_no(c.enable_post_icon_override),
        ),
        (
            "EnableUserAccessTokens",
            yes_no(c.enable_user_access_tokens),
        ),
        (
            "EnableBotAccountCreation",
            yes_no(c.enable_bot_account_creation),
        ),
        // Causerie's own: how messages link to the community's wiki.
        ("CauserieWikiURL", c.wiki_url.clone()),
        (
            "CauserieInterwiki",
            serde_json::to_string(&c.interwiki).unwrap_or_default(),
        ),
    ];
    entries.into_iter().collect()
}

/// `GET /api/v4/license/client?format=old`
async fn get_client_license() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "IsLicensed": "false", "Cloud": "false" }))
}
