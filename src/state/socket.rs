//! The WebSocket's bookkeeping: the connection to resume, the next expected `seq`, and what
//! to do on a gap or a new connection. The browser side only opens sockets and feeds frames.

use mm_api::websocket::RawEvent;

/// What a frame means for the connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Frame {
    /// Apply the event.
    Apply,
    /// A `hello` for a new connection: events may have been missed (since the page loaded,
    /// or since the last connection), resync.
    ApplyAndResync,
    /// A sequence gap: close (code 4001) and reconnect to resume.
    Gap,
}

/// The connection's identity and position.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SocketState {
    /// The id from `hello`, to resume with.
    pub connection_id: String,
    /// The next `seq` expected.
    pub next_seq: i64,
    /// Failed attempts since the last success.
    pub failures: u32,
}

impl SocketState {
    /// The query string of the next connection attempt.
    pub fn query(&self) -> String {
        format!(
            "connection_id={}&sequence_number={}",
            self.connection_id, self.next_seq
        )
    }

    /// Checks an event frame against the expected sequence.
    pub fn on_event(&mut self, ev: &RawEvent) -> Frame {
        if ev.event == "hello" {
            let id = ev
                .data
                .get("connection_id")
                .and_then(|v| v.as_str())
                .unwrap_or_default();
            let changed = id != self.connection_id;
            self.connection_id = id.to_owned();
            self.next_seq = 1;
            self.failures = 0;
            return if changed {
                Frame::ApplyAndResync
            } else {
                Frame::Apply
            };
        }
        if ev.seq != self.next_seq {
            return Frame::Gap;
        }
        self.next_seq += 1;
        self.failures = 0;
        Frame::Apply
    }

    /// Delay before the next attempt, ms: 1 s, doubling up to 5 minutes, plus jitter in
    /// `[0, 2 s)` from `jitter` (a number in `[0, 1)`).
    pub fn backoff_ms(&mut self, jitter: f64) -> u64 {
        let base = 1000u64
            .saturating_mul(1 << self.failures.min(9))
            .min(300_000);
        self.failures += 1;
        base + (jitter.clamp(0.0, 1.0) * 2000.0) as u64
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn ev(name: &str, seq: i64, conn: &str) -> RawEvent {
        let mut e = RawEvent {
            event: name.into(),
            seq,
            ..Default::default()
        };
        e.data.insert("connection_id".into(), json!(conn));
        e
    }

    #[test]
    fn sequence_and_resync() {
        let mut s = SocketState::default();
        // The first connection catches up with what happened since the page loaded.
        assert_eq!(s.on_event(&ev("hello", 0, "a")), Frame::ApplyAndResync);
        assert_eq!(s.on_event(&ev("posted", 1, "")), Frame::Apply);
        assert_eq!(s.query(), "connection_id=a&sequence_number=2");
        assert_eq!(s.on_event(&ev("posted", 3, "")), Frame::Gap);
        // Resumed: the missed one arrives.
        assert_eq!(s.on_event(&ev("posted", 2, "")), Frame::Apply);
        // A new connection id: events were lost.
        assert_eq!(s.on_event(&ev("hello", 0, "b")), Frame::ApplyAndResync);
        assert_eq!(s.next_seq, 1);
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        let mut s = SocketState::default();
        let delays: Vec<u64> = (0..12).map(|_| s.backoff_ms(0.0)).collect();
        assert_eq!(&delays[..4], &[1000, 2000, 4000, 8000]);
        assert_eq!(*delays.last().unwrap(), 300_000);
        assert!(s.backoff_ms(0.999) < 302_000);
    }
}
