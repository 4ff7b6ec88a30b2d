//! The thread panel: the root, its replies, and a composer for replies. Full screen on a
//! phone.

use leptos::prelude::*;

use super::composer::Composer;
use super::post_item::PostItem;
use crate::actions::channels::load_thread;
use crate::app::use_ctx;
use crate::i18n::tr;
use crate::state::{Changed, Part};

/// The open thread.
#[component]
pub fn ThreadPanel() -> impl IntoView {
    let ctx = use_ctx();
    let root = Memo::new(move |_| ctx.store.read(&[Part::View], |s| s.thread.clone()));
    let ids = Memo::new(move |_| {
        ctx.store.read(&[Part::View, Part::Lists], |s| {
            s.thread
                .as_ref()
                .map(|r| s.posts.thread_view(r))
                .unwrap_or_default()
        })
    });
    Effect::new(move |_| {
        let Some(r) = root.get() else { return };
        leptos::task::spawn_local(load_thread(ctx.api.get_untracked(), ctx.store, r));
    });
    view! {
        <aside class="thread" aria-labelledby="thread-title" data-testid="thread-panel">
            <header class="thread-header">
                <h2 id="thread-title">{tr("thread-title")}</h2>
                <button type="button" aria-label=tr("thread-close") on:click=move |_| ctx.store.change(Changed::of(&[Part::View]), |s| s.thread = None)
                    data-testid="close-thread">"✕"</button>
            </header>
            <div class="messages" role="feed" aria-label=tr("thread-title")>
                <For each=move || ids.get() key=|id| id.clone()
                    children=move |id| view! { <PostItem id continuation=false in_thread=true/> }/>
            </div>
            {move || root.get().map(|r| view! { <Composer root=Some(r)/> })}
        </aside>
    }
}
