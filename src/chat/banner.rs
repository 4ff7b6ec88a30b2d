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
        {move || {
            let link = ctx.link.get();
            (link != Link::Up).then(|| view! {
                <div class="banner" role="status" data-testid="connection-banner">
                    {if link == Link::Offline { tr("connection-offline") } else { tr("connection-reconnecting") }}
                </div>
            })
        }}
    }
}
