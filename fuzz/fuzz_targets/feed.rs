//! Feed ingestion: bytes (with or without a declared charset) → posts.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let base = url::Url::parse("http://127.0.0.1/feed.xml").unwrap();
    let feed = claimwatch_config::FeedConfig::new("f", base.as_str(), "rss");
    let now = chrono::Utc::now();
    let _ = claimwatch_fetch::parse::parse_feed(&feed, &base, data, now);
    let (decoded, _) =
        claimwatch_fetch::parse::decode_body(Some("text/xml; charset=windows-1252"), data);
    let _ = claimwatch_fetch::parse::parse_feed(&feed, &base, &decoded, now);
    let _ = claimwatch_fetch::opml::feeds_from_opml(data);
});
