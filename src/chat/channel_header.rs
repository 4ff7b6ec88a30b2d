//! The channel header: name, purpose, member count, notifications and leaving.

use leptos::prelude::*;

use crate::actions::alert;
use crate::actions::channels::leave as leave_channel;
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
    // Any channel but the town square (which everyone is in) and direct messages.
    let leavable = Memo::new(move |_| {
        channel.with(|c| {
            c.as_ref()
                .is_some_and(|c| !c.channel_type.is_dm_or_gm() && c.name != "town-square")
        })
    });
    let leave = move |_| {
        let Some(c) = channel.get_untracked() else {
            return;
        };
        if c.channel_type == mm_api::ChannelType::Private
            && !window()
                .confirm_with_message(&tr("channel-leave-private-confirm"))
                .unwrap_or(false)
        {
            return;
        }
        leptos::task::spawn_local(async move {
            match leave_channel(ctx.api.get_untracked(), ctx.store, c.id).await {
                Ok(()) => crate::app::go_home(ctx),
                Err(e) => alert(&ctx.store, &e),
            }
        });
    };
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
            {move || leavable.get().then(|| view! {
                <button type="button" class="icon" title=tr("channel-leave") aria-label=tr("channel-leave")
                    data-testid="leave-channel" on:click=leave>"🚪"</button>
            })}
            <span class="members" data-testid="member-count">
                {move || members.get().map(|n| tr_args("channel-members", &[("count", n.into())]))}
            </span>
            {move || channel.with(|c| c.as_ref().is_some_and(|c| c.delete_at != 0))
                .then(|| view! { <p class="archived">{tr("channel-archived")}</p> })}
        </header>
    }
}
