//! A user's sessions, each with its device and last activity, to end one by one; for an
//! admin looking at someone else's, all at once too.

use leptos::prelude::*;

use crate::actions::trust;
use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};

/// The sessions of `user` (`me` for one's own).
#[component]
pub fn Sessions(user: String) -> impl IntoView {
    let ctx = use_ctx();
    let version = RwSignal::new(0);
    let user = StoredValue::new(user);
    let list = LocalResource::new(move || {
        version.track();
        let api = ctx.api.get_untracked();
        async move {
            trust::sessions(&api, &user.get_value())
                .await
                .unwrap_or_default()
        }
    });
    let revoke = move |id: Option<String>| {
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            let u = user.get_value();
            let _ = match id {
                Some(id) => trust::revoke(&api, &u, &id).await,
                None => trust::revoke_all(&api, &u).await,
            };
            version.try_update(|v| *v += 1);
        });
    };
    view! {
        <Suspense fallback=|| ()>
            {move || list.get().map(|sessions| {
                let any = !sessions.is_empty();
                view! {
                    <ul class="sessions" data-testid="sessions">
                        {sessions.into_iter().map(|s| {
                            let id = s.id.clone();
                            let when = crate::chat::time::full(s.last_activity_at.max(s.create_at));
                            let device = trust::device(&s);
                            view! {
                                <li>
                                    <span>{tr_args("security-session", &[("device", device.into()), ("when", when.into())])}</span>
                                    " "
                                    <button type="button" class="link" on:click=move |_| revoke(Some(id.clone()))>
                                        {tr("security-session-revoke")}
                                    </button>
                                </li>
                            }
                        }).collect::<Vec<_>>()}
                    </ul>
                    {(!any).then(|| view! { <p class="help">{tr("console-user-no-sessions")}</p> })}
                    {(any && user.get_value() != trust::ME).then(|| view! {
                        <button type="button" data-testid="revoke-all" on:click=move |_| revoke(None)>
                            {tr("console-user-revoke-all")}
                        </button>
                    })}
                }
            })}
        </Suspense>
    }
}
