//! Social API responses: bytes → posts, for every platform.
#![no_main]
use claimwatch_fetch::social::{PageCtx, Platform};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let url = url::Url::parse("http://127.0.0.1/api?q=x").unwrap();
    for p in [
        Platform::Mastodon,
        Platform::Bluesky,
        Platform::Reddit,
        Platform::Telegram,
        Platform::X,
    ] {
        let feed = claimwatch_config::FeedConfig::new("s", url.as_str(), p.name());
        let ctx = PageCtx {
            feed: &feed,
            url: &url,
            link_header: std::str::from_utf8(data).ok(),
            fetched_at: chrono::Utc::now(),
        };
        let _ = p.parse(&ctx, data);
    }
});
