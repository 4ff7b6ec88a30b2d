//! The image proxy's HTTP client: it fetches external images on readers' behalf so that
//! their browsers never contact third-party hosts. It refuses to reach anything but the
//! public internet: loopback, private, link-local (cloud metadata included), multicast and
//! reserved addresses are refused by literal, after DNS resolution, and on every redirect.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// Why a URL is not fetched.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not `http` or `https`, or no host.
    Scheme,
    /// A host that is not on the public internet.
    Address,
}

/// Whether an address is on the public internet.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public_v4(v4);
            }
            let s = v6.segments();
            // NAT64 (64:ff9b::/96) reaches IPv4 addresses: judge the one inside.
            if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
                let [a, b] = s[6].to_be_bytes();
                let [c, d] = s[7].to_be_bytes();
                return is_public_v4(Ipv4Addr::new(a, b, c, d));
            }
            // 6to4 (2002::/16) carries an IPv4 address in its next 32 bits: judge that one.
            if s[0] == 0x2002 {
                let [a, b] = s[1].to_be_bytes();
                let [c, d] = s[2].to_be_bytes();
                return is_public_v4(Ipv4Addr::new(a, b, c, d));
            }
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (s[0] & 0xfe00) == 0xfc00 // unique local
                || (s[0] & 0xffc0) == 0xfe80 // link-local
                || (s[0] & 0xffc0) == 0xfec0 // site-local (deprecated)
                || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation
                || (s[0] == 0x2001 && s[1] == 0) // Teredo: tunnels to any IPv4 address
                || (s[0] == 0x2001 && (s[1] & 0xfff0) == 0x0010) // ORCHID
                || (s[0] == 0x0100 && s[1..4] == [0, 0, 0]) // discard-only
                || s[..6] == [0, 0, 0, 0, 0, 0]) // IPv4-compatible, deprecated
        }
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local() // 169.254/16: cloud metadata lives here
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // carrier-grade NAT
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 198 && (18..20).contains(&b)) // benchmarking
        || a >= 240) // reserved
}

/// Checks a URL before it is fetched (and each redirect): `http(s)` only, and a literal
/// address must be public. `allowed` lists `host:port` authorities exempt from the address
/// rule (for tests against a local server).
pub fn check_url(url: &Url, allowed: &[String]) -> Result<(), Refusal> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err(Refusal::Scheme);
    }
    let host = url.host().ok_or(Refusal::Scheme)?;
    let port = url.port_or_known_default().unwrap_or(0);
    let authority = match host {
        url::Host::Ipv6(ip) => format!("[{ip}]:{port}"),
        ref h => format!("{h}:{port}"),
    };
    if allowed.contains(&authority) {
        return Ok(());
    }
    // An allowed host resolves to any address (see `PublicOnly`): only on its allowed ports.
    let host_name = host.to_string();
    if allowed
        .iter()
        .filter_map(|a| a.rsplit_once(':'))
        .any(|(h, _)| h == host_name)
    {
        return Err(Refusal::Address);
    }
    match host {
        url::Host::Ipv4(ip) if !is_public(IpAddr::V4(ip)) => Err(Refusal::Address),
        url::Host::Ipv6(ip) if !is_public(IpAddr::V6(ip)) => Err(Refusal::Address),
        _ => Ok(()),
    }
}

/// DNS that only answers with public addresses (so a name that points inside is refused
/// too), except for the hosts of allowed authorities.
struct PublicOnly {
    allowed_hosts: Vec<String>,
}

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_owned();
        let exempt = self.allowed_hosts.contains(&host);
        Box::pin(async move {
            let found: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|a| exempt || is_public(a.ip()))
                .collect();
            if found.is_empty() {
                return Err(format!("{host} has no public address").into());
            }
            Ok(Box::new(found.into_iter()) as Addrs)
        })
    }
}

/// A client that enforces the rules above, with a time-out and at most 5 redirects.
pub fn client(allowed: Vec<String>, timeout: Duration) -> reqwest::Result<reqwest::Client> {
    let allowed_hosts = allowed
        .iter()
        .filter_map(|a| a.rsplit_once(':').map(|(h, _)| h.to_owned()))
        .collect();
    let policy = reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() >= 5 {
            attempt.error("too many redirects")
        } else if check_url(attempt.url(), &allowed).is_err() {
            attempt.error("redirect to a refused address")
        } else {
            attempt.follow()
        }
    });
    reqwest::Client::builder()
        .dns_resolver(Arc::new(PublicOnly { allowed_hosts }))
        .redirect(policy)
        .timeout(timeout)
        .connect_timeout(timeout)
        .user_agent(concat!("causerie-image-proxy/", env!("CARGO_PKG_VERSION")))
        .no_proxy()
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_public_internet_is_reachable() {
        for bad in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "224.0.0.1",
            "255.255.255.255",
            "::1",
            "::",
            "fc00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "64:ff9b::a00:1",
            "::127.0.0.1",
            "2001:db8::1",
            "2002:7f00:1::1",
            "2002:a00:1::",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2",
        ] {
            assert!(!is_public(bad.parse().unwrap()), "{bad}");
        }
        for good in [
            "93.184.216.34",
            "1.1.1.1",
            "2606:4700::1111",
            "64:ff9b::5db8:d822",
            "2002:5db8:d822::1",
        ] {
            assert!(is_public(good.parse().unwrap()), "{good}");
        }
    }

    #[test]
    fn urls_are_checked_before_any_connection() {
        let check = |u: &str| check_url(&Url::parse(u).unwrap(), &["127.0.0.1:9".to_owned()]);
        assert_eq!(check("https://example.org/a.png"), Ok(()));
        assert_eq!(
            check("http://127.0.0.1:9/a.png"),
            Ok(()),
            "allowed for tests"
        );
        assert_eq!(check("http://127.0.0.1:10/a.png"), Err(Refusal::Address));
        let named = |u: &str| check_url(&Url::parse(u).unwrap(), &["localhost:9".to_owned()]);
        assert_eq!(named("http://localhost:9/a.png"), Ok(()));
        assert_eq!(
            named("http://localhost:10/a.png"),
            Err(Refusal::Address),
            "an allowed name on another port"
        );
        assert_eq!(check("http://[::1]/"), Err(Refusal::Address));
        assert_eq!(
            check("http://169.254.169.254/latest/meta-data"),
            Err(Refusal::Address)
        );
        assert_eq!(
            check("http://2130706433/"),
            Err(Refusal::Address),
            "decimal 127.0.0.1"
        );
        assert_eq!(
            check("http://0x7f.1/"),
            Err(Refusal::Address),
            "hex 127.0.0.1"
        );
        assert_eq!(check("file:///etc/passwd"), Err(Refusal::Scheme));
        assert_eq!(check("ftp://example.org/a.png"), Err(Refusal::Scheme));
    }
}
