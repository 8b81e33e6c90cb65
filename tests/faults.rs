//! kill -9 mid-stream — of the all-in-one process three times, and of each
//! stage running as its own process — at random points: after the last
//! restart the stream finishes with zero posts and zero statements lost;
//! duplicates (allowed by at-least-once, always with the same id) are
//! counted and reported; no contested `(id, version)` is published with two
//! contents, and the final contested claims are what one linker computes
//! from `claims.tagged`.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use claimwatch_e2e::*;
use rand::Rng;

const PLACES: &[(&str, &str, &str)] = &[
    ("Port Velda", "Amber Coalition", "Cedar Council"),
    ("Sella", "Birch Front", "Dune Assembly"),
    ("Aster", "Copper League", "Elm Council"),
    ("Marrow Bay", "Delta Movement", "Fern Assembly"),
    ("Tiran", "Ember Alliance", "Grove Council"),
];

fn item(i: usize) -> Item {
    let (place, claimant, denier) = PLACES[i % PLACES.len()];
    let body = if i % 3 == 1 {
        format!("The {denier} denied the {claimant}'s claim that {place} had fallen, calling it baseless. Report {i}.")
    } else {
        format!("{claimant} spokesperson Mara Ilves said that {place} was completely captured on day {i}.")
    };
    Item::new(
        &format!("item-{i}"),
        &format!("Dispatch {i}"),
        &body,
        i as i64,
    )
}

#[test]
fn kill_9_three_times_loses_nothing_and_never_publishes_two_contents() {
    let brokers = brokers();
    let prefix = unique_prefix("kill9");
    let total = 450;
    let items: Vec<Item> = (0..total).map(item).collect();
    let server = FeedServer::start(&[("/feed.xml", rss(&items[..50]).into_bytes())]);
    let route = server.route("/feed.xml");
    let grow = |n: usize| *route.body.lock().unwrap() = rss(&items[..n]).into_bytes();
    // A static member id: the restarted process takes the killed one's
    // place in its consumer groups at once instead of waiting for the broker
    // to expire it.
    let config = config_toml(
        Some(&brokers),
        &prefix,
        &[("feed", server.url("/feed.xml"))],
        1,
    )
    .replace("[kafka]\n", "[kafka]\ninstance_id = \"faults-test-1\"\n");
    let tagged_topic = format!("{prefix}claims.tagged");
    let mut rng = rand::rng();
    let mut published = 50;
    for round in 0..3 {
        let mut cw = Claimwatch::start(&["run"], &config);
        let deadline = std::time::Instant::now() + Duration::from_secs(90);
        // Progress, and both consumer groups settled: the kill lands in
        // the stream's work, not inside the broker's group join (Tansu 0.6
        // can leave a group whose member died mid-join without a leader
        // for ever; no client can repair that, see `owns_partitions`).
        while read_topic(&brokers, &tagged_topic).len() <= round * 40
            || !owns_partitions(&cw, &["posts.raw", "claims.tagged"])
        {
            assert!(
                std::time::Instant::now() < deadline,
                "no progress after restart {round}:\n{}",
                stage_log(&cw)
            );
            std::thread::sleep(Duration::from_millis(500));
        }
        published = (published + 100).min(total);
        grow(published);
        // Die somewhere in the middle of fetching, extracting and linking.
        std::thread::sleep(Duration::from_millis(rng.random_range(300..2500)));
        cw.child.kill().unwrap();
        cw.child.wait().unwrap();
    }
    grow(total);
    let mut cw = Claimwatch::start(&["run"], &config);
    let report = verify_stream(&brokers, &prefix, total, &[&cw]);
    assert_eq!(cw.terminate(Duration::from_secs(40)), Some(0));
    println!("kill -9 x3: {report}");
}

