//! Feed bytes → raw posts. Pure: no IO, no clock (the fetch time is an
//! argument), so that it can be fuzzed and tested on fixtures.

use chrono::{DateTime, Utc};
use claimwatch_config::FeedConfig;
use claimwatch_model::{stable_id, text::clean, Author, RawPost, SourceRef, RAW_POST_SCHEMA};
use sha2::{Digest, Sha256};

use crate::FetchError;

/// Result of parsing one feed document.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub posts: Vec<ParsedPost>,
    /// Items whose date feed-rs could not parse (fetch time used instead).
    pub undated: usize,
    /// `<ttl>` (minutes) or `sy:updatePeriod`/`sy:updateFrequency` hint, in seconds.
    pub ttl_secs: Option<u64>,
}

/// A post with the identities used for dedup.
#[derive(Debug, Clone)]
pub struct ParsedPost {
    pub post: RawPost,
    /// guid when present, else canonical URL.
    pub identity: String,
    /// Hash of the normalised title: a second guard against feeds that
    /// regenerate guids.
    pub title_hash: Option<String>,
}

/// Converts HTML to plain text (tags stripped, entities decoded, NFC,
/// hidden characters removed, whitespace tidied).
pub fn html_to_text(html: &str) -> String {
    let looks_html = html.contains('<') && html.contains('>');
    let text = if looks_html {
        html2text::from_read_with_decorator(
            html.as_bytes(),
            10_000,
            html2text::render::TrivialDecorator::new(),
        )
        .unwrap_or_else(|_| html.to_string())
    } else {
        html.to_string()
    };
    tidy(&clean(&text))
}

/// Collapses runs of spaces and more than one blank line.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank_run = 0;
    for line in s.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(&line);
    }
    out
}

fn title_hash(title: &str) -> Option<String> {
    let norm: String = title
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if norm.is_empty() {
        return None;
    }
    let d = Sha256::digest(norm.as_bytes());
    Some(format!("t:{}", hex::encode(&d[..8])))
}

/// Canonical form of a URL for identity: no fragment, no tracking
/// parameters, lowercase host.
pub fn canonical_url(u: &url::Url) -> String {
    let mut u = u.clone();
    u.set_fragment(None);
    let kept: Vec<(String, String)> = u
        .query_pairs()
        .filter(|(k, _)| !k.starts_with("utm_") && k != "fbclid" && k != "gclid")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        u.set_query(None);
    } else {
        u.query_pairs_mut().clear().extend_pairs(kept);
    }
    u.to_string()
}

/// Parses a feed body into posts.
pub fn parse_feed(
    feed: &FeedConfig,
    base: &url::Url,
    body: &[u8],
    fetched_at: DateTime<Utc>,
) -> Result<Parsed, FetchError> {
    let parsed = feed_rs::parser::Builder::new()
        .base_uri(Some(base.as_str()))
        .build()
        .parse(body)
        .map_err(|e| FetchError::Malformed(e.to_string()))?;
    let ttl_secs = parsed.ttl.map(|m| u64::from(m) * 60);
    let mut undated = 0;
    let mut posts = Vec::with_capacity(parsed.entries.len());
    for entry in parsed.entries {
        let link = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .and_then(|l| base.join(&l.href).ok());
        let canonical = link.as_ref().map(canonical_url);
        // feed-rs synthesises an id from the link/title when the item has
        // none; prefer the item's own guid, else the canonical URL.
        let guid = (!entry.id.is_empty()).then(|| entry.id.clone());
        let identity = match (&guid, &canonical) {
            (Some(g), _) => g.clone(),
            (None, Some(c)) => c.clone(),
            (None, None) => continue,
        };
        let title = entry
            .title
            .as_ref()
            .map(|t| html_to_text(&t.content))
            .filter(|t| !t.is_empty());
        let body_html = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        let text = html_to_text(&body_html);
        let published = entry.published.or(entry.updated);
        if published.is_none() {
            undated += 1;
        }
        let author = entry.authors.first().map(|p| Author {
            name: p.name.as_deref().map(clean).filter(|n| !n.is_empty()),
            handle: None,
            url: p.uri.clone(),
        });
        let language = entry.language.clone().or_else(|| parsed.language.clone());
        let post = RawPost {
            schema: RAW_POST_SCHEMA.to_string(),
            id: stable_id("p", &[&feed.id, &identity]),
            source: SourceRef {
                id: feed.id.clone(),
                kind: feed.kind.clone(),
                url: feed.url.clone(),
            },
            platform: "web".to_string(),
            url: canonical.clone(),
            guid,
            author: author.unwrap_or_default(),
            title: title.clone(),
            text,
            language,
            published_at: published.unwrap_or(fetched_at),
            fetched_at,
            first_person: false,
            tags: feed.tags.clone(),
            references: Vec::new(),
            counts: Default::default(),
        };
        posts.push(ParsedPost {
            post,
            identity,
            title_hash: title.as_deref().and_then(title_hash),
        });
    }
    Ok(Parsed {
        posts,
        undated,
        ttl_secs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed() -> FeedConfig {
        FeedConfig::new("t", "http://127.0.0.1/feed.xml", "rss")
    }

    #[test]
    fn rss_items_become_plain_text_posts_with_stable_ids() {
        let xml = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><ttl>5</ttl>
<item><title>A &amp; B</title><link>/a?utm_source=z#frag</link><guid>g1</guid>
<description>&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;</description></item>
<item><title>No guid</title><link>http://example.org/b</link><description>plain</description></item>
</channel></rss>"#;
        let base = url::Url::parse("http://127.0.0.1/feed.xml").unwrap();
        let now = Utc::now();
        let p = parse_feed(&feed(), &base, xml, now).unwrap();
        assert_eq!(p.posts.len(), 2);
        assert_eq!(p.ttl_secs, Some(300));
        let a = &p.posts[0];
        assert_eq!(a.post.title.as_deref(), Some("A & B"));
        assert_eq!(a.post.text, "Hello world");
        assert_eq!(a.post.url.as_deref(), Some("http://127.0.0.1/a"));
        assert_eq!(a.identity, "g1");
        let again = parse_feed(&feed(), &base, xml, now).unwrap();
        assert_eq!(again.posts[0].post.id, a.post.id);
        assert_eq!(p.undated, 2);
    }

    #[test]
    fn malformed_feed_is_an_error_not_a_panic() {
        let base = url::Url::parse("http://127.0.0.1/feed.xml").unwrap();
        let e = parse_feed(&feed(), &base, b"<rss><channel><item>", Utc::now()).unwrap_err();
        assert_eq!(e.class(), "malformed_feed");
    }
}
