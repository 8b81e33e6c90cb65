//! The fetch stage's IO-free parts and its HTTP poller.
//!
//! [`Poller::poll`] performs one conditional GET of one feed with every
//! limit applied (per-host rate, global concurrency, timeouts, redirects,
//! decompressed body size) and parses the result. Publishing and state
//! persistence live in the pipeline crate so that this crate needs no
//! broker to test.

pub mod parse;
pub mod state;

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use claimwatch_config::{FeedConfig, FetchConfig};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use reqwest::header::{
    HeaderMap, HeaderValue, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED,
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
    #[error("too many redirects or a redirect loop: {0}")]
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
        }
    }

    fn from_reqwest(e: reqwest::Error) -> FetchError {
        if e.is_timeout() {
            FetchError::Timeout(e.to_string())
        } else if e.is_redirect() {
            FetchError::Redirect(e.to_string())
        } else if e.is_connect() {
            FetchError::Connect(e.to_string())
        } else {
            FetchError::Body(e.to_string())
        }
    }
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

/// A new body and the validators that come with it.
#[derive(Debug)]
pub struct Fetched {
    pub parsed: Parsed,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub body_sha256: String,
    pub bytes: usize,
    /// The body, for dead letters when a later step fails.
    pub body: Vec<u8>,
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
    /// Limits from config.
    config: FetchConfig,
}

impl Poller {
    pub fn new(config: &FetchConfig) -> Result<Poller, FetchError> {
        let ua = format!(
            "claimwatch/{} (+{})",
            env!("CARGO_PKG_VERSION"),
            config.contact
        );
        let client = reqwest::Client::builder()
            .user_agent(ua)
            .connect_timeout(Duration::from_secs(config.connect_timeout_secs))
            .timeout(Duration::from_secs(config.request_timeout_secs))
            .redirect(reqwest::redirect::Policy::limited(config.max_redirects))
            .gzip(true)
            .brotli(true)
            .deflate(true)
            .build()
            .map_err(|e| FetchError::Connect(e.to_string()))?;
        let per_sec = NonZeroU32::new(config.per_host_requests_per_sec).unwrap_or(NonZeroU32::MIN);
        Ok(Poller {
            client,
            limiter: Arc::new(RateLimiter::keyed(Quota::per_second(per_sec))),
            permits: Arc::new(Semaphore::new(config.max_concurrent_polls.max(1))),
            config: config.clone(),
        })
    }

    /// One conditional GET of `feed`, parsed.
    pub async fn poll(
        &self,
        feed: &FeedConfig,
        state: &FeedState,
        now: DateTime<Utc>,
    ) -> Result<PollOutcome, PollError> {
        let fail = |error| PollError { error, body: None };
        let url = url::Url::parse(&feed.url)
            .map_err(|_| fail(FetchError::InvalidUrl(feed.url.clone())))?;
        let host = url.host_str().unwrap_or("").to_string();
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|e| fail(FetchError::Connect(e.to_string())))?;
        self.limiter.until_key_ready(&host).await;
        let mut headers = HeaderMap::new();
        if let Some(v) = state
            .etag
            .as_deref()
            .and_then(|v| HeaderValue::from_str(v).ok())
        {
            headers.insert(IF_NONE_MATCH, v);
        }
        if let Some(v) = state
            .last_modified
            .as_deref()
            .and_then(|v| HeaderValue::from_str(v).ok())
        {
            headers.insert(IF_MODIFIED_SINCE, v);
        }
        let mut resp = self
            .client
            .get(url.clone())
            .headers(headers)
            .send()
            .await
            .map_err(|e| fail(FetchError::from_reqwest(e)))?;
        let status = resp.status();
        metrics::counter!("claimwatch_fetch_responses_total", "class" => status_class(status.as_u16())).increment(1);
        if status == reqwest::StatusCode::NOT_MODIFIED {
            return Ok(PollOutcome::NotModified);
        }
        if !status.is_success() {
            let retry_after = resp
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| retry_after_secs(v, now));
            if status.as_u16() == 429 || (status.as_u16() == 503 && retry_after.is_some()) {
                return Err(fail(FetchError::RateLimited {
                    status: status.as_u16(),
                    retry_after_secs: retry_after,
                }));
            }
            return Err(fail(FetchError::Status(status.as_u16())));
        }
        let header = |name| {
            resp.headers()
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
                .map(str::to_string)
        };
        let etag = header(ETAG);
        let last_modified = header(LAST_MODIFIED);
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
        let body_sha256 = hex::encode(Sha256::digest(&body));
        if state.body_sha256.as_deref() == Some(body_sha256.as_str()) {
            return Ok(PollOutcome::Unchanged);
        }
        let final_url = resp.url().clone();
        match parse_feed(feed, &final_url, &body, now) {
            Ok(parsed) => Ok(PollOutcome::Fetched(Fetched {
                parsed,
                etag,
                last_modified,
                body_sha256,
                bytes: body.len(),
                body,
            })),
            Err(error) => Err(PollError {
                error,
                body: Some(body),
            }),
        }
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
        let base = match state.ttl_secs {
            Some(ttl) if ttl > base => ttl.min(base * 4),
            _ => base,
        };
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
            id: "f".into(),
            url: "http://127.0.0.1/f".into(),
            kind: "rss".into(),
            poll_interval_secs: Some(interval),
            tags: vec![],
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
    }
}
