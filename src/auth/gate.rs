//! What the server requires before anything else: setting up two-factor log-in where it
//! is enforced, and accepting the code of conduct. Both come from their own chunk.

use leptos::prelude::*;

use crate::actions::trust::{self, Gate};
use crate::app::{Boot, Ctx, enter, use_ctx};
use crate::i18n::tr;
use crate::live;

/// Loads the app again once a gate is passed: another may follow, or the chat.
async fn reload(ctx: Ctx) {
    ctx.boot.set(enter(ctx).await.unwrap_or(Boot::LoggedOut));
}

/// The page of a gate.
#[component]
pub fn GatePage(gate: Gate) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <main class="auth" data-testid="gate-page">
            <div class="auth-card wide">
                {match gate {
                    Gate::Terms => view! { <Terms/> }.into_any(),
                    Gate::Mfa => view! {
                        <h1>{tr("mfa-required-title")}</h1>
                        <p>{tr("mfa-required-help")}</p>
                        <MfaSetup done=Callback::new(move |()| leptos::task::spawn_local(reload(ctx)))/>
                    }.into_any(),
                }}
            </div>
        </main>
    }
}

/// The code of conduct, rendered, with "I agree" and "I disagree" (which logs out).
#[component]
fn Terms() -> impl IntoView {
    let ctx = use_ctx();
    let terms = LocalResource::new(move || {
        let api = ctx.api.get_untracked();
        async move { trust::terms(&api).await }
    });
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let answer = move |id: String, accepted: bool| {
        busy.set(true);
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            // The page goes when `boot` changes, and its signals with it: nothing of it is
            // touched after.
            match trust::answer_terms(&api, &id, accepted).await {
                Ok(()) if accepted => reload(ctx).await,
                Ok(()) => {
                    let _ = api.logout().await;
                    live::stop();
                    ctx.boot.set(Boot::LoggedOut);
                    ctx.goto.set(Some("/login".to_owned()));
                }
                Err(e) => {
                    error.try_set(Some(e.message()));
                    busy.try_set(false);
                }
            }
        });
    };
    view! {
        <h1>{tr("terms-title")}</h1>
        <p>{tr("terms-help")}</p>
        <Suspense fallback=|| view! { <p class="loading">{tr("channel-loading")}</p> }>
            {move || terms.get().map(|t| match t {
                Ok(t) => {
                    let (agree, disagree) = (t.id.clone(), t.id.clone());
                    view! {
                        <div class="terms-text">
                            <crate::chat::markdown::Markdown text=t.text testid="terms-text"/>
                        </div>
                        <p class="error" role="alert">{move || error.get()}</p>
                        <div class="dialog-buttons">
                            <button type="button" data-testid="terms-disagree" disabled=move || busy.get()
                                on:click=move |_| answer(disagree.clone(), false)>{tr("terms-disagree")}</button>
                            <button type="button" class="primary" data-testid="terms-agree" disabled=move || busy.get()
                                on:click=move |_| answer(agree.clone(), true)>{tr("terms-agree")}</button>
                        </div>
                    }.into_any()
                }
                Err(e) => view! { <p class="error" role="alert">{e.message()}</p> }.into_any(),
            })}
        </Suspense>
    }
}

/// Setting up two-factor log-in: the QR code and the secret, a first code to confirm, then
/// the recovery codes, shown once. `done` runs after "Continue".
#[component]
pub fn MfaSetup(done: Callback<()>) -> impl IntoView {
    let ctx = use_ctx();
    let secret = LocalResource::new(move || {
        let api = ctx.api.get_untracked();
        async move { trust::generate_mfa(&api).await }
    });
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let recovery = RwSignal::new(None::<Vec<String>>);
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match trust::activate_mfa(&api, &code.get_untracked()).await {
                Ok(codes) => {
                    recovery.try_set(Some(codes));
                }
                Err(_) => {
                    error.try_set(Some(tr("mfa-bad-code")));
                }
            }
        });
    };
    view! {
        {move || match recovery.get() {
            Some(codes) => {
                let site = window().location().host().unwrap_or_default();
                let text = trust::recovery_file(&site, &codes);
                let href = format!("data:text/plain;charset=utf-8,{}", js_sys::encode_uri_component(&text));
                let copied = text.clone();
                view! {
                    <p>{tr("mfa-recovery-help")}</p>
                    <ul class="recovery-codes" data-testid="mfa-recovery">
                        {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect::<Vec<_>>()}
                    </ul>
                    <div class="dialog-buttons">
                        <a class="button" href=href download="recovery-codes.txt">{tr("mfa-recovery-download")}</a>
                        <button type="button" on:click=move |_| {
                            let _ = window().navigator().clipboard().write_text(&copied);
                        }>{tr("mfa-recovery-copy")}</button>
                        <button type="button" class="primary" data-testid="mfa-continue"
                            on:click=move |_| done.run(())>{tr("mfa-continue")}</button>
                    </div>
                }.into_any()
            }
            None => view! {
                <Suspense fallback=|| view! { <p class="loading">{tr("channel-loading")}</p> }>
                    {move || secret.get().map(|s| match s {
                        Ok(s) => view! {
                            <p>{tr("mfa-scan")}</p>
                            <img class="mfa-qr" width="200" height="200" alt=tr("mfa-qr-alt")
                                src=format!("data:image/png;base64,{}", s.qr_code)/>
                            <p>{tr("mfa-secret-label")} " " <code data-testid="mfa-secret">{s.secret}</code></p>
                            <form on:submit=confirm>
                                <label for="mfa-code">{tr("mfa-code-label")}</label>
                                <input id="mfa-code" autocomplete="one-time-code" inputmode="numeric" required
                                    data-testid="mfa-code"
                                    prop:value=move || code.get()
                                    on:input=move |ev| code.set(event_target_value(&ev))/>
                                <p class="error" role="alert">{move || error.get()}</p>
                                <button type="submit" class="primary" data-testid="mfa-confirm">{tr("mfa-confirm")}</button>
                            </form>
                        }.into_any(),
                        Err(e) => view! { <p class="error" role="alert">{e.message()}</p> }.into_any(),
                    })}
                </Suspense>
            }.into_any(),
        }}
    }
}
