//! Search: the box in the channel header (with `from:` and `in:` suggestions, and recent
//! mentions in one click) and the results beside the channel, grouped by channel with the
//! found words marked; a result opens the post in its channel.

use leptos::prelude::lazy;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{Ctx, use_ctx};
use crate::i18n::{tr, tr_args};
use crate::state::search::{complete, operator_at_end};
use crate::state::{Changed, Part};

/// Runs a search in the current team and shows its results (see `actions::search`); from
/// its own chunk, with the results', since reading and writing need neither.
#[lazy]
pub fn run_search(ctx: Ctx, terms: String) {
    // Dates (`on:`) are days where the reader is.
    let zone = -js_sys::Date::new_0().get_timezone_offset() as i64 * 60;
    let api = ctx.api.get_untracked();
    leptos::task::spawn_local(crate::actions::search::run(api, ctx.store, terms, zone));
}

/// The search box.
#[component]
pub fn SearchBox() -> impl IntoView {
    let ctx = use_ctx();
    let text = RwSignal::new(String::new());
    // Completions of a `from:` or `in:` word: whole new texts, which the browser's own
    // suggestion list (a <datalist>) offers and fills in.
    let options = RwSignal::new(Vec::<(String, String)>::new());
    let suggest = move |value: String| {
        let Some((op, prefix)) = operator_at_end(&value) else {
            options.set(Vec::new());
            return;
        };
        let prefix = prefix.to_lowercase();
        if op == "in:" {
            let list = ctx.store.with_untracked(|s| {
                let Some(team) = &s.team else {
                    return Vec::new();
                };
                let bar = s.channels.sidebar(team, &s.my_id(), |u| s.users.name(u));
                bar.all()
                    .filter(|e| e.other_user.is_none() && e.name.starts_with(&prefix))
                    .take(8)
                    .map(|e| (complete(&value, &format!("in:{}", e.name)), e.label.clone()))
                    .collect()
            });
            options.set(list);
            return;
        }
        let (team, channel) = ctx
            .store
            .with_untracked(|s| (s.team.clone(), s.current.clone()));
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            let (Some(team), Some(channel)) = (team, channel) else {
                return;
            };
            let users = api
                .autocomplete(&team, Some(&channel), &prefix)
                .await
                .map(|a| {
                    a.users
                        .into_iter()
                        .chain(a.out_of_channel.unwrap_or_default())
                })
                .into_iter()
                .flatten()
                .take(8)
                .map(|u| {
                    (
                        complete(&value, &format!("from:{}", u.username)),
                        u.display_name(),
                    )
                })
                .collect();
            options.try_set(users);
        });
    };
    // A search started elsewhere (a #hashtag) shows its terms here.
    Effect::new(move |_| {
        let terms = ctx.store.read(&[Part::View], |s| {
            s.search.as_ref().map(|x| x.terms.clone())
        });
        if let Some(terms) = terms.filter(|t| *t != text.get_untracked()) {
            text.set(terms);
        }
    });
    let mentions = move |_| {
        if let Some(me) = ctx
            .store
            .with_untracked(|s| s.me.as_ref().map(|u| u.username.clone()))
        {
            text.set(format!("@{me}"));
            leptos::task::spawn_local(run_search(ctx, format!("@{me}")));
        }
    };
    view! {
        <form class="search" role="search" on:submit=move |ev| {
            ev.prevent_default();
            leptos::task::spawn_local(run_search(ctx, text.get_untracked()));
        }>
            <input type="search" data-testid="search" list="search-suggestions" autocomplete="off"
                aria-label=tr("search-label") placeholder=tr("search-placeholder")
                prop:value=move || text.get()
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    text.set(value.clone());
                    suggest(value);
                }/>
            <datalist id="search-suggestions">
                {move || options.get().into_iter().map(|(value, label)| view! {
                    <option value=value>{label}</option>
                }).collect_view()}
            </datalist>
            <button type="button" class="mentions" data-testid="recent-mentions"
                title=tr("search-mentions") aria-label=tr("search-mentions") on:click=mentions>"@"</button>
        </form>
    }
}

