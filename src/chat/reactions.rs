//! The reaction bar under a post: one button per emoji with its count, pressed when the
//! reader is among those who reacted; a click toggles; hovering or focusing names who.

use leptos::prelude::lazy;
use leptos::prelude::*;
use mm_api::PostId;

use crate::actions::reactions;

use crate::app::{Ctx, use_ctx};
use crate::i18n::tr_args;

/// Adds the reader's reaction, or takes it back (see `actions::reactions`).
pub fn toggle_reaction(ctx: Ctx, post: PostId, emoji: String) {
    leptos::task::spawn_local(react(ctx, post, emoji, true));
}

/// Adds the reader's reaction unless it is already there (from the picker).
pub fn add_reaction(ctx: Ctx, post: PostId, emoji: String) {
    leptos::task::spawn_local(react(ctx, post, emoji, false));
}

/// Reacts (`toggle`: or takes the reaction back); from its own chunk, loaded at the first
/// reaction, since reading and writing need none.
#[lazy]
pub(super) fn react(ctx: Ctx, post: PostId, emoji: String, toggle: bool) {
    let api = ctx.api.get_untracked();
    if toggle {
        leptos::task::spawn_local(reactions::toggle(api, ctx.store, post, emoji));
    } else {
        leptos::task::spawn_local(reactions::add(api, ctx.store, post, emoji));
    }
}

/// An emoji as shown in a reaction: the character, a custom emoji's image, or `:name:`
/// for a name nobody knows.
fn glyph(ctx: Ctx, name: &str) -> AnyView {
    match ctx.markdown.with(|m| m.emoji(name)) {
        Some(Ok(c)) => view! { <span class="emoji">{c}</span> }.into_any(),
        Some(Err(src)) => view! { <img class="emoji" src=src alt=format!(":{name}:")/> }.into_any(),
        None => view! { <span class="emoji">{format!(":{name}:")}</span> }.into_any(),
    }
}

/// The bar for one post.
#[component]
pub fn Reactions(post: PostId) -> impl IntoView {
    let ctx = use_ctx();
    let key = post.clone();
    let watch = ctx.store.follow_post(&post);
    let groups = Memo::new(move |_| {
        ctx.store
            .post(watch, |s| s.posts.reaction_groups(&key, &s.my_id()))
    });
    // A plain list rather than <For>: few items, and each <For> costs the first download.
    move || {
        let list = groups.get();
        (!list.is_empty()).then(|| view! {
            <div class="reactions" data-testid="reactions">
                {list.into_iter().map(|g| {
                        let names: Vec<String> = ctx.store.with_untracked(|s| g.users.iter().map(|u| s.users.name(u)).collect());
                        let label = tr_args("reaction-who", &[
                            ("names", crate::intl::list(&names, &[("type", "conjunction")]).into()),
                            ("emoji", g.emoji.clone().into()),
                        ]);
                        let (post, emoji) = (post.clone(), g.emoji.clone());
                        let name = g.emoji.clone();
                        view! {
                            <button type="button" class=if g.mine { "reaction mine" } else { "reaction" } aria-pressed=g.mine.to_string()
                                title=label.clone() aria-label=label data-emoji=g.emoji.clone()
                                on:click=move |_| toggle_reaction(ctx, post.clone(), emoji.clone())>
                                {move || glyph(ctx, &name)}
                                <span class="count">{crate::intl::number(g.users.len() as f64, &[])}</span>
                            </button>
                        }
                }).collect_view()}
            </div>
        })
    }
}
