//! The composer: Enter sends, Shift+Enter breaks the line, ↑ edits the last post, a draft
//! per channel (and thread) survives switches and reloads, @ and ~ autocomplete, typing
//! notices out and in.

use leptos::html::Textarea;
use leptos::prelude::lazy;
use leptos::prelude::*;
use mm_api::PostId;

use crate::actions::posts;
use crate::app::{storage, use_ctx};
use crate::i18n::{tr, tr_args};
use crate::live;
use crate::state::{Changed, Part};

#[derive(Debug, Clone, PartialEq)]
struct Suggestion {
    insert: String,
    label: String,
    detail: String,
}

/// The caret of `el` in chars of `text`: the DOM counts UTF-16 units, and an emoji is two.
fn caret(el: &web_sys::HtmlTextAreaElement, text: &str) -> usize {
    let utf16 = el.selection_start().ok().flatten().unwrap_or(0) as usize;
    let mut units = 0;
    text.chars()
        .take_while(|c| {
            units += c.len_utf16();
            units <= utf16
        })
        .count()
}

/// Puts `insert` at char `at` of `text`: the new text and the caret after the insert, in
/// UTF-16 units for the DOM.
fn splice(text: &str, at: usize, end: usize, insert: &str) -> (String, u32) {
    let before: String = text.chars().take(at).collect();
    let after: String = text.chars().skip(end).collect();
    let pos = before.encode_utf16().count() + insert.encode_utf16().count();
    (format!("{before}{insert}{after}"), pos as u32)
}

/// The word being typed at the caret, if it starts with `@`, `~` or `:` (or `/`, first).
fn current_token(text: &str, caret: usize) -> Option<(usize, char, String)> {
    let before: String = text.chars().take(caret).collect();
    let start = before
        .rfind(|c: char| c.is_whitespace())
        .map_or(0, |i| i + 1);
    let word = &before[start..];
    let mut chars = word.chars();
    let sigil = chars
        .next()
        .filter(|c| matches!(c, '@' | '~' | ':') || (*c == '/' && start == 0))?;
    Some((
        before[..start].chars().count(),
        sigil,
        chars.as_str().to_lowercase(),
    ))
}

type Commands = StoredValue<Option<(mm_api::TeamId, Vec<crate::api::CommandHint>)>>;

/// Offers the team's slash commands that start with `prefix`, with their hints (built-in
/// ones in the reader's language); from its own chunk, loaded when a message first starts
/// with a slash.
#[lazy]
pub(super) fn slash_suggestions(
    ctx: crate::app::Ctx,
    commands: Commands,
    suggestions: RwSignal<Vec<Suggestion>>,
    prefix: String,
) {
    let (team, api) = (
        ctx.store.with_untracked(|s| s.team.clone()),
        ctx.api.get_untracked(),
    );
    leptos::task::spawn_local(async move {
        let Some(team) = team else { return };
        if commands.with_value(|c| c.as_ref().is_none_or(|(t, _)| *t != team)) {
            let list = api.commands(&team).await.unwrap_or_default();
            commands.set_value(Some((team, list)));
        }
        let list = commands.with_value(|c| {
            let list = c.as_ref().map(|(_, l)| l.as_slice()).unwrap_or_default();
            list.iter()
                .filter(|c| c.trigger.starts_with(&prefix))
                .take(10)
                .map(|c| {
                    let built_in = posts::BUILT_IN_COMMANDS
                        .iter()
                        .find(|b| c.id.is_empty() && b.0 == c.trigger);
                    let (hint, detail) = match built_in {
                        Some(&(t, hint)) => (
                            if hint {
                                tr(&format!("command-{t}-hint"))
                            } else {
                                String::new()
                            },
                            tr(&format!("command-{t}")),
                        ),
                        None => (c.auto_complete_hint.clone(), c.auto_complete_desc.clone()),
                    };
                    Suggestion {
                        insert: format!("/{} ", c.trigger),
                        label: format!("/{} {hint}", c.trigger),
                        detail,
                    }
                })
                .collect()
        });
        suggestions.try_set(list);
    });
}

