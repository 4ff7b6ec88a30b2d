//! Workflows: what the app does when someone acts (send, retry, edit or delete a post…),
//! over a [`Server`] that tests fake and a [`State`] holding the store. Components only
//! render and call these; a failure the reader should know about becomes the store's
//! `alert`, which the chat shows.

pub mod channels;
pub mod effects;
pub mod integrations;
pub mod posts;
pub mod reactions;
pub mod search;
pub mod settings;
pub mod trust;

use mm_api::{
    ApiError, Channel, ChannelId, ChannelMember, CreateChannel, CreatePost, Post, PostId, PostList,
    PostPatch, Reaction, Status, StringMap, TeamId, User, UserId, UserPatch,
};

use crate::state::{Changed, Part, Store};

/// Why a call failed.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientError {
    /// The server could not be reached.
    Network(String),
    /// The server answered with an error body.
    Api(ApiError),
    /// The answer was not what the API promises.
    Decode(String),
}

impl ClientError {
    /// A message for people.
    pub fn message(&self) -> String {
        match self {
            Self::Api(e) => e.message.clone(),
            Self::Network(m) | Self::Decode(m) => m.clone(),
        }
    }
}

/// Result of API calls.
pub type ApiResult<T> = Result<T, ClientError>;

/// The API calls workflows make, typed with mm-api's requests and answers. `api::Api` is the
/// real one, over `fetch`; tests have a fake.
// The app is single-threaded (wasm): its futures are never sent to another thread.
#[allow(async_fn_in_trait)]
pub trait Server {
    /// `POST /posts`.
    async fn create_post(&self, post: &CreatePost) -> ApiResult<Post>;
    /// `PUT /posts/{id}/patch`.
    async fn patch_post(&self, id: &PostId, patch: &PostPatch) -> ApiResult<Post>;
    /// `DELETE /posts/{id}`.
    async fn delete_post(&self, id: &PostId) -> ApiResult<()>;
    /// `POST /reactions`.
    async fn add_reaction(&self, reaction: &Reaction) -> ApiResult<Reaction>;
    /// `DELETE /users/me/posts/{post}/reactions/{emoji}`.
    async fn remove_reaction(&self, post: &PostId, emoji: &str) -> ApiResult<()>;
    /// `POST /teams/{team}/posts/search`, with dates in the searcher's zone (seconds east of
    /// UTC).
    async fn search_posts(&self, team: &TeamId, terms: &str, zone: i64) -> ApiResult<PostList>;
    /// `POST /users/ids`.
    async fn users_by_ids(&self, ids: &[UserId]) -> ApiResult<Vec<User>>;
    /// `POST /users/status/ids`.
    async fn statuses(&self, ids: &[UserId]) -> ApiResult<Vec<Status>>;
    /// `GET /users/me/teams/{team}/channels` and `…/channels/members`.
    async fn my_channels(&self, team: &TeamId) -> ApiResult<(Vec<Channel>, Vec<ChannelMember>)>;
    /// `GET /channels/{id}/posts`: the newest page, or the page before a post.
    async fn posts(&self, channel: &ChannelId, before: Option<&PostId>) -> ApiResult<PostList>;
    /// `GET /channels/{id}/posts?since=`: everything changed since a time.
    async fn posts_since(&self, channel: &ChannelId, since: i64) -> ApiResult<PostList>;
    /// `GET /posts/{id}/thread`.
    async fn thread(&self, root: &PostId) -> ApiResult<PostList>;
    /// `GET /teams/{team}/channels/name/{name}`.
    async fn channel_by_name(&self, team: &TeamId, name: &str) -> ApiResult<Channel>;
    /// `POST /channels/{id}/members`: joins a public channel.
    async fn join_channel(&self, channel: &ChannelId, me: &UserId) -> ApiResult<ChannelMember>;
    /// `GET /channels/{id}/members/me`.
    async fn my_member(&self, channel: &ChannelId) -> ApiResult<ChannelMember>;
    /// `DELETE /channels/{id}/members/{user}`.
    async fn leave_channel(&self, channel: &ChannelId, me: &UserId) -> ApiResult<()>;
    /// `POST /channels`.
    async fn create_channel(&self, body: &CreateChannel) -> ApiResult<Channel>;
    /// `POST /channels/direct`.
    async fn direct_channel(&self, pair: &[UserId; 2]) -> ApiResult<Channel>;
    /// `POST /channels/group`.
    async fn group_channel(&self, people: &[UserId]) -> ApiResult<Channel>;
    /// `GET /teams/{team}/channels`: the team's public channels.
    async fn team_channels(&self, team: &TeamId) -> ApiResult<Vec<Channel>>;
    /// `GET /channels/{id}`.
    async fn channel(&self, id: &ChannelId) -> ApiResult<Channel>;
    /// `POST /channels/members/me/view`: marks a channel read.
    async fn view_channel(&self, id: &ChannelId) -> ApiResult<()>;
    /// `PUT /users/me/patch`.
    async fn patch_me(&self, patch: &UserPatch) -> ApiResult<User>;
    /// `GET /channels/{id}/moderations`.
    async fn channel_moderations(&self, id: &ChannelId) -> ApiResult<serde_json::Value>;
    /// `PUT /channels/{id}/moderations/patch`: whether members may use `@channel`.
    async fn patch_channel_moderations(&self, id: &ChannelId, members: bool) -> ApiResult<()>;
    /// `PUT /channels/{id}/members/me/notify_props`.
    async fn set_channel_notify_props(&self, id: &ChannelId, props: &StringMap) -> ApiResult<()>;
    /// `POST /commands/execute`: a slash command; where its answer says to go.
    async fn execute_command(&self, args: &mm_api::CommandArgs) -> ApiResult<String>;
    /// The Integrations dialog's calls (hooks, commands, bots, tokens).
    async fn integrations(&self, call: &integrations::Call) -> ApiResult<serde_json::Value>;
    /// A trust call: two-factor log-in, the code of conduct, sessions.
    async fn trust(&self, call: &trust::Call) -> ApiResult<serde_json::Value>;
}

