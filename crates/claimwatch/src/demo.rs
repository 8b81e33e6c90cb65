//! `claimwatch demo`: bundled sample feeds on a loopback port, the whole
//! pipeline on an embedded broker, and a readable live view.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use claimwatch_bus::rdkafka::consumer::Consumer;
use claimwatch_bus::rdkafka::Message;
use claimwatch_bus::{Bus, Topics};
use claimwatch_config::{Config, FeedConfig};
use claimwatch_model::{ContestedClaim, Statement};
use claimwatch_pipeline::CancellationToken;
use futures::StreamExt;
use serde::Deserialize;

use crate::pipeline::{brokers_or_embedded, cancel_on_signals, start, Stages};

#[derive(Debug, Clone, clap::Args)]
pub struct DemoArgs {
    /// Loopback port for the sample feeds (0: any free port).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Stop after this many seconds (default: run until Ctrl-C).
    #[arg(long)]
    duration_secs: Option<u64>,
    /// Kafka bootstrap servers; default: an embedded in-memory broker.
    #[arg(long)]
    brokers: Option<String>,
}

#[derive(Debug, Deserialize)]
struct DemoFile {
    feed: Vec<DemoFeed>,
}

#[derive(Debug, Deserialize)]
struct DemoFeed {
    id: String,
    title: String,
    item: Vec<DemoItem>,
}

#[derive(Debug, Deserialize)]
struct DemoItem {
    guid: String,
    title: String,
    body: Option<String>,
    body_file: Option<String>,
    delay_secs: u64,
}

const FEEDS: &str = include_str!("../demo/feeds.toml");
const BODY_FILES: &[(&str, &str)] = &[(
    "panjshir-article.txt",
    include_str!("../demo/panjshir-article.txt"),
)];

/// The sample feeds and the time the demo started (items appear over time).
struct Served {
    feeds: BTreeMap<String, DemoFeed>,
    started: Instant,
    base: chrono::DateTime<chrono::Utc>,
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn render(feed: &DemoFeed, served: &Served, addr: &str) -> String {
    let elapsed = served.started.elapsed().as_secs();
    let mut items = String::new();
    for (i, item) in feed
        .item
        .iter()
        .enumerate()
        .filter(|(_, it)| it.delay_secs <= elapsed)
    {
        let body = match (&item.body, &item.body_file) {
            (Some(b), _) => b.clone(),
            (None, Some(f)) => BODY_FILES
                .iter()
                .find(|(n, _)| n == f)
                .map(|(_, b)| b.to_string())
                .unwrap_or_default(),
            (None, None) => String::new(),
        };
        let html: String = body
            .split("\n\n")
            .map(|p| format!("<p>{}</p>", escape(p.trim())))
            .collect();
        let date = (served.base + chrono::Duration::seconds(item.delay_secs as i64 + i as i64))
            .to_rfc2822();
        items.push_str(&format!(
            "<item><title>{}</title><link>http://{addr}/{}/{}</link><guid>{}</guid><pubDate>{date}</pubDate><description>{}</description></item>\n",
            escape(&item.title),
            feed.id,
            item.guid,
            item.guid,
            escape(&html)
        ));
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>{}</title><link>http://{addr}/</link><description>claimwatch demo feed</description>\n{items}</channel></rss>\n",
        escape(&feed.title)
    )
}

async fn feed_handler(
    State((served, addr)): State<(Arc<Served>, String)>,
    Path(name): Path<String>,
    headers: HeaderMap,
) -> Response {
    let id = name.trim_end_matches(".xml");
    let Some(feed) = served.feeds.get(id) else {
        return (StatusCode::NOT_FOUND, "no such feed").into_response();
    };
    let body = render(feed, &served, &addr);
    let etag = format!(
        "\"{:x}\"",
        body.len() as u64 * 31 + body.bytes().map(u64::from).sum::<u64>()
    );
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        == Some(etag.as_str())
    {
        return StatusCode::NOT_MODIFIED.into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "application/rss+xml; charset=utf-8"),
            (header::ETAG, etag.as_str()),
        ],
        body,
    )
        .into_response()
}

