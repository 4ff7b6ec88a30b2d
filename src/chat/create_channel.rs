//! Create a public or private channel.

use super::{Dialog, show_channel, use_dialog};
use crate::actions::channels;
use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};
use leptos::prelude::*;

/// The dialog.
#[component]
pub fn CreateChannel() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let name = RwSignal::new(String::new());
    let purpose = RwSignal::new(String::new());
    let private = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (display, about) = (name.get_untracked(), purpose.get_untracked());
        let private = private.get_untracked();
        let now = js_sys::Date::now() as u64;
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match channels::create(api, ctx.store, display, about, private, now).await {
                Ok(ch) => {
                    dialog.set(Dialog::None);
                    show_channel(ctx, &ch);
                }
                Err(e) => {
                    error.try_set(Some(tr_args(
                        "error-generic",
                        &[("message", e.message().into())],
                    )));
                }
            }
        });
    };
    view! {
        <div class="dialog-backdrop">
            <form class="dialog" role="dialog" aria-modal="true" aria-labelledby="create-title" on:submit=submit>
                <h2 id="create-title">{tr("create-title")}</h2>
                <label for="create-name">{tr("create-name-label")}</label>
                <input id="create-name" required maxlength="64" autofocus data-testid="create-name"
                    on:input=move |ev| name.set(event_target_value(&ev))/>
                <label for="create-purpose">{tr("create-purpose-label")}</label>
                <input id="create-purpose" maxlength="250" on:input=move |ev| purpose.set(event_target_value(&ev))/>
                <label class="check">
                    <input type="checkbox" on:change=move |ev| private.set(event_target_checked(&ev))/>
                    {tr("create-private-label")}
                </label>
                <p class="error" role="alert">{move || error.get()}</p>
                <div class="dialog-buttons">
                    <button type="button" on:click=move |_| dialog.set(Dialog::None)>{tr("cancel")}</button>
                    <button type="submit" class="primary" data-testid="create-submit">{tr("create-submit")}</button>
                </div>
            </form>
        </div>
    }
}
