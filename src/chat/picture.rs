//! The profile picture, in the settings: a new one is previewed as the server will crop it
//! (the centred square, shown round), then saved; or the generated one comes back.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};
use crate::state::Part;

/// The picture section.
#[component]
pub fn PictureSettings() -> impl IntoView {
    let ctx = use_ctx();
    let input = NodeRef::<leptos::html::Input>::new();
    // The chosen file and its object URL for the preview.
    let chosen = RwSignal::new_local(None::<(web_sys::File, String)>);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let current = move || {
        ctx.store.read(&[Part::Me], |s| {
            s.me.as_ref().map(|u| {
                format!(
                    "{}/api/v4/users/{}/image?_={}",
                    ctx.api.with(|a| a.base.clone()),
                    u.id,
                    u.last_picture_update
                )
            })
        })
    };
    let forget = move || {
        if let Some((_, url)) = chosen.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
        chosen.set(None);
    };
    on_cleanup(forget);
    let pick = move |ev: leptos::ev::Event| {
        let el: web_sys::HtmlInputElement = event_target(&ev);
        let file = el.files().and_then(|f| f.get(0));
        forget();
        if let Some(file) = file
            && let Ok(url) = web_sys::Url::create_object_url_with_blob(&file)
        {
            chosen.set(Some((file, url)));
            error.set(None);
        }
        el.set_value("");
    };
    let save = move |_| {
        let Some((file, _)) = chosen.get_untracked() else {
            return;
        };
        let Ok(form) = web_sys::FormData::new() else {
            return;
        };
        if form
            .append_with_blob_and_filename("image", &file, &file.name())
            .is_err()
        {
            return;
        }
        busy.set(true);
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match api.set_my_picture(form).await {
                Ok(_) => forget(),
                Err(e) => {
                    error.try_set(Some(tr_args(
                        "error-generic",
                        &[("message", e.message().into())],
                    )));
                }
            }
            busy.try_set(false);
        });
    };
    let reset = move |_| {
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            if let Err(e) = api.delete_my_picture().await {
                error.try_set(Some(tr_args(
                    "error-generic",
                    &[("message", e.message().into())],
                )));
            }
        });
    };
    view! {
        <fieldset class="picture-settings">
            <legend>{tr("picture-title")}</legend>
            <div class="picture-row">
                {move || match chosen.get() {
                    Some((_, url)) => view! {
                        <img class="avatar avatar--large preview" src=url alt=tr("picture-preview") data-testid="picture-preview"/>
                    }.into_any(),
                    None => view! {
                        <img class="avatar avatar--large" src=current alt="" data-testid="picture-current"/>
                    }.into_any(),
                }}
                <input type="file" accept="image/png,image/jpeg,image/gif,image/webp" hidden node_ref=input
                    data-testid="picture-input" on:change=pick/>
                <button type="button" on:click=move |_| if let Some(i) = input.get() { i.click(); }>{tr("picture-choose")}</button>
                {move || chosen.with(Option::is_some).then(|| view! {
                    <button type="button" class="primary" data-testid="picture-save" disabled=move || busy.get()
                        on:click=save>{tr("picture-save")}</button>
                })}
                <button type="button" class="link" on:click=reset>{tr("picture-reset")}</button>
            </div>
            <p class="error" role="alert">{move || error.get()}</p>
        </fieldset>
    }
}
