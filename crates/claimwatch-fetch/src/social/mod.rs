//! Social platforms as sources: per platform, the URL of the next request
//! and the parser of its response. Pure (no IO, no clock: the fetch time is
//! an argument) so that recorded-shape fixtures test every platform.
//!
//! Two paging models cover the platforms:
//! - [`Paging::Forward`] (Mastodon `min_id`, Telegram `?after=`): a request
//!   names the newest post already published and the platform answers with
//!   the posts right after it, so a poll walks forward until a page brings
//!   nothing newer. Cut off by `max_pages_per_poll`, the walk resumes at the
//!   next poll: nothing is skipped.
//! - [`Paging::NewestFirst`] (Bluesky, Reddit, X): the platform answers
//!   newest first and pages go back in time, so a poll walks back until it
//!   reaches a post it has already published (or X's `since_id`).
//!
//! The first poll of a source (no cursor yet) reads one page only: a new
//! source starts from now, it does not crawl history.

pub mod bluesky;
pub mod mastodon;
pub mod reddit;
pub mod telegram;
pub mod x;

use std::cmp::Ordering;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use claimwatch_config::FeedConfig;
use claimwatch_model::{
    stable_id, text::clean, Author, PostRef, RawPost, SourceRef, RAW_POST_SCHEMA,
};
use serde::de::DeserializeOwned;
use url::Url;

use crate::parse::ParsedPost;
use crate::FetchError;

/// The social source kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    Mastodon,
    Bluesky,
    Reddit,
    Telegram,
    X,
}

/// How a platform's pages relate to the cursor (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    Forward,
    NewestFirst,
}

/// What a parser needs besides the body.
pub struct PageCtx<'a> {
    pub feed: &'a FeedConfig,
    /// The URL that was requested (after redirects).
    pub url: &'a Url,
    /// The `Link` response header (Mastodon pagination).
    pub link_header: Option<&'a str>,
    pub fetched_at: DateTime<Utc>,
}

/// One parsed page.
#[derive(Debug, Default)]
pub struct Page {
    pub posts: Vec<ParsedPost>,
    /// The request that continues the walk, when the platform offers one.
    pub next: Option<Url>,
    /// The newest cursor value on this page (see [`Platform::newer`]).
    pub cursor: Option<String>,
    /// Posts whose date could not be read (fetch time used instead).
    pub undated: usize,
}

impl Platform {
    /// The platform of a `kind` from config, if it is a social one.
    pub fn of(kind: &str) -> Option<Platform> {
        Some(match kind {
            "mastodon" => Platform::Mastodon,
            "bluesky" => Platform::Bluesky,
            "reddit" => Platform::Reddit,
            "telegram" => Platform::Telegram,
            "x" => Platform::X,
            _ => return None,
        })
    }

