//! Bluesky through the public AppView (no login for public data):
//! `…/xrpc/app.bsky.feed.searchPosts?q=panjshir` and
//! `…/xrpc/app.bsky.feed.getAuthorFeed?actor=handle-or-did`.
//!
//! Both answer newest first with a `cursor` for older pages; a poll walks
//! back until it meets a post it already published. Link facets are
//! resolved into the text (the app shows shortened link text), replies,
//! quotes and reposts become references.

use chrono::{DateTime, Utc};
use claimwatch_model::{Author, PostRef};
use serde::Deserialize;
use url::Url;

use super::{
    count, json, shape, with_default_param, with_param, Page, PageCtx, Platform, SocialPost,
};
use crate::FetchError;

pub fn first_url(url: Url) -> Url {
    let url = with_default_param(url, "limit", "50");
    if url.path().ends_with("searchPosts") {
        with_default_param(url, "sort", "latest")
    } else {
        url
    }
}

#[derive(Deserialize)]
struct FeedItem {
    post: PostView,
    #[serde(default)]
    reason: Option<Reason>,
}

#[derive(Deserialize)]
struct Reason {
    #[serde(rename = "$type", default)]
    kind: String,
    #[serde(default)]
    by: Option<Profile>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PostView {
    uri: String,
    author: Profile,
    record: Record,
    #[serde(default)]
    indexed_at: Option<String>,
    #[serde(default)]
    reply_count: Option<u64>,
    #[serde(default)]
    repost_count: Option<u64>,
    #[serde(default)]
    like_count: Option<u64>,
    #[serde(default)]
    quote_count: Option<u64>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Profile {
    #[serde(default)]
    did: String,
    handle: String,
    #[serde(default)]
    display_name: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Record {
    #[serde(default)]
    text: String,
    #[serde(default)]
    created_at: Option<DateTime<Utc>>,
    #[serde(default)]
    langs: Vec<String>,
    #[serde(default)]
    facets: Vec<Facet>,
    #[serde(default)]
    reply: Option<ReplyRef>,
    #[serde(default)]
    embed: Option<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Facet {
    index: ByteSlice,
    #[serde(default)]
    features: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ByteSlice {
    byte_start: usize,
    byte_end: usize,
}

#[derive(Deserialize)]
struct ReplyRef {
    parent: StrongRef,
}

#[derive(Deserialize)]
struct StrongRef {
    uri: String,
}

impl Profile {
    fn author(&self) -> Author {
        Author {
            name: self.display_name.clone().filter(|n| !n.trim().is_empty()),
            handle: Some(format!("@{}", self.handle)),
            url: Some(profile_url(&self.handle)),
        }
    }
}

fn profile_url(handle_or_did: &str) -> String {
    format!("https://bsky.app/profile/{handle_or_did}")
}

/// `at://did/app.bsky.feed.post/rkey` → the bsky.app permalink.
fn permalink(uri: &str, handle: &str) -> Option<String> {
    let rest = uri.strip_prefix("at://")?;
    let mut parts = rest.split('/');
    let did = parts.next()?;
    let collection = parts.next()?;
    let rkey = parts.next()?;
    (collection == "app.bsky.feed.post").then(|| {
        let who = if handle.is_empty() { did } else { handle };
        format!("{}/post/{rkey}", profile_url(who))
    })
}

/// Replaces each link facet's (possibly shortened) text with its full URI.
/// Facet offsets are UTF-8 byte offsets; ones that overlap, run past the
/// text or split a character are ignored.
fn resolve_links(text: &str, facets: &[Facet]) -> String {
    let mut links: Vec<(usize, usize, &str)> = facets
        .iter()
        .filter_map(|f| {
            let uri = f.features.iter().find_map(|feat| {
                (feat.get("$type")?.as_str()? == "app.bsky.richtext.facet#link")
                    .then(|| feat.get("uri")?.as_str())?
            })?;
            let (s, e) = (f.index.byte_start, f.index.byte_end);
            (s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e))
                .then_some((s, e, uri))
        })
        .collect();
    links.sort_by_key(|l| l.0);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e, uri) in links {
        if s < at {
            continue;
        }
        out.push_str(&text[at..s]);
        out.push_str(uri);
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

/// The AT URI of a quoted post, from a record's embed.
fn quoted_uri(embed: &serde_json::Value) -> Option<String> {
    let kind = embed.get("$type")?.as_str()?;
    let record = match kind {
        "app.bsky.embed.record" => embed.get("record")?,
        "app.bsky.embed.recordWithMedia" => embed.get("record")?.get("record")?,
        _ => return None,
    };
    record.get("uri")?.as_str().map(str::to_string)
}

pub fn parse(ctx: &PageCtx<'_>, body: &[u8]) -> Result<Page, FetchError> {
    let value: serde_json::Value = json(Platform::Bluesky, body)?;
    if let Some(error) = value.get("error").and_then(|e| e.as_str()) {
        let message = value.get("message").and_then(|m| m.as_str()).unwrap_or("");
        return Err(FetchError::Shape(format!(
            "bluesky error {error}: {message}"
        )));
    }
    let items: Vec<FeedItem> = if let Some(posts) = value.get("posts") {
        let posts: Vec<PostView> = shape(Platform::Bluesky, posts.clone())?;
        posts
            .into_iter()
            .map(|post| FeedItem { post, reason: None })
            .collect()
    } else if let Some(feed) = value.get("feed") {
        shape(Platform::Bluesky, feed.clone())?
    } else {
        return Err(FetchError::Shape(
            "unexpected bluesky response shape: neither `posts` nor `feed`".into(),
        ));
    };
    let mut page = Page::default();
    for item in items {
        let p = item.post;
        let mut post = SocialPost::new(p.uri.clone(), p.uri.clone());
        post.permalink = permalink(&p.uri, &p.author.handle);
        post.author = p.author.author();
        post.text = resolve_links(&p.record.text, &p.record.facets);
        post.language = p.record.langs.first().cloned();
        post.created_at = p.record.created_at;
        if let Some(r) = &p.record.reply {
            post.references.push(PostRef {
                kind: "reply_to".into(),
                id: Some(r.parent.uri.clone()),
                url: permalink(&r.parent.uri, ""),
                author: None,
            });
        }
        if let Some(q) = p.record.embed.as_ref().and_then(quoted_uri) {
            post.references.push(PostRef {
                kind: "quote_of".into(),
                url: permalink(&q, ""),
                id: Some(q),
                author: None,
            });
        }
        if let Some(by) = item
            .reason
            .filter(|r| r.kind.ends_with("reasonRepost"))
            .and_then(|r| r.by)
        {
            post.references.push(PostRef {
                kind: "reposted_by".into(),
                id: Some(by.did.clone()).filter(|d| !d.is_empty()),
                url: Some(profile_url(&by.handle)),
                author: Some(format!("@{}", by.handle)),
            });
        }
        count(&mut post.counts, "replies", p.reply_count);
        count(&mut post.counts, "reposts", p.repost_count);
        count(&mut post.counts, "likes", p.like_count);
        count(&mut post.counts, "quotes", p.quote_count);
        let when = p
            .indexed_at
            .clone()
            .or_else(|| p.record.created_at.map(|t| t.to_rfc3339()));
        page.cursor = Platform::Bluesky.max_cursor(page.cursor, when);
        page.posts
            .push(post.into_parsed(Platform::Bluesky, ctx, &mut page.undated));
    }
    page.next = value
        .get("cursor")
        .and_then(|c| c.as_str())
        .filter(|c| !c.is_empty() && !page.posts.is_empty())
        .map(|c| with_param(ctx.url, "cursor", c));
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::social::fixture::ctx;
    use claimwatch_config::FeedConfig;

    /// Shape of `app.bsky.feed.getAuthorFeed` in the AT Protocol lexicon
    /// (`feed` of `FeedViewPost`, `cursor`).
    const FEED: &str = r#"{"cursor":"2021-09-06T07:00:00.000Z",
      "feed":[
        {"post":{"uri":"at://did:plc:abc/app.bsky.feed.post/3k2a","cid":"bafy1",
          "author":{"did":"did:plc:abc","handle":"nrf.bsky.social","displayName":"NRF"},
          "record":{"$type":"app.bsky.feed.post","text":"Claims about Panjshir are false. Details: example.org/nrf…",
            "createdAt":"2021-09-06T08:00:00.000Z","langs":["en"],
            "facets":[{"index":{"byteStart":42,"byteEnd":60},"features":[{"$type":"app.bsky.richtext.facet#link","uri":"https://example.org/nrf/statement-6-sept"}]}],
            "reply":{"root":{"uri":"at://did:plc:zzz/app.bsky.feed.post/1","cid":"x"},"parent":{"uri":"at://did:plc:zzz/app.bsky.feed.post/1","cid":"x"}},
            "embed":{"$type":"app.bsky.embed.record","record":{"uri":"at://did:plc:tal/app.bsky.feed.post/9","cid":"y"}}},
          "replyCount":1,"repostCount":2,"likeCount":3,"quoteCount":0,"indexedAt":"2021-09-06T08:00:01.000Z","labels":[]}},
        {"post":{"uri":"at://did:plc:tal/app.bsky.feed.post/9","cid":"bafy2",
          "author":{"did":"did:plc:tal","handle":"zabihullah.bsky.social"},
          "record":{"$type":"app.bsky.feed.post","text":"Panjshir is conquered","createdAt":"2021-09-06T07:00:00.000Z"},
          "indexedAt":"2021-09-06T07:00:02.000Z"},
         "reason":{"$type":"app.bsky.feed.defs#reasonRepost","by":{"did":"did:plc:abc","handle":"nrf.bsky.social"},"indexedAt":"2021-09-06T08:05:00.000Z"}}
      ]}"#;

    #[test]
    fn author_feed_items_resolve_links_refs_and_reposts() {
        let feed = FeedConfig::new(
            "b",
            "https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=nrf.bsky.social",
            "bluesky",
        );
        let url = first_url(Url::parse(&feed.url).unwrap());
        let page = parse(&ctx(&feed, &url, None), FEED.as_bytes()).unwrap();
        assert_eq!(page.posts.len(), 2);
        let p = &page.posts[0].post;
        assert_eq!(
            p.text,
            "Claims about Panjshir are false. Details: https://example.org/nrf/statement-6-sept"
        );
        assert_eq!(
            p.url.as_deref(),
            Some("https://bsky.app/profile/nrf.bsky.social/post/3k2a")
        );
        assert_eq!(p.author.handle.as_deref(), Some("@nrf.bsky.social"));
        assert_eq!(p.language.as_deref(), Some("en"));
        let kinds: Vec<_> = p.references.iter().map(|r| r.kind.as_str()).collect();
        assert_eq!(kinds, ["reply_to", "quote_of"]);
        let repost = &page.posts[1].post;
        assert_eq!(repost.references[0].kind, "reposted_by");
        assert_eq!(repost.author.name, None);
        assert_eq!(page.cursor.as_deref(), Some("2021-09-06T08:00:01.000Z"));
        assert!(page.next.unwrap().as_str().contains("cursor=2021-09-06T07"));
    }

    #[test]
    fn search_results_and_errors() {
        let feed = FeedConfig::new(
            "b",
            "https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts?q=panjshir",
            "bluesky",
        );
        let url = first_url(Url::parse(&feed.url).unwrap());
        assert!(url.as_str().contains("sort=latest"));
        let search = r#"{"posts":[{"uri":"at://did:plc:q/app.bsky.feed.post/1","author":{"did":"did:plc:q","handle":"q.test"},"record":{"text":"x"}}]}"#;
        let page = parse(&ctx(&feed, &url, None), search.as_bytes()).unwrap();
        assert_eq!(page.posts.len(), 1);
        assert_eq!(page.undated, 1);
        assert!(page.next.is_none());
        let e = parse(
            &ctx(&feed, &url, None),
            br#"{"error":"InvalidRequest","message":"Error: Params must have the property \"q\""}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("InvalidRequest"));
        let e = parse(&ctx(&feed, &url, None), br#"{"posts":[{"uri":"at://x"}]}"#).unwrap_err();
        assert!(e.to_string().contains("author"), "{e}");
    }

    #[test]
    fn facets_with_bad_offsets_are_ignored() {
        let f = |s, e| Facet {
            index: ByteSlice {
                byte_start: s,
                byte_end: e,
            },
            features: vec![serde_json::json!({"$type":"app.bsky.richtext.facet#link","uri":"U"})],
        };
        assert_eq!(resolve_links("héllo", &[f(0, 2)]), "héllo", "splits é");
        assert_eq!(resolve_links("hello", &[f(3, 99)]), "hello");
        assert_eq!(resolve_links("ab cd", &[f(3, 5), f(0, 2)]), "U U");
    }
}
