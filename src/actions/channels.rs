//! Loading a team and its channels, a channel's pages and threads, catching up after a
//! reconnect, and finding (or joining) a channel by name.

use mm_api::{Channel, ChannelId, ChannelType, CreateChannel, PostId, TeamId, User, UserId};

use super::{ApiResult, Server, State, fetch_authors};
use crate::state::{Changed, Part};

/// Selects a team: loads its channels and memberships, and the people of its direct
/// messages with their statuses.
pub async fn load_team(server: impl Server, state: impl State, team: TeamId) {
    let Ok((channels, members)) = server.my_channels(&team).await else {
        return;
    };
    let mut people: Vec<UserId> = state.read(|s| {
        let me = s.my_id();
        channels
            .iter()
            .filter_map(|c| crate::state::channels::dm_partner(&c.name, &me))
            .filter(|u| !s.users.has(u))
            .collect()
    });
    people.sort();
    people.dedup();
    state.change(Changed::of(&[Part::Me, Part::Channels]), |s| {
        s.team = Some(team);
        s.channels.set_all(channels, members);
    });
    if people.is_empty() {
        return;
    }
    if let Ok(users) = server.users_by_ids(&people).await {
        state.change(Changed::of(&[Part::Users]), |s| s.users.upsert_all(users));
    }
    if let Ok(statuses) = server.statuses(&people).await {
        state.change(Changed::of(&[Part::Statuses]), |s| {
            for st in statuses {
                s.users.set_status(st.user_id, st.status);
            }
        });
    }
}

/// Loads the newest page of a channel unless it is loaded, and the authors in it.
pub async fn load_channel(server: impl Server, state: impl State, channel: ChannelId) {
    if state.read(|s| s.posts.channel(&channel).is_some_and(|c| c.loaded)) {
        return;
    }
    if let Ok(list) = server.posts(&channel, None).await {
        fetch_authors(&server, &state, &list).await;
        let changed = Changed::of(&[Part::Lists]).list(&list);
        state.change(changed, |s| s.posts.add_page(&channel, list, false));
    }
}

/// Loads the page before the oldest loaded post.
pub async fn load_older(server: impl Server, state: impl State, channel: ChannelId) {
    let Some(oldest) = state.read(|s| s.posts.oldest(&channel)) else {
        return;
    };
    if let Ok(list) = server.posts(&channel, Some(&oldest)).await {
        fetch_authors(&server, &state, &list).await;
        let changed = Changed::of(&[Part::Lists]).list(&list);
        state.change(changed, |s| s.posts.add_page(&channel, list, true));
    }
}

/// Loads a thread and its authors.
pub async fn load_thread(server: impl Server, state: impl State, root: PostId) {
    if let Ok(list) = server.thread(&root).await {
        fetch_authors(&server, &state, &list).await;
        let changed = Changed::of(&[Part::Lists]).list(&list);
        state.change(changed, |s| s.posts.add_thread(list));
    }
}

/// After a reconnect: the team's unreads again, and what the open channel missed.
pub async fn resync(server: impl Server, state: impl State) {
    if let Some(team) = state.read(|s| s.team.clone()) {
        load_team(&server, &state, team).await;
    }
    let Some(channel) = state.read(|s| s.current.clone()) else {
        return;
    };
    let since = state.read(|s| s.posts.newest_update(&channel));
    if since == 0 {
        load_channel(&server, &state, channel).await;
    } else if let Ok(list) = server.posts_since(&channel, since).await {
        fetch_authors(&server, &state, &list).await;
        // Deletions take replies and change roots: any post may have changed.
        let changed = Changed::of(&[Part::Lists]).all_posts();
        state.change(changed, |s| s.posts.merge_since(list));
    }
}

