//! The consume → transform → produce loop shared by the normaliser and the
//! sink, with at-least-once delivery: a record's offset is stored only after
//! every output it caused was acknowledged, and offsets are stored in
//! consumption order so a later record never commits past an earlier one.

use std::collections::VecDeque;
use std::time::Duration;

use claimwatch_bus::rdkafka::consumer::{CommitMode, Consumer};
use claimwatch_bus::rdkafka::message::{BorrowedMessage, Message};
use claimwatch_bus::{topic_label, Assignment, JsonProducer, Record, StageConsumer};
use futures::future::BoxFuture;
use futures::stream::{FuturesOrdered, StreamExt};
use tokio::sync::mpsc::UnboundedReceiver;
use tokio_util::sync::CancellationToken;

use crate::StageError;

/// A stage's transformation of one consumed record.
pub trait Handler: Send {
    /// Stage name, for logs and metrics.
    fn stage(&self) -> &'static str;
    /// The records to produce for `msg` (possibly none). Must not fail:
    /// bad input becomes a dead-letter record.
    fn handle(&mut self, msg: &BorrowedMessage<'_>) -> Vec<Record>;
    /// Called after this process was assigned `partitions`, once every
    /// output of the records consumed before was acknowledged: the place to
    /// rebuild state for partitions taken over from another instance.
    fn assigned<'a>(&'a mut self, _partitions: &'a [(String, i32)]) -> BoxFuture<'a, ()> {
        Box::pin(async {})
    }
    /// Called in exactly-once mode after a transaction was aborted: the
    /// outputs of the records handled since the last commit were discarded
    /// and those records will be handled again, so state derived from them
    /// must be rebuilt from what was committed. An error stops the stage
    /// (state that cannot be rebuilt must not be built upon).
    fn rewind(&mut self) -> BoxFuture<'_, Result<(), StageError>> {
        Box::pin(async { Ok(()) })
    }
}

/// Problems of the running stages, by stage name: readiness turns red while
/// any is present (the ops probe reads it).
pub type StageProblems =
    std::sync::Arc<std::sync::Mutex<std::collections::BTreeMap<&'static str, String>>>;

/// The problems of this process's stages (one process, one readiness).
pub fn stage_problems() -> StageProblems {
    static PROBLEMS: std::sync::OnceLock<StageProblems> = std::sync::OnceLock::new();
    PROBLEMS.get_or_init(StageProblems::default).clone()
}

/// Loop settings.
#[derive(Debug, Clone)]
pub struct ProcessorOptions {
    /// Consumed records whose outputs may be awaiting acknowledgement at once.
    pub max_in_flight: usize,
    /// How long shutdown waits for in-flight outputs before giving up on them
    /// (their offsets are then not stored, so they are redone after restart).
    pub drain_deadline: Duration,
    /// A stage is stuck when an output stays unacknowledged this long, or
    /// when it is behind (lag > 0) and consumed nothing for this long.
    pub stuck_after: Duration,
    /// Where the stage reports being stuck.
    pub problems: StageProblems,
    /// Exactly-once mode: most records per transaction.
    pub transaction_records: usize,
    /// Exactly-once mode: longest time a transaction stays open collecting
    /// records (the latency it adds).
    pub transaction_interval: Duration,
    /// Exactly-once mode: bound on each blocking transaction call.
    pub transaction_timeout: Duration,
}

impl ProcessorOptions {
    /// Reports `stage` as stuck for `why` (logged when the reason changes).
    pub fn set_problem(&self, stage: &'static str, why: String) {
        let mut problems = self.problems.lock().unwrap_or_else(|p| p.into_inner());
        if problems.get(stage) != Some(&why) {
            tracing::warn!(stage, reason = %why, "stage stuck");
        }
        problems.insert(stage, why);
    }

    /// Clears `stage`'s problem, if any.
    pub fn clear_problem(&self, stage: &'static str) {
        let mut problems = self.problems.lock().unwrap_or_else(|p| p.into_inner());
        if problems.remove(stage).is_some() {
            tracing::info!(stage, "stage moving again");
        }
    }
}

impl Default for ProcessorOptions {
    fn default() -> Self {
        ProcessorOptions {
            max_in_flight: 1000,
            drain_deadline: Duration::from_secs(20),
            stuck_after: Duration::from_secs(120),
            problems: stage_problems(),
            transaction_records: 500,
            transaction_interval: Duration::from_millis(100),
            transaction_timeout: Duration::from_secs(30),
        }
    }
}

