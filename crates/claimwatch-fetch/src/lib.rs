//! The fetch stage's IO-free parts and its HTTP poller.
//!
//! [`Poller::poll`] performs one conditional GET of one feed with every
//! limit applied (per-host rate, global concurrency, timeouts, redirects,
//! decompressed body size) and parses the result. Publishing and state
//! persistence live in the pipeline crate so that this crate needs no
//! broker to test.

pub mod guard;
pub mod opml;
pub mod parse;
pub mod social;
pub mod state;

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use claimwatch_config::{FeedConfig, FetchConfig};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use reqwest::header::{
    HeaderMap, HeaderValue, AUTHORIZATION, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED,
    LINK,
};
use sha2::{Digest, Sha256};
use tokio::sync::Semaphore;

pub use parse::{html_to_text, parse_feed, Parsed, ParsedPost};
pub use state::FeedState;

/// Why a poll failed. [`FetchError::class`] is a bounded label for metrics
/// and dead letters.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("invalid feed url {0:?}")]
    InvalidUrl(String),
    #[error("cannot connect: {0}")]
    Connect(String),
    #[error("request timed out: {0}")]
    Timeout(String),
    #[error("redirect refused: {0}")]
    Redirect(String),
    #[error("http status {0}")]
    Status(u16),
    #[error("rate limited (http {status}), retry after {retry_after_secs:?} s")]
    RateLimited {
        status: u16,
        /// From `Retry-After` (seconds or HTTP date), capped.
        retry_after_secs: Option<u64>,
    },
    #[error("body larger than the {limit}-byte limit")]
    TooLarge { limit: usize },
    #[error("error reading body: {0}")]
    Body(String),
    #[error("malformed feed: {0}")]
    Malformed(String),
    /// A social API answered with something else than its documented shape
    /// (an error object, HTML instead of JSON, a missing field).
    #[error("{0}")]
    Shape(String),
    /// The address is not public and not in `[fetch] allowed_networks`
    /// (SSRF guard), or a redirect went to another scheme.
    #[error("{0}")]
    Blocked(String),
    /// The API token named in config could not be read. Names the variable
    /// or file, never the token.
    #[error("{0}")]
    Token(String),
}

impl FetchError {
    /// Bounded error class.
    pub fn class(&self) -> &'static str {
        match self {
            FetchError::InvalidUrl(_) => "invalid_url",
            FetchError::Connect(_) => "connect",
            FetchError::Timeout(_) => "timeout",
            FetchError::Redirect(_) => "redirect",
            FetchError::Status(_) => "http_status",
            FetchError::RateLimited { .. } => "rate_limited",
            FetchError::TooLarge { .. } => "too_large",
            FetchError::Body(_) => "body",
            FetchError::Malformed(_) => "malformed_feed",
            FetchError::Shape(_) => "unexpected_shape",
            FetchError::Token(_) => "token",
            FetchError::Blocked(_) => "blocked_address",
        }
    }

    fn from_reqwest(e: reqwest::Error) -> FetchError {
        if let Some(why) = guard::is_blocked(&e) {
            FetchError::Blocked(why)
        } else if e.is_timeout() {
            FetchError::Timeout(e.to_string())
        } else if e.is_redirect() {
            FetchError::Redirect(e.to_string())
        } else if e.is_connect() || was_reset(&e) {
            FetchError::Connect(e.to_string())
        } else {
            FetchError::Body(e.to_string())
        }
    }
}

/// True when the server reset or closed the connection before answering
/// (a transport failure, not a bad body).
fn was_reset(e: &reqwest::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if matches!(
                io.kind(),
                std::io::ErrorKind::ConnectionReset
                    | std::io::ErrorKind::ConnectionAborted
                    | std::io::ErrorKind::BrokenPipe
                    | std::io::ErrorKind::UnexpectedEof
            ) {
                return true;
            }
        }
        source = s.source();
    }
    false
}