/// Whether the last assignment event that `cw` logged for each of `topics`
/// gave it partitions (it is not between a revocation and the next
/// assignment). With a killed member's group join still open, Tansu 0.6
/// answered the replacement's heartbeat with "unknown member" and then its
/// SyncGroup with "rebalance in progress" every 6 s for minutes, the
/// replacement a follower of a leader that never synced.
fn owns_partitions(cw: &Claimwatch, topics: &[&str]) -> bool {
    let log = cw.stderr();
    topics.iter().all(|topic| {
        log.lines()
            .rev()
            .find(|l| l.contains("partition assignment changed") && l.contains(topic))
            .is_some_and(|l| l.contains("Assigned("))
    })
}

/// Waits until every post of the stream was published and every statement
/// linked, then checks: no post or statement lost, no contested
/// `(id, version)` with two contents, final claims equal to the offline
/// linker's. Returns the counts (with duplicates) for the report.
fn verify_stream(brokers: &str, prefix: &str, total: usize, procs: &[&Claimwatch]) -> String {
    let raw_topic = format!("{prefix}posts.raw");
    let tagged_topic = format!("{prefix}claims.tagged");
    let contested_topic = format!("{prefix}claims.contested");
    let raw = || read_topic(brokers, &raw_topic);
    eventually(Duration::from_secs(120), "every post published", || {
        raw()
            .iter()
            .map(|r| r.key.clone())
            .collect::<BTreeSet<_>>()
            .len()
            >= total
    });
    // Statements the extractor yields offline on the published posts.
    let expected = offline_statement_ids(&raw());
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    let (missing, got_claims, want_claims) = loop {
        let tagged = read_topic(brokers, &tagged_topic);
        let got: BTreeSet<String> = tagged
            .iter()
            .map(|r| r.value["id"].as_str().unwrap().to_string())
            .collect();
        let missing = expected.difference(&got).count();
        let got_claims = published_contested(&read_topic(brokers, &contested_topic));
        let want_claims = offline_contested(&tagged);
        if (missing == 0 && got_claims == want_claims) || std::time::Instant::now() > deadline {
            break (missing, got_claims, want_claims);
        }
        std::thread::sleep(Duration::from_secs(2));
    };
    assert_eq!(
        missing,
        0,
        "statements lost; the last run's rebalances:\n{}",
        stage_logs(procs)
    );
    assert_eq!(
        claim_versions(&got_claims),
        claim_versions(&want_claims),
        "contested claims differ from the offline linker's; the last run's rebalances:\n{}",
        stage_logs(procs)
    );
    assert!(got_claims == want_claims, "same versions, other contents");

    let count = |recs: Vec<Rec>, id: &dyn Fn(&Rec) -> String| {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for r in &recs {
            *counts.entry(id(r)).or_default() += 1;
        }
        let dupes: usize = counts.values().map(|c| c - 1).sum();
        (counts.len(), dupes)
    };
    let (posts_n, post_dupes) = count(raw(), &|r| r.key.clone());
    let (statements_n, statement_dupes) = count(read_topic(brokers, &tagged_topic), &|r| {
        format!(
            "{}{}",
            r.value["id"].as_str().unwrap(),
            r.value["subject"]["key"]
        )
    });
    let contested = read_topic(brokers, &contested_topic);
    let (versions_n, version_repeats) = count(contested, &|r| {
        format!("{}@{}", r.value["id"], r.value["version"])
    });
    assert_eq!(posts_n, total);
    format!(
        "posts {posts_n} (lost 0, duplicates {post_dupes}); statements {statements_n} \
         (lost 0, duplicates {statement_dupes}); contested versions {versions_n} \
         (re-published with the same content {version_repeats}, with other content 0)"
    )
}

/// [`stage_log`] of each process.
fn stage_logs(procs: &[&Claimwatch]) -> String {
    procs
        .iter()
        .map(|p| stage_log(p))
        .collect::<Vec<_>>()
        .join("\n=== next process ===\n")
}

