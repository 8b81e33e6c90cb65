//! Fetchers sharing feeds (`[fetch] sharding = "consumer_group"`): two
//! fetch processes split the feeds between them, never poll one feed at
//! the same time, publish every post once, and when one stops the other
//! takes over its feeds where it left off.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use claimwatch_e2e::*;

const FEEDS: usize = 8;

fn items(feed: usize, n: usize) -> String {
    let items: Vec<Item> = (0..n)
        .map(|i| {
            Item::new(
                &format!("f{feed}-{i}"),
                &format!("Dispatch {i} of feed {feed}"),
                &format!("Officials said that bridge {feed}-{i} reopened on Monday."),
                i as i64,
            )
        })
        .collect();
    rss(&items)
}

fn publish(server: &FeedServer, n: usize) {
    for f in 0..FEEDS {
        *server.route(&format!("/f{f}.xml")).body.lock().unwrap() = items(f, n).into_bytes();
    }
}

/// Post ids on posts.raw with their counts.
fn posts(brokers: &str, topic: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for r in read_topic(brokers, topic) {
        *out.entry(r.value["id"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    out
}

fn wait_posts(brokers: &str, topic: &str, n: usize) {
    eventually(
        Duration::from_secs(90),
        &format!("{n} posts on posts.raw"),
        || posts(brokers, topic).len() >= n,
    );
}

#[test]
fn fetchers_split_feeds_and_hand_them_over() {
    let brokers = brokers();
    let prefix = unique_prefix("shard");
    let paths: Vec<(String, Vec<u8>)> = (0..FEEDS)
        .map(|f| (format!("/f{f}.xml"), items(f, 2).into_bytes()))
        .collect();
    let refs: Vec<(&str, Vec<u8>)> = paths.iter().map(|(p, b)| (p.as_str(), b.clone())).collect();
    let server = FeedServer::start(&refs);
    let feeds: Vec<(String, String)> = (0..FEEDS)
        .map(|f| (format!("feed-{f}"), server.url(&format!("/f{f}.xml"))))
        .collect();
    let feed_refs: Vec<(&str, String)> =
        feeds.iter().map(|(i, u)| (i.as_str(), u.clone())).collect();
    let config = config_toml(Some(&brokers), &prefix, &feed_refs, 1).replacen(
        "[fetch]\n",
        "[fetch]\nsharding = \"consumer_group\"\n",
        1,
    );
    let topic = format!("{prefix}posts.raw");

    let a = Claimwatch::start(&["fetch"], &config);
    wait_posts(&brokers, &topic, FEEDS * 2);

    let mut b = Claimwatch::start(&["fetch"], &config);
    eventually(
        Duration::from_secs(60),
        "the second fetcher to own feeds",
        || {
            b.stderr()
                .contains("partitions assigned; polling their feeds")
                && !b.stderr().contains("feeds=0")
        },
    );
    let shared_since = Instant::now();
    publish(&server, 3);
    wait_posts(&brokers, &topic, FEEDS * 3);
    // Both fetchers polled while they shared the feeds.
    std::thread::sleep(Duration::from_secs(3));
    let a_log = a.stderr();
    assert!(
        a_log.contains("partitions revoked; their feeds stopped"),
        "{a_log}"
    );

    // B leaves; A takes all feeds and carries on from B's saved state.
    assert_eq!(b.terminate(Duration::from_secs(30)), Some(0));
    publish(&server, 4);
    wait_posts(&brokers, &topic, FEEDS * 4);
    std::thread::sleep(Duration::from_secs(3));

    let counts = posts(&brokers, &topic);
    assert_eq!(counts.len(), FEEDS * 4);
    let doubled: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    assert!(doubled.is_empty(), "posts published twice: {doubled:?}");

    // Never two fetchers on one feed: consecutive requests for a feed are
    // about a poll interval (1 s) apart, also across the hand-overs.
    for f in 0..FEEDS {
        let times = server
            .route(&format!("/f{f}.xml"))
            .times
            .lock()
            .unwrap()
            .clone();
        let shared: Vec<&Instant> = times.iter().filter(|t| **t >= shared_since).collect();
        assert!(shared.len() >= 3, "feed {f} polled {} times", shared.len());
        for w in times.windows(2) {
            let gap = w[1] - w[0];
            assert!(
                gap >= Duration::from_millis(500),
                "feed {f} polled twice within {gap:?}"
            );
        }
    }
    // Each fetcher owned part of the feeds while both ran.
    let b_log = b.stderr();
    let owned = |log: &str| {
        log.lines()
            .filter(|l| l.contains("partitions assigned; polling their feeds"))
            .count()
    };
    assert!(owned(&a_log) >= 2 && owned(&b_log) >= 1);
}
