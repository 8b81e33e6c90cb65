//! Reddit listings in JSON: `https://www.reddit.com/r/{sub}/new.json`,
//! `…/search.json?q=…&sort=new`, or the same paths on `oauth.reddit.com`
//! with a bearer token (`token_env`). Reddit asks for a descriptive
//! User-Agent, which every claimwatch request carries (with `[fetch] contact`).
//!
//! Listings are newest first; a poll pages back with `after` until it
//! meets a post it already published. (Paging forward with `before` stalls
//! for good when the remembered post is deleted, so it is not used.)

use chrono::{DateTime, Utc};
use claimwatch_model::{Author, PostRef};
use serde::Deserialize;
use url::Url;

use super::{
    count, json, shape, with_default_param, with_param, Page, PageCtx, Platform, SocialPost,
};
use crate::FetchError;

pub fn first_url(url: Url) -> Url {
    // raw_json=1: text without HTML entity escaping.
    with_default_param(with_default_param(url, "limit", "100"), "raw_json", "1")
}

#[derive(Deserialize)]
struct Listing {
    data: ListingData,
}

#[derive(Deserialize)]
struct ListingData {
    children: Vec<Thing>,
    #[serde(default)]
    after: Option<String>,
}

#[derive(Deserialize)]
struct Thing {
    kind: String,
    data: Link,
}

#[derive(Deserialize)]
struct Link {
    /// Fullname (`t3_…`): unique across Reddit, the identity and cursor.
    name: String,
    #[serde(default)]
    title: Option<String>,
    /// Self-post text (markdown).
    #[serde(default)]
    selftext: Option<String>,
    /// Comment text, for comment listings.
    #[serde(default)]
    body: Option<String>,
    #[serde(default)]
    author: Option<String>,
    #[serde(default)]
    permalink: Option<String>,
    /// Link target of a link post.
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    created_utc: Option<f64>,
    #[serde(default)]
    is_self: Option<bool>,
    #[serde(default)]
    score: Option<i64>,
    #[serde(default)]
    num_comments: Option<u64>,
    #[serde(default)]
    crosspost_parent: Option<String>,
    #[serde(default)]
    parent_id: Option<String>,
}

