//! Reacting to posts.

use mm_api::{PostId, Reaction};

use super::{Server, State, alert};
use crate::state::Changed;

/// Whether the reader has reacted to `post` with `emoji`.
fn is_mine(state: &impl State, post: &PostId, emoji: &str) -> bool {
    state.read(|s| {
        let me = s.my_id();
        s.posts.get(post).is_some_and(|p| {
            p.metadata
                .reactions
                .iter()
                .any(|r| r.user_id == me && r.emoji_name == emoji)
        })
    })
}

/// Adds the reader's reaction, or takes it back: at once on screen, then on the server.
/// A refusal undoes it and is shown.
pub async fn toggle(server: impl Server, state: impl State, post: PostId, emoji: String) {
    let mine = is_mine(&state, &post, &emoji);
    let reaction = Reaction {
        user_id: state.read(|s| s.my_id()),
        post_id: post.clone(),
        emoji_name: emoji.clone(),
        ..Default::default()
    };
    state.change(Changed::default().post(&post), |s| {
        if mine {
            s.posts.remove_reaction(&reaction);
        } else {
            s.posts.add_reaction(reaction.clone());
        }
    });
    let done = if mine {
        server.remove_reaction(&post, &emoji).await
    } else {
        server.add_reaction(&reaction).await.map(drop)
    };
    if let Err(e) = done {
        state.change(Changed::default().post(&post), |s| {
            if mine {
                s.posts.add_reaction(reaction);
            } else {
                s.posts.remove_reaction(&reaction);
            }
        });
        alert(&state, &e);
    }
}

/// Adds the reader's reaction unless it is already there (from the picker, or `+:emoji:`).
pub async fn add(server: impl Server, state: impl State, post: PostId, emoji: String) {
    if !is_mine(&state, &post, &emoji) {
        toggle(server, state, post, emoji).await;
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
        let mut posts = crate::state::posts::PostStore::default();
        posts.receive(Post {
            id: "p1".into(),
            channel_id: "c1".into(),
            create_at: 1,
            ..Default::default()
        });
        RefCell::new(Store {
            me: Some(User {
                id: "me".into(),
                ..Default::default()
            }),
            posts,
            ..Store::default()
        })
    }

    fn count(state: &RefCell<Store>) -> usize {
        state
            .borrow()
            .posts
            .get(&"p1".into())
            .map_or(0, |p| p.metadata.reactions.len())
    }

    #[test]
    fn a_reaction_toggles_on_the_server() {
        let (server, state) = (FakeServer::default(), store());
        server.answer_with(Reaction::default());
        run(toggle(&server, &state, "p1".into(), "tada".into()));
        assert_eq!(count(&state), 1);
        // Adding it again (the picker) does nothing; toggling takes it back.
        run(add(&server, &state, "p1".into(), "tada".into()));
        server.answer_with(serde_json::json!({"status": "OK"}));
        run(toggle(&server, &state, "p1".into(), "tada".into()));
        assert_eq!(count(&state), 0);
        assert_eq!(
            *server.calls.borrow(),
            [
                "POST /reactions p1 tada",
                "DELETE /users/me/posts/p1/reactions/tada"
            ]
        );
    }

    #[test]
    fn a_refused_reaction_is_undone_and_shown() {
        let (server, state) = (FakeServer::default(), store());
        server.refuse(403, "You do not have the appropriate permissions.");
        run(toggle(&server, &state, "p1".into(), "tada".into()));
        assert_eq!(count(&state), 0);
        assert_eq!(
            state.borrow().alert.as_deref(),
            Some("You do not have the appropriate permissions.")
        );
    }
}
