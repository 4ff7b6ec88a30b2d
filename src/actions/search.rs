//! Searching messages.

use mm_api::TeamId;

use super::{Server, State, alert, fetch_authors};
use crate::state::search::Search;
use crate::state::{Changed, Part};

/// Searches the current team and shows the results in the side panel (closing a thread);
/// `zone` is the reader's, in seconds east of UTC, for dates. A failed search closes the
/// panel and is shown.
pub async fn run(server: impl Server, state: impl State, terms: String, zone: i64) {
    let terms = terms.trim().to_owned();
    let Some(team): Option<TeamId> = state.read(|s| s.team.clone()) else {
        return;
    };
    if terms.is_empty() {
        return;
    }
    state.change(Changed::of(&[Part::View]), |s| {
        s.thread = None;
        s.search = Some(Search::new(&terms));
    });
    match server.search_posts(&team, &terms, zone).await {
        Ok(list) => {
            fetch_authors(&server, &state, &list).await;
            state.change(Changed::of(&[Part::View]), |s| {
                // Unless another search replaced this one meanwhile.
                if let Some(search) = s.search.as_mut().filter(|x| x.terms == terms) {
                    search.receive(list);
                }
            });
        }
        Err(e) => {
            state.change(Changed::of(&[Part::View]), |s| {
                if s.search.as_ref().is_some_and(|x| x.terms == terms) {
                    s.search = None;
                }
            });
            alert(&state, &e);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use mm_api::{Post, PostList, User};

    use super::*;
    use crate::actions::fake::{FakeServer, run as block};
    use crate::state::Store;

    fn store() -> RefCell<Store> {
        RefCell::new(Store {
            team: Some("t1".into()),
            thread: Some("p0".into()),
            ..Store::default()
        })
    }

    #[test]
    fn results_and_their_authors_are_shown_in_place_of_the_thread() {
        let (server, state) = (FakeServer::default(), store());
        let post = Post {
            id: "p1".into(),
            channel_id: "c1".into(),
            user_id: "bob".into(),
            message: "release day".into(),
            ..Default::default()
        };
        server.answer_with(PostList {
            order: vec!["p1".into()],
            posts: [("p1".into(), post)].into(),
            ..Default::default()
        });
        server.answer_with(vec![User {
            id: "bob".into(),
            username: "bob".into(),
            ..Default::default()
        }]);
        block(run(&server, &state, " release ".into(), 3600));
        let s = state.borrow();
        assert_eq!(s.thread, None);
        let search = s
            .search
            .as_ref()
            .map(|x| (x.terms.as_str(), x.posts.as_ref().map(Vec::len)));
        assert_eq!(search, Some(("release", Some(1))));
        assert!(s.users.has(&"bob".into()));
        assert_eq!(
            *server.calls.borrow(),
            [
                "POST /teams/t1/posts/search release 3600",
                "POST /users/ids bob"
            ]
        );
    }

    #[test]
    fn a_failed_search_closes_the_panel_and_is_shown() {
        let (server, state) = (FakeServer::default(), store());
        server.refuse(400, "Invalid search terms.");
        block(run(&server, &state, "from:".into(), 0));
        let s = state.borrow();
        assert_eq!(s.search, None);
        assert_eq!(s.alert.as_deref(), Some("Invalid search terms."));
        // Blank terms search nothing.
        drop(s);
        block(run(&server, &state, "  ".into(), 0));
        assert_eq!(server.calls.borrow().len(), 1);
    }
}
