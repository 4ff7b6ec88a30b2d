//! The message list: a feed of articles, grouped by author, with date separators and a "new
//! messages" line. Long channels stay smooth: only a window of at most 150 posts is mounted
//! (`state::window`), grown and trimmed as the reader scrolls, with the post under the
//! reader's eyes kept in place; older pages load at the top, 60 at a time.

use leptos::html::Div;
use leptos::prelude::*;
use mm_api::PostId;
use wasm_bindgen::JsCast;

use super::post_item::PostItem;
use super::time;
use crate::actions::channels::load_older;
use crate::app::use_ctx;
use crate::i18n::tr;
use crate::state::Part;
use crate::state::window::ListWindow;

/// Posts by the same author within this time are grouped under one header.
const GROUP_MS: i64 = 5 * 60 * 1000;
/// Distance from an edge, in pixels, at which more posts are mounted.
const EDGE: i32 = 400;

#[derive(Debug, Clone, PartialEq)]
struct Row {
    id: PostId,
    /// A day separator: the day as shown, and as ISO 8601.
    day: Option<(String, String)>,
    new_line: bool,
    continuation: bool,
}

/// The first post visible in the scroller, and its distance from the top.
fn anchor(scroller: &web_sys::HtmlElement) -> Option<(String, i32)> {
    let top = scroller.scroll_top();
    let posts = scroller.query_selector_all("[data-post-id]").ok()?;
    for i in 0..posts.length() {
        let el = posts.item(i)?.dyn_into::<web_sys::HtmlElement>().ok()?;
        if el.offset_top() + el.offset_height() > top {
            return Some((el.get_attribute("data-post-id")?, el.offset_top() - top));
        }
    }
    None
}

/// Puts the anchored post back where it was.
fn restore(scroller: &web_sys::HtmlElement, (id, offset): &(String, i32)) {
    if let Ok(Some(el)) = scroller.query_selector(&format!("[data-post-id=\"{id}\"]"))
        && let Ok(el) = el.dyn_into::<web_sys::HtmlElement>()
    {
        scroller.set_scroll_top(el.offset_top() - offset);
    }
}

