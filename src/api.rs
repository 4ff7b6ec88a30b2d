//! Typed calls to the Mattermost API v4 over `fetch`: every endpoint the app uses is a method
//! here (or of `actions::Server`, which `Api` implements), and no API path is written anywhere
//! else.
//!
//! On the same origin the session is the HttpOnly cookie, sent with `X-Requested-With` and
//! the CSRF header. Against another server (the "server URL" option) it is a Bearer token.

use gloo_net::http::{Request, RequestBuilder};
use mm_api::{
    ApiError, Channel, ChannelId, ChannelMember, ChannelStats, CreateChannel, CreatePost,
    CreateUser, Emoji, Post, PostId, PostList, PostPatch, Reaction, Status, StringMap, Team,
    TeamId, TeamInviteInfo, User, UserAutocomplete, UserId, UserPatch,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::json;

pub use crate::actions::{ApiResult, ClientError};

mm_api::object! {
/// What the app reads of a command's answer (the rest comes over the socket).
#[derive(Default)]
pub struct Goto {
    pub goto_location: String,
}
}

mm_api::object! {
/// What the composer's list shows of a slash command.
#[derive(Clone, Default)]
pub struct CommandHint {
    /// Empty for built-in commands.
    pub id: String,
    pub trigger: String,
    pub auto_complete_hint: String,
    pub auto_complete_desc: String,
}
}

/// Where the server is and how to authenticate.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Api {
    /// `""` for the same origin, else `https://chat.example.org`.
    pub base: String,
    /// A Bearer token for another origin.
    pub token: Option<String>,
}

