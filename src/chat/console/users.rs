//! The console's accounts: search (deactivated ones too), then deactivate or reactivate,
//! give or take the system admin role, turn off two-factor log-in, and end sessions.

use leptos::prelude::*;
use mm_api::User;

use crate::actions::trust;
use crate::app::use_ctx;
use crate::chat::sessions::Sessions;
use crate::i18n::tr;

/// The accounts tab.
#[component]
pub fn Users() -> impl IntoView {
    let ctx = use_ctx();
    let term = RwSignal::new(String::new());
    let version = RwSignal::new(0);
    let found = LocalResource::new(move || {
        let term = term.get();
        version.track();
        let api = ctx.api.get_untracked();
        async move { trust::search_users(&api, &term).await.unwrap_or_default() }
    });
    view! {
        <input type="search" data-testid="console-search" aria-label=tr("console-users-search")
            placeholder=tr("console-users-search")
            on:input=move |ev| term.set(event_target_value(&ev))/>
        <Suspense fallback=|| ()>
            <ul class="console-users" data-testid="console-user-list">
                {move || found.get().map(|list| list.into_iter().map(|u| view! {
                    <UserRow user=u changed=version/>
                }).collect::<Vec<_>>())}
            </ul>
        </Suspense>
    }
}

/// What an admin does to an account from its row.
#[derive(Debug, Clone, Copy)]
enum Act {
    ToggleActive,
    ToggleAdmin,
    ResetMfa,
}

/// One account and what an admin may do to it; `changed` is bumped after each action.
#[component]
fn UserRow(user: User, changed: RwSignal<u32>) -> impl IntoView {
    let ctx = use_ctx();
    let me = ctx.store.with_untracked(|s| s.my_id());
    let show_sessions = RwSignal::new(false);
    let active = user.delete_at == 0;
    let admin = user.is_system_admin();
    let id = user.id.to_string();
    let myself = user.id == me;
    let user = StoredValue::new(user);
    let run = move |act: Act| {
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            let u = user.get_value();
            let id = u.id.to_string();
            let done = match act {
                Act::ToggleActive => trust::set_active(&api, &id, !active).await,
                Act::ToggleAdmin => trust::set_admin(&api, &u, !admin).await,
                Act::ResetMfa => trust::reset_mfa(&api, &id).await,
            };
            match done {
                Ok(()) => changed.update(|v| *v += 1),
                Err(e) => crate::actions::alert(&ctx.store, &e),
            }
        });
    };
    let (name, email, mfa) = user.with_value(|u| {
        (
            format!("@{} · {}", u.username, u.display_name()),
            u.email.clone(),
            u.mfa_active,
        )
    });
    view! {
        <li data-testid="console-user" data-username=user.with_value(|u| u.username.clone())>
            <div class="console-user-name">
                <strong>{name}</strong> " " <span class="help">{email}</span>
                {(!active).then(|| view! { <span class="tag">{tr("console-user-inactive")}</span> })}
                {admin.then(|| view! { <span class="tag">{tr("console-user-admin")}</span> })}
                {mfa.then(|| view! { <span class="tag">{tr("console-user-mfa")}</span> })}
            </div>
            <div class="console-user-actions">
                {(!myself).then(|| view! {
                    <button type="button" data-testid="console-active" on:click=move |_| run(Act::ToggleActive)>
                        {tr(if active { "console-user-deactivate" } else { "console-user-activate" })}
                    </button>
                    <button type="button" data-testid="console-admin" on:click=move |_| run(Act::ToggleAdmin)>
                        {tr(if admin { "console-user-remove-admin" } else { "console-user-make-admin" })}
                    </button>
                })}
                {mfa.then(|| view! {
                    <button type="button" data-testid="console-mfa-reset" on:click=move |_| run(Act::ResetMfa)>
                        {tr("console-user-mfa-reset")}
                    </button>
                })}
                <button type="button" data-testid="console-sessions" aria-expanded=move || show_sessions.get().to_string()
                    on:click=move |_| show_sessions.update(|v| *v = !*v)>{tr("console-user-sessions")}</button>
            </div>
            {move || show_sessions.get().then(|| view! { <Sessions user=id.clone()/> })}
        </li>
    }
}
