use std::collections::BTreeMap;

use serde::Serialize;

use crate::{ChannelId, UserId};

/// A string map, as Mattermost's `StringMap` (user `props`, `notify_props`, `timezone`).
pub type StringMap = BTreeMap<String, String>;

crate::object! {
/// A user (`model.User`). Profiles of other users come sanitized: no e-mail address unless
/// the server shows it, no notification settings.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct User {
    /// The user's id.
    pub id: UserId,
    /// Creation time, ms.
    pub create_at: i64,
    /// Last update time, ms.
    pub update_at: i64,
    /// Deactivation time, ms; 0 while active.
    pub delete_at: i64,
    /// The unique handle, lowercase.
    pub username: String,
    /// `""` for password accounts.
    pub auth_service: String,
    /// E-mail address; empty in sanitized profiles.
    pub email: String,
    /// Whether the address was verified.
    pub email_verified: bool,
    /// Nickname.
    pub nickname: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Position or job title.
    pub position: String,
    /// Space-separated roles, such as `"system_user system_admin"`.
    pub roles: String,
    /// Free-form properties.
    pub props: StringMap,
    /// Notification settings (`desktop`, `email`, `push`, `mention_keys`, `channel`, …).
    pub notify_props: StringMap,
    /// Last password change, ms.
    pub last_password_update: i64,
    /// Last profile picture change, ms: the cache key of the profile image.
    pub last_picture_update: i64,
    /// Failed log-in attempts since the last success.
    pub failed_attempts: i64,
    /// The interface language, a BCP 47 tag such as `en` or `pt-BR`.
    pub locale: String,
    /// `useAutomaticTimezone`, `automaticTimezone`, `manualTimezone`.
    pub timezone: StringMap,
    /// Whether two-factor authentication is on.
    pub mfa_active: bool,
    /// Last activity, ms.
    pub last_activity_at: i64,
    /// Whether the account is a bot.
    pub is_bot: bool,
}
}

impl User {
    /// Whether the user holds the `system_admin` role.
    pub fn is_system_admin(&self) -> bool {
        self.roles.split_whitespace().any(|r| r == "system_admin")
    }

    /// The name to show: nickname, then full name, then username.
    pub fn display_name(&self) -> String {
        if !self.nickname.trim().is_empty() {
            return self.nickname.clone();
        }
        let full = format!("{} {}", self.first_name.trim(), self.last_name.trim());
        if full.trim().is_empty() {
            self.username.clone()
        } else {
            full.trim().to_owned()
        }
    }
}

crate::object! {
/// `POST /api/v4/users`: a new account.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CreateUser {
    // Like the log-in body, optional fields may come as `null`.
    /// E-mail address.
    pub email: String,
    /// Wanted username.
    pub username: String,
    /// Password in clear; hashed by the server.
    pub password: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// Nickname.
    pub nickname: String,
    /// Interface language.
    pub locale: String,
}
}

crate::object! {
/// `POST /api/v4/users/login`. Clients send `null` for fields they do not use (the Python
/// driver sends `"token": null`); Mattermost reads the body as a string map and accepts it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LoginRequest {
    /// Username or e-mail address.
    pub login_id: String,
    /// Password.
    pub password: String,
    /// A TOTP code, for accounts with two-factor authentication.
    pub token: String,
    /// A device id for push notifications.
    pub device_id: String,
}
}

crate::object! {
/// `PUT /api/v4/users/{user_id}/patch`: only the fields present change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct UserPatch {
    /// New username.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// New nickname.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// New first name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// New last name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// New position.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// New e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// New interface language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// New properties.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub props: Option<StringMap>,
    /// New notification settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_props: Option<StringMap>,
    /// New time zone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<StringMap>,
    /// The account's current password: needed to change its e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}
}

crate::object! {
/// `POST /api/v4/users/search`: who to look for (Matterbridge and the System Console).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct UserSearch {
    /// The start of a username, first or last name, nickname (or, for admins, e-mail).
    pub term: String,
    /// Only members of this team.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub team_id: String,
    /// Only members of this channel.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub in_channel_id: String,
    /// Deactivated accounts too (system admins only).
    pub allow_inactive: bool,
    /// At most this many (1 to 100; 100 if 0).
    pub limit: u32,
}
}

crate::object! {
/// `GET /api/v4/users/autocomplete`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct UserAutocomplete {
    /// Matching users (in the channel, when one was given).
    pub users: Vec<User>,
    /// Matching users of the team who are not in the channel.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub out_of_channel: Option<Vec<User>>,
}
}

crate::object! {
/// A user's presence (`model.Status`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Status {
    /// Whose status.
    pub user_id: UserId,
    /// `online`, `away`, `dnd` or `offline`.
    pub status: String,
    /// Whether the user set it by hand.
    pub manual: bool,
    /// Last activity, ms.
    pub last_activity_at: i64,
    /// The channel the user has open, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_channel: Option<ChannelId>,
    /// When do-not-disturb ends, in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dnd_end_time: Option<i64>,
}
}

crate::object! {
/// A user preference (`model.Preference`); every field is a string.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Preference {
    /// Whose preference.
    pub user_id: UserId,
    /// Category, such as `display_settings` or `direct_channel_show`.
    pub category: String,
    /// Name within the category.
    pub name: String,
    /// Value.
    pub value: String,
}
}
