//! Telegram public channels through their web preview,
//! `https://t.me/s/{channel}`: an HTML page of the latest messages, each a
//! `.tgme_widget_message` with `data-post="channel/123"`. Incremental by
//! message id: after the first poll, `?after={newest id}` asks for the
//! messages that follow it.

use chrono::{DateTime, Utc};
use claimwatch_model::{Author, PostRef};
use scraper::{ElementRef, Html, Selector};
use url::Url;

use super::{with_param, Page, PageCtx, Platform, SocialPost};
use crate::{html_to_text, FetchError};

pub fn first_url(url: Url, cursor: Option<&str>) -> Url {
    match cursor {
        Some(c) => with_param(&url, "after", c),
        None => url,
    }
}

/// Compiled selectors (static strings: a failure is a programming error
/// caught by the tests).
struct Selectors {
    message: Selector,
    text: Selector,
    date_link: Selector,
    time: Selector,
    owner: Selector,
    author: Selector,
    views: Selector,
    forwarded: Selector,
    reply: Selector,
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

fn selectors() -> &'static Selectors {
    static S: std::sync::OnceLock<Selectors> = std::sync::OnceLock::new();
    S.get_or_init(|| Selectors {
        message: sel(".tgme_widget_message[data-post]"),
        text: sel(".tgme_widget_message_text"),
        date_link: sel("a.tgme_widget_message_date"),
        time: sel("time[datetime]"),
        owner: sel(".tgme_widget_message_owner_name"),
        author: sel(".tgme_widget_message_from_author"),
        views: sel(".tgme_widget_message_views"),
        forwarded: sel(".tgme_widget_message_forwarded_from_name"),
        reply: sel("a.tgme_widget_message_reply"),
    })
}

fn text_of(e: ElementRef<'_>) -> String {
    e.text().collect::<String>().trim().to_string()
}

/// "1.2K" → 1200, "3M" → 3000000, "845" → 845.
fn parse_views(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, mult) = match s.chars().last()? {
        'K' | 'k' => (&s[..s.len() - 1], 1_000.0),
        'M' | 'm' => (&s[..s.len() - 1], 1_000_000.0),
        _ => (s, 1.0),
    };
    let v: f64 = num.parse().ok()?;
    (v.is_finite() && v >= 0.0).then(|| (v * mult).round() as u64)
}

