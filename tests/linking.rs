//! The contested-claim stream across posts and sources, on the real broker:
//! an assertion and its denial from different outlets form one contested
//! claim, a third outlet repeating the assertion joins it, an unrelated
//! denial does not, and a retraction by the claimant closes it.

use std::time::Duration;

use claimwatch_e2e::*;

fn tagged_count(brokers: &str, topic: &str) -> usize {
    read_topic(brokers, topic).len()
}

#[test]
fn claims_link_across_sources_and_close_on_retraction() {
    let brokers = brokers();
    let prefix = unique_prefix("link");
    let empty = rss(&[]).into_bytes();
    let server = FeedServer::start(&[
        ("/a.xml", empty.clone()),
        ("/b.xml", empty.clone()),
        ("/c.xml", empty.clone()),
        ("/d.xml", empty),
    ]);
    let config = config_toml(
        Some(&brokers),
        &prefix,
        &[
            ("wire-a", server.url("/a.xml")),
            ("wire-b", server.url("/b.xml")),
            ("wire-c", server.url("/c.xml")),
            ("wire-d", server.url("/d.xml")),
        ],
        1,
    ) + "[[routes]]\ntopic = \"alerts.denials\"\nkinds = [\"denial\"]\n";
    let mut cw = Claimwatch::start(&["run"], &config);
    let tagged = format!("{prefix}claims.tagged");
    let contested = format!("{prefix}claims.contested");
    // Publish one post at a time, in event-time order, each once the
    // previous one's statements are on claims.tagged.
    let steps: [(&str, Item); 5] = [
        ("/a.xml", Item::new("a1", "Coalition says Port Velda has fallen", "Coalition spokesperson Mara Ilves said on Tuesday that Port Velda was completely captured after a night of fighting.", 0)),
        ("/b.xml", Item::new("b1", "Council rejects claim", "The Velda City Council denied the Coalition's claim that Port Velda had fallen, calling it baseless propaganda.", 30)),
        ("/c.xml", Item::new("c1", "Commander repeats claim", "A Coalition commander told reporters that Port Velda had fallen to his troops.", 90)),
        ("/d.xml", Item::new("d1", "Bridge stands", "The transport ministry denied that the Aster bridge had collapsed.", 100)),
        ("/a.xml", Item::new("a2", "Coalition retracts", "Coalition spokesperson Mara Ilves retracted her statement about Port Velda.", 120)),
    ];
    let mut published: Vec<(&str, Item)> = Vec::new();
    // Assertions of the contested claim once the denial linked, before the
    // commander's repeat is published (read then: the topic is compacted).
    let mut assertions_before_repeat = None;
    for (path, item) in steps {
        if item.guid == "c1" {
            let mut count = None;
            eventually(Duration::from_secs(60), "the contested claim", || {
                count = read_topic(&brokers, &contested)
                    .iter()
                    .max_by_key(|r| r.value["version"].as_u64())
                    .and_then(|r| r.value["counts"]["assertions"].as_u64());
                count.is_some()
            });
            assertions_before_repeat = count;
        }
        let before = tagged_count(&brokers, &tagged);
        published.push((path, item));
        let items: Vec<Item> = published
            .iter()
            .filter(|(p, _)| *p == path)
            .map(|(_, i)| i.clone())
            .collect();
        *server.route(path).body.lock().unwrap() = rss(&items).into_bytes();
        eventually(
            Duration::from_secs(60),
            "the post's statements on claims.tagged",
            || tagged_count(&brokers, &tagged) > before,
        );
    }
    // The retraction's effect is the last change.
    eventually(
        Duration::from_secs(60),
        "the retracted contested claim",
        || {
            read_topic(&brokers, &contested)
                .iter()
                .any(|r| r.value["status"] == "retracted")
        },
    );
    assert!(cw.alive());
    assert_eq!(cw.terminate(Duration::from_secs(30)), Some(0));

    let records = read_topic(&brokers, &contested);
    let ids: std::collections::BTreeSet<&str> = records
        .iter()
        .map(|r| r.value["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids.len(),
        1,
        "exactly one contested claim expected: {records:#?}"
    );
    for r in &records {
        assert_valid_record("contested_claim.v1.json", r);
        assert_eq!(r.value["subject"]["key"], "port-velda");
    }
    assert_contested_consistent(&records, &read_topic(&brokers, &tagged));
    let latest = &records
        .iter()
        .max_by_key(|r| r.value["version"].as_u64().unwrap())
        .unwrap()
        .value;
    assert_eq!(latest["status"], "retracted");
    let sources = |side: &str| -> std::collections::BTreeSet<String> {
        latest[side]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["source_id"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(
        sources("assertions").contains("wire-a") && sources("assertions").contains("wire-c"),
        "{latest:#}"
    );
    assert_eq!(
        sources("denials"),
        ["wire-b".to_string()].into_iter().collect(),
        "the unrelated denial must not join: {latest:#}"
    );
    // The claim as it stood before the repeat had fewer assertions: the
    // repeat joined it.
    let assertions_before_repeat = assertions_before_repeat.unwrap();
    assert!(
        assertions_before_repeat < latest["counts"]["assertions"].as_u64().unwrap(),
        "{assertions_before_repeat} assertions before the repeat: {latest:#}"
    );
    // The live board (`tail --live`) shows the claim once, at its latest
    // version and status, however many versions it read.
    let out = std::process::Command::new(claimwatch_bin())
        .args([
            "tail",
            "claims.contested",
            "--live",
            "--from-beginning",
            "--idle-secs",
            "5",
        ])
        .args(["--brokers", &brokers])
        .env("CLAIMWATCH_TOPIC_PREFIX", &prefix)
        .env_remove("CLAIMWATCH_BROKERS")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let screen = String::from_utf8(out.stdout).unwrap();
    let last_frame = screen.rsplit("\x1b[2J\x1b[H").next().unwrap();
    let latest_version = latest["version"].as_u64().unwrap();
    assert!(
        last_frame.contains(&format!("RETRACTED  port-velda · v{latest_version}")),
        "{last_frame}"
    );
    assert_eq!(
        last_frame.matches("port-velda ·").count(),
        1,
        "{last_frame}"
    );
    // The route got exactly the denials (a copy of each).
    let denials: Vec<String> = read_topic(&brokers, &tagged)
        .iter()
        .filter(|r| r.value["kind"] == "denial")
        .map(|r| r.value["id"].as_str().unwrap().to_string())
        .collect();
    let routed: Vec<String> = read_topic(&brokers, &format!("{prefix}alerts.denials"))
        .iter()
        .map(|r| r.value["id"].as_str().unwrap().to_string())
        .collect();
    assert!(!routed.is_empty());
    assert_eq!(
        routed.iter().collect::<std::collections::BTreeSet<_>>(),
        denials.iter().collect::<std::collections::BTreeSet<_>>()
    );
    // ClaimReview export of the current state: the retracted claim with --all,
    // nothing without (only contested claims are exported by default).
    let export = |all: bool| -> serde_json::Value {
        let mut c = std::process::Command::new(claimwatch_bin());
        c.args(["export", "claimreview", "--brokers", &brokers])
            .env("CLAIMWATCH_TOPIC_PREFIX", &prefix)
            .env_remove("CLAIMWATCH_BROKERS");
        if all {
            c.arg("--all");
        }
        let out = c.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let doc = export(true);
    assert_eq!(doc["@context"], "https://schema.org");
    let graph = doc["@graph"].as_array().unwrap();
    assert_eq!(graph.len(), 1);
    assert_eq!(graph[0]["identifier"], latest["id"]);
    assert_eq!(
        graph[0]["itemReviewed"]["appearance"]
            .as_array()
            .unwrap()
            .len(),
        latest["assertions"].as_array().unwrap().len()
    );
    assert!(graph[0].get("reviewRating").is_none());
    assert!(export(false)["@graph"].as_array().unwrap().is_empty());
}
