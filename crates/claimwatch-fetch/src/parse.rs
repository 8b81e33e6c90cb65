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

/// How a feed body was turned into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    /// Left for the XML parser: UTF-8 (with or without BOM) or an XML
    /// declaration naming the encoding.
    AsIs,
    /// Decoded from the charset of the HTTP `Content-Type`.
    FromHeader(&'static str),
    /// Not UTF-8 and declared nowhere: decoded as Windows-1252, the usual
    /// legacy encoding of such feeds.
    Fallback,
}

/// Brings a feed body to something the parser reads right: the HTTP
/// `Content-Type` charset wins over the XML declaration (RFC 7303); a body
/// that is not UTF-8 and declares nothing is read as Windows-1252 (never
/// dropped). The XML declaration of a re-encoded body is rewritten to
/// UTF-8 so that the parser does not decode it twice.
pub fn decode_body<'a>(
    content_type: Option<&str>,
    body: &'a [u8],
) -> (std::borrow::Cow<'a, [u8]>, Charset) {
    use std::borrow::Cow;
    let header_charset = content_type.and_then(|ct| {
        ct.split(';')
            .skip(1)
            .filter_map(|p| p.split_once('='))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case("charset"))
            .and_then(|(_, v)| {
                encoding_rs::Encoding::for_label(v.trim().trim_matches('"').as_bytes())
            })
    });
    let reencode = |enc: &'static encoding_rs::Encoding| -> Cow<'a, [u8]> {
        let (text, _, _) = enc.decode(body);
        Cow::Owned(utf8_declaration(&text).into_bytes())
    };
    match header_charset {
        Some(enc) if enc != encoding_rs::UTF_8 => (reencode(enc), Charset::FromHeader(enc.name())),
        _ => {
            let declared = declared_encoding(body).is_some();
            if std::str::from_utf8(body).is_ok() || declared {
                (Cow::Borrowed(body), Charset::AsIs)
            } else {
                (reencode(encoding_rs::WINDOWS_1252), Charset::Fallback)
            }
        }
    }
}

