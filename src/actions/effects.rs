//! Carrying out what the store asks for after an event (`state::Effect`): the fetches and
//! the read mark. What the page does (going home, a desktop notification) is handed back.

use mm_api::ChannelId;

use super::{Server, State, channels, fetch_users};
use crate::state::{Changed, Effect, Part};

/// Carries out `effect`, or hands it back when it is the page's to do.
pub async fn run(server: impl Server, state: impl State, effect: Effect) -> Option<Effect> {
    match effect {
        Effect::FetchUsers(ids) => fetch_users(&server, &state, ids).await,
        Effect::FetchChannel(id) => fetch_channel(&server, &state, id).await,
        Effect::MarkViewed(id) => {
            // A lost read mark is corrected by the next one; nothing to show.
            let _ = server.view_channel(&id).await;
        }
        Effect::Resync => channels::resync(&server, &state).await,
        page => return Some(page),
    }
    None
}

/// A channel the reader was just added to, with their membership.
async fn fetch_channel(server: &impl Server, state: &impl State, id: ChannelId) {
    let (ch, member) = futures::join!(server.channel(&id), server.my_member(&id));
    if let (Ok(ch), Ok(m)) = (ch, member) {
        state.change(Changed::of(&[Part::Channels]), |s| {
            s.channels.upsert(ch);
            s.channels.upsert_member(m);
        });
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use serde_json::json;

    use super::*;
    use crate::actions::fake::{FakeServer, run as block};
    use crate::state::Store;

    #[test]
    fn fetches_are_done_and_the_pages_effects_handed_back() {
        let (server, state) = (FakeServer::default(), RefCell::new(Store::default()));
        server.answer_with(json!({"id": "d1", "name": "bob__me", "type": "D"}));
        server.answer_with(json!({"channel_id": "d1", "user_id": "me"}));
        assert_eq!(
            block(run(&server, &state, Effect::FetchChannel("d1".into()))),
            None
        );
        assert!(state.borrow().channels.has(&"d1".into()));
        server.refuse(500, "down");
        assert_eq!(
            block(run(&server, &state, Effect::MarkViewed("d1".into()))),
            None
        );
        let leave = Effect::LeaveChannel("d1".into());
        assert_eq!(block(run(&server, &state, leave.clone())), Some(leave));
        assert_eq!(
            *server.calls.borrow(),
            [
                "GET /channels/d1",
                "GET /channels/d1/members/me",
                "POST /channels/members/me/view d1"
            ]
        );
    }
}
