//! A person's profile card, opened from an `@mention` in a message: picture, name, status,
//! and a button to message them.

use leptos::prelude::*;
use mm_api::User;

use super::{Dialog, show_channel, use_dialog};
use crate::actions::channels;
use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};
use crate::state::{Changed, Part};

/// The card for `username`.
#[component]
pub fn Profile(username: String) -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    // None: loading; Some(None): nobody by that name.
    let user = RwSignal::new(None::<Option<User>>);
    let api = ctx.api.get_untracked();
    let name = username.clone();
    leptos::task::spawn_local(async move {
        let found = api.user_by_username(&name).await.ok();
        if let Some(u) = &found {
            ctx.store
                .change(Changed::of(&[Part::Users]), |s| s.users.upsert(u.clone()));
        }
        user.try_set(Some(found));
    });
    let message = move |u: User| {
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            if let Ok(ch) = channels::open_direct(api, ctx.store, vec![u]).await {
                dialog.set(Dialog::None);
                show_channel(ctx, &ch);
            }
        });
    };
    let card = move || {
        match user.get() {
        None => view! { <p>{tr("channel-loading")}</p> }.into_any(),
        Some(None) => view! {
            <p role="alert">{tr_args("profile-not-found", &[("username", username.clone().into())])}</p>
        }
        .into_any(),
        Some(Some(u)) => {
            let mine = ctx.store.with_untracked(|s| s.my_id() == u.id);
            let status = ctx
                .store
                .read(&[Part::Statuses], |s| s.users.status(&u.id).to_owned());
            let src = format!(
                "{}/api/v4/users/{}/image?_={}",
                ctx.api.with(|a| a.base.clone()),
                u.id,
                u.last_picture_update
            );
            let name = u.display_name();
            let handle = format!("@{}", u.username);
            let send = u.clone();
            view! {
                <div class="profile-card">
                    <img class="avatar avatar--large" alt="" width="72" height="72" src=src/>
                    <div>
                        <h2 id="profile-title"><bdi>{name}</bdi></h2>
                        <p class="detail"><bdi data-testid="profile-username">{handle}</bdi>
                            " · "{tr(&format!("status-{}", if status.is_empty() { "offline" } else { &status }))}</p>
                    </div>
                </div>
                {(!mine).then(|| view! {
                    <button type="button" class="primary" data-testid="profile-message"
                        on:click=move |_| message(send.clone())>{tr("profile-send-message")}</button>
                })}
            }
            .into_any()
        }
    }
    };
    view! {
        <div class="dialog-backdrop" on:click=move |_| dialog.set(Dialog::None)>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="profile-title"
                data-testid="profile" on:click=|e| e.stop_propagation()>
                {card}
                <div class="dialog-buttons">
                    <button type="button" autofocus on:click=move |_| dialog.set(Dialog::None)>{tr("close")}</button>
                </div>
            </div>
        </div>
    }
}
