//! The exactly-once variant of the consume → transform → produce loop
//! (`[kafka] delivery = "exactly_once"`), for brokers with Kafka
//! transactions (Apache Kafka, Redpanda).
//!
//! Records are processed in batches; each batch is one transaction holding
//! its outputs and the consumer offsets just past its inputs, so a batch's
//! effects become visible to `read_committed` readers together with the
//! fact that its inputs were consumed — or not at all. When a transaction
//! has to be aborted the consumer is moved back to the batch's first
//! records and the handler rebuilds any state it derived from them
//! ([`Handler::rewind`]), so the batch is simply done again.

use std::collections::BTreeMap;
use std::time::Duration;

use claimwatch_bus::rdkafka::consumer::Consumer;
use claimwatch_bus::rdkafka::message::{BorrowedMessage, Message};
use claimwatch_bus::rdkafka::{Offset, TopicPartitionList};
use claimwatch_bus::{topic_label, Assignment, BusError, JsonProducer, StageConsumer};
use futures::stream::StreamExt;
use tokio::sync::mpsc::UnboundedReceiver;
use tokio_util::sync::CancellationToken;

use crate::processor::{enqueue_with_backoff, Handler, ProcessorOptions};
use crate::StageError;

/// Consecutive aborted transactions after which readiness turns red.
const ABORTS_BEFORE_STUCK: u32 = 3;

/// The inputs and outputs of the open transaction.
#[derive(Default)]
struct Batch {
    /// First offset consumed per partition: where to rewind after an abort.
    first: BTreeMap<(String, i32), i64>,
    /// Offset after the last one consumed per partition: committed with
    /// the transaction.
    next: BTreeMap<(String, i32), i64>,
    /// Records consumed.
    consumed: usize,
    /// Outputs produced, by topic label (counted once committed).
    produced: BTreeMap<&'static str, u64>,
}

impl Batch {
    fn offsets(&self) -> Result<TopicPartitionList, BusError> {
        let mut tpl = TopicPartitionList::new();
        for ((topic, partition), offset) in &self.next {
            tpl.add_partition_offset(topic, *partition, Offset::Offset(*offset))
                .map_err(|error| BusError::Transaction {
                    step: "send offsets",
                    error,
                })?;
        }
        Ok(tpl)
    }
}

