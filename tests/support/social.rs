//! A loopback simulator of the five social platforms claimwatch polls. Each
//! platform keeps a list of posts and answers the documented endpoints with
//! the documented response shapes and paging semantics (Mastodon `min_id`
//! and `Link`, Bluesky and X cursors, Reddit `after`, Telegram `?after=`),
//! with small pages so that polls walk several of them. Faults (a 429, a
//! malformed body) can be queued per platform; every request is recorded.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::json;

/// The simulated platforms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sim {
    Mastodon,
    Bluesky,
    Reddit,
    Telegram,
    X,
}

pub const ALL_SIMS: [Sim; 5] = [
    Sim::Mastodon,
    Sim::Bluesky,
    Sim::Reddit,
    Sim::Telegram,
    Sim::X,
];

/// Bearer token the X simulator requires.
pub const X_TOKEN: &str = "sim-x-bearer-3f9a2c71";

/// OAuth client credentials the simulated Reddit token endpoint accepts
/// (`OAUTH_TOKEN_PATH`), and the access token it grants.
pub const REDDIT_CLIENT_ID: &str = "sim-client";
pub const REDDIT_CLIENT_SECRET: &str = "sim-secret";
pub const REDDIT_ACCESS_TOKEN: &str = "sim-reddit-oauth-token-88d1";
pub const OAUTH_TOKEN_PATH: &str = "/api/v1/access_token";
/// `Basic base64(sim-client:sim-secret)`.
const REDDIT_BASIC: &str = "Basic c2ltLWNsaWVudDpzaW0tc2VjcmV0";

impl Sim {
    /// claimwatch `kind`.
    pub fn kind(self) -> &'static str {
        match self {
            Sim::Mastodon => "mastodon",
            Sim::Bluesky => "bluesky",
            Sim::Reddit => "reddit",
            Sim::Telegram => "telegram",
            Sim::X => "x",
        }
    }

    /// Endpoint path (and fixed query) an operator would configure.
    pub fn endpoint(self) -> &'static str {
        match self {
            Sim::Mastodon => "/api/v1/timelines/tag/panjshir",
            Sim::Bluesky => "/xrpc/app.bsky.feed.searchPosts?q=panjshir",
            Sim::Reddit => "/r/afghanistan/new.json",
            Sim::Telegram => "/s/nrfafg",
            Sim::X => "/2/tweets/search/recent?query=panjshir",
        }
    }

    fn of_path(path: &str) -> Option<Sim> {
        ALL_SIMS
            .into_iter()
            .find(|s| s.endpoint().split('?').next() == Some(path))
    }

    /// The `guid` claimwatch gives the simulated post `n`.
    pub fn guid(self, n: u64) -> String {
        match self {
            Sim::Mastodon => mastodon_id(n),
            Sim::Bluesky => format!("at://did:plc:{}/app.bsky.feed.post/{n}", "sim"),
            Sim::Reddit => format!("t3_{}", base36(n)),
            Sim::Telegram => format!("nrfafg/{n}"),
            Sim::X => x_id(n),
        }
    }

    /// The text that makes a response of this platform malformed: HTML for
    /// the JSON APIs, JSON for the HTML preview.
    pub fn malformed_body(self) -> &'static str {
        match self {
            Sim::Telegram => r#"{"ok":false,"error_code":502}"#,
            _ => "<!DOCTYPE html><html><body>upstream maintenance</body></html>",
        }
    }
}

fn mastodon_id(n: u64) -> String {
    (110_000_000_000_000_000u64 + n).to_string()
}

fn x_id(n: u64) -> String {
    (1_434_000_000_000_000_000u64 + n).to_string()
}

fn base36(mut n: u64) -> String {
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(digits[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap()
}

/// One simulated post.
#[derive(Debug, Clone)]
pub struct SimPost {
    /// Sequence number within the platform (ids grow with it).
    pub n: u64,
    pub author: String,
    pub handle: String,
    pub text: String,
    /// Minutes after 2021-09-06T00:00Z.
    pub minutes: i64,
}

impl SimPost {
    fn time(&self) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2021, 9, 6, 0, 0, 0).unwrap() + Duration::minutes(self.minutes)
    }
}

