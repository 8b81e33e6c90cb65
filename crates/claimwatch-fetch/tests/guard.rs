//! The SSRF guard against a real loopback server: loopback is refused by
//! default (by IP literal and by name), allowed when configured, and
//! redirects to metadata addresses, other schemes or in loops are refused.

use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use chrono::Utc;
use claimwatch_config::{FeedConfig, FetchConfig};
use claimwatch_fetch::{FeedState, PollOutcome, Poller};

const RSS: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><guid>g1</guid><description>x</description></item></channel></rss>"#;

async fn server() -> String {
    let redirect = |to: &'static str| {
        move || async move { (StatusCode::FOUND, [(header::LOCATION, to)]).into_response() }
    };
    let app = axum::Router::new()
        .route("/feed.xml", get(|| async { RSS }))
        .route(
            "/to-metadata",
            get(redirect("http://169.254.169.254/latest/meta-data/")),
        )
        .route("/to-file", get(redirect("file:///etc/passwd")))
        .route("/loop-a", get(redirect("/loop-b")))
        .route("/loop-b", get(redirect("/loop-a")));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("127.0.0.1:{port}")
}

async fn poll(config: &FetchConfig, url: &str) -> Result<PollOutcome, String> {
    let poller = Poller::new(config).unwrap();
    let feed = FeedConfig::new("g", url, "rss");
    poller
        .poll(&feed, &FeedState::new("g"), Utc::now())
        .await
        .map_err(|e| format!("{} | {}", e.error.class(), e.error))
}

fn allowing_loopback() -> FetchConfig {
    FetchConfig {
        allowed_networks: vec!["127.0.0.0/8".into()],
        ..FetchConfig::default()
    }
}

#[tokio::test]
async fn loopback_is_refused_unless_allowed() {
    let addr = server().await;
    let port = addr.rsplit(':').next().unwrap();
    let default = FetchConfig::default();
    let e = poll(&default, &format!("http://{addr}/feed.xml"))
        .await
        .unwrap_err();
    assert!(e.starts_with("blocked_address"), "{e}");
    assert!(e.contains("allowed_networks"), "names the setting: {e}");
    // By name: the resolver filters what DNS returns.
    let e = poll(&default, &format!("http://localhost:{port}/feed.xml"))
        .await
        .unwrap_err();
    assert!(e.starts_with("blocked_address"), "{e}");
    let ok = poll(&allowing_loopback(), &format!("http://{addr}/feed.xml")).await;
    assert!(matches!(ok, Ok(PollOutcome::Fetched(_))), "{ok:?}");
}

#[tokio::test]
async fn redirects_to_metadata_other_schemes_and_loops_are_refused() {
    let addr = server().await;
    let cfg = allowing_loopback();
    let e = poll(&cfg, &format!("http://{addr}/to-metadata"))
        .await
        .unwrap_err();
    assert!(
        e.starts_with("blocked_address") && e.contains("169.254.169.254"),
        "{e}"
    );
    let e = poll(&cfg, &format!("http://{addr}/to-file"))
        .await
        .unwrap_err();
    assert!(e.starts_with("redirect") && e.contains("file:"), "{e}");
    let e = poll(&cfg, &format!("http://{addr}/loop-a"))
        .await
        .unwrap_err();
    assert!(e.starts_with("redirect"), "{e}");
}
