//! The chat screen: sidebar, channel, thread panel.

mod alert;
mod attachments;
mod banner;
mod browse_channels;
mod channel_header;
mod channel_notify;
mod composer;
mod console;
mod create_channel;
mod custom_emoji;
mod direct_message;
mod emoji_button;
mod emoji_picker;
mod files;
mod integrations;
mod invite;
pub(crate) mod markdown;
pub(crate) mod notify;
mod picture;
mod post_item;
mod post_list;
mod profile;
mod reactions;
mod search;
mod security;
mod sessions;
mod settings;
mod settings_form;
mod sidebar;
mod switcher;
mod thread_panel;
mod time;

use leptos::prelude::*;
use mm_api::{ChannelId, PostId};
use wasm_bindgen::JsCast;

use crate::actions::channels;
use crate::app::{Boot, Ctx, use_ctx};
use crate::i18n::tr;
use crate::live;
use crate::state::Effect as Todo;
use crate::state::{Changed, Part};

/// Which dialog is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    /// None.
    None,
    /// Create a channel.
    Create,
    /// Browse public channels.
    Browse,
    /// Start a direct or group message.
    Direct,
    /// Ctrl/Cmd+K.
    Switcher,
    /// A person's profile card, by username (from an `@mention`).
    Profile(String),
    /// The settings.
    Settings,
    /// The community's custom emoji.
    CustomEmoji,
    /// Webhooks, slash commands, bots and tokens.
    Integrations,
    /// The open channel's notification settings.
    ChannelNotify,
    /// Invite people to the team.
    Invite,
    /// The System Console (system admins).
    Console,
}

/// Opens a channel: marks it read and loads it.
fn open_channel(ctx: Ctx, id: ChannelId) {
    let now = js_sys::Date::now() as i64;
    ctx.store
        // `Lists`: posts past the retention cutoff may be forgotten.
        .change(
            Changed::of(&[Part::View, Part::Channels, Part::Lists]),
            |s| {
                if s.current.as_ref() != Some(&id) {
                    s.unread_mark = Some((id.clone(), s.channels.last_viewed_at(&id), now));
                }
                s.current = Some(id.clone());
                s.channels.mark_viewed(&id, now);
                let cutoff = s.retention_cutoff(now);
                s.posts.forget_before(cutoff);
            },
        );
    ctx.drawer.set(false);
    live::run_effects(ctx, vec![Todo::MarkViewed(id.clone())]);
    leptos::task::spawn_local(async move {
        channels::load_channel(ctx.api.get_untracked(), ctx.store, id).await;
        prefetch();
    });
}