/// @channel, @all or @here in a channel of more than 5 people asks first, saying how many
/// will be notified (Mattermost's confirmation), then sends; from its own chunk.
#[lazy]
pub(super) fn confirm_wide(
    ctx: crate::app::Ctx,
    ch: mm_api::ChannelId,
    mention: String,
    send: Callback<()>,
) {
    let api = ctx.api.get_untracked();
    let admin = ctx
        .store
        .with_untracked(|s| s.me.as_ref().is_some_and(|u| u.is_system_admin()));
    leptos::task::spawn_local(async move {
        // Where an admin kept channel-wide mentions to admins, nobody is notified: no
        // question then.
        let may = admin
            || crate::actions::settings::members_may_mention(&api, ch.clone())
                .await
                .unwrap_or(true);
        let n = if may {
            api.channel_stats(ch.as_str())
                .await
                .map_or(0, |s| s.member_count)
        } else {
            0
        };
        let question = format!(
            "{}\n\n{}",
            tr("channel-wide-title"),
            tr_args(
                "channel-wide-confirm",
                &[("mention", mention.into()), ("count", (n - 1).into())]
            )
        );
        if n <= 5 || window().confirm_with_message(&question).unwrap_or(false) {
            send.run(());
        }
    });
}

/// Runs a slash command, and goes where its answer says; from its own chunk.
#[lazy]
pub(super) fn run_slash(ctx: crate::app::Ctx, args: mm_api::CommandArgs) {
    leptos::task::spawn_local(async move {
        if let Some(path) = posts::run_command(ctx.api.get_untracked(), ctx.store, args).await {
            ctx.goto.set(Some(path));
        }
    });
}

