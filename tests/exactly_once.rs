//! Exactly-once mode (`[kafka] delivery = "exactly_once"`) against
//! librdkafka's mock cluster, which implements the transaction protocol
//! (Tansu has no transactions). The mock is a protocol peer only: it does
//! not hide aborted records from `read_committed` readers and does not keep
//! offsets committed inside transactions, so what these tests prove is that
//! the stages drive transactions correctly — begin, produce, send offsets,
//! commit; abort, rewind and redo when the broker refuses a commit — not
//! the broker's side of the guarantee.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use claimwatch_e2e::*;
use rdkafka::mocking::MockCluster;
use rdkafka::producer::DefaultProducerContext;
use rdkafka::types::{RDKafkaApiKey, RDKafkaRespErr};

const TOPICS: [&str; 6] = [
    "posts.raw",
    "claims.tagged",
    "claims.contested",
    "dlq",
    "fetch.state",
    "link.state",
];

fn mock_cluster(prefix: &str) -> MockCluster<'static, DefaultProducerContext> {
    let cluster = MockCluster::new(1).unwrap();
    for t in TOPICS {
        cluster.create_topic(&format!("{prefix}{t}"), 2, 1).unwrap();
    }
    cluster
}

/// A feed with the seed article and `n` more posts that each yield
/// statements.
fn feed(n: usize) -> String {
    let mut items = vec![Item::new(
        "panjshir-1",
        "Taliban claims victory in Panjshir; Northern Alliance denies",
        SEED_ARTICLE,
        0,
    )];
    for i in 0..n {
        items.push(Item::new(
            &format!("wire-{i}"),
            &format!("Ministry statement {i}"),
            &format!("The interior ministry said on Monday that checkpoint {i} near Kandahar had been captured by government forces."),
            i as i64 + 1,
        ));
    }
    rss(&items)
}

fn exactly_once_config(brokers: &str, prefix: &str, feed_url: String) -> String {
    config_toml(Some(brokers), prefix, &[("wire", feed_url)], 1)
        // The topics exist: the mock cluster does not answer CreateTopics.
        .replacen(
            "[kafka]\n",
            "[kafka]\ndelivery = \"exactly_once\"\ncreate_topics = false\n",
            1,
        )
}

/// Statement ids on claims.tagged, with how often each was published and
/// whether every copy of an id has the same content.
fn tagged_ids(brokers: &str, prefix: &str) -> BTreeMap<String, usize> {
    let mut contents: BTreeMap<String, &serde_json::Value> = BTreeMap::new();
    let recs = read_topic(brokers, &format!("{prefix}claims.tagged"));
    let mut counts = BTreeMap::new();
    for r in &recs {
        let id = r.value["id"].as_str().unwrap().to_string();
        if let Some(prev) = contents.get(&id) {
            assert_eq!(
                *prev, &r.value,
                "statement {id} published with two contents"
            );
        }
        contents.insert(id.clone(), &r.value);
        *counts.entry(id).or_default() += 1;
    }
    counts
}

