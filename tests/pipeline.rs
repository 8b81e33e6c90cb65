//! End-to-end: the seed article through fetch → normalise → sink on a real
//! broker, read back with a plain consumer.

use std::time::Duration;

use claimwatch_e2e::*;

fn is_nrf(name: &str) -> bool {
    let n = name.to_lowercase();
    n.contains("national resistance front") || n.contains("nrf")
}

#[test]
fn seed_article_becomes_one_contested_claim_and_bad_input_is_dead_lettered() {
    let brokers = brokers();
    let prefix = unique_prefix("seed");
    let feed = rss(&[Item::new(
        "panjshir-1",
        "Senior Taliban commander killed in Panjshir by resistance forces",
        SEED_ARTICLE,
        0,
    )]);
    let server = FeedServer::start(&[
        ("/seed.xml", feed.into_bytes()),
        (
            "/broken.xml",
            b"<rss><channel><item><title>unterminated".to_vec(),
        ),
    ]);
    let dead_port = free_port();
    let config = config_toml(
        Some(&brokers),
        &prefix,
        &[
            ("seed", server.url("/seed.xml")),
            ("broken", server.url("/broken.xml")),
            (
                "unreachable",
                format!("http://127.0.0.1:{dead_port}/feed.xml"),
            ),
        ],
        1,
    );
    let mut cw = Claimwatch::start(&["run"], &config);
    let contested = format!("{prefix}claims.contested");
    eventually(Duration::from_secs(90), "a contested claim", || {
        !read_topic(&brokers, &contested).is_empty()
    });
    // A second poll must have happened (and answered 304) before we count.
    let seed_route = server.route("/seed.xml");
    eventually(
        Duration::from_secs(30),
        "a second poll of the seed feed",
        || seed_route.hits.load(std::sync::atomic::Ordering::SeqCst) >= 2,
    );
    // A post the extractor cannot parse: garbage straight onto posts.raw.
    produce_raw(
        &brokers,
        &format!("{prefix}posts.raw"),
        "garbage",
        b"\xff\xfe not a post",
    );
    let dlq_topic = format!("{prefix}dlq");
    eventually(
        Duration::from_secs(60),
        "dead letters for every bad input",
        || {
            let reasons: Vec<String> = read_topic(&brokers, &dlq_topic)
                .iter()
                .map(|r| r.value["reason"].as_str().unwrap_or("").to_string())
                .collect();
            ["malformed_feed", "connect", "invalid_utf8"]
                .iter()
                .all(|r| reasons.iter().any(|x| x == r))
        },
    );
    assert!(
        cw.alive(),
        "claimwatch exited on bad input:\n{}",
        cw.stderr()
    );
    assert!(
        seed_route
            .validators
            .lock()
            .unwrap()
            .iter()
            .any(|v| !v.is_empty()),
        "second poll sent no If-None-Match"
    );
    let code = cw.terminate(Duration::from_secs(30));
    assert_eq!(
        code,
        Some(0),
        "claimwatch did not stop cleanly:\n{}",
        cw.stderr()
    );

    // posts.raw: exactly one post after several polls.
    let raw = read_topic(&brokers, &format!("{prefix}posts.raw"));
    let posts: Vec<_> = raw.iter().filter(|r| r.key != "garbage").collect();
    assert_eq!(posts.len(), 1, "expected one raw post, got {}", posts.len());
    assert!(posts[0].value["text"]
        .as_str()
        .unwrap()
        .contains("completely conquered"));
    assert!(
        !posts[0].value["text"].as_str().unwrap().contains("<p>"),
        "HTML was not stripped"
    );
    assert_eq!(
        posts[0].headers.get("ce_type").map(String::as_str),
        Some("claimwatch.raw_post.v1")
    );

    // Every record validates against its JSON Schema and carries CloudEvents headers.
    for r in &posts {
        assert_valid_record("raw_post.v1.json", r);
    }
    let tagged_records = read_topic(&brokers, &format!("{prefix}claims.tagged"));
    for r in &tagged_records {
        assert_valid_record("statement.v1.json", r);
    }
    for r in &read_topic(&brokers, &contested) {
        assert_valid_record("contested_claim.v1.json", r);
    }
    for r in &read_topic(&brokers, &dlq_topic) {
        assert_valid_record("dead_letter.v1.json", r);
    }

    // claims.tagged: the assertion and the denial.
    let tagged: Vec<serde_json::Value> = tagged_records.into_iter().map(|r| r.value).collect();
    let assertion = tagged
        .iter()
        .find(|s| {
            s["kind"] == "assertion"
                && s["speaker"]["name"]
                    .as_str()
                    .unwrap_or("")
                    .contains("Zabihullah")
                && s["subject"]["key"] == "panjshir"
                && s["text"]
                    .as_str()
                    .unwrap_or("")
                    .contains("completely conquered")
        })
        .unwrap_or_else(|| panic!("no Zabihullah assertion in {tagged:#?}"));
    assert_eq!(assertion["speaker"]["organisation"], "Taliban");
    let denial = tagged
        .iter()
        .find(|s| {
            let cues: Vec<&str> = s["cues"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|c| c.as_str())
                .collect();
            s["kind"] == "denial"
                && is_nrf(s["speaker"]["name"].as_str().unwrap_or(""))
                && s["subject"]["key"] == "panjshir"
                && cues.contains(&"denied")
                && cues.contains(&"false")
        })
        .unwrap_or_else(|| panic!("no NRF denial in {tagged:#?}"));
    assert_eq!(denial["target"]["party"], "taliban");

    // claims.contested: exactly one contested claim linking them.
    let contested = read_topic(&brokers, &contested);
    let ids: std::collections::BTreeSet<&str> = contested
        .iter()
        .map(|r| r.value["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 1, "expected one contested claim, got {ids:?}");
    let latest = contested
        .iter()
        .max_by_key(|r| r.value["version"].as_u64().unwrap())
        .unwrap();
    let c = &latest.value;
    assert_eq!(c["subject"]["key"], "panjshir");
    let ids_of = |side: &str| -> Vec<String> {
        c[side]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["statement_id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(ids_of("assertions").contains(&assertion["id"].as_str().unwrap().to_string()));
    assert!(ids_of("denials").contains(&denial["id"].as_str().unwrap().to_string()));
    assert!(c["denials"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["post_url"].as_str().is_some()));
    // Versions rise, none was published with two contents, and the latest
    // is the pure linker's result on claims.tagged (earlier versions may
    // have been compacted away).
    assert_contested_consistent(
        &contested,
        &read_topic(&brokers, &format!("{prefix}claims.tagged")),
    );
    assert_eq!(latest.key, c["id"].as_str().unwrap());
}