    /// Lowercase name, also the `platform` field of its posts.
    pub fn name(self) -> &'static str {
        match self {
            Platform::Mastodon => "mastodon",
            Platform::Bluesky => "bluesky",
            Platform::Reddit => "reddit",
            Platform::Telegram => "telegram",
            Platform::X => "x",
        }
    }

    pub fn paging(self) -> Paging {
        match self {
            Platform::Mastodon | Platform::Telegram => Paging::Forward,
            Platform::Bluesky | Platform::Reddit | Platform::X => Paging::NewestFirst,
        }
    }

    /// The first request of a poll, given the cursor of the last published
    /// page.
    pub fn first_url(self, feed: &FeedConfig, cursor: Option<&str>) -> Result<Url, FetchError> {
        let url = Url::parse(&feed.url).map_err(|_| FetchError::InvalidUrl(feed.url.clone()))?;
        Ok(match self {
            Platform::Mastodon => mastodon::first_url(url, cursor),
            Platform::Bluesky => bluesky::first_url(url),
            Platform::Reddit => reddit::first_url(url),
            Platform::Telegram => telegram::first_url(url, cursor),
            Platform::X => x::first_url(url, cursor),
        })
    }

    /// Parses one response body.
    pub fn parse(self, ctx: &PageCtx<'_>, body: &[u8]) -> Result<Page, FetchError> {
        match self {
            Platform::Mastodon => mastodon::parse(ctx, body),
            Platform::Bluesky => bluesky::parse(ctx, body),
            Platform::Reddit => reddit::parse(ctx, body),
            Platform::Telegram => telegram::parse(ctx, body),
            Platform::X => x::parse(ctx, body),
        }
    }

    /// True when cursor value `a` is newer than `b`. Cursors are numeric
    /// ids (Mastodon, Telegram, X), base-36 fullnames (Reddit) or RFC 3339
    /// times (Bluesky).
    pub fn newer(self, a: &str, b: &str) -> bool {
        match self {
            Platform::Bluesky => match (parse_time(a), parse_time(b)) {
                (Some(x), Some(y)) => x > y,
                _ => a > b,
            },
            Platform::Reddit => {
                cmp_ids(
                    a.rsplit('_').next().unwrap_or(a),
                    b.rsplit('_').next().unwrap_or(b),
                ) == Ordering::Greater
            }
            _ => cmp_ids(a, b) == Ordering::Greater,
        }
    }

    /// The newer of two optional cursors.
    pub fn max_cursor(self, a: Option<String>, b: Option<String>) -> Option<String> {
        match (a, b) {
            (Some(a), Some(b)) => Some(if self.newer(&b, &a) { b } else { a }),
            (a, b) => a.or(b),
        }
    }
}

/// Compares ids that are numbers (or base-36 words) of any length without
/// overflowing: shorter is smaller, equal lengths compare as text.
pub fn cmp_ids(a: &str, b: &str) -> Ordering {
    let a = a.trim_start_matches('0');
    let b = b.trim_start_matches('0');
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// `url` with query parameter `key` set to `value` (replacing it).
pub fn with_param(url: &Url, key: &str, value: &str) -> Url {
    let mut u = url.clone();
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| k != key)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    u.query_pairs_mut()
        .clear()
        .extend_pairs(kept)
        .append_pair(key, value);
    u
}

/// `url` with `key=value` added unless the operator's URL already sets it.
pub fn with_default_param(url: Url, key: &str, value: &str) -> Url {
    if url.query_pairs().any(|(k, _)| k == key) {
        url
    } else {
        with_param(&url, key, value)
    }
}

/// Deserialises a JSON API response; a body that is not JSON (an HTML
/// login wall, an error page) or has an unexpected shape is a
/// [`FetchError::Shape`] naming the platform and what was wrong.
pub(crate) fn json<T: DeserializeOwned>(platform: Platform, body: &[u8]) -> Result<T, FetchError> {
    serde_json::from_slice(body).map_err(|e| {
        let start = String::from_utf8_lossy(&body[..body.len().min(40)])
            .trim_start()
            .chars()
            .take(20)
            .collect::<String>();
        if e.is_syntax() || e.is_eof() {
            FetchError::Shape(format!(
                "{} response is not JSON ({e}); it starts with {start:?}",
                platform.name()
            ))
        } else {
            FetchError::Shape(format!(
                "unexpected {} response shape: {e}",
                platform.name()
            ))
        }
    })
}

/// Converts an already parsed JSON value into the platform's type; the
/// error names the missing or mistyped field.
pub(crate) fn shape<T: DeserializeOwned>(
    platform: Platform,
    value: serde_json::Value,
) -> Result<T, FetchError> {
    serde_json::from_value(value).map_err(|e| {
        FetchError::Shape(format!(
            "unexpected {} response shape: {e}",
            platform.name()
        ))
    })
}

/// Everything a platform knows about one post.
pub(crate) struct SocialPost {
    /// Dedup identity within the source (platform-global where possible,
    /// so that a repost of a post already published is not published again).
    pub identity: String,
    pub native_id: String,
    pub permalink: Option<String>,
    pub author: Author,
    pub title: Option<String>,
    pub text: String,
    pub language: Option<String>,
    pub created_at: Option<DateTime<Utc>>,
    pub references: Vec<PostRef>,
    pub counts: BTreeMap<String, u64>,
    /// Whether the author speaks in the first person (the extractor's
    /// default speaker); false for forwards and link submissions.
    pub first_person: bool,
}