/// What one poll found.
#[derive(Debug)]
pub enum PollOutcome {
    /// 304: nothing changed since the validators we sent.
    NotModified,
    /// 200 with the same body as last time.
    Unchanged,
    /// A new body, parsed.
    Fetched(Fetched),
}

/// A new body (or, for social sources, the pages of one poll) and the
/// state that may advance once its posts are published.
#[derive(Debug)]
pub struct Fetched {
    pub parsed: Parsed,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Hash of a feed body (None for social sources, whose URL changes with
    /// the cursor).
    pub body_sha256: Option<String>,
    pub bytes: usize,
    /// The (last) body, for dead letters when a later step fails.
    pub body: Vec<u8>,
    /// Social sources: the cursor to store once the posts are acknowledged.
    pub cursor: Option<String>,
    /// Seconds to wait before the next request because the platform said
    /// its rate-limit budget is spent (`X-RateLimit-Remaining: 0`).
    pub rate_limit_wait_secs: Option<u64>,
    /// Pages requested in this poll.
    pub pages: u32,
    /// True when `max_pages_per_poll` stopped a walk that had more pages.
    pub truncated: bool,
}

/// A successful response with its body read (within the size cap).
struct Got {
    headers: HeaderMap,
    body: Vec<u8>,
    final_url: url::Url,
}

/// Error of a poll, with the body when one was read (for the dead letter).
#[derive(Debug)]
pub struct PollError {
    pub error: FetchError,
    pub body: Option<Vec<u8>>,
}

/// The HTTP side of the fetch stage, shared by every feed task.
pub struct Poller {
    client: reqwest::Client,
    /// Per-host request rate (governor, keyed by host).
    limiter: Arc<DefaultKeyedRateLimiter<String>>,
    /// Global cap on polls in flight.
    permits: Arc<Semaphore>,
    /// Per-host cap on requests in flight (one semaphore per host seen).
    host_permits: std::sync::Mutex<HashMap<String, Arc<Semaphore>>>,
    /// Limits from config.
    config: FetchConfig,
    /// Which addresses may be contacted (SSRF guard).
    policy: Arc<guard::AddressPolicy>,
    /// OAuth access tokens by feed id, with the instant they stop being
    /// used (a minute before they expire).
    oauth_tokens: tokio::sync::Mutex<HashMap<String, (String, Instant)>>,
}

impl Poller {
    pub fn new(config: &FetchConfig) -> Result<Poller, FetchError> {
        let ua = format!(
            "claimwatch/{} (+{})",
            env!("CARGO_PKG_VERSION"),
            config.contact
        );
        let policy = Arc::new(
            guard::AddressPolicy::new(&config.allowed_networks).map_err(FetchError::Blocked)?,
        );
        let client = reqwest::Client::builder()
            .user_agent(ua)
            .connect_timeout(Duration::from_secs(config.connect_timeout_secs))
            .timeout(Duration::from_secs(config.request_timeout_secs))
            .redirect(guard::redirect_policy(policy.clone(), config.max_redirects))
            .dns_resolver(Arc::new(guard::GuardedResolver {
                policy: policy.clone(),
            }))
            .gzip(true)
            .brotli(true)
            .deflate(true)
            .build()
            .map_err(|e| FetchError::Connect(e.to_string()))?;
        let per_sec = NonZeroU32::new(config.per_host_requests_per_sec).unwrap_or(NonZeroU32::MIN);
        Ok(Poller {
            client,
            // No burst: requests to a host are spaced evenly, so no second ever
            // sees more than `per_host_requests_per_sec` of them.
            limiter: Arc::new(RateLimiter::keyed(
                Quota::per_second(per_sec).allow_burst(NonZeroU32::MIN),
            )),
            permits: Arc::new(Semaphore::new(config.max_concurrent_polls.max(1))),
            host_permits: std::sync::Mutex::new(HashMap::new()),
            config: config.clone(),
            policy,
            oauth_tokens: tokio::sync::Mutex::new(HashMap::new()),
        })
    }

