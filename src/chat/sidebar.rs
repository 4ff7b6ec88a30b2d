//! The channel sidebar: teams, channels grouped as public, private, direct and group, with
//! unread channels in bold and mention badges. A drawer on narrow screens.

use leptos::prelude::*;
use mm_api::UserId;

use super::{Dialog, channel_path, use_dialog};
use crate::actions::channels::load_team;
use crate::app::{Boot, save_api, use_ctx};
use crate::i18n::{tr, tr_args};
use crate::live;
use crate::state::channels::{Sidebar as Bar, SidebarEntry};
use crate::state::{Changed, Part};

/// The sidebar.
#[component]
pub fn Sidebar() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let bar = Memo::new(move |_| {
        ctx.store
            .read(&[Part::Me, Part::Channels, Part::Users], |s| {
                match &s.team {
                    Some(team) => s.channels.sidebar(team, &s.my_id(), |u| s.users.name(u)),
                    None => Bar::default(),
                }
            })
    });
    let teams = Memo::new(move |_| ctx.store.read(&[Part::Me], |s| s.teams.clone()));
    let team_id = Memo::new(move |_| ctx.store.read(&[Part::Me], |s| s.team.clone()));
    // A memo, so that the button is rebuilt only when the setting changes, not on every event.
    let custom_emoji = Memo::new(move |_| {
        ctx.store.read(&[Part::Me], |s| {
            s.config
                .get("EnableCustomEmoji")
                .is_some_and(|v| v == "true")
        })
    });
    let admin = Memo::new(move |_| {
        ctx.store.read(&[Part::Me], |s| {
            s.me.as_ref().is_some_and(|m| m.is_system_admin())
        })
    });
    let integrations = Memo::new(move |_| {
        ctx.store.read(&[Part::Me], |s| {
            crate::actions::integrations::may_integrate(s.me.as_ref(), &s.config)
        })
    });
    let logout = move |_| {
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            // Logged out here whatever the server answers: its session ends with time.
            let _ = api.logout().await;
            live::stop();
            save_api(&crate::api::Api::default());
            ctx.api.set(crate::api::Api::default());
            ctx.store
                .change(Changed::everything(), |s| *s = Default::default());
            ctx.boot.set(Boot::LoggedOut);
            ctx.goto.set(Some("/login".to_owned()));
        });
    };
    let group = move |title: &'static str, pick: fn(&Bar) -> Vec<SidebarEntry>| {
        view! {
            <Show when=move || !pick(&bar.get()).is_empty()>
                <h2 class="group-title">{tr(title)}</h2>
                <ul class="channels">
                    <For each=move || pick(&bar.get()) key=|e| (e.id.clone(), e.label.clone(), e.unread, e.mentions)
                        children=move |e| view! { <Entry entry=e/> }/>
                </ul>
            </Show>
        }
    };
    view! {
        <nav class="sidebar" aria-label=tr("nav-channels") data-testid="sidebar">
            {move || {
                let list = teams.get();
                (list.len() > 1).then(|| view! {
                <ul class="teams" aria-label=tr("nav-teams")>
                    {list.into_iter().map(|t| {
                        let id = t.id.clone();
                        let active = Memo::new(move |_| team_id.get().as_ref() == Some(&id));
                        let name = t.name.clone();
                        let tid = t.id.clone();
                        view! {
                            <li>
                                <a href=format!("/{name}/channels/town-square") class:active=active
                                    aria-current=move || active.get().then_some("page")
                                    on:click=move |_| { leptos::task::spawn_local(load_team(ctx.api.get_untracked(), ctx.store, tid.clone())); }>
                                    {t.display_name.clone()}
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                })
            }}
            <div class="sidebar-actions">
                <button type="button" on:click=move |_| dialog.set(Dialog::Create) data-testid="create-channel">{tr("nav-create-channel")}</button>
                <button type="button" on:click=move |_| dialog.set(Dialog::Browse) data-testid="browse-channels">{tr("nav-browse-channels")}</button>
                <button type="button" on:click=move |_| dialog.set(Dialog::Direct) data-testid="new-dm">{tr("nav-new-message")}</button>
            </div>
            {group("nav-public", |b| b.public.clone())}
            {group("nav-private", |b| b.private.clone())}
            {group("nav-direct", |b| b.direct.clone())}
            {group("nav-group", |b| b.group.clone())}
            <div class="sidebar-footer">
                <button type="button" on:click=move |_| dialog.set(Dialog::Invite) data-testid="invite">{tr("nav-invite")}</button>
                {move || admin.get().then(|| view! {
                    <button type="button" on:click=move |_| dialog.set(Dialog::Console) data-testid="console">{tr("nav-console")}</button>
                })}
                {move || custom_emoji.get().then(|| view! {
                    <button type="button" on:click=move |_| dialog.set(Dialog::CustomEmoji) data-testid="custom-emoji">{tr("nav-custom-emoji")}</button>
                })}
                {move || integrations.get().then(|| view! {
                    <button type="button" on:click=move |_| dialog.set(Dialog::Integrations) data-testid="integrations">{tr("nav-integrations")}</button>
                })}
                <button type="button" on:click=move |_| dialog.set(Dialog::Settings) data-testid="settings">{tr("nav-settings")}</button>
                <button type="button" on:click=logout data-testid="logout">{tr("nav-logout")}</button>
            </div>
        </nav>
    }
}

/// One channel link.
#[component]
fn Entry(entry: SidebarEntry) -> impl IntoView {
    let ctx = use_ctx();
    let id = entry.id.clone();
    let current = Memo::new(move |_| {
        ctx.store
            .read(&[Part::View], |s| s.current.as_ref() == Some(&id))
    });
    let other: Option<UserId> = entry.other_user.clone();
    let status = move || {
        other.as_ref().map(|u| {
            ctx.store
                .read(&[Part::Statuses], |s| s.users.status(u).to_owned())
        })
    };
    let href = channel_path(ctx, &entry.name);
    let mentions = entry.mentions;
    view! {
        <li>
            <a href=href class:unread=entry.unread class:active=current
                aria-current=move || current.get().then_some("page") data-channel=entry.name.clone()>
                {move || status().map(|st| view! {
                    <span class=format!("presence {st}") role="img" aria-label=tr(&format!("status-{st}"))></span>
                })}
                <bdi class="label">{entry.label.clone()}</bdi>
                {entry.unread.then(|| view! { <span class="visually-hidden">{tr("nav-unread")}</span> })}
                {(mentions > 0).then(|| view! {
                    <span class="badge" aria-label=tr_args("nav-mentions", &[("count", mentions.into())])>{mentions}</span>
                })}
            </a>
        </li>
    }
}