/// Fetches the lazily loaded chunks once the browser is idle after the first channel is
/// shown, so that opening a dialog, a panel, the picker or the viewer does not wait for the
/// network.
fn prefetch() {
    thread_local! {
        static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if DONE.replace(true) {
        return;
    }
    // After the next paint (two frames on), when the browser has nothing else to do: the
    // first posts never wait for these.
    request_animation_frame(|| {
        request_animation_frame(|| {
            request_idle_callback(|| {
                leptos::task::spawn_local(async {
                    __preload_dialog_view().await;
                    __preload_thread_view().await;
                    __preload_search_view().await;
                    emoji_picker::__preload_open_emoji_picker().await;
                    files::__preload_viewer_view().await;
                    attachments::__preload_start_uploads().await;
                    search::__preload_run_search().await;
                    reactions::__preload_react().await;
                    composer::__preload_slash_suggestions().await;
                    composer::__preload_run_slash().await;
                    composer::__preload_confirm_wide().await;
                })
            })
        })
    });
}

/// `/:team/channels/:channel` and `/:team/pl/:post`.
#[component]
pub fn ChatPage() -> impl IntoView {
    let ctx = use_ctx();
    let dialog = RwSignal::new(Dialog::None);
    let missing = RwSignal::new(false);
    provide_context(dialog);
    notify::watch_title(ctx);

    Effect::new(move |_| {
        if ctx.boot.get() == Boot::LoggedOut {
            ctx.goto.set(Some("/login".to_owned()));
        }
    });
    // Route → team → channel (or permalink → post → channel).
    Effect::new(move |_| {
        if ctx.boot.get() != Boot::Ready {
            return;
        }
        let (team_name, channel_name, post) = match ctx.route.get() {
            crate::route::Route::Channel { team, channel } => (team, channel, None),
            crate::route::Route::Permalink { team, post } => (team, String::new(), Some(post)),
            crate::route::Route::Settings { team } => {
                dialog.set(Dialog::Settings);
                (team, "town-square".to_owned(), None)
            }
            _ => return,
        };
        let Some(team) = ctx.store.with_untracked(|s| {
            s.teams
                .iter()
                .find(|t| t.name == team_name)
                .map(|t| t.id.clone())
        }) else {
            missing.set(true);
            return;
        };
        leptos::task::spawn_local(async move {
            if ctx.store.with_untracked(|s| s.team.as_ref() != Some(&team)) {
                channels::load_team(ctx.api.get_untracked(), ctx.store, team.clone()).await;
            }
            if let Some(post) = post {
                let api = ctx.api.get_untracked();
                if let Ok(p) = api.post_by_id(&PostId::from(post.as_str())).await {
                    open_channel(ctx, p.channel_id.clone());
                    // The highlight leaves one post for another.
                    let changed = Changed::of(&[Part::View]).all_posts();
                    ctx.store.change(changed, |s| {
                        s.thread = Some(PostId::from(p.thread_id().as_str()));
                        s.search = None;
                        s.highlight = Some(p.id.clone());
                    });
                    missing.set(false);
                } else {
                    missing.set(true);
                }
                return;
            }
            let api = ctx.api.get_untracked();
            match channels::resolve(api, ctx.store, team, channel_name).await {
                Some(id) => {
                    missing.set(false);
                    open_channel(ctx, id);
                }
                None => missing.set(true),
            }
        });
    });

    // Keyboard: Alt+↑/↓ previous/next channel, Ctrl/Cmd+K switcher, Esc closes panels.
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        let key = e.key();
        if e.alt_key() && (key == "ArrowUp" || key == "ArrowDown") {
            e.prevent_default();
            step_channel(ctx, if key == "ArrowUp" { -1 } else { 1 });
        } else if (e.ctrl_key() || e.meta_key()) && key.eq_ignore_ascii_case("k") {
            e.prevent_default();
            dialog.set(Dialog::Switcher);
        } else if key == "Escape" {
            if dialog.get_untracked() != Dialog::None {
                dialog.set(Dialog::None);
            } else if ctx
                .store
                .with_untracked(|s| s.thread.is_some() || s.search.is_some())
            {
                ctx.store.change(Changed::of(&[Part::View]), |s| {
                    s.thread = None;
                    s.search = None;
                });
            } else {
                ctx.drawer.set(false);
            }
        }
    });
    on_cleanup(move || keys.remove());

    // An @mention of a person in a message opens their profile (click, Enter or Space).
    // A #hashtag searches for it.
    let open_mention = move |target: Option<web_sys::EventTarget>| -> bool {
        let el = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let tag = el
            .as_ref()
            .and_then(|t| t.closest("[data-hashtag][role=button]").ok().flatten())
            .and_then(|m| m.get_attribute("data-hashtag"));
        if let Some(tag) = tag {
            leptos::task::spawn_local(search::run_search(ctx, tag));
            return true;
        }
        let name = el
            .and_then(|t| t.closest("[data-mention][role=button]").ok().flatten())
            .and_then(|m| m.get_attribute("data-mention"));
        let found = name.is_some();
        if let Some(name) = name {
            dialog.set(Dialog::Profile(name));
        }
        found
    };
    let clicks = window_event_listener(leptos::ev::click, move |e| {
        open_mention(e.target());
    });
    let mention_keys = window_event_listener(leptos::ev::keydown, move |e| {
        if (e.key() == "Enter" || e.key() == " ") && open_mention(e.target()) {
            e.prevent_default();
        }
    });
    on_cleanup(move || {
        clicks.remove();
        mention_keys.remove();
    });

    // The side panel: a thread, the search results, or none. A memo, so that the panel is
    // rebuilt only when that changes, not on every change of the store.
    let panel = Memo::new(move |_| {
        ctx.store
            .read(&[Part::View], |s| match (&s.thread, &s.search) {
                (Some(_), _) => 1,
                (None, Some(_)) => 2,
                _ => 0,
            })
    });
    let has_thread = move || panel.get() != 0;
    view! {
        <div class="layout" class:drawer-open=move || ctx.drawer.get() class:with-thread=has_thread>
            <banner::ConnectionBanner/>
            <alert::Alert/>
            <sidebar::Sidebar/>
            <div class="scrim" on:click=move |_| ctx.drawer.set(false)></div>
            <main class="channel" aria-labelledby="channel-title">
                <Show when=move || !missing.get() fallback=|| view! {
                    <p class="empty" role="alert">{tr("channel-not-found")}</p>
                }>
                    <channel_header::ChannelHeader/>
                    <post_list::PostList/>
                    <notify::AskBanner/>
                    <composer::Composer root=None/>
                </Show>
            </main>
            {move || match panel.get() {
                1 => Some(Suspend::new(thread_view()).into_any()),
                2 => Some(Suspend::new(search_view()).into_any()),
                _ => None,
            }}
            {move || {
                let d = dialog.get();
                (d != Dialog::None).then(|| Suspend::new(async move { dialog_view(d).await }))
            }}
        </div>
    }
}