    /// One poll of `feed`: a conditional GET of a feed, or the pages of a
    /// social source from its cursor, parsed.
    pub async fn poll(
        &self,
        feed: &FeedConfig,
        state: &FeedState,
        now: DateTime<Utc>,
    ) -> Result<PollOutcome, PollError> {
        let outcome = match social::Platform::of(&feed.kind) {
            Some(platform) => self.poll_social(platform, feed, state, now).await,
            None => self.poll_feed(feed, state, now).await,
        };
        if let Err(PollError {
            error: FetchError::Status(401),
            ..
        }) = &outcome
        {
            if feed.oauth.is_some() {
                self.forget_token(&feed.id).await;
            }
        }
        outcome
    }

    async fn poll_feed(
        &self,
        feed: &FeedConfig,
        state: &FeedState,
        now: DateTime<Utc>,
    ) -> Result<PollOutcome, PollError> {
        let fail = |error| PollError { error, body: None };
        let url = url::Url::parse(&feed.url)
            .map_err(|_| fail(FetchError::InvalidUrl(feed.url.clone())))?;
        let mut headers = self.auth_headers(feed).await.map_err(fail)?;
        if feed.conditional {
            let validators = [
                (IF_NONE_MATCH, state.etag.as_deref()),
                (IF_MODIFIED_SINCE, state.last_modified.as_deref()),
            ];
            for (name, value) in validators {
                if let Some(v) = value.and_then(|v| HeaderValue::from_str(v).ok()) {
                    headers.insert(name, v);
                }
            }
        }
        let Some(got) = self.get(url, headers, now).await? else {
            return Ok(PollOutcome::NotModified);
        };
        let header = |name| {
            got.headers
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
                .map(str::to_string)
        };
        let etag = header(ETAG);
        let last_modified = header(LAST_MODIFIED);
        let body_sha256 = hex::encode(Sha256::digest(&got.body));
        if state.body_sha256.as_deref() == Some(body_sha256.as_str()) {
            return Ok(PollOutcome::Unchanged);
        }
        let content_type = header(reqwest::header::CONTENT_TYPE);
        let (text, charset) = parse::decode_body(content_type.as_deref(), &got.body);
        if charset != parse::Charset::AsIs {
            let how = match charset {
                parse::Charset::FromHeader(_) => "header",
                _ => "fallback_windows_1252",
            };
            metrics::counter!("claimwatch_fetch_decoded_bodies_total", "charset" => how)
                .increment(1);
        }
        match parse_feed(feed, &got.final_url, &text, now) {
            Ok(parsed) => Ok(PollOutcome::Fetched(Fetched {
                parsed,
                etag,
                last_modified,
                body_sha256: Some(body_sha256),
                bytes: got.body.len(),
                body: got.body,
                cursor: None,
                rate_limit_wait_secs: None,
                pages: 1,
                truncated: false,
            })),
            Err(error) => Err(PollError {
                error,
                body: Some(got.body),
            }),
        }
    }

