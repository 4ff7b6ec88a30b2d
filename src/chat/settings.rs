//! Settings: the interface language (applied at once, saved to the profile's `locale`),
//! the profile picture, and notifications.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::settings_form::settings_form;
use super::{Dialog, use_dialog};
use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};
use crate::state::notify::Action;

/// The settings dialog.
#[component]
pub fn Settings() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let choose = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            crate::app::apply_locale(ctx, vec![code.clone()]).await;
            crate::actions::settings::save_locale(api, ctx.store, code).await;
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
                <super::security::SecuritySettings/>
                <div class="dialog-buttons">
                    <button type="button" autofocus on:click=move |_| dialog.set(Dialog::None)>{tr("close")}</button>
                </div>
            </div>
        </div>
    }
}

#[wasm_bindgen(inline_js = r#"
export function push(op, arg) {
  return import(new URL("../../js/push.js", import.meta.url).href).then((m) => m[op](arg));
}
"#)]
extern "C" {
    /// Web Push in this browser (`public/js/push.js`, imported when first used): `state`,
    /// `subscribe` (with the server's key), `unsubscribe`, `permission`.
    #[wasm_bindgen(js_name = push)]
    fn js_push(op: &str, arg: &str) -> js_sys::Promise;
}

/// Runs an operation of `public/js/push.js`; its answer as text ("" on failure).
async fn push(op: &str, arg: &str) -> String {
    wasm_bindgen_futures::JsFuture::from(js_push(op, arg))
        .await
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// The user's notification settings, saved to the profile's `notify_props`, with the
/// browser's permission to notify and this browser's push subscription.
#[component]
fn NotifySettings() -> impl IntoView {
    let ctx = use_ctx();
    let saved = RwSignal::new(false);
    // This browser's push subscription; the form is rebuilt when it changes.
    let subscription = RwSignal::new(String::new());
    leptos::task::spawn_local(async move { subscription.set(push("state", "").await) });
    let submit = Arc::new(move |props: mm_api::StringMap| {
        let api = ctx.api.get_untracked();
        let patch = mm_api::UserPatch {
            notify_props: Some(props),
            ..Default::default()
        };
        leptos::task::spawn_local(async move {
            match crate::actions::settings::patch_me(api, ctx.store, patch).await {
                Ok(()) => saved.set(true),
                Err(e) => crate::actions::alert(&ctx.store, &e),
            }
        });
    });
    let action = Arc::new(move |action: Action| {
        let api = ctx.api.get_untracked();
        let key = ctx
            .store
            .with_untracked(|s| s.config.get("WebPushPublicKey").cloned())
            .unwrap_or_default();
        leptos::task::spawn_local(async move {
            let done = match action {
                Action::PushOn => {
                    let sub = push("subscribe", &key).await;
                    match serde_json::from_str::<serde_json::Value>(&sub) {
                        Ok(sub) => api.push_subscribe(&sub).await,
                        // The browser said no (it shows the state below).
                        Err(_) => Ok(()),
                    }
                }
                Action::PushOff => {
                    let endpoint = push("unsubscribe", "").await;
                    api.push_unsubscribe(&endpoint).await
                }
                Action::AskPermission => {
                    push("permission", "").await;
                    Ok(())
                }
            };
            if let Err(e) = done {
                crate::actions::alert(&ctx.store, &e);
            }
            subscription.set(push("state", "").await);
        });
    });
    let form = move || {
        let push = subscription.get();
        let desktop = match web_sys::Notification::permission() {
            web_sys::NotificationPermission::Default => "default",
            web_sys::NotificationPermission::Denied => "denied",
            _ => "granted",
        };
        let fields = ctx.store.with_untracked(|s| {
            let props =
                s.me.as_ref()
                    .map(|u| u.notify_props.clone())
                    .unwrap_or_default();
            let email = s.config.get("SendEmailNotifications").map(String::as_str) == Some("true");
            let push = if s.config.contains_key("WebPushPublicKey") {
                push.as_str()
            } else {
                ""
            };
            crate::state::notify::user_form(&props, email, desktop, push)
        });
        settings_form("notify", fields, submit.clone(), action.clone())
    };
    view! {
        <h3>{tr("notify-settings")}</h3>
        {form}
        <p role="status" data-testid="notify-saved">{move || saved.get().then(|| tr("notify-saved"))}</p>
    }
}
