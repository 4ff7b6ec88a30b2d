//! The app shell: shared context, start-up, routes.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::Api;
use crate::auth::{Login, Signup};
use crate::chat::ChatPage;
use crate::i18n::tr;
use crate::live::{self, Link};
use crate::route::{Route, parse};
use crate::shared::Shared;
use crate::state::{Changed, Part};

/// Where start-up is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Boot {
    /// Checking the session.
    Loading,
    /// No session: show the log-in page.
    LoggedOut,
    /// Logged in and loaded.
    Ready,
    /// Logged in, but the server requires something first.
    Gated(crate::actions::trust::Gate),
}

/// Everything components share; all fields are signals, so it is `Copy`.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The client state.
    pub store: Shared,
    /// How to reach the server.
    pub api: RwSignal<Api>,
    /// The connection banner.
    pub link: RwSignal<Link>,
    /// Start-up state.
    pub boot: RwSignal<Boot>,
    /// A path to navigate to (set from outside components).
    pub goto: RwSignal<Option<String>>,
    /// Whether the sidebar drawer is open (narrow screens).
    pub drawer: RwSignal<bool>,
    /// The page shown.
    pub route: RwSignal<Route>,
    /// The active locale; changing it re-renders the app in that language.
    pub locale: RwSignal<String>,
    /// What rendering markdown depends on: the reader, the team, the server's settings.
    pub markdown: Memo<crate::markdown::Settings>,
}

/// The shared context.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

const API_KEY: &str = "causerie.server";

/// Local storage, if the browser allows it.
pub fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn saved_api() -> Api {
    storage()
        .and_then(|s| s.get_item(API_KEY).ok().flatten())
        .and_then(|v| serde_json::from_str::<(String, Option<String>)>(&v).ok())
        .map(|(base, token)| Api { base, token })
        .unwrap_or_default()
}

/// Remembers where the server is (and its token, for another origin).
pub fn save_api(api: &Api) {
    if let Some(s) = storage() {
        let _ = s.set_item(
            API_KEY,
            &serde_json::to_string(&(&api.base, &api.token)).unwrap_or_default(),
        );
    }
}

/// The browser's languages, best first.
fn browser_languages() -> Vec<String> {
    let nav = window().navigator();
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// Negotiates a locale for what is requested (the user's choice first, then the browser's),
/// fetches its `.ftl` files (and their fallbacks) and applies them: strings, `<html lang dir>`.
pub async fn apply_locale(ctx: Ctx, mut requested: Vec<String>) {
    requested.extend(browser_languages());
    let langs = crate::i18n::languages();
    let available: Vec<&str> = langs.iter().map(|l| l.code.as_str()).collect();
    let wanted: Vec<&str> = requested
        .iter()
        .map(String::as_str)
        .filter(|c| !c.is_empty())
        .collect();
    let chain = crate::i18n::negotiate(&wanted, &available);
    let mut bundles = Vec::new();
    for code in chain.iter().filter(|c| *c != "en-US") {
        if let Some(pseudo) = crate::i18n::pseudo_bundle(code) {
            bundles.push(pseudo);
            continue;
        }
        let url = format!("/locales/{code}/main.ftl");
        if let Ok(res) = gloo_net::http::Request::get(&url).send().await
            && res.ok()
            && let Ok(text) = res.text().await
        {
            bundles.push(crate::i18n::bundle(code, &text));
        }
    }
    crate::i18n::set_chain(bundles);
    let code = chain.first().cloned().unwrap_or_else(|| "en-US".to_owned());
    let dir = langs
        .iter()
        .chain(crate::i18n::pseudo_languages().iter())
        .find(|l| l.code == code)
        .map_or("ltr", |l| if l.dir == "rtl" { "rtl" } else { "ltr" });
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", &code);
        let _ = html.set_attribute("dir", dir);
    }
    // Setting the same locale again would rebuild the page for nothing.
    if ctx.locale.get_untracked() != code {
        ctx.locale.set(code);
    }
}

