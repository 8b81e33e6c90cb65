//! Operations: /metrics moves as posts flow; /readyz follows the broker.

use std::time::Duration;

use claimwatch_e2e::*;

#[test]
fn metrics_count_the_flow_and_readiness_follows_the_broker() {
    // A broker of our own, so that the test can stop and restart it.
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let brokers = format!("127.0.0.1:{port}");
    let mut broker = start_tansu(dir.path(), port);

    let feed = rss(&[Item::new(
        "panjshir-1",
        "Taliban claims victory in Panjshir; Northern Alliance denies",
        SEED_ARTICLE,
        0,
    )]);
    let server = FeedServer::start(&[("/seed.xml", feed.into_bytes())]);
    let prefix = unique_prefix("ops");
    let mut config = config_toml(
        Some(&brokers),
        &prefix,
        &[("seed", server.url("/seed.xml"))],
        1,
    );
    config.push_str("[ops]\nprobe_interval_secs = 1\n");
    let cw = Claimwatch::start(&["run", "--ops-addr", "127.0.0.1:0"], &config);
    let addr = cw.wait_ops_addr();
    assert_eq!(http_get(&addr, "/healthz").map(|r| r.0), Some(200));
    eventually(Duration::from_secs(30), "/readyz 200", || {
        http_get(&addr, "/readyz").is_some_and(|r| r.0 == 200)
    });
    eventually(Duration::from_secs(60), "counters to move", || {
        let Some((200, text)) = http_get(&addr, "/metrics") else {
            return false;
        };
        metric(&text, "claimwatch_posts_published_total") >= 1.0
            && metric(&text, "claimwatch_statements_total") >= 2.0
            && metric(&text, "claimwatch_contested_records_total") >= 1.0
            && metric(&text, "claimwatch_polls_total") >= 1.0
            // Gauges from librdkafka's statistics and the producer queue.
            && text.contains("claimwatch_consumer_lag{topic=\"posts.raw\"}")
            && text.contains("claimwatch_consumer_lag{topic=\"claims.tagged\"}")
            && text.contains("claimwatch_producer_queue_depth{stage=")
    });
    let (_, text) = http_get(&addr, "/metrics").unwrap();
    assert!(
        text.contains("claimwatch_statements_total{kind=\"denial\"}"),
        "{text}"
    );
    assert!(
        text.contains("claimwatch_stage_seconds"),
        "no latency histogram in {text}"
    );

    // Broker down: readiness goes red, the process stays up.
    drop(broker);
    eventually(
        Duration::from_secs(30),
        "/readyz 503 with the broker down",
        || http_get(&addr, "/readyz").is_some_and(|r| r.0 == 503 && r.1.contains("not ready")),
    );
    assert_eq!(http_get(&addr, "/healthz").map(|r| r.0), Some(200));
    // A new item while the broker is down: polled, not yet deliverable.
    let route = server.route("/seed.xml");
    let polls_before = route.hits.load(std::sync::atomic::Ordering::SeqCst);
    *route.body.lock().unwrap() = rss(&[
        Item::new(
            "panjshir-1",
            "Taliban claims victory in Panjshir; Northern Alliance denies",
            SEED_ARTICLE,
            0,
        ),
        Item::new(
            "panjshir-2",
            "Resistance says it still holds Panjshir",
            "The National Resistance Front denied that Panjshir had fallen.",
            30,
        ),
    ])
    .into_bytes();
    eventually(
        Duration::from_secs(30),
        "a poll with the broker down",
        || route.hits.load(std::sync::atomic::Ordering::SeqCst) > polls_before,
    );
    // Broker back on the same port and storage: green again, and the post
    // fetched while it was down is published, once, after the seed post.
    broker = start_tansu(dir.path(), port);
    eventually(
        Duration::from_secs(60),
        "/readyz 200 after the broker returned",
        || http_get(&addr, "/readyz").is_some_and(|r| r.0 == 200),
    );
    let raw_topic = format!("{prefix}posts.raw");
    eventually(
        Duration::from_secs(90),
        "the post fetched during the outage",
        || read_topic(&brokers, &raw_topic).len() >= 2,
    );
    std::thread::sleep(Duration::from_secs(3));
    let posts = read_topic(&brokers, &raw_topic);
    let guids: Vec<&str> = posts
        .iter()
        .map(|r| r.value["guid"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(guids.len(), 2, "each post exactly once: {guids:?}");
    assert!(
        guids.contains(&"panjshir-1") && guids.contains(&"panjshir-2"),
        "{guids:?}"
    );
    drop(cw);

    // An operator command started while the broker is down for longer than
    // one metadata request (15 s, 25 s here) waits it out instead of failing: the
    // restore read retries until it stalls for 30 s.
    drop(broker);
    let mut feeds = Claimwatch::start(&["feeds", "--json"], &config);
    std::thread::sleep(Duration::from_secs(25));
    assert!(
        feeds.alive(),
        "gave up during the outage: {}",
        feeds.stderr()
    );
    let _broker = start_tansu(dir.path(), port);
    let mut code = None;
    eventually(Duration::from_secs(60), "feeds to finish", || {
        code = feeds.child.try_wait().unwrap().map(|s| s.code());
        code.is_some()
    });
    assert_eq!(code, Some(Some(0)), "{}", feeds.stderr());
    let out = feeds.stdout();
    let seed: serde_json::Value = out
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|r| r["id"] == "seed")
        .unwrap_or_else(|| panic!("no seed row in {out}"));
    assert_eq!(seed["health"], "ok", "{seed}");
    // (Both posts are remembered: each under its guid and its content.)
    assert!(seed["seen_ids"].as_u64().unwrap_or(0) >= 2, "{seed}");
}
