//! Whether the reader is at the keyboard, as Mattermost's web app tells its server
//! (`user_update_active_status`): active at any input, away after five minutes without.
//! The server then counts an online user as away, and sends them push notifications.

/// Minutes without input after which the reader is away.
const AWAY_MS: i64 = 5 * 60 * 1000;

/// The reader's input, and what the server was last told.
#[derive(Debug, Default)]
pub struct Activity {
    last_input: i64,
    told: Option<bool>,
}

impl Activity {
    /// An input (a key, the pointer, the window's focus) at `now`: `Some(true)` when the
    /// server must hear that the reader is back.
    pub fn input(&mut self, now: i64) -> Option<bool> {
        self.last_input = now;
        (self.told != Some(true)).then(|| {
            self.told = Some(true);
            true
        })
    }

    /// A regular check at `now`: `Some(false)` when the reader has just become away.
    pub fn tick(&mut self, now: i64) -> Option<bool> {
        (self.told == Some(true) && now - self.last_input >= AWAY_MS).then(|| {
            self.told = Some(false);
            false
        })
    }

    /// A new connection, which the server counts as active: whether the reader is, to tell
    /// it at once.
    pub fn reconnected(&mut self, now: i64) -> bool {
        // The app has just started: that counts as activity.
        if self.last_input == 0 {
            self.last_input = now;
        }
        let active = now - self.last_input < AWAY_MS;
        self.told = Some(active);
        active
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn away_after_five_quiet_minutes_back_at_the_next_input() {
        let mut a = Activity::default();
        assert!(a.reconnected(1_000_000), "starting counts as activity");
        let mut a = Activity::default();
        assert_eq!(a.input(1), Some(true));
        assert_eq!(a.input(1_000), None, "told once");
        assert_eq!(a.tick(60_000), None);
        assert_eq!(a.tick(301_000), Some(false));
        assert_eq!(a.tick(400_000), None, "told once");
        assert_eq!(a.input(500_000), Some(true));
        assert!(a.reconnected(501_000));
        assert_eq!(a.input(502_000), None);
        assert!(!a.reconnected(900_000), "quiet for more than five minutes");
        assert_eq!(a.input(901_000), Some(true));
    }
}