/// The sum of a counter's series whose labels include all of `labels`
/// (`("stage", "sink")`, …).
fn counter(metrics: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    metrics
        .lines()
        .filter(|l| l.starts_with(&format!("{name}{{")))
        .filter(|l| {
            labels
                .iter()
                .all(|(k, v)| l.contains(&format!("{k}=\"{v}\"")))
        })
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

/// `claimwatch_transactions_total` of one stage and outcome.
fn transactions(metrics: &str, stage: &str, outcome: &str) -> f64 {
    counter(
        metrics,
        "claimwatch_transactions_total",
        &[("stage", stage), ("outcome", outcome)],
    )
}

/// Records a stage has handled, counting each redo again.
fn consumed(metrics: &str, stage: &str) -> f64 {
    counter(
        metrics,
        "claimwatch_records_consumed_total",
        &[("stage", stage)],
    )
}

fn wait_for_contested_panjshir(
    cw: &mut Claimwatch,
    brokers: &str,
    prefix: &str,
) -> serde_json::Value {
    let topic = format!("{prefix}claims.contested");
    let end = std::time::Instant::now() + Duration::from_secs(90);
    while std::time::Instant::now() < end && cw.alive() {
        let latest = published_contested(&read_topic(brokers, &topic));
        if let Some(c) = latest.values().find(|c| c["subject"]["key"] == "panjshir") {
            return c.clone();
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    panic!(
        "no contested claim about panjshir; claimwatch log:\n{}",
        cw.stderr()
    );
}

/// A mock cluster (prepared by `prepare`, e.g. with injected errors), a feed
/// of the seed article and `n` more posts, and `claimwatch run` on them in
/// exactly-once mode with its ops address.
struct Run {
    _cluster: MockCluster<'static, DefaultProducerContext>,
    _server: FeedServer,
    brokers: String,
    cw: Claimwatch,
    addr: String,
}

fn start(
    prefix: &str,
    n: usize,
    prepare: impl FnOnce(&MockCluster<'static, DefaultProducerContext>),
) -> Run {
    let cluster = mock_cluster(prefix);
    prepare(&cluster);
    let brokers = cluster.bootstrap_servers();
    let server = FeedServer::start(&[("/wire.xml", feed(n).into_bytes())]);
    let config = exactly_once_config(&brokers, prefix, server.url("/wire.xml"));
    let cw = Claimwatch::start(&["run", "--ops-addr", "127.0.0.1:0"], &config);
    let addr = cw.wait_ops_addr();
    Run {
        _cluster: cluster,
        _server: server,
        brokers,
        cw,
        addr,
    }
}

#[test]
fn stages_commit_outputs_and_offsets_in_transactions() {
    let prefix = unique_prefix("eos");
    let Run {
        brokers,
        mut cw,
        addr,
        // Bound, so that the mock cluster and the feed outlive the test.
        _cluster: _keep_cluster,
        _server: _keep_server,
    } = start(&prefix, 30, |_| {});

    let claim = wait_for_contested_panjshir(&mut cw, &brokers, &prefix);
    let posts = read_topic(&brokers, &format!("{prefix}posts.raw"));
    assert_eq!(posts.len(), 31, "every post published once");
    let expected = offline_statement_ids(&posts);
    eventually(
        Duration::from_secs(60),
        "every statement on claims.tagged",
        || {
            let ids: BTreeSet<String> = tagged_ids(&brokers, &prefix).into_keys().collect();
            expected.is_subset(&ids)
        },
    );
    let ids = tagged_ids(&brokers, &prefix);
    let doubled: Vec<_> = ids.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        doubled.is_empty(),
        "statements published twice: {doubled:?}"
    );
    assert!(claim["denials"].as_array().is_some_and(|d| !d.is_empty()));

    let (_, text) = http_get(&addr, "/metrics").unwrap();
    for stage in ["normalise", "sink"] {
        assert!(
            transactions(&text, stage, "committed") >= 1.0,
            "no committed {stage} transaction in:\n{text}"
        );
        assert_eq!(transactions(&text, stage, "aborted"), 0.0, "{text}");
    }
    assert!(cw.alive());
    assert_eq!(cw.terminate(Duration::from_secs(30)), Some(0));
    let log = cw.stderr();
    assert!(log.contains("exactly-once mode"), "{log}");
}

#[test]
fn a_refused_commit_aborts_and_the_batch_is_redone() {
    let prefix = unique_prefix("eos-abort");
    // The first commits' offsets are refused: an abortable transaction
    // error for whichever stage commits first.
    let Run {
        brokers,
        mut cw,
        addr,
        // Bound, so that the mock cluster and the feed outlive the test.
        _cluster: _keep_cluster,
        _server: _keep_server,
    } = start(&prefix, 5, |cluster| {
        cluster.request_errors(
            RDKafkaApiKey::TxnOffsetCommit,
            &[RDKafkaRespErr::RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED; 2],
        )
    });

    let claim = wait_for_contested_panjshir(&mut cw, &brokers, &prefix);
    let posts = read_topic(&brokers, &format!("{prefix}posts.raw"));
    let expected = offline_statement_ids(&posts);
    eventually(
        Duration::from_secs(60),
        "every statement on claims.tagged",
        || {
            let ids: BTreeSet<String> = tagged_ids(&brokers, &prefix).into_keys().collect();
            expected.is_subset(&ids)
        },
    );
    assert!(claim["denials"].as_array().is_some_and(|d| !d.is_empty()));
    tagged_ids(&brokers, &prefix); // every copy of an id has one content
                                   // Which stage's commit is refused depends on which commits first (both
                                   // commit 100 ms after their batch's first record), and an aborted
                                   // batch's records may or may not have reached the log before the abort
                                   // purged them, so neither a second copy on claims.tagged nor the
                                   // stage are certain. What is certain: a stage that aborted handles the
                                   // records of the aborted batch a second time, so it ends up having
                                   // handled more records than its input topic holds. Without the rewind
                                   // it would have handled each exactly once.
    let metrics = || http_get(&addr, "/metrics").unwrap().1;
    let text = metrics();
    let aborted_normalise = transactions(&text, "normalise", "aborted");
    let aborted_sink = transactions(&text, "sink", "aborted");
    assert!(
        aborted_normalise + aborted_sink >= 1.0,
        "no aborted transaction counted:\n{text}"
    );
    let inputs = |topic: &str| read_topic(&brokers, &format!("{prefix}{topic}")).len() as f64;
    if aborted_normalise >= 1.0 {
        eventually(
            Duration::from_secs(30),
            "normalise to handle the aborted batch again",
            || consumed(&metrics(), "normalise") > inputs("posts.raw"),
        );
    }
    if aborted_sink >= 1.0 {
        eventually(
            Duration::from_secs(30),
            "sink to handle the aborted batch again",
            || consumed(&metrics(), "sink") > inputs("claims.tagged"),
        );
    }
    let log = cw.stderr();
    assert!(
        log.contains("transaction aborted; redoing its records"),
        "{log}"
    );
    assert!(cw.alive(), "an abortable error must not stop the stage");
    assert_eq!(cw.terminate(Duration::from_secs(30)), Some(0));
}
