//! `claimwatch tail TOPIC`: a topic for people (or, with `--json`, for
//! scripts), with filters.

use std::time::Duration;

use anyhow::Context;
use claimwatch_bus::rdkafka::consumer::{Consumer, StreamConsumer};
use claimwatch_bus::rdkafka::Message;
use claimwatch_bus::Bus;
use claimwatch_config::Config;
use claimwatch_model::{ContestedClaim, DeadLetter, RawPost, Statement};
use futures::StreamExt;

use crate::Common;

#[derive(Debug, clap::Args)]
pub struct TailArgs {
    /// Topic: a logical name (`claims.contested`) or a full one.
    topic: String,
    #[command(flatten)]
    common: Common,
    /// Start at the oldest record instead of the newest.
    #[arg(long)]
    from_beginning: bool,
    /// Print each record's JSON as it is (one per line).
    #[arg(long)]
    json: bool,
    /// Only statements of this kind (assertion, denial, …).
    #[arg(long)]
    kind: Option<String>,
    /// Only records about this subject key (e.g. `panjshir`).
    #[arg(long)]
    subject: Option<String>,
    /// Only records whose speaker (or a party of a contested claim) contains this text.
    #[arg(long)]
    speaker: Option<String>,
    /// Stop after this many printed records.
    #[arg(long)]
    max: Option<usize>,
    /// Stop after this many seconds without a record.
    #[arg(long)]
    idle_secs: Option<u64>,
    /// Contested claims as a live board: the latest version of each,
    /// redrawn in place with ages (default for claims.contested on a
    /// terminal).
    #[arg(long, conflicts_with = "json")]
    live: bool,
    /// Never the live board: one block per record, as they arrive.
    #[arg(long, conflicts_with = "live")]
    no_live: bool,
}

fn contains(hay: &str, needle: &str) -> bool {
    hay.to_lowercase().contains(&needle.to_lowercase())
}

/// The readable line for a record, or `None` when a filter rejects it.
fn render(args: &TailArgs, payload: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(payload).ok()?;
    let schema = value["schema"].as_str().unwrap_or("");
    let filtered_kind = args.kind.is_some();
    if schema.starts_with("claimwatch.statement.") {
        let s: Statement = serde_json::from_value(value.clone()).ok()?;
        if args.kind.as_deref().is_some_and(|k| k != s.kind.as_str())
            || args.subject.as_deref().is_some_and(|k| k != s.subject.key)
            || args
                .speaker
                .as_deref()
                .is_some_and(|k| !contains(&s.speaker.name, k) && !contains(&s.speaker.party, k))
        {
            return None;
        }
        return Some(if args.json {
            value.to_string()
        } else {
            crate::demo::format_statement(&s)
        });
    }
    if filtered_kind {
        return None;
    }
    if schema.starts_with("claimwatch.contested_claim.") {
        let c: ContestedClaim = serde_json::from_value(value.clone()).ok()?;
        let parties: Vec<&String> = c
            .parties
            .for_claim
            .iter()
            .chain(&c.parties.against)
            .collect();
        if args.subject.as_deref().is_some_and(|k| k != c.subject.key)
            || args
                .speaker
                .as_deref()
                .is_some_and(|k| !parties.iter().any(|p| contains(p, k)))
        {
            return None;
        }
        return Some(if args.json {
            value.to_string()
        } else {
            crate::demo::format_claim(&c)
        });
    }
    if args.subject.is_some() || args.speaker.is_some() {
        return None;
    }
    if args.json {
        return Some(value.to_string());
    }
    if let Ok(p) = serde_json::from_value::<RawPost>(value.clone()) {
        return Some(format!(
            "  post {} [{}] {}",
            p.id,
            p.source.id,
            p.title
                .as_deref()
                .unwrap_or(&p.text.chars().take(100).collect::<String>())
        ));
    }
    if let Ok(d) = serde_json::from_value::<DeadLetter>(value.clone()) {
        return Some(format!(
            "  dead letter [{}/{}] {}",
            d.stage, d.reason, d.error
        ));
    }
    Some(value.to_string())
}

pub async fn run(args: &TailArgs) -> anyhow::Result<()> {
    let config = Config::load(
        args.common.config.as_deref(),
        args.common.brokers.as_deref(),
        args.common.ops_addr.as_deref(),
    )?;
    let brokers = config
        .kafka
        .brokers
        .clone()
        .context("no broker configured: pass --brokers HOST:PORT (for `claimwatch run`'s embedded broker, the bootstrap.servers it printed)")?;
    let topic = if args.topic.starts_with(&config.kafka.topic_prefix) {
        args.topic.clone()
    } else {
        config.topic(&args.topic)
    };
    let bus = Bus::new(&config.kafka, &brokers, "claimwatch/tail");
    let mut c = bus.client_config();
    c.set(
        "group.id",
        format!("{}-tail-{}", config.kafka.group_prefix, std::process::id()),
    )
    .set("enable.auto.commit", "false")
    .set(
        "auto.offset.reset",
        if args.from_beginning {
            "earliest"
        } else {
            "latest"
        },
    );
    let consumer: StreamConsumer = c
        .create()
        .map_err(claimwatch_bus::BusError::client)
        .context("creating the consumer")?;
    consumer
        .subscribe(&[&topic])
        .with_context(|| format!("subscribing to {topic}"))?;
    let live = args.live
        || (topic.ends_with("claims.contested")
            && !args.json
            && !args.no_live
            && std::io::IsTerminal::is_terminal(&std::io::stdout()));
    let mut board = crate::board::Board::default();
    let mut redraw = tokio::time::interval(Duration::from_secs(5));
    let mut stream = consumer.stream();
    let mut printed = 0;
    let idle = args
        .idle_secs
        .map(Duration::from_secs)
        // (No limit: a century, which any clock can add.)
        .unwrap_or(Duration::from_secs(100 * 365 * 24 * 3600));
    // Idle means no record for `idle` since the last one: a redraw of the
    // board does not restart the wait (it used to, so `--live --idle-secs 5`
    // could redraw every 5 s and never stop).
    let mut last_record = tokio::time::Instant::now();
    loop {
        let idle_until = last_record + idle;
        let next = tokio::select! {
            _ = tokio::signal::ctrl_c() => break,
            _ = redraw.tick(), if live && board.len() > 0 => {
                // Ages move on even when nothing arrives.
                print!("{}{}", crate::board::CLEAR, board.render(chrono::Utc::now(), 20));
                continue;
            }
            _ = tokio::time::sleep_until(idle_until) => break,
            n = stream.next() => n,
        };
        let msg = match next {
            None => break,
            Some(Err(e)) => {
                tracing::warn!(error = %e, "consumer error");
                continue;
            }
            Some(Ok(m)) => m,
        };
        last_record = tokio::time::Instant::now();
        let payload = msg.payload().unwrap_or_default();
        if live {
            if render(args, payload).is_some() {
                if let Ok(c) = serde_json::from_slice::<ContestedClaim>(payload) {
                    if board.update(c) {
                        print!(
                            "{}{}",
                            crate::board::CLEAR,
                            board.render(chrono::Utc::now(), 20)
                        );
                        printed += 1;
                    }
                }
            }
            if args.max.is_some_and(|m| printed >= m) {
                break;
            }
            continue;
        }
        if let Some(line) = render(args, payload) {
            println!("{line}");
            printed += 1;
            if args.max.is_some_and(|m| printed >= m) {
                break;
            }
        }
    }
    Ok(())
}
