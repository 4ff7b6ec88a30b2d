//! A settings form from typed fields (`state/notify.rs`): radio groups, checkboxes, text,
//! notes and buttons. It hands back the answers as key → value.

use std::sync::Arc;

use leptos::prelude::*;
use mm_api::StringMap;

use crate::i18n::tr;
use crate::state::notify::{Action, Field};

/// The form. `id` prefixes its ids (one page may hold two forms); `submit` gets every
/// field's answer, `action` a button's action.
pub fn settings_form(
    id: &'static str,
    fields: Vec<Field>,
    submit: Arc<dyn Fn(StringMap) + Send + Sync>,
    action: Arc<dyn Fn(Action) + Send + Sync>,
) -> impl IntoView {
    let answers: Vec<(&'static str, RwSignal<String>)> = fields
        .iter()
        .filter_map(Field::answer)
        .map(|(key, value)| (key, RwSignal::new(value)))
        .collect();
    let answer = |key: &str| {
        answers
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
            .unwrap_or_else(|| RwSignal::new(String::new()))
    };
    let field = |f: Field| {
        match f {
        Field::Radio {
            key,
            label,
            value,
            options,
            disabled,
        } => {
            let answer = answer(key);
            let name = format!("{id}-{key}");
            let options = options
                .into_iter()
                .map(|(option, text)| {
                    let input_id = format!("{id}-{key}-{option}");
                    view! {
                        <label for=format!("{id}-{key}-{option}")>
                            <input type="radio" id=input_id name=name.clone() value=option
                                checked=option == value disabled=disabled
                                on:change=move |_| answer.set(option.to_owned())/>
                            {tr(text)}
                        </label>
                    }
                })
                .collect_view();
            view! { <fieldset><legend>{tr(label)}</legend>{options}</fieldset> }.into_any()
        }
        Field::Check {
            key,
            label,
            checked,
            on,
            off,
            disabled,
        } => {
            let answer = answer(key);
            let input_id = format!("{id}-{key}");
            view! {
                <label for=format!("{id}-{key}")>
                    <input type="checkbox" id=input_id name=key checked=checked disabled=disabled
                        on:change=move |ev| answer.set(if event_target_checked(&ev) { on } else { off }.to_owned())/>
                    {tr(label)}
                </label>
            }
            .into_any()
        }
        Field::Text { key, label, value } => {
            let answer = answer(key);
            let input_id = format!("{id}-{key}");
            view! {
                <label for=format!("{id}-{key}")>{tr(label)}</label>
                <input type="text" id=input_id name=key value=value
                    on:input=move |ev| answer.set(event_target_value(&ev))/>
            }
            .into_any()
        }
        Field::Note(text) => view! { <p class="help">{tr(text)}</p> }.into_any(),
        Field::Button {
            action: what,
            label,
            text,
        } => {
            let action = action.clone();
            view! {
                <p class="form-action">
                    <span>{tr(label)}</span>
                    <button type="button" data-testid=format!("{id}-{}", what.name())
                        on:click=move |_| action(what)>{tr(text)}</button>
                </p>
            }
            .into_any()
        }
        Field::Submit(text) => view! {
            <button type="submit" class="primary" data-testid=format!("{id}-save")>{tr(text)}</button>
        }
        .into_any(),
    }
    };
    let views = fields.into_iter().map(field).collect_view();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submit(
            answers
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.get_untracked()))
                .collect(),
        );
    };
    view! {
        <form class="settings-form" data-testid=format!("{id}-form") on:submit=on_submit>{views}</form>
    }
}
