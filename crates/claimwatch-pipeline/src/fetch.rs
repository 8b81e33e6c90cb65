//! The fetch stage: one task per feed polls it on its schedule, publishes
//! new posts to `posts.raw`, and only after the broker acknowledged them
//! advances the feed's state (validators and seen ids) in the compacted
//! `fetch.state` topic.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::Utc;
use claimwatch_bus::{Bus, JsonProducer, Record, Topics};
use claimwatch_config::{Config, FeedConfig};
use claimwatch_fetch::{FeedState, PollOutcome, Poller};
use claimwatch_model::{DeadLetterOrigin, RAW_POST_SCHEMA};
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::dlq::dead_letter;
use crate::processor::deliver;
use crate::StageError;

const STAGE: &str = "fetch";

/// Everything a feed task shares with the others.
struct Shared {
    poller: Poller,
    producer: JsonProducer,
    topics: Topics,
    /// Seen ids remembered per feed.
    seen_cap: usize,
    shutdown: CancellationToken,
}

/// Restores feed state, then polls every configured feed until shutdown.
pub async fn run(
    bus: &Bus,
    config: &Config,
    shutdown: CancellationToken,
) -> Result<(), StageError> {
    let topics = Topics::new(config);
    let mut states: HashMap<String, FeedState> = HashMap::new();
    for (key, bytes) in bus.read_latest_by_key(&topics.fetch_state, None).await? {
        match serde_json::from_slice::<FeedState>(&bytes) {
            Ok(s) => {
                states.insert(key, s);
            }
            Err(e) => tracing::warn!(feed_id = key, error = %e, "ignoring unreadable fetch state"),
        }
    }
    tracing::info!(
        feeds = config.feeds.len(),
        restored = states.len(),
        "fetch stage starting"
    );
    let shared = Arc::new(Shared {
        poller: Poller::new(&config.fetch)?,
        producer: bus.producer()?,
        topics,
        seen_cap: config.fetch.seen_ids_per_feed,
        shutdown: shutdown.clone(),
    });
    let mut tasks = Vec::new();
    for feed in &config.feeds {
        let state = states
            .remove(&feed.id)
            .unwrap_or_else(|| FeedState::new(&feed.id));
        let span = tracing::info_span!("feed", feed_id = %feed.id);
        tasks.push(tokio::spawn(
            feed_loop(shared.clone(), feed.clone(), state).instrument(span),
        ));
    }
    for t in tasks {
        let _ = t.await;
    }
    let _ = shared.producer.flush(std::time::Duration::from_secs(5));
    tracing::info!(stage = STAGE, "stopped");
    Ok(())
}

async fn feed_loop(shared: Arc<Shared>, feed: FeedConfig, mut state: FeedState) {
    loop {
        if shared.shutdown.is_cancelled() {
            break;
        }
        if !poll_once(&shared, &feed, &mut state).await {
            break;
        }
        // Per-source health; feed ids come from config, so the label set
        // is bounded by the operator.
        metrics::gauge!("claimwatch_feed_healthy", "feed" => feed.id.clone())
            .set(if state.healthy() { 1.0 } else { 0.0 });
        metrics::gauge!("claimwatch_feed_consecutive_failures", "feed" => feed.id.clone())
            .set(f64::from(state.consecutive_failures));
        let delay = shared.poller.next_delay(&feed, &state);
        tokio::select! {
            _ = shared.shutdown.cancelled() => break,
            _ = tokio::time::sleep(delay) => {}
        }
    }
}

