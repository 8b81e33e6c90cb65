//! The fetch stage: one task per feed polls it on its schedule, publishes
//! new posts to `posts.raw`, and only after the broker acknowledged them
//! advances the feed's state (validators and seen ids) in the compacted
//! `fetch.state` topic.
//!
//! With `[fetch] sharding = "consumer_group"` several fetchers share the
//! feeds: a feed belongs to the `fetch.state` partition its state record is
//! written to, the group `<group_prefix>-fetch` assigns those partitions,
//! and a fetcher polls only the feeds of the partitions it owns. A
//! revocation waits until the fetcher stopped those feeds and saved their
//! state, so two fetchers never poll one feed at the same time.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use claimwatch_bus::rdkafka::consumer::Consumer;
use claimwatch_bus::rdkafka::TopicPartitionList;
use claimwatch_bus::{
    partition_for_key, Assignment, Bus, JsonProducer, Record, RevokeGate, Topics,
};
use claimwatch_config::{Config, FeedConfig, Sharding};
use claimwatch_fetch::{FeedState, PollOutcome, Poller};
use claimwatch_model::{DeadLetterOrigin, RAW_POST_SCHEMA};
use futures::StreamExt;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::dlq::dead_letter;
use crate::processor::deliver;
use crate::StageError;

const STAGE: &str = "fetch";

/// How long a fetcher waits to save a stopped feed's state.
const SAVE_ON_STOP: Duration = Duration::from_secs(5);

/// Everything a feed task shares with the others.
struct Shared {
    poller: Poller,
    producer: JsonProducer,
    topics: Topics,
    /// Seen ids remembered per feed.
    seen_cap: usize,
    /// Partitions of `fetch.state`: a feed's state goes to
    /// `partition_for_key(feed id, state_partitions)`, which is also the
    /// partition whose owner polls the feed when sharding.
    state_partitions: i32,
    shutdown: CancellationToken,
}

impl Shared {
    fn partition_of(&self, feed_id: &str) -> i32 {
        partition_for_key(feed_id, self.state_partitions)
    }
}

/// The feed tasks this process runs, by feed id.
struct FeedSet {
    shared: Arc<Shared>,
    /// Per feed: the token that stops it between polls, and its task.
    running: HashMap<String, (CancellationToken, JoinHandle<()>)>,
}

impl FeedSet {
    fn start(&mut self, feed: FeedConfig, state: FeedState) {
        if self.running.contains_key(&feed.id) {
            return;
        }
        let stop = CancellationToken::new();
        let span = tracing::info_span!("feed", feed_id = %feed.id);
        let id = feed.id.clone();
        let task = tokio::spawn(
            feed_loop(self.shared.clone(), feed, state, stop.clone()).instrument(span),
        );
        self.running.insert(id, (stop, task));
        metrics::gauge!("claimwatch_fetch_feeds_owned").set(self.running.len() as f64);
    }

    /// Stops the feeds `which` selects after their current poll, and waits
    /// until they saved their state.
    async fn stop_where(&mut self, which: impl Fn(&str) -> bool) -> usize {
        let ids: Vec<String> = self
            .running
            .keys()
            .filter(|id| which(id))
            .cloned()
            .collect();
        let mut tasks = Vec::new();
        for id in &ids {
            if let Some((stop, task)) = self.running.remove(id) {
                stop.cancel();
                tasks.push(task);
            }
        }
        for t in tasks {
            let _ = t.await;
        }
        metrics::gauge!("claimwatch_fetch_feeds_owned").set(self.running.len() as f64);
        ids.len()
    }
}

