//! Mastodon (any instance): hashtag, account and public/local timelines.
//!
//! The configured URL is the timeline endpoint, e.g.
//! `https://mastodon.social/api/v1/timelines/tag/panjshir`,
//! `…/api/v1/accounts/{id}/statuses` or `…/api/v1/timelines/public?local=true`.
//! Polls walk forward with `min_id` (the newest status published), following
//! the `Link: <…>; rel="prev"` header the server sends.

use chrono::{DateTime, Utc};
use claimwatch_model::{Author, PostRef};
use serde::Deserialize;
use url::Url;

use super::{
    count, json, shape, with_default_param, with_param, Page, PageCtx, Platform, SocialPost,
};
use crate::html_to_text;
use crate::FetchError;

/// Statuses per page (the API maximum).
const PAGE_SIZE: &str = "40";

pub fn first_url(url: Url, cursor: Option<&str>) -> Url {
    let url = with_default_param(url, "limit", PAGE_SIZE);
    match cursor {
        Some(c) => with_param(&url, "min_id", c),
        None => url,
    }
}

#[derive(Deserialize)]
struct Status {
    id: String,
    #[serde(default)]
    created_at: Option<DateTime<Utc>>,
    #[serde(default)]
    uri: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    content: String,
    #[serde(default)]
    spoiler_text: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    in_reply_to_id: Option<String>,
    account: Account,
    #[serde(default)]
    reblog: Option<Box<Status>>,
    #[serde(default)]
    replies_count: Option<u64>,
    #[serde(default)]
    reblogs_count: Option<u64>,
    #[serde(default)]
    favourites_count: Option<u64>,
}

#[derive(Deserialize)]
struct Account {
    #[serde(default)]
    username: String,
    #[serde(default)]
    acct: String,
    #[serde(default)]
    display_name: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

impl Account {
    /// `@user@instance`: local accounts' `acct` has no instance part.
    fn handle(&self, instance: &str) -> Option<String> {
        let acct = if self.acct.is_empty() {
            &self.username
        } else {
            &self.acct
        };
        if acct.is_empty() {
            None
        } else if acct.contains('@') {
            Some(format!("@{acct}"))
        } else {
            Some(format!("@{acct}@{instance}"))
        }
    }

