//! The app shell.

use leptos::prelude::*;

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    view! { <main id="app" data-testid="app-shell"></main> }
}
