//! `/signup_user_complete/?id=<invite_id>`: sign-up through a team's invite link (or the
//! very first account of a server).

use leptos::prelude::*;

use crate::app::{Boot, load, use_ctx};
use crate::i18n::{tr, tr_args};
use crate::live;

/// The sign-up page.
#[component]
pub fn Signup() -> impl IntoView {
    let ctx = use_ctx();
    let invite = move || match ctx.route.get() {
        crate::route::Route::Signup { invite } => invite,
        _ => String::new(),
    };
    let team = RwSignal::new(None::<Result<String, ()>>);
    let email = RwSignal::new(String::new());
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    Effect::new(move |_| {
        let id = invite();
        if id.is_empty() {
            return;
        }
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            team.try_set(Some(
                api.invite_info(&id)
                    .await
                    .map(|t| t.display_name)
                    .map_err(|_| ()),
            ));
        });
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        error.set(None);
        let api = ctx.api.get_untracked();
        let id = invite();
        let body = mm_api::CreateUser {
            email: email.get_untracked().trim().to_owned(),
            username: username.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
            locale: ctx.locale.get_untracked(),
            ..Default::default()
        };
        leptos::task::spawn_local(async move {
            let created = api.create_user(&body, &id).await;
            let result = match created {
                Ok(_) => api
                    .login(username.get_untracked().trim(), &password.get_untracked())
                    .await
                    .map(|_| ()),
                Err(e) => Err(e),
            };
            match result {
                Ok(()) => {
                    if load(ctx).await.is_ok() {
                        ctx.boot.set(Boot::Ready);
                        live::start(ctx);
                        ctx.goto.set(Some("/".to_owned()));
                    }
                }
                Err(e) => {
                    error.try_set(Some(tr_args(
                        "signup-error",
                        &[("message", e.message().into())],
                    )));
                }
            }
            busy.try_set(false);
        });
    };
    view! {
        <main class="auth" data-testid="signup-page">
            <form class="auth-card" on:submit=submit>
                <h1>{tr("signup-title")}</h1>
                {move || match team.get() {
                    Some(Ok(name)) => view! { <p class="help">{tr_args("signup-invited", &[("team", name.into())])}</p> }.into_any(),
                    Some(Err(())) => view! { <p class="error" role="alert">{tr("signup-invite-invalid")}</p> }.into_any(),
                    None => ().into_any(),
                }}
                <label for="signup-email">{tr("signup-email-label")}</label>
                <input id="signup-email" type="email" autocomplete="email" required
                    on:input=move |ev| email.set(event_target_value(&ev))/>
                <label for="signup-username">{tr("signup-username-label")}</label>
                <input id="signup-username" autocomplete="username" required aria-describedby="signup-username-help"
                    on:input=move |ev| username.set(event_target_value(&ev))/>
                <p id="signup-username-help" class="help">{tr("signup-username-help")}</p>
                <label for="signup-password">{tr("signup-password-label")}</label>
                <input id="signup-password" type="password" autocomplete="new-password" required minlength="8"
                    aria-describedby="signup-password-help"
                    on:input=move |ev| password.set(event_target_value(&ev))/>
                <p id="signup-password-help" class="help">{tr("signup-password-help")}</p>
                <p class="error" role="alert" data-testid="signup-error">{move || error.get()}</p>
                <button type="submit" class="primary" disabled=move || busy.get()>{tr("signup-submit")}</button>
                <a href="/login" class="link">{tr("signup-have-account")}</a>
            </form>
        </main>
    }
}