pub fn parse(ctx: &PageCtx<'_>, body: &[u8]) -> Result<Page, FetchError> {
    let value: serde_json::Value = json(Platform::Reddit, body)?;
    if value.get("data").is_none() {
        let message = value
            .get("message")
            .and_then(|m| m.as_str())
            .or_else(|| value.get("reason").and_then(|m| m.as_str()))
            .unwrap_or("no `data` in the listing");
        return Err(FetchError::Shape(format!("reddit error: {message}")));
    }
    let listing: Listing = shape(Platform::Reddit, value)?;
    let mut page = Page::default();
    for thing in listing.data.children {
        if thing.kind != "t3" && thing.kind != "t1" {
            continue;
        }
        let l = thing.data;
        let mut post = SocialPost::new(l.name.clone(), l.name.clone());
        post.permalink = l
            .permalink
            .as_deref()
            .and_then(|p| ctx.url.join(p).ok())
            .map(|u| u.to_string());
        post.author = match l.author.as_deref() {
            Some(a) if a != "[deleted]" => Author {
                name: Some(a.to_string()),
                handle: Some(format!("u/{a}")),
                url: ctx
                    .url
                    .join(&format!("/user/{a}"))
                    .ok()
                    .map(|u| u.to_string()),
            },
            _ => Author::default(),
        };
        post.title = l.title;
        post.text = l
            .selftext
            .or(l.body)
            .filter(|t| t != "[removed]" && t != "[deleted]")
            .unwrap_or_default();
        post.created_at = l
            .created_utc
            .and_then(|s| DateTime::<Utc>::from_timestamp(s as i64, 0));
        // A link submission relays someone else's words; a self post or a
        // comment is the author's own.
        post.first_person = l.is_self.unwrap_or(thing.kind == "t1");
        if let Some(target) = l.url.filter(|_| l.is_self == Some(false)) {
            post.references.push(PostRef {
                kind: "links_to".into(),
                url: Some(target),
                ..Default::default()
            });
        }
        if let Some(parent) = l.crosspost_parent {
            post.references.push(PostRef {
                kind: "repost_of".into(),
                id: Some(parent),
                ..Default::default()
            });
        }
        if let Some(parent) = l.parent_id {
            post.references.push(PostRef {
                kind: "reply_to".into(),
                id: Some(parent),
                ..Default::default()
            });
        }
        count(&mut post.counts, "score", l.score.map(|s| s.max(0) as u64));
        count(&mut post.counts, "replies", l.num_comments);
        page.cursor = Platform::Reddit.max_cursor(page.cursor, Some(l.name));
        page.posts
            .push(post.into_parsed(Platform::Reddit, ctx, &mut page.undated));
    }
    page.next = listing
        .data
        .after
        .filter(|a| !a.is_empty() && !page.posts.is_empty())
        .map(|a| with_param(ctx.url, "after", &a));
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::social::fixture::ctx;
    use claimwatch_config::FeedConfig;

    /// Shape of `GET /r/{sub}/new.json` (a `Listing` of `t3` things).
    const LISTING: &str = r#"{"kind":"Listing","data":{"after":"t3_pq1","dist":2,"modhash":"","before":null,
      "children":[
        {"kind":"t3","data":{"id":"pq2","name":"t3_pq2","subreddit":"afghanistan","title":"NRF statement on Panjshir",
          "selftext":"The resistance denied the claim and stated that it is false.","author":"nrf_press",
          "permalink":"/r/afghanistan/comments/pq2/nrf_statement/","url":"https://www.reddit.com/r/afghanistan/comments/pq2/nrf_statement/",
          "created_utc":1630915200.0,"is_self":true,"score":120,"num_comments":33}},
        {"kind":"t3","data":{"id":"pq1","name":"t3_pq1","title":"Taliban say Panjshir has fallen",
          "selftext":"","author":"[deleted]","permalink":"/r/afghanistan/comments/pq1/taliban/",
          "url":"https://news.example/taliban-panjshir","created_utc":1630911600.0,"is_self":false,"score":-3}}
      ]}}"#;

    #[test]
    fn listing_children_become_posts_and_after_continues_the_walk() {
        let feed = FeedConfig::new(
            "r",
            "https://www.reddit.com/r/afghanistan/new.json",
            "reddit",
        );
        let url = first_url(Url::parse(&feed.url).unwrap());
        assert_eq!(url.query(), Some("limit=100&raw_json=1"));
        let page = parse(&ctx(&feed, &url, None), LISTING.as_bytes()).unwrap();
        assert_eq!(page.posts.len(), 2);
        let own = &page.posts[0].post;
        assert_eq!(own.title.as_deref(), Some("NRF statement on Panjshir"));
        assert_eq!(
            own.url.as_deref(),
            Some("https://www.reddit.com/r/afghanistan/comments/pq2/nrf_statement/")
        );
        assert_eq!(own.author.handle.as_deref(), Some("u/nrf_press"));
        assert_eq!(own.published_at.timestamp(), 1630915200);
        assert!(own.first_person);
        assert_eq!(own.counts["replies"], 33);
        let link = &page.posts[1].post;
        assert!(!link.first_person);
        assert_eq!(link.author.name, None);
        assert_eq!(
            link.references[0].url.as_deref(),
            Some("https://news.example/taliban-panjshir")
        );
        assert_eq!(page.cursor.as_deref(), Some("t3_pq2"));
        assert!(page.next.unwrap().as_str().ends_with("after=t3_pq1"));
    }

    #[test]
    fn blocked_and_malformed_responses() {
        let feed = FeedConfig::new("r", "https://www.reddit.com/r/x/new.json", "reddit");
        let url = Url::parse(&feed.url).unwrap();
        let e = parse(
            &ctx(&feed, &url, None),
            br#"{"message": "Too Many Requests", "error": 429}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("Too Many Requests"));
        let e = parse(
            &ctx(&feed, &url, None),
            b"<html><body>whoa there, pardner!</body></html>",
        )
        .unwrap_err();
        assert_eq!(e.class(), "unexpected_shape");
        let e = parse(
            &ctx(&feed, &url, None),
            br#"{"data":{"children":[{"kind":"t3","data":{"id":"a"}}]}}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("name"), "{e}");
    }
}
