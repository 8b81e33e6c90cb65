//! Misbehaving feed servers for a long stretch: some stall (accept and never
//! answer), some reset every connection, some answer 500, one is healthy and
//! keeps growing. The process stays up, failing feeds back off and are
//! marked unhealthy, every failure is a dead letter, the healthy feed's
//! posts all arrive, and memory does not grow with time (RSS sampled over
//! the run).
//!
//! Runs `CLAIMWATCH_SOAK_SECS` seconds (default 40, the CI version; e.g.
//! 600 for the long one) with 10 feeds of each bad kind.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use claimwatch_e2e::*;

const BAD_FEEDS: usize = 10;

/// Bad servers, one loopback address each (`127.0.<kind>.<n>`): politeness
/// caps are per host, so a host that stalls holds back only its own feed.
fn bind(kind: u8, n: usize) -> (TcpListener, String) {
    let listener = TcpListener::bind(format!("127.0.{kind}.{}:0", n + 1)).unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    (listener, addr)
}

/// Accepts connections and never answers (they are held open).
fn stalling_server(n: usize) -> String {
    let (listener, addr) = bind(2, n);
    std::thread::spawn(move || {
        let mut held: Vec<TcpStream> = Vec::new();
        for conn in listener.incoming().flatten() {
            held.push(conn);
        }
    });
    addr
}

/// Resets every connection (SO_LINGER 0, then close).
fn resetting_server(n: usize) -> String {
    let (listener, addr) = bind(3, n);
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten() {
            let _ = nix::sys::socket::setsockopt(
                &conn,
                nix::sys::socket::sockopt::Linger,
                &nix::libc::linger {
                    l_onoff: 1,
                    l_linger: 0,
                },
            );
            drop(conn);
        }
    });
    addr
}

/// Reads each request and answers 500.
fn failing_server(n: usize) -> String {
    let (listener, addr) = bind(4, n);
    std::thread::spawn(move || {
        for mut conn in listener.incoming().flatten() {
            let mut request = Vec::new();
            let mut buf = [0u8; 1024];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                match conn.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(k) => request.extend_from_slice(&buf[..k]),
                }
            }
            let _ = conn.write_all(
                b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 5\r\nconnection: close\r\n\r\noops!",
            );
            let _ = conn.shutdown(std::net::Shutdown::Both);
        }
    });
    addr
}