pub async fn run(args: &DemoArgs) -> anyhow::Result<()> {
    let file: DemoFile = toml::from_str(FEEDS).context("bundled demo feeds are invalid")?;
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], args.port)))
        .await
        .with_context(|| format!("cannot listen on 127.0.0.1:{}", args.port))?;
    let addr = listener.local_addr()?.to_string();
    let mut config = Config::default();
    config.kafka.brokers = args
        .brokers
        .clone()
        .or_else(|| std::env::var(claimwatch_config::ENV_BROKERS).ok());
    config.fetch.per_host_requests_per_sec = 20;
    // The demo's feeds are served on loopback, which the SSRF guard
    // refuses unless allowed.
    config.fetch.allowed_networks = vec!["127.0.0.0/8".into()];
    config.feeds = file
        .feed
        .iter()
        .map(|f| FeedConfig {
            poll_interval_secs: Some(2),
            tags: vec!["demo".into()],
            ..FeedConfig::new(&f.id, &format!("http://{addr}/feeds/{}.xml", f.id), "rss")
        })
        .collect();
    let served = Arc::new(Served {
        feeds: file.feed.into_iter().map(|f| (f.id.clone(), f)).collect(),
        started: Instant::now(),
        base: chrono::Utc::now() - chrono::Duration::minutes(30),
    });
    let app = axum::Router::new()
        .route("/feeds/{name}", get(feed_handler))
        .with_state((served, addr.clone()));
    let shutdown = CancellationToken::new();
    cancel_on_signals(shutdown.clone());
    if let Some(secs) = args.duration_secs {
        let t = shutdown.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_secs(secs)).await;
            t.cancel();
        });
    }
    {
        let t = shutdown.clone();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move { t.cancelled().await })
                .await;
        });
    }
    eprintln!("claimwatch demo: sample feeds on http://{addr}/feeds/ — Ctrl-C stops");
    let (brokers, embedded) = brokers_or_embedded(&config, true)?;
    crate::pipeline::start_ops(&config, &brokers, shutdown.clone()).await?;
    let view = tokio::spawn(view(
        Bus::new(&config.kafka, &brokers, "claimwatch/demo"),
        Topics::new(&config),
        shutdown.clone(),
    ));
    let result = start(
        &config,
        &brokers,
        embedded.is_some(),
        Stages::ALL,
        shutdown.clone(),
    )
    .await;
    shutdown.cancel();
    let _ = view.await;
    drop(embedded);
    result
}

/// Prints statements and contested claims as they arrive.
async fn view(bus: Bus, topics: Topics, shutdown: CancellationToken) {
    let group = format!("claimwatch-demo-view-{}", std::process::id());
    let consumer = match bus.consumer(&group, &[&topics.claims_tagged, &topics.claims_contested]) {
        Ok((c, _assignments)) => c,
        Err(e) => {
            tracing::error!(error = %e, "demo view cannot consume");
            return;
        }
    };
    // On a terminal: a live board of contested claims with the latest
    // statements under it, redrawn in place. Otherwise: one line per record.
    let live = std::io::IsTerminal::is_terminal(&std::io::stdout());
    let mut board = crate::board::Board::default();
    let mut recent: std::collections::VecDeque<String> = std::collections::VecDeque::new();
    let mut redraw = tokio::time::interval(std::time::Duration::from_secs(5));
    let draw = |board: &crate::board::Board, recent: &std::collections::VecDeque<String>| {
        let mut out = String::from(crate::board::CLEAR);
        out.push_str(&board.render(chrono::Utc::now(), 8));
        out.push_str("latest statements:\n");
        for line in recent {
            out.push_str(line);
            out.push('\n');
        }
        print!("{out}");
    };
    let mut stream = consumer.stream();
    loop {
        let msg = tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = redraw.tick(), if live => {
                draw(&board, &recent);
                continue;
            }
            m = stream.next() => m,
        };
        let Some(Ok(msg)) = msg else { continue };
        let payload = msg.payload().unwrap_or_default();
        if msg.topic() == topics.claims_contested {
            if let Ok(c) = serde_json::from_slice::<ContestedClaim>(payload) {
                if live {
                    if board.update(c) {
                        draw(&board, &recent);
                    }
                } else {
                    println!("{}", crate::demo::format_claim(&c));
                }
            }
        } else if let Ok(s) = serde_json::from_slice::<Statement>(payload) {
            if live {
                recent.push_back(format_statement(&s));
                if recent.len() > 8 {
                    recent.pop_front();
                }
                draw(&board, &recent);
            } else {
                println!("{}", format_statement(&s));
            }
        }
    }
    consumer.unsubscribe();
}

/// One line per statement.
pub fn format_statement(s: &Statement) -> String {
    // A quotation of a few words is a scare quote, not the statement.
    let words = s
        .quote
        .as_deref()
        .filter(|q| q.split_whitespace().count() >= 3)
        .unwrap_or(&s.text);
    let words: String = if words.chars().count() > 110 {
        words.chars().take(107).collect::<String>() + "..."
    } else {
        words.to_string()
    };
    format!(
        "  {:<12} {} ({}) on {}: \"{}\" [{}]",
        s.kind.as_str(),
        s.speaker.name,
        s.speaker.party,
        if s.subject.key.is_empty() {
            "-"
        } else {
            &s.subject.key
        },
        words,
        s.cues.join(", ")
    )
}

/// A contested claim as a short block.
pub fn format_claim(c: &ContestedClaim) -> String {
    let age = chrono::Utc::now() - c.first_seen;
    format!(
        "⚑ CONTESTED {} (v{}, {:?}) \"{}\"\n    for: {}\n    against: {}\n    {} assertions, {} denials from {} sources; first seen {} min ago",
        c.subject.key,
        c.version,
        c.status,
        c.claim,
        c.parties.for_claim.join(", "),
        c.parties.against.join(", "),
        c.counts.assertions,
        c.counts.denials,
        c.counts.sources,
        age.num_minutes()
    )
}
