use serde::Serialize;

use crate::{TeamId, UserId};

crate::object! {
/// A team (`model.Team`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Team {
    /// The team's id.
    pub id: TeamId,
    /// Creation time, ms.
    pub create_at: i64,
    /// Last update time, ms.
    pub update_at: i64,
    /// Deletion time, ms; 0 while the team exists.
    pub delete_at: i64,
    /// The name people see.
    pub display_name: String,
    /// The URL handle.
    pub name: String,
    /// Description.
    pub description: String,
    /// Contact address.
    pub email: String,
    /// `"O"` open or `"I"` invite only.
    #[serde(rename = "type")]
    pub team_type: String => "type",
    /// Company name.
    pub company_name: String,
    /// E-mail domains allowed to join.
    pub allowed_domains: String,
    /// The secret of the team's invite link (`/signup_user_complete/?id=…`).
    pub invite_id: String,
    /// Whether anyone on the server may join.
    pub allow_open_invite: bool,
    /// Permission scheme, if any.
    pub scheme_id: Option<String>,
    /// Whether membership is managed by groups.
    pub group_constrained: Option<bool>,
}
}

crate::object! {
/// A user's membership of a team (`model.TeamMember`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TeamMember {
    /// The team.
    pub team_id: TeamId,
    /// The member.
    pub user_id: UserId,
    /// Space-separated roles, such as `"team_user team_admin"`.
    pub roles: String,
    /// When the user left, ms; 0 while a member.
    pub delete_at: i64,
    /// Whether the member is a guest.
    pub scheme_guest: bool,
    /// Whether the member is a regular user.
    pub scheme_user: bool,
    /// Whether the member administers the team.
    pub scheme_admin: bool,
    /// Roles not derived from the scheme.
    pub explicit_roles: String,
}
}

crate::object! {
/// Unread counts of a team (`GET /users/{id}/teams/unread`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TeamUnread {
    /// The team.
    pub team_id: TeamId,
    /// Unread messages over the team's channels.
    pub msg_count: i64,
    /// Mentions over the team's channels.
    pub mention_count: i64,
    /// Unread root posts.
    pub msg_count_root: i64,
    /// Mentions in root posts.
    pub mention_count_root: i64,
}
}

crate::object! {
/// `GET /api/v4/teams/invite/{invite_id}`: what an invitee may see before joining.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TeamInviteInfo {
    /// The team's id.
    pub id: TeamId,
    /// The URL handle.
    pub name: String,
    /// The name people see.
    pub display_name: String,
    /// Description.
    pub description: String,
}
}

crate::object! {
/// `POST /api/v4/teams`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CreateTeam {
    /// The URL handle.
    pub name: String,
    /// The name people see.
    pub display_name: String,
    /// `"O"` or `"I"`.
    #[serde(rename = "type")]
    pub team_type: String => "type",
}
}