/// One found message: rendered as markdown with the found words in `<mark>`. A click on it
/// outside its links, or on its button, opens the post.
fn result(ctx: Ctx, post: mm_api::Post, words: Vec<String>) -> impl IntoView {
    let (author, iso, time) = ctx.store.with_untracked(|s| {
        (
            s.users.name(&post.user_id),
            super::time::iso(post.create_at),
            super::time::full(post.create_at),
        )
    });
    let id = post.id.clone();
    let open = move || {
        let team = ctx
            .store
            .with_untracked(|s| s.current_team().map(|t| t.name.clone()));
        ctx.goto
            .set(Some(format!("/{}/pl/{id}", team.unwrap_or_default())));
        ctx.drawer.set(false);
    };
    let click = move |ev: leptos::ev::MouseEvent| {
        let in_link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a").ok().flatten())
            .is_some();
        if !in_link {
            open();
        }
    };
    let text = post.message.clone();
    view! {
        <article class="search-result" data-testid="search-result" data-post=post.id.0.clone() on:click=click>
            <div class="post-meta">
                <bdi class="author">{author}</bdi>" "<time datetime=iso>{time}</time>
                <button type="button" class="jump" data-testid="search-jump">{tr("search-jump")}</button>
            </div>
            <super::markdown::Markdown text testid="message" words/>
        </article>
    }
}

/// The results panel, grouped by channel.
#[component]
pub fn SearchResults() -> impl IntoView {
    let ctx = use_ctx();
    let search = Memo::new(move |_| ctx.store.read(&[Part::View], |s| s.search.clone()));
    let close = move |_| {
        ctx.store
            .change(Changed::of(&[Part::View]), |s| s.search = None)
    };
    let results = move || {
        search.with(|search| {
            let search = search.as_ref()?;
            let groups = search.groups();
            Some(
                groups
                    .into_iter()
                    .map(|(channel, posts)| {
                        let label = ctx.store.with_untracked(|s| {
                            s.channels.get(&channel).map(|c| {
                                match crate::state::channels::dm_partner(&c.name, &s.my_id()) {
                                    Some(u) if s.channels.is_direct(&channel) => s.users.name(&u),
                                    _ => c.display_name.clone(),
                                }
                            })
                        });
                        let found = posts
                            .into_iter()
                            .map(|p| {
                                let words = search.matches.get(&p.id).cloned().unwrap_or_default();
                                result(ctx, p, words)
                            })
                            .collect_view();
                        view! {
                            <section class="search-group">
                                <h3><bdi>{label.unwrap_or_default()}</bdi></h3>
                                {found}
                            </section>
                        }
                    })
                    .collect_view(),
            )
        })
    };
    let state = move || {
        search.with(
            |s| match s.as_ref().map(|s| s.posts.as_ref().map(Vec::is_empty)) {
                Some(None) => {
                    Some(view! { <p class="loading">{tr("search-searching")}</p> }.into_any())
                }
                Some(Some(true)) => Some(
                    view! { <p class="empty" data-testid="search-none">{tr("search-none")}</p> }
                        .into_any(),
                ),
                _ => None,
            },
        )
    };
    view! {
        <aside class="thread search-results" aria-labelledby="search-title" data-testid="search-results">
            <header class="thread-header">
                <h2 id="search-title">
                    {move || search.with(|s| s.as_ref().map(|s| tr_args("search-title", &[("terms", s.terms.clone().into())])))}
                </h2>
                <button type="button" aria-label=tr("search-close") on:click=close data-testid="close-search">"✕"</button>
            </header>
            <div class="messages">{state}<div class="search-groups">{results}</div></div>
        </aside>
    }
}
