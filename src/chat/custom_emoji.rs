//! The community's custom emoji: add one (a name and a small image), and delete one's own
//! (a system admin can delete any), as on Mattermost's custom emoji page.

use leptos::prelude::*;
use mm_api::Emoji;

use super::{Dialog, use_dialog};
use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};
use crate::state::{Changed, Part};

/// The custom emoji dialog.
#[component]
pub fn CustomEmoji() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let list = RwSignal::new(Vec::<Emoji>::new());
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let image = NodeRef::<leptos::html::Input>::new();
    let failed = move |e: crate::api::ClientError| {
        error.try_set(Some(tr_args(
            "error-generic",
            &[("message", e.message().into())],
        )));
    };
    // The whole list with who added each: the sidebar's store only maps names to ids.
    leptos::task::spawn_local(async move {
        let all = crate::app::custom_emoji(&ctx.api.get_untracked()).await;
        let creators = all.iter().map(|e| e.creator_id.clone()).collect();
        crate::actions::fetch_users(ctx.api.get_untracked(), ctx.store, creators).await;
        list.try_set(all);
    });
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let file = image
            .get_untracked()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0));
        let (Some(file), Ok(form)) = (file, web_sys::FormData::new()) else {
            return;
        };
        let me = ctx.store.with_untracked(|s| s.my_id());
        let emoji = serde_json::json!({ "name": name.get_untracked().trim(), "creator_id": me });
        if form
            .append_with_blob_and_filename("image", &file, &file.name())
            .and_then(|()| form.append_with_str("emoji", &emoji.to_string()))
            .is_err()
        {
            return;
        }
        busy.set(true);
        error.set(None);
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match api.add_custom_emoji(form).await {
                Ok(emoji) => {
                    ctx.store.change(Changed::of(&[Part::Me]), |s| {
                        s.custom_emoji.insert(emoji.name.clone(), emoji.id.clone());
                    });
                    list.update(|l| {
                        l.retain(|e| e.id != emoji.id);
                        l.push(emoji);
                        l.sort_by(|a, b| a.name.cmp(&b.name));
                    });
                    name.set(String::new());
                    if let Some(i) = image.get_untracked() {
                        i.set_value("");
                    }
                }
                Err(e) => failed(e),
            }
            busy.try_set(false);
        });
    };
    let remove = move |emoji: Emoji| {
        let question = tr_args(
            "custom-emoji-delete-confirm",
            &[("name", emoji.name.clone().into())],
        );
        if !window().confirm_with_message(&question).unwrap_or(false) {
            return;
        }
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match api.delete_custom_emoji(&emoji.id).await {
                Ok(_) => {
                    ctx.store.change(Changed::of(&[Part::Me]), |s| {
                        s.custom_emoji.remove(&emoji.name);
                    });
                    list.update(|l| l.retain(|e| e.id != emoji.id));
                }
                Err(e) => failed(e),
            }
        });
    };
    let row = move |emoji: Emoji| {
        let (me, admin, creator) = ctx.store.read(&[Part::Me, Part::Users], |s| {
            let admin =
                s.me.as_ref()
                    .is_some_and(|u| u.roles.contains("system_admin"));
            (s.my_id(), admin, s.users.name(&emoji.creator_id))
        });
        let src = crate::markdown::custom_emoji_url(
            &ctx.api.with_untracked(|a| a.base.clone()),
            &emoji.id,
        );
        let label = format!(":{}:", emoji.name);
        let mine = emoji.creator_id == me || admin;
        let name = emoji.name.clone();
        view! {
            <li data-testid="custom-emoji" data-name=name>
                <img class="emoji" src=src alt=""/>
                <code>{label}</code>
                <bdi class="detail">{creator}</bdi>
                {mine.then(|| view! {
                    <button type="button" class="link" data-testid="custom-emoji-delete"
                        on:click=move |_| remove(emoji.clone())>{tr("custom-emoji-delete")}</button>
                })}
            </li>
        }
    };
    view! {
        <div class="dialog-backdrop" on:click=move |_| dialog.set(Dialog::None)>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="custom-emoji-title"
                data-testid="custom-emoji-dialog" on:click=|e| e.stop_propagation()>
                <h2 id="custom-emoji-title">{tr("custom-emoji-title")}</h2>
                <form on:submit=add>
                    <label for="custom-emoji-name">{tr("custom-emoji-name")}</label>
                    <input id="custom-emoji-name" required maxlength="64" pattern="[a-z0-9_+\\-]+"
                        data-testid="custom-emoji-name" prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))/>
                    <p class="help">{tr("custom-emoji-name-help")}</p>
                    <label for="custom-emoji-image">{tr("custom-emoji-image")}</label>
                    <input id="custom-emoji-image" type="file" required accept="image/png,image/jpeg,image/gif,image/webp"
                        node_ref=image data-testid="custom-emoji-image"/>
                    <p class="error" role="alert">{move || error.get()}</p>
                    <button type="submit" class="primary" data-testid="custom-emoji-add"
                        disabled=move || busy.get()>{tr("custom-emoji-add")}</button>
                </form>
                <ul class="custom-emoji-list">{move || list.get().into_iter().map(row).collect_view()}</ul>
                <div class="dialog-buttons">
                    <button type="button" on:click=move |_| dialog.set(Dialog::None)>{tr("close")}</button>
                </div>
            </div>
        </div>
    }
}