    /// Walks a social source's pages from its cursor (see [`social`]).
    /// Any failed page fails the whole poll: nothing is published and the
    /// cursor stays, so the next poll repeats the walk.
    async fn poll_social(
        &self,
        platform: social::Platform,
        feed: &FeedConfig,
        state: &FeedState,
        now: DateTime<Utc>,
    ) -> Result<PollOutcome, PollError> {
        let fail = |error| PollError { error, body: None };
        let headers = self.auth_headers(feed).await.map_err(fail)?;
        let seen = state.seen_index();
        let mut next = Some(
            platform
                .first_url(feed, state.cursor.as_deref())
                .map_err(fail)?,
        );
        let mut out = Fetched {
            parsed: Parsed {
                posts: Vec::new(),
                undated: 0,
                ttl_secs: None,
            },
            etag: None,
            last_modified: None,
            body_sha256: None,
            bytes: 0,
            body: Vec::new(),
            cursor: state.cursor.clone(),
            rate_limit_wait_secs: None,
            pages: 0,
            truncated: false,
        };
        let max_pages = self.config.max_pages_per_poll.max(1);
        while let Some(url) = next.take() {
            if out.pages >= max_pages {
                out.truncated = true;
                break;
            }
            out.pages += 1;
            // A redirect answers 304 only to conditional requests, which
            // social polls do not send; treat one like an empty page.
            let Some(got) = self.get(url, headers.clone(), now).await? else {
                break;
            };
            out.rate_limit_wait_secs = rate_limit_wait_secs(&got.headers, now);
            let ctx = social::PageCtx {
                feed,
                url: &got.final_url,
                link_header: got.headers.get(LINK).and_then(|v| v.to_str().ok()),
                fetched_at: now,
            };
            let page = match platform.parse(&ctx, &got.body) {
                Ok(p) => p,
                Err(error) => {
                    return Err(PollError {
                        error,
                        body: Some(got.body),
                    })
                }
            };
            out.bytes += got.body.len();
            out.body = got.body;
            out.parsed.undated += page.undated;
            let before = out.cursor.clone();
            out.cursor = platform.max_cursor(out.cursor, page.cursor.clone());
            // Walk on only from an existing cursor (a new source starts
            // from now) and only while the platform is not out of budget.
            let walk = state.cursor.is_some() && out.rate_limit_wait_secs.is_none();
            let go_on = match platform.paging() {
                social::Paging::Forward => out.cursor != before,
                social::Paging::NewestFirst => {
                    !page.posts.is_empty()
                        && page.posts.iter().all(|p| !FeedState::is_seen(&seen, p))
                        && page.cursor.as_deref().is_some_and(|c| {
                            state
                                .cursor
                                .as_deref()
                                .is_none_or(|old| platform.newer(c, old))
                        })
                }
            };
            out.parsed.posts.extend(page.posts);
            if walk && go_on {
                next = page.next;
            }
        }
        if out.truncated {
            metrics::counter!("claimwatch_fetch_truncated_polls_total", "platform" => platform.name()).increment(1);
        }
        Ok(PollOutcome::Fetched(out))
    }

    /// `Authorization: Bearer` from the feed's `token_env`, `token_file` or
    /// OAuth client credentials.
    async fn auth_headers(&self, feed: &FeedConfig) -> Result<HeaderMap, FetchError> {
        let mut headers = HeaderMap::new();
        let token = if let Some(var) = &feed.token_env {
            Some(std::env::var(var).map_err(|_| {
                FetchError::Token(format!(
                    "feed {:?}: environment variable {var} (token_env) is not set",
                    feed.id
                ))
            })?)
        } else if let Some(path) = &feed.token_file {
            Some(std::fs::read_to_string(path).map_err(|e| {
                FetchError::Token(format!(
                    "feed {:?}: cannot read token_file {}: {e}",
                    feed.id,
                    path.display()
                ))
            })?)
        } else if feed.oauth.is_some() {
            Some(self.oauth_token(feed).await?)
        } else {
            None
        };
        if let Some(token) = token {
            let mut value =
                HeaderValue::from_str(&format!("Bearer {}", token.trim())).map_err(|_| {
                    FetchError::Token(format!(
                        "feed {:?}: the token contains characters not allowed in a header",
                        feed.id
                    ))
                })?;
            value.set_sensitive(true);
            headers.insert(AUTHORIZATION, value);
        }
        Ok(headers)
    }

