//! A failure the reader should know about (an edit the server refused, say), until closed.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};
use crate::state::{Changed, Part};

/// The store's alert, with a button that closes it.
#[component]
pub fn Alert() -> impl IntoView {
    let ctx = use_ctx();
    let alert = Memo::new(move |_| ctx.store.read(&[Part::View], |s| s.alert.clone()));
    move || {
        alert.get().map(|message| {
            view! {
                <div class="banner alert" role="alert" data-testid="alert">
                    <span>{tr_args("error-generic", &[("message", message.into())])}</span>
                    " "
                    <button type="button" aria-label=tr("close") data-testid="close-alert"
                        on:click=move |_| ctx.store.change(Changed::of(&[Part::View]), |s| s.alert = None)>"✕"</button>
                </div>
            }
        })
    }
}
