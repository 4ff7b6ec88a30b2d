//! Settings: the interface language (applied at once, saved to the profile's `locale`).

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
                <div class="dialog-buttons">
                    <button type="button" autofocus on:click=move |_| dialog.set(Dialog::None)>{tr("close")}</button>
                </div>
            </div>
        </div>
    }
}