    /// A cached or fresh access token from the OAuth 2 client-credentials
    /// grant (RFC 6749 §4.4). Errors name the variables and the endpoint,
    /// never the secret or the token.
    async fn oauth_token(&self, feed: &FeedConfig) -> Result<String, FetchError> {
        let Some(oauth) = &feed.oauth else {
            return Err(FetchError::Token(format!(
                "feed {:?}: no [feeds.oauth]",
                feed.id
            )));
        };
        let mut cache = self.oauth_tokens.lock().await;
        if let Some((token, until)) = cache.get(&feed.id) {
            if Instant::now() < *until {
                return Ok(token.clone());
            }
        }
        let fail = |m: String| FetchError::Token(format!("feed {:?}: {m}", feed.id));
        let var = |name: &str| {
            std::env::var(name).map_err(|_| fail(format!("environment variable {name} is not set")))
        };
        let id = var(&oauth.client_id_env)?;
        let secret = var(&oauth.client_secret_env)?;
        let url = oauth
            .token_url_for(&feed.kind)
            .ok_or_else(|| fail("no oauth token_url".into()))?;
        let parsed =
            url::Url::parse(&url).map_err(|_| fail(format!("bad oauth token_url {url}")))?;
        self.check_literal(&parsed)?;
        let resp = self
            .client
            .post(&url)
            .basic_auth(id, Some(secret))
            .form(&[("grant_type", "client_credentials")])
            .send()
            .await
            .map_err(|e| {
                fail(format!(
                    "oauth token request to {url} failed: {}",
                    FetchError::from_reqwest(e)
                ))
            })?;
        let status = resp.status();
        if !status.is_success() {
            return Err(fail(format!(
                "oauth token endpoint {url} answered {status}"
            )));
        }
        #[derive(serde::Deserialize)]
        struct Grant {
            access_token: String,
            #[serde(default)]
            expires_in: Option<u64>,
        }
        let body = resp
            .bytes()
            .await
            .map_err(|e| fail(format!("reading the oauth token from {url}: {e}")))?;
        let grant: Grant = serde_json::from_slice(&body).map_err(|e| {
            fail(format!(
                "oauth token endpoint {url} sent no access_token: {e}"
            ))
        })?;
        let lifetime = grant.expires_in.unwrap_or(3600).saturating_sub(60).max(1);
        cache.insert(
            feed.id.clone(),
            (
                grant.access_token.clone(),
                Instant::now() + Duration::from_secs(lifetime),
            ),
        );
        Ok(grant.access_token)
    }

    /// The SSRF guard for IP-literal URLs (names are checked by the
    /// resolver, which IP literals never reach).
    fn check_literal(&self, url: &url::Url) -> Result<(), FetchError> {
        let ip = match url.host() {
            Some(url::Host::Ipv4(ip)) => std::net::IpAddr::V4(ip),
            Some(url::Host::Ipv6(ip)) => std::net::IpAddr::V6(ip),
            _ => return Ok(()),
        };
        self.policy
            .check(url.host_str().unwrap_or(""), ip)
            .map_err(|b| FetchError::Blocked(b.0))
    }

    /// Forgets a feed's OAuth token (after a 401) so that the next poll
    /// asks for a new one.
    pub async fn forget_token(&self, feed_id: &str) {
        self.oauth_tokens.lock().await.remove(feed_id);
    }