/// A canned response served instead of the simulation, once.
#[derive(Debug, Clone)]
pub struct Fault {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

/// A request the simulator received.
#[derive(Debug, Clone)]
pub struct Seen {
    pub sim: Sim,
    pub query: String,
    pub authorization: Option<String>,
}

#[derive(Default)]
struct SimState {
    posts: Mutex<HashMap<Sim, Vec<SimPost>>>,
    faults: Mutex<HashMap<Sim, VecDeque<Fault>>>,
    requests: Mutex<Vec<Seen>>,
    /// Grants of the OAuth token endpoint.
    token_grants: std::sync::atomic::AtomicUsize,
    page_size: usize,
    addr: Mutex<String>,
}

/// The simulator, serving on a loopback port.
pub struct SocialServer {
    pub addr: String,
    state: Arc<SimState>,
    _rt: tokio::runtime::Runtime,
}

impl SocialServer {
    /// Starts a simulator whose pages hold `page_size` posts.
    pub fn start(page_size: usize) -> SocialServer {
        let state = Arc::new(SimState {
            page_size,
            ..Default::default()
        });
        let (addr, rt) = crate::serve_loopback(
            axum::Router::new()
                .fallback(serve)
                .with_state(state.clone()),
        );
        *state.addr.lock().unwrap() = addr.clone();
        SocialServer {
            addr,
            state,
            _rt: rt,
        }
    }

    /// The URL to configure for `sim`.
    pub fn url(&self, sim: Sim) -> String {
        format!("http://{}{}", self.addr, sim.endpoint())
    }

    /// Adds a post; `n` must grow per platform.
    pub fn post(&self, sim: Sim, n: u64, author: &str, handle: &str, text: &str, minutes: i64) {
        self.state
            .posts
            .lock()
            .unwrap()
            .entry(sim)
            .or_default()
            .push(SimPost {
                n,
                author: author.into(),
                handle: handle.into(),
                text: text.into(),
                minutes,
            });
    }

    /// Serves `fault` for the next request to `sim`, instead of its posts.
    pub fn fault(&self, sim: Sim, fault: Fault) {
        self.state
            .faults
            .lock()
            .unwrap()
            .entry(sim)
            .or_default()
            .push_back(fault);
    }

    /// Faults not served yet.
    pub fn pending_faults(&self) -> usize {
        self.state
            .faults
            .lock()
            .unwrap()
            .values()
            .map(VecDeque::len)
            .sum()
    }