pub fn parse(ctx: &PageCtx<'_>, body: &[u8]) -> Result<Page, FetchError> {
    let html = std::str::from_utf8(body)
        .map_err(|e| FetchError::Shape(format!("telegram page is not UTF-8: {e}")))?;
    if !html.contains("tgme_") {
        let start: String = html.trim_start().chars().take(20).collect();
        return Err(FetchError::Shape(format!(
            "not a telegram channel preview page (no tgme_ markup); it starts with {start:?}"
        )));
    }
    let doc = Html::parse_document(html);
    let s = selectors();
    let mut page = Page::default();
    for m in doc.select(&s.message) {
        let Some(data_post) = m.value().attr("data-post") else {
            continue;
        };
        let Some((channel, id)) = data_post.rsplit_once('/') else {
            continue;
        };
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let mut post = SocialPost::new(data_post.to_string(), data_post.to_string());
        let date_link = m.select(&s.date_link).next();
        post.permalink = Some(
            date_link
                .and_then(|a| a.value().attr("href"))
                .map(str::to_string)
                .unwrap_or_else(|| format!("https://t.me/{data_post}")),
        );
        post.created_at = m
            .select(&s.time)
            .next()
            .and_then(|t| t.value().attr("datetime"))
            .and_then(|d| DateTime::parse_from_rfc3339(d).ok())
            .map(|d| d.with_timezone(&Utc));
        // The quoted text of a reply is a message_text too: skip it.
        post.text = m
            .select(&s.text)
            .find(|t| {
                !t.ancestors().any(|a| {
                    a.value().as_element().is_some_and(|e| {
                        e.has_class(
                            "tgme_widget_message_reply",
                            scraper::CaseSensitivity::CaseSensitive,
                        )
                    })
                })
            })
            .map(|t| html_to_text(&t.inner_html()))
            .unwrap_or_default();
        let owner = m.select(&s.owner).next().map(text_of);
        let signed = m.select(&s.author).next().map(text_of);
        post.author = Author {
            name: signed.or(owner).filter(|n| !n.is_empty()),
            handle: Some(format!("@{channel}")),
            url: Some(format!("https://t.me/{channel}")),
        };
        if let Some(v) = m
            .select(&s.views)
            .next()
            .and_then(|v| parse_views(&text_of(v)))
        {
            post.counts.insert("views".into(), v);
        }
        if let Some(f) = m.select(&s.forwarded).next() {
            // A forward relays another channel's words.
            post.first_person = false;
            post.references.push(PostRef {
                kind: "forwarded_from".into(),
                id: None,
                url: f.value().attr("href").map(str::to_string),
                author: Some(text_of(f)).filter(|a| !a.is_empty()),
            });
        }
        if let Some(r) = m.select(&s.reply).next() {
            let href = r.value().attr("href").map(str::to_string);
            post.references.push(PostRef {
                kind: "reply_to".into(),
                id: href
                    .as_deref()
                    .and_then(|h| h.split("t.me/").nth(1))
                    .map(|p| p.split('?').next().unwrap_or(p).to_string()),
                url: href,
                author: None,
            });
        }
        page.cursor = Platform::Telegram.max_cursor(page.cursor, Some(id.to_string()));
        page.posts
            .push(post.into_parsed(Platform::Telegram, ctx, &mut page.undated));
    }
    page.next = page
        .cursor
        .as_ref()
        .map(|c| with_param(ctx.url, "after", c));
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::social::fixture::ctx;
    use claimwatch_config::FeedConfig;

    /// Trimmed markup of a `t.me/s/{channel}` page as served by Telegram.
    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>NRF – Telegram</title></head><body>
<section class="tgme_channel_history js-message_history">
<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="nrfafg/1201" data-view="x">
 <div class="tgme_widget_message_bubble">
  <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/nrfafg"><span dir="auto">National Resistance Front</span></a></div>
  <div class="tgme_widget_message_text js-message_text" dir="auto">The Taliban&#39;s claim of conquering <b>Panjshir</b> is false.<br/>Our forces hold all strategic positions.</div>
  <div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
   <span class="tgme_widget_message_views">12.5K</span><span class="copyonly"> views</span>
   <span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/nrfafg/1201"><time datetime="2021-09-06T09:30:00+00:00" class="time">09:30</time></a></span>
  </div></div>
 </div></div></div>
<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="nrfafg/1202">
 <div class="tgme_widget_message_bubble">
  <a class="tgme_widget_message_owner_name" href="https://t.me/nrfafg"><span dir="auto">National Resistance Front</span></a>
  <div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/tolonews/5"><span dir="auto">TOLOnews</span></a></div>
  <a class="tgme_widget_message_reply" href="https://t.me/nrfafg/1201?single"><div class="tgme_widget_message_text js-message_text">The Taliban…</div></a>
  <div class="tgme_widget_message_text js-message_text" dir="auto">Fighting continues in the valley, sources said.</div>
  <span class="tgme_widget_message_views">845</span>
  <a class="tgme_widget_message_date" href="https://t.me/nrfafg/1202"><time datetime="2021-09-06T10:00:00+00:00"></time></a>
 </div></div></div>
</section></body></html>"#;

    #[test]
    fn preview_messages_become_posts_with_views_forwards_and_replies() {
        let feed = FeedConfig::new("t", "https://t.me/s/nrfafg", "telegram");
        let url = first_url(Url::parse(&feed.url).unwrap(), Some("1200"));
        assert_eq!(url.as_str(), "https://t.me/s/nrfafg?after=1200");
        let page = parse(&ctx(&feed, &url, None), PAGE.as_bytes()).unwrap();
        assert_eq!(page.posts.len(), 2);
        let a = &page.posts[0].post;
        assert_eq!(a.text, "The Taliban's claim of conquering Panjshir is false.\nOur forces hold all strategic positions.");
        assert_eq!(a.author.name.as_deref(), Some("National Resistance Front"));
        assert_eq!(a.author.handle.as_deref(), Some("@nrfafg"));
        assert_eq!(a.url.as_deref(), Some("https://t.me/nrfafg/1201"));
        assert_eq!(a.counts["views"], 12_500);
        assert_eq!(a.published_at.to_rfc3339(), "2021-09-06T09:30:00+00:00");
        assert!(a.first_person);
        let b = &page.posts[1].post;
        assert!(!b.first_person);
        assert_eq!(b.text, "Fighting continues in the valley, sources said.");
        assert_eq!(b.references[0].author.as_deref(), Some("TOLOnews"));
        assert_eq!(b.references[1].id.as_deref(), Some("nrfafg/1201"));
        assert_eq!(page.cursor.as_deref(), Some("1202"));
        assert_eq!(
            page.next.unwrap().as_str(),
            "https://t.me/s/nrfafg?after=1202"
        );
    }

    #[test]
    fn other_pages_are_shape_errors_and_empty_channels_are_empty() {
        let feed = FeedConfig::new("t", "https://t.me/s/nrfafg", "telegram");
        let url = Url::parse(&feed.url).unwrap();
        assert_eq!(
            parse(&ctx(&feed, &url, None), br#"{"ok":false}"#)
                .unwrap_err()
                .class(),
            "unexpected_shape"
        );
        assert_eq!(
            parse(&ctx(&feed, &url, None), b"\xff\xfe")
                .unwrap_err()
                .class(),
            "unexpected_shape"
        );
        let empty = parse(
            &ctx(&feed, &url, None),
            br#"<html><div class="tgme_channel_info"></div></html>"#,
        )
        .unwrap();
        assert!(empty.posts.is_empty() && empty.next.is_none());
        assert_eq!(parse_views("1.2K"), Some(1200));
        assert_eq!(parse_views("x"), None);
    }
}