/// The thread panel, from its own lazily loaded chunk.
#[lazy]
fn thread_view() -> AnyView {
    view! { <thread_panel::ThreadPanel/> }.into_any()
}

/// The search results, from their own lazily loaded chunk.
#[lazy]
fn search_view() -> AnyView {
    view! { <search::SearchResults/> }.into_any()
}

/// The open dialog's view, from its own lazily loaded chunk.
#[lazy]
fn dialog_view(d: Dialog) -> AnyView {
    match d {
        Dialog::None => ().into_any(),
        Dialog::Create => view! { <create_channel::CreateChannel/> }.into_any(),
        Dialog::Browse => view! { <browse_channels::BrowseChannels/> }.into_any(),
        Dialog::Direct => view! { <direct_message::DirectMessage/> }.into_any(),
        Dialog::Switcher => view! { <switcher::Switcher/> }.into_any(),
        Dialog::Profile(username) => view! { <profile::Profile username/> }.into_any(),
        Dialog::Settings => view! { <settings::Settings/> }.into_any(),
        Dialog::CustomEmoji => view! { <custom_emoji::CustomEmoji/> }.into_any(),
        Dialog::ChannelNotify => view! { <channel_notify::ChannelNotify/> }.into_any(),
        Dialog::Integrations => view! { <integrations::Integrations/> }.into_any(),
        Dialog::Invite => view! { <invite::Invite/> }.into_any(),
        Dialog::Console => view! { <console::Console/> }.into_any(),
    }
}

/// Shows a channel (one just made or opened).
pub fn show_channel(ctx: Ctx, ch: &mm_api::Channel) {
    ctx.goto.set(Some(channel_path(ctx, &ch.name)));
}

/// The path of a channel.
pub fn channel_path(ctx: Ctx, name: &str) -> String {
    let team = ctx
        .store
        .with_untracked(|s| s.current_team().map(|t| t.name.clone()));
    format!("/{}/channels/{name}", team.unwrap_or_default())
}

fn step_channel(ctx: Ctx, by: i32) {
    let next = ctx.store.with_untracked(|s| {
        let team = s.team.clone()?;
        let bar = s.channels.sidebar(&team, &s.my_id(), |u| s.users.name(u));
        let all: Vec<_> = bar.all().collect();
        let at = all.iter().position(|e| Some(&e.id) == s.current.as_ref())? as i32;
        let n = all.len() as i32;
        all.get(((at + by).rem_euclid(n)) as usize)
            .map(|e| e.name.clone())
    });
    if let Some(name) = next {
        ctx.goto.set(Some(channel_path(ctx, &name)));
    }
}

/// A message's text, as markdown.
pub fn message_view(text: String, testid: &'static str) -> AnyView {
    view! { <markdown::Markdown text testid/> }.into_any()
}

/// The open dialog.
pub fn use_dialog() -> RwSignal<Dialog> {
    expect_context::<RwSignal<Dialog>>()
}