impl<T: Server> Server for &T {
    async fn execute_command(&self, args: &mm_api::CommandArgs) -> ApiResult<String> {
        (**self).execute_command(args).await
    }
    async fn integrations(&self, call: &integrations::Call) -> ApiResult<serde_json::Value> {
        (**self).integrations(call).await
    }
    async fn trust(&self, call: &trust::Call) -> ApiResult<serde_json::Value> {
        (**self).trust(call).await
    }
    async fn create_post(&self, post: &CreatePost) -> ApiResult<Post> {
        (**self).create_post(post).await
    }
    async fn patch_post(&self, id: &PostId, patch: &PostPatch) -> ApiResult<Post> {
        (**self).patch_post(id, patch).await
    }
    async fn delete_post(&self, id: &PostId) -> ApiResult<()> {
        (**self).delete_post(id).await
    }
    async fn add_reaction(&self, reaction: &Reaction) -> ApiResult<Reaction> {
        (**self).add_reaction(reaction).await
    }
    async fn remove_reaction(&self, post: &PostId, emoji: &str) -> ApiResult<()> {
        (**self).remove_reaction(post, emoji).await
    }
    async fn search_posts(&self, team: &TeamId, terms: &str, zone: i64) -> ApiResult<PostList> {
        (**self).search_posts(team, terms, zone).await
    }
    async fn users_by_ids(&self, ids: &[UserId]) -> ApiResult<Vec<User>> {
        (**self).users_by_ids(ids).await
    }
    async fn statuses(&self, ids: &[UserId]) -> ApiResult<Vec<Status>> {
        (**self).statuses(ids).await
    }
    async fn my_channels(&self, team: &TeamId) -> ApiResult<(Vec<Channel>, Vec<ChannelMember>)> {
        (**self).my_channels(team).await
    }
    async fn posts(&self, channel: &ChannelId, before: Option<&PostId>) -> ApiResult<PostList> {
        (**self).posts(channel, before).await
    }
    async fn posts_since(&self, channel: &ChannelId, since: i64) -> ApiResult<PostList> {
        (**self).posts_since(channel, since).await
    }
    async fn thread(&self, root: &PostId) -> ApiResult<PostList> {
        (**self).thread(root).await
    }
    async fn channel_by_name(&self, team: &TeamId, name: &str) -> ApiResult<Channel> {
        (**self).channel_by_name(team, name).await
    }
    async fn join_channel(&self, channel: &ChannelId, me: &UserId) -> ApiResult<ChannelMember> {
        (**self).join_channel(channel, me).await
    }
    async fn my_member(&self, channel: &ChannelId) -> ApiResult<ChannelMember> {
        (**self).my_member(channel).await
    }
    async fn leave_channel(&self, channel: &ChannelId, me: &UserId) -> ApiResult<()> {
        (**self).leave_channel(channel, me).await
    }
    async fn create_channel(&self, body: &CreateChannel) -> ApiResult<Channel> {
        (**self).create_channel(body).await
    }
    async fn direct_channel(&self, pair: &[UserId; 2]) -> ApiResult<Channel> {
        (**self).direct_channel(pair).await
    }
    async fn group_channel(&self, people: &[UserId]) -> ApiResult<Channel> {
        (**self).group_channel(people).await
    }
    async fn team_channels(&self, team: &TeamId) -> ApiResult<Vec<Channel>> {
        (**self).team_channels(team).await
    }
    async fn channel(&self, id: &ChannelId) -> ApiResult<Channel> {
        (**self).channel(id).await
    }
    async fn view_channel(&self, id: &ChannelId) -> ApiResult<()> {
        (**self).view_channel(id).await
    }
    async fn patch_me(&self, patch: &UserPatch) -> ApiResult<User> {
        (**self).patch_me(patch).await
    }
    async fn channel_moderations(&self, id: &ChannelId) -> ApiResult<serde_json::Value> {
        (**self).channel_moderations(id).await
    }
    async fn patch_channel_moderations(&self, id: &ChannelId, members: bool) -> ApiResult<()> {
        (**self).patch_channel_moderations(id, members).await
    }
    async fn set_channel_notify_props(&self, id: &ChannelId, props: &StringMap) -> ApiResult<()> {
        (**self).set_channel_notify_props(id, props).await
    }
}

