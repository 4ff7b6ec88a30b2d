//! Saving the reader's settings: their profile's (language, notifications) and a
//! channel's notification settings.

use mm_api::{ChannelId, StringMap, UserPatch};

use super::{ApiResult, Server, State, alert};
use crate::state::{Changed, Part};

/// Saves a change to the reader's profile, which the store then holds.
pub async fn patch_me(server: impl Server, state: impl State, patch: UserPatch) -> ApiResult<()> {
    let user = server.patch_me(&patch).await?;
    state.change(Changed::of(&[Part::Me, Part::Users]), |s| {
        s.users.upsert(user.clone());
        s.me = Some(user);
    });
    Ok(())
}

/// Saves the interface language to the profile; a failure is shown (the language is
/// already applied on this screen).
pub async fn save_locale(server: impl Server, state: impl State, locale: String) {
    let patch = UserPatch {
        locale: Some(locale),
        ..Default::default()
    };
    if let Err(e) = patch_me(&server, &state, patch).await {
        alert(&state, &e);
    }
}

/// Whether the members of a channel may notify it all with `@channel` (its moderation, which
/// only a system admin reads here); `None` when it cannot be read.
pub async fn members_may_mention(server: impl Server, channel: ChannelId) -> Option<bool> {
    let moderations = server.channel_moderations(&channel).await.ok()?;
    Some(crate::state::notify::members_may_mention(&moderations))
}

/// Saves a channel's notification settings, and for an admin (`may_mention` given) whether
/// its members may notify everyone.
pub async fn save_channel_notify(
    server: impl Server,
    state: impl State,
    channel: ChannelId,
    props: StringMap,
    may_mention: Option<bool>,
) -> ApiResult<()> {
    if let Some(may) = may_mention {
        server.patch_channel_moderations(&channel, may).await?;
    }
    server.set_channel_notify_props(&channel, &props).await?;
    state.change(Changed::of(&[Part::Channels]), |s| {
        s.channels.set_notify_props(&channel, props)
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use mm_api::User;
    use serde_json::json;

    use super::*;
    use crate::actions::fake::{FakeServer, run};
    use crate::state::Store;

    #[test]
    fn the_profile_saved_is_the_one_held() {
        let (server, state) = (FakeServer::default(), RefCell::new(Store::default()));
        server.answer_with(User {
            id: "me".into(),
            locale: "fr".into(),
            ..Default::default()
        });
        run(save_locale(&server, &state, "fr".into()));
        assert_eq!(
            state.borrow().me.as_ref().map(|u| u.locale.as_str()),
            Some("fr")
        );
        server.refuse(400, "Invalid locale.");
        run(save_locale(&server, &state, "xx".into()));
        assert_eq!(state.borrow().alert.as_deref(), Some("Invalid locale."));
        assert_eq!(
            *server.calls.borrow(),
            [
                "PUT /users/me/patch locale=fr",
                "PUT /users/me/patch locale=xx"
            ]
        );
    }

    #[test]
    fn a_channels_settings_and_its_moderation() {
        let (server, state) = (FakeServer::default(), RefCell::new(Store::default()));
        let channel =
            serde_json::from_value(json!({"id": "c1", "name": "town-square", "type": "O"}));
        let member = serde_json::from_value(json!({"channel_id": "c1", "user_id": "me"}));
        state
            .borrow_mut()
            .channels
            .set_all(channel.into_iter().collect(), member.into_iter().collect());
        server.answer_with(
            json!([{"name": "use_channel_mentions", "roles": {"members": {"value": false}}}]),
        );
        assert_eq!(run(members_may_mention(&server, "c1".into())), Some(false));
        server.answer_with(json!({"status": "OK"}));
        server.answer_with(json!({"status": "OK"}));
        let props: StringMap = [("push".to_owned(), "none".to_owned())].into();
        let saved = run(save_channel_notify(
            &server,
            &state,
            "c1".into(),
            props,
            Some(true),
        ));
        assert!(saved.is_ok());
        assert_eq!(
            state.borrow().channels.notify_props(&"c1".into())["push"],
            "none"
        );
        // Without moderation, and refused: nothing is kept.
        server.refuse(403, "no");
        let props: StringMap = [("push".to_owned(), "all".to_owned())].into();
        assert!(
            run(save_channel_notify(
                &server,
                &state,
                "c1".into(),
                props,
                None
            ))
            .is_err()
        );
        assert_eq!(
            state.borrow().channels.notify_props(&"c1".into())["push"],
            "none"
        );
        assert_eq!(
            *server.calls.borrow(),
            [
                "GET /channels/c1/moderations",
                "PUT /channels/c1/moderations/patch members=true",
                "PUT /channels/c1/members/me/notify_props push=none",
                "PUT /channels/c1/members/me/notify_props push=all"
            ]
        );
    }
}