/// Loads the session's world: me, teams, the server's client config and custom emoji, which
/// shape how messages render (so they are there before the first post is painted), and the
/// channels of the team the page shows, alongside the emoji rather than after them.
pub async fn load(ctx: Ctx) -> Result<(), crate::api::ClientError> {
    let api = ctx.api.get_untracked();
    let (me, teams, config) = futures::join!(api.me(), api.my_teams(), api.client_config());
    let (me, teams) = (me?, teams?);
    let config = config.unwrap_or_default();
    let team = shown_team(&ctx.route.get_untracked(), &teams);
    let locale = me.locale.clone();
    ctx.store
        .change(Changed::of(&[Part::Me, Part::Users, Part::View]), |s| {
            s.users.upsert(me.clone());
            s.me = Some(me);
            s.teams = teams;
            s.focused = document().has_focus().unwrap_or(true);
        });
    // The custom emoji (new ones arrive as `emoji_added`).
    let custom = config.get("EnableCustomEmoji").map(String::as_str) == Some("true");
    let emoji = async {
        if custom {
            custom_emoji(&api).await
        } else {
            Vec::new()
        }
    };
    let language = async {
        if !locale.is_empty() && locale != "en" {
            apply_locale(ctx, vec![locale]).await;
        }
    };
    let channels = async {
        if let Some(team) = team {
            crate::actions::channels::load_team(api.clone(), ctx.store, team).await;
        }
    };
    let (list, (), ()) = futures::join!(emoji, language, channels);
    ctx.store.change(Changed::of(&[Part::Me]), |s| {
        s.config = config;
        s.custom_emoji
            .extend(list.into_iter().map(|e| (e.name, e.id)));
    });
    Ok(())
}

/// Loads the session's world and says where it leads: the chat (its socket started), or a
/// gate the server holds the user at; any other failure is the caller's to show. Callers
/// set `ctx.boot` to the answer last: it may replace their page, and with it their signals.
pub async fn enter(ctx: Ctx) -> Result<Boot, crate::api::ClientError> {
    match load(ctx).await {
        Ok(()) => {
            live::start(ctx);
            Ok(Boot::Ready)
        }
        Err(e) => crate::actions::trust::gate_of(&e).map(Boot::Gated).ok_or(e),
    }
}

/// The team a page shows: the one it names, or the first for the home page.
fn shown_team(route: &Route, teams: &[mm_api::Team]) -> Option<mm_api::TeamId> {
    let name = match route {
        Route::Channel { team, .. } | Route::Permalink { team, .. } | Route::Settings { team } => {
            team
        }
        Route::Home => return teams.first().map(|t| t.id.clone()),
        Route::Login | Route::Signup { .. } => return None,
    };
    teams.iter().find(|t| &t.name == name).map(|t| t.id.clone())
}

/// Every custom emoji, page by page (at most 10,000).
pub async fn custom_emoji(api: &crate::api::Api) -> Vec<mm_api::Emoji> {
    let mut all = Vec::new();
    for page in 0..50 {
        let Ok(batch) = api.custom_emoji_page(page, 200).await else {
            break;
        };
        let last = batch.len() < 200;
        all.extend(batch);
        if last {
            break;
        }
    }
    all
}

/// Goes to the team's first channel (after leaving the current one).
pub fn go_home(ctx: Ctx) {
    ctx.goto.set(Some("/".to_owned()));
}

fn current_route() -> Route {
    let loc = window().location();
    parse(
        &loc.pathname().unwrap_or_default(),
        &loc.search().unwrap_or_default(),
    )
}

/// Shows another page, adding it to the browser history.
fn navigate(ctx: Ctx, path: &str) {
    let current = window().location().pathname().unwrap_or_default()
        + &window().location().search().unwrap_or_default();
    if current != path
        && let Ok(history) = window().history()
    {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
    }
    ctx.route.set(current_route());
}

