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
#[command(args_conflicts_with_subcommands = true)]
pub struct FeedsArgs {
    #[command(subcommand)]
    action: Option<FeedsAction>,
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

#[derive(Debug, clap::Subcommand)]
enum FeedsAction {
    /// Turn an OPML subscription list (a feed reader's export) into
    /// `[[feeds]]` entries on stdout, to append to the config. Feeds whose URL
    /// the config (--config) already has are left out; ids stay unique.
    Import {
        /// The OPML file.
        file: std::path::PathBuf,
        /// Config whose feeds are already known.
        #[arg(long, short)]
        config: Option<std::path::PathBuf>,
    },
}

/// `claimwatch feeds import`: OPML → TOML on stdout; needs no broker.
fn import(file: &std::path::Path, config: Option<&std::path::Path>) -> anyhow::Result<()> {
    use anyhow::Context;
    let body = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let mut feeds = claimwatch_fetch::opml::feeds_from_opml(&body)
        .with_context(|| format!("reading {} as OPML", file.display()))?;
    let known = match config {
        Some(c) => claimwatch_config::Config::from_file(c)?.feeds,
        None => Vec::new(),
    };
    let urls: std::collections::BTreeSet<&str> = known.iter().map(|f| f.url.as_str()).collect();
    let mut ids: std::collections::BTreeSet<String> = known.iter().map(|f| f.id.clone()).collect();
    feeds.retain(|f| !urls.contains(f.url.as_str()));
    for f in &mut feeds {
        let base = f.id.clone();
        let mut n = 2;
        while !ids.insert(f.id.clone()) {
            f.id = format!("{base}-{n}");
            n += 1;
        }
    }
    #[derive(Serialize)]
    struct Out<'a> {
        feeds: &'a [claimwatch_config::FeedConfig],
    }
    print!(
        "# {} feeds imported from {}\n{}",
        feeds.len(),
        file.display(),
        toml::to_string(&Out { feeds: &feeds })?
    );
    eprintln!("{} feeds imported", feeds.len());
    Ok(())
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
    if let Some(FeedsAction::Import { file, config }) = &args.action {
        return import(file, config.as_deref());
    }
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
