//! The live connection: one WebSocket, resumed with `connection_id` and `sequence_number`,
//! reconnected with backoff and jitter, and reacting to the browser's online/offline events.
//! Frames go through [`crate::state::SocketState`] and [`crate::state::Store::apply`].

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;
use mm_api::websocket::{Event, Incoming};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{CloseEvent, MessageEvent, WebSocket};

use crate::app::Ctx;
use crate::state::socket::Frame;
use crate::state::{Effect, SocketState};

/// What the connection banner shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// Connected.
    Up,
    /// Trying again.
    Reconnecting,
    /// The browser says it is offline.
    Offline,
}

struct Live {
    socket: Option<WebSocket>,
    state: SocketState,
    seq: i64,
    stopped: bool,
    // Closures must live as long as the socket uses them.
    _handlers: Vec<Box<dyn std::any::Any>>,
}

thread_local! {
    static LIVE: RefCell<Live> = RefCell::new(Live {
        socket: None, state: SocketState::default(), seq: 0, stopped: true, _handlers: Vec::new(),
    });
}

fn now() -> i64 {
    js_sys::Date::now() as i64
}

thread_local! {
    static ACTIVITY: RefCell<crate::state::activity::Activity> = RefCell::default();
}

fn tell_active(active: bool) {
    send(
        "user_update_active_status",
        serde_json::json!({ "user_is_active": active, "manual": false }),
    );
}

/// The reader's input (a key, the pointer, focus): the server hears when they are back.
pub fn input() {
    if let Some(active) = ACTIVITY.with_borrow_mut(|a| a.input(now())) {
        tell_active(active);
    }
}

/// Checked every minute: the server hears when the reader has been away five minutes.
pub fn check_activity() {
    if let Some(active) = ACTIVITY.with_borrow_mut(|a| a.tick(now())) {
        tell_active(active);
    }
}

/// Sends a client action (`user_typing`, …) if connected.
pub fn send(action: &str, data: serde_json::Value) {
    LIVE.with(|l| {
        let mut l = l.borrow_mut();
        l.seq += 1;
        let frame = serde_json::json!({ "action": action, "seq": l.seq, "data": data });
        if let Some(ws) = &l.socket
            && ws.ready_state() == WebSocket::OPEN
        {
            let _ = ws.send_with_str(&frame.to_string());
        }
    });
}

/// Starts the connection (once per log-in).
pub fn start(ctx: Ctx) {
    let first = LIVE.with(|l| {
        let mut l = l.borrow_mut();
        let was = l.stopped;
        l.stopped = false;
        was
    });
    if !first {
        return;
    }
    let on_online = Closure::<dyn Fn()>::new(move || connect(ctx));
    let on_offline = Closure::<dyn Fn()>::new(move || ctx.link.set(Link::Offline));
    let w = window();
    let _ = w.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
    let _ = w.add_event_listener_with_callback("offline", on_offline.as_ref().unchecked_ref());
    on_online.forget();
    on_offline.forget();
    connect(ctx);
}

/// Stops for good (log-out).
pub fn stop() {
    LIVE.with(|l| {
        let mut l = l.borrow_mut();
        l.stopped = true;
        if let Some(ws) = l.socket.take() {
            let _ = ws.close();
        }
        l.state = SocketState::default();
    });
}

fn connect(ctx: Ctx) {
    let api = ctx.api.get_untracked();
    let (url, resume) = LIVE.with(|l| {
        let l = l.borrow();
        let query = if l.state.connection_id.is_empty() {
            String::new()
        } else {
            format!("?{}", l.state.query())
        };
        (
            format!("{}{query}", api.ws_url()),
            !l.state.connection_id.is_empty(),
        )
    });
    if let Some(old) = LIVE.with(|l| l.borrow_mut().socket.take()) {
        old.set_onclose(None);
        let _ = old.close();
    }
    let Ok(ws) = WebSocket::new(&url) else {
        schedule_reconnect(ctx);
        return;
    };
    let token = api.token.clone();
    let ws_open = ws.clone();
    let on_open = Closure::<dyn Fn()>::new(move || {
        // Another origin cannot use our cookie: authenticate with the token.
        if let Some(t) = &token {
            let frame = serde_json::json!({"seq": 1, "action": "authentication_challenge", "data": {"token": t}});
            let _ = ws_open.send_with_str(&frame.to_string());
        }
    });
    let ws_msg = ws.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let Some(text) = e.data().as_string() else {
            return;
        };
        let Ok(Incoming::Event(raw)) = Incoming::parse(&text) else {
            return;
        };
        let verdict = LIVE.with(|l| l.borrow_mut().state.on_event(&raw));
        match verdict {
            Frame::Gap => {
                let _ = ws_msg.close_with_code(4001);
                return;
            }
            Frame::ApplyAndResync => run_effects(ctx, vec![Effect::Resync]),
            Frame::Apply => {}
        }
        if raw.event == "hello" {
            ctx.link.set(Link::Up);
            tell_active(ACTIVITY.with_borrow_mut(|a| a.reconnected(now())));
            if resume {
                run_effects(ctx, vec![Effect::Resync]);
            }
        } else if ctx.link.get_untracked() != Link::Up {
            // A resumed connection sends no hello.
            ctx.link.set(Link::Up);
        }
        if let Ok(event) = Event::parse(&raw) {
            run_effects(ctx, ctx.store.apply(event, now()));
        }
    });
    let on_close = Closure::<dyn Fn(CloseEvent)>::new(move |_e: CloseEvent| {
        if LIVE.with(|l| l.borrow().stopped) {
            return;
        }
        let online = window().navigator().on_line();
        ctx.link.set(if online {
            Link::Reconnecting
        } else {
            Link::Offline
        });
        schedule_reconnect(ctx);
    });
    ws.set_onopen(Some(on_open.as_ref().unchecked_ref()));
    ws.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    ws.set_onclose(Some(on_close.as_ref().unchecked_ref()));
    LIVE.with(|l| {
        let mut l = l.borrow_mut();
        l.socket = Some(ws);
        l._handlers = vec![Box::new(on_open), Box::new(on_message), Box::new(on_close)];
    });
}

fn schedule_reconnect(ctx: Ctx) {
    let delay = LIVE.with(|l| l.borrow_mut().state.backoff_ms(js_sys::Math::random()));
    set_timeout(
        move || {
            if !LIVE.with(|l| l.borrow().stopped) && window().navigator().on_line() {
                connect(ctx);
            }
        },
        Duration::from_millis(delay),
    );
}

/// Carries out what the store asked for (`actions::effects`); what is the page's to do
/// comes back here.
pub fn run_effects(ctx: Ctx, effects: Vec<Effect>) {
    for effect in effects {
        let api = ctx.api.get_untracked();
        leptos::task::spawn_local(async move {
            match crate::actions::effects::run(api, ctx.store, effect).await {
                Some(Effect::LeaveChannel(_)) => crate::app::go_home(ctx),
                Some(Effect::Notify(post)) => crate::chat::notify::show(ctx, post).await,
                _ => {}
            }
        });
    }
}
