//! Invite people: the team's link to share (made anew by its admins), invitations by
//! e-mail, the pending ones (to revoke) and who invited whom.

use leptos::prelude::*;
use mm_api::{Invitation, UserId};

use super::{Dialog, use_dialog};
use crate::actions::trust;
use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};

/// The dialog.
#[component]
pub fn Invite() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let (team, admin, by_email) = ctx.store.with_untracked(|s| {
        let team = s.current_team().cloned().unwrap_or_default();
        let admin = s.me.as_ref().is_some_and(|m| m.is_system_admin());
        let by_email = s.config.get("EnableEmailInvitations").map(String::as_str) == Some("true");
        (team, admin, by_email)
    });
    let team_id = StoredValue::new(team.id.to_string());
    let invite_id = RwSignal::new(team.invite_id.clone());
    let copied = RwSignal::new(false);
    let origin = window().location().origin().unwrap_or_default();
    let link = move || trust::invite_link(&origin, &invite_id.get());
    let version = RwSignal::new(0);
    let reset = move |_| {
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match trust::new_invite_link(&api, &team_id.get_value()).await {
                Ok(t) => {
                    invite_id.try_set(t.invite_id);
                    copied.try_set(false);
                }
                Err(e) => crate::actions::alert(&ctx.store, &e),
            }
        });
    };
    view! {
        <div class="dialog-backdrop" on:click=move |_| dialog.set(Dialog::None)>
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="invite-title"
                data-testid="invite-dialog" on:click=|e| e.stop_propagation()>
                <style>{include_str!("trust.css")}</style>
                <h2 id="invite-title">{tr_args("invite-title", &[("team", team.display_name.clone().into())])}</h2>
                <Show when=move || !invite_id.get().is_empty()
                    fallback=|| view! { <p class="help">{tr("invite-link-admins-only")}</p> }>
                    <h3>{tr("invite-link-heading")}</h3>
                    <p class="help">{tr("invite-link-help")}</p>
                    <div class="invite-link">
                        <input readonly aria-label=tr("invite-link-heading") data-testid="invite-link"
                            prop:value=link.clone() on:focus=|e| {
                                use wasm_bindgen::JsCast;
                                if let Some(i) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                    i.select();
                                }
                            }/>
                        <button type="button" data-testid="invite-copy" on:click={
                            let link = link.clone();
                            move |_| {
                                let _ = window().navigator().clipboard().write_text(&link());
                                copied.set(true);
                            }
                        }>
                            {move || if copied.get() { tr("invite-link-copied") } else { tr("invite-link-copy") }}
                        </button>
                    </div>
                    {admin.then(|| view! {
                        <p class="help">
                            <button type="button" class="link" data-testid="invite-reset" on:click=reset>{tr("invite-link-reset")}</button>
                            " " {tr("invite-link-reset-help")}
                        </p>
                    })}
                    {by_email.then(|| view! { <ByEmail team=team_id.get_value() sent=version/> })}
                    <Invitations team=team_id.get_value() version/>
                </Show>
                <div class="dialog-buttons">
                    <button type="button" autofocus on:click=move |_| dialog.set(Dialog::None)>{tr("close")}</button>
                </div>
            </div>
        </div>
    }
}

