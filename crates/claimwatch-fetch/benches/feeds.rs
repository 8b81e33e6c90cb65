//! Polls 10,000 feeds served on loopback, twice (a full fetch and parse,
//! then the conditional re-poll answered 304), three times over; prints the
//! median polls per second of each pass and the process's peak memory.
//!
//!     cargo bench -p claimwatch-fetch --bench feeds
//!
//! One loopback host stands in for many: the per-host rate and concurrency
//! limits are lifted so that the poller's own cost is what is measured.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::Path;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use chrono::Utc;
use claimwatch_config::{FeedConfig, FetchConfig};
use claimwatch_fetch::{FeedState, PollOutcome, Poller};

const FEEDS: usize = 10_000;
const ITEMS: usize = 20;

fn feed_body(n: usize) -> String {
    let mut s =
        format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed {n}</title>");
    for i in 0..ITEMS {
        s.push_str(&format!(
            "<item><title>Report {n}-{i} on the fighting near Sella</title><link>http://127.0.0.1/{n}/{i}</link>\
             <guid>{n}-{i}</guid><pubDate>Mon, 06 Sep 2021 08:{:02}:00 GMT</pubDate>\
             <description>&lt;p&gt;Officials said the town was captured; the council denied it.&lt;/p&gt;</description></item>",
            i % 60
        ));
    }
    s.push_str("</channel></rss>");
    s
}

async fn serve(Path(name): Path<String>, headers: HeaderMap) -> axum::response::Response {
    let n: usize = name
        .trim_end_matches(".xml")
        .trim_start_matches('f')
        .parse()
        .unwrap_or(0);
    let etag = format!("\"f{n}\"");
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        == Some(etag.as_str())
    {
        return StatusCode::NOT_MODIFIED.into_response();
    }
    ([(header::ETAG, etag)], feed_body(n)).into_response()
}

fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    // `cargo test --benches` runs bench binaries with no arguments in
    // debug builds; keep that quick.
    if std::env::args().any(|a| a == "--test") || cfg!(debug_assertions) {
        return;
    }
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let app = axum::Router::new().route("/{name}", get(serve));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let config = FetchConfig {
            allowed_networks: vec!["127.0.0.0/8".into()],
            per_host_requests_per_sec: 1_000_000,
            per_host_max_concurrent: 64,
            max_concurrent_polls: 64,
            ..FetchConfig::default()
        };
        let poller = Arc::new(Poller::new(&config).unwrap());
        let feeds: Arc<Vec<FeedConfig>> = Arc::new(
            (0..FEEDS)
                .map(|i| FeedConfig::new(&format!("f{i}"), &format!("http://{addr}/f{i}.xml"), "rss"))
                .collect(),
        );
        let (mut full, mut conditional) = (Vec::new(), Vec::new());
        for _ in 0..3 {
            let mut states: Vec<FeedState> = (0..FEEDS).map(|i| FeedState::new(&format!("f{i}"))).collect();
            for pass in 0..2 {
                let started = Instant::now();
                let mut tasks = Vec::with_capacity(FEEDS);
                for (i, st) in states.iter().enumerate() {
                    let (poller, feeds, st) = (poller.clone(), feeds.clone(), st.clone());
                    tasks.push(tokio::spawn(async move {
                        poller.poll(&feeds[i], &st, Utc::now()).await
                    }));
                }
                let mut posts = 0;
                for (i, t) in tasks.into_iter().enumerate() {
                    match t.await.unwrap() {
                        Ok(PollOutcome::Fetched(f)) => {
                            posts += f.parsed.posts.len();
                            states[i].etag = f.etag;
                        }
                        Ok(_) => {}
                        Err(e) => panic!("poll failed: {}", e.error),
                    }
                }
                let rate = FEEDS as f64 / started.elapsed().as_secs_f64();
                if pass == 0 {
                    assert_eq!(posts, FEEDS * ITEMS);
                    full.push(rate);
                } else {
                    assert_eq!(posts, 0, "the re-poll is answered 304");
                    conditional.push(rate);
                }
            }
        }
        println!(
            "10,000 feeds x {ITEMS} items on loopback: full fetch + parse {:.0} polls/s (median of 3), \
             conditional re-poll (304) {:.0} polls/s; peak RSS {:.0} MiB",
            median(full),
            median(conditional),
            peak_rss_mib()
        );
    });
}
