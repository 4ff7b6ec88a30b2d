//! Settings → Security: two-factor log-in on and off, and one's sessions.

use leptos::prelude::*;

use super::sessions::Sessions;
use crate::actions::trust;
use crate::app::use_ctx;
use crate::auth::gate::MfaSetup;
use crate::i18n::tr;
use crate::state::{Changed, Part};

/// What the two-factor part shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Off,
    SettingUp,
    On,
}

/// The security section of the settings.
#[component]
pub fn SecuritySettings() -> impl IntoView {
    let ctx = use_ctx();
    let active = Memo::new(move |_| {
        ctx.store
            .read(&[Part::Me], |s| s.me.as_ref().is_some_and(|m| m.mfa_active))
    });
    let enabled = Memo::new(move |_| {
        ctx.store.read(&[Part::Me], |s| {
            s.config
                .get("EnableMultifactorAuthentication")
                .map(String::as_str)
                != Some("false")
        })
    });
    let setting_up = RwSignal::new(false);
    let code = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let set_active = move |on: bool| {
        ctx.store.change(Changed::of(&[Part::Me]), |s| {
            if let Some(me) = s.me.as_mut() {
                me.mfa_active = on;
            }
        });
    };
    let turn_off = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match trust::deactivate_mfa(&api, &code.get_untracked()).await {
                Ok(()) => {
                    code.try_set(String::new());
                    error.try_set(None);
                    set_active(false);
                }
                Err(_) => {
                    error.try_set(Some(tr("mfa-bad-code")));
                }
            }
        });
    };
    // Setting up comes first, and a memo rebuilds the section only when the mode changes:
    // the socket says two-factor is on before the recovery codes have been read.
    let mode = Memo::new(move |_| match (setting_up.get(), active.get()) {
        (true, _) => Mode::SettingUp,
        (false, true) => Mode::On,
        (false, false) => Mode::Off,
    });
    view! {
        <section class="settings-section" data-testid="security-settings">
            <h3>{tr("security-title")}</h3>
            <Show when=move || enabled.get()>
                <h4>{tr("security-mfa")}</h4>
                {move || match mode.get() {
                    Mode::On => view! {
                        <p data-testid="mfa-on">{tr("security-mfa-on")}</p>
                        <form on:submit=turn_off>
                            <label for="mfa-off-code">{tr("security-mfa-off-code")}</label>
                            <input id="mfa-off-code" autocomplete="one-time-code" required data-testid="mfa-off-code"
                                prop:value=move || code.get()
                                on:input=move |ev| code.set(event_target_value(&ev))/>
                            <p class="error" role="alert">{move || error.get()}</p>
                            <button type="submit" data-testid="mfa-off">{tr("security-mfa-turn-off")}</button>
                        </form>
                    }.into_any(),
                    Mode::SettingUp => view! {
                        <MfaSetup done=Callback::new(move |()| {
                            setting_up.set(false);
                            set_active(true);
                        })/>
                    }.into_any(),
                    Mode::Off => view! {
                        <p>{tr("security-mfa-off")}</p>
                        <button type="button" data-testid="mfa-start" on:click=move |_| setting_up.set(true)>
                            {tr("security-mfa-turn-on")}
                        </button>
                    }.into_any(),
                }}
            </Show>
            <h4>{tr("security-sessions")}</h4>
            <Sessions user=trust::ME.to_owned()/>
        </section>
    }
}
