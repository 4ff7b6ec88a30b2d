//! Start a direct message (one person) or a group message (two to seven others).

use leptos::prelude::*;
use mm_api::User;

use super::{Dialog, show_channel, use_dialog};
use crate::actions::channels;
use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};

/// The dialog.
#[component]
pub fn DirectMessage() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let term = RwSignal::new(String::new());
    let found = RwSignal::new(Vec::<User>::new());
    let chosen = RwSignal::new(Vec::<User>::new());
    let error = RwSignal::new(None::<String>);
    let search = move |value: String| {
        term.set(value.clone());
        let (team, me) = ctx.store.with_untracked(|s| (s.team.clone(), s.my_id()));
        let Some(team) = team else { return };
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            if let Ok(r) = api.autocomplete(&team, None, value.trim()).await {
                found.try_set(r.users.into_iter().filter(|u| u.id != me).collect());
            }
        });
    };
    search(String::new());
    let start = move |_| {
        let users = chosen.get_untracked();
        if users.is_empty() {
            return;
        }
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match channels::open_direct(api, ctx.store, users).await {
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
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="dm-title">
                <h2 id="dm-title">{tr("dm-title")}</h2>
                <p class="help">{tr("dm-group-hint")}</p>
                <label for="dm-search">{tr("dm-search-label")}</label>
                <input id="dm-search" autofocus data-testid="dm-search" prop:value=move || term.get()
                    on:input=move |ev| search(event_target_value(&ev))/>
                <ul class="chosen">
                    {move || chosen.get().into_iter().map(|u| {
                        let id = u.id.clone();
                        view! {
                            <li><button type="button" on:click=move |_| chosen.update(|c| c.retain(|x| x.id != id))>
                                <bdi>{u.username.clone()}</bdi>" ✕"
                            </button></li>
                        }
                    }).collect_view()}
                </ul>
                <ul class="browse">
                    {move || found.get().into_iter().map(|u| {
                        let pick = u.clone();
                        view! {
                            <li>
                                <button type="button" data-testid="dm-candidate" on:click=move |_| chosen.update(|c| {
                                    if c.len() < 7 && !c.iter().any(|x| x.id == pick.id) { c.push(pick.clone()); }
                                })>
                                    <bdi>{u.username.clone()}</bdi> <bdi class="detail">{u.display_name()}</bdi>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="error" role="alert">{move || error.get()}</p>
                <div class="dialog-buttons">
                    <button type="button" on:click=move |_| dialog.set(Dialog::None)>{tr("cancel")}</button>
                    <button type="button" class="primary" on:click=start data-testid="dm-start"
                        disabled=move || chosen.with(Vec::is_empty)>{tr("dm-start")}</button>
                </div>
            </div>
        </div>
    }
}