/// Finds a channel of `team` by its URL name, joining it on the way if it is public and
/// the reader is not a member yet, as Mattermost does.
pub async fn resolve(
    server: impl Server,
    state: impl State,
    team: TeamId,
    name: String,
) -> Option<ChannelId> {
    if let Some(c) = state.read(|s| s.channels.by_name(&team, &name).map(|c| c.id.clone())) {
        return Some(c);
    }
    let ch = server.channel_by_name(&team, &name).await.ok()?;
    if ch.channel_type != ChannelType::Open {
        return None;
    }
    let me = state.read(|s| s.my_id());
    let member = server.join_channel(&ch.id, &me).await.ok()?;
    let id = ch.id.clone();
    state.change(Changed::of(&[Part::Channels]), |s| {
        s.channels.upsert(ch);
        s.channels.upsert_member(member);
    });
    Some(id)
}

/// Adds a channel just made or opened (a new channel, a direct message) and the reader's
/// membership to the store.
pub async fn adopt(server: impl Server, state: impl State, ch: mm_api::Channel) {
    let member = server.my_member(&ch.id).await;
    state.change(Changed::of(&[Part::Channels]), |s| {
        s.channels.upsert(ch);
        if let Ok(m) = member {
            s.channels.upsert_member(m);
        }
    });
}