/// The open channel's messages.
#[component]
pub fn PostList() -> impl IntoView {
    let ctx = use_ctx();
    let scroller = NodeRef::<Div>::new();
    let at_bottom = RwSignal::new(true);
    let loading_older = RwSignal::new(false);
    let window = RwSignal::new(ListWindow::default());
    let channel = Memo::new(move |_| ctx.store.read(&[Part::View], |s| s.current.clone()));
    let loaded = Memo::new(move |_| {
        ctx.store.read(&[Part::View, Part::Lists], |s| {
            s.current
                .as_ref()
                .and_then(|c| s.posts.channel(c))
                .map(|c| (c.loaded, c.has_older))
        })
    });
    let ids = Memo::new(move |_| {
        ctx.store.read(&[Part::View, Part::Lists], |s| {
            s.current
                .as_ref()
                .map(|c| s.posts.channel_view(c))
                .unwrap_or_default()
        })
    });
    // Read in place: a long channel's ids are not copied for each change.
    let rows = Memo::new(move |_| {
        ids.with(|ids| {
            let (start, end) = window.with(|w| w.range(ids));
            ctx.store.read(&[Part::Me, Part::View, Part::Lists], |s| {
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
                let mut prev = start.checked_sub(1).and_then(|i| s.posts.get(&ids[i]));
                let mut out = Vec::with_capacity(end - start);
                for id in &ids[start..end] {
                    let Some(p) = s.posts.get(id) else { continue };
                    let new_day = prev
                        .is_none_or(|q| time::day_key(q.create_at) != time::day_key(p.create_at));
                    let new_line = first_unread.as_ref() == Some(id);
                    let continuation = !new_day
                        && !new_line
                        && prev.is_some_and(|q| {
                            q.user_id == p.user_id && p.create_at - q.create_at < GROUP_MS
                        });
                    out.push(Row {
                        id: id.clone(),
                        day: new_day.then(|| (time::day(p.create_at), time::iso(p.create_at))),
                        new_line,
                        continuation,
                    });
                    prev = Some(p);
                }
                out
            })
        })
    });

    // Runs a frame later, when the list may be gone (another channel, another page): its
    // node ref may be disposed by then, which `get_untracked` would trap on.
    let scroll_to_bottom = move || {
        if let Some(el) = scroller.try_get_untracked().flatten() {
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
    // A newly opened channel starts at the bottom, following.
    Effect::new(move |_| {
        let _ = channel.get();
        window.set(ListWindow::default());
        at_bottom.set(true);
        request_animation_frame(scroll_to_bottom);
    });
    // Changes the window, keeping the post under the reader's eyes in place. The anchor is
    // measured (a layout) only when the window does change: most scroll events change nothing.
    let shift = move |change: &dyn Fn(&mut ListWindow, &[PostId]) -> bool| -> bool {
        let Some(el) = scroller.get_untracked() else {
            return false;
        };
        let mut next = window.get_untracked();
        if !ids.with_untracked(|ids| change(&mut next, ids)) {
            return false;
        }
        let mark = anchor(&el);
        window.set(next);
        if let Some(mark) = mark {
            request_animation_frame(move || {
                if let Some(el) = scroller.try_get_untracked().flatten() {
                    restore(&el, &mark);
                }
            });
        }
        true
    };

    let on_scroll = move |_| {
        let Some(el) = scroller.get_untracked() else {
            return;
        };
        let below = el.scroll_height() - el.scroll_top() - el.client_height();
        let bottom = below < 40 && window.with_untracked(|w| w.follow);
        if at_bottom.get_untracked() != bottom {
            at_bottom.set(bottom);
        }
        if below < EDGE {
            shift(&|w, ids| w.grow_down(ids));
        }
        if el.scroll_top() >= EDGE
            || loading_older.get_untracked()
            || shift(&|w, ids| w.grow_up(ids))
        {
            return;
        }
        // Everything in memory is mounted: fetch the page before it.
        let has_older = loaded.get_untracked().is_some_and(|(l, o)| l && o);
        let Some(ch) = channel.get_untracked().filter(|_| has_older) else {
            return;
        };
        loading_older.set(true);
        let mark = anchor(&el);
        leptos::task::spawn_local(async move {
            load_older(ctx.api.get_untracked(), ctx.store, ch).await;
            // The list may be gone by now (another page, another language).
            let Some(ids) = ids.try_get_untracked() else {
                return;
            };
            window.try_update(|w| w.grow_up(&ids));
            request_animation_frame(move || {
                if let (Some(el), Some(mark)) = (scroller.try_get_untracked().flatten(), &mark) {
                    restore(&el, mark);
                }
                loading_older.try_set(false);
            });
        });
    };

    let jump = move |_| {
        window.update(ListWindow::jump_to_newest);
        at_bottom.set(true);
        request_animation_frame(scroll_to_bottom);
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
                data-testid="post-list"
                data-window=move || ids.with(|ids| { let (s, e) = window.with(|w| w.range(ids)); format!("{s}-{e}/{}", ids.len()) })>
                <For each=move || rows.get() key=|r| (r.id.clone(), r.day.clone(), r.new_line, r.continuation)
                    children=move |r| view! {
                        {r.day.map(|(d, iso)| view! { <div class="day-separator"><time datetime=iso>{d}</time></div> })}
                        {r.new_line.then(|| view! {
                            <div class="new-messages" data-testid="new-messages"><span>{tr("new-messages")}</span></div>
                        })}
                        <PostItem id=r.id continuation=r.continuation in_thread=false/>
                    }/>
            </div>
        </div>
        {move || (!at_bottom.get()).then(|| view! {
            <button type="button" class="jump" on:click=jump data-testid="jump-to-newest">{tr("jump-to-newest")}</button>
        })}
    }
}
