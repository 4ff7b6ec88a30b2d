//! Limits on work that anyone can ask for: log-in attempts per account and per source
//! address, and the client's address when the server is behind a reverse proxy.

use std::collections::{HashMap, VecDeque};
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::HeaderMap;

/// Keys a limiter keeps at most. Past that, expired keys go first and then the quietest:
/// live lockouts are never reset wholesale.
const MAX_KEYS: usize = 100_000;

/// Attempts per key within a sliding window.
pub struct Limiter {
    keys: Mutex<HashMap<String, VecDeque<Instant>>>,
    cap: usize,
}

impl Default for Limiter {
    fn default() -> Self {
        Self::with_capacity(MAX_KEYS)
    }
}

/// An attempt refused: how many a window allows, and the seconds until one more is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused {
    /// Attempts allowed per window (`X-RateLimit-Limit`).
    pub limit: u32,
    /// Seconds to wait (`Retry-After`, `X-RateLimit-Reset`); at least 1.
    pub wait: u64,
}

/// One key and how many attempts it may have per window.
pub struct Rule<'a> {
    /// What is counted: an account, an address, or both.
    pub key: &'a str,
    /// Attempts allowed within the window.
    pub max: u32,
}

impl Limiter {
    /// A limiter that keeps at most `cap` keys.
    pub fn with_capacity(cap: usize) -> Self {
        Self {
            keys: Mutex::new(HashMap::new()),
            cap,
        }
    }

    /// Counts an attempt against every rule, or answers the seconds to wait if any rule is
    /// already at its limit (and then counts nothing). Counting before the work is done
    /// keeps concurrent attempts from all passing the check at once.
    pub fn attempt(&self, rules: &[Rule<'_>], window: Duration) -> Result<(), Refused> {
        let Ok(mut keys) = self.keys.lock() else {
            return Ok(());
        };
        let now = Instant::now();
        let mut refused: Option<Refused> = None;
        for rule in rules {
            if let Some(list) = keys.get_mut(rule.key) {
                while list
                    .front()
                    .is_some_and(|t| now.duration_since(*t) >= window)
                {
                    list.pop_front();
                }
                if list.len() >= rule.max as usize
                    && let Some(oldest) = list.front()
                {
                    let wait = window
                        .saturating_sub(now.duration_since(*oldest))
                        .as_secs()
                        .max(1);
                    if refused.is_none_or(|r| r.wait < wait) {
                        refused = Some(Refused {
                            limit: rule.max,
                            wait,
                        });
                    }
                }
            }
        }
        if let Some(refused) = refused {
            return Err(refused);
        }
        for rule in rules {
            if !keys.contains_key(rule.key) && keys.len() >= self.cap {
                evict(&mut keys, now, window);
            }
            keys.entry(rule.key.to_owned()).or_default().push_back(now);
        }
        Ok(())
    }

    /// Takes back the newest attempt of a key: it succeeded.
    pub fn refund(&self, key: &str) {
        if let Ok(mut keys) = self.keys.lock()
            && let Some(list) = keys.get_mut(key)
        {
            list.pop_back();
        }
    }

    /// Forgets a key's attempts (an account that logged in).
    pub fn forget(&self, key: &str) {
        if let Ok(mut keys) = self.keys.lock() {
            keys.remove(key);
        }
    }

    /// Keys held, for tests.
    pub fn len(&self) -> usize {
        self.keys.lock().map_or(0, |k| k.len())
    }

    /// Whether no key is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Makes room for one key: drops every expired key, or else the one idle longest.
fn evict(keys: &mut HashMap<String, VecDeque<Instant>>, now: Instant, window: Duration) {
    let before = keys.len();
    keys.retain(|_, list| list.back().is_some_and(|t| now.duration_since(*t) < window));
    if keys.len() < before {
        return;
    }
    let idle = keys
        .iter()
        .min_by_key(|(_, list)| list.back().copied())
        .map(|(k, _)| k.clone());
    if let Some(k) = idle {
        keys.remove(&k);
    }
}

/// The address a request came from. Behind a trusted reverse proxy it is the last address
/// in `X-Forwarded-For` that is not itself a trusted proxy; otherwise the peer's.
pub fn client_ip(peer: SocketAddr, headers: &HeaderMap, trusted: &[ipnet::IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    let peer = peer.ip().to_canonical();
    if !is_trusted(&peer) {
        return peer;
    }
    let forwarded = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|s| s.trim().parse::<IpAddr>().map(|ip| ip.to_canonical()))
        .collect::<Vec<_>>();
    let mut client = peer;
    for hop in forwarded.into_iter().rev() {
        // An unreadable hop was written by someone we do not trust: stop at the last good one.
        let Ok(ip) = hop else { break };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    client
}

/// The limiter's key for an address: IPv6 by its /64, which one host usually holds whole.
pub fn address_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: Duration = Duration::from_secs(60);

    #[test]
    fn attempts_are_counted_before_the_work_and_refunded_on_success() {
        let l = Limiter::default();
        let rules = [Rule { key: "a", max: 2 }, Rule { key: "ip", max: 3 }];
        assert!(l.attempt(&rules, W).is_ok());
        assert!(l.attempt(&rules, W).is_ok());
        assert!(l.attempt(&rules, W).is_err(), "the account is at its limit");
        l.refund("a");
        assert!(l.attempt(&rules, W).is_ok());
        // The address has had three attempts: any account is refused from it now.
        assert!(l.attempt(&[Rule { key: "ip", max: 3 }], W).is_err());
    }

    #[test]
    fn a_full_limiter_drops_the_quietest_key_not_every_lockout() {
        let l = Limiter::with_capacity(3);
        let one = [Rule {
            key: "victim",
            max: 1,
        }];
        assert!(l.attempt(&one, W).is_ok());
        for k in ["x", "y", "z", "w"] {
            let _ = l.attempt(&[Rule { key: k, max: 1 }], W);
        }
        assert_eq!(l.len(), 3);
        // "victim" was idle longest and went; the newest keys are still locked.
        assert!(l.attempt(&[Rule { key: "w", max: 1 }], W).is_err());
    }

    #[test]
    fn the_client_is_found_behind_trusted_proxies_only() {
        let trusted: Vec<ipnet::IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        let mut h = HeaderMap::new();
        h.insert(
            "x-forwarded-for",
            "6.6.6.6, 1.2.3.4, 10.0.0.2".parse().unwrap(),
        );
        let proxy: SocketAddr = "10.0.0.1:443".parse().unwrap();
        assert_eq!(client_ip(proxy, &h, &trusted).to_string(), "1.2.3.4");
        // Anyone else's header is ignored.
        let direct: SocketAddr = "5.5.5.5:443".parse().unwrap();
        assert_eq!(client_ip(direct, &h, &trusted).to_string(), "5.5.5.5");
        assert_eq!(client_ip(proxy, &h, &[]).to_string(), "10.0.0.1");
        assert_eq!(
            address_key("2001:db8:1:2:3:4:5:6".parse().unwrap()),
            "2001:db8:1:2::/64"
        );
    }
}
