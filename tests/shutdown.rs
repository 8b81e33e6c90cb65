//! SIGTERM mid-stream: the process drains, commits and exits 0; after a
//! restart the stream finishes with nothing lost and nothing doubled.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use claimwatch_e2e::*;

const PLACES: &[&str] = &[
    "Port Velda",
    "Sella",
    "Aster",
    "Kandahar",
    "Marrow Bay",
    "Tiran",
    "Oskar Valley",
    "Lund",
];

fn item(i: usize) -> Item {
    let place = PLACES[i % PLACES.len()];
    let body = if i.is_multiple_of(3) {
        format!("The Velda City Council denied the Coalition's claim that {place} had fallen, calling it baseless. Report {i}.")
    } else {
        format!("Coalition spokesperson Mara Ilves said that {place} was completely captured on day {i}.")
    };
    Item::new(
        &format!("item-{i}"),
        &format!("Dispatch {i} on {place}"),
        &body,
        i as i64,
    )
}

#[test]
fn sigterm_mid_stream_loses_and_doubles_nothing() {
    let brokers = brokers();
    let prefix = unique_prefix("term");
    let total = 300;
    let items: Vec<Item> = (0..total).map(item).collect();
    // The feed grows in batches of 50, so that the stop falls mid-stream.
    let server = FeedServer::start(&[("/many.xml", rss(&items[..50]).into_bytes())]);
    let route = server.route("/many.xml");
    let grow = |n: usize| *route.body.lock().unwrap() = rss(&items[..n]).into_bytes();
    let config = config_toml(
        Some(&brokers),
        &prefix,
        &[("many", server.url("/many.xml"))],
        1,
    );
    let raw_topic = format!("{prefix}posts.raw");
    let tagged_topic = format!("{prefix}claims.tagged");

    // First run: stop it while statements are still flowing.
    let mut first = Claimwatch::start(&["run"], &config);
    eventually(Duration::from_secs(60), "statements flowing", || {
        !read_topic(&brokers, &tagged_topic).is_empty()
    });
    grow(100);
    grow(150);
    assert_eq!(
        first.terminate(Duration::from_secs(40)),
        Some(0),
        "SIGTERM must exit 0:\n{}",
        first.stderr()
    );
    assert!(
        first.stderr().contains("SIGTERM received"),
        "{}",
        first.stderr()
    );
    let at_stop = read_topic(&brokers, &raw_topic).len();
    println!("posts published before the stop: {at_stop} of {total}");
    assert!(at_stop < total, "the stop must fall mid-stream");

    // More posts arrive while it is down; the second run finishes the stream.
    grow(total);
    let mut second = Claimwatch::start(&["run"], &config);
    let raw = || read_topic(&brokers, &raw_topic);
    eventually(Duration::from_secs(90), "every post published", || {
        raw()
            .iter()
            .map(|r| r.key.clone())
            .collect::<BTreeSet<_>>()
            .len()
            >= total
    });

    // Expected statements: the extractor run offline on the published posts.
    let expected = offline_statement_ids(&raw());
    assert!(expected.len() >= total, "every post has a statement");
    eventually(
        Duration::from_secs(90),
        "every statement on claims.tagged",
        || {
            let got: BTreeSet<String> = read_topic(&brokers, &tagged_topic)
                .iter()
                .map(|r| r.value["id"].as_str().unwrap().to_string())
                .collect();
            expected.is_subset(&got)
        },
    );
    assert_eq!(second.terminate(Duration::from_secs(40)), Some(0));

    // Nothing lost: checked above. Nothing doubled: count repeats by id.
    let mut raw_counts: BTreeMap<String, usize> = BTreeMap::new();
    for p in &raw() {
        *raw_counts.entry(p.key.clone()).or_default() += 1;
    }
    let raw_dupes: usize = raw_counts.values().map(|c| c - 1).sum();
    let mut tagged_counts: BTreeMap<String, usize> = BTreeMap::new();
    for s in &read_topic(&brokers, &tagged_topic) {
        *tagged_counts
            .entry(s.value["id"].as_str().unwrap().to_string())
            .or_default() += 1;
    }
    let tagged_dupes: usize = tagged_counts.values().map(|c| c - 1).sum();
    println!(
        "posts {} (duplicates {raw_dupes}), statements {} (duplicates {tagged_dupes})",
        raw_counts.len(),
        tagged_counts.len()
    );
    assert_eq!(raw_counts.len(), total);
    assert_eq!(raw_dupes, 0, "a graceful stop must not re-publish posts");
    assert_eq!(tagged_dupes, 0, "a graceful stop must not re-process posts");
    // Contested versions: never two contents for one (id, version).
    let mut versions: BTreeMap<(String, u64), String> = BTreeMap::new();
    for c in &read_topic(&brokers, &format!("{prefix}claims.contested")) {
        let key = (
            c.value["id"].as_str().unwrap().to_string(),
            c.value["version"].as_u64().unwrap(),
        );
        let body = String::from_utf8(c.raw.clone()).unwrap();
        if let Some(prev) = versions.insert(key.clone(), body.clone()) {
            assert_eq!(prev, body, "{key:?} emitted twice with different contents");
        }
    }
}