/// The composer of the channel (`root: None`) or of a thread.
#[component]
pub fn Composer(root: Option<PostId>) -> impl IntoView {
    let ctx = use_ctx();
    let text = RwSignal::new(String::new());
    let area = NodeRef::<Textarea>::new();
    let suggestions = RwSignal::new(Vec::<Suggestion>::new());
    // The team's slash commands, fetched when a message first starts with `/`.
    let commands: Commands = StoredValue::new(None);
    let selected = RwSignal::new(0usize);
    let last_typing = StoredValue::new(0f64);
    let channel = Memo::new(move |_| ctx.store.read(&[Part::View], |s| s.current.clone()));
    let root_for_key = root.clone();
    let draft_key = move || {
        channel.get().map(|c| match &root_for_key {
            Some(r) => format!("causerie.draft.{c}.{r}"),
            None => format!("causerie.draft.{c}"),
        })
    };
    let key_memo = Memo::new(move |_| draft_key());
    // Load the draft of the channel (or thread) when it changes.
    Effect::new(move |_| {
        let draft = key_memo
            .get()
            .and_then(|k| storage().and_then(|s| s.get_item(&k).ok().flatten()));
        text.set(draft.unwrap_or_default());
        suggestions.set(Vec::new());
        last_typing.set_value(0.0); // The throttle is per channel.
    });
    let save_draft = move |value: &str| {
        if let (Some(k), Some(s)) = (key_memo.get_untracked(), storage()) {
            let _ = if value.is_empty() {
                s.remove_item(&k)
            } else {
                s.set_item(&k, value)
            };
        }
    };
    let label = Memo::new(move |_| {
        ctx.store
            .read(&[Part::View, Part::Channels, Part::Users], |s| {
                let c = s.current.as_ref().and_then(|c| s.channels.get(c));
                let name = match c {
                    Some(c) if c.channel_type == mm_api::ChannelType::Direct => {
                        crate::state::channels::dm_partner(&c.name, &s.my_id())
                            .map(|u| s.users.name(&u))
                            .unwrap_or_default()
                    }
                    Some(c) => c.display_name.clone(),
                    None => String::new(),
                };
                tr_args("composer-label", &[("channel", name.into())])
            })
    });
    // Typing notices expire without an event: re-check every second.
    let tick = RwSignal::new(0u32);
    let interval = set_interval_with_handle(
        move || tick.update(|t| *t += 1),
        std::time::Duration::from_secs(1),
    );
    on_cleanup(move || {
        if let Ok(h) = interval {
            h.clear();
        }
    });
    let root_typing = root.clone();
    let typists = Memo::new(move |_| {
        let _ = tick.get();
        let now = js_sys::Date::now() as i64;
        ctx.store
            .read(&[Part::View, Part::Typing, Part::Users], |s| {
                let Some(c) = &s.current else {
                    return Vec::new();
                };
                let parent = root_typing.clone().unwrap_or_default();
                s.typing
                    .typists(c, &parent, now)
                    .iter()
                    .map(|u| s.users.name(u))
                    .collect::<Vec<_>>()
            })
    });

    let refresh_suggestions = move || {
        let Some(el) = area.get_untracked() else {
            return;
        };
        let value = text.get_untracked();
        let Some((_, sigil, prefix)) = current_token(&value, caret(&el, &value)) else {
            suggestions.set(Vec::new());
            return;
        };
        selected.set(0);
        if sigil == '/' {
            leptos::task::spawn_local(slash_suggestions(ctx, commands, suggestions, prefix));
            return;
        }
        if sigil == ':' {
            // As in Mattermost, from the second letter (`:)` stays a smiley).
            let list = if prefix.chars().count() >= 2 && !prefix.contains(':') {
                super::markdown::emoji_suggestions(&prefix)
                    .into_iter()
                    .map(|(name, glyph)| Suggestion {
                        insert: format!(":{name}: "),
                        label: format!(":{name}:"),
                        detail: glyph,
                    })
                    .collect()
            } else {
                Vec::new()
            };
            suggestions.set(list);
            return;
        }
        if sigil == '~' {
            let list = ctx.store.with_untracked(|s| {
                let Some(team) = &s.team else {
                    return Vec::new();
                };
                let bar = s.channels.sidebar(team, &s.my_id(), |u| s.users.name(u));
                bar.public
                    .iter()
                    .chain(&bar.private)
                    .filter(|e| {
                        e.name.starts_with(&prefix) || e.label.to_lowercase().starts_with(&prefix)
                    })
                    .take(8)
                    .map(|e| Suggestion {
                        insert: format!("~{} ", e.name),
                        label: format!("~{}", e.name),
                        detail: e.label.clone(),
                    })
                    .collect()
            });
            suggestions.set(list);
            return;
        }
        let specials: Vec<Suggestion> = [
            ("here", "autocomplete-here"),
            ("channel", "autocomplete-channel"),
            ("all", "autocomplete-all"),
        ]
        .into_iter()
        .filter(|(n, _)| n.starts_with(&prefix))
        .map(|(n, d)| Suggestion {
            insert: format!("@{n} "),
            label: format!("@{n}"),
            detail: tr(d),
        })
        .collect();
        let (team, ch) = ctx
            .store
            .with_untracked(|s| (s.team.clone(), s.current.clone()));
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            let (Some(team), Some(ch)) = (team, ch) else {
                return;
            };
            let users = api
                .autocomplete(&team, Some(&ch), &prefix)
                .await
                .map(|a| a.users)
                .unwrap_or_default();
            let mut list: Vec<Suggestion> = users
                .into_iter()
                .take(8)
                .map(|u| Suggestion {
                    insert: format!("@{} ", u.username),
                    label: format!("@{}", u.username),
                    detail: u.display_name(),
                })
                .collect();
            list.extend(specials);
            suggestions.try_set(list);
        });
    };
    let accept = move |i: usize| {
        let Some(s) = suggestions.get_untracked().get(i).cloned() else {
            return;
        };
        let Some(el) = area.get_untracked() else {
            return;
        };
        let value = text.get_untracked();
        let caret = caret(&el, &value);
        if let Some((start, _, _)) = current_token(&value, caret) {
            let (new, pos) = splice(&value, start, caret, &s.insert);
            text.set(new.clone());
            el.set_value(&new);
            let _ = el.set_selection_range(pos, pos);
            save_draft(&new);
        }
        suggestions.set(Vec::new());
    };
    let root_sv = StoredValue::new(root.clone());
    let uploads = super::attachments::Uploads::new();
    let send_now = move || {
        let message = text.get_untracked();
        // Files still on their way hold the message back (it is sent with them).
        let Some(file_ids) = uploads.ready_ids() else {
            return;
        };
        if message.trim().is_empty() && file_ids.is_empty() {
            return;
        }
        let Some(ch) = channel.get_untracked() else {
            return;
        };
        let root = root_sv.get_value();
        if let Some(command) = posts::slash_command(&message).filter(|_| file_ids.is_empty()) {
            let args = mm_api::CommandArgs {
                channel_id: ch,
                team_id: ctx
                    .store
                    .with_untracked(|s| s.team.clone())
                    .unwrap_or_default(),
                command,
                root_id: root.unwrap_or_default(),
            };
            leptos::task::spawn_local(run_slash(ctx, args));
        } else if let Some(emoji) = crate::state::posts::reaction_shortcut(&message)
            && let Some(target) = ctx
                .store
                .with_untracked(|s| s.posts.newest(&ch, root.as_ref()))
        {
            super::reactions::toggle_reaction(ctx, target, emoji.to_owned());
        } else {
            let draft = posts::Draft {
                channel: ch,
                root,
                message: posts::unescape_slash(message),
                file_ids,
            };
            let now = js_sys::Date::now() as i64;
            leptos::task::spawn_local(posts::send(ctx.api.get_untracked(), ctx.store, draft, now));
            uploads.clear();
        }
        text.set(String::new());
        save_draft("");
        suggestions.set(Vec::new());
    };
    // @channel, @all or @here in a channel of more than 5 people asks first, saying how
    // many will be notified (Mattermost's confirmation), as deleting a post does.
    let send = move || {
        let wide = mm_markdown::mentions(&text.get_untracked()).first_wide;
        let (Some(mention), Some(ch)) = (wide, channel.get_untracked()) else {
            send_now();
            return;
        };
        let send = Callback::new(move |()| send_now());
        leptos::task::spawn_local(confirm_wide(ctx, ch, mention.to_string(), send));
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let open = !suggestions.with_untracked(Vec::is_empty);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if open => {
                ev.prevent_default();
                let n = suggestions.with_untracked(Vec::len);
                selected.update(|i| {
                    *i = if ev.key() == "ArrowDown" {
                        (*i + 1) % n
                    } else {
                        (*i + n - 1) % n
                    }
                });
            }
            "Enter" | "Tab" if open => {
                ev.prevent_default();
                accept(selected.get_untracked());
            }
            "Escape" if open => {
                ev.stop_propagation();
                suggestions.set(Vec::new());
            }
            "Enter" if !ev.shift_key() && !ev.is_composing() => {
                ev.prevent_default();
                send();
            }
            "ArrowUp"
                if text.with_untracked(String::is_empty) && root_sv.with_value(Option::is_none) =>
            {
                let last = ctx.store.with_untracked(|s| {
                    let ch = s.current.as_ref()?;
                    s.posts.last_own(ch, &s.my_id()).map(|p| p.id.clone())
                });
                if let Some(id) = last {
                    ev.prevent_default();
                    // The post edited before (if any) closes.
                    let before = ctx.store.with_untracked(|s| s.editing.clone());
                    let changed = Changed::default()
                        .post(&id)
                        .post(&before.unwrap_or_default());
                    ctx.store.change(changed, |s| s.editing = Some(id));
                }
            }
            _ => {}
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        save_draft(&value);
        text.set(value);
        refresh_suggestions();
        let now = js_sys::Date::now();
        if now - last_typing.get_value() > 3000.0
            && let Some(ch) = channel.get_untracked()
        {
            last_typing.set_value(now);
            let parent = root_sv.get_value().unwrap_or_default();
            live::send(
                "user_typing",
                serde_json::json!({ "channel_id": ch, "parent_id": parent }),
            );
        }
    };
    let is_reply = root.is_some();
    let list_id = if is_reply {
        "thread-suggestions"
    } else {
        "composer-suggestions"
    };
    let file_input = NodeRef::<leptos::html::Input>::new();
    let attach = move |files: Vec<web_sys::File>| {
        if let Some(ch) = channel.get_untracked()
            && !files.is_empty()
        {
            uploads.add(ctx, &ch, files);
        }
    };
    let dragging = RwSignal::new(false);
    // The picker puts `:name: ` at the caret.
    let insert_emoji = move |name: String| {
        let Some(el) = area.get_untracked() else {
            return;
        };
        let value = text.get_untracked();
        let at = caret(&el, &value);
        let (new, pos) = splice(&value, at, at, &format!(":{name}: "));
        text.set(new.clone());
        el.set_value(&new);
        let _ = el.focus();
        let _ = el.set_selection_range(pos, pos);
        save_draft(&new);
    };
    view! {
        <div class="composer" class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                if ev.data_transfer().is_some_and(|d| d.types().includes(&"Files".into(), 0)) {
                    ev.prevent_default();
                    dragging.set(true);
                }
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=move |ev: leptos::ev::DragEvent| {
                dragging.set(false);
                let files = super::attachments::files_of(ev.data_transfer().and_then(|d| d.files()));
                if !files.is_empty() {
                    ev.prevent_default();
                    attach(files);
                }
            }>
            {move || dragging.get().then(|| view! { <p class="drop-hint" aria-hidden="true">{tr("composer-drop")}</p> })}
            <super::attachments::UploadList uploads/>
            {move || (!suggestions.with(Vec::is_empty)).then(|| view! {
                <ul class="suggestions" role="listbox" id=list_id data-testid="suggestions">
                    {move || suggestions.get().into_iter().enumerate().map(|(i, s)| view! {
                            <li role="option" aria-selected=move || (selected.get() == i).to_string()
                                class:selected=move || selected.get() == i
                                on:mousedown=move |ev| { ev.prevent_default(); accept(i); }>
                                <bdi class="label">{s.label}</bdi> <span class="detail">{s.detail}</span>
                            </li>
                        }).collect_view()}
                </ul>
            })}
            <div class="composer-row">
                <textarea node_ref=area rows="1" data-testid=if is_reply { "thread-composer" } else { "composer" }
                    aria-label=move || if is_reply { tr("composer-reply-label") } else { label.get() }
                    aria-autocomplete="list"
                    aria-controls=move || (!suggestions.with(Vec::is_empty)).then_some(list_id)
                    placeholder=tr("composer-placeholder")
                    prop:value=move || text.get()
                    on:input=on_input on:keydown=on_keydown
                    on:paste=move |ev: leptos::ev::ClipboardEvent| {
                        let files = super::attachments::files_of(ev.clipboard_data().and_then(|d| d.files()));
                        if !files.is_empty() {
                            ev.prevent_default();
                            attach(files);
                        }
                    }></textarea>
                <input type="file" multiple hidden node_ref=file_input data-testid=if is_reply { "thread-file-input" } else { "file-input" }
                    on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        attach(super::attachments::files_of(input.files()));
                        input.set_value("");
                    }/>
                <button type="button" class="attach" aria-label=tr("composer-attach") title=tr("composer-attach")
                    on:click=move |_| if let Some(i) = file_input.get() { i.click(); }>"📎"</button>
                <super::emoji_button::EmojiButton label=tr("composer-emoji") testid="composer-emoji" on_pick=insert_emoji/>
                <button type="button" class="send" on:click=move |_| send() aria-label=tr("composer-send")>"➤"</button>
            </div>
            <p class="typing" aria-live="polite" data-testid="typing">
                {move || {
                    let names = typists.get();
                    match names.as_slice() {
                        [] => String::new(),
                        [one] => tr_args("typing-one", &[("name", one.clone().into())]),
                        // "ann and bob", "ann, bob and cy", as the language joins lists (Intl).
                        several if several.len() <= 3 => tr_args(
                            "typing-several",
                            &[("names", crate::intl::list(several, &[("type", "conjunction")]).into())],
                        ),
                        _ => tr("typing-many"),
                    }
                }}
            </p>
        </div>
    }
}