    /// One GET with every limit applied: global concurrency, per-host rate,
    /// status handling (rate limits with their wait), body size cap.
    /// `Ok(None)` is a 304.
    async fn get(
        &self,
        url: url::Url,
        headers: HeaderMap,
        now: DateTime<Utc>,
    ) -> Result<Option<Got>, PollError> {
        let fail = |error| PollError { error, body: None };
        let host = url.host_str().unwrap_or("").to_string();
        self.check_literal(&url).map_err(fail)?;
        // The host's slot first, then a global one, so that a busy host
        // never holds global slots that other hosts could use.
        let host_slots = {
            let mut all = self.host_permits.lock().unwrap_or_else(|p| p.into_inner());
            all.entry(host.clone())
                .or_insert_with(|| {
                    Arc::new(Semaphore::new(self.config.per_host_max_concurrent.max(1)))
                })
                .clone()
        };
        let _host_permit = host_slots
            .acquire_owned()
            .await
            .map_err(|e| fail(FetchError::Connect(e.to_string())))?;
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| fail(FetchError::Connect(e.to_string())))?;
        self.limiter.until_key_ready(&host).await;
        let mut resp = self
            .client
            .get(url)
            .headers(headers)
            .send()
            .await
            .map_err(|e| fail(FetchError::from_reqwest(e)))?;
        let status = resp.status();
        metrics::counter!("claimwatch_fetch_responses_total", "class" => status_class(status.as_u16())).increment(1);
        if status == reqwest::StatusCode::NOT_MODIFIED {
            return Ok(None);
        }
        if !status.is_success() {
            let retry_after = resp
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| retry_after_secs(v, now));
            if status.as_u16() == 429 {
                return Err(fail(FetchError::RateLimited {
                    status: 429,
                    retry_after_secs: retry_after
                        .or_else(|| rate_limit_reset_secs(resp.headers(), now)),
                }));
            }
            if status.as_u16() == 503 && retry_after.is_some() {
                return Err(fail(FetchError::RateLimited {
                    status: 503,
                    retry_after_secs: retry_after,
                }));
            }
            if status.is_redirection() {
                // reqwest hands back redirects it will not follow (to a
                // scheme other than http and https).
                let to = resp
                    .headers()
                    .get(reqwest::header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("");
                return Err(fail(FetchError::Redirect(format!(
                    "http {} to {to:?} not followed (only http and https)",
                    status.as_u16()
                ))));
            }
            return Err(fail(FetchError::Status(status.as_u16())));
        }
        let limit = self.config.max_body_bytes;
        let mut body = Vec::new();
        loop {
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > limit {
                        metrics::counter!("claimwatch_fetch_bytes_total")
                            .increment(body.len() as u64);
                        return Err(PollError {
                            error: FetchError::TooLarge { limit },
                            body: Some(body),
                        });
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => {
                    return Err(PollError {
                        error: FetchError::from_reqwest(e),
                        body: Some(body),
                    })
                }
            }
        }
        metrics::counter!("claimwatch_fetch_bytes_total").increment(body.len() as u64);
        Ok(Some(Got {
            headers: resp.headers().clone(),
            body,
            final_url: resp.url().clone(),
        }))
    }

    /// Delay before the next poll of a feed: its interval, stretched by
    /// exponential backoff after failures (capped at one hour or ten
    /// intervals, whichever is larger).
    pub fn next_delay(&self, feed: &FeedConfig, state: &FeedState) -> Duration {
        let backoff = self.backoff_delay(feed, state);
        // A server's Retry-After wins when it asks for longer.
        match state.retry_after_secs {
            Some(secs) if Duration::from_secs(secs) > backoff => Duration::from_secs(secs),
            _ => backoff,
        }
    }