/// Why a stage is stuck, if it is: an output unacknowledged for longer
/// than `limit` (the broker refuses or lost it), or records waiting (`lag`)
/// while nothing was consumed for longer than `limit`.
pub fn stuck_reason(
    oldest_in_flight: Option<Duration>,
    since_consumed: Duration,
    lag: Option<i64>,
    limit: Duration,
) -> Option<String> {
    if let Some(age) = oldest_in_flight.filter(|a| *a > limit) {
        return Some(format!("an output unacknowledged for {} s", age.as_secs()));
    }
    match lag {
        Some(l) if l > 0 && since_consumed > limit => Some(format!(
            "{l} records behind and nothing consumed for {} s",
            since_consumed.as_secs()
        )),
        _ => None,
    }
}

/// Produces `records` in order and resolves when all were acknowledged.
/// Failed deliveries are retried with backoff until they succeed or
/// shutdown is requested (then `false`).
pub async fn deliver(
    producer: &JsonProducer,
    records: Vec<Record>,
    stage: &'static str,
    shutdown: &CancellationToken,
) -> bool {
    // Enqueue everything first, in order, so that per-partition order
    // follows consumption order.
    let mut pending: VecDeque<(
        Record,
        Option<claimwatch_bus::rdkafka::producer::DeliveryFuture>,
    )> = VecDeque::new();
    for r in records {
        let fut = enqueue_with_backoff(producer, &r, stage, shutdown).await;
        if fut.is_none() {
            return false;
        }
        pending.push_back((r, fut));
    }
    for (record, fut) in pending {
        let mut fut = fut;
        let mut backoff = Duration::from_millis(100);
        loop {
            let ok = match fut.take() {
                Some(f) => matches!(f.await, Ok(Ok(_))),
                None => false,
            };
            if ok {
                metrics::counter!("claimwatch_records_produced_total", "stage" => stage, "topic" => topic_label(&record.topic)).increment(1);
                break;
            }
            metrics::counter!("claimwatch_delivery_errors_total", "stage" => stage).increment(1);
            tracing::warn!(stage, topic = %record.topic, key = %record.key, "delivery failed; retrying");
            tokio::select! {
                _ = shutdown.cancelled() => return false,
                _ = tokio::time::sleep(backoff) => {}
            }
            backoff = (backoff * 2).min(Duration::from_secs(5));
            fut = enqueue_with_backoff(producer, &record, stage, shutdown).await;
            if fut.is_none() {
                return false;
            }
        }
    }
    true
}

pub(crate) async fn enqueue_with_backoff(
    producer: &JsonProducer,
    record: &Record,
    stage: &'static str,
    shutdown: &CancellationToken,
) -> Option<claimwatch_bus::rdkafka::producer::DeliveryFuture> {
    let mut backoff = Duration::from_millis(10);
    loop {
        match producer.enqueue(record) {
            Ok(f) => return Some(f),
            Err(e) => {
                tracing::debug!(stage, error = %e, "enqueue failed; backing off");
                tokio::select! {
                    _ = shutdown.cancelled() => return None,
                    _ = tokio::time::sleep(backoff) => {}
                }
                backoff = (backoff * 2).min(Duration::from_secs(1));
            }
        }
    }
}

