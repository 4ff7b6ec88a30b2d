//! The store as components share it: the plain [`Store`], with one trigger per part and
//! one per followed post. Every change says what it touched (`state::Changed`), so a
//! typing notice runs again only what shows typing, and a new post only the list and its
//! row, however many posts are mounted.

use std::collections::HashMap;

use leptos::prelude::*;
use mm_api::PostId;
use mm_api::websocket::Event;

use crate::actions::State;
use crate::state::{Changed, Effect, Part, Store, changes};

/// A post a component follows (see [`Shared::follow_post`]).
#[derive(Clone, Copy)]
pub struct PostWatch(StoredValue<ArcTrigger>);

/// The shared store; `Copy`, like a signal.
#[derive(Clone, Copy)]
pub struct Shared {
    store: StoredValue<Store>,
    parts: [Trigger; Part::ALL.len()],
    /// Followed posts, with how many components follow each.
    posts: StoredValue<HashMap<PostId, (ArcTrigger, usize)>>,
}

impl Default for Shared {
    fn default() -> Self {
        Self {
            store: StoredValue::new(Store::default()),
            parts: std::array::from_fn(|_| Trigger::new()),
            posts: StoredValue::new(HashMap::new()),
        }
    }
}

impl Shared {
    /// Reads the store, and runs the caller again when one of `parts` changes.
    pub fn read<R>(&self, parts: &[Part], f: impl FnOnce(&Store) -> R) -> R {
        self.track(parts);
        self.store.with_value(f)
    }

    // Out of line, as `notify`: the generic callers stay small.
    #[inline(never)]
    fn track(&self, parts: &[Part]) {
        for part in parts {
            self.parts[*part as usize].track();
        }
    }

    /// Reads the store, and runs the caller again when the followed post changes.
    pub fn post<R>(&self, watch: PostWatch, f: impl FnOnce(&Store) -> R) -> R {
        // (A follower's watch goes with it; a read after that follows nothing.)
        watch.0.try_with_value(ArcTrigger::track);
        self.store.with_value(f)
    }

    /// Reads the store without following anything (in event handlers).
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        self.store.with_value(f)
    }

    /// Follows a post's changes while the calling component lives.
    pub fn follow_post(&self, id: &PostId) -> PostWatch {
        let trigger = self
            .posts
            .try_update_value(|m| {
                let entry = m
                    .entry(id.clone())
                    .or_insert_with(|| (ArcTrigger::new(), 0));
                entry.1 += 1;
                entry.0.clone()
            })
            .unwrap_or_default();
        let (posts, id) = (self.posts, id.clone());
        on_cleanup(move || {
            posts.try_update_value(|m| {
                if let Some(entry) = m.get_mut(&id) {
                    entry.1 -= 1;
                    if entry.1 == 0 {
                        m.remove(&id);
                    }
                }
            });
        });
        PostWatch(StoredValue::new(trigger))
    }

    /// Changes the store, running again the readers of what `changed` names.
    pub fn change(&self, changed: Changed, f: impl FnOnce(&mut Store)) {
        self.store.update_value(f);
        self.notify(&changed);
    }

    #[inline(never)]
    fn notify(&self, changed: &Changed) {
        for part in Part::ALL {
            if changed.touches(part) {
                self.parts[part as usize].notify();
            }
        }
        let triggers: Vec<ArcTrigger> = self.posts.with_value(|m| {
            if changed.every_post() {
                m.values().map(|(t, _)| t.clone()).collect()
            } else {
                changed
                    .posts()
                    .iter()
                    .filter_map(|id| m.get(id).map(|(t, _)| t.clone()))
                    .collect()
            }
        });
        for t in triggers {
            t.notify();
        }
    }

    /// Applies a WebSocket event (see [`Store::apply`]).
    pub fn apply(&self, event: Event, now: i64) -> Vec<Effect> {
        let mut effects = Vec::new();
        self.change(changes(&event), |s| effects = s.apply(event, now));
        effects
    }
}

impl State for Shared {
    fn read<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        self.with_untracked(f)
    }
    fn change(&self, changed: Changed, f: impl FnOnce(&mut Store)) {
        Shared::change(self, changed, f);
    }
}
