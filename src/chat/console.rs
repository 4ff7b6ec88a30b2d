//! The System Console, for the server's admins: accounts, the code of conduct,
//! invitations and the audit log, one tab each.

mod audit;
mod terms;
mod users;

use leptos::prelude::*;

use super::{Dialog, use_dialog};
use crate::actions::trust;
use crate::app::use_ctx;
use crate::i18n::tr;

/// The console's tabs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    Users,
    Terms,
    Invitations,
    Audit,
}

/// The console dialog.
#[component]
pub fn Console() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let tab = RwSignal::new(Tab::Users);
    let team = ctx
        .store
        .with_untracked(|s| s.team.clone().unwrap_or_default().to_string());
    let team = StoredValue::new(team);
    let version = RwSignal::new(0);
    let revoke_all = move |_| {
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match trust::revoke_all_invitations(&api).await {
                Ok(()) => version.update(|v| *v += 1),
                Err(e) => crate::actions::alert(&ctx.store, &e),
            }
        });
    };
    let button = move |t: Tab, label: &'static str, id: &'static str| {
        view! {
            <button type="button" role="tab" data-testid=id aria-selected=move || (tab.get() == t).to_string()
                on:click=move |_| tab.set(t)>{tr(label)}</button>
        }
    };
    view! {
        <div class="dialog-backdrop" on:click=move |_| dialog.set(Dialog::None)>
            <div class="dialog console" role="dialog" aria-modal="true" aria-labelledby="console-title"
                data-testid="console-dialog" on:click=|e| e.stop_propagation()>
                <style>{include_str!("trust.css")}</style>
                <h2 id="console-title">{tr("console-title")}</h2>
                <div role="tablist" class="tabs">
                    {button(Tab::Users, "console-tab-users", "console-users")}
                    {button(Tab::Terms, "console-tab-terms", "console-terms")}
                    {button(Tab::Invitations, "console-tab-invitations", "console-invitations")}
                    {button(Tab::Audit, "console-tab-audit", "console-audit")}
                </div>
                <div role="tabpanel">
                    {move || match tab.get() {
                        Tab::Users => view! { <users::Users/> }.into_any(),
                        Tab::Terms => view! { <terms::Terms/> }.into_any(),
                        Tab::Invitations => view! {
                            <p class="help">{tr("console-invitations-help")}</p>
                            <super::invite::Invitations team=team.get_value() version/>
                            <button type="button" data-testid="revoke-all-invitations" on:click=revoke_all>
                                {tr("console-invitations-revoke-all")}
                            </button>
                        }.into_any(),
                        Tab::Audit => view! { <audit::Audit/> }.into_any(),
                    }}
                </div>
                <div class="dialog-buttons">
                    <button type="button" on:click=move |_| dialog.set(Dialog::None)>{tr("close")}</button>
                </div>
            </div>
        </div>
    }
}
