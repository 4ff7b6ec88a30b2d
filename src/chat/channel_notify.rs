//! The open channel's notification settings: desktop, push and e-mail (or as the user's
//! own), muting, and channel-wide mentions; for a system admin, whether members may notify
//! the whole channel.

use leptos::prelude::*;

use super::{Dialog, use_dialog};
use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};
use std::sync::Arc;

use super::settings_form::settings_form;
use crate::actions::settings;
use crate::state::notify::channel_form;

/// The dialog.
#[component]
pub fn ChannelNotify() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let (channel, name, admin) = ctx.store.with_untracked(|s| {
        let id = s.current.clone().unwrap_or_default();
        let name = s.channels.get(&id).map(|c| c.display_name.clone());
        let admin = s.me.as_ref().is_some_and(|u| u.is_system_admin());
        (id, name.unwrap_or_default(), admin)
    });
    let moderation = RwSignal::new(None::<bool>);
    if admin {
        let (api, id) = (ctx.api.get_untracked(), channel.clone());
        leptos::task::spawn_local(async move {
            if let Some(may) = settings::members_may_mention(api, id).await {
                moderation.set(Some(may));
            }
        });
    }
    let id = channel.clone();
    let submit = Arc::new(move |mut props: mm_api::StringMap| {
        let may = props.remove("use_channel_mentions").map(|m| m == "true");
        let (api, channel) = (ctx.api.get_untracked(), channel.clone());
        leptos::task::spawn_local(async move {
            match settings::save_channel_notify(api, ctx.store, channel, props, may).await {
                Ok(()) => dialog.set(Dialog::None),
                Err(e) => crate::actions::alert(&ctx.store, &e),
            }
        });
    });
    let form = move || {
        let moderation = moderation.get();
        let fields = ctx
            .store
            .with_untracked(|s| channel_form(&s.channels.notify_props(&id), moderation));
        settings_form("channel-notify", fields, submit.clone(), Arc::new(|_| {}))
    };
    view! {
        <div class="dialog-backdrop" on:click=move |_| dialog.set(Dialog::None)>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="channel-notify-title"
                data-testid="channel-notify-dialog" on:click=|e| e.stop_propagation()>
                <h2 id="channel-notify-title">{tr_args("channel-notify-title", &[("channel", name.into())])}</h2>
                {form}
                <div class="dialog-buttons">
                    <button type="button" on:click=move |_| dialog.set(Dialog::None)>{tr("cancel")}</button>
                </div>
            </div>
        </div>
    }
}
