//! The message list: a feed of articles, grouped by author, with date separators, a "new
//! messages" line, older pages on scroll (keeping the position) and a jump to the newest.

use leptos::html::Div;
use leptos::prelude::*;
use mm_api::PostId;

use super::post_item::PostItem;
use super::time;
use crate::app::{load_older, use_ctx};
use crate::i18n::tr;

/// Posts by the same author within this time are grouped under one header.
const GROUP_MS: i64 = 5 * 60 * 1000;

#[derive(Debug, Clone, PartialEq)]
struct Row {
    id: PostId,
    day: Option<String>,
    new_line: bool,
    continuation: bool,
}

/// The open channel's messages.
#[component]
pub fn PostList() -> impl IntoView {
    let ctx = use_ctx();
    let scroller = NodeRef::<Div>::new();
    let at_bottom = RwSignal::new(true);
    let loading_older = RwSignal::new(false);
    let channel = Memo::new(move |_| ctx.store.with(|s| s.current.clone()));
    let loaded = Memo::new(move |_| {
        ctx.store.with(|s| {
            s.current
                .as_ref()
                .and_then(|c| s.posts.channel(c))
                .map(|c| (c.loaded, c.has_older))
        })
    });
    let rows = Memo::new(move |_| {
        ctx.store.with(|s| {
            let Some(ch) = &s.current else {
                return Vec::new();
            };
            let me = s.my_id();
            let mark = s.unread_mark.as_ref().filter(|(c, _, _)| c == ch);
            let first_unread = mark
                .and_then(|(_, seen, _)| s.posts.first_unread(ch, *seen, &me))
                .filter(|id| {
                    s.posts
                        .get(id)
                        .zip(mark)
                        .is_some_and(|(p, (_, _, opened))| p.create_at <= *opened)
                });
            let mut prev: Option<&mm_api::Post> = None;
            let mut out = Vec::new();
            for id in s.posts.channel_view(ch) {
                let Some(p) = s.posts.get(&id) else { continue };
                let new_day =
                    prev.is_none_or(|q| time::day_key(q.create_at) != time::day_key(p.create_at));
                let new_line = first_unread.as_ref() == Some(&id);
                let continuation = !new_day
                    && !new_line
                    && prev.is_some_and(|q| {
                        q.user_id == p.user_id && p.create_at - q.create_at < GROUP_MS
                    });
                out.push(Row {
                    id: id.clone(),
                    day: new_day.then(|| time::day(p.create_at)),
                    new_line,
                    continuation,
                });
                prev = Some(p);
            }
            out
        })
    });

    let scroll_to_bottom = move || {
        if let Some(el) = scroller.get_untracked() {
            el.set_scroll_top(el.scroll_height());
        }
    };
    // New posts keep the view at the bottom if it was there.
    Effect::new(move |_| {
        let _ = rows.with(Vec::len);
        if at_bottom.get_untracked() {
            request_animation_frame(scroll_to_bottom);
        }
    });
    // A newly opened channel starts at the bottom.
    Effect::new(move |_| {
        let _ = channel.get();
        at_bottom.set(true);
        request_animation_frame(scroll_to_bottom);
    });

    let on_scroll = move |_| {
        let Some(el) = scroller.get_untracked() else {
            return;
        };
        let bottom = el.scroll_height() - el.scroll_top() - el.client_height() < 40;
        if at_bottom.get_untracked() != bottom {
            at_bottom.set(bottom);
        }
        let has_older = loaded.get_untracked().is_some_and(|(l, o)| l && o);
        if el.scroll_top() < 300 && has_older && !loading_older.get_untracked() {
            let Some(ch) = channel.get_untracked() else {
                return;
            };
            loading_older.set(true);
            let before = el.scroll_height() - el.scroll_top();
            leptos::task::spawn_local(async move {
                load_older(ctx, ch).await;
                // Keep the same post under the reader's eyes after prepending.
                request_animation_frame(move || {
                    if let Some(el) = scroller.get_untracked() {
                        el.set_scroll_top(el.scroll_height() - before);
                    }
                    loading_older.set(false);
                });
            });
        }
    };

    view! {
        <div class="messages" node_ref=scroller on:scroll=on_scroll>
            {move || match loaded.get() {
                None => view! { <p class="empty">{tr("channel-loading")}</p> }.into_any(),
                Some((_, true)) => view! { <p class="empty">{tr("channel-load-older")}</p> }.into_any(),
                Some((_, false)) => view! { <p class="empty">{tr("channel-beginning")}</p> }.into_any(),
            }}
            // A feed holds only articles: the separators are plain (generic) elements.
            <div role="feed" aria-label=tr("messages-label") aria-busy=move || loading_older.get().to_string()
                data-testid="post-list">
                <For each=move || rows.get() key=|r| (r.id.clone(), r.day.clone(), r.new_line, r.continuation)
                    children=move |r| view! {
                        {r.day.map(|d| view! { <div class="day-separator"><span>{d}</span></div> })}
                        {r.new_line.then(|| view! {
                            <div class="new-messages" data-testid="new-messages"><span>{tr("new-messages")}</span></div>
                        })}
                        <PostItem id=r.id continuation=r.continuation in_thread=false/>
                    }/>
            </div>
        </div>
        <Show when=move || !at_bottom.get()>
            <button type="button" class="jump" on:click=move |_| { at_bottom.set(true); scroll_to_bottom(); }
                data-testid="jump-to-newest">{tr("jump-to-newest")}</button>
        </Show>
    }
}
