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
mod integrations;
mod media;
mod posts;
mod teams;
mod trust;
mod users;
pub mod websocket;

pub use channels::*;
pub use error::ApiError;
pub use ids::*;
pub use integrations::*;
pub use media::*;
pub use posts::*;
pub use teams::*;
pub use trust::*;
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

/// Declares an API object: the struct as written, and a `Deserialize` that reads one JSON
/// object and takes each field from it. Missing fields keep their `Default` (so other
/// Mattermost versions' answers parse), unknown ones are ignored, `=> "key"` reads another
/// name (with the `#[serde(rename)]` that `Serialize` needs), and `null` reads as the
/// default, as Mattermost's Go clients send nil slices, maps and pointers. serde's derive would expand a whole visitor per struct: that was
/// a seventh of the web app's code, and this shares one map reader between all of them.
#[macro_export]
#[doc(hidden)]
macro_rules! object {
    (
        $(#[$sm:meta])*
        pub struct $name:ident {
            $( $(#[$fm:meta])* pub $f:ident : $t:ty $(=> $key:literal)? ),* $(,)?
        }
    ) => {
        $(#[$sm])*
        pub struct $name { $( $(#[$fm])* pub $f: $t, )* }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let mut obj = <$crate::Object as serde::Deserialize>::deserialize(d)?;
                let mut out = Self::default();
                $(
                    obj.take($crate::object!(@key $f $($key)?), &mut out.$f)
                    .map_err(<D::Error as serde::de::Error>::custom)?;
                )*
                Ok(out)
            }
        }
    };
    (@key $f:ident $key:literal) => { $key };
    (@key $f:ident) => { stringify!($f) };
}

/// A JSON object being read into an API struct (see [`object!`]).
#[doc(hidden)]
pub struct Object(serde_json::Map<String, serde_json::Value>);

impl<'de> serde::Deserialize<'de> for Object {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        serde_json::Map::deserialize(d).map(Object)
    }
}

impl Object {
    /// Reads `key` into `slot`, if present and not `null`.
    pub fn take<T: serde::de::DeserializeOwned>(
        &mut self,
        key: &str,
        slot: &mut T,
    ) -> Result<(), String> {
        match self.0.remove(key) {
            None | Some(serde_json::Value::Null) => Ok(()),
            Some(v) => {
                *slot = T::deserialize(v).map_err(|e| format!("{key}: {e}"))?;
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn login_accepts_null_fields() {
        let r: crate::LoginRequest =
            serde_json::from_str(r#"{"login_id":"a","password":"p","token":null}"#).unwrap();
        assert_eq!(r.token, "");
    }

    #[test]
    fn objects_read_renamed_nested_missing_and_unknown_fields() {
        let list: crate::PostList = serde_json::from_str(
            r#"{"order":["p1"],"posts":{"p1":{"id":"p1","type":"system_join","message":"hi",
                "metadata":{"reactions":[{"emoji_name":"tada"}]},"future_field":[1]}}}"#,
        )
        .unwrap();
        let post = &list.posts[&crate::PostId("p1".into())];
        assert_eq!(post.post_type, "system_join");
        assert_eq!(post.metadata.reactions[0].emoji_name, "tada");
        assert_eq!(post.create_at, 0);
        let channel: crate::Channel = serde_json::from_str(r#"{"type":"P"}"#).unwrap();
        assert_eq!(channel.channel_type, crate::ChannelType::Private);
        // What is serialized reads back the same.
        let json = serde_json::to_string(post).unwrap();
        assert_eq!(&serde_json::from_str::<crate::Post>(&json).unwrap(), post);
        // A wrong type is an error that names the field; so is a non-object.
        let err = serde_json::from_str::<crate::Channel>(r#"{"name":5}"#).unwrap_err();
        assert!(err.to_string().contains("name"), "{err}");
        assert!(serde_json::from_str::<crate::Channel>("[]").is_err());
        // `null` reads as the default, as Go's clients send nil maps, slices and pointers.
        let channel: crate::Channel =
            serde_json::from_str(r#"{"name":null,"props":null}"#).unwrap();
        assert_eq!(channel.name, "");
    }
}
