//! Mattermost API v4 types: ids, objects, requests, responses, WebSocket events and the
//! error body. No I/O; builds for native and wasm32.
//!
//! Fields follow the wire names of Mattermost's Go models. Every struct defaults missing
//! fields, so responses from older or newer Mattermost servers still parse, and every
//! string-typed enum keeps unknown values.
#![warn(missing_docs)]

mod channels;
mod error;
mod ids;
mod media;
mod posts;
mod teams;
mod users;
pub mod websocket;

pub use channels::*;
pub use error::ApiError;
pub use ids::*;
pub use media::*;
pub use posts::*;
pub use teams::*;
pub use users::*;

/// Mattermost's default and maximum page sizes (`per_page`).
pub const DEFAULT_PER_PAGE: u32 = 60;
/// The largest `per_page` the server honours; larger values are truncated.
pub const MAX_PER_PAGE: u32 = 200;
/// Longest message a post may carry, in characters (`model.PostMessageMaxRunesV2`).
pub const MAX_POST_CHARS: usize = 16_383;

/// `{"status":"OK"}`, the body of many endpoints that have nothing else to say.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StatusOk {
    /// Always `"OK"`.
    pub status: String,
}

impl StatusOk {
    /// The `{"status":"OK"}` body.
    pub fn ok() -> Self {
        Self {
            status: "OK".to_owned(),
        }
    }
}

/// Deserializes `null` as the type's default, for fields clients send as `null`.
pub fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + serde::Deserialize<'de>,
{
    use serde::Deserialize as _;
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    #[test]
    fn login_accepts_null_fields() {
        let r: crate::LoginRequest =
            serde_json::from_str(r#"{"login_id":"a","password":"p","token":null}"#).unwrap();
        assert_eq!(r.token, "");
    }
}