/// Runs the loop until `shutdown` is cancelled, then drains in-flight work,
/// stores the offsets of what was acknowledged and commits them.
pub async fn run<H: Handler>(
    consumer: StageConsumer,
    mut assignments: UnboundedReceiver<Assignment>,
    producer: JsonProducer,
    mut handler: H,
    shutdown: CancellationToken,
    options: ProcessorOptions,
) -> Result<(), StageError> {
    let stage = handler.stage();
    let mut in_flight = FuturesOrdered::new();
    // When each in-flight record was consumed (same order as `in_flight`).
    let mut consumed_at: VecDeque<std::time::Instant> = VecDeque::new();
    let mut last_consumed = std::time::Instant::now();
    let mut check = tokio::time::interval(Duration::from_secs(5));
    // Set when a delivery was abandoned: no later offset may be stored.
    let mut blocked = false;
    {
        let mut stream = consumer.stream();
        loop {
            tokio::select! {
                biased;
                _ = shutdown.cancelled() => break,
                Some(done) = in_flight.next(), if !in_flight.is_empty() => {
                    consumed_at.pop_front();
                    store(&consumer, stage, done, &mut blocked);
                }
                _ = check.tick() => {
                    let reason = stuck_reason(
                        consumed_at.front().map(|t| t.elapsed()),
                        last_consumed.elapsed(),
                        consumer.context().lag(),
                        options.stuck_after,
                    );
                    match reason {
                        Some(why) => options.set_problem(stage, why),
                        None => options.clear_problem(stage),
                    }
                }
                Some(event) = assignments.recv() => {
                    // Finish what was consumed before the rebalance, so that
                    // state rebuilt from the changelog includes it.
                    while let Some(done) = in_flight.next().await {
                        consumed_at.pop_front();
                        store(&consumer, stage, done, &mut blocked);
                    }
                    if let Assignment::Assigned(partitions) = event {
                        handler.assigned(&partitions).await;
                    }
                }
                next = stream.next(), if in_flight.len() < options.max_in_flight => {
                    match next {
                        Some(Ok(msg)) => {
                            last_consumed = std::time::Instant::now();
                            consumed_at.push_back(last_consumed);
                            let records = handler.handle(&msg);
                            metrics::histogram!("claimwatch_stage_seconds", "stage" => stage).record(last_consumed.elapsed().as_secs_f64());
                            metrics::counter!("claimwatch_records_consumed_total", "stage" => stage).increment(1);
                            let position = (msg.topic().to_string(), msg.partition(), msg.offset());
                            let producer = producer.clone();
                            let token = shutdown.clone();
                            in_flight.push_back(async move {
                                let ok = deliver(&producer, records, stage, &token).await;
                                (position, ok)
                            });
                        }
                        Some(Err(e)) => {
                            metrics::counter!("claimwatch_consumer_errors_total", "stage" => stage).increment(1);
                            tracing::warn!(stage, error = %e, "consumer error");
                            tokio::time::sleep(Duration::from_millis(200)).await;
                        }
                        None => break,
                    }
                }
            }
        }
    }
    // Drain: give in-flight outputs until the deadline to be acknowledged.
    let deadline = tokio::time::Instant::now() + options.drain_deadline;
    // The in-flight futures watch `shutdown` (already cancelled) only for
    // retries; first attempts still complete if the broker answers.
    while let Ok(Some(done)) = tokio::time::timeout_at(deadline, in_flight.next()).await {
        store(&consumer, stage, done, &mut blocked);
    }
    let abandoned = in_flight.len();
    if abandoned > 0 {
        tracing::warn!(
            stage,
            abandoned,
            "shutdown deadline passed; unacknowledged records will be redone after restart"
        );
    }
    if let Err(e) = consumer.commit_consumer_state(CommitMode::Sync) {
        // Nothing stored since the last auto-commit is not an error worth failing on.
        tracing::debug!(stage, error = %e, "final commit");
    }
    tracing::info!(stage, "stopped");
    Ok(())
}

fn store(
    consumer: &StageConsumer,
    stage: &'static str,
    done: ((String, i32, i64), bool),
    blocked: &mut bool,
) {
    let ((topic, partition, offset), ok) = done;
    if !ok {
        *blocked = true;
    }
    if *blocked {
        return;
    }
    if let Err(e) = consumer.store_offset(&topic, partition, offset) {
        // The partition may have been revoked; its new owner redoes the record.
        tracing::debug!(stage, error = %e, topic, partition, offset, "offset not stored");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stuck_means_unacknowledged_output_or_waiting_input_without_progress() {
        let limit = Duration::from_secs(120);
        let s = Duration::from_secs;
        assert_eq!(stuck_reason(None, s(10), Some(0), limit), None);
        assert_eq!(
            stuck_reason(Some(s(30)), s(500), Some(0), limit),
            None,
            "idle is not stuck"
        );
        assert_eq!(
            stuck_reason(None, s(500), None, limit),
            None,
            "no statistics yet"
        );
        assert!(stuck_reason(Some(s(121)), s(0), Some(0), limit)
            .unwrap()
            .contains("unacknowledged"));
        assert!(stuck_reason(None, s(121), Some(7), limit)
            .unwrap()
            .starts_with("7 records behind"));
    }
}
