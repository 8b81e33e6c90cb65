//! Hostile feeds through the running fetch stage: each one ends in a dead
//! letter naming the feed and its error class and a per-feed error metric,
//! while a healthy feed next to them keeps being polled and published, and
//! the process stays up with bounded memory. (The parser-level limits are
//! tested one by one in `crates/claimwatch-fetch/tests/hostile.rs`.)

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::time::Duration;

use axum::body::Body;
use axum::http::header;
use axum::response::{IntoResponse, Redirect};
use axum::routing::get;
use claimwatch_e2e::*;

const CAP: usize = 1024 * 1024;

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

#[test]
fn hostile_feeds_are_dead_lettered_and_the_healthy_one_keeps_flowing() {
    let brokers = brokers();
    let prefix = unique_prefix("hostile");
    // 64 MiB of one item, gzipped to well under the 1 MiB cap.
    let bomb = gzip(
        format!(
            "<rss version=\"2.0\"><channel><item><title>{}</title></item></channel></rss>",
            "A".repeat(64 * CAP)
        )
        .as_bytes(),
    );
    let laughs = {
        let mut s = String::from("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"laugh\">");
        let mut prev = "a".to_string();
        for i in 0..9 {
            s.push_str(&format!(
                "<!ENTITY l{i} \"{}\">",
                format!("&{prev};").repeat(10)
            ));
            prev = format!("l{i}");
        }
        s + &format!(
            "]><rss version=\"2.0\"><channel><item><title>&{prev};</title></item></channel></rss>"
        )
    };
    let app = axum::Router::new()
        .route(
            "/gzip-bomb",
            get(move || async move { ([(header::CONTENT_ENCODING, "gzip")], bomb) }),
        )
        .route("/big", get(|| async { "x".repeat(2 * CAP) }))
        .route(
            "/endless",
            get(|| async {
                let chunks = futures::stream::repeat_with(|| {
                    Ok::<_, std::io::Error>(bytes::Bytes::from(vec![b'<'; 64 * 1024]))
                });
                Body::from_stream(chunks).into_response()
            }),
        )
        .route(
            "/trickle",
            get(|| async {
                let chunks = futures::stream::unfold((), |_| async {
                    tokio::time::sleep(Duration::from_millis(500)).await;
                    Some((Ok::<_, std::io::Error>(bytes::Bytes::from_static(b" ")), ()))
                });
                Body::from_stream(chunks).into_response()
            }),
        )
        .route("/loop-a", get(|| async { Redirect::temporary("/loop-b") }))
        .route("/loop-b", get(|| async { Redirect::temporary("/loop-a") }))
        .route(
            "/to-file",
            get(|| async { Redirect::temporary("file:///etc/passwd") }),
        )
        .route("/laughs", get(move || async move { laughs }))
        .route(
            "/broken",
            get(|| async { "<rss><channel><item><title>unterminated" }),
        );
    let (base, _rt) = serve_loopback(app);
    let healthy_items: Vec<Item> = (0..30)
        .map(|i| {
            Item::new(
                &format!("ok-{i}"),
                &format!("Dispatch {i}"),
                &format!("Officials said the Sella market reopened on day {i}."),
                i,
            )
        })
        .collect();
    let good = FeedServer::start(&[("/ok.xml", rss(&healthy_items[..10]).into_bytes())]);
    // (feed id, path, acceptable dead-letter reasons)
    let hostile: &[(&str, &str, &[&str])] = &[
        ("gzip-bomb", "/gzip-bomb", &["too_large"]),
        ("big", "/big", &["too_large"]),
        ("endless", "/endless", &["too_large"]),
        ("trickle", "/trickle", &["timeout", "body"]),
        ("redirect-loop", "/loop-a", &["redirect"]),
        ("redirect-file", "/to-file", &["redirect"]),
        ("laughs", "/laughs", &["malformed_feed"]),
        ("broken", "/broken", &["malformed_feed"]),
    ];
    let mut feeds: Vec<(&str, String)> = vec![("healthy", good.url("/ok.xml"))];
    for (id, path, _) in hostile {
        feeds.push((id, format!("http://{base}{path}")));
    }
    let config = config_toml(Some(&brokers), &prefix, &feeds, 1)
        .replacen(
            "[fetch]\n",
            &format!("[fetch]\nmax_body_bytes = {CAP}\n"),
            1,
        )
        .replace("request_timeout_secs = 5", "request_timeout_secs = 3");
    let mut cw = Claimwatch::start(&["fetch", "--ops-addr", "127.0.0.1:0"], &config);
    let addr = cw.wait_ops_addr();

    let dlq = format!("{prefix}dlq");
    let reasons = || {
        let mut by_feed: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for r in read_topic(&brokers, &dlq) {
            by_feed
                .entry(
                    r.value["origin"]["source_id"]
                        .as_str()
                        .unwrap_or("")
                        .to_string(),
                )
                .or_default()
                .insert(r.value["reason"].as_str().unwrap_or("").to_string());
        }
        by_feed
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(90);
    let seen = loop {
        let seen = reasons();
        if hostile.iter().all(|(id, _, _)| seen.contains_key(*id)) {
            break seen;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no dead letter for some hostile feeds after 90 s: {seen:?}"
        );
        std::thread::sleep(Duration::from_millis(500));
    };
    for (id, _, want) in hostile {
        let got = &seen[*id];
        assert!(
            got.iter().all(|r| want.contains(&r.as_str())),
            "{id}: dead-letter reasons {got:?}, expected {want:?}"
        );
    }
    assert!(!seen.contains_key("healthy"), "{seen:?}");

    // The healthy feed keeps flowing while the hostile ones fail.
    *good.route("/ok.xml").body.lock().unwrap() = rss(&healthy_items).into_bytes();
    let raw = format!("{prefix}posts.raw");
    eventually(Duration::from_secs(60), "all healthy posts", || {
        read_topic(&brokers, &raw).len() >= healthy_items.len()
    });
    let (_, metrics) = http_get(&addr, "/metrics").unwrap();
    for (id, _, want) in hostile {
        let counted: f64 = want
            .iter()
            .map(|class| {
                metric(
                    &metrics,
                    &format!("claimwatch_feed_errors_total{{feed=\"{id}\",class=\"{class}\"}}"),
                )
            })
            .sum();
        assert!(counted >= 1.0, "{id}: no error metric\n{metrics}");
    }
    let rss_kib = rss_kib(cw.child.id()).unwrap();
    assert!(cw.alive(), "{}", cw.stderr());
    println!("hostile feeds: dead letters {seen:?}; RSS {rss_kib} KiB");
    // Bombs of 64 MiB never become 64 MiB in memory.
    assert!(rss_kib < 200 * 1024, "RSS {rss_kib} KiB");
    assert_eq!(cw.terminate(Duration::from_secs(30)), Some(0));
}