    fn author(&self, instance: &str) -> Author {
        Author {
            name: self
                .display_name
                .clone()
                .filter(|n| !n.trim().is_empty())
                .or_else(|| Some(self.username.clone()).filter(|n| !n.is_empty())),
            handle: self.handle(instance),
            url: self.url.clone(),
        }
    }
}

pub fn parse(ctx: &PageCtx<'_>, body: &[u8]) -> Result<Page, FetchError> {
    let value: serde_json::Value = json(Platform::Mastodon, body)?;
    if let Some(error) = value.get("error").and_then(|e| e.as_str()) {
        return Err(FetchError::Shape(format!("mastodon error: {error}")));
    }
    let statuses: Vec<Status> = shape(Platform::Mastodon, value)?;
    let instance = ctx.url.host_str().unwrap_or_default();
    let mut page = Page::default();
    for wrapper in statuses {
        page.cursor = Platform::Mastodon.max_cursor(page.cursor, Some(wrapper.id.clone()));
        let booster = wrapper
            .reblog
            .is_some()
            .then(|| wrapper.account.author(instance));
        let s = match wrapper.reblog {
            Some(original) => *original,
            None => wrapper,
        };
        // The ActivityPub URI is global: a status seen directly and through
        // a boost is one post.
        let identity = s
            .uri
            .clone()
            .unwrap_or_else(|| format!("{instance}/{}", s.id));
        let mut post = SocialPost::new(identity, s.id.clone());
        post.permalink = s.url.clone().or(s.uri.clone());
        post.author = s.account.author(instance);
        let mut text = html_to_text(&s.content);
        if let Some(cw) = s.spoiler_text.as_deref().filter(|t| !t.trim().is_empty()) {
            text = format!("{cw}\n\n{text}");
        }
        post.text = text;
        post.language = s.language;
        post.created_at = s.created_at;
        if let Some(parent) = s.in_reply_to_id {
            post.references.push(PostRef {
                kind: "reply_to".into(),
                id: Some(parent),
                ..Default::default()
            });
        }
        if let Some(b) = booster {
            post.references.push(PostRef {
                kind: "reposted_by".into(),
                id: None,
                url: b.url,
                author: b.handle.or(b.name),
            });
        }
        count(&mut post.counts, "replies", s.replies_count);
        count(&mut post.counts, "reposts", s.reblogs_count);
        count(&mut post.counts, "likes", s.favourites_count);
        page.posts
            .push(post.into_parsed(Platform::Mastodon, ctx, &mut page.undated));
    }
    page.next = match (
        ctx.link_header.and_then(|l| link_rel(l, "prev")),
        &page.cursor,
    ) {
        (Some(prev), _) => ctx.url.join(&prev).ok(),
        (None, Some(c)) => Some(with_param(ctx.url, "min_id", c)),
        (None, None) => None,
    };
    Ok(page)
}

/// The target of `rel` in an RFC 8288 `Link` header.
pub fn link_rel(header: &str, rel: &str) -> Option<String> {
    header.split(',').find_map(|part| {
        let (target, params) = part.split_once(';')?;
        let target = target.trim().strip_prefix('<')?.strip_suffix('>')?;
        params
            .split(';')
            .filter_map(|p| p.trim().split_once('='))
            .any(|(k, v)| {
                k.trim().eq_ignore_ascii_case("rel")
                    && v.trim()
                        .trim_matches('"')
                        .split_whitespace()
                        .any(|r| r == rel)
            })
            .then(|| target.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::social::fixture::ctx;
    use claimwatch_config::FeedConfig;

    /// Shape of `GET /api/v1/timelines/tag/:hashtag` in the Mastodon API
    /// documentation (fields we do not read trimmed).
    const PAGE: &str = r#"[
      {"id":"110000000000000003","created_at":"2021-09-06T08:12:00.000Z",
       "in_reply_to_id":null,"sensitive":false,"spoiler_text":"","visibility":"public",
       "language":"en","uri":"https://mastodon.example/users/nrf/statuses/110000000000000003",
       "url":"https://mastodon.example/@nrf/110000000000000003","replies_count":4,
       "reblogs_count":12,"favourites_count":30,
       "content":"<p>The Taliban&#39;s claim that <a href=\"https://mastodon.example/tags/panjshir\" class=\"mention hashtag\">#<span>Panjshir</span></a> has fallen is false.</p>",
       "reblog":null,
       "account":{"id":"1","username":"nrf","acct":"nrf","display_name":"NRF Official","url":"https://mastodon.example/@nrf"},
       "media_attachments":[],"mentions":[],"tags":[{"name":"panjshir"}],"emojis":[]},
      {"id":"110000000000000002","created_at":"2021-09-06T08:00:00.000Z",
       "in_reply_to_id":null,"spoiler_text":"","language":null,
       "uri":"https://mastodon.example/users/relay/statuses/110000000000000002",
       "url":"https://mastodon.example/@relay/110000000000000002","content":"",
       "account":{"id":"2","username":"relay","acct":"relay","display_name":"","url":"https://mastodon.example/@relay"},
       "reblog":{"id":"99","created_at":"2021-09-06T07:00:00.000Z","in_reply_to_id":"98",
         "uri":"https://other.example/users/zm/statuses/99","url":"https://other.example/@zm/99",
         "content":"<p>Panjshir was completely conquered.</p>","language":"en",
         "account":{"id":"7","username":"zm","acct":"zm@other.example","display_name":"Zabihullah M.","url":"https://other.example/@zm"}}}
    ]"#;

    #[test]
    fn statuses_and_boosts_become_posts_with_handles_refs_and_a_cursor() {
        let feed = FeedConfig::new(
            "m",
            "https://mastodon.example/api/v1/timelines/tag/panjshir",
            "mastodon",
        );
        let url = first_url(Url::parse(&feed.url).unwrap(), Some("110000000000000001"));
        assert!(
            url.as_str()
                .ends_with("?limit=40&min_id=110000000000000001"),
            "{url}"
        );
        let link = "<https://mastodon.example/api/v1/timelines/tag/panjshir?max_id=110000000000000002>; rel=\"next\", <https://mastodon.example/api/v1/timelines/tag/panjshir?min_id=110000000000000003>; rel=\"prev\"";
        let page = parse(&ctx(&feed, &url, Some(link)), PAGE.as_bytes()).unwrap();
        assert_eq!(page.posts.len(), 2);
        let nrf = &page.posts[0].post;
        assert_eq!(nrf.platform, "mastodon");
        assert_eq!(
            nrf.text,
            "The Taliban's claim that #Panjshir has fallen is false."
        );
        assert_eq!(nrf.author.handle.as_deref(), Some("@nrf@mastodon.example"));
        assert_eq!(nrf.author.name.as_deref(), Some("NRF Official"));
        assert_eq!(
            nrf.url.as_deref(),
            Some("https://mastodon.example/@nrf/110000000000000003")
        );
        assert_eq!(nrf.counts["reposts"], 12);
        assert!(nrf.first_person);
        let boost = &page.posts[1];
        assert_eq!(boost.identity, "https://other.example/users/zm/statuses/99");
        assert_eq!(
            boost.post.author.handle.as_deref(),
            Some("@zm@other.example")
        );
        assert_eq!(boost.post.text, "Panjshir was completely conquered.");
        let kinds: Vec<_> = boost
            .post
            .references
            .iter()
            .map(|r| r.kind.as_str())
            .collect();
        assert_eq!(kinds, ["reply_to", "reposted_by"]);
        assert_eq!(page.cursor.as_deref(), Some("110000000000000003"));
        assert!(page
            .next
            .unwrap()
            .as_str()
            .ends_with("min_id=110000000000000003"));
    }

    #[test]
    fn errors_and_other_shapes_are_shape_errors() {
        let feed = FeedConfig::new(
            "m",
            "https://mastodon.example/api/v1/timelines/public",
            "mastodon",
        );
        let url = Url::parse(&feed.url).unwrap();
        let e = parse(
            &ctx(&feed, &url, None),
            br#"{"error":"This method requires an authenticated user"}"#,
        )
        .unwrap_err();
        assert!(
            e.to_string().contains("requires an authenticated user"),
            "{e}"
        );
        let e = parse(&ctx(&feed, &url, None), br#"[{"id":"1"}]"#).unwrap_err();
        assert_eq!(e.class(), "unexpected_shape");
        assert!(parse(&ctx(&feed, &url, None), b"[]")
            .unwrap()
            .posts
            .is_empty());
    }

    #[test]
    fn link_header_targets_by_rel() {
        let h = "<https://a/x?max_id=1>; rel=\"next\", <https://a/x?min_id=9>; rel=\"prev\"";
        assert_eq!(link_rel(h, "prev").as_deref(), Some("https://a/x?min_id=9"));
        assert_eq!(link_rel(h, "next").as_deref(), Some("https://a/x?max_id=1"));
        assert_eq!(link_rel("garbage", "prev"), None);
    }
}
