//! The console's audit log: who did what, when and from where, newest first, a page at a
//! time.

use leptos::prelude::*;
use mm_api::Audit as Entry;

use crate::actions::trust;
use crate::app::use_ctx;
use crate::i18n::tr;
use crate::state::Part;

/// The audit-log tab.
#[component]
pub fn Audit() -> impl IntoView {
    let ctx = use_ctx();
    let entries = RwSignal::new(Vec::<Entry>::new());
    let page = RwSignal::new(0u32);
    let more = RwSignal::new(false);
    Effect::new(move |_| {
        let p = page.get();
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match trust::audits(&api, p).await {
                Ok(list) => {
                    more.try_set(list.len() == trust::AUDITS_PER_PAGE as usize);
                    let people = list.iter().map(|a| a.user_id.clone()).collect();
                    entries.try_update(|e| e.extend(list));
                    crate::actions::fetch_users(&api, ctx.store, people).await;
                }
                Err(e) => crate::actions::alert(&ctx.store, &e),
            }
        });
    });
    let name = move |a: &Entry| {
        ctx.store.read(&[Part::Users], |s| {
            s.users
                .get(&a.user_id)
                .map_or_else(|| a.user_id.to_string(), |u| format!("@{}", u.username))
        })
    };
    view! {
        <table class="audit" data-testid="console-audit-log">
            <thead><tr>
                <th scope="col">{tr("console-audit-when")}</th>
                <th scope="col">{tr("console-audit-who")}</th>
                <th scope="col">{tr("console-audit-action")}</th>
                <th scope="col">{tr("console-audit-details")}</th>
                <th scope="col">{tr("console-audit-address")}</th>
            </tr></thead>
            <tbody>
                <For each=move || entries.get() key=|a| a.id.clone() children=move |a| {
                    let entry = a.clone();
                    view! {
                        <tr>
                            <td>{crate::chat::time::full(a.create_at)}</td>
                            <td>{move || name(&entry)}</td>
                            <td><code>{a.action.clone()}</code></td>
                            <td>{a.extra_info.clone()}</td>
                            <td>{a.ip_address.clone()}</td>
                        </tr>
                    }
                }/>
            </tbody>
        </table>
        <Show when=move || more.get()>
            <button type="button" on:click=move |_| page.update(|p| *p += 1)>{tr("console-more")}</button>
        </Show>
    }
}