/// One poll and its publication. Returns false when shutdown interrupted a
/// delivery (the state was then not advanced).
async fn poll_once(shared: &Shared, feed: &FeedConfig, state: &mut FeedState) -> bool {
    let now = Utc::now();
    let outcome = tokio::select! {
        _ = shared.shutdown.cancelled() => return false,
        o = shared.poller.poll(feed, state, now) => o,
    };
    metrics::counter!("claimwatch_polls_total", "outcome" => match &outcome {
        Ok(PollOutcome::NotModified) => "not_modified",
        Ok(PollOutcome::Unchanged) => "unchanged",
        Ok(PollOutcome::Fetched(_)) => "fetched",
        Err(e) => e.error.class(),
    })
    .increment(1);
    match outcome {
        Ok(PollOutcome::NotModified) | Ok(PollOutcome::Unchanged) => {
            let was_failing = state.consecutive_failures > 0;
            state.quiet_polls = state.quiet_polls.saturating_add(1);
            state.consecutive_failures = 0;
            state.retry_after_secs = None;
            state.last_success = Some(now);
            tracing::debug!(feed_id = %feed.id, "no new items");
            if was_failing {
                return persist(shared, state).await;
            }
            true
        }
        Ok(PollOutcome::Fetched(fetched)) => {
            if fetched.parsed.undated > 0 {
                metrics::counter!("claimwatch_fetch_undated_items_total")
                    .increment(fetched.parsed.undated as u64);
            }
            let index = state.seen_index();
            let mut batch_ids: HashSet<String> = HashSet::new();
            let new: Vec<_> = fetched
                .parsed
                .posts
                .iter()
                .filter(|p| !FeedState::is_seen(&index, p) && batch_ids.insert(p.identity.clone()))
                .cloned()
                .collect();
            drop(index);
            let records: Vec<Record> = new
                .iter()
                .map(|p| {
                    Record::json(
                        &shared.topics.posts_raw,
                        &p.post.id,
                        &p.post.id,
                        RAW_POST_SCHEMA,
                        p.post.published_at,
                        &p.post,
                    )
                    .expect("posts serialise")
                })
                .collect();
            let count = records.len();
            if !deliver(&shared.producer, records, STAGE, &shared.shutdown).await {
                return false;
            }
            metrics::counter!("claimwatch_posts_published_total").increment(count as u64);
            tracing::info!(feed_id = %feed.id, published = count, items = fetched.parsed.posts.len(), pages = fetched.pages, truncated = fetched.truncated, "poll");
            for p in &new {
                state.remember(p, shared.seen_cap);
            }
            state.etag = fetched.etag;
            state.last_modified = fetched.last_modified;
            state.body_sha256 = fetched.body_sha256;
            state.ttl_secs = fetched.parsed.ttl_secs;
            state.cursor = fetched.cursor;
            state.quiet_polls = if count == 0 {
                state.quiet_polls.saturating_add(1)
            } else {
                0
            };
            state.consecutive_failures = 0;
            state.retry_after_secs = fetched.rate_limit_wait_secs;
            state.last_success = Some(now);
            state.last_error = None;
            state.last_error_class = None;
            persist(shared, state).await
        }
        Err(err) => {
            let class = err.error.class();
            metrics::counter!("claimwatch_feed_errors_total", "feed" => feed.id.clone(), "class" => class).increment(1);
            state.consecutive_failures += 1;
            state.retry_after_secs = match &err.error {
                claimwatch_fetch::FetchError::RateLimited {
                    retry_after_secs, ..
                } => *retry_after_secs,
                _ => None,
            };
            state.last_error = Some(err.error.to_string());
            state.last_error_class = Some(class.to_string());
            tracing::warn!(feed_id = %feed.id, url = %feed.url, error = %err.error, failures = state.consecutive_failures, "poll failed");
            let letter = dead_letter(
                &shared.topics.dlq,
                STAGE,
                class,
                &err.error.to_string(),
                DeadLetterOrigin {
                    topic: None,
                    partition: None,
                    offset: None,
                    source_id: Some(feed.id.clone()),
                    url: Some(feed.url.clone()),
                },
                err.body.as_deref().unwrap_or_default(),
            );
            if !deliver(&shared.producer, vec![letter], STAGE, &shared.shutdown).await {
                return false;
            }
            persist(shared, state).await
        }
    }
}

async fn persist(shared: &Shared, state: &FeedState) -> bool {
    let record = Record::json(
        &shared.topics.fetch_state,
        &state.feed_id,
        &state.feed_id,
        claimwatch_fetch::state::FETCH_STATE_SCHEMA,
        Utc::now(),
        state,
    )
    .expect("state serialises");
    deliver(&shared.producer, vec![record], STAGE, &shared.shutdown).await
}
