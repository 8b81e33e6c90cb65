//! Hostile feeds against a real loopback server: every one ends in a clear,
//! bounded error (or harmless posts), never a panic, a hang or unbounded
//! memory.

use std::io::Write;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use chrono::Utc;
use claimwatch_config::{FeedConfig, FetchConfig};
use claimwatch_fetch::{FeedState, PollOutcome, Poller};

const CAP: usize = 1024 * 1024;

fn rss_items(n: usize, body: &str) -> String {
    let mut s = String::from("<rss version=\"2.0\"><channel><title>t</title>");
    for i in 0..n {
        s.push_str(&format!(
            "<item><title>Item {i}</title><guid>g{i}</guid><description>{body}</description></item>"
        ));
    }
    s.push_str("</channel></rss>");
    s
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 9, 22);
        w.write_all(data).unwrap();
    }
    out
}

async fn server() -> String {
    // 64 MiB of a repeated item: a bomb for a 1 MiB cap.
    let bomb = rss_items(1, &"A".repeat(64 * CAP));
    let gz = gzip(bomb.as_bytes());
    let br = brotli(bomb.as_bytes());
    assert!(
        gz.len() < CAP && br.len() < CAP,
        "the bombs are small on the wire"
    );
    let laughs = {
        let mut s = String::from("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"laugh\">");
        let mut prev = "a".to_string();
        for i in 0..9 {
            let name = format!("l{i}");
            s.push_str(&format!(
                "<!ENTITY {name} \"{}\">",
                format!("&{prev};").repeat(10)
            ));
            prev = name;
        }
        s.push_str(&format!("]><rss version=\"2.0\"><channel><title>t</title><item><title>&{prev};</title><guid>g</guid></item></channel></rss>"));
        s
    };
    let xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>t</title><item><title>&xxe;</title><guid>g</guid><description>x&xxe;</description></item></channel></rss>";
    let deep = format!(
        "<rss version=\"2.0\"><channel>{}</channel></rss>",
        "<x>".repeat(200_000)
    );
    let many = rss_items(10_000, "short body");
    let hundred_k = rss_items(100_000, "x");
    let huge_item = rss_items(1, &"word ".repeat(150_000));
    let app = axum::Router::new()
        .route(
            "/gzip-bomb",
            get(move || async move { ([(header::CONTENT_ENCODING, "gzip")], gz) }),
        )
        .route(
            "/brotli-bomb",
            get(move || async move { ([(header::CONTENT_ENCODING, "br")], br) }),
        )
        .route("/big", get(|| async { "x".repeat(2 * CAP) }))
        .route(
            "/endless",
            get(|| async {
                let chunks = futures::stream::repeat_with(|| {
                    Ok::<_, std::io::Error>(bytes::Bytes::from(vec![b'<'; 64 * 1024]))
                });
                Body::from_stream(chunks).into_response()
            }),
        )
        .route(
            "/trickle",
            get(|| async {
                let chunks = futures::stream::unfold(0u32, |n| async move {
                    tokio::time::sleep(Duration::from_millis(500)).await;
                    Some((Ok::<_, std::io::Error>(bytes::Bytes::from_static(b" ")), n + 1))
                });
                Body::from_stream(chunks).into_response()
            }),
        )
        .route("/laughs", get(move || async move { laughs }))
        .route("/xxe", get(move || async move { xxe }))
        .route("/deep", get(move || async move { deep }))
        .route("/many", get(move || async move { many }))
        .route("/100k", get(move || async move { hundred_k }))
        .route("/huge-item", get(move || async move { huge_item }))
        .route(
            "/not-utf8",
            get(|| async { b"<rss version=\"2.0\"><channel><item><title>\xff\xfe\xfd</title><guid>g</guid></item></channel></rss>".to_vec() }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

async fn poll(base: &str, path: &str) -> Result<PollOutcome, String> {
    poll_capped(base, path, CAP).await
}

async fn poll_capped(base: &str, path: &str, cap: usize) -> Result<PollOutcome, String> {
    let config = FetchConfig {
        allowed_networks: vec!["127.0.0.0/8".into()],
        max_body_bytes: cap,
        request_timeout_secs: 3,
        per_host_requests_per_sec: 100,
        ..FetchConfig::default()
    };
    let poller = Poller::new(&config).unwrap();
    let feed = FeedConfig::new("h", &format!("{base}{path}"), "rss");
    poller
        .poll(&feed, &FeedState::new("h"), Utc::now())
        .await
        .map_err(|e| format!("{}: {}", e.error.class(), e.error))
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_feeds_end_in_bounded_errors_or_harmless_posts() {
    let base = server().await;
    for path in ["/gzip-bomb", "/brotli-bomb", "/big", "/endless"] {
        let started = Instant::now();
        let e = poll(&base, path).await.unwrap_err();
        assert!(e.starts_with("too_large"), "{path}: {e}");
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{path} took {:?}",
            started.elapsed()
        );
    }
    let e = poll(&base, "/trickle").await.unwrap_err();
    assert!(
        e.starts_with("timeout") || e.starts_with("body"),
        "trickle: {e}"
    );
    // Entity declarations are refused outright: never a billion laughs,
    // never /etc/passwd.
    for path in ["/laughs", "/xxe"] {
        let e = poll(&base, path).await.unwrap_err();
        assert!(
            e.starts_with("malformed_feed") && e.contains("entities"),
            "{path}: {e}"
        );
    }
    // 200k nested elements: an error or nothing, not a stack overflow.
    if let Ok(PollOutcome::Fetched(f)) = poll(&base, "/deep").await {
        assert!(f.parsed.posts.is_empty());
    }
    // 10k items in one feed (just under the cap).
    let many = poll(&base, "/many").await;
    let Ok(PollOutcome::Fetched(f)) = many else {
        panic!("10k items parse: {many:?}");
    };
    assert_eq!(f.parsed.posts.len(), 10_000);
    // 100k items (7 MB): over a small cap a clear error; under the default
    // cap (10 MiB) every item, in bounded time.
    let e = poll(&base, "/100k").await.unwrap_err();
    assert!(e.starts_with("too_large"), "100k: {e}");
    let started = Instant::now();
    let big = poll_capped(&base, "/100k", 10 * 1024 * 1024).await;
    let Ok(PollOutcome::Fetched(f)) = big else {
        panic!(
            "100k items parse under the default cap: {:?}",
            big.map(|_| ())
        );
    };
    assert_eq!(f.parsed.posts.len(), 100_000);
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "{:?}",
        started.elapsed()
    );
    let huge = poll(&base, "/huge-item").await;
    let Ok(PollOutcome::Fetched(f)) = huge else {
        panic!("a 750 kB item parses: {huge:?}");
    };
    assert_eq!(f.parsed.posts.len(), 1);
    // Not UTF-8 and declared nowhere: read as Windows-1252, not dropped.
    let latin = poll(&base, "/not-utf8").await;
    let Ok(PollOutcome::Fetched(f)) = latin else {
        panic!("invalid UTF-8 is decoded: {latin:?}");
    };
    assert_eq!(f.parsed.posts[0].post.title.as_deref(), Some("ÿþý"));
}