/// The `encoding="…"` of an XML declaration, if the body starts with one.
fn declared_encoding(body: &[u8]) -> Option<&str> {
    let head = std::str::from_utf8(&body[..body.len().min(200)])
        .unwrap_or_else(|e| std::str::from_utf8(&body[..e.valid_up_to()]).unwrap_or(""));
    let decl = head.trim_start_matches('\u{feff}').strip_prefix("<?xml")?;
    let decl = &decl[..decl.find("?>")?];
    let at = decl.find("encoding")?;
    let rest = decl[at + "encoding".len()..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest[1..];
    Some(&value[..value.find(quote)?])
}

/// Rewrites the encoding of an XML declaration (if any) to UTF-8.
fn utf8_declaration(text: &str) -> String {
    let trimmed = text.trim_start_matches('\u{feff}');
    if let Some(rest) = trimmed.strip_prefix("<?xml") {
        if let Some(end) = rest.find("?>") {
            let decl = &rest[..end];
            let cleaned: String = match decl.find("encoding") {
                Some(at) => {
                    let after = &decl[at..];
                    // Drop `encoding="…"` (up to the closing quote).
                    let close = after
                        .char_indices()
                        .filter(|(_, c)| *c == '"' || *c == '\'')
                        .nth(1)
                        .map(|(i, _)| at + i + 1)
                        .unwrap_or(decl.len());
                    format!("{}encoding=\"UTF-8\"{}", &decl[..at], &decl[close..])
                }
                None => decl.to_string(),
            };
            return format!("<?xml{cleaned}?>{}", &rest[end + 2..]);
        }
    }
    trimmed.to_string()
}

/// `sy:updatePeriod` (hourly, daily, weekly, monthly, yearly) divided by
/// `sy:updateFrequency` (default 1), from the channel header.
pub fn syndication_hint_secs(body: &[u8]) -> Option<u64> {
    let head = String::from_utf8_lossy(&body[..body.len().min(16 * 1024)]);
    let element = |name: &str| -> Option<String> {
        let open = format!("<sy:{name}>");
        let at = head.find(&open)? + open.len();
        let end = head[at..].find('<')?;
        Some(head[at..at + end].trim().to_ascii_lowercase())
    };
    let period = match element("updatePeriod")?.as_str() {
        "hourly" => 3600,
        "daily" => 86_400,
        "weekly" => 7 * 86_400,
        "monthly" => 30 * 86_400,
        "yearly" => 365 * 86_400,
        _ => return None,
    };
    let frequency = element("updateFrequency")
        .and_then(|f| f.parse::<u64>().ok())
        .filter(|f| *f > 0)
        .unwrap_or(1);
    Some(period / frequency)
}

/// Refuses a document whose DOCTYPE declares entities. Feeds have no use
/// for them, and they are how entity-expansion ("billion laughs") and
/// external-entity attacks start; the parser would not expand them, but a
/// clear error and a dead letter tell the operator what the feed tried.
fn refuse_entity_declarations(body: &[u8]) -> Result<(), FetchError> {
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    // The DOCTYPE sits in the prolog, before the root element.
    let prolog = &body[..body.len().min(64 * 1024)];
    let Some(doctype) = find(prolog, b"<!DOCTYPE") else {
        return Ok(());
    };
    let rest = &body[doctype..];
    let end = find(rest, b"]>")
        .or_else(|| find(rest, b">"))
        .unwrap_or(rest.len());
    if find(&rest[..end], b"<!ENTITY").is_some() {
        return Err(FetchError::Malformed(
            "the document declares XML entities (refused: entity expansion and external entities)"
                .into(),
        ));
    }
    Ok(())
}

/// Parses a feed body into posts.
pub fn parse_feed(
    feed: &FeedConfig,
    base: &url::Url,
    body: &[u8],
    fetched_at: DateTime<Utc>,
) -> Result<Parsed, FetchError> {
    refuse_entity_declarations(body)?;
    let parsed = feed_rs::parser::Builder::new()
        .base_uri(Some(base.as_str()))
        .build()
        .parse(body)
        .map_err(|e| FetchError::Malformed(e.to_string()))?;
    // The feed's own hint: `<ttl>` (minutes), else the syndication module's
    // `sy:updatePeriod` / `sy:updateFrequency` (RSS 1.0 and many RSS 2.0).
    let ttl_secs = parsed
        .ttl
        .map(|m| u64::from(m) * 60)
        .or_else(|| syndication_hint_secs(body));
    // Who publishes an item without a byline: the feed itself ("Daily
    // News"). The extractor makes an unattributed headline its publisher's
    // claim, so an item needs someone to speak for it.
    let publisher = parsed
        .title
        .as_ref()
        .map(|t| html_to_text(&t.content))
        .filter(|t| !t.is_empty());
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
        let mut author = entry
            .authors
            .first()
            .map(|p| Author {
                name: p.name.as_deref().map(clean).filter(|n| !n.is_empty()),
                handle: None,
                url: p.uri.clone(),
            })
            .unwrap_or_default();
        if author.name.is_none() {
            author.name = publisher.clone();
        }
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
            author,
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
    fn a_public_doctype_is_fine_but_declared_entities_are_refused() {
        let base = url::Url::parse("http://127.0.0.1/feed.xml").unwrap();
        let netscape = br#"<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>x</title><item><title>A</title><link>http://e.org/a</link></item></channel></rss>"#;
        let parsed = parse_feed(&feed(), &base, netscape, Utc::now()).unwrap();
        assert_eq!(parsed.posts.len(), 1);
        let entity = br#"<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e "x">]><rss version="2.0"><channel><item><title>&e;</title></item></channel></rss>"#;
        let err = parse_feed(&feed(), &base, entity, Utc::now()).unwrap_err();
        assert_eq!(err.class(), "malformed_feed");
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
        // An item without a byline is the feed's; a byline is kept.
        assert_eq!(a.post.author.name.as_deref(), Some("x"));
        let bylined = br#"<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Daily News</title>
<item><title>A</title><guid>g</guid><dc:creator>Ana Costa</dc:creator></item></channel></rss>"#;
        let p = parse_feed(&feed(), &base, bylined, now).unwrap();
        assert_eq!(p.posts[0].post.author.name.as_deref(), Some("Ana Costa"));
    }

    #[test]
    fn charsets_from_header_declaration_bom_or_fallback() {
        let base = url::Url::parse("http://127.0.0.1/feed.xml").unwrap();
        let title = |body: &[u8], ct: Option<&str>| {
            let (bytes, how) = decode_body(ct, body);
            let p = parse_feed(&feed(), &base, &bytes, Utc::now()).unwrap();
            (p.posts[0].post.title.clone().unwrap(), how)
        };
        let item = |t: &[u8]| {
            let mut v = b"<rss version=\"2.0\"><channel><title>x</title><item><title>".to_vec();
            v.extend_from_slice(t);
            v.extend_from_slice(b"</title><guid>g</guid></item></channel></rss>");
            v
        };
        // Windows-1252 named only by the HTTP header (curly quotes 0x93/0x94).
        let latin = item(b"Caf\xe9 \x93quoted\x94");
        assert_eq!(
            title(&latin, Some("application/rss+xml; charset=windows-1252")),
            (
                "Café “quoted”".to_string(),
                Charset::FromHeader("windows-1252")
            )
        );
        // The header wins over a wrong declaration.
        let mut declared = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>".to_vec();
        declared.extend_from_slice(&latin);
        assert_eq!(
            title(&declared, Some("text/xml; charset=\"ISO-8859-1\"")).0,
            "Café “quoted”"
        );
        // Declared in the XML only: left to the parser.
        let mut iso = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>".to_vec();
        iso.extend_from_slice(&item(b"Caf\xe9"));
        assert_eq!(
            title(&iso, Some("text/xml")),
            ("Café".to_string(), Charset::AsIs)
        );
        // UTF-8 with a BOM.
        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend_from_slice(&item("Café".as_bytes()));
        assert_eq!(title(&bom, None), ("Café".to_string(), Charset::AsIs));
        // Not UTF-8, declared nowhere: Windows-1252, not an error.
        assert_eq!(
            title(&latin, None),
            ("Café “quoted”".to_string(), Charset::Fallback)
        );
    }

    #[test]
    fn syndication_module_hints() {
        let body = br#"<rss xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel>
<sy:updatePeriod> hourly </sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency></channel></rss>"#;
        assert_eq!(syndication_hint_secs(body), Some(900));
        assert_eq!(
            syndication_hint_secs(b"<sy:updatePeriod>daily</sy:updatePeriod>"),
            Some(86_400)
        );
        assert_eq!(
            syndication_hint_secs(b"<sy:updatePeriod>often</sy:updatePeriod>"),
            None
        );
        assert_eq!(syndication_hint_secs(b"<rss/>"), None);
    }

    #[test]
    fn malformed_feed_is_an_error_not_a_panic() {
        let base = url::Url::parse("http://127.0.0.1/feed.xml").unwrap();
        let e = parse_feed(&feed(), &base, b"<rss><channel><item>", Utc::now()).unwrap_err();
        assert_eq!(e.class(), "malformed_feed");
    }
}
