//! Notifications beyond the WebSocket: Web Push to browsers whose user is away
//! ([`push`]), and batched e-mail to users who have been offline ([`email`]). Who is told
//! of a post, and how, is decided when it is saved (`db::posts::create`, by the rules of
//! `mentions`); this module delivers.
//!
//! The server's keys live in the data directory, made on first start: the VAPID key pair
//! that signs push requests, and the secret that signs e-mail unsubscribe links.

pub mod email;
pub mod push;

use std::io::Write as _;
use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use hmac::{Hmac, Mac};
use p256::ecdsa::SigningKey;
use sha2::Sha256;

/// The server's own keys.
pub struct Keys {
    /// Signs VAPID tokens (RFC 8292).
    pub vapid: SigningKey,
    /// The VAPID public key, uncompressed, base64url: browsers subscribe with it.
    pub vapid_public: String,
    /// Signs unsubscribe links.
    secret: [u8; 32],
    /// Seals two-factor secrets at rest (AES-256-GCM), so that a copy of the database
    /// alone does not give the codes.
    seal: [u8; 32],
}

impl Keys {
    /// Reads the keys from the data directory, or makes and stores them.
    pub fn load_or_create(dir: &Path) -> Result<Self, String> {
        let vapid = key_file(&dir.join("vapid_private_key"))?;
        let vapid = SigningKey::from_slice(&vapid).map_err(|e| format!("bad VAPID key: {e}"))?;
        let point = vapid.verifying_key().to_encoded_point(false);
        Ok(Self {
            vapid_public: B64.encode(point.as_bytes()),
            vapid,
            secret: key_file(&dir.join("secret_key"))?,
            seal: key_file(&dir.join("seal_key"))?,
        })
    }

    /// `plain`, encrypted and authenticated: base64url of the nonce and the ciphertext.
    pub fn seal(&self, plain: &[u8]) -> String {
        use aes_gcm::aead::{Aead, AeadCore, KeyInit, OsRng};
        let cipher = aes_gcm::Aes256Gcm::new(&self.seal.into());
        let nonce = aes_gcm::Aes256Gcm::generate_nonce(&mut OsRng);
        // Encrypting into memory cannot fail for inputs under 64 GiB.
        let mut out = nonce.to_vec();
        out.extend(cipher.encrypt(&nonce, plain).unwrap_or_default());
        B64.encode(out)
    }

    /// What [`Keys::seal`] sealed; `None` if it was changed or sealed with another key.
    pub fn open(&self, sealed: &str) -> Option<Vec<u8>> {
        use aes_gcm::aead::{Aead, KeyInit};
        let bytes = B64.decode(sealed).ok()?;
        if bytes.len() < 12 {
            return None;
        }
        let (nonce, data) = bytes.split_at(12);
        aes_gcm::Aes256Gcm::new(&self.seal.into())
            .decrypt(aes_gcm::Nonce::from_slice(nonce), data)
            .ok()
    }

    /// The MAC of a user's unsubscribe link, before finishing.
    fn unsubscribe_mac(&self, user_id: &str) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.secret).expect("any key length");
        mac.update(b"unsubscribe:");
        mac.update(user_id.as_bytes());
        mac
    }

    /// The token of a user's unsubscribe link.
    pub fn unsubscribe_token(&self, user_id: &str) -> String {
        B64.encode(self.unsubscribe_mac(user_id).finalize().into_bytes())
    }

    /// Whether `token` is the user's unsubscribe token (compared in constant time).
    pub fn check_unsubscribe(&self, user_id: &str, token: &str) -> bool {
        B64.decode(token)
            .is_ok_and(|bytes| self.unsubscribe_mac(user_id).verify_slice(&bytes).is_ok())
    }
}

/// 32 random bytes kept in a file (base64url), readable by the server's user only.
fn key_file(path: &Path) -> Result<[u8; 32], String> {
    let shown = path.display();
    match std::fs::read_to_string(path) {
        Ok(text) => B64
            .decode(text.trim())
            .ok()
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .ok_or_else(|| format!("{shown} is not a key: delete it to make a new one")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let mut key = [0u8; 32];
            rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut key);
            // A P-256 scalar must be below the group order: retry in the rare other case.
            while SigningKey::from_slice(&key).is_err() {
                rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut key);
            }
            let tmp = path.with_extension("tmp");
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options
                .open(&tmp)
                .map_err(|e| format!("cannot write {shown}: {e}"))?;
            file.write_all(B64.encode(key).as_bytes())
                .and_then(|()| file.sync_all())
                .and_then(|()| std::fs::rename(&tmp, path))
                .map_err(|e| format!("cannot write {shown}: {e}"))?;
            Ok(key)
        }
        Err(e) => Err(format!("cannot read {shown}: {e}")),
    }
}

/// The public URL of the site, without a trailing slash, for links in notifications.
pub fn site_url(config: &crate::Config, listen: &str) -> String {
    if config.site_url.is_empty() {
        format!("http://{listen}")
    } else {
        config.site_url.trim_end_matches('/').to_owned()
    }
}

/// Whose notification settings: a user's, or a channel membership's.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Props {
    User,
    Member,
}

/// Keys of a user's or a membership's `notify_props`, at most, and their bytes in all.
const MAX_PROPS: usize = 50;
const MAX_PROPS_BYTES: usize = 16 << 10;

/// Checks `notify_props` before they are saved: the values Mattermost's clients send for
/// the settings this server acts on; other keys (clients keep their own there) are kept if
/// short, and the whole is capped (it is read for every post).
pub fn check_props(props: &mm_api::StringMap, whose: Props) -> crate::error::Result<()> {
    let bytes: usize = props.iter().map(|(k, v)| k.len() + v.len()).sum();
    if props.len() > MAX_PROPS || bytes > MAX_PROPS_BYTES {
        return Err(crate::error::AppError::bad_request(
            "model.notify_props.is_valid.app_error",
            format!(
                "Notification settings are limited to {MAX_PROPS} keys and {} KB.",
                MAX_PROPS_BYTES >> 10
            ),
        ));
    }
    let levels: &[&str] = match whose {
        Props::User => &["all", "mention", "none"],
        Props::Member => &["default", "all", "mention", "none"],
    };
    for (key, value) in props {
        let allowed: Option<&[&str]> = match (whose, key.as_str()) {
            (_, "desktop" | "push") => Some(levels),
            (Props::User, "email") => Some(&["true", "false", "all", "mention", "none"]),
            (Props::Member, "email") => Some(levels),
            (Props::User, "channel" | "first_name") => Some(&["true", "false"]),
            (Props::User, "push_status") => Some(&["online", "away", "offline"]),
            (Props::User, "comments") => Some(&["never", "root", "any"]),
            (Props::Member, "mark_unread") => Some(&["all", "mention"]),
            (Props::Member, "ignore_channel_mentions") => Some(&["default", "on", "off"]),
            _ => None,
        };
        let ok = match allowed {
            Some(values) => values.contains(&value.as_str()),
            None => key.len() <= 64 && value.chars().count() <= 1024,
        };
        if !ok {
            return Err(crate::error::AppError::bad_request(
                "model.notify_props.is_valid.app_error",
                format!("Invalid notification setting {key:?}: {value:?}."),
            ));
        }
    }
    Ok(())
}
