//! The channel header: name, purpose and member count.

use leptos::prelude::*;

use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};
use crate::state::Part;

/// The header of the open channel.
#[component]
pub fn ChannelHeader() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = super::use_dialog();
    let channel = Memo::new(move |_| {
        ctx.store.read(&[Part::View, Part::Channels], |s| {
            s.current.as_ref().and_then(|c| s.channels.get(c).cloned())
        })
    });
    let title = Memo::new(move |_| {
        ctx.store
            .read(&[Part::View, Part::Channels, Part::Users], |s| {
                let c = s.current.as_ref().and_then(|c| s.channels.get(c))?;
                Some(
                    match crate::state::channels::dm_partner(&c.name, &s.my_id()) {
                        Some(u) if c.channel_type == mm_api::ChannelType::Direct => {
                            s.users.name(&u)
                        }
                        _ => c.display_name.clone(),
                    },
                )
            })
    });
    // Only the text: a new post changes the channel (its counts), not its purpose.
    let purpose = Memo::new(move |_| {
        channel.with(|c| {
            c.as_ref().map(|c| {
                if c.purpose.is_empty() {
                    c.header.clone()
                } else {
                    c.purpose.clone()
                }
            })
        })
    });
    let members = RwSignal::new(None::<i64>);
    // Joins and leaves change the count: refetch it then too.
    let joins = Memo::new(move |_| ctx.store.read(&[Part::Channels], |s| s.membership_version));
    Effect::new(move |_| {
        let _ = joins.get();
        let Some(id) = channel.with(|c| c.as_ref().map(|c| c.id.clone())) else {
            return;
        };
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            members.try_set(
                api.channel_stats(id.as_str())
                    .await
                    .ok()
                    .map(|s| s.member_count),
            );
        });
    });
    view! {
        <header class="channel-header">
            <button type="button" class="drawer-toggle" aria-label=tr("nav-open-sidebar")
                aria-expanded=move || ctx.drawer.get().to_string()
                on:click=move |_| ctx.drawer.update(|d| *d = !*d)>"☰"</button>
            <div class="titles">
                <h1 id="channel-title" data-testid="channel-title"><bdi>{move || title.get().unwrap_or_default()}</bdi></h1>
                <div class="purpose">
                    {move || purpose.get().map(|text| super::message_view(text, "channel-purpose"))}
                </div>
            </div>
            <super::search::SearchBox/>
            <button type="button" class="icon" title=tr("channel-notify") aria-label=tr("channel-notify")
                data-testid="channel-notify" on:click=move |_| dialog.set(super::Dialog::ChannelNotify)>"🔔"</button>
            <span class="members" data-testid="member-count">
                {move || members.get().map(|n| tr_args("channel-members", &[("count", n.into())]))}
            </span>
            {move || channel.with(|c| c.as_ref().is_some_and(|c| c.delete_at != 0))
                .then(|| view! { <p class="archived">{tr("channel-archived")}</p> })}
        </header>
    }
}
