//! Browse the team's public channels and join one.

use leptos::prelude::*;

use super::{Dialog, channel_path, use_dialog};
use crate::app::use_ctx;
use crate::i18n::tr;

/// The dialog.
#[component]
pub fn BrowseChannels() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let list = RwSignal::new(Vec::<mm_api::Channel>::new());
    let api = ctx.api.get_untracked();
    leptos::task::spawn_local(async move {
        if let Ok(joinable) = crate::actions::channels::joinable(api, ctx.store).await {
            list.try_set(joinable);
        }
    });
    view! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="browse-title">
                <h2 id="browse-title">{tr("browse-title")}</h2>
                <Show when=move || !list.with(Vec::is_empty) fallback=|| view! { <p>{tr("browse-empty")}</p> }>
                    <ul class="browse">
                        {move || list.get().into_iter().map(|c| {
                            let path = channel_path(ctx, &c.name);
                            view! {
                                <li>
                                    <bdi class="label">{c.display_name.clone()}</bdi>
                                    <span class="detail" dir="auto">{c.purpose.clone()}</span>
                                    <a href=path class="button" on:click=move |_| dialog.set(Dialog::None)>{tr("browse-join")}</a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </Show>
                <div class="dialog-buttons">
                    <button type="button" on:click=move |_| dialog.set(Dialog::None)>{tr("close")}</button>
                </div>
            </div>
        </div>
    }
}