/// Restores feed state, then polls the configured feeds (all of them, or
/// those of the owned partitions) until shutdown.
pub async fn run(
    bus: &Bus,
    config: &Config,
    shutdown: CancellationToken,
) -> Result<(), StageError> {
    let topics = Topics::new(config);
    let state_partitions = {
        let (bus, topic) = (bus.clone(), topics.fetch_state.clone());
        tokio::task::spawn_blocking(move || bus.partition_count(&topic))
            .await
            .map_err(|e| {
                StageError::Bus(claimwatch_bus::BusError::Embedded(format!(
                    "metadata task failed: {e}"
                )))
            })??
    };
    let shared = Arc::new(Shared {
        poller: Poller::new(&config.fetch)?,
        producer: bus.producer()?,
        topics,
        seen_cap: config.fetch.seen_ids_per_feed,
        state_partitions,
        shutdown: shutdown.clone(),
    });
    let mut set = FeedSet {
        shared: shared.clone(),
        running: HashMap::new(),
    };
    match config.fetch.sharding {
        Sharding::None => {
            let mut states = load_states(bus, &shared.topics.fetch_state, None).await?;
            tracing::info!(
                feeds = config.feeds.len(),
                restored = states.len(),
                "fetch stage starting"
            );
            for feed in &config.feeds {
                let state = states
                    .remove(&feed.id)
                    .unwrap_or_else(|| FeedState::new(&feed.id));
                set.start(feed.clone(), state);
            }
            shutdown.cancelled().await;
        }
        Sharding::ConsumerGroup => run_sharded(bus, config, &mut set).await?,
    }
    set.stop_where(|_| true).await;
    let _ = shared.producer.flush(std::time::Duration::from_secs(5));
    tracing::info!(stage = STAGE, "stopped");
    Ok(())
}

/// The latest state of every feed in `partitions` of `fetch.state` (all
/// partitions when `None`).
async fn load_states(
    bus: &Bus,
    topic: &str,
    partitions: Option<&[i32]>,
) -> Result<HashMap<String, FeedState>, StageError> {
    let mut states = HashMap::new();
    for (key, bytes) in bus.read_latest_by_key(topic, partitions).await? {
        match serde_json::from_slice::<FeedState>(&bytes) {
            Ok(s) => {
                states.insert(key, s);
            }
            Err(e) => tracing::warn!(feed_id = key, error = %e, "ignoring unreadable fetch state"),
        }
    }
    Ok(states)
}

/// A revocation handed from the consumer's rebalance callback to the feed
/// manager: the partitions, and where to say that their feeds stopped.
type Revocation = (Vec<i32>, std::sync::mpsc::Sender<()>);

