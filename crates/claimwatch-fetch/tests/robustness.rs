//! Fuzz smoke on stable: arbitrary and mutated bytes into every parser of
//! the fetch stage (feeds, charsets, OPML, the five social platforms) never
//! panic. `fuzz/` holds the cargo-fuzz targets for longer runs.

use chrono::Utc;
use claimwatch_config::FeedConfig;
use claimwatch_fetch::social::{PageCtx, Platform};
use claimwatch_fetch::{opml, parse};
use proptest::prelude::*;

const SEEDS: &[&str] = &[
    r#"<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>t</title><ttl>5</ttl><item><title>A &amp; B</title><link>/a</link><guid>g</guid><description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>"#,
    r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><id>e</id><title>T</title><link href="/x"/><content type="html">&lt;b&gt;y&lt;/b&gt;</content></entry></feed>"#,
    r#"{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","content_text":"x"}]}"#,
    r#"[{"id":"1","content":"<p>x</p>","account":{"username":"u","acct":"u"},"reblog":null}]"#,
    r#"{"posts":[{"uri":"at://d/app.bsky.feed.post/1","author":{"did":"d","handle":"h"},"record":{"text":"héllo","facets":[{"index":{"byteStart":0,"byteEnd":3},"features":[{"$type":"app.bsky.richtext.facet#link","uri":"u"}]}]}}],"cursor":"c"}"#,
    r#"{"data":{"after":"t3_b","children":[{"kind":"t3","data":{"name":"t3_a","title":"t","selftext":"s","created_utc":1.5}}]}}"#,
    r#"<div class="tgme_widget_message" data-post="c/12"><div class="tgme_widget_message_text">x</div><time datetime="2021-01-01T00:00:00+00:00"></time></div>"#,
    r#"{"data":[{"id":"1","text":"t","referenced_tweets":[{"type":"retweeted","id":"2"}]}],"includes":{"tweets":[{"id":"2","text":"o"}]},"meta":{"next_token":"n"}}"#,
    r#"<opml><body><outline text="f"><outline xmlUrl="http://x/y" type="rss"/></outline></body></opml>"#,
];

fn everything(bytes: &[u8]) {
    let base = url::Url::parse("http://127.0.0.1/feed?x=1").unwrap();
    let now = Utc::now();
    let (decoded, _) = parse::decode_body(Some("text/xml; charset=iso-8859-1"), bytes);
    let _ = parse::parse_feed(
        &FeedConfig::new("f", base.as_str(), "rss"),
        &base,
        &decoded,
        now,
    );
    let _ = parse::parse_feed(
        &FeedConfig::new("f", base.as_str(), "rss"),
        &base,
        bytes,
        now,
    );
    let _ = parse::syndication_hint_secs(bytes);
    let _ = opml::feeds_from_opml(bytes);
    for p in [
        Platform::Mastodon,
        Platform::Bluesky,
        Platform::Reddit,
        Platform::Telegram,
        Platform::X,
    ] {
        let feed = FeedConfig::new("s", base.as_str(), p.name());
        let ctx = PageCtx {
            feed: &feed,
            url: &base,
            link_header: std::str::from_utf8(bytes).ok(),
            fetched_at: now,
        };
        let _ = p.parse(&ctx, bytes);
    }
}

fn mutated() -> impl Strategy<Value = Vec<u8>> {
    (
        0..SEEDS.len(),
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 0..12),
    )
        .prop_map(|(seed, edits)| {
            let mut b = SEEDS[seed].as_bytes().to_vec();
            for (at, byte, op) in edits {
                if b.is_empty() {
                    b.push(byte);
                    continue;
                }
                let i = at.index(b.len());
                match op {
                    0 => b[i] = byte,
                    1 => b.insert(i, byte),
                    _ => {
                        b.remove(i);
                    }
                }
            }
            b
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        everything(&bytes);
    }

    #[test]
    fn mutated_documents_never_panic(bytes in mutated()) {
        everything(&bytes);
    }
}

#[test]
fn seeds_parse() {
    for s in SEEDS {
        everything(s.as_bytes());
    }
}
