//! Create a public or private channel.

use leptos::prelude::*;
use mm_api::{ChannelType, CreateChannel as Body};

use super::{Dialog, adopt_channel, use_dialog};
use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};

/// Turns a display name into a URL name.
fn slug(name: &str) -> String {
    let s: String = name
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    s.split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// The dialog.
#[component]
pub fn CreateChannel() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let name = RwSignal::new(String::new());
    let purpose = RwSignal::new(String::new());
    let private = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(team) = ctx.store.with_untracked(|s| s.team.clone()) else {
            return;
        };
        let display = name.get_untracked().trim().to_owned();
        let mut handle = slug(&display);
        if handle.len() < 2 {
            handle = format!("c-{}", js_sys::Date::now() as u64);
        }
        let body = Body {
            team_id: team,
            name: handle,
            display_name: display,
            channel_type: if private.get_untracked() {
                ChannelType::Private
            } else {
                ChannelType::Open
            },
            purpose: purpose.get_untracked(),
            header: String::new(),
        };
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match api.post::<mm_api::Channel>("/channels", &body).await {
                Ok(ch) => {
                    dialog.set(Dialog::None);
                    adopt_channel(ctx, ch).await;
                }
                Err(e) => {
                    error.try_set(Some(tr_args(
                        "error-generic",
                        &[("message", e.message().into())],
                    )));
                }
            }
        });
    };
    view! {
        <div class="dialog-backdrop">
            <form class="dialog" role="dialog" aria-modal="true" aria-labelledby="create-title" on:submit=submit>
                <h2 id="create-title">{tr("create-title")}</h2>
                <label for="create-name">{tr("create-name-label")}</label>
                <input id="create-name" required maxlength="64" autofocus data-testid="create-name"
                    on:input=move |ev| name.set(event_target_value(&ev))/>
                <label for="create-purpose">{tr("create-purpose-label")}</label>
                <input id="create-purpose" maxlength="250" on:input=move |ev| purpose.set(event_target_value(&ev))/>
                <label class="check">
                    <input type="checkbox" on:change=move |ev| private.set(event_target_checked(&ev))/>
                    {tr("create-private-label")}
                </label>
                <p class="error" role="alert">{move || error.get()}</p>
                <div class="dialog-buttons">
                    <button type="button" on:click=move |_| dialog.set(Dialog::None)>{tr("cancel")}</button>
                    <button type="submit" class="primary" data-testid="create-submit">{tr("create-submit")}</button>
                </div>
            </form>
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn slugs() {
        assert_eq!(
            super::slug("  Release Planning 2027! "),
            "release-planning-2027"
        );
    }
}
