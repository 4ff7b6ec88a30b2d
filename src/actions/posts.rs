//! Sending, retrying, editing and deleting posts.

use mm_api::{ChannelId, CreatePost, Post, PostId, PostPatch};

use super::{Server, State, alert};
use crate::state::{Changed, Part};

/// The server's built-in slash commands, and whether each takes arguments (a hint): the
/// app shows their descriptions and hints in the reader's language (`command-<trigger>`,
/// `command-<trigger>-hint`).
pub const BUILT_IN_COMMANDS: &[(&str, bool)] = &[
    ("away", false),
    ("dnd", false),
    ("echo", true),
    ("header", true),
    ("help", false),
    ("invite", true),
    ("join", true),
    ("kick", true),
    ("leave", false),
    ("me", true),
    ("msg", true),
    ("online", false),
    ("purpose", true),
    ("shrug", true),
];

/// The command of a message that is one (`/shrug`), as the server runs it; `//` starts a
/// message that begins with a slash instead.
pub fn slash_command(message: &str) -> Option<String> {
    let line = message.trim();
    (line.starts_with('/') && !line.starts_with("//") && line.len() > 1).then(|| line.to_owned())
}

/// A message that starts with `//` is sent with one slash.
pub fn unescape_slash(message: String) -> String {
    match message.strip_prefix("//") {
        Some(rest) => format!("/{rest}"),
        None => message,
    }
}

/// Runs a slash command typed in the composer (a built-in one, or the team's). Where its
/// answer says to go (`/join`, `/msg`), the path; a refusal is the reader's alert.
pub async fn run_command(
    server: impl Server,
    state: impl State,
    args: mm_api::CommandArgs,
) -> Option<String> {
    match server.execute_command(&args).await {
        Ok(goto) => Some(goto).filter(|g| g.starts_with('/')),
        Err(e) => {
            alert(&state, &e);
            None
        }
    }
}

/// A new post to send.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    /// Where.
    pub channel: ChannelId,
    /// The thread's root, or none.
    pub root: Option<PostId>,
    /// The text.
    pub message: String,
    /// Files uploaded for it.
    pub file_ids: Vec<String>,
}

/// Sends a post optimistically: it shows at once, and the server's copy replaces it. A
/// failed one stays, marked, for the reader to retry.
pub async fn send(server: impl Server, state: impl State, draft: Draft, now: i64) {
    let mut pending = None;
    state.change(Changed::of(&[Part::Lists, Part::View]), |s| {
        let me = s.my_id();
        s.sent = true;
        pending = Some(s.posts.add_pending(
            draft.channel,
            draft.root.unwrap_or_default(),
            draft.message,
            draft.file_ids,
            me,
            now,
        ));
    });
    if let Some(p) = pending {
        deliver(&server, &state, p).await;
    }
}

/// Sends a failed post again, with the same `pending_post_id` (the server de-duplicates).
pub async fn retry(server: impl Server, state: impl State, pending_id: String) {
    let mut post = None;
    let changed = Changed::default().post(&PostId(pending_id.clone()));
    state.change(changed, |s| post = s.posts.retry_pending(&pending_id));
    if let Some(p) = post {
        deliver(&server, &state, p).await;
    }
}

async fn deliver(server: &impl Server, state: &impl State, p: Post) {
    let body = CreatePost {
        channel_id: p.channel_id.clone(),
        message: p.message.clone(),
        root_id: p.root_id.clone(),
        pending_post_id: p.pending_post_id.clone(),
        file_ids: p.file_ids.clone(),
        ..Default::default()
    };
    match server.create_post(&body).await {
        Ok(post) => {
            let changed = Changed::of(&[Part::Lists])
                .post(&post.id)
                .post(&post.root_id)
                .post(&p.id);
            state.change(changed, |s| {
                s.posts.receive(post);
            });
        }
        // The post itself shows that it was not sent, with its retry button.
        Err(_) => state.change(Changed::default().post(&p.id), |s| {
            s.posts.fail_pending(&p.pending_post_id)
        }),
    }
}

/// Replaces a post's text; an empty or unchanged text changes nothing. A refusal is shown.
pub async fn edit(server: impl Server, state: impl State, post: Post, message: String) {
    if message.trim().is_empty() || message == post.message {
        return;
    }
    let patch = PostPatch {
        message: Some(message),
        ..Default::default()
    };
    match server.patch_post(&post.id, &patch).await {
        Ok(updated) => state.change(Changed::default().post(&post.id), |s| s.posts.edit(updated)),
        Err(e) => alert(&state, &e),
    }
}

