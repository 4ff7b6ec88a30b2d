//! The open channel's notification settings: desktop, push and e-mail (or as the user's
//! own), muting, and channel-wide mentions. The form is built by the renderer's module.

use leptos::prelude::*;

use super::{Dialog, use_dialog};
use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};

/// The dialog.
#[component]
pub fn ChannelNotify() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let host = NodeRef::<leptos::html::Div>::new();
    let (channel, name) = ctx.store.with_untracked(|s| {
        let id = s.current.clone().unwrap_or_default();
        let name = s.channels.get(&id).map(|c| c.display_name.clone());
        (id, name.unwrap_or_default())
    });
    let id = channel.clone();
    super::markdown::form(
        host,
        "channel-notify",
        move || {
            ctx.store.with_untracked(|s| {
                crate::state::notify::channel_form(&s.channels.notify_props(&id))
            })
        },
        move |values| {
            let props = crate::state::notify::answers(values);
            let (api, channel) = (ctx.api.get_untracked(), channel.clone());
            leptos::task::spawn_local(async move {
                let path = format!("/channels/{channel}/members/me/notify_props");
                if api.put::<mm_api::StatusOk>(&path, &props).await.is_ok() {
                    ctx.store
                        .update(|s| s.channels.set_notify_props(&channel, props));
                    dialog.set(Dialog::None);
                }
            });
        },
    );
    view! {
        <div class="dialog-backdrop" on:click=move |_| dialog.set(Dialog::None)>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="channel-notify-title"
                data-testid="channel-notify-dialog" on:click=|e| e.stop_propagation()>
                <h2 id="channel-notify-title">{tr_args("channel-notify-title", &[("channel", name.into())])}</h2>
                <div node_ref=host></div>
                <div class="dialog-buttons">
                    <button type="button" on:click=move |_| dialog.set(Dialog::None)>{tr("cancel")}</button>
                </div>
            </div>
        </div>
    }
}
