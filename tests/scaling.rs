//! Two sink instances in one consumer group, with partitions moving between
//! them mid-stream, publish exactly the contested claims that the linker
//! computes offline from `claims.tagged` (one partition at a time, in offset
//! order): no version lost, none doubled with different contents.

use std::collections::BTreeSet;
use std::time::Duration;

use claimwatch_e2e::*;

const PLACES: &[(&str, &str, &str)] = &[
    ("Port Velda", "Amber Coalition", "Cedar Council"),
    ("Sella", "Birch Front", "Dune Assembly"),
    ("Aster", "Copper League", "Elm Council"),
    ("Marrow Bay", "Delta Movement", "Fern Assembly"),
    ("Tiran", "Ember Alliance", "Grove Council"),
    ("Oskar Valley", "Flint Coalition", "Harbor Assembly"),
];

fn item(i: usize) -> Item {
    let (place, claimant, denier) = PLACES[i % PLACES.len()];
    let round = i / PLACES.len();
    let body = match round % 3 {
        0 => format!(
            "{claimant} spokesperson Mara Ilves said that {place} was completely captured on day {round}."
        ),
        1 => format!(
            "The {denier} denied the {claimant}'s claim that {place} had fallen, calling it baseless."
        ),
        // No subject: the sink files it under the claimant's latest claim.
        _ => format!("The {denier} rejected the {claimant}'s claims as lies."),
    };
    Item::new(
        &format!("item-{i}"),
        &format!("Dispatch {i}"),
        &body,
        i as i64,
    )
}

#[test]
fn two_sinks_with_moving_partitions_publish_what_one_linker_computes() {
    let brokers = brokers();
    let prefix = unique_prefix("scale");
    let total = 90;
    let items: Vec<Item> = (0..total).map(item).collect();
    let server = FeedServer::start(&[("/feed.xml", rss(&items[..20]).into_bytes())]);
    let route = server.route("/feed.xml");
    let grow = |n: usize| *route.body.lock().unwrap() = rss(&items[..n]).into_bytes();
    let config = config_toml(
        Some(&brokers),
        &prefix,
        &[("feed", server.url("/feed.xml"))],
        1,
    );
    let tagged = format!("{prefix}claims.tagged");
    let contested = format!("{prefix}claims.contested");
    // Instance A runs every stage; instance B only the sink, in A's group.
    let mut a = Claimwatch::start(&["run"], &config);
    eventually(Duration::from_secs(60), "first contested claims", || {
        !read_topic(&brokers, &contested).is_empty()
    });
    let mut b = Claimwatch::start(&["sink"], &config);
    eventually(Duration::from_secs(60), "B to join the group", || {
        b.stderr().contains("partition assignment changed")
    });
    grow(50);
    eventually(
        Duration::from_secs(60),
        "statements of the second batch",
        || read_topic(&brokers, &tagged).len() >= 50,
    );
    // B leaves mid-stream: A takes its partitions over.
    assert_eq!(
        b.terminate(Duration::from_secs(40)),
        Some(0),
        "{}",
        b.stderr()
    );
    grow(total);
    // Wait for the stream to settle, then compare (with a readable diff).
    let deadline = std::time::Instant::now() + Duration::from_secs(120);
    let (got, want) = loop {
        let t = read_topic(&brokers, &tagged);
        let posts: BTreeSet<String> = t
            .iter()
            .filter_map(|r| r.value["post_id"].as_str().map(str::to_string))
            .collect();
        let got = published_contested(&read_topic(&brokers, &contested));
        let want = offline_contested(&t);
        if (posts.len() >= total && got == want) || std::time::Instant::now() > deadline {
            break (got, want);
        }
        std::thread::sleep(Duration::from_secs(2));
    };
    if got != want {
        // The fields that differ in the first differing claim.
        let differing: Vec<String> = want
            .iter()
            .filter(|(k, v)| got.get(*k) != Some(v))
            .take(1)
            .flat_map(|(k, v)| {
                let g = got.get(k).cloned().unwrap_or_default();
                v.as_object()
                    .into_iter()
                    .flatten()
                    .filter(|(f, x)| g.get(f.as_str()) != Some(x))
                    .map(|(f, x)| format!("{k}.{f}: expected {x}\n got {}", g[f.as_str()]))
                    .collect::<Vec<_>>()
            })
            .collect();
        panic!(
            "published versions {:?}\nexpected versions {:?}\nfirst difference {}\nA: {}",
            claim_versions(&got),
            claim_versions(&want),
            differing.join("\n"),
            a.stderr()
                .lines()
                .filter(|l| l.contains("assignment") || l.contains("restored"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    let claims = published_contested(&read_topic(&brokers, &contested));
    assert!(claims.len() >= PLACES.len(), "{claims:#?}");
    assert!(
        claims
            .values()
            .all(|c| !c["denials"].as_array().unwrap().is_empty()),
        "every place's claim is contested"
    );
    assert!(
        a.stderr()
            .contains("reloading linker state after assignment"),
        "A rebuilt its state when B's partitions moved to it"
    );
    assert_eq!(a.terminate(Duration::from_secs(40)), Some(0));
}
