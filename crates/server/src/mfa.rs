//! Two-factor log-in: RFC 6238 codes (HMAC-SHA1, 6 digits, 30 s steps, one step either
//! way, as Mattermost and authenticator apps do) and one-time recovery codes.

use rand::RngCore;
use totp_rs::{Builder, Totp};

use crate::util::sha256_hex;

/// Recovery codes given when two-factor log-in is turned on.
pub const RECOVERY_CODES: usize = 10;

/// A new secret: 20 random bytes, as RFC 4226 recommends.
pub fn new_secret() -> Vec<u8> {
    let mut secret = vec![0u8; 20];
    rand::rngs::OsRng.fill_bytes(&mut secret);
    secret
}

fn totp(secret: &[u8], account: &str, issuer: &str) -> Option<Totp> {
    Builder::new()
        .with_secret(secret.to_vec())
        .with_account_name(account.replace(':', ""))
        .with_issuer(Some(issuer.replace(':', "")))
        .build()
        .ok()
}

/// The secret in base32 and the set-up QR code (a base64 PNG of its `otpauth://` URI).
pub fn setup(secret: &[u8], account: &str, issuer: &str) -> Option<(String, String)> {
    let t = totp(secret, account, issuer)?;
    let qr = t.to_qr_base64().ok()?;
    Some((t.secret().to_base32(), qr))
}

/// The step (unix time / 30) a code is valid for at `now_secs`, one step either way.
pub fn matching_step(secret: &[u8], code: &str, now_secs: u64) -> Option<u64> {
    let code = code.trim();
    if code.len() != 6 {
        return None;
    }
    totp(secret, "account", "issuer")?.check(code, now_secs)
}

/// The code of a step: for tests, which play the authenticator.
pub fn code_at(secret: &[u8], now_secs: u64) -> String {
    totp(secret, "account", "issuer")
        .map(|t| t.generate(now_secs).to_string())
        .unwrap_or_default()
}

/// The code of a base32 secret (as `mfa/generate` shows it) at `now_secs`: what an
/// authenticator app shows; tests play one.
pub fn code_from_base32(secret: &str, now_secs: u64) -> Option<String> {
    let bytes = totp_rs::Secret::try_from_base32(secret).ok()?;
    Some(code_at(bytes.as_bytes(), now_secs))
}

/// Ten new recovery codes, such as `k3j9-x7qm-p2`: 50 random bits each, in an alphabet
/// without look-alike characters.
pub fn recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut bytes = [0u8; 10];
            rand::rngs::OsRng.fill_bytes(&mut bytes);
            let chars: String = bytes
                .iter()
                .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
                .collect();
            format!("{}-{}-{}", &chars[..4], &chars[4..8], &chars[8..])
        })
        .collect()
}

/// How a recovery code is stored: the hash of its letters, however it was typed.
pub fn recovery_hash(code: &str) -> String {
    let letters: String = code
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    sha256_hex(&format!("recovery:{letters}"))
}

/// Whether what was typed looks like a recovery code rather than a six-digit code.
pub fn is_recovery_code(code: &str) -> bool {
    code.chars().filter(char::is_ascii_alphanumeric).count() == 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_match_their_step_and_the_neighbours_only() {
        // RFC 6238's SHA-1 test secret, with its published codes (last six digits).
        let secret = b"12345678901234567890";
        assert_eq!(code_at(secret, 59), "287082");
        assert_eq!(code_at(secret, 1_111_111_109), "081804");
        let code = code_at(secret, 1_000_000_020);
        let step = 1_000_000_020 / 30;
        assert_eq!(matching_step(secret, &code, 1_000_000_020), Some(step));
        assert_eq!(matching_step(secret, &code, 1_000_000_050), Some(step));
        assert_eq!(matching_step(secret, &code, 1_000_000_080), None);
        assert_eq!(
            matching_step(secret, &format!(" {code} "), 1_000_000_020),
            Some(step)
        );
        assert_eq!(matching_step(secret, "12345", 1_000_000_020), None);
    }

    #[test]
    fn recovery_codes_are_distinct_and_typed_loosely() {
        let codes = recovery_codes();
        assert_eq!(codes.len(), 10);
        let unique: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), 10);
        assert!(codes.iter().all(|c| is_recovery_code(c)));
        assert_eq!(
            recovery_hash(&codes[0]),
            recovery_hash(&codes[0].to_uppercase().replace('-', " "))
        );
        assert!(!is_recovery_code("123456"));
    }

    #[test]
    fn the_setup_has_a_base32_secret_and_a_png() {
        let (secret, qr) = setup(&new_secret(), "ann@example.org", "chat.example.org").unwrap();
        assert_eq!(secret.len(), 32);
        use base64::Engine;
        let png = base64::engine::general_purpose::STANDARD
            .decode(qr)
            .unwrap();
        assert!(png.starts_with(b"\x89PNG"));
    }
}
