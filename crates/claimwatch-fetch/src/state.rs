//! Per-feed state: HTTP validators, seen item ids and health. Persisted in
//! the compacted `fetch.state` topic (keyed by feed id) and advanced only
//! after the broker acknowledged the posts it covers.

use std::collections::{HashSet, VecDeque};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::parse::ParsedPost;

/// Schema name of fetch state records.
pub const FETCH_STATE_SCHEMA: &str = "claimwatch.fetch_state.v1";

/// What the fetcher remembers about one feed across restarts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FeedState {
    pub schema: String,
    pub feed_id: String,
    /// ETag of the last fully published response (sent as If-None-Match).
    pub etag: Option<String>,
    /// Last-Modified of the last fully published response (If-Modified-Since).
    pub last_modified: Option<String>,
    /// SHA-256 of the last fully published body: a 200 with the same body is skipped.
    pub body_sha256: Option<String>,
    /// Identities (guids/URLs) and title hashes already published, oldest first.
    pub seen: VecDeque<String>,
    pub last_success: Option<DateTime<Utc>>,
    pub consecutive_failures: u32,
    pub last_error: Option<String>,
    /// Bounded error class of `last_error`, usable as a metric label.
    pub last_error_class: Option<String>,
    /// Server hint (`<ttl>`) in seconds, when the feed gives one.
    pub ttl_secs: Option<u64>,
    /// Wait asked for by the server: `Retry-After` of the last failed poll,
    /// or the rate-limit reset of a social API whose budget is spent.
    #[serde(default)]
    pub retry_after_secs: Option<u64>,
    /// Polls in a row that brought nothing new: a quiet feed is polled less
    /// often (see `Poller::next_delay`).
    #[serde(default)]
    pub quiet_polls: u32,
    /// Social sources: the newest post id (or time, for Bluesky) published,
    /// from which the next poll continues.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// When the feed was last polled, successful or not: whoever polls it
    /// next (this process after a restart, or another fetcher after a
    /// rebalance) waits out the rest of the interval first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_poll: Option<DateTime<Utc>>,
}

impl FeedState {
    pub fn new(feed_id: &str) -> FeedState {
        FeedState {
            schema: FETCH_STATE_SCHEMA.to_string(),
            feed_id: feed_id.to_string(),
            ..Default::default()
        }
    }

    /// Index of everything seen, for checking a batch.
    pub fn seen_index(&self) -> HashSet<&str> {
        self.seen.iter().map(String::as_str).collect()
    }

    /// True when the post's identity or (non-empty) title hash was seen.
    pub fn is_seen(index: &HashSet<&str>, p: &ParsedPost) -> bool {
        index.contains(p.identity.as_str())
            || p.title_hash.as_deref().is_some_and(|t| index.contains(t))
    }

    /// Remembers a published post, forgetting the oldest beyond `cap` entries.
    pub fn remember(&mut self, p: &ParsedPost, cap: usize) {
        self.seen.push_back(p.identity.clone());
        if let Some(t) = &p.title_hash {
            self.seen.push_back(t.clone());
        }
        while self.seen.len() > cap.max(2) {
            self.seen.pop_front();
        }
    }

    /// Healthy unless the last three polls failed.
    pub fn healthy(&self) -> bool {
        self.consecutive_failures < 3
    }
}