/// Turns a display name into a URL name: lowercase letters, digits, `_` and single `-`.
pub fn slug(name: &str) -> String {
    let s: String = name
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    s.split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Creates a channel in the current team (its URL name from its display name, or made up
/// from `now` when that leaves too little) and adds it to the store.
pub async fn create(
    server: impl Server,
    state: impl State,
    display_name: String,
    purpose: String,
    private: bool,
    now: u64,
) -> ApiResult<Channel> {
    let team = state.read(|s| s.team.clone()).unwrap_or_default();
    let display_name = display_name.trim().to_owned();
    let mut name = slug(&display_name);
    if name.len() < 2 {
        name = format!("c-{now}");
    }
    let body = CreateChannel {
        team_id: team,
        name,
        display_name,
        channel_type: if private {
            ChannelType::Private
        } else {
            ChannelType::Open
        },
        purpose,
        header: String::new(),
    };
    let ch = server.create_channel(&body).await?;
    adopt(&server, &state, ch.clone()).await;
    Ok(ch)
}

/// Opens (making it if need be) the direct message with one person, or the group message
/// with several, and adds it and them to the store.
pub async fn open_direct(
    server: impl Server,
    state: impl State,
    people: Vec<User>,
) -> ApiResult<Channel> {
    let me = state.read(|s| s.my_id());
    let ids: Vec<UserId> = people.iter().map(|u| u.id.clone()).collect();
    let ch = match ids.as_slice() {
        [one] => server.direct_channel(&[me, one.clone()]).await?,
        _ => server.group_channel(&ids).await?,
    };
    state.change(Changed::of(&[Part::Users]), |s| s.users.upsert_all(people));
    adopt(&server, &state, ch.clone()).await;
    Ok(ch)
}

/// Leaves a channel: gone from the store once the server agrees (the server refuses the
/// town square). The caller shows another channel.
pub async fn leave(server: impl Server, state: impl State, channel: ChannelId) -> ApiResult<()> {
    let me = state.read(|s| s.my_id());
    server.leave_channel(&channel, &me).await?;
    state.change(Changed::of(&[Part::Channels]), |s| {
        s.channels.remove(&channel)
    });
    Ok(())
}

/// The current team's public channels the reader has not joined.
pub async fn joinable(server: impl Server, state: impl State) -> ApiResult<Vec<Channel>> {
    let Some(team) = state.read(|s| s.team.clone()) else {
        return Ok(Vec::new());
    };
    let mut all = server.team_channels(&team).await?;
    state.read(|s| all.retain(|c| !s.channels.has(&c.id)));
    Ok(all)
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use mm_api::{ChannelMember, Post, PostList};
    use serde_json::json;

    use super::*;
    use crate::actions::fake::{FakeServer, run};
    use crate::state::Store;

    fn store() -> RefCell<Store> {
        let me = User {
            id: "me".into(),
            ..Default::default()
        };
        let mut users = crate::state::users::UserStore::default();
        users.upsert(me.clone());
        RefCell::new(Store {
            me: Some(me),
            users,
            ..Store::default()
        })
    }

    fn channel(id: &str, name: &str, kind: &str) -> Channel {
        serde_json::from_value(json!({"id": id, "team_id": "t1", "name": name, "type": kind}))
            .unwrap_or_default()
    }

    fn page(ids: &[(&str, &str)]) -> PostList {
        PostList {
            order: ids.iter().map(|(id, _)| (*id).into()).collect(),
            posts: ids
                .iter()
                .map(|(id, user)| {
                    let p = Post {
                        id: (*id).into(),
                        channel_id: "c1".into(),
                        user_id: (*user).into(),
                        create_at: 10,
                        ..Default::default()
                    };
                    ((*id).into(), p)
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn a_team_loads_its_channels_and_the_people_of_its_direct_messages() {
        let (server, state) = (FakeServer::default(), store());
        server.answer_with(vec![
            channel("c1", "town-square", "O"),
            channel("d1", "bob__me", "D"),
        ]);
        server.answer_with(Vec::<ChannelMember>::new());
        server.answer_with(vec![User {
            id: "bob".into(),
            ..Default::default()
        }]);
        server.answer_with(json!([{"user_id": "bob", "status": "away"}]));
        run(load_team(&server, &state, "t1".into()));
        let s = state.borrow();
        assert_eq!(s.team, Some("t1".into()));
        assert!(s.channels.by_name(&"t1".into(), "town-square").is_some());
        assert!(s.users.has(&"bob".into()));
        assert_eq!(
            *server.calls.borrow(),
            [
                "GET /users/me/teams/t1/channels(+members)",
                "POST /users/ids bob",
                "POST /users/status/ids bob"
            ]
        );
    }

    #[test]
    fn a_channel_loads_once_with_its_authors_then_older_pages() {
        let (server, state) = (FakeServer::default(), store());
        server.answer_with(page(&[("p2", "bob"), ("p1", "me")]));
        server.answer_with(vec![User {
            id: "bob".into(),
            ..Default::default()
        }]);
        run(load_channel(&server, &state, "c1".into()));
        run(load_channel(&server, &state, "c1".into()));
        assert!(state.borrow().users.has(&"bob".into()));
        assert_eq!(state.borrow().posts.oldest(&"c1".into()), Some("p1".into()));
        server.answer_with(page(&[("p0", "bob")]));
        run(load_older(&server, &state, "c1".into()));
        assert_eq!(state.borrow().posts.oldest(&"c1".into()), Some("p0".into()));
        assert_eq!(
            *server.calls.borrow(),
            [
                "GET /channels/c1/posts",
                "POST /users/ids bob",
                "GET /channels/c1/posts?before=p1"
            ]
        );
    }

    #[test]
    fn url_names_from_display_names() {
        assert_eq!(slug("  Release Planning 2027! "), "release-planning-2027");
        assert_eq!(slug("ünïcode"), "n-code");
        assert_eq!(slug("--"), "");
    }

    #[test]
    fn a_new_channel_is_made_in_the_team_and_added_and_a_refusal_is_returned() {
        let (server, state) = (FakeServer::default(), store());
        state.borrow_mut().team = Some("t1".into());
        server.answer_with(channel("c9", "release-notes", "P"));
        server.answer_with(json!({"channel_id": "c9", "user_id": "me"}));
        let made = run(create(
            &server,
            &state,
            " Release notes ".into(),
            String::new(),
            true,
            7,
        ));
        assert_eq!(made.map(|c| c.id), Ok("c9".into()));
        assert!(state.borrow().channels.has(&"c9".into()));
        server.refuse(400, "A channel with that name already exists.");
        let refused = run(create(&server, &state, "!".into(), String::new(), false, 7));
        assert_eq!(
            refused.map_err(|e| e.message()),
            Err("A channel with that name already exists.".into())
        );
        assert_eq!(
            *server.calls.borrow(),
            [
                "POST /channels t1 release-notes P",
                "GET /channels/c9/members/me",
                "POST /channels t1 c-7 O"
            ]
        );
    }

    #[test]
    fn a_direct_message_with_one_person_and_a_group_with_several() {
        let (server, state) = (FakeServer::default(), store());
        let user = |id: &str| User {
            id: id.into(),
            ..Default::default()
        };
        server.answer_with(channel("d1", "bob__me", "D"));
        server.answer_with(json!({"channel_id": "d1", "user_id": "me"}));
        assert!(run(open_direct(&server, &state, vec![user("bob")])).is_ok());
        server.answer_with(channel("g1", "g", "G"));
        server.answer_with(json!({"channel_id": "g1", "user_id": "me"}));
        assert!(run(open_direct(&server, &state, vec![user("bob"), user("cy")])).is_ok());
        assert!(state.borrow().users.has(&"cy".into()));
        assert_eq!(
            *server.calls.borrow(),
            [
                "POST /channels/direct me,bob",
                "GET /channels/d1/members/me",
                "POST /channels/group bob,cy",
                "GET /channels/g1/members/me"
            ]
        );
    }

    #[test]
    fn a_channel_left_is_gone_and_a_refusal_keeps_it() {
        let (server, state) = (FakeServer::default(), store());
        state.borrow_mut().me = Some(User {
            id: "me".into(),
            ..Default::default()
        });
        let member = |c: &str| ChannelMember {
            channel_id: c.into(),
            user_id: "me".into(),
            ..Default::default()
        };
        state.borrow_mut().channels.set_all(
            vec![
                channel("c1", "town-square", "O"),
                channel("c2", "books", "O"),
            ],
            vec![member("c1"), member("c2")],
        );
        server.refuse(400, "You cannot leave the default channel.");
        let refused = run(leave(&server, &state, "c1".into()));
        assert_eq!(
            refused.map_err(|e| e.message()),
            Err("You cannot leave the default channel.".to_owned())
        );
        assert!(state.borrow().channels.has(&"c1".into()));
        server.answer_with(json!({"status": "OK"}));
        assert!(run(leave(&server, &state, "c2".into())).is_ok());
        assert!(!state.borrow().channels.has(&"c2".into()));
        assert_eq!(
            server.calls.borrow()[1..],
            ["DELETE /channels/c2/members/me"]
        );
    }

    #[test]
    fn joinable_channels_leave_out_those_joined() {
        let (server, state) = (FakeServer::default(), store());
        state.borrow_mut().team = Some("t1".into());
        let member = serde_json::from_value(json!({"channel_id": "c1", "user_id": "me"}));
        state.borrow_mut().channels.set_all(
            vec![channel("c1", "town-square", "O")],
            member.into_iter().collect(),
        );
        server.answer_with(vec![
            channel("c1", "town-square", "O"),
            channel("c2", "off-topic", "O"),
        ]);
        let list = run(joinable(&server, &state)).unwrap_or_default();
        assert_eq!(
            list.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
            ["off-topic"]
        );
    }

    #[test]
    fn a_public_channel_found_by_name_is_joined_and_a_private_one_is_not() {
        let (server, state) = (FakeServer::default(), store());
        server.answer_with(channel("c2", "off-topic", "O"));
        server.answer_with(json!({"channel_id": "c2", "user_id": "me"}));
        let found = run(resolve(&server, &state, "t1".into(), "off-topic".into()));
        assert_eq!(found, Some("c2".into()));
        // Known now: no call.
        let again = run(resolve(&server, &state, "t1".into(), "off-topic".into()));
        assert_eq!(again, Some("c2".into()));
        server.answer_with(channel("c3", "secret", "P"));
        assert_eq!(
            run(resolve(&server, &state, "t1".into(), "secret".into())),
            None
        );
        server.refuse(404, "Unable to find the channel.");
        assert_eq!(
            run(resolve(&server, &state, "t1".into(), "gone".into())),
            None
        );
        assert_eq!(
            *server.calls.borrow(),
            [
                "GET /teams/t1/channels/name/off-topic",
                "POST /channels/c2/members me",
                "GET /teams/t1/channels/name/secret",
                "GET /teams/t1/channels/name/gone"
            ]
        );
    }
}