/// The client state workflows read and change: `shared::Shared` in the app, a cell in
/// tests. Every change names what it touched, so that only those readers run again.
pub trait State {
    /// Reads the store.
    fn read<R>(&self, f: impl FnOnce(&Store) -> R) -> R;
    /// Changes the store; `changed` says which parts and posts (see `state::Changed`).
    fn change(&self, changed: Changed, f: impl FnOnce(&mut Store));
}

/// In tests, every change is checked against what it declared.
impl State for std::cell::RefCell<Store> {
    fn read<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        f(&self.borrow())
    }
    fn change(&self, changed: Changed, f: impl FnOnce(&mut Store)) {
        let mut store = self.borrow_mut();
        #[cfg(test)]
        let before = store.snapshot();
        f(&mut store);
        #[cfg(test)]
        before.assert_covered(&store.snapshot(), &changed);
        let _ = changed;
    }
}

impl<T: State> State for &T {
    fn read<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        (**self).read(f)
    }
    fn change(&self, changed: Changed, f: impl FnOnce(&mut Store)) {
        (**self).change(changed, f);
    }
}

/// Loads the authors of `list` that the store does not know yet.
async fn fetch_authors(server: &impl Server, state: &impl State, list: &PostList) {
    let ids = list.posts.values().map(|p| p.user_id.clone()).collect();
    fetch_users(server, state, ids).await;
}

/// Loads the profiles of `ids` that the store does not know yet.
pub async fn fetch_users(server: impl Server, state: impl State, mut ids: Vec<UserId>) {
    state.read(|s| ids.retain(|u| !s.users.has(u)));
    ids.sort();
    ids.dedup();
    if ids.is_empty() {
        return;
    }
    if let Ok(users) = server.users_by_ids(&ids).await {
        state.change(Changed::of(&[Part::Users]), |s| s.users.upsert_all(users));
    }
}

/// Shows a failure to the reader (the chat's alert banner).
pub fn alert(state: &impl State, e: &ClientError) {
    let message = e.message();
    state.change(Changed::of(&[Part::View]), |s| s.alert = Some(message));
}

#[cfg(test)]
pub(crate) mod fake {
    //! A scripted server for the workflows' tests.

    use std::cell::RefCell;
    use std::future::Future;
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    use mm_api::{
        ApiError, Channel, ChannelId, ChannelMember, CreateChannel, CreatePost, Post, PostId,
        PostList, PostPatch, Reaction, Status, StringMap, TeamId, User, UserId, UserPatch,
    };

    use super::{ApiResult, ClientError};