#[test]
fn misbehaving_servers_for_a_long_stretch_keep_the_fetcher_bounded() {
    let secs: u64 = std::env::var("CLAIMWATCH_SOAK_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let brokers = brokers();
    let prefix = unique_prefix("soak");
    let items: Vec<Item> = (0..200)
        .map(|i| {
            Item::new(
                &format!("ok-{i}"),
                &format!("Dispatch {i}"),
                &format!("Officials said that the market in Sella reopened on day {i}."),
                i,
            )
        })
        .collect();
    let server = FeedServer::start(&[("/ok.xml", rss(&items[..10]).into_bytes())]);
    let route = server.route("/ok.xml");
    let mut feeds: Vec<(String, String)> = vec![("healthy".into(), server.url("/ok.xml"))];
    for i in 0..BAD_FEEDS {
        let (stall, reset, fail) = (stalling_server(i), resetting_server(i), failing_server(i));
        feeds.push((format!("stall-{i}"), format!("http://{stall}/feed.xml")));
        feeds.push((format!("reset-{i}"), format!("http://{reset}/feed.xml")));
        feeds.push((format!("fail-{i}"), format!("http://{fail}/feed.xml")));
    }
    let refs: Vec<(&str, String)> = feeds.iter().map(|(i, u)| (i.as_str(), u.clone())).collect();
    let config = config_toml(Some(&brokers), &prefix, &refs, 1);
    let mut cw = Claimwatch::start(&["fetch", "--ops-addr", "127.0.0.1:0"], &config);
    let addr = cw.wait_ops_addr();
    let pid = cw.child.id();

    let start = Instant::now();
    let mut samples: Vec<(Duration, u64)> = Vec::new();
    let mut published = 10;
    while start.elapsed() < Duration::from_secs(secs) {
        std::thread::sleep(Duration::from_secs(2));
        assert!(cw.alive(), "claimwatch died:\n{}", cw.stderr());
        samples.push((start.elapsed(), rss_kib(pid).unwrap()));
        // The healthy feed keeps growing all along.
        published = (published + 5).min(items.len());
        *route.body.lock().unwrap() = rss(&items[..published]).into_bytes();
    }
    let raw = format!("{prefix}posts.raw");
    eventually(Duration::from_secs(30), "every healthy post", || {
        read_topic(&brokers, &raw).len() >= published
    });
    let (_, metrics) = http_get(&addr, "/metrics").unwrap();
    assert!(cw.alive());
    assert_eq!(cw.terminate(Duration::from_secs(30)), Some(0));

    // Every failing feed is unhealthy, the healthy one healthy.
    let healthy = |feed: &str| {
        metric(
            &metrics,
            &format!("claimwatch_feed_healthy{{feed=\"{feed}\"}}"),
        )
    };
    assert_eq!(healthy("healthy"), 1.0, "{metrics}");
    for kind in ["stall", "reset", "fail"] {
        for i in 0..BAD_FEEDS {
            assert_eq!(
                healthy(&format!("{kind}-{i}")),
                0.0,
                "{kind}-{i}: {metrics}"
            );
        }
    }
    // Dead letters name every failing feed, by class.
    let mut letters: BTreeMap<(String, String), usize> = BTreeMap::new();
    for r in read_topic(&brokers, &format!("{prefix}dlq")) {
        let source = r.value["origin"]["source_id"]
            .as_str()
            .unwrap_or("")
            .to_string();
        let kind = source.split('-').next().unwrap_or("").to_string();
        *letters
            .entry((kind, r.value["reason"].as_str().unwrap_or("").to_string()))
            .or_default() += 1;
    }
    let letters_of = |kind: &str, reason: &str| {
        letters
            .get(&(kind.to_string(), reason.to_string()))
            .copied()
            .unwrap_or(0)
    };
    assert!(letters_of("stall", "timeout") >= BAD_FEEDS, "{letters:?}");
    assert!(
        letters_of("fail", "http_status") >= BAD_FEEDS,
        "{letters:?}"
    );
    let resets: usize = letters
        .iter()
        .filter(|((k, _), _)| k == "reset")
        .map(|(_, n)| n)
        .sum();
    assert!(resets >= BAD_FEEDS, "{letters:?}");
    // Backoff: at a 1 s interval a feed failing all along would be polled
    // about `secs` times; doubling waits keep it to a handful.
    let polls_per_bad_feed = letters.values().sum::<usize>() as f64 / (3 * BAD_FEEDS) as f64;
    assert!(
        polls_per_bad_feed < secs as f64 / 3.0,
        "failing feeds polled {polls_per_bad_feed:.1} times each in {secs} s"
    );

    // Memory: the last third of the run holds no more than the first third
    // plus a margin (allocator noise), i.e. no growth with time.
    let third = samples.len() / 3;
    let max = |s: &[(Duration, u64)]| s.iter().map(|x| x.1).max().unwrap_or(0);
    let (early, late) = (
        max(&samples[..third.max(1)]),
        max(&samples[samples.len() - third.max(1)..]),
    );
    println!(
        "soak {secs} s, {} bad feeds + 1 healthy: RSS first third max {early} KiB, last third max {late} KiB, \
         overall max {} KiB; {published} healthy posts; dead letters {letters:?}; {polls_per_bad_feed:.1} polls per failing feed",
        3 * BAD_FEEDS,
        max(&samples)
    );
    assert!(
        late <= early + early / 4 + 8 * 1024,
        "RSS grew from {early} KiB to {late} KiB: {samples:?}"
    );
}
