//! OPML subscription lists (what feed readers export) → `[[feeds]]`
//! entries. Pure: bytes in, feed configs out.

use std::collections::BTreeSet;

use claimwatch_config::FeedConfig;
use quick_xml::events::Event;
use quick_xml::Reader;

use crate::FetchError;

/// The feeds of an OPML document: every `<outline>` with an `xmlUrl`, with
/// a stable, unique id from its title (or URL), its `type` as the kind
/// (rss, atom or json; rss otherwise) and the titles of the folders it sits
/// in as tags. Outlines whose URL is not http(s) are skipped.
pub fn feeds_from_opml(body: &[u8]) -> Result<Vec<FeedConfig>, FetchError> {
    let mut reader = Reader::from_reader(body);
    reader.config_mut().trim_text(true);
    let mut buf = Vec::new();
    // Titles of the open folder outlines (those without xmlUrl).
    let mut folders: Vec<Option<String>> = Vec::new();
    let mut ids = BTreeSet::new();
    let mut out = Vec::new();
    let mut saw_opml = false;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| FetchError::Malformed(format!("opml: {e}")))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let local = e.local_name();
                let name: &str = local.into_inner();
                if name == "opml" {
                    saw_opml = true;
                }
                if name != "outline" {
                    buf.clear();
                    continue;
                }
                let mut attrs = std::collections::HashMap::new();
                for a in e.attributes().flatten() {
                    let key = a.key.local_name().into_inner().to_string();
                    let value = a
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map(|v| v.into_owned())
                        .unwrap_or_else(|_| a.value.to_string());
                    attrs.insert(key, value);
                }
                let title = attrs
                    .get("title")
                    .or_else(|| attrs.get("text"))
                    .map(|t| t.trim().to_string())
                    .filter(|t| !t.is_empty());
                let is_start = matches!(event, Event::Start(_));
                match attrs.get("xmlUrl") {
                    Some(url) => {
                        let ok = url::Url::parse(url)
                            .is_ok_and(|u| u.scheme() == "http" || u.scheme() == "https");
                        if ok {
                            let kind = match attrs.get("type").map(|t| t.to_ascii_lowercase()) {
                                Some(t) if t == "atom" => "atom",
                                Some(t) if t == "json" => "json",
                                _ => "rss",
                            };
                            let id = unique_id(&mut ids, title.as_deref().unwrap_or(url));
                            let mut feed = FeedConfig::new(&id, url, kind);
                            feed.tags = folders.iter().flatten().map(|f| slug(f)).collect();
                            out.push(feed);
                        }
                        if is_start {
                            folders.push(None);
                        }
                    }
                    None if is_start => folders.push(title),
                    None => {}
                }
            }
            Event::End(ref e) if e.local_name().into_inner() == "outline" => {
                folders.pop();
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !saw_opml {
        return Err(FetchError::Malformed(
            "not an OPML document (no <opml> element)".into(),
        ));
    }
    Ok(out)
}

/// Lowercase ASCII words joined by `-` ("BBC News – World" → "bbc-news-world").
fn slug(s: &str) -> String {
    let words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let joined = words.join("-");
    if joined.is_empty() {
        "feed".to_string()
    } else {
        joined.chars().take(60).collect()
    }
}

fn unique_id(ids: &mut BTreeSet<String>, title: &str) -> String {
    let base = slug(
        title
            .trim_start_matches("https://")
            .trim_start_matches("http://"),
    );
    let mut id = base.clone();
    let mut n = 2;
    while !ids.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlines_become_feeds_with_unique_ids_kinds_and_folder_tags() {
        let opml = br#"<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>subs</title></head><body>
  <outline text="World News" title="World News">
    <outline type="rss" text="BBC News &#8211; World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>
    <outline type="atom" title="Example Atom" xmlUrl="https://example.org/atom.xml"/>
    <outline type="rss" text="BBC News - World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss2.xml"/>
  </outline>
  <outline type="rss" xmlUrl="http://example.net/feed"/>
  <outline type="rss" text="Not http" xmlUrl="ftp://example.net/feed"/>
  <outline text="Empty folder"></outline>
</body></opml>"#;
        let feeds = feeds_from_opml(opml).unwrap();
        let ids: Vec<&str> = feeds.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "bbc-news-world",
                "example-atom",
                "bbc-news-world-2",
                "example-net-feed"
            ]
        );
        assert_eq!(feeds[1].kind, "atom");
        assert_eq!(feeds[0].tags, ["world-news"]);
        assert!(feeds[3].tags.is_empty());
        let e = feeds_from_opml(b"<rss><channel/></rss>").unwrap_err();
        assert!(e.to_string().contains("OPML"), "{e}");
        assert!(feeds_from_opml(b"<opml><body><outline").is_err());
    }
}