fn cookie(name: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let doc = leptos::prelude::document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()?;
    let all = doc.cookie().ok()?;
    all.split(';')
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

impl Api {
    /// The URL of an API path.
    pub fn url(&self, path: &str) -> String {
        format!("{}/api/v4{path}", self.base)
    }

    /// The WebSocket URL.
    pub fn ws_url(&self) -> String {
        let base = if self.base.is_empty() {
            let loc = leptos::prelude::window().location();
            format!(
                "{}//{}",
                loc.protocol().unwrap_or_default(),
                loc.host().unwrap_or_default()
            )
        } else {
            self.base.clone()
        };
        format!("{}/api/v4/websocket", base.replacen("http", "ws", 1))
    }

    fn prepare(&self, req: RequestBuilder, write: bool) -> RequestBuilder {
        let mut req = req.header("X-Requested-With", "XMLHttpRequest");
        if let Some(t) = &self.token {
            req = req.header("Authorization", &format!("Bearer {t}"));
        } else if write && let Some(csrf) = cookie("MMCSRF") {
            req = req.header("X-CSRF-Token", &csrf);
        }
        req
    }

    /// Sends a request; a non-2xx answer becomes the server's error body.
    async fn respond(
        &self,
        req: Result<Request, gloo_net::Error>,
    ) -> ApiResult<gloo_net::http::Response> {
        let req = req.map_err(|e| ClientError::Network(e.to_string()))?;
        let res = req
            .send()
            .await
            .map_err(|e| ClientError::Network(e.to_string()))?;
        if res.ok() {
            return Ok(res);
        }
        let status = res.status();
        let mut err: ApiError =
            serde_json::from_str(&res.text().await.unwrap_or_default()).unwrap_or_default();
        err.status_code = status;
        Err(ClientError::Api(err))
    }

    /// Sends a request and reads the answer's text. Boxed, so that the generic calls below
    /// share one copy of it instead of each inlining a whole request.
    fn text(
        &self,
        req: Result<Request, gloo_net::Error>,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ApiResult<String>> + '_>> {
        Box::pin(async move {
            self.respond(req)
                .await?
                .text()
                .await
                .map_err(|e| ClientError::Network(e.to_string()))
        })
    }

    async fn send<T: DeserializeOwned>(
        &self,
        req: Result<Request, gloo_net::Error>,
    ) -> ApiResult<T> {
        let text = self.text(req).await?;
        serde_json::from_str(if text.is_empty() { "null" } else { &text })
            .map_err(|e| ClientError::Decode(e.to_string()))
    }

    /// GET.
    async fn get<T: DeserializeOwned>(&self, path: &str) -> ApiResult<T> {
        self.send(self.prepare(Request::get(&self.url(path)), false).build())
            .await
    }

    /// POST with a JSON body.
    async fn post<T: DeserializeOwned>(&self, path: &str, body: &impl Serialize) -> ApiResult<T> {
        self.send(
            self.prepare(Request::post(&self.url(path)), true)
                .json(body),
        )
        .await
    }

    /// PUT with a JSON body.
    async fn put<T: DeserializeOwned>(&self, path: &str, body: &impl Serialize) -> ApiResult<T> {
        self.send(self.prepare(Request::put(&self.url(path)), true).json(body))
            .await
    }

    /// POST a multipart form (a picture, an emoji).
    async fn post_form<T: DeserializeOwned>(
        &self,
        path: &str,
        form: web_sys::FormData,
    ) -> ApiResult<T> {
        self.send(
            self.prepare(Request::post(&self.url(path)), true)
                .body(form),
        )
        .await
    }

    /// DELETE.
    async fn delete<T: DeserializeOwned>(&self, path: &str) -> ApiResult<T> {
        self.send(self.prepare(Request::delete(&self.url(path)), true).build())
            .await
    }

    /// `POST /users/login` (with a two-factor `code` if the account needs one): the user,
    /// and the token when the server is another origin.
    pub async fn login(
        &self,
        login_id: &str,
        password: &str,
        code: &str,
    ) -> ApiResult<(User, Option<String>)> {
        let body = json!({ "login_id": login_id, "password": password, "token": code });
        let req = self
            .prepare(Request::post(&self.url("/users/login")), true)
            .json(&body);
        let res = self.respond(req).await?;
        let token = res.headers().get("Token");
        let text = res
            .text()
            .await
            .map_err(|e| ClientError::Network(e.to_string()))?;
        let user = serde_json::from_str(&text).map_err(|e| ClientError::Decode(e.to_string()))?;
        Ok((user, token))
    }

    /// `GET /users/me`.
    pub async fn me(&self) -> ApiResult<User> {
        self.get("/users/me").await
    }

    /// `GET /users/me/teams`.
    pub async fn my_teams(&self) -> ApiResult<Vec<Team>> {
        self.get("/users/me/teams").await
    }

    /// Autocomplete for @mentions.
    pub async fn autocomplete(
        &self,
        team: &TeamId,
        channel: Option<&ChannelId>,
        name: &str,
    ) -> ApiResult<UserAutocomplete> {
        let channel = channel
            .map(|c| format!("&in_channel={c}"))
            .unwrap_or_default();
        self.get(&format!(
            "/users/autocomplete?in_team={team}{channel}&name={}",
            encode(name)
        ))
        .await
    }

    /// `GET /teams/{team}/commands/autocomplete`: the slash commands the composer offers.
    pub async fn commands(&self, team: &TeamId) -> ApiResult<Vec<CommandHint>> {
        self.get(&format!("/teams/{team}/commands/autocomplete"))
            .await
    }

    /// `POST /users/logout`.
    pub async fn logout(&self) -> ApiResult<()> {
        self.post::<serde_json::Value>("/users/logout", &json!({}))
            .await
            .map(drop)
    }

    /// `POST /users[?iid=|?t=]`: signs up, with a team's invite id or an e-mail invitation's token.
    pub async fn create_user(
        &self,
        user: &CreateUser,
        invite: &str,
        token: &str,
    ) -> ApiResult<User> {
        let query = if !token.is_empty() {
            format!("?t={}", encode(token))
        } else if !invite.is_empty() {
            format!("?iid={}", encode(invite))
        } else {
            String::new()
        };
        self.post(&format!("/users{query}"), user).await
    }

    /// `GET /users/username/{name}`.
    pub async fn user_by_username(&self, name: &str) -> ApiResult<User> {
        self.get(&format!("/users/username/{}", encode(name))).await
    }

    /// `POST /users/me/image`: a new profile picture (a form with `image`).
    pub async fn set_my_picture(&self, form: web_sys::FormData) -> ApiResult<()> {
        self.post_form::<serde_json::Value>("/users/me/image", form)
            .await
            .map(drop)
    }

    /// `DELETE /users/me/image`: back to the default picture.
    pub async fn delete_my_picture(&self) -> ApiResult<()> {
        self.delete::<serde_json::Value>("/users/me/image")
            .await
            .map(drop)
    }

    /// `GET /posts/{id}`.
    pub async fn post_by_id(&self, id: &PostId) -> ApiResult<Post> {
        self.get(&format!("/posts/{id}")).await
    }

    /// `GET /config/client?format=old`.
    pub async fn client_config(&self) -> ApiResult<StringMap> {
        self.get("/config/client?format=old").await
    }

    /// `GET /emoji`: a page of the custom emoji, by name.
    pub async fn custom_emoji_page(&self, page: u32, per_page: u32) -> ApiResult<Vec<Emoji>> {
        self.get(&format!("/emoji?page={page}&per_page={per_page}&sort=name"))
            .await
    }

    /// `POST /emoji`: a new custom emoji (a form with `image` and `emoji`).
    pub async fn add_custom_emoji(&self, form: web_sys::FormData) -> ApiResult<Emoji> {
        self.post_form("/emoji", form).await
    }

    /// `DELETE /emoji/{id}`.
    pub async fn delete_custom_emoji(&self, id: &str) -> ApiResult<Emoji> {
        self.delete(&format!("/emoji/{}", encode(id))).await
    }

    /// `POST /notifications/push_subscriptions`: this browser's Web Push subscription.
    pub async fn push_subscribe(&self, subscription: &serde_json::Value) -> ApiResult<()> {
        self.post::<serde_json::Value>("/notifications/push_subscriptions", subscription)
            .await
            .map(drop)
    }

    /// `DELETE /notifications/push_subscriptions?endpoint=`.
    pub async fn push_unsubscribe(&self, endpoint: &str) -> ApiResult<()> {
        let path = format!(
            "/notifications/push_subscriptions?endpoint={}",
            encode(endpoint)
        );
        self.delete::<serde_json::Value>(&path).await.map(drop)
    }

    /// A channel's member count.
    pub async fn channel_stats(&self, channel: &str) -> ApiResult<ChannelStats> {
        self.get(&format!("/channels/{channel}/stats")).await
    }

    /// What an invite is for.
    pub async fn invite_info(&self, invite: &str) -> ApiResult<TeamInviteInfo> {
        self.get(&format!("/teams/invite/{}", encode(invite))).await
    }
}

impl crate::actions::Server for Api {
    async fn trust(&self, call: &crate::actions::trust::Call) -> ApiResult<serde_json::Value> {
        let (method, path, body) = call.request();
        match (method, body) {
            ("GET", _) => self.get(&path).await,
            ("DELETE", _) => self.delete(&path).await,
            ("PUT", Some(b)) => self.put(&path, &b).await,
            (_, b) => self.post(&path, &b.unwrap_or_default()).await,
        }
    }
    async fn execute_command(&self, args: &mm_api::CommandArgs) -> ApiResult<String> {
        let answer: Goto = self.post("/commands/execute", args).await?;
        Ok(answer.goto_location)
    }
    async fn integrations(
        &self,
        call: &crate::actions::integrations::Call,
    ) -> ApiResult<serde_json::Value> {
        use crate::actions::integrations::{Call, Kind};
        let base = |k: Kind| match k {
            Kind::Incoming => "/hooks/incoming",
            Kind::Outgoing => "/hooks/outgoing",
            Kind::Command => "/commands",
            Kind::Bot => "/bots",
            Kind::Token => "/users/tokens",
        };
        match call {
            Call::List(Kind::Token, _, me) => self.get(&format!("/users/{me}/tokens")).await,
            Call::List(Kind::Command, team, _) => {
                self.get(&format!("/commands?team_id={team}&custom_only=true"))
                    .await
            }
            Call::List(Kind::Bot, ..) => self.get("/bots?include_deleted=true&per_page=200").await,
            Call::List(k, team, _) => {
                self.get(&format!("{}?team_id={team}&per_page=200", base(*k)))
                    .await
            }
            Call::Create(k, item) => self.post(base(*k), item).await,
            Call::Update(k, id, item) => self.put(&format!("{}/{id}", base(*k)), item).await,
            Call::Remove(Kind::Token, id) => {
                self.post("/users/tokens/revoke", &json!({ "token_id": id }))
                    .await
            }
            Call::Remove(Kind::Bot, id) => {
                self.post(&format!("/bots/{id}/disable"), &json!({})).await
            }
            Call::Remove(k, id) => self.delete(&format!("{}/{id}", base(*k))).await,
            Call::Enable(k, id) => {
                self.post(&format!("{}/{id}/enable", base(*k)), &json!({}))
                    .await
            }
            Call::CreateToken(user, description) => {
                self.post(
                    &format!("/users/{user}/tokens"),
                    &json!({ "description": description }),
                )
                .await
            }
            Call::AddToTeam(team, user) => {
                self.post(
                    &format!("/teams/{team}/members"),
                    &json!({ "team_id": team, "user_id": user }),
                )
                .await
            }
        }
    }
    async fn create_post(&self, post: &CreatePost) -> ApiResult<Post> {
        self.post("/posts", post).await
    }
    async fn patch_post(&self, id: &PostId, patch: &PostPatch) -> ApiResult<Post> {
        self.put(&format!("/posts/{id}/patch"), patch).await
    }
    async fn delete_post(&self, id: &PostId) -> ApiResult<()> {
        self.delete::<serde_json::Value>(&format!("/posts/{id}"))
            .await
            .map(drop)
    }
    async fn add_reaction(&self, reaction: &Reaction) -> ApiResult<Reaction> {
        self.post("/reactions", reaction).await
    }
    async fn remove_reaction(&self, post: &PostId, emoji: &str) -> ApiResult<()> {
        let path = format!("/users/me/posts/{post}/reactions/{}", encode(emoji));
        self.delete::<serde_json::Value>(&path).await.map(drop)
    }
    async fn search_posts(&self, team: &TeamId, terms: &str, zone: i64) -> ApiResult<PostList> {
        let body = json!({ "terms": terms, "time_zone_offset": zone, "per_page": 100 });
        self.post(&format!("/teams/{team}/posts/search"), &body)
            .await
    }
    async fn users_by_ids(&self, ids: &[UserId]) -> ApiResult<Vec<User>> {
        self.post("/users/ids", &ids).await
    }
    async fn statuses(&self, ids: &[UserId]) -> ApiResult<Vec<Status>> {
        self.post("/users/status/ids", &ids).await
    }
    async fn my_channels(&self, team: &TeamId) -> ApiResult<(Vec<Channel>, Vec<ChannelMember>)> {
        let (channels, members) = (
            format!("/users/me/teams/{team}/channels"),
            format!("/users/me/teams/{team}/channels/members"),
        );
        let (channels, members) = futures::join!(self.get(&channels), self.get(&members));
        Ok((channels?, members?))
    }
    async fn posts(&self, channel: &ChannelId, before: Option<&PostId>) -> ApiResult<PostList> {
        let before = before.map(|b| format!("&before={b}")).unwrap_or_default();
        self.get(&format!("/channels/{channel}/posts?per_page=60{before}"))
            .await
    }
    async fn posts_since(&self, channel: &ChannelId, since: i64) -> ApiResult<PostList> {
        self.get(&format!("/channels/{channel}/posts?since={since}"))
            .await
    }
    async fn thread(&self, root: &PostId) -> ApiResult<PostList> {
        self.get(&format!("/posts/{root}/thread")).await
    }
    async fn channel_by_name(&self, team: &TeamId, name: &str) -> ApiResult<Channel> {
        self.get(&format!("/teams/{team}/channels/name/{}", encode(name)))
            .await
    }
    async fn join_channel(&self, channel: &ChannelId, me: &UserId) -> ApiResult<ChannelMember> {
        let body = json!({ "user_id": me });
        self.post(&format!("/channels/{channel}/members"), &body)
            .await
    }
    async fn my_member(&self, channel: &ChannelId) -> ApiResult<ChannelMember> {
        self.get(&format!("/channels/{channel}/members/me")).await
    }
    async fn leave_channel(&self, channel: &ChannelId, me: &UserId) -> ApiResult<()> {
        self.delete::<serde_json::Value>(&format!("/channels/{channel}/members/{me}"))
            .await
            .map(drop)
    }
    async fn create_channel(&self, body: &CreateChannel) -> ApiResult<Channel> {
        self.post("/channels", body).await
    }
    async fn direct_channel(&self, pair: &[UserId; 2]) -> ApiResult<Channel> {
        self.post("/channels/direct", pair).await
    }
    async fn group_channel(&self, people: &[UserId]) -> ApiResult<Channel> {
        self.post("/channels/group", &people).await
    }
    async fn team_channels(&self, team: &TeamId) -> ApiResult<Vec<Channel>> {
        self.get(&format!("/teams/{team}/channels?per_page=200"))
            .await
    }
    async fn channel(&self, id: &ChannelId) -> ApiResult<Channel> {
        self.get(&format!("/channels/{id}")).await
    }
    async fn view_channel(&self, id: &ChannelId) -> ApiResult<()> {
        let body = json!({ "channel_id": id });
        self.post::<serde_json::Value>("/channels/members/me/view", &body)
            .await
            .map(drop)
    }
    async fn patch_me(&self, patch: &UserPatch) -> ApiResult<User> {
        self.put("/users/me/patch", patch).await
    }
    async fn channel_moderations(&self, id: &ChannelId) -> ApiResult<serde_json::Value> {
        self.get(&format!("/channels/{id}/moderations")).await
    }
    async fn patch_channel_moderations(&self, id: &ChannelId, members: bool) -> ApiResult<()> {
        let patch = json!([{ "name": "use_channel_mentions", "roles": { "members": members } }]);
        self.put::<serde_json::Value>(&format!("/channels/{id}/moderations/patch"), &patch)
            .await
            .map(drop)
    }
    async fn set_channel_notify_props(&self, id: &ChannelId, props: &StringMap) -> ApiResult<()> {
        let path = format!("/channels/{id}/members/me/notify_props");
        self.put::<serde_json::Value>(&path, props).await.map(drop)
    }
}

/// Percent-encodes a query value.
pub fn encode(s: &str) -> String {
    js_sys::encode_uri_component(s).into()
}
