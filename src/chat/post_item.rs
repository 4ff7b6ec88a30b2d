//! One message: avatar and name (unless grouped), time, text, state, and its actions.

use leptos::prelude::*;
use mm_api::PostId;

use super::time;
use crate::actions::posts;
use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};
use crate::state::{Changed, Part};

/// A post of the channel or of a thread.
#[component]
pub fn PostItem(id: PostId, continuation: bool, in_thread: bool) -> impl IntoView {
    let ctx = use_ctx();
    // Each reader follows only this post (and the parts it names): another post's change
    // does not run it.
    let watch = ctx.store.follow_post(&id);
    let pid = id.clone();
    let post = Memo::new(move |_| ctx.store.post(watch, |s| s.posts.get(&pid).cloned()));
    let has_files =
        Memo::new(move |_| post.with(|p| p.as_ref().is_some_and(|p| !p.metadata.files.is_empty())));
    let has_reactions = Memo::new(move |_| {
        post.with(|p| p.as_ref().is_some_and(|p| !p.metadata.reactions.is_empty()))
    });
    let (files_id, reactions_id) = (id.clone(), id.clone());
    // The text alone, so that a reaction does not rebuild it.
    let text =
        Memo::new(move |_| post.with(|p| p.as_ref().map(|p| (p.delete_at != 0, shown_message(p)))));
    let pid = id.clone();
    let pending = Memo::new(move |_| ctx.store.post(watch, |s| s.posts.pending_state(&pid)));
    // A webhook's or bot's post shows the name and picture it gives (the server keeps these
    // to integrations, as the config allows), with a BOT tag, as Mattermost does.
    let author = Memo::new(move |_| {
        let (uid, hook, name, icon) = post.with(|p| {
            p.as_ref().map(|p| {
                let prop = |k: &str| p.props.get(k).and_then(|v| v.as_str()).map(str::to_owned);
                (
                    p.user_id.clone(),
                    prop(mm_api::PROP_FROM_WEBHOOK).is_some()
                        || prop(mm_api::PROP_FROM_BOT).is_some(),
                    prop(mm_api::PROP_OVERRIDE_USERNAME),
                    prop(mm_api::PROP_OVERRIDE_ICON_URL),
                )
            })
        })?;
        ctx.store.read(&[Part::Users], |s| {
            let user = s.users.get(&uid);
            let base = ctx.api.with_untracked(|a| a.base.clone());
            let src = match icon.filter(|_| hook) {
                Some(url) => format!("{base}/api/v4/image?url={}", crate::api::encode(&url)),
                None => format!(
                    "{base}/api/v4/users/{uid}/image?_={}",
                    user.map_or(0, |u| u.last_picture_update)
                ),
            };
            Some((
                src,
                name.filter(|_| hook).unwrap_or_else(|| s.users.name(&uid)),
                hook || user.is_some_and(|u| u.is_bot),
            ))
        })
    });
    let ephemeral = Memo::new(move |_| {
        post.with(|p| {
            p.as_ref()
                .is_some_and(|p| p.post_type == mm_api::POST_EPHEMERAL)
        })
    });
    let mine = Memo::new(move |_| {
        let me = ctx.store.read(&[Part::Me], |s| s.my_id());
        post.with(|p| p.as_ref().is_some_and(|p| p.user_id == me))
    });
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let label_id = format!("post-{id}");
    // ↑ in an empty composer asks the store to edit a post: its row in the channel does, for
    // as long as the store says so (no effect per row).
    let edited = StoredValue::new(id.clone());
    let asked = move || {
        !in_thread
            && ctx.store.post(watch, |s| {
                edited.with_value(|id| s.editing.as_ref() == Some(id))
            })
    };
    let close = move || {
        editing.set(false);
        let pid = edited.get_value();
        if ctx
            .store
            .with_untracked(|s| s.editing.as_ref() == Some(&pid))
        {
            ctx.store
                .change(Changed::default().post(&pid), |s| s.editing = None);
        }
    };

    let open_thread = move |_| {
        if let Some(p) = post.get_untracked() {
            ctx.store.change(Changed::of(&[Part::View]), |s| {
                s.thread = Some(p.thread_id().clone())
            });
        }
    };
    let start_edit = move |_| editing.set(true);
    let save = move || {
        let Some(p) = post.get_untracked() else {
            return;
        };
        let message = draft.get_untracked();
        close();
        leptos::task::spawn_local(posts::edit(ctx.api.get_untracked(), ctx.store, p, message));
    };
    let delete = move |_| {
        let Some(p) = post.get_untracked() else {
            return;
        };
        if !window()
            .confirm_with_message(&tr("post-delete-confirm"))
            .unwrap_or(false)
        {
            return;
        }
        leptos::task::spawn_local(posts::delete(ctx.api.get_untracked(), ctx.store, p));
    };
    let pid = StoredValue::new(id.clone());

    view! {
        <Show when=move || post.with(Option::is_some)>
            <article class="post" class:continuation=continuation class:mine=move || mine.get()
                class:highlighted=move || ctx.store.post(watch, |s| s.highlight.as_ref() == Some(&pid.get_value()))
                class:pending=move || pending.get() == Some(false) class:failed=move || pending.get() == Some(true)
                tabindex="0" aria-labelledby=label_id.clone() data-testid="post" data-post-id=id.to_string()>
                {(!continuation).then(|| view! {
                    <img class="avatar" alt="" width="36" height="36" loading="lazy"
                        src=move || author.get().map(|a| a.0)/>
                })}
                <div class="post-body">
                    <div class="post-meta" id=label_id.clone()>
                        {(!continuation).then(|| view! {
                            <bdi class="author">{move || author.get().map(|a| a.1)}</bdi>
                            {move || author.get().is_some_and(|a| a.2).then(|| view! { <span class="tag">{tr("post-bot")}</span> })}
                        })}
                        {move || ephemeral.get().then(|| view! { <span class="tag" data-testid="ephemeral">{tr("post-only-you")}</span> })}
                        {move || post.get().map(|p| view! {
                            <time datetime=time::iso(p.create_at) title=tr_args("post-time-title", &[("time", time::full(p.create_at).into())])>
                                {time::short_time(p.create_at)}
                            </time>
                        })}
                    </div>
                    <Show when=move || !(editing.get() || asked()) fallback=move || {
                        draft.set(post.with_untracked(|p| p.as_ref().map(|p| p.message.clone()).unwrap_or_default()));
                        view! {
                        <div class="edit">
                            <textarea aria-label=tr("post-edit") prop:value=move || draft.get()
                                on:input=move |ev| draft.set(event_target_value(&ev))
                                on:keydown=move |ev| {
                                    if ev.key() == "Enter" && !ev.shift_key() { ev.prevent_default(); save(); }
                                    if ev.key() == "Escape" { ev.stop_propagation(); close(); }
                                }></textarea>
                            <button type="button" on:click=move |_| save()>{tr("post-save")}</button>
                            <button type="button" on:click=move |_| close()>{tr("cancel")}</button>
                        </div>
                    }}>
                        {move || match text.get() {
                            Some((true, _)) => view! { <p class="message deleted" data-testid="deleted">{tr("post-deleted")}</p> }.into_any(),
                            Some((false, message)) => super::message_view(message, "message"),
                            None => ().into_any(),
                        }}
                    </Show>
                    // Most posts have neither: they then pay for no extra memos.
                    {
                        let id = files_id.clone();
                        move || has_files.get().then(|| view! { <super::files::PostFiles post=id.clone()/> })
                    }
                    {
                        let id = reactions_id.clone();
                        move || has_reactions.get().then(|| view! { <super::reactions::Reactions post=id.clone()/> })
                    }
                    {move || post.get().filter(|p| p.edit_at > 0).map(|_| view! { <span class="edited">{tr("edited")}</span> })}
                    {move || match pending.get() {
                        Some(false) => view! { <span class="state">{tr("post-sending")}</span> }.into_any(),
                        Some(true) => {
                            view! {
                                <span class="state error" role="alert">{tr("post-failed")}</span>
                                <button type="button" on:click=move |_| leptos::task::spawn_local(posts::retry(ctx.api.get_untracked(), ctx.store, pid.get_value().0))>{tr("post-retry")}</button>
                                <button type="button" on:click=move |_| ctx.store.change(Changed::of(&[Part::Lists]).post(&pid.get_value()), |s| s.posts.discard_pending(pid.get_value().as_str()))>{tr("post-discard")}</button>
                            }.into_any()
                        }
                        None => ().into_any(),
                    }}
                    {move || post.get().filter(|p| !in_thread && p.is_root() && p.reply_count > 0).map(|p| view! {
                        <button type="button" class="replies" on:click=open_thread data-testid="reply-count">
                            {tr_args("post-replies", &[("count", p.reply_count.into())])}
                        </button>
                    })}
                </div>
                <Show when=move || pending.get().is_none() && !ephemeral.get() && post.with(|p| p.as_ref().is_some_and(|p| p.delete_at == 0))>
                    <div class="post-actions">
                        <super::emoji_button::EmojiButton label=tr("post-react") testid="react"
                            on_pick=move |name| super::reactions::add_reaction(ctx, pid.get_value(), name)/>
                        {(!in_thread).then(|| view! {
                            <button type="button" on:click=open_thread data-testid="reply">{tr("post-reply")}</button>
                        })}
                        {move || mine.get().then(|| view! {
                            <button type="button" on:click=start_edit data-testid="edit">{tr("post-edit")}</button>
                            <button type="button" on:click=delete data-testid="delete">{tr("post-delete")}</button>
                        })}
                    </div>
                </Show>
            </article>
        </Show>
    }
}

/// A post's text; a built-in command's private answer in the reader's language; for an
/// integration's post of attachments alone, their texts (as Matterbridge reads them).
fn shown_message(p: &mm_api::Post) -> String {
    if let Some(key) = p.props.get("causerie_message").and_then(|v| v.as_str()) {
        return tr(&format!("command-said-{key}"));
    }
    if !p.message.is_empty() {
        return p.message.clone();
    }
    let texts = p.props.get("attachments").and_then(|a| a.as_array());
    texts
        .into_iter()
        .flatten()
        .filter_map(|a| ["text", "fallback"].iter().find_map(|k| a[k].as_str()))
        .collect::<Vec<_>>()
        .join("\n\n")
}