    fn backoff_delay(&self, feed: &FeedConfig, state: &FeedState) -> Duration {
        let base = feed.interval_secs(&self.config).max(1);
        let configured = base;
        let base = match state.ttl_secs {
            Some(ttl) if ttl > base => ttl.min(base * 4),
            _ => base,
        };
        // Busy feeds keep their interval; a quiet one stretches it by a
        // quarter per four empty polls, up to 4x and at most
        // `max_poll_interval_secs` (never below the configured interval).
        let stretch = 4 + u64::from((state.quiet_polls / 4).min(12));
        let base = (base * stretch / 4)
            .min(self.config.max_poll_interval_secs.max(configured))
            .max(configured);
        if state.consecutive_failures == 0 {
            return Duration::from_secs(base);
        }
        let factor = 1u64 << state.consecutive_failures.min(10);
        let cap = 3600u64.max(base * 10);
        let delay = (base * factor).min(cap);
        // Up to 20 % jitter, so that feeds that failed together (one host
        // down) do not come back together; derived from the feed id and the
        // failure count, so it is stable for tests and restarts.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in feed
            .id
            .bytes()
            .chain(state.consecutive_failures.to_le_bytes())
        {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        let jitter_ms = (delay * 1000 / 5) * (h % 1000) / 1000;
        Duration::from_millis(delay * 1000 + jitter_ms)
    }
}

/// The wait a platform asks for when its rate-limit budget is spent:
/// `X-RateLimit-Remaining` (Mastodon, Reddit) or `x-rate-limit-remaining`
/// (X) at zero. `None` while budget remains.
pub fn rate_limit_wait_secs(headers: &HeaderMap, now: DateTime<Utc>) -> Option<u64> {
    let remaining = ["x-ratelimit-remaining", "x-rate-limit-remaining"]
        .iter()
        .find_map(|h| headers.get(*h)?.to_str().ok()?.trim().parse::<f64>().ok())?;
    if remaining >= 1.0 {
        return None;
    }
    Some(rate_limit_reset_secs(headers, now).unwrap_or(60))
}

/// Seconds until the rate-limit window resets. The header holds an RFC 3339
/// time (Mastodon), Unix seconds (X) or seconds from now (Reddit); capped
/// like `Retry-After`.
pub fn rate_limit_reset_secs(headers: &HeaderMap, now: DateTime<Utc>) -> Option<u64> {
    let v = ["x-ratelimit-reset", "x-rate-limit-reset"]
        .iter()
        .find_map(|h| headers.get(*h)?.to_str().ok())?
        .trim();
    let secs = if let Ok(at) = DateTime::parse_from_rfc3339(v) {
        (at.with_timezone(&Utc) - now).num_seconds()
    } else {
        let n = v.parse::<f64>().ok().filter(|n| n.is_finite())?;
        if n > 1e9 {
            n as i64 - now.timestamp()
        } else {
            n.ceil() as i64
        }
    };
    Some((secs.max(0) as u64).min(MAX_RETRY_AFTER_SECS))
}

/// Longest wait a `Retry-After` header can impose (6 hours).
pub const MAX_RETRY_AFTER_SECS: u64 = 6 * 3600;

/// Parses `Retry-After`: delay-seconds or an HTTP date, capped at
/// [`MAX_RETRY_AFTER_SECS`]; dates in the past mean 0.
pub fn retry_after_secs(value: &str, now: DateTime<Utc>) -> Option<u64> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(secs.min(MAX_RETRY_AFTER_SECS));
    }
    let at = DateTime::parse_from_rfc2822(v).ok()?.with_timezone(&Utc);
    Some(((at - now).num_seconds().max(0) as u64).min(MAX_RETRY_AFTER_SECS))
}

