//! The "reconnecting…" banner.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::i18n::tr;
use crate::live::Link;

/// Shown while the live connection is down.
#[component]
pub fn ConnectionBanner() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <Show when=move || ctx.link.get() != Link::Up>
            <div class="banner" role="status" data-testid="connection-banner">
                {move || if ctx.link.get() == Link::Offline { tr("connection-offline") } else { tr("connection-reconnecting") }}
            </div>
        </Show>
    }
}