/// What a stalled stage leaves in the last run's log: its assignments, state
/// reloads, warnings and errors (the first 40), then the log's last 20 lines.
fn stage_log(cw: &Claimwatch) -> String {
    let log = cw.stderr();
    let lines: Vec<&str> = log.lines().collect();
    let events = lines
        .iter()
        .filter(|l| {
            [
                "assign",
                "revoke",
                "restored",
                "reloading",
                "stuck",
                "WARN",
                "ERROR",
            ]
            .iter()
            .any(|w| l.contains(w))
        })
        .take(40)
        .copied();
    let tail = lines[lines.len().saturating_sub(20)..].iter().copied();
    events
        .chain(std::iter::once("..."))
        .chain(tail)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Each stage as its own process (`fetch`, `normalise`, `sink`), each
/// killed with SIGKILL at a random point and restarted while the other two
/// keep running; then the stream finishes.
#[test]
fn kill_9_of_each_stage_process_loses_nothing() {
    let brokers = brokers();
    let prefix = unique_prefix("kill9-stages");
    let total = 450;
    let items: Vec<Item> = (0..total).map(item).collect();
    let server = FeedServer::start(&[("/feed.xml", rss(&items[..50]).into_bytes())]);
    let route = server.route("/feed.xml");
    let grow = |n: usize| *route.body.lock().unwrap() = rss(&items[..n]).into_bytes();
    let base = config_toml(
        Some(&brokers),
        &prefix,
        &[("feed", server.url("/feed.xml"))],
        1,
    );
    // One static member id per stage process.
    let config = |stage: &str| {
        base.replace(
            "[kafka]\n",
            &format!("[kafka]\ninstance_id = \"faults-{stage}\"\n"),
        )
    };
    let stages = ["fetch", "normalise", "sink"];
    let mut procs: Vec<Claimwatch> = stages
        .iter()
        .map(|s| Claimwatch::start(&[s], &config(s)))
        .collect();
    let tagged_topic = format!("{prefix}claims.tagged");
    eventually(Duration::from_secs(90), "the first statements", || {
        !read_topic(&brokers, &tagged_topic).is_empty()
    });
    let mut rng = rand::rng();
    let mut order = stages.to_vec();
    use rand::seq::SliceRandom;
    order.shuffle(&mut rng);
    let mut published = 50;
    let mut kills = Vec::new();
    // The input topic of each consuming stage: it is killed only while it
    // holds its partitions (see `owns_partitions`).
    let input = |stage: &str| match stage {
        "normalise" => Some("posts.raw"),
        "sink" => Some("claims.tagged"),
        _ => None,
    };
    for stage in order {
        let i = stages.iter().position(|s| *s == stage).unwrap();
        if let Some(topic) = input(stage) {
            let p = &procs[i];
            eventually(
                Duration::from_secs(90),
                "the stage holding its partitions",
                || owns_partitions(p, &[topic]),
            );
        }
        published = (published + 100).min(total);
        grow(published);
        let wait = rng.random_range(300..2500);
        std::thread::sleep(Duration::from_millis(wait));
        procs[i].child.kill().unwrap();
        procs[i].child.wait().unwrap();
        kills.push(format!("{stage} after {wait} ms"));
        procs[i] = Claimwatch::start(&[stage], &config(stage));
        // Let the restarted stage get going before the next kill.
        let p = &procs[i];
        eventually(
            Duration::from_secs(90),
            "the restarted stage working",
            || match input(stage) {
                Some(topic) => owns_partitions(p, &[topic]),
                None => p.stderr().contains("fetch stage starting"),
            },
        );
    }
    grow(total);
    let report = verify_stream(&brokers, &prefix, total, &procs.iter().collect::<Vec<_>>());
    for p in &mut procs {
        assert!(p.alive(), "{}", p.stderr());
        assert_eq!(p.terminate(Duration::from_secs(40)), Some(0));
    }
    println!("kill -9 of each stage ({}): {report}", kills.join(", "));
}
