//! The log-in page, with the "server URL" option for another Mattermost server.

use leptos::prelude::*;

use crate::api::{Api, ClientError};
use crate::app::{Boot, enter, save_api, use_ctx};
use crate::i18n::{tr, tr_args};

/// The server wants a two-factor code (Mattermost's id, which its apps also look for).
const CODE_NEEDED: &str = "mfa.validate_token.authenticate.app_error";

fn login_error(e: &ClientError) -> String {
    match e {
        ClientError::Network(_) => tr("login-error-unreachable"),
        ClientError::Api(a) if a.id == "api.user.check_user_mfa.bad_code.app_error" => {
            tr("login-error-code")
        }
        ClientError::Api(a) if a.status_code == 429 => tr("login-error-locked"),
        ClientError::Api(a) if a.status_code == 401 => tr("login-error-credentials"),
        other => tr_args("login-error-other", &[("message", other.message().into())]),
    }
}

/// `/login`
#[component]
pub fn Login() -> impl IntoView {
    let ctx = use_ctx();
    let login_id = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let need_code = RwSignal::new(false);
    let server = RwSignal::new(ctx.api.get_untracked().base);
    let show_server = RwSignal::new(!server.get_untracked().is_empty());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    Effect::new(move |_| {
        if ctx.boot.get() == Boot::Ready {
            ctx.goto.set(Some("/".to_owned()));
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        error.set(None);
        let base = server
            .get_untracked()
            .trim()
            .trim_end_matches('/')
            .to_owned();
        let api = Api {
            base: base.clone(),
            token: None,
        };
        leptos::task::spawn_local(async move {
            match api
                .login(
                    login_id.get_untracked().trim(),
                    &password.get_untracked(),
                    code.get_untracked().trim(),
                )
                .await
            {
                Ok((_, token)) => {
                    // Another origin gets a Bearer token; ours uses the session cookie.
                    let api = Api {
                        token: if base.is_empty() { None } else { token },
                        base,
                    };
                    save_api(&api);
                    ctx.api.set(api);
                    match enter(ctx).await {
                        // Last: a gate replaces this page, and its signals with it.
                        Ok(boot) => {
                            busy.try_set(false);
                            ctx.boot.set(boot);
                            return;
                        }
                        Err(e) => {
                            error.try_set(Some(login_error(&e)));
                        }
                    }
                }
                Err(ClientError::Api(a)) if a.id == CODE_NEEDED => {
                    need_code.try_set(true);
                }
                Err(e) => {
                    error.try_set(Some(login_error(&e)));
                }
            }
            busy.try_set(false);
        });
    };
    view! {
        <main class="auth" data-testid="login-page">
            <form class="auth-card" on:submit=submit>
                <h1>{tr("login-title")}</h1>
                <label for="login-id">{tr("login-id-label")}</label>
                <input id="login-id" name="login_id" autocomplete="username" required
                    prop:value=move || login_id.get()
                    on:input=move |ev| login_id.set(event_target_value(&ev))/>
                <label for="login-password">{tr("login-password-label")}</label>
                <input id="login-password" name="password" type="password" autocomplete="current-password" required
                    prop:value=move || password.get()
                    on:input=move |ev| password.set(event_target_value(&ev))/>
                {move || need_code.get().then(|| view! {
                    <label for="login-code">{tr("login-code-label")}</label>
                    <input id="login-code" name="code" autocomplete="one-time-code" required autofocus
                        inputmode="text" aria-describedby="login-code-help" data-testid="login-code"
                        prop:value=move || code.get()
                        on:input=move |ev| code.set(event_target_value(&ev))/>
                    <p id="login-code-help" class="help">{tr("login-code-help")}</p>
                })}
                {move || show_server.get().then(|| view! {
                    <label for="login-server">{tr("login-server-label")}</label>
                    <input id="login-server" type="url" placeholder="https://chat.example.org"
                        aria-describedby="login-server-help"
                        prop:value=move || server.get()
                        on:input=move |ev| server.set(event_target_value(&ev))/>
                    <p id="login-server-help" class="help">{tr("login-server-help")}</p>
                })}
                <p class="error" role="alert" data-testid="login-error">{move || error.get()}</p>
                <button type="submit" class="primary" disabled=move || busy.get()>
                    {move || if busy.get() { tr("login-working") } else { tr("login-submit") }}
                </button>
                <button type="button" class="link" on:click=move |_| show_server.update(|s| *s = !*s)>
                    {tr("login-server-toggle")}
                </button>
                <p class="help">{tr("login-no-account")}</p>
                <a href="/signup_user_complete" class="link" data-testid="signup-link">{tr("login-signup-link")}</a>
            </form>
        </main>
    }
}
