//! The console's code of conduct: the current text to edit, published as a new version
//! that everyone accepts again.

use leptos::prelude::*;

use crate::actions::trust;
use crate::app::use_ctx;
use crate::i18n::tr;

/// The code-of-conduct tab.
#[component]
pub fn Terms() -> impl IntoView {
    let ctx = use_ctx();
    let enforced = ctx.store.with_untracked(|s| {
        s.config
            .get("EnableCustomTermsOfService")
            .map(String::as_str)
            == Some("true")
    });
    let text = RwSignal::new(String::new());
    let published = RwSignal::new(false);
    let api = ctx.api.get_untracked();
    leptos::task::spawn_local(async move {
        // None yet is a 404: the box starts empty.
        if let Ok(t) = trust::terms(&api).await {
            text.try_set(t.text);
        }
    });
    let publish = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match trust::publish_terms(&api, &text.get_untracked()).await {
                Ok(_) => {
                    published.try_set(true);
                }
                Err(e) => crate::actions::alert(&ctx.store, &e),
            }
        });
    };
    view! {
        <form on:submit=publish>
            {(!enforced).then(|| view! { <p class="help">{tr("console-terms-disabled")}</p> })}
            <textarea rows="12" data-testid="console-terms-text" aria-label=tr("console-tab-terms")
                aria-describedby="console-terms-help" required
                prop:value=move || text.get()
                on:input=move |ev| { text.set(event_target_value(&ev)); published.set(false); }></textarea>
            <p id="console-terms-help" class="help">{tr("console-terms-help")}</p>
            <button type="submit" class="primary" data-testid="console-terms-publish">{tr("console-terms-publish")}</button>
            <p role="status" data-testid="console-terms-status">
                {move || published.get().then(|| tr("console-terms-published"))}
            </p>
        </form>
    }
}
