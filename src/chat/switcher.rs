//! Ctrl/Cmd+K: jump to a channel by typing part of its name.

use leptos::html::Input;
use leptos::prelude::*;

use super::{Dialog, channel_path, use_dialog};
use crate::app::use_ctx;
use crate::i18n::tr;
use crate::state::Part;

/// The quick switcher.
#[component]
pub fn Switcher() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = use_dialog();
    let term = RwSignal::new(String::new());
    let selected = RwSignal::new(0usize);
    let input = NodeRef::<Input>::new();
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            let _ = el.focus();
        }
    });
    let matches = Memo::new(move |_| {
        let t = term.get().to_lowercase();
        ctx.store
            .read(&[Part::Me, Part::Channels, Part::Users], |s| {
                let Some(team) = &s.team else {
                    return Vec::new();
                };
                s.channels
                    .sidebar(team, &s.my_id(), |u| s.users.name(u))
                    .all()
                    .filter(|e| e.label.to_lowercase().contains(&t) || e.name.contains(&t))
                    .take(10)
                    .map(|e| (e.name.clone(), e.label.clone()))
                    .collect::<Vec<_>>()
            })
    });
    let go = move |i: usize| {
        if let Some((name, _)) = matches.get_untracked().get(i) {
            dialog.set(Dialog::None);
            ctx.goto.set(Some(channel_path(ctx, name)));
        }
    };
    view! {
        <div class="dialog-backdrop" on:click=move |_| dialog.set(Dialog::None)>
            <div class="dialog switcher" role="dialog" aria-modal="true" aria-labelledby="switcher-title"
                on:click=|ev| ev.stop_propagation()>
                <h2 id="switcher-title">{tr("switcher-title")}</h2>
                <input node_ref=input aria-label=tr("switcher-label") role="combobox" aria-expanded="true"
                    aria-controls="switcher-list" data-testid="switcher-input"
                    on:input=move |ev| { term.set(event_target_value(&ev)); selected.set(0); }
                    on:keydown=move |ev| match ev.key().as_str() {
                        "ArrowDown" => { ev.prevent_default(); selected.update(|i| *i = (*i + 1).min(matches.with_untracked(Vec::len).saturating_sub(1))); }
                        "ArrowUp" => { ev.prevent_default(); selected.update(|i| *i = i.saturating_sub(1)); }
                        "Enter" => { ev.prevent_default(); go(selected.get_untracked()); }
                        _ => {}
                    }/>
                <ul id="switcher-list" role="listbox">
                    {move || matches.get().into_iter().enumerate().map(|(i, (_, label))| view! {
                            <li role="option" aria-selected=move || (selected.get() == i).to_string()
                                class:selected=move || selected.get() == i on:click=move |_| go(i)>
                                <bdi>{label}</bdi>
                            </li>
                        }).collect_view()}
                </ul>
            </div>
        </div>
    }
}
