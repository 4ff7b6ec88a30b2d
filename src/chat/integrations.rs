//! The Integrations dialog, for those the server allows: incoming and outgoing webhooks,
//! slash commands, bot accounts and personal access tokens; each listed, made, edited and
//! deleted through one form that the kind's fields describe.

use leptos::prelude::*;
use serde_json::Value;

use super::{Dialog, use_dialog};
use crate::actions::integrations::{self as integ, Field, Input, Kind};
use crate::app::use_ctx;
use crate::i18n::{tr, tr_args};

/// Copies text to the clipboard.
fn copy(text: &str) {
    let _ = window().navigator().clipboard().write_text(text);
}

/// The dialog.
#[component]
pub fn Integrations() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let (me, kinds, team, channels) = ctx.store.with_untracked(|s| {
        let me = s.me.clone().unwrap_or_default();
        let kinds: Vec<Kind> = Kind::ALL
            .into_iter()
            .filter(|k| k.enabled(&me, &s.config))
            .collect();
        let team = s.team.clone().unwrap_or_default();
        let bar = s.channels.sidebar(&team, &s.my_id(), |u| s.users.name(u));
        let channels: Vec<(String, String)> = bar
            .public
            .iter()
            .chain(&bar.private)
            .map(|e| (e.id.to_string(), e.label.clone()))
            .collect();
        (me, kinds, team, channels)
    });
    let current = StoredValue::new(
        ctx.store
            .with_untracked(|s| s.current.clone())
            .map(|c| c.to_string()),
    );
    let tab = RwSignal::new(kinds.first().copied().unwrap_or(Kind::Token));
    let items = RwSignal::new(Vec::<Value>::new());
    let editing = RwSignal::new(None::<Value>);
    let secret = RwSignal::new(None::<String>);
    let error = RwSignal::new(String::new());
    let team_sv = StoredValue::new(team);
    let me_id = StoredValue::new(me.id.clone());
    let reload = move || {
        let api = ctx.api.get_untracked();
        let kind = tab.get_untracked();
        leptos::task::spawn_local(async move {
            let team = team_sv.get_value();
            match integ::load(&api, kind, &team, &me_id.get_value()).await {
                Ok(list) => {
                    items.try_set(list);
                }
                Err(e) => {
                    error.try_set(e.message());
                }
            }
        });
    };
    Effect::new(move |_| {
        tab.track();
        editing.set(None);
        error.set(String::new());
        items.set(Vec::new());
        reload();
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(mut item) = editing.get_untracked() else {
            return;
        };
        let kind = tab.get_untracked();
        if kind == Kind::Token
            && let Value::Object(map) = &mut item
        {
            map.insert("user_id".into(), me_id.get_value().to_string().into());
        }
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match integ::save(&api, kind, &team_sv.get_value(), item).await {
                Ok(saved) => {
                    if let Some(s) = saved["token"].as_str().filter(|_| kind == Kind::Token) {
                        secret.try_set(Some(s.to_owned()));
                    }
                    editing.try_set(None);
                    error.try_set(String::new());
                    reload();
                }
                Err(e) => {
                    error.try_set(e.message());
                }
            }
        });
    };
    let remove = move |item: Value| {
        let kind = tab.get_untracked();
        let question = tr_args(
            "integrations-delete-confirm",
            &[("name", kind.name_of(&item).into())],
        );
        if !window().confirm_with_message(&question).unwrap_or(false) {
            return;
        }
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match integ::remove(&api, kind, &item).await {
                Ok(()) => reload(),
                Err(e) => {
                    error.try_set(e.message());
                }
            }
        });
    };
    let enable = move |item: Value| {
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            if let Err(e) = integ::enable(&api, Kind::Bot, &item).await {
                error.try_set(e.message());
            }
            reload();
        });
    };
    let bot_token = move |item: Value| {
        let api = ctx.api.get_untracked();
        let description = tr_args(
            "integrations-token-for",
            &[("name", Kind::Bot.name_of(&item).into())],
        );
        leptos::task::spawn_local(async move {
            match integ::bot_token(&api, &item, &description).await {
                Ok(s) => {
                    secret.try_set(Some(s));
                }
                Err(e) => {
                    error.try_set(e.message());
                }
            }
        });
    };
    let origin = window().location().origin().unwrap_or_default();
    let base = ctx.api.with_untracked(|a| a.base.clone());
    let hook_base = StoredValue::new(if base.is_empty() { origin } else { base });
    let row = move |item: Value| {
        let kind = tab.get_untracked();
        let name = kind.name_of(&item);
        // What the row shows besides the name: where to post, or the secret callers get.
        let detail = match kind {
            Kind::Incoming => Some(integ::hook_url(&hook_base.get_value(), &kind.id_of(&item))),
            Kind::Outgoing | Kind::Command => item["token"].as_str().map(str::to_owned),
            _ => None,
        };
        let off = item["delete_at"].as_i64().unwrap_or(0) > 0
            || item["is_active"].as_bool() == Some(false);
        let (edit_item, remove_item, enable_item, token_item) =
            (item.clone(), item.clone(), item.clone(), item.clone());
        view! {
            <li data-testid="integration">
                <div class="integration-name">
                    <bdi>{name}</bdi>
                    {off.then(|| view! { <span class="tag">{tr("integrations-disabled")}</span> })}
                </div>
                {detail.map(|d| {
                    let label = if kind == Kind::Incoming { "integrations-url" } else { "integrations-token" };
                    let text = d.clone();
                    view! {
                        <div class="integration-detail">
                            <span>{tr(label)}</span>
                            <code data-testid="integration-detail">{d}</code>
                            <button type="button" class="link" on:click=move |_| copy(&text)>{tr("integrations-copy")}</button>
                        </div>
                    }
                })}
                <div class="integration-actions">
                    {(kind != Kind::Token && !off).then(|| view! {
                        <button type="button" class="link" on:click=move |_| editing.set(Some(edit_item.clone()))>{tr("integrations-edit")}</button>
                    })}
                    {(kind == Kind::Bot && !off).then(|| view! {
                        <button type="button" class="link" on:click=move |_| bot_token(token_item.clone())>{tr("integrations-token-new")}</button>
                    })}
                    {if kind == Kind::Bot && off {
                        view! { <button type="button" class="link" on:click=move |_| enable(enable_item.clone())>{tr("integrations-enable")}</button> }.into_any()
                    } else {
                        let label = if kind == Kind::Bot { "integrations-disable" } else { "integrations-delete" };
                        view! { <button type="button" class="link" on:click=move |_| remove(remove_item.clone())>{tr(label)}</button> }.into_any()
                    }}
                </div>
            </li>
        }
    };
    let channels = StoredValue::new(channels);
    let input = move |f: Field| {
        let value = move || {
            editing.with(|i| {
                i.as_ref()
                    .map(|i| integ::field_text(i, &f))
                    .unwrap_or_default()
            })
        };
        let set = move |text: String| {
            editing.update(|i| {
                if let Some(i) = i {
                    integ::set_field(i, &f, &text);
                }
            })
        };
        let id = format!("integration-{}", f.key);
        let control = match f.input {
            Input::Text => view! {
                <input id=id.clone() data-testid=id.clone() prop:value=value on:input=move |ev| set(event_target_value(&ev))/>
            }.into_any(),
            Input::Lines => view! {
                <textarea id=id.clone() data-testid=id.clone() rows="3" prop:value=value on:input=move |ev| set(event_target_value(&ev))></textarea>
            }.into_any(),
            Input::Check => view! {
                <input id=id.clone() data-testid=id.clone() type="checkbox" prop:checked=move || value() == "true"
                    on:change=move |ev| set(event_target_checked(&ev).to_string())/>
            }.into_any(),
            Input::Channel => {
                let any = tab.get_untracked() == Kind::Outgoing;
                view! {
                    <select id=id.clone() data-testid=id.clone() prop:value=value on:change=move |ev| set(event_target_value(&ev))>
                        {any.then(|| view! { <option value="">{tr("integrations-any-channel")}</option> })}
                        {channels.get_value().into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view()}
                    </select>
                }.into_any()
            }
            Input::Choice(options) => view! {
                <select id=id.clone() data-testid=id.clone() prop:value=value on:change=move |ev| set(event_target_value(&ev))>
                    {options.iter().map(|(v, label)| view! { <option value=*v>{tr(label)}</option> }).collect_view()}
                </select>
            }.into_any(),
        };
        if f.input == Input::Check {
            view! { <label class="check">{control}{tr(f.label)}</label> }.into_any()
        } else {
            view! { <label for=id>{tr(f.label)}</label>{control} }.into_any()
        }
    };
    let form = move || {
        let kind = tab.get();
        view! {
            <form class="integration-form" on:submit=save data-testid="integration-form">
                {kind.fields().iter().copied().map(input).collect_view()}
                <div class="dialog-buttons">
                    <button type="button" on:click=move |_| editing.set(None)>{tr("cancel")}</button>
                    <button type="submit" class="primary" data-testid="integration-save">{tr("integrations-save")}</button>
                </div>
            </form>
        }
    };
    let overrides = ctx.store.with_untracked(|s| {
        s.config
            .get("EnablePostUsernameOverride")
            .is_some_and(|v| v == "true")
    });
    let tabs = kinds.clone();
    view! {
        <div class="dialog-backdrop" on:click=move |_| dialog.set(Dialog::None)>
            <div class="dialog wide" role="dialog" aria-modal="true" aria-labelledby="integrations-title"
                data-testid="integrations-dialog" on:click=|e| e.stop_propagation()>
                <style>{include_str!("integrations.css")}</style>
                <h2 id="integrations-title">{tr("integrations-title")}</h2>
                <div class="tabs" role="tablist">
                    {tabs.into_iter().map(|k| view! {
                        <button type="button" role="tab" aria-selected=move || (tab.get() == k).to_string()
                            data-testid=format!("integrations-tab-{}", k.label()) on:click=move |_| tab.set(k)>{tr(k.label())}</button>
                    }).collect_view()}
                </div>
                {move || secret.get().map(|s| {
                    let text = s.clone();
                    view! {
                        <p class="secret" role="status">
                            {tr("integrations-token-once")}" "<code data-testid="integration-secret">{s}</code>
                            <button type="button" class="link" on:click=move |_| copy(&text)>{tr("integrations-copy")}</button>
                        </p>
                    }
                })}
                <p class="error" role="alert">{move || error.get()}</p>
                {move || match editing.get().is_some() {
                    true => form().into_any(),
                    false => view! {
                        {(!overrides && matches!(tab.get(), Kind::Incoming | Kind::Outgoing | Kind::Command))
                            .then(|| view! { <p class="help">{tr("integrations-overrides-off")}</p> })}
                        <button type="button" class="primary" data-testid="integration-add"
                            on:click=move |_| editing.set(Some(current.with_value(|c| tab.get_untracked().blank(&team_sv.get_value(), c.as_deref()))))>
                            {tr("integrations-add")}
                        </button>
                        {move || items.with(Vec::is_empty).then(|| view! { <p class="help">{tr("integrations-empty")}</p> })}
                        <ul class="integration-list">{move || items.get().into_iter().map(row).collect_view()}</ul>
                    }.into_any(),
                }}
                <div class="dialog-buttons">
                    <button type="button" on:click=move |_| dialog.set(Dialog::None)>{tr("close")}</button>
                </div>
            </div>
        </div>
    }
}