    /// Answers calls from a script, and records them.
    #[derive(Default)]
    pub struct FakeServer {
        /// The calls made, as `METHOD path [detail]`.
        pub calls: RefCell<Vec<String>>,
        /// The next answers, in order: a JSON answer, or an error status and message.
        pub answers: RefCell<Vec<Result<serde_json::Value, (u16, &'static str)>>>,
    }

    impl FakeServer {
        /// Queues an answer.
        pub fn answer_with(&self, answer: impl serde::Serialize) {
            let value = serde_json::to_value(answer).unwrap_or_default();
            self.answers.borrow_mut().push(Ok(value));
        }

        /// Queues a refusal.
        pub fn refuse(&self, status: u16, message: &'static str) {
            self.answers.borrow_mut().push(Err((status, message)));
        }

        fn answer<T: serde::de::DeserializeOwned>(&self, call: String) -> ApiResult<T> {
            self.calls.borrow_mut().push(call);
            let next = self.answers.borrow_mut().remove(0);
            match next {
                Ok(v) => serde_json::from_value(v).map_err(|e| ClientError::Decode(e.to_string())),
                Err((status_code, message)) => Err(ClientError::Api(ApiError {
                    status_code,
                    message: message.into(),
                    ..ApiError::default()
                })),
            }
        }
    }

