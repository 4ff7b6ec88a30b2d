//! A button that opens the emoji picker.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Opens the picker next to itself; `on_pick` receives the picked emoji's name.
#[component]
pub fn EmojiButton<F>(label: String, testid: &'static str, on_pick: F) -> impl IntoView
where
    F: Fn(String) + Clone + 'static,
{
    view! {
        <button type="button" class="emoji-button" aria-label=label.clone() title=label data-testid=testid
            aria-haspopup="dialog"
            on:click=move |ev| {
                if let Some(anchor) = ev.current_target().and_then(|t| t.dyn_into().ok()) {
                    super::markdown::pick_emoji(anchor, on_pick.clone());
                }
            }>"🙂"</button>
    }
}