/// Runs the exactly-once loop until `shutdown` is cancelled (the open batch
/// is committed first) or the producer is fenced or fails fatally (an
/// error: the process should be restarted).
pub async fn run_transactional<H: Handler>(
    consumer: StageConsumer,
    mut assignments: UnboundedReceiver<Assignment>,
    producer: JsonProducer,
    mut handler: H,
    shutdown: CancellationToken,
    options: ProcessorOptions,
) -> Result<(), StageError> {
    let stage = handler.stage();
    let timeout = options.transaction_timeout;
    let mut aborts_in_a_row = 0u32;
    let mut stream = consumer.stream();
    loop {
        // Wait for the first record of the next transaction.
        let first = tokio::select! {
            biased;
            _ = shutdown.cancelled() => break,
            Some(event) = assignments.recv() => {
                if let Assignment::Assigned(partitions) = event {
                    handler.assigned(&partitions).await;
                }
                continue;
            }
            next = stream.next() => match next {
                Some(Ok(msg)) => msg,
                Some(Err(e)) => {
                    metrics::counter!("claimwatch_consumer_errors_total", "stage" => stage).increment(1);
                    tracing::warn!(stage, error = %e, "consumer error");
                    tokio::time::sleep(Duration::from_millis(200)).await;
                    continue;
                }
                None => break,
            },
        };
        tokio::task::block_in_place(|| producer.begin_transaction())?;
        let mut batch = Batch::default();
        if !process(&mut handler, &producer, &first, &mut batch, &shutdown).await {
            // Shutdown while the local queue was full: nothing committed.
            drop(first);
            abort(&producer, timeout)?;
            break;
        }
        drop(first);
        let deadline = tokio::time::Instant::now() + options.transaction_interval;
        let mut complete = true;
        while batch.consumed < options.transaction_records {
            let msg = tokio::select! {
                biased;
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep_until(deadline) => break,
                next = stream.next() => match next {
                    Some(Ok(msg)) => msg,
                    Some(Err(e)) => {
                        metrics::counter!("claimwatch_consumer_errors_total", "stage" => stage).increment(1);
                        tracing::warn!(stage, error = %e, "consumer error");
                        break;
                    }
                    None => break,
                },
            };
            if !process(&mut handler, &producer, &msg, &mut batch, &shutdown).await {
                complete = false;
                break;
            }
        }
        let committed = if complete {
            tokio::task::block_in_place(|| commit(&producer, &consumer, &batch, timeout))
        } else {
            Err(BusError::Transaction {
                step: "produce",
                error: claimwatch_bus::rdkafka::error::KafkaError::Canceled,
            })
        };
        match committed {
            Ok(()) => {
                aborts_in_a_row = 0;
                options.clear_problem(stage);
                metrics::counter!("claimwatch_transactions_total", "stage" => stage, "outcome" => "committed").increment(1);
                for (topic, n) in &batch.produced {
                    metrics::counter!("claimwatch_records_produced_total", "stage" => stage, "topic" => *topic).increment(*n);
                }
                tracing::debug!(stage, records = batch.consumed, "transaction committed");
            }
            Err(e) if e.is_fatal() => {
                metrics::counter!("claimwatch_transactions_total", "stage" => stage, "outcome" => "failed").increment(1);
                return Err(e.into());
            }
            Err(e) => {
                aborts_in_a_row += 1;
                metrics::counter!("claimwatch_transactions_total", "stage" => stage, "outcome" => "aborted").increment(1);
                tracing::warn!(stage, error = %e, records = batch.consumed, "transaction aborted; redoing its records");
                if aborts_in_a_row >= ABORTS_BEFORE_STUCK {
                    options.set_problem(
                        stage,
                        format!("{aborts_in_a_row} transactions aborted in a row: {e}"),
                    );
                }
                abort(&producer, timeout)?;
                if shutdown.is_cancelled() {
                    break;
                }
                for ((topic, partition), offset) in &batch.first {
                    if let Err(e) = consumer.seek(
                        topic,
                        *partition,
                        Offset::Offset(*offset),
                        Duration::from_secs(10),
                    ) {
                        // Revoked meanwhile: its new owner starts from the
                        // last committed offset anyway.
                        tracing::debug!(stage, topic, partition, error = %e, "rewind skipped");
                    }
                }
                handler.rewind().await?;
                // Give a broker in trouble a moment before the redo.
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = tokio::time::sleep(Duration::from_millis(200 * u64::from(aborts_in_a_row.min(25)))) => {}
                }
            }
        }
    }
    tracing::info!(stage, "stopped");
    Ok(())
}

/// Handles one record and enqueues its outputs in the open transaction.
/// False when shutdown interrupted waiting for queue space.
async fn process<H: Handler>(
    handler: &mut H,
    producer: &JsonProducer,
    msg: &BorrowedMessage<'_>,
    batch: &mut Batch,
    shutdown: &CancellationToken,
) -> bool {
    let stage = handler.stage();
    let started = std::time::Instant::now();
    let records = handler.handle(msg);
    metrics::histogram!("claimwatch_stage_seconds", "stage" => stage)
        .record(started.elapsed().as_secs_f64());
    metrics::counter!("claimwatch_records_consumed_total", "stage" => stage).increment(1);
    let key = (msg.topic().to_string(), msg.partition());
    batch.first.entry(key.clone()).or_insert(msg.offset());
    batch.next.insert(key, msg.offset() + 1);
    batch.consumed += 1;
    for r in &records {
        // The delivery report is not awaited: committing the transaction
        // flushes, and fails if any record of it was not delivered.
        if enqueue_with_backoff(producer, r, stage, shutdown)
            .await
            .is_none()
        {
            return false;
        }
        *batch.produced.entry(topic_label(&r.topic)).or_default() += 1;
    }
    true
}

/// Sends the batch's offsets and commits, retrying steps that may be
/// retried.
fn commit(
    producer: &JsonProducer,
    consumer: &StageConsumer,
    batch: &Batch,
    timeout: Duration,
) -> Result<(), BusError> {
    let offsets = batch.offsets()?;
    let mut attempt = 0;
    loop {
        match producer.commit_transaction(&offsets, consumer, timeout) {
            Err(e) if e.is_retriable() && attempt < 3 => attempt += 1,
            other => return other,
        }
    }
}

/// Aborts the open transaction; only a fatal error is returned.
fn abort(producer: &JsonProducer, timeout: Duration) -> Result<(), StageError> {
    let mut attempt = 0;
    loop {
        match tokio::task::block_in_place(|| producer.abort_transaction(timeout)) {
            Ok(()) => return Ok(()),
            Err(e) if e.is_retriable() && attempt < 3 => attempt += 1,
            Err(e) => return Err(e.into()),
        }
    }
}
