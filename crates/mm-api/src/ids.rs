use std::fmt;

use serde::{Deserialize, Serialize};

/// The alphabet of Mattermost ids: z-base-32 (`model.NewId`).
pub const ID_ALPHABET: &[u8; 32] = b"ybndrfg8ejkmcpqxot1uwisza345h769";

/// Whether `s` looks like a Mattermost id: 26 lowercase letters or digits.
pub fn is_valid_id(s: &str) -> bool {
    s.len() == 26
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// Encodes 16 random bytes as a 26-character id, as `model.NewId` does.
pub fn encode_id(bytes: [u8; 16]) -> String {
    let mut n = u128::from_be_bytes(bytes);
    let mut out = [0u8; 26];
    // 26 * 5 = 130 bits: the top two bits are always zero.
    for slot in out.iter_mut().rev() {
        *slot = ID_ALPHABET[(n & 31) as usize];
        n >>= 5;
    }
    out.iter().map(|&b| b as char).collect()
}

macro_rules! id_type {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }
            /// Whether the id is empty (for example a root post's `root_id`).
            pub fn is_empty(&self) -> bool {
                self.0.is_empty()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self(s)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    )*};
}

id_type!(
    /// A user's id.
    UserId,
    /// A team's id.
    TeamId,
    /// A channel's id.
    ChannelId,
    /// A post's id.
    PostId,
    /// An uploaded file's id.
    FileId,
    /// A custom emoji's id.
    EmojiId,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_ids_are_valid() {
        let id = encode_id([0xff; 16]);
        assert_eq!(id.len(), 26);
        assert!(is_valid_id(&id));
        assert_eq!(encode_id([0; 16]), "y".repeat(26));
        assert!(!is_valid_id("short"));
        assert!(!is_valid_id("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
    }
}
