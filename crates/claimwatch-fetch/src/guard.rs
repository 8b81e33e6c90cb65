//! SSRF guard: the fetcher talks only to public addresses unless the
//! operator allows a network explicitly (`[fetch] allowed_networks`).
//!
//! The check runs where the address is finally known: in the DNS resolver
//! that reqwest uses for every connection (so it also covers redirects and
//! names that resolve to private addresses), for IP-literal URLs before the
//! request, and for IP-literal redirect targets in the redirect policy,
//! which also refuses redirects to schemes other than http and https.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use ipnet::IpNet;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// Why a connection was refused. Travels inside reqwest's error chain and
/// is recognised by [`is_blocked`].
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Blocked(pub String);

/// Which addresses the fetcher may connect to.
#[derive(Debug, Clone, Default)]
pub struct AddressPolicy {
    /// Non-public networks the operator allowed (`[fetch] allowed_networks`).
    allowed: Vec<IpNet>,
}

impl AddressPolicy {
    /// Parses `allowed_networks` entries: CIDR (`10.0.0.0/8`) or a single
    /// address (`192.168.1.5`).
    pub fn new(allowed: &[String]) -> Result<AddressPolicy, String> {
        let allowed = allowed
            .iter()
            .map(|s| parse_network(s))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(AddressPolicy { allowed })
    }

    /// May the fetcher connect to `ip`?
    pub fn permits(&self, ip: IpAddr) -> bool {
        is_public(ip) || self.allowed.iter().any(|n| n.contains(&ip))
    }

    /// An error naming the host and address when `ip` is refused.
    pub fn check(&self, host: &str, ip: IpAddr) -> Result<(), Blocked> {
        if self.permits(ip) {
            Ok(())
        } else {
            Err(Blocked(format!(
                "refusing to fetch from {host} ({ip}): not a public address; allow its network in [fetch] allowed_networks"
            )))
        }
    }
}

/// Parses one `allowed_networks` entry.
pub fn parse_network(s: &str) -> Result<IpNet, String> {
    let s = s.trim();
    s.parse::<IpNet>()
        .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| format!("{s:?} is not a network (CIDR like 10.0.0.0/8) or an address"))
}

/// True for globally routable unicast addresses: not loopback, private,
/// shared (CGNAT), link-local (cloud metadata lives at 169.254.169.254),
/// unspecified, broadcast, multicast, documentation or reserved; IPv6
/// unique-local and link-local, and IPv4 mapped into IPv6, likewise.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let o = ip.octets();
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || o[0] == 0
        || (o[0] == 100 && (o[1] & 0xc0) == 64)
        || (o[0] == 192 && o[1] == 0 && o[2] == 0)
        || (o[0] == 198 && (o[1] & 0xfe) == 18)
        || o[0] >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || (s[0] & 0xfe00) == 0xfc00
        || (s[0] & 0xffc0) == 0xfe80
        || (s[0] == 0x2001 && s[1] == 0x0db8)
        || (s[0] == 0x0064 && s[1] == 0xff9b)
        || (s[0] == 0 && s[1] == 0 && s[2] == 0 && s[3] == 0 && s[4] == 0 && s[5] == 0))
}

/// True when `err` (or anything in its source chain) is a [`Blocked`].
pub fn is_blocked(err: &(dyn std::error::Error + 'static)) -> Option<String> {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = cur {
        if let Some(b) = e.downcast_ref::<Blocked>() {
            return Some(b.0.clone());
        }
        cur = e.source();
    }
    None
}

/// The resolver reqwest uses: the system resolver, keeping only permitted
/// addresses.
pub struct GuardedResolver {
    pub policy: Arc<AddressPolicy>,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let policy = self.policy.clone();
        Box::pin(async move {
            let host = name.as_str().to_string();
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let permitted: Vec<SocketAddr> = found
                .iter()
                .copied()
                .filter(|a| policy.permits(a.ip()))
                .collect();
            if permitted.is_empty() {
                let first = found
                    .first()
                    .map(|a| a.ip().to_string())
                    .unwrap_or_else(|| "no address".into());
                return Err(Box::new(Blocked(format!(
                    "refusing to fetch from {host} ({first}): it resolves to no public address; allow its network in [fetch] allowed_networks"
                ))) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(permitted.into_iter()) as Addrs)
        })
    }
}

/// Redirect policy: at most `max` redirects, only to http(s), and not to an
/// IP literal the policy refuses (names are checked by the resolver).
pub fn redirect_policy(policy: Arc<AddressPolicy>, max: usize) -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() >= max {
            return attempt.error(format!("more than {max} redirects"));
        }
        let url = attempt.url();
        if !matches!(url.scheme(), "http" | "https") {
            let msg = format!("refusing a redirect to scheme {:?}", url.scheme());
            return attempt.error(Blocked(msg));
        }
        let host = url.host_str().unwrap_or("").to_string();
        let literal = match url.host() {
            Some(url::Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
            Some(url::Host::Ipv6(ip)) => Some(IpAddr::V6(ip)),
            _ => None,
        };
        if let Some(ip) = literal {
            if let Err(b) = policy.check(&host, ip) {
                return attempt.error(b);
            }
        }
        if attempt.previous().iter().any(|p| p == attempt.url()) {
            return attempt.error("redirect loop");
        }
        attempt.follow()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_pass_by_default() {
        let p = AddressPolicy::default();
        for blocked in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "::1",
            "::",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
        ] {
            assert!(!p.permits(blocked.parse().unwrap()), "{blocked}");
        }
        for public in [
            "93.184.216.34",
            "8.8.8.8",
            "2606:4700:4700::1111",
            "::ffff:8.8.8.8",
        ] {
            assert!(p.permits(public.parse().unwrap()), "{public}");
        }
    }

    #[test]
    fn allowed_networks_open_exactly_what_they_name() {
        let p = AddressPolicy::new(&["127.0.0.0/8".into(), "10.9.9.9".into()]).unwrap();
        assert!(p.permits("127.0.0.1".parse().unwrap()));
        assert!(p.permits("10.9.9.9".parse().unwrap()));
        assert!(!p.permits("10.9.9.10".parse().unwrap()));
        assert!(!p.permits("169.254.169.254".parse().unwrap()));
        let e = AddressPolicy::new(&["10.0.0.0/33".into()]).unwrap_err();
        assert!(e.contains("10.0.0.0/33"), "{e}");
    }
}
