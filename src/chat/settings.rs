//! Settings: the interface language (applied at once, saved to the profile's `locale`),
//! the profile picture, and notifications (the form is built by the renderer's module).

use leptos::prelude::*;

use super::{Dialog, use_dialog};
use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};

/// The settings dialog.
#[component]
pub fn Settings() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let choose = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        let api = ctx.api.get_untracked();
        let body = serde_json::json!({ "locale": code });
        leptos::task::spawn_local(async move {
            crate::app::apply_locale(ctx, vec![code]).await;
            let _ = api.put::<mm_api::User>("/users/me/patch", &body).await;
        });
    };
    let option = move |l: crate::i18n::Language| {
        let selected = ctx.locale.get_untracked() == l.code;
        // Language names are in their own language, so they carry their own `lang`.
        let name = if l.status == "draft" {
            tr_args("settings-language-draft", &[("name", l.name.into())])
        } else {
            l.name
        };
        view! { <option value=l.code.clone() selected=selected lang=l.code.clone()>{name}</option> }
    };
    view! {
        <div class="dialog-backdrop" on:click=move |_| dialog.set(Dialog::None)>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="settings-title"
                data-testid="settings-dialog" on:click=|e| e.stop_propagation()>
                <h2 id="settings-title">{tr("settings-title")}</h2>
                <label for="settings-language">{tr("nav-language")}</label>
                <select id="settings-language" data-testid="language" on:change=choose>
                    {crate::i18n::languages().into_iter().map(option).collect::<Vec<_>>()}
                    <optgroup label=tr("settings-pseudo-group")>
                        {crate::i18n::pseudo_languages().into_iter().map(option).collect::<Vec<_>>()}
                    </optgroup>
                </select>
                <p class="help">{tr("settings-language-help")}</p>
                <super::picture::PictureSettings/>
                <NotifySettings/>
                <div class="dialog-buttons">
                    <button type="button" autofocus on:click=move |_| dialog.set(Dialog::None)>{tr("close")}</button>
                </div>
            </div>
        </div>
    }
}

/// The user's notification settings, saved to the profile's `notify_props`.
#[component]
fn NotifySettings() -> impl IntoView {
    let ctx = use_ctx();
    let host = NodeRef::<leptos::html::Div>::new();
    let saved = RwSignal::new(false);
    super::markdown::form(
        host,
        "notify",
        move || {
            ctx.store.with_untracked(|s| {
                let props =
                    s.me.as_ref()
                        .map(|u| u.notify_props.clone())
                        .unwrap_or_default();
                let email =
                    s.config.get("SendEmailNotifications").map(String::as_str) == Some("true");
                crate::state::notify::user_form(&props, email)
            })
        },
        move |values| {
            let body = serde_json::json!({ "notify_props": crate::state::notify::answers(values) });
            let api = ctx.api.get_untracked();
            leptos::task::spawn_local(async move {
                if let Ok(user) = api.put::<mm_api::User>("/users/me/patch", &body).await {
                    ctx.store.update(|s| s.me = Some(user));
                    saved.set(true);
                }
            });
        },
    );
    view! {
        <h3>{tr("notify-settings")}</h3>
        <super::notify::DesktopPermission/>
        <div node_ref=host></div>
        <p role="status" data-testid="notify-saved">{move || saved.get().then(|| tr("notify-saved"))}</p>
    }
}
