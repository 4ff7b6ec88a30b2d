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

/// The user's notification settings, saved to the profile's `notify_props`, with the
/// browser's permission to notify and this browser's push subscription.
#[component]
fn NotifySettings() -> impl IntoView {
    let ctx = use_ctx();
    let host = NodeRef::<leptos::html::Div>::new();
    let saved = RwSignal::new(false);
    // This browser's push subscription; the form is rebuilt when it changes.
    let push = RwSignal::new(String::new());
    let refresh = move || {
        leptos::task::spawn_local(async move { push.set(super::markdown::push("state", "").await) })
    };
    refresh();
    super::markdown::form(
        host,
        "notify",
        move || {
            let push = push.get();
            let desktop = match web_sys::Notification::permission() {
                web_sys::NotificationPermission::Default => "default",
                web_sys::NotificationPermission::Denied => "denied",
                _ => "granted",
            };
            ctx.store.with_untracked(|s| {
                let props =
                    s.me.as_ref()
                        .map(|u| u.notify_props.clone())
                        .unwrap_or_default();
                let email =
                    s.config.get("SendEmailNotifications").map(String::as_str) == Some("true");
                let push = if s.config.contains_key("WebPushPublicKey") {
                    push.as_str()
                } else {
                    ""
                };
                crate::state::notify::user_form(&props, email, desktop, push)
            })
        },
        move |values| {
            let api = ctx.api.get_untracked();
            if values.first().map(String::as_str) == Some("__action") {
                let action = values.get(1).cloned().unwrap_or_default();
                let key = ctx
                    .store
                    .with_untracked(|s| s.config.get("WebPushPublicKey").cloned())
                    .unwrap_or_default();
                leptos::task::spawn_local(async move {
                    let path = "/notifications/push_subscriptions";
                    match action.as_str() {
                        "push-on" => {
                            let sub = super::markdown::push("subscribe", &key).await;
                            if let Ok(sub) = serde_json::from_str::<serde_json::Value>(&sub) {
                                let _ = api.post::<serde_json::Value>(path, &sub).await;
                            }
                        }
                        "push-off" => {
                            let endpoint = super::markdown::push("unsubscribe", "").await;
                            let query = js_sys::encode_uri_component(&endpoint);
                            let _ = api
                                .delete::<serde_json::Value>(&format!("{path}?endpoint={query}"))
                                .await;
                        }
                        _ => {
                            super::markdown::push("permission", "").await;
                        }
                    }
                    push.set(super::markdown::push("state", "").await);
                });
                return;
            }
            let body = serde_json::json!({ "notify_props": crate::state::notify::answers(values) });
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
        <div node_ref=host></div>
        <p role="status" data-testid="notify-saved">{move || saved.get().then(|| tr("notify-saved"))}</p>
    }
}