    impl super::Server for FakeServer {
        async fn execute_command(&self, args: &mm_api::CommandArgs) -> ApiResult<String> {
            self.answer(format!("POST /commands/execute {}", args.command))
        }
        async fn integrations(
            &self,
            call: &super::integrations::Call,
        ) -> ApiResult<serde_json::Value> {
            use super::integrations::Call;
            let what = match call {
                Call::List(k, t, _) => format!("List({k:?}) {t}"),
                Call::Create(k, v) => {
                    format!(
                        "Create({k:?}) {}",
                        k.name_of(v).trim_start_matches(['@', '/'])
                    )
                }
                Call::Update(k, id, _) => format!("Update({k:?}) {id}"),
                Call::Remove(k, id) => format!("Remove({k:?}) {id}"),
                Call::Enable(k, id) => format!("Enable({k:?}) {id}"),
                Call::CreateToken(u, d) => format!("CreateToken {u} {d}"),
                Call::AddToTeam(t, u) => format!("AddToTeam {t} {u}"),
            };
            self.answer(format!("integrations {what}"))
        }
        async fn trust(&self, call: &super::trust::Call) -> ApiResult<serde_json::Value> {
            self.answer(format!("trust {call:?}"))
        }
        async fn create_post(&self, post: &CreatePost) -> ApiResult<Post> {
            self.answer(format!("POST /posts {}", post.pending_post_id))
        }
        async fn patch_post(&self, id: &PostId, patch: &PostPatch) -> ApiResult<Post> {
            let message = patch.message.clone().unwrap_or_default();
            self.answer(format!("PUT /posts/{id}/patch {message}"))
        }
        async fn delete_post(&self, id: &PostId) -> ApiResult<()> {
            self.answer::<serde_json::Value>(format!("DELETE /posts/{id}"))
                .map(drop)
        }
        async fn leave_channel(&self, channel: &ChannelId, me: &UserId) -> ApiResult<()> {
            self.answer::<serde_json::Value>(format!("DELETE /channels/{channel}/members/{me}"))
                .map(drop)
        }
        async fn add_reaction(&self, r: &Reaction) -> ApiResult<Reaction> {
            self.answer(format!("POST /reactions {} {}", r.post_id, r.emoji_name))
        }
        async fn remove_reaction(&self, post: &PostId, emoji: &str) -> ApiResult<()> {
            self.answer::<serde_json::Value>(format!(
                "DELETE /users/me/posts/{post}/reactions/{emoji}"
            ))
            .map(drop)
        }
        async fn search_posts(&self, team: &TeamId, terms: &str, zone: i64) -> ApiResult<PostList> {
            self.answer(format!("POST /teams/{team}/posts/search {terms} {zone}"))
        }
        async fn users_by_ids(&self, ids: &[UserId]) -> ApiResult<Vec<User>> {
            self.answer(format!("POST /users/ids {}", join(ids)))
        }
        async fn statuses(&self, ids: &[UserId]) -> ApiResult<Vec<Status>> {
            self.answer(format!("POST /users/status/ids {}", join(ids)))
        }
        async fn my_channels(
            &self,
            team: &TeamId,
        ) -> ApiResult<(Vec<Channel>, Vec<ChannelMember>)> {
            let channels = self.answer(format!("GET /users/me/teams/{team}/channels(+members)"))?;
            let next = self.answers.borrow_mut().remove(0);
            let members = next
                .ok()
                .and_then(|v| serde_json::from_value(v).ok())
                .unwrap_or_default();
            Ok((channels, members))
        }
        async fn posts(&self, channel: &ChannelId, before: Option<&PostId>) -> ApiResult<PostList> {
            let query = before.map(|b| format!("?before={b}")).unwrap_or_default();
            self.answer(format!("GET /channels/{channel}/posts{query}"))
        }
        async fn posts_since(&self, channel: &ChannelId, since: i64) -> ApiResult<PostList> {
            self.answer(format!("GET /channels/{channel}/posts?since={since}"))
        }
        async fn thread(&self, root: &PostId) -> ApiResult<PostList> {
            self.answer(format!("GET /posts/{root}/thread"))
        }
        async fn channel_by_name(&self, team: &TeamId, name: &str) -> ApiResult<Channel> {
            self.answer(format!("GET /teams/{team}/channels/name/{name}"))
        }
        async fn join_channel(&self, channel: &ChannelId, me: &UserId) -> ApiResult<ChannelMember> {
            self.answer(format!("POST /channels/{channel}/members {me}"))
        }
        async fn my_member(&self, channel: &ChannelId) -> ApiResult<ChannelMember> {
            self.answer(format!("GET /channels/{channel}/members/me"))
        }
        async fn create_channel(&self, b: &CreateChannel) -> ApiResult<Channel> {
            let kind = b.channel_type.as_str();
            self.answer(format!("POST /channels {} {} {kind}", b.team_id, b.name))
        }
        async fn direct_channel(&self, pair: &[UserId; 2]) -> ApiResult<Channel> {
            self.answer(format!("POST /channels/direct {}", join(pair)))
        }
        async fn group_channel(&self, people: &[UserId]) -> ApiResult<Channel> {
            self.answer(format!("POST /channels/group {}", join(people)))
        }
        async fn team_channels(&self, team: &TeamId) -> ApiResult<Vec<Channel>> {
            self.answer(format!("GET /teams/{team}/channels"))
        }
        async fn channel(&self, id: &ChannelId) -> ApiResult<Channel> {
            self.answer(format!("GET /channels/{id}"))
        }
        async fn view_channel(&self, id: &ChannelId) -> ApiResult<()> {
            self.answer::<serde_json::Value>(format!("POST /channels/members/me/view {id}"))
                .map(drop)
        }
        async fn patch_me(&self, patch: &UserPatch) -> ApiResult<User> {
            let fields = serde_json::to_value(patch).unwrap_or_default();
            let fields: Vec<String> = fields
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("…")))
                .collect();
            self.answer(format!("PUT /users/me/patch {}", fields.join(" ")))
        }
        async fn channel_moderations(&self, id: &ChannelId) -> ApiResult<serde_json::Value> {
            self.answer(format!("GET /channels/{id}/moderations"))
        }
        async fn patch_channel_moderations(&self, id: &ChannelId, members: bool) -> ApiResult<()> {
            self.answer::<serde_json::Value>(format!(
                "PUT /channels/{id}/moderations/patch members={members}"
            ))
            .map(drop)
        }
        async fn set_channel_notify_props(
            &self,
            id: &ChannelId,
            props: &StringMap,
        ) -> ApiResult<()> {
            let props: Vec<String> = props.iter().map(|(k, v)| format!("{k}={v}")).collect();
            self.answer::<serde_json::Value>(format!(
                "PUT /channels/{id}/members/me/notify_props {}",
                props.join(" ")
            ))
            .map(drop)
        }
    }

    fn join(ids: &[UserId]) -> String {
        ids.iter().map(UserId::as_str).collect::<Vec<_>>().join(",")
    }

    /// Runs a workflow whose calls answer at once.
    pub fn run<F: Future>(f: F) -> F::Output {
        match pin!(f).poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(out) => out,
            Poll::Pending => panic!("the fake server answers at once"),
        }
    }
}
