//! `claimwatch feeds`: the health of every configured source, from the
//! fetcher's durable state (`fetch.state`), as a table or JSON lines.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use claimwatch_bus::Topics;
use claimwatch_fetch::FeedState;
use serde::Serialize;

use crate::admin_cmd::{bus, load};
use crate::Common;

#[derive(Debug, clap::Args)]
pub struct FeedsArgs {
    #[command(flatten)]
    common: Common,
    /// One JSON object per source instead of a table.
    #[arg(long)]
    json: bool,
    /// Only sources that are failing or were never polled.
    #[arg(long)]
    unhealthy: bool,
    /// Exit 1 when any source is unhealthy (for monitoring scripts).
    #[arg(long)]
    fail_on_unhealthy: bool,
}

/// One row of the table.
#[derive(Debug, Serialize)]
struct Row {
    id: String,
    kind: String,
    /// `ok`, `failing` (1–2 consecutive failures), `unhealthy` (3 or more)
    /// or `never_polled` (no state stored yet).
    health: &'static str,
    consecutive_failures: u32,
    last_success: Option<DateTime<Utc>>,
    last_error_class: Option<String>,
    last_error: Option<String>,
    /// Seconds the server asked us to wait (Retry-After, rate-limit reset).
    retry_after_secs: Option<u64>,
    seen_ids: usize,
    cursor: Option<String>,
    url: String,
}

fn health(state: Option<&FeedState>) -> &'static str {
    match state {
        None => "never_polled",
        Some(s) if s.consecutive_failures == 0 => "ok",
        Some(s) if s.healthy() => "failing",
        Some(_) => "unhealthy",
    }
}

fn age(t: Option<DateTime<Utc>>, now: DateTime<Utc>) -> String {
    let Some(t) = t else {
        return "never".into();
    };
    let s = (now - t).num_seconds().max(0);
    match s {
        0..=119 => format!("{s}s ago"),
        120..=7199 => format!("{}m ago", s / 60),
        7200..=172_799 => format!("{}h ago", s / 3600),
        _ => format!("{}d ago", s / 86400),
    }
}

pub async fn run(args: &FeedsArgs) -> anyhow::Result<()> {
    let config = load(&args.common)?;
    let bus = bus(&config, "claimwatch/feeds")?;
    let topics = Topics::new(&config);
    let mut states: HashMap<String, FeedState> = HashMap::new();
    for (key, bytes) in bus.read_latest_by_key(&topics.fetch_state, None).await? {
        if let Ok(s) = serde_json::from_slice::<FeedState>(&bytes) {
            states.insert(key, s);
        }
    }
    let rows: Vec<Row> = config
        .feeds
        .iter()
        .map(|f| {
            let st = states.get(&f.id);
            Row {
                id: f.id.clone(),
                kind: f.kind.clone(),
                health: health(st),
                consecutive_failures: st.map_or(0, |s| s.consecutive_failures),
                last_success: st.and_then(|s| s.last_success),
                last_error_class: st.and_then(|s| s.last_error_class.clone()),
                last_error: st.and_then(|s| s.last_error.clone()),
                retry_after_secs: st.and_then(|s| s.retry_after_secs),
                seen_ids: st.map_or(0, |s| s.seen.len()),
                cursor: st.and_then(|s| s.cursor.clone()),
                url: f.url.clone(),
            }
        })
        .filter(|r| !args.unhealthy || r.health != "ok")
        .collect();
    let now = Utc::now();
    if args.json {
        for r in &rows {
            println!("{}", serde_json::to_string(r)?);
        }
    } else {
        let w = rows.iter().map(|r| r.id.len()).max().unwrap_or(2).max(2);
        println!(
            "{:<w$}  {:<8}  {:<12}  {:>5}  {:<10}  {:<16}  ERROR",
            "ID", "KIND", "HEALTH", "FAILS", "SUCCESS", "CLASS"
        );
        for r in &rows {
            let error = r
                .last_error
                .as_deref()
                .filter(|_| r.health != "ok")
                .unwrap_or("");
            println!(
                "{:<w$}  {:<8}  {:<12}  {:>5}  {:<10}  {:<16}  {}",
                r.id,
                r.kind,
                r.health,
                r.consecutive_failures,
                age(r.last_success, now),
                r.last_error_class
                    .as_deref()
                    .filter(|_| r.health != "ok")
                    .unwrap_or("-"),
                error.chars().take(80).collect::<String>()
            );
        }
        let unhealthy = rows.iter().filter(|r| r.health == "unhealthy").count();
        println!(
            "{} sources: {} ok, {} failing, {} unhealthy, {} never polled",
            rows.len(),
            rows.iter().filter(|r| r.health == "ok").count(),
            rows.iter().filter(|r| r.health == "failing").count(),
            unhealthy,
            rows.iter().filter(|r| r.health == "never_polled").count(),
        );
    }
    if args.fail_on_unhealthy && rows.iter().any(|r| r.health == "unhealthy") {
        anyhow::bail!("unhealthy sources");
    }
    Ok(())
}
