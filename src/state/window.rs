//! Which part of a long channel is mounted: at most [`MAX`] posts, anchored on a post id so
//! that older pages prepended above do not move it, following the newest posts while the
//! reader is at the bottom.

use mm_api::PostId;

/// Posts mounted while following the newest.
pub const WINDOW: usize = 100;
/// Posts mounted at most.
pub const MAX: usize = 150;
/// Posts added when the reader nears an edge.
pub const STEP: usize = 20;

/// The mounted slice of a channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListWindow {
    first: Option<PostId>,
    count: usize,
    /// Whether the window follows the newest posts.
    pub follow: bool,
}

impl Default for ListWindow {
    fn default() -> Self {
        Self {
            first: None,
            count: WINDOW,
            follow: true,
        }
    }
}

impl ListWindow {
    /// The mounted range of `ids`.
    pub fn range(&self, ids: &[PostId]) -> (usize, usize) {
        let len = ids.len();
        if self.follow {
            return (len.saturating_sub(self.count.min(MAX)), len);
        }
        let start = self
            .first
            .as_ref()
            .and_then(|f| ids.iter().position(|i| i == f))
            .unwrap_or(0);
        (start, (start + self.count).min(len))
    }

    fn set(&mut self, ids: &[PostId], start: usize, end: usize) {
        self.first = ids.get(start).cloned();
        self.count = end - start;
    }

    /// The reader nears the top: mount older posts. Returns false when none are left in
    /// memory (time to fetch a page).
    pub fn grow_up(&mut self, ids: &[PostId]) -> bool {
        let (start, end) = self.range(ids);
        if start == 0 {
            return false;
        }
        let new_start = start.saturating_sub(STEP);
        let new_end = end.min(new_start + MAX);
        self.follow = false;
        self.set(ids, new_start, new_end);
        true
    }

    /// The reader nears the bottom: mount newer posts, and follow once the newest is in.
    pub fn grow_down(&mut self, ids: &[PostId]) -> bool {
        let (start, end) = self.range(ids);
        if end == ids.len() {
            if !self.follow {
                self.follow = true;
                self.count = (end - start).min(MAX);
            }
            return false;
        }
        let new_end = (end + STEP).min(ids.len());
        let new_start = start.max(new_end.saturating_sub(MAX));
        self.set(ids, new_start, new_end);
        true
    }

    /// Back to the newest posts.
    pub fn jump_to_newest(&mut self) {
        *self = Self::default();
    }

    /// Mounts the posts around one (a permalink), without following.
    pub fn center_on(&mut self, ids: &[PostId], id: &PostId) {
        if let Some(at) = ids.iter().position(|i| i == id) {
            let start = at.saturating_sub(WINDOW / 2);
            let end = (start + WINDOW).min(ids.len());
            self.follow = end == ids.len();
            self.set(ids, start, end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: usize) -> Vec<PostId> {
        (0..n).map(|i| PostId(format!("p{i:05}"))).collect()
    }

    #[test]
    fn follows_the_newest_with_a_bounded_count() {
        let w = ListWindow::default();
        assert_eq!(w.range(&ids(10)), (0, 10));
        assert_eq!(w.range(&ids(10_000)), (9_900, 10_000));
    }

    #[test]
    fn scrolling_up_and_down_stays_bounded() {
        let all = ids(10_000);
        let mut w = ListWindow::default();
        for _ in 0..10 {
            assert!(w.grow_up(&all));
            let (s, e) = w.range(&all);
            assert!(e - s <= MAX);
        }
        assert!(!w.follow);
        let (s, e) = w.range(&all);
        assert_eq!(
            (s, e),
            (
                10_000 - WINDOW - 10 * STEP,
                10_000 - WINDOW - 10 * STEP + MAX
            )
        );
        while w.grow_down(&all) {
            let (s, e) = w.range(&all);
            assert!(e - s <= MAX);
        }
        assert!(w.follow);
        assert_eq!(w.range(&all).1, 10_000);
    }

    #[test]
    fn older_pages_prepended_do_not_move_the_window() {
        let mut all = ids(200);
        let mut w = ListWindow::default();
        w.grow_up(&all);
        let before: Vec<PostId> = {
            let (s, e) = w.range(&all);
            all[s..e].to_vec()
        };
        let mut older: Vec<PostId> = (0..60).map(|i| PostId(format!("o{i:03}"))).collect();
        older.append(&mut all);
        let (s, e) = w.range(&older);
        assert_eq!(older[s..e].to_vec(), before);
    }

    #[test]
    fn the_top_asks_for_a_fetch() {
        let all = ids(50);
        let mut w = ListWindow::default();
        assert!(!w.grow_up(&all), "everything in memory is mounted");
        w.center_on(&ids(1000), &PostId("p00100".into()));
        assert_eq!(w.range(&ids(1000)), (50, 150));
    }
}