/// Polls the feeds of the `fetch.state` partitions this process owns in
/// the group `<group_prefix>-fetch`, following rebalances, until shutdown.
async fn run_sharded(bus: &Bus, config: &Config, set: &mut FeedSet) -> Result<(), StageError> {
    let shared = set.shared.clone();
    let (revoke_tx, mut revoke_rx) = tokio::sync::mpsc::unbounded_channel::<Revocation>();
    // Runs on the consumer's polling task: blocks the rebalance until the
    // feeds of the revoked partitions stopped (bounded, so that a stuck
    // poll cannot stall the group forever).
    let gate: RevokeGate = Arc::new(move |partitions: &[(String, i32)]| {
        let (done_tx, done_rx) = std::sync::mpsc::channel();
        let ids = partitions.iter().map(|(_, p)| *p).collect();
        if revoke_tx.send((ids, done_tx)).is_err() {
            return;
        }
        let wait = move || {
            let _ = done_rx.recv_timeout(Duration::from_secs(60));
        };
        if tokio::runtime::Handle::try_current().is_ok() {
            tokio::task::block_in_place(wait);
        } else {
            wait();
        }
    });
    let (consumer, mut assignments) = bus.gated_consumer(
        &config.group("fetch"),
        &[&shared.topics.fetch_state],
        Some(gate),
    )?;
    let consumer = Arc::new(consumer);
    tracing::info!(
        feeds = config.feeds.len(),
        group = %config.group("fetch"),
        partitions = shared.state_partitions,
        "fetch stage starting, sharded by consumer group"
    );
    // Polling the consumer serves rebalances; the state records themselves
    // are not needed (owned partitions are paused).
    let polling_stop = shared.shutdown.child_token();
    let polling = {
        let consumer = consumer.clone();
        let token = polling_stop.clone();
        tokio::spawn(async move {
            let mut stream = consumer.stream();
            loop {
                tokio::select! {
                    _ = token.cancelled() => break,
                    next = stream.next() => if next.is_none() { break },
                }
            }
        })
    };
    let mut result = Ok(());
    loop {
        tokio::select! {
            biased;
            _ = shared.shutdown.cancelled() => break,
            Some((partitions, done)) = revoke_rx.recv() => {
                let stopped = set
                    .stop_where(|id| partitions.contains(&shared.partition_of(id)))
                    .await;
                tracing::info!(?partitions, feeds = stopped, "partitions revoked; their feeds stopped");
                let _ = done.send(());
            }
            Some(event) = assignments.recv() => {
                let Assignment::Assigned(owned) = event else { continue };
                let mut tpl = TopicPartitionList::new();
                for (topic, p) in &owned {
                    tpl.add_partition(topic, *p);
                }
                if let Err(e) = consumer.pause(&tpl) {
                    tracing::debug!(error = %e, "cannot pause fetch.state partitions");
                }
                let ids: Vec<i32> = owned.iter().map(|(_, p)| *p).collect();
                let mut states = match load_states(bus, &shared.topics.fetch_state, Some(&ids)).await {
                    Ok(s) => s,
                    Err(e) => {
                        // Owning feeds whose state cannot be read must not
                        // mean polling them from scratch (re-publishing).
                        result = Err(e);
                        break;
                    }
                };
                let mut started = 0;
                for feed in config.feeds.iter().filter(|f| ids.contains(&shared.partition_of(&f.id))) {
                    let state = states.remove(&feed.id).unwrap_or_else(|| FeedState::new(&feed.id));
                    set.start(feed.clone(), state);
                    started += 1;
                }
                tracing::info!(partitions = ?ids, feeds = started, "partitions assigned; polling their feeds");
            }
        }
    }
    // No revocation may wait for this loop any more (the consumer's close
    // revokes everything).
    drop(revoke_rx);
    set.stop_where(|_| true).await;
    polling_stop.cancel();
    let _ = polling.await;
    result
}

async fn feed_loop(
    shared: Arc<Shared>,
    feed: FeedConfig,
    mut state: FeedState,
    stop: CancellationToken,
) {
    // Wait out what is left of the interval since the feed's last poll
    // (by this process before a restart, or by another fetcher).
    if let Some(last) = state.last_poll {
        let since = (Utc::now() - last).to_std().unwrap_or_default();
        let rest = shared
            .poller
            .next_delay(&feed, &state)
            .saturating_sub(since);
        tokio::select! {
            _ = shared.shutdown.cancelled() => return,
            _ = stop.cancelled() => return,
            _ = tokio::time::sleep(rest) => {}
        }
    }
    loop {
        if shared.shutdown.is_cancelled() || stop.is_cancelled() {
            break;
        }
        if !poll_once(&shared, &feed, &mut state).await {
            // Shutdown interrupted a delivery: the state was not advanced
            // and must not be saved.
            return;
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
            _ = stop.cancelled() => break,
            _ = tokio::time::sleep(delay) => {}
        }
    }
    // Save when the feed was last polled, for whoever polls it next.
    if state.last_poll.is_some() {
        let _ = tokio::time::timeout(SAVE_ON_STOP, persist(&shared, &state)).await;
    }
}

/// One poll and its publication. Returns false when shutdown interrupted a
/// delivery (the state was then not advanced).
async fn poll_once(shared: &Shared, feed: &FeedConfig, state: &mut FeedState) -> bool {
    let now = Utc::now();
    state.last_poll = Some(now);
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
    .expect("state serialises")
    .to_partition(shared.partition_of(&state.feed_id));
    deliver(&shared.producer, vec![record], STAGE, &shared.shutdown).await
}