/// Same-origin links are handled here instead of reloading the page.
fn intercept_link(ctx: Ctx, e: &web_sys::MouseEvent) {
    if e.default_prevented()
        || e.button() != 0
        || e.ctrl_key()
        || e.meta_key()
        || e.shift_key()
        || e.alt_key()
    {
        return;
    }
    let Some(target) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Some(a) = target
        .closest("a[href]")
        .ok()
        .flatten()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    let origin = window().location().origin().unwrap_or_default();
    if a.origin() != origin || !a.target().is_empty() || a.has_attribute("download") {
        return;
    }
    e.prevent_default();
    navigate(ctx, &format!("{}{}", a.pathname(), a.search()));
}

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    let store = Shared::default();
    let api = RwSignal::new(saved_api());
    let ctx = Ctx {
        store,
        api,
        link: RwSignal::new(Link::Up),
        boot: RwSignal::new(Boot::Loading),
        goto: RwSignal::new(None),
        drawer: RwSignal::new(false),
        route: RwSignal::new(current_route()),
        locale: RwSignal::new("en-US".to_owned()),
        markdown: Memo::new(move |_| {
            let base = api.with(|a| a.base.clone());
            store.read(&[Part::Me], |s| crate::markdown::Settings::new(s, &base))
        }),
    };
    provide_context(ctx);
    leptos::task::spawn_local(async move {
        apply_locale(ctx, Vec::new()).await;
        ctx.boot.set(enter(ctx).await.unwrap_or(Boot::LoggedOut));
    });
    let focus = move |focused: bool| {
        ctx.store
            .change(Changed::of(&[Part::View]), |s| s.focused = focused);
        if focused && let Some(ch) = ctx.store.with_untracked(|s| s.current.clone()) {
            ctx.store.change(Changed::of(&[Part::Channels]), |s| {
                s.channels.mark_viewed(&ch, js_sys::Date::now() as i64)
            });
            live::run_effects(ctx, vec![crate::state::Effect::MarkViewed(ch)]);
        }
    };
    let _ = window_event_listener(leptos::ev::focus, move |_| {
        live::input();
        focus(true)
    });
    // Whether the reader is at the keyboard (the server sends pushes to those away).
    let _ = window_event_listener(leptos::ev::keydown, |_| live::input());
    let _ = window_event_listener(leptos::ev::pointerdown, |_| live::input());
    let _ = window_event_listener(leptos::ev::pointermove, |_| live::input());
    let _ = set_interval_with_handle(live::check_activity, std::time::Duration::from_secs(60));
    let _ = window_event_listener(leptos::ev::blur, move |_| focus(false));
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        ctx.route.set(current_route())
    });
    let _ = window_event_listener(leptos::ev::click, move |e| intercept_link(ctx, &e));
    Effect::new(move |_| {
        if let Some(path) = ctx.goto.get() {
            ctx.goto.set(None);
            navigate(ctx, &path);
        }
    });
    let page = Memo::new(move |_| std::mem::discriminant(&ctx.route.get()));
    let gated = Memo::new(move |_| match ctx.boot.get() {
        Boot::Gated(g) => Some(g),
        _ => None,
    });
    move || {
        let _ = page.get();
        // Strings are read when views are built: a new locale rebuilds the page.
        let _ = ctx.locale.get();
        if let Some(gate) = gated.get() {
            return Suspend::new(gate_view(gate)).into_any();
        }
        match ctx.route.get_untracked() {
            Route::Login => Suspend::new(login_view()).into_any(),
            Route::Signup { .. } => Suspend::new(signup_view()).into_any(),
            Route::Channel { .. } | Route::Permalink { .. } | Route::Settings { .. } => {
                view! { <ChatPage/> }.into_any()
            }
            Route::Home => view! { <Home/> }.into_any(),
        }
    }
}

/// What the server requires first, from its own chunk: few ever see it.
#[lazy]
fn gate_view(gate: crate::actions::trust::Gate) -> AnyView {
    view! { <crate::auth::gate::GatePage gate/> }.into_any()
}

/// The log-in page, from its own lazily loaded chunk: a returning user has a session.
#[lazy]
fn login_view() -> AnyView {
    view! { <Login/> }.into_any()
}

/// The sign-up page, from its own lazily loaded chunk: only newcomers need it.
#[lazy]
fn signup_view() -> AnyView {
    view! { <Signup/> }.into_any()
}

/// `/`: the log-in page, or the first channel of the first team.
#[component]
fn Home() -> impl IntoView {
    let ctx = use_ctx();
    Effect::new(move |_| match ctx.boot.get() {
        Boot::Loading | Boot::Gated(_) => {}
        Boot::LoggedOut => ctx.goto.set(Some("/login".to_owned())),
        Boot::Ready => {
            let team = ctx
                .store
                .with_untracked(|s| s.teams.first().map(|t| t.name.clone()));
            match team {
                Some(t) => ctx.goto.set(Some(format!("/{t}/channels/town-square"))),
                None => ctx.goto.set(Some("/login".to_owned())),
            }
        }
    });
    view! { <p class="loading" data-testid="app-shell">{tr("channel-loading")}</p> }
}