/// Invitations by e-mail: addresses in, one line per refusal out. `sent` counts sendings,
/// so that the pending list reloads.
#[component]
fn ByEmail(team: String, sent: RwSignal<u32>) -> impl IntoView {
    let ctx = use_ctx();
    let text = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<(usize, Vec<(String, String)>)>);
    let busy = RwSignal::new(false);
    let team = StoredValue::new(team);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let emails = trust::parse_emails(&text.get_untracked());
        if emails.is_empty() {
            return;
        }
        busy.set(true);
        let api = ctx.api.get_untracked();
        let locale = ctx.locale.get_untracked();
        leptos::task::spawn_local(async move {
            match trust::invite(&api, &team.get_value(), emails, &locale).await {
                Ok((count, failed)) => {
                    // What was refused stays in the box, to correct and send again.
                    text.try_set(
                        failed
                            .iter()
                            .map(|(e, _)| e.as_str())
                            .collect::<Vec<_>>()
                            .join("\n"),
                    );
                    outcome.try_set(Some((count, failed)));
                    sent.try_update(|v| *v += 1);
                }
                Err(e) => {
                    outcome.try_set(Some((0, vec![(String::new(), e.message())])));
                }
            }
            busy.try_set(false);
        });
    };
    view! {
        <form class="invite-email" on:submit=submit>
            <h3><label for="invite-emails">{tr("invite-email-heading")}</label></h3>
            <textarea id="invite-emails" rows="3" data-testid="invite-emails" aria-describedby="invite-emails-help"
                prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <p id="invite-emails-help" class="help">{tr("invite-email-help")}</p>
            <button type="submit" class="primary" data-testid="invite-send" disabled=move || busy.get()>
                {tr("invite-email-send")}
            </button>
            <div role="status" data-testid="invite-outcome">
                {move || outcome.get().map(|(count, failed)| view! {
                    {(count > 0).then(|| view! { <p>{tr_args("invite-email-sent", &[("count", count.into())])}</p> })}
                    {failed.into_iter().map(|(email, message)| view! {
                        <p class="error">{if email.is_empty() { message } else {
                            tr_args("invite-email-failed", &[("email", email.into()), ("message", message.into())])
                        }}</p>
                    }).collect::<Vec<_>>()}
                })}
            </div>
        </form>
    }
}

/// The pending invitations (to revoke) and who invited whom, with the people named.
#[component]
pub fn Invitations(team: String, version: RwSignal<u32>) -> impl IntoView {
    let ctx = use_ctx();
    let team = StoredValue::new(team);
    let lists = LocalResource::new(move || {
        version.track();
        let api = ctx.api.get_untracked();
        async move {
            let t = team.get_value();
            let pending = trust::invitations(&api, &t, true).await.unwrap_or_default();
            let used = trust::invitations(&api, &t, false)
                .await
                .unwrap_or_default();
            let people = pending
                .iter()
                .chain(&used)
                .flat_map(|i| [i.inviter_id.clone(), i.user_id.clone()])
                .filter(|id| !id.as_str().is_empty())
                .collect();
            crate::actions::fetch_users(&api, ctx.store, people).await;
            (pending, used)
        }
    });
    let revoke = move |id: String| {
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match trust::revoke_invitation(&api, &team.get_value(), &id).await {
                Ok(()) => version.update(|v| *v += 1),
                Err(e) => crate::actions::alert(&ctx.store, &e),
            }
        });
    };
    let name = move |id: &UserId| {
        ctx.store
            .with_untracked(|s| s.users.get(id).map(|u| format!("@{}", u.username)))
            .unwrap_or_default()
    };
    view! {
        <Suspense fallback=|| ()>
            {move || lists.get().map(|(pending, used)| view! {
                <h3>{tr("invite-pending-heading")}</h3>
                <ul class="invitations" data-testid="invitations-pending">
                    {pending.is_empty().then(|| view! { <li class="help">{tr("invite-none")}</li> })}
                    {pending.into_iter().map(|i| {
                        let id = i.id.clone();
                        let text = tr_args("invite-pending-item", &[
                            ("email", i.email.clone().into()),
                            ("inviter", name(&i.inviter_id).into()),
                            ("when", super::time::full(i.expires_at).into()),
                        ]);
                        view! {
                            <li>
                                <span>{text}</span> " "
                                <button type="button" class="link" on:click=move |_| revoke(id.clone())>{tr("invite-revoke")}</button>
                            </li>
                        }
                    }).collect::<Vec<_>>()}
                </ul>
                <h3>{tr("invite-joined-heading")}</h3>
                <ul class="invitations" data-testid="invitations-used">
                    {used.is_empty().then(|| view! { <li class="help">{tr("invite-none")}</li> })}
                    {used.into_iter().map(|i: Invitation| view! {
                        <li>{tr_args("invite-joined-item", &[
                            ("user", name(&i.user_id).into()),
                            ("inviter", name(&i.inviter_id).into()),
                        ])}</li>
                    }).collect::<Vec<_>>()}
                </ul>
            })}
        </Suspense>
    }
}