    /// Tokens granted by the OAuth endpoint.
    pub fn token_grants(&self) -> usize {
        self.state
            .token_grants
            .load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Every request so far.
    pub fn requests(&self) -> Vec<Seen> {
        self.state.requests.lock().unwrap().clone()
    }
}

fn param(query: &str, key: &str) -> Option<String> {
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
}

async fn serve(State(state): State<Arc<SimState>>, uri: Uri, headers: HeaderMap) -> Response {
    if uri.path() == OAUTH_TOKEN_PATH {
        let basic = headers.get("authorization").and_then(|v| v.to_str().ok());
        if basic != Some(REDDIT_BASIC) {
            return (StatusCode::UNAUTHORIZED, r#"{"error":"invalid_client"}"#).into_response();
        }
        state
            .token_grants
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        return json_response(
            json!({"access_token": REDDIT_ACCESS_TOKEN, "token_type": "bearer", "expires_in": 86400, "scope": "*"}),
            vec![],
        );
    }
    let Some(sim) = Sim::of_path(uri.path()) else {
        return (StatusCode::NOT_FOUND, "no such endpoint").into_response();
    };
    let query = uri.query().unwrap_or("").to_string();
    let authorization = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    state.requests.lock().unwrap().push(Seen {
        sim,
        query: query.clone(),
        authorization: authorization.clone(),
    });
    let fault = state
        .faults
        .lock()
        .unwrap()
        .get_mut(&sim)
        .and_then(VecDeque::pop_front);
    if let Some(f) = fault {
        let mut resp = (StatusCode::from_u16(f.status).unwrap(), f.body).into_response();
        for (k, v) in f.headers {
            resp.headers_mut().insert(k, v.parse().unwrap());
        }
        return resp;
    }
    let reddit_ok = authorization
        .as_deref()
        .is_none_or(|a| a == format!("Bearer {REDDIT_ACCESS_TOKEN}"));
    if sim == Sim::Reddit && !reddit_ok {
        return (
            StatusCode::UNAUTHORIZED,
            r#"{"message":"Unauthorized","error":401}"#,
        )
            .into_response();
    }
    if sim == Sim::X && authorization.as_deref() != Some(&format!("Bearer {X_TOKEN}")) {
        return (
            StatusCode::UNAUTHORIZED,
            json!({"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"})
                .to_string(),
        )
            .into_response();
    }
    let mut posts = state
        .posts
        .lock()
        .unwrap()
        .get(&sim)
        .cloned()
        .unwrap_or_default();
    posts.sort_by_key(|p| p.n);
    let addr = state.addr.lock().unwrap().clone();
    let size = state.page_size;
    match sim {
        Sim::Mastodon => mastodon(&addr, &query, posts, size),
        Sim::Bluesky => bluesky(&query, posts, size),
        Sim::Reddit => reddit(&query, posts, size),
        Sim::Telegram => telegram(&query, posts, size),
        Sim::X => x(&query, posts, size),
    }
}

fn json_response(value: serde_json::Value, extra: Vec<(&'static str, String)>) -> Response {
    let mut resp = (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        value.to_string(),
    )
        .into_response();
    for (k, v) in extra {
        resp.headers_mut().insert(k, v.parse().unwrap());
    }
    resp
}

fn mastodon(addr: &str, query: &str, posts: Vec<SimPost>, size: usize) -> Response {
    let num = |id: String| id.parse::<u64>().unwrap() - 110_000_000_000_000_000;
    let page: Vec<SimPost> = if let Some(min) = param(query, "min_id").map(num) {
        posts.into_iter().filter(|p| p.n > min).take(size).collect()
    } else {
        let max = param(query, "max_id").map(num).unwrap_or(u64::MAX);
        let older: Vec<SimPost> = posts.into_iter().filter(|p| p.n < max).collect();
        older[older.len().saturating_sub(size)..].to_vec()
    };
    let mut page = page;
    page.reverse();
    let statuses: Vec<_> = page
        .iter()
        .map(|p| {
            json!({
                "id": mastodon_id(p.n), "created_at": p.time().to_rfc3339(),
                "in_reply_to_id": null, "sensitive": false, "spoiler_text": "",
                "visibility": "public", "language": "en",
                "uri": format!("http://{addr}/users/{}/statuses/{}", p.handle, mastodon_id(p.n)),
                "url": format!("http://{addr}/@{}/{}", p.handle, mastodon_id(p.n)),
                "replies_count": 0, "reblogs_count": 1, "favourites_count": 2,
                "content": format!("<p>{}</p>", html_escape(&p.text)),
                "reblog": null,
                "account": {"id": "1", "username": p.handle, "acct": p.handle,
                            "display_name": p.author, "url": format!("http://{addr}/@{}", p.handle)},
                "media_attachments": [], "mentions": [], "tags": [], "emojis": []
            })
        })
        .collect();
    let mut extra = vec![("x-ratelimit-remaining", "299".to_string())];
    if let (Some(newest), Some(oldest)) = (page.first(), page.last()) {
        let base = format!("http://{addr}/api/v1/timelines/tag/panjshir");
        extra.push((
            "link",
            format!(
                "<{base}?max_id={}>; rel=\"next\", <{base}?min_id={}>; rel=\"prev\"",
                mastodon_id(oldest.n),
                mastodon_id(newest.n)
            ),
        ));
    }
    json_response(json!(statuses), extra)
}

/// Newest-first pages by offset, the way cursor APIs behave.
fn newest_first(posts: Vec<SimPost>, offset: usize, size: usize) -> (Vec<SimPost>, Option<usize>) {
    let mut all = posts;
    all.reverse();
    let page: Vec<SimPost> = all.iter().skip(offset).take(size).cloned().collect();
    let next = (offset + size < all.len()).then_some(offset + size);
    (page, next)
}

fn bluesky(query: &str, posts: Vec<SimPost>, size: usize) -> Response {
    let offset = param(query, "cursor")
        .and_then(|c| c.strip_prefix("o").and_then(|n| n.parse().ok()))
        .unwrap_or(0);
    let (page, next) = newest_first(posts, offset, size);
    let views: Vec<_> = page
        .iter()
        .map(|p| {
            json!({
                "uri": Sim::Bluesky.guid(p.n), "cid": format!("bafy{}", p.n),
                "author": {"did": "did:plc:sim", "handle": p.handle, "displayName": p.author},
                "record": {"$type": "app.bsky.feed.post", "text": p.text,
                           "createdAt": p.time().to_rfc3339(), "langs": ["en"]},
                "replyCount": 0, "repostCount": 0, "likeCount": 1, "quoteCount": 0,
                "indexedAt": (p.time() + Duration::seconds(1)).to_rfc3339(), "labels": []
            })
        })
        .collect();
    let mut body = json!({"posts": views});
    if let Some(n) = next {
        body["cursor"] = json!(format!("o{n}"));
    }
    json_response(body, vec![])
}

fn reddit(query: &str, posts: Vec<SimPost>, size: usize) -> Response {
    let after = param(query, "after");
    let mut all = posts;
    all.reverse();
    let start = match after {
        Some(a) => all
            .iter()
            .position(|p| Sim::Reddit.guid(p.n) == a)
            .map(|i| i + 1)
            .unwrap_or(all.len()),
        None => 0,
    };
    let page: Vec<SimPost> = all.iter().skip(start).take(size).cloned().collect();
    let more = start + size < all.len();
    let children: Vec<_> = page
        .iter()
        .map(|p| {
            json!({"kind": "t3", "data": {
                "id": base36(p.n), "name": Sim::Reddit.guid(p.n), "subreddit": "afghanistan",
                "title": p.text.split('.').next().unwrap_or(""), "selftext": p.text,
                "author": p.handle, "is_self": true, "score": 10, "num_comments": 1,
                "permalink": format!("/r/afghanistan/comments/{}/post/", base36(p.n)),
                "url": format!("https://www.reddit.com/r/afghanistan/comments/{}/post/", base36(p.n)),
                "created_utc": p.time().timestamp() as f64
            }})
        })
        .collect();
    let after = if more {
        page.last().map(|p| json!(Sim::Reddit.guid(p.n)))
    } else {
        None
    };
    json_response(
        json!({"kind": "Listing", "data": {"after": after, "before": null, "dist": page.len(), "children": children}}),
        vec![
            ("x-ratelimit-remaining", "99.0".into()),
            ("x-ratelimit-reset", "300".into()),
        ],
    )
}

fn telegram(query: &str, posts: Vec<SimPost>, size: usize) -> Response {
    let page: Vec<SimPost> = match param(query, "after").and_then(|a| a.parse::<u64>().ok()) {
        Some(a) => posts.into_iter().filter(|p| p.n > a).take(size).collect(),
        None => {
            let n = posts.len();
            posts.into_iter().skip(n.saturating_sub(size)).collect()
        }
    };
    let mut html = String::from(
        "<!DOCTYPE html><html><head><meta property=\"og:title\" content=\"NRF\"></head><body>\
         <div class=\"tgme_channel_info\"></div><section class=\"tgme_channel_history js-message_history\">",
    );
    for p in &page {
        html.push_str(&format!(
            "<div class=\"tgme_widget_message_wrap js-widget_message_wrap\"><div class=\"tgme_widget_message text_not_supported_wrap js-widget_message\" data-post=\"nrfafg/{n}\">\
             <div class=\"tgme_widget_message_bubble\">\
             <div class=\"tgme_widget_message_author accent_color\"><a class=\"tgme_widget_message_owner_name\" href=\"https://t.me/nrfafg\"><span dir=\"auto\">{author}</span></a></div>\
             <div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">{text}</div>\
             <div class=\"tgme_widget_message_footer compact js-message_footer\"><div class=\"tgme_widget_message_info short js-message_info\">\
             <span class=\"tgme_widget_message_views\">1.{n}K</span>\
             <span class=\"tgme_widget_message_meta\"><a class=\"tgme_widget_message_date\" href=\"https://t.me/nrfafg/{n}\"><time datetime=\"{time}\" class=\"time\"></time></a></span>\
             </div></div></div></div></div>",
            n = p.n,
            author = html_escape(&p.author),
            text = html_escape(&p.text),
            time = p.time().to_rfc3339(),
        ));
    }
    html.push_str("</section></body></html>");
    (
        [(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}

fn x(query: &str, posts: Vec<SimPost>, size: usize) -> Response {
    let since =
        param(query, "since_id").map(|s| s.parse::<u64>().unwrap() - 1_434_000_000_000_000_000);
    let posts: Vec<SimPost> = posts
        .into_iter()
        .filter(|p| since.is_none_or(|s| p.n > s))
        .collect();
    let newest = posts.last().map(|p| x_id(p.n));
    let offset = param(query, "next_token")
        .and_then(|t| t.strip_prefix("tok").and_then(|n| n.parse().ok()))
        .unwrap_or(0);
    let (page, next) = newest_first(posts, offset, size);
    let data: Vec<_> = page
        .iter()
        .map(|p| {
            json!({"id": x_id(p.n), "text": p.text, "author_id": format!("u{}", p.handle),
                   "created_at": p.time().to_rfc3339(), "lang": "en",
                   "edit_history_tweet_ids": [x_id(p.n)],
                   "public_metrics": {"retweet_count": 3, "reply_count": 1, "like_count": 9, "quote_count": 0}})
        })
        .collect();
    let users: Vec<_> = page
        .iter()
        .map(|p| json!({"id": format!("u{}", p.handle), "name": p.author, "username": p.handle}))
        .collect();
    let mut meta = json!({"result_count": page.len()});
    if !page.is_empty() {
        meta["newest_id"] = json!(newest);
        meta["oldest_id"] = json!(x_id(page.last().unwrap().n));
    }
    if let Some(n) = next {
        meta["next_token"] = json!(format!("tok{n}"));
    }
    let mut body = json!({"meta": meta});
    if !page.is_empty() {
        body["data"] = json!(data);
        body["includes"] = json!({"users": users});
    }
    json_response(
        body,
        vec![
            ("x-rate-limit-limit", "450".into()),
            ("x-rate-limit-remaining", "449".into()),
        ],
    )
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&#39;")
        .replace('"', "&quot;")
}