impl SocialPost {
    pub fn new(identity: String, native_id: String) -> SocialPost {
        SocialPost {
            identity,
            native_id,
            permalink: None,
            author: Author::default(),
            title: None,
            text: String::new(),
            language: None,
            created_at: None,
            references: Vec::new(),
            counts: BTreeMap::new(),
            first_person: true,
        }
    }

    /// The normalised raw post. Counts `undated` when no date was given.
    pub fn into_parsed(
        self,
        platform: Platform,
        ctx: &PageCtx<'_>,
        undated: &mut usize,
    ) -> ParsedPost {
        if self.created_at.is_none() {
            *undated += 1;
        }
        let feed = ctx.feed;
        let clean_opt = |s: Option<String>| s.map(|s| clean(&s)).filter(|s| !s.is_empty());
        let post = RawPost {
            schema: RAW_POST_SCHEMA.to_string(),
            id: stable_id("p", &[&feed.id, &self.identity]),
            source: SourceRef {
                id: feed.id.clone(),
                kind: feed.kind.clone(),
                url: feed.url.clone(),
            },
            platform: platform.name().to_string(),
            url: self.permalink,
            guid: Some(self.native_id),
            author: Author {
                name: clean_opt(self.author.name),
                handle: self.author.handle,
                url: self.author.url,
            },
            title: clean_opt(self.title),
            text: clean(&self.text),
            language: self.language,
            published_at: self.created_at.unwrap_or(ctx.fetched_at),
            fetched_at: ctx.fetched_at,
            first_person: self.first_person,
            tags: feed.tags.clone(),
            references: self.references,
            counts: self.counts,
        };
        ParsedPost {
            post,
            identity: self.identity,
            title_hash: None,
        }
    }
}

/// Adds `name = value` to `counts` when the platform gave it.
pub(crate) fn count(counts: &mut BTreeMap<String, u64>, name: &str, value: Option<u64>) {
    if let Some(v) = value {
        counts.insert(name.to_string(), v);
    }
}

#[cfg(test)]
pub(crate) mod fixture {
    use super::*;

    pub fn ctx<'a>(feed: &'a FeedConfig, url: &'a Url, link: Option<&'a str>) -> PageCtx<'a> {
        PageCtx {
            feed,
            url,
            link_header: link,
            fetched_at: DateTime::parse_from_rfc3339("2021-09-06T12:00:00Z")
                .unwrap()
                .with_timezone(&Utc),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_compare_as_numbers_of_any_length() {
        assert_eq!(cmp_ids("9", "10"), Ordering::Less);
        assert_eq!(
            cmp_ids("109876543210987654321", "109876543210987654320"),
            Ordering::Greater
        );
        assert!(Platform::Reddit.newer("t3_10a", "t3_zz"));
        assert!(Platform::Bluesky.newer("2021-09-06T10:00:01.5Z", "2021-09-06T10:00:01Z"));
        assert_eq!(
            Platform::X.max_cursor(Some("5".into()), Some("12".into())),
            Some("12".into())
        );
    }

    #[test]
    fn params_replace_or_default() {
        let u = Url::parse("http://h/p?q=a&limit=5").unwrap();
        assert_eq!(
            with_param(&u, "limit", "9").as_str(),
            "http://h/p?q=a&limit=9"
        );
        assert_eq!(
            with_default_param(u, "limit", "40").as_str(),
            "http://h/p?q=a&limit=5"
        );
    }

    #[test]
    fn html_instead_of_json_names_the_platform_and_the_start_of_the_body() {
        let e = json::<Vec<u32>>(Platform::Reddit, b"<!DOCTYPE html><html>blocked").unwrap_err();
        assert_eq!(e.class(), "unexpected_shape");
        let m = e.to_string();
        assert!(m.contains("reddit") && m.contains("<!DOCTYPE"), "{m}");
    }
}
