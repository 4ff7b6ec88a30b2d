//! `/signup_user_complete/?id=<invite_id>`: sign-up through a team's invite link, an
//! e-mail invitation (`?t=<token>&d=<what it is for>&lang=`), or as the very first account
//! of a server.

use leptos::prelude::*;

use crate::actions::{ClientError, trust};
use crate::app::{enter, use_ctx};
use crate::i18n::{tr, tr_args};

/// The sign-up page.
#[component]
pub fn Signup() -> impl IntoView {
    let ctx = use_ctx();
    let link = StoredValue::new(match ctx.route.get_untracked() {
        crate::route::Route::Signup { query } => trust::signup_link(&query),
        _ => Default::default(),
    });
    let invite = move || link.with_value(|l| l.invite.clone());
    let team = RwSignal::new(None::<Result<String, ()>>);
    let email = RwSignal::new(link.with_value(|l| l.email.clone()));
    // The invitee's language, as the invitation e-mail was written in.
    let lang = link.with_value(|l| l.lang.clone());
    if !lang.is_empty() && ctx.locale.get_untracked() == "en-US" {
        leptos::task::spawn_local(crate::app::apply_locale(ctx, vec![lang]));
    }
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
        let (id, token) = link.with_value(|l| (l.invite.clone(), l.token.clone()));
        let body = mm_api::CreateUser {
            email: email.get_untracked().trim().to_owned(),
            username: username.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
            locale: ctx.locale.get_untracked(),
            ..Default::default()
        };
        leptos::task::spawn_local(async move {
            let created = api.create_user(&body, &id, &token).await;
            let result = match created {
                Ok(_) => api
                    .login(
                        username.get_untracked().trim(),
                        &password.get_untracked(),
                        "",
                    )
                    .await
                    .map(|_| ()),
                Err(e) => Err(e),
            };
            match result {
                Ok(()) => {
                    if let Ok(boot) = enter(ctx).await {
                        // Last: the chat or a gate replaces this page and its signals.
                        busy.try_set(false);
                        ctx.boot.set(boot);
                        ctx.goto.set(Some("/".to_owned()));
                        return;
                    }
                }
                Err(ClientError::Api(e))
                    if e.id.starts_with("api.user.create_user.signup_link") =>
                {
                    error.try_set(Some(tr("signup-token-invalid")));
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
                {link.with_value(|l| (!l.token.is_empty()).then(|| view! {
                    <p class="help" data-testid="signup-invited-by">{tr_args("signup-invited-by", &[
                        ("inviter", format!("@{}", l.inviter).into()),
                        ("team", l.team.clone().into()),
                    ])}</p>
                }))}
                {move || match team.get() {
                    Some(Ok(name)) => view! { <p class="help">{tr_args("signup-invited", &[("team", name.into())])}</p> }.into_any(),
                    Some(Err(())) => view! { <p class="error" role="alert">{tr("signup-invite-invalid")}</p> }.into_any(),
                    None => ().into_any(),
                }}
                <label for="signup-email">{tr("signup-email-label")}</label>
                <input id="signup-email" type="email" autocomplete="email" required
                    prop:value=move || email.get()
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
