//! End-to-end latency of the contested-claim stream on the real broker:
//! statements are produced to `claims.tagged` at a fixed rate (default
//! 1,000/s) while a `claimwatch sink` process (release build) links them;
//! a reader of `claims.contested` notes when each statement first appears
//! in a contested record. Latency = that moment − the moment the statement
//! was handed to the producer (same clock, one machine).
//!
//!     cargo bench -p claimwatch-e2e --bench latency
//!
//! Environment: `CLAIMWATCH_TEST_BROKERS` (else a Tansu is started in a
//! temporary directory, with its memory engine or, with
//! `LATENCY_STORAGE=sqlite`, its sqlite engine), `LATENCY_RATE` (statements/s,
//! default 1000), `LATENCY_ROUNDS` (default 3) and `LATENCY_ROUND_SECS`
//! (default 10).
//!
//! Only statements that change a contested claim when they arrive are
//! timed (each subject gets a claim, then its denial, then a repeat of the
//! claim by a third party: the denial opens the contested claim, the
//! repeat joins it). The first claim of a subject is not timed: it waits,
//! by design, for a denial.

use std::collections::HashMap;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use claimwatch_e2e::*;
use claimwatch_model::{Author, RawPost, SourceRef, Statement, RAW_POST_SCHEMA};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::Message;
use rdkafka::producer::{BaseRecord, DefaultProducerContext, Producer, ThreadedProducer};
use rdkafka::{Offset, TopicPartitionList};

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Statements of `n` subjects starting at `first`: (statement, timed?).
fn statements(first: usize, n: usize) -> Vec<(Statement, bool)> {
    let base = Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap();
    let mut out = Vec::new();
    for k in first..first + n {
        let place = format!("Velda{k}");
        let texts = [
            format!("Amber Coalition spokesperson Mara Ilves said that {place} was completely captured."),
            format!("The Cedar Council denied the Amber Coalition's claim that {place} had fallen, calling it false."),
            format!("A Birch Front commander told reporters that {place} had fallen."),
        ];
        for (j, text) in texts.into_iter().enumerate() {
            let post = RawPost {
                schema: RAW_POST_SCHEMA.into(),
                id: format!("lat-{k}-{j}"),
                source: SourceRef {
                    id: format!("outlet-{j}"),
                    kind: "rss".into(),
                    url: "http://127.0.0.1/feed".into(),
                },
                platform: "web".into(),
                url: None,
                guid: None,
                author: Author::default(),
                title: None,
                text,
                language: None,
                published_at: base + chrono::Duration::seconds((k * 3 + j) as i64),
                fetched_at: base,
                first_person: false,
                tags: vec![],
                references: vec![],
                counts: Default::default(),
            };
            for s in claimwatch_extract::extract_post(&post) {
                out.push((s, j > 0));
            }
        }
    }
    out
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else to parse.
    let rate: u64 = env_or("LATENCY_RATE", 1000);
    let rounds: usize = env_or("LATENCY_ROUNDS", 3);
    let round_secs: u64 = env_or("LATENCY_ROUND_SECS", 10);

    // The release binary, next to this bench's own directory.
    let status = std::process::Command::new(std::env::var("CARGO").unwrap_or("cargo".into()))
        .args(["build", "--release", "-p", "claimwatch"])
        .status()
        .expect("cargo build");
    assert!(status.success());
    let bin = repo_root().join("target/release/claimwatch");
    let bin = std::env::var("CARGO_TARGET_DIR")
        .map(|d| std::path::PathBuf::from(d).join("release/claimwatch"))
        .unwrap_or(bin);
    std::env::set_var("CLAIMWATCH_BIN", &bin);

    // A broker of our own unless one is given: Tansu's memory engine by
    // default (`LATENCY_STORAGE=sqlite` for its durable engine).
    let own_dir = tempfile::tempdir().unwrap();
    let (brokers, _own_broker) = match std::env::var("CLAIMWATCH_TEST_BROKERS") {
        Ok(b) if !b.is_empty() => (b, None),
        _ => {
            let port = free_port();
            let storage = match std::env::var("LATENCY_STORAGE").as_deref() {
                Ok("sqlite") => "sqlite://tansu.db",
                _ => "memory://tansu/",
            };
            let guard = start_tansu_with(own_dir.path(), port, storage);
            println!("started tansu --storage-engine {storage}");
            (format!("127.0.0.1:{port}"), Some(guard))
        }
    };
    let prefix = unique_prefix("latency");
    let config = format!(
        "[kafka]\nbrokers = \"{brokers}\"\ntopic_prefix = \"{prefix}\"\ngroup_prefix = \"{}\"\npartitions = 3\n{}",
        prefix.trim_end_matches('.'),
        std::env::var("LATENCY_EXTRA_CONFIG").unwrap_or_default().replace("\\n", "\n")
    );
    let mut sink = Claimwatch::start(&["sink"], &config);
    eventually(Duration::from_secs(60), "the sink's partitions", || {
        sink.stderr().contains("Assigned(")
    });

    let tagged = format!("{prefix}claims.tagged");
    let contested = format!("{prefix}claims.contested");
    let producer: ThreadedProducer<DefaultProducerContext> = ClientConfig::new()
        .set("bootstrap.servers", &brokers)
        .set("linger.ms", "1")
        .create()
        .unwrap();

    // The reader: first appearance of each statement id in a contested record.
    let (seen_tx, seen_rx) = mpsc::channel::<(String, Instant)>();
    let reader: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &brokers)
        .set("group.id", format!("{prefix}latency-reader"))
        .set("enable.auto.commit", "false")
        .set("fetch.wait.max.ms", "5")
        .create()
        .unwrap();
    let mut tpl = TopicPartitionList::new();
    for p in 0..3 {
        tpl.add_partition_offset(&contested, p, Offset::Beginning)
            .unwrap();
    }
    reader.assign(&tpl).unwrap();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let reader_stop = stop.clone();
    let reader_thread = std::thread::spawn(move || {
        let mut known = std::collections::HashSet::new();
        while !reader_stop.load(std::sync::atomic::Ordering::Relaxed) {
            let Some(Ok(m)) = reader.poll(Duration::from_millis(50)) else {
                continue;
            };
            let now = Instant::now();
            let Ok(c) = serde_json::from_slice::<claimwatch_model::ContestedClaim>(
                m.payload().unwrap_or_default(),
            ) else {
                continue;
            };
            for member in c.assertions.iter().chain(&c.denials) {
                if known.insert(member.statement_id.clone()) {
                    let _ = seen_tx.send((member.statement_id.clone(), now));
                }
            }
        }
    });

    let send = |batch: &[(Statement, bool)], sent: &mut HashMap<String, Instant>| {
        let interval = Duration::from_secs_f64(1.0 / rate as f64);
        let start = Instant::now();
        for (i, (s, timed)) in batch.iter().enumerate() {
            let due = start + interval * i as u32;
            if let Some(wait) = due.checked_duration_since(Instant::now()) {
                std::thread::sleep(wait);
            }
            let payload = serde_json::to_vec(s).unwrap();
            let mut record = BaseRecord::to(&tagged)
                .key(&s.subject.key)
                .payload(&payload);
            loop {
                match producer.send(record) {
                    Ok(()) => break,
                    Err((_, r)) => {
                        record = r;
                        std::thread::sleep(Duration::from_millis(1));
                    }
                }
            }
            if *timed {
                sent.insert(s.id.clone(), Instant::now());
            }
        }
        start.elapsed()
    };

    // Warm-up: a few subjects, until their claims come back.
    let mut sent = HashMap::new();
    let warm = statements(0, 50);
    send(&warm, &mut sent);
    let mut seen: HashMap<String, Instant> = HashMap::new();
    let warm_deadline = Instant::now() + Duration::from_secs(60);
    while sent.keys().any(|k| !seen.contains_key(k)) && Instant::now() < warm_deadline {
        if let Ok((id, at)) = seen_rx.recv_timeout(Duration::from_millis(100)) {
            seen.insert(id, at);
        }
    }
    assert!(
        sent.keys().all(|k| seen.contains_key(k)),
        "warm-up statements never reached claims.contested"
    );

    println!(
        "latency: statement produced to claims.tagged -> first contested record containing it"
    );
    println!("broker {brokers}, {rate} statements/s, {rounds} rounds of {round_secs} s");
    let mut next_subject = 50;
    let mut p50s = Vec::new();
    let mut p99s = Vec::new();
    for round in 1..=rounds {
        let per_round = (rate * round_secs) as usize;
        // About 3 statements per subject.
        let mut batch = statements(next_subject, per_round / 3 + 1);
        batch.truncate(per_round);
        next_subject += per_round / 3 + 1;
        let mut sent = HashMap::new();
        let took = send(&batch, &mut sent);
        let _ = producer.flush(Duration::from_secs(30));
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut latencies = Vec::new();
        let mut pending: HashMap<String, Instant> = sent;
        while !pending.is_empty() && Instant::now() < deadline {
            if let Ok((id, at)) = seen_rx.recv_timeout(Duration::from_millis(100)) {
                if let Some(t) = pending.remove(&id) {
                    latencies.push(at.saturating_duration_since(t));
                }
            }
        }
        latencies.sort();
        let achieved = batch.len() as f64 / took.as_secs_f64();
        let (p50, p90, p99) = (
            percentile(&latencies, 0.5),
            percentile(&latencies, 0.9),
            percentile(&latencies, 0.99),
        );
        println!(
            "round {round}: {} statements at {achieved:.0}/s, {} timed, {} not seen in 30 s; p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            batch.len(),
            latencies.len(),
            pending.len(),
            ms(p50),
            ms(p90),
            ms(p99),
            ms(*latencies.last().unwrap()),
        );
        p50s.push(p50);
        p99s.push(p99);
    }
    p50s.sort();
    p99s.sort();
    println!(
        "median over rounds: p50 {:.1} ms, p99 {:.1} ms",
        ms(p50s[p50s.len() / 2]),
        ms(p99s[p99s.len() / 2])
    );
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = reader_thread.join();
    sink.terminate(Duration::from_secs(30));
    if std::env::var_os("LATENCY_VERBOSE").is_some() {
        eprintln!("{}", sink.stderr());
    }
}
