//! Desktop notifications, and the unread counts in the tab's title and icon.
//!
//! The browser asks for permission only when the reader says yes in our banner, and the
//! banner comes after their first message in the tab, never on the first load.

use leptos::prelude::*;
use mm_api::PostId;
use wasm_bindgen::prelude::*;
use web_sys::{Notification, NotificationOptions, NotificationPermission};

use crate::actions::Server;
use crate::app::{Ctx, storage, use_ctx};
use crate::i18n::{tr, tr_args};
use crate::state::{Changed, Part};

const DISMISSED: &str = "causerie.notify-asked";

/// Shows a post as a desktop notification, if the browser lets us; a click on it brings
/// the tab forward and opens the post.
pub async fn show(ctx: Ctx, post: PostId) {
    if Notification::permission() != NotificationPermission::Granted {
        return;
    }
    // The notification names the sender: a first message from someone needs their profile.
    let unknown = ctx.store.with_untracked(|s| {
        s.posts
            .get(&post)
            .map(|p| p.user_id.clone())
            .filter(|u| !s.users.has(u))
    });
    if let Some(user) = unknown
        && let Ok(users) = ctx.api.get_untracked().users_by_ids(&[user]).await
    {
        ctx.store
            .change(Changed::of(&[Part::Users]), |s| s.users.upsert_all(users));
    }
    let found = ctx.store.with_untracked(|s| {
        let p = s.posts.get(&post)?;
        let sender = s.users.name(&p.user_id);
        let title = match s.channels.get(&p.channel_id) {
            Some(c) if !s.channels.is_direct(&c.id) => tr_args(
                "notify-title",
                &[
                    ("sender", sender.into()),
                    ("channel", c.display_name.clone().into()),
                ],
            ),
            _ => sender,
        };
        let team = s.current_team();
        let path = format!("/{}/pl/{post}", team.map_or("", |t| t.name.as_str()));
        Some((title, p.message.chars().take(200).collect::<String>(), path))
    });
    let Some((title, body, path)) = found else {
        return;
    };
    let options = NotificationOptions::new();
    options.set_body(&body);
    options.set_tag(post.as_str());
    options.set_icon("/favicon.svg");
    let Ok(n) = Notification::new_with_options(&title, &options) else {
        return;
    };
    let shown = n.clone();
    let click = Closure::once_into_js(move || {
        let _ = window().focus();
        ctx.goto.set(Some(path));
        shown.close();
    });
    n.set_onclick(Some(click.unchecked_ref()));
}

/// Keeps the tab's title and icon showing the mentions (`(2)`) and whether anything is
/// unread (`*`), as Mattermost does.
pub fn watch_title(ctx: Ctx) {
    let link = document().query_selector("link[rel=icon]").ok().flatten();
    Effect::new(move |_| {
        let parts = [Part::Me, Part::View, Part::Channels, Part::Users];
        let (mentions, unread, channel, site) = ctx.store.read(&parts, |s| {
            let (mentions, unread) = s.channels.totals();
            let channel = s.current.as_ref().and_then(|id| {
                let c = s.channels.get(id)?;
                Some(
                    match crate::state::channels::dm_partner(&c.name, &s.my_id()) {
                        Some(u) if s.channels.is_direct(id) => s.users.name(&u),
                        _ => c.display_name.clone(),
                    },
                )
            });
            (mentions, unread, channel, s.config.get("SiteName").cloned())
        });
        let mut title = String::new();
        if mentions > 0 {
            title.push_str(&format!("({mentions}) "));
        }
        if unread {
            title.push_str("* ");
        }
        if let Some(channel) = channel {
            title.push_str(&channel);
            title.push_str(" - ");
        }
        title.push_str(site.as_deref().unwrap_or("Causerie"));
        document().set_title(&title);
        if let Some(link) = &link {
            let _ = link.set_attribute("href", &icon(mentions, unread));
        }
    });
}

/// The site's icon, with a red badge of the mention count, or a dot for unread messages.
fn icon(mentions: i64, unread: bool) -> String {
    if mentions == 0 && !unread {
        return "/favicon.svg".to_owned();
    }
    let badge = if mentions > 0 {
        let n = if mentions > 9 {
            "9+".to_owned()
        } else {
            mentions.to_string()
        };
        format!(
            "<circle cx='46' cy='18' r='18' fill='%23d24b4e'/><text x='46' y='26' \
             font-size='24' font-family='sans-serif' font-weight='bold' text-anchor='middle' \
             fill='white'>{n}</text>"
        )
    } else {
        "<circle cx='52' cy='12' r='11' fill='%23d24b4e'/>".to_owned()
    };
    format!(
        "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'>\
         <rect width='64' height='64' rx='14' fill='%231e325c'/><path d='M14 18h36a4 4 0 0 1 \
         4 4v18a4 4 0 0 1-4 4H30l-10 8v-8h-6a4 4 0 0 1-4-4V22a4 4 0 0 1 4-4z' \
         fill='%23e8ecf4'/>{badge}</svg>"
    )
}

/// After the reader's first message in the tab, offers desktop notifications, once, above
/// the composer: the browser's own question comes only when they say yes.
#[component]
pub fn AskBanner() -> impl IntoView {
    let ctx = use_ctx();
    let hidden = RwSignal::new(
        Notification::permission() != NotificationPermission::Default
            || storage().is_some_and(|s| s.get_item(DISMISSED).ok().flatten().is_some()),
    );
    let done = move || {
        hidden.set(true);
        if let Some(s) = storage() {
            let _ = s.set_item(DISMISSED, "1");
        }
    };
    let enable = move |_| {
        done();
        // The answer needs no handling: the permission is read when a notification is due.
        let _ = Notification::request_permission();
    };
    // A memo: the banner is rebuilt when it shows or hides, not on every store change.
    let show = Memo::new(move |_| !hidden.get() && ctx.store.read(&[Part::View], |s| s.sent));
    move || {
        show.get().then(|| {
            view! {
                <div class="ask" role="region" aria-label=tr("notify-settings") data-testid="notify-ask">
                    <span>{tr("notify-ask")}</span>
                    <button type="button" class="primary" on:click=enable data-testid="notify-enable">{tr("notify-enable")}</button>
                    <button type="button" on:click=move |_| done()>{tr("notify-dismiss")}</button>
                </div>
            }
        })
    }
}