fn status_class(code: u16) -> &'static str {
    match code {
        200..=299 => "2xx",
        304 => "304",
        300..=399 => "3xx",
        429 => "429",
        400..=499 => "4xx",
        _ => "5xx",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn feed(interval: u64) -> FeedConfig {
        FeedConfig {
            poll_interval_secs: Some(interval),
            ..FeedConfig::new("f", "http://127.0.0.1/f", "rss")
        }
    }

    #[test]
    fn retry_after_accepts_seconds_and_http_dates_and_is_capped() {
        let now = Utc.with_ymd_and_hms(2015, 10, 21, 7, 28, 0).unwrap();
        assert_eq!(retry_after_secs("120", now), Some(120));
        assert_eq!(
            retry_after_secs("Wed, 21 Oct 2015 07:30:00 GMT", now),
            Some(120)
        );
        assert_eq!(
            retry_after_secs("Wed, 21 Oct 2015 07:00:00 GMT", now),
            Some(0)
        );
        assert_eq!(
            retry_after_secs("99999999", now),
            Some(MAX_RETRY_AFTER_SECS)
        );
        assert_eq!(retry_after_secs("soon", now), None);
    }

    #[test]
    fn rate_limit_headers_of_each_platform() {
        let now = Utc.with_ymd_and_hms(2021, 9, 6, 8, 0, 0).unwrap();
        let h = |pairs: &[(&'static str, &str)]| {
            let mut m = HeaderMap::new();
            for (k, v) in pairs {
                m.insert(*k, HeaderValue::from_str(v).unwrap());
            }
            m
        };
        // Mastodon: ISO time.
        let m = h(&[
            ("x-ratelimit-remaining", "0"),
            ("x-ratelimit-reset", "2021-09-06T08:05:00.000Z"),
        ]);
        assert_eq!(rate_limit_wait_secs(&m, now), Some(300));
        // X: Unix seconds.
        let x = h(&[
            ("x-rate-limit-remaining", "0"),
            ("x-rate-limit-reset", &(now.timestamp() + 90).to_string()),
        ]);
        assert_eq!(rate_limit_wait_secs(&x, now), Some(90));
        // Reddit: float seconds from now; budget left means no wait.
        let r = h(&[
            ("x-ratelimit-remaining", "0.0"),
            ("x-ratelimit-reset", "42.5"),
        ]);
        assert_eq!(rate_limit_wait_secs(&r, now), Some(43));
        let ok = h(&[
            ("x-ratelimit-remaining", "299"),
            ("x-ratelimit-reset", "42"),
        ]);
        assert_eq!(rate_limit_wait_secs(&ok, now), None);
        assert_eq!(rate_limit_wait_secs(&HeaderMap::new(), now), None);
        let far = h(&[
            ("x-rate-limit-remaining", "0"),
            ("x-rate-limit-reset", "99999999999"),
        ]);
        assert_eq!(rate_limit_wait_secs(&far, now), Some(MAX_RETRY_AFTER_SECS));
    }

    #[test]
    fn delays_back_off_exponentially_and_honour_retry_after() {
        let p = Poller::new(&FetchConfig::default()).unwrap();
        let f = feed(10);
        let mut st = FeedState::new("f");
        assert_eq!(p.next_delay(&f, &st), Duration::from_secs(10));
        let within = |d: Duration, base: u64| {
            d >= Duration::from_secs(base) && d < Duration::from_secs(base) * 6 / 5
        };
        st.consecutive_failures = 2;
        assert!(
            within(p.next_delay(&f, &st), 40),
            "{:?}",
            p.next_delay(&f, &st)
        );
        st.consecutive_failures = 30;
        assert!(
            within(p.next_delay(&f, &st), 3600),
            "capped, never forgotten"
        );
        let other = feed(10);
        let other = FeedConfig {
            id: "g".into(),
            ..other
        };
        st.consecutive_failures = 2;
        assert_ne!(
            p.next_delay(&f, &st),
            p.next_delay(&other, &st),
            "jitter differs per feed"
        );
        st.consecutive_failures = 1;
        st.retry_after_secs = Some(900);
        assert_eq!(p.next_delay(&f, &st), Duration::from_secs(900));
        // Quiet feeds are polled less often, busy ones at their interval.
        let mut quiet = FeedState::new("f");
        quiet.quiet_polls = 3;
        assert_eq!(p.next_delay(&f, &quiet), Duration::from_secs(10));
        quiet.quiet_polls = 8;
        assert_eq!(p.next_delay(&f, &quiet), Duration::from_secs(15));
        quiet.quiet_polls = 1000;
        assert_eq!(p.next_delay(&f, &quiet), Duration::from_secs(40));
        let slow = FetchConfig {
            max_poll_interval_secs: 20,
            ..FetchConfig::default()
        };
        let capped = Poller::new(&slow).unwrap();
        assert_eq!(capped.next_delay(&f, &quiet), Duration::from_secs(20));
    }
}