/// Deletes a post (the reader has confirmed), closing its thread if it was open. A refusal
/// is shown.
pub async fn delete(server: impl Server, state: impl State, post: Post) {
    match server.delete_post(&post.id).await {
        Ok(()) => state.change(
            Changed::of(&[Part::Lists, Part::View])
                .post(&post.id)
                .post(&post.root_id),
            |s| {
                s.posts.delete(&post);
                if s.thread.as_ref() == Some(&post.id) {
                    s.thread = None;
                }
            },
        ),
        Err(e) => alert(&state, &e),
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use mm_api::{Post, User};

    use super::*;
    use crate::actions::fake::{FakeServer, run};
    use crate::state::Store;

    fn store() -> RefCell<Store> {
        RefCell::new(Store {
            me: Some(User {
                id: "me".into(),
                ..Default::default()
            }),
            ..Store::default()
        })
    }

    fn post(id: &str, message: &str) -> Post {
        Post {
            id: id.into(),
            channel_id: "c1".into(),
            user_id: "me".into(),
            message: message.into(),
            create_at: 1,
            ..Default::default()
        }
    }

    #[test]
    fn slash_commands_run_and_double_slashes_post() {
        assert_eq!(
            slash_command(" /shrug oh well "),
            Some("/shrug oh well".into())
        );
        assert_eq!(slash_command("//shrug"), None);
        assert_eq!(slash_command("/"), None);
        assert_eq!(unescape_slash("//etc/hosts".into()), "/etc/hosts");
        let server = FakeServer::default();
        let state = store();
        server.answer_with("/main/channels/other");
        let args = mm_api::CommandArgs {
            command: "/join ~other".into(),
            ..Default::default()
        };
        assert_eq!(
            run(run_command(&server, &state, args.clone())).as_deref(),
            Some("/main/channels/other")
        );
        server.refuse(404, "Command with a trigger of '/nope' not found.");
        assert_eq!(run(run_command(&server, &state, args)), None);
        assert_eq!(
            state.borrow().alert.as_deref(),
            Some("Command with a trigger of '/nope' not found.")
        );
    }

    fn draft(message: &str) -> Draft {
        Draft {
            channel: "c1".into(),
            message: message.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_sent_post_is_replaced_by_the_servers_copy() {
        let (server, state) = (FakeServer::default(), store());
        server.answer_with(Post {
            pending_post_id: "me:5001".into(),
            ..post("p1", "hello")
        });
        run(send(&server, &state, draft("hello"), 5));
        let s = state.borrow();
        assert!(s.sent);
        assert_eq!(
            s.posts.get(&"p1".into()).map(|p| p.message.as_str()),
            Some("hello")
        );
        assert_eq!(
            s.posts.pending_state(&"me:5001".into()),
            None,
            "no copy left pending"
        );
        assert_eq!(*server.calls.borrow(), ["POST /posts me:5001"]);
    }

    #[test]
    fn a_failed_post_stays_marked_and_a_retry_sends_it_once_with_the_same_id() {
        let (server, state) = (FakeServer::default(), store());
        server.refuse(0, "offline");
        run(send(&server, &state, draft("hello"), 5));
        let pending: PostId = "me:5001".into();
        assert_eq!(state.borrow().posts.pending_state(&pending), Some(true));
        assert_eq!(
            state.borrow().alert,
            None,
            "the post itself shows the failure"
        );
        server.answer_with(Post {
            pending_post_id: "me:5001".into(),
            ..post("p1", "hello")
        });
        run(retry(&server, &state, "me:5001".into()));
        assert_eq!(state.borrow().posts.pending_state(&pending), None);
        assert_eq!(
            *server.calls.borrow(),
            ["POST /posts me:5001", "POST /posts me:5001"]
        );
        // Nothing to retry: no call.
        run(retry(&server, &state, "me:5001".into()));
        assert_eq!(server.calls.borrow().len(), 2);
    }

    #[test]
    fn an_edit_refused_by_the_server_is_shown_and_changes_nothing() {
        let (server, state) = (FakeServer::default(), store());
        state.borrow_mut().posts.receive(post("p1", "old"));
        server.refuse(403, "You do not have the appropriate permissions.");
        run(edit(&server, &state, post("p1", "old"), "new".into()));
        let s = state.borrow();
        assert_eq!(
            s.posts.get(&"p1".into()).map(|p| p.message.as_str()),
            Some("old")
        );
        assert_eq!(
            s.alert.as_deref(),
            Some("You do not have the appropriate permissions.")
        );
    }

    #[test]
    fn an_edit_is_applied_and_an_empty_or_unchanged_one_is_not_sent() {
        let (server, state) = (FakeServer::default(), store());
        state.borrow_mut().posts.receive(post("p1", "old"));
        run(edit(&server, &state, post("p1", "old"), "  ".into()));
        run(edit(&server, &state, post("p1", "old"), "old".into()));
        assert!(server.calls.borrow().is_empty());
        server.answer_with(Post {
            update_at: 2,
            edit_at: 2,
            ..post("p1", "new")
        });
        run(edit(&server, &state, post("p1", "old"), "new".into()));
        assert_eq!(*server.calls.borrow(), ["PUT /posts/p1/patch new"]);
        let s = state.borrow();
        assert_eq!(
            s.posts.get(&"p1".into()).map(|p| p.message.as_str()),
            Some("new")
        );
        assert_eq!(s.alert, None);
    }

    #[test]
    fn a_delete_closes_the_posts_thread_and_a_refusal_is_shown() {
        let (server, state) = (FakeServer::default(), store());
        state.borrow_mut().posts.receive(post("p1", "bye"));
        state.borrow_mut().thread = Some("p1".into());
        server
            .answers
            .borrow_mut()
            .push(Err((404, "Unable to find the post.")));
        run(delete(&server, &state, post("p1", "bye")));
        assert_eq!(state.borrow().thread, Some("p1".into()));
        assert_eq!(
            state.borrow().alert.as_deref(),
            Some("Unable to find the post.")
        );
        server.answer_with(post("p1", "bye"));
        run(delete(&server, &state, post("p1", "bye")));
        let s = state.borrow();
        assert_eq!(s.thread, None);
        assert!(s.posts.get(&"p1".into()).is_none_or(|p| p.delete_at > 0));
    }
}
