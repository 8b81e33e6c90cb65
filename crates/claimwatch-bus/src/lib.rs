//! Kafka plumbing shared by every stage: client construction, topic
//! creation, JSON records with CloudEvents headers, whole-topic reads for
//! state restore, and the embedded in-memory broker used when no broker is
//! configured.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, Utc};
use claimwatch_config::{Config, Delivery, KafkaConfig};
use futures::StreamExt;
use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{Consumer, ConsumerContext, Rebalance, StreamConsumer};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, Message, OwnedHeaders};
use rdkafka::producer::{DeliveryFuture, FutureProducer, FutureRecord, Producer as _};
use rdkafka::TopicPartitionList;
use serde::Serialize;

/// How long a restore read may go without progress (a record, a partition's
/// end or an answered metadata request) before it fails. Transient errors in
/// between (a broker connection being re-established) are retried.
const RESTORE_STALL: Duration = Duration::from_secs(30);

/// Runs a blocking metadata request about `topic` again while it fails,
/// until `RESTORE_STALL` has passed; the last error is returned then.
async fn retry_metadata<T>(
    topic: &str,
    mut request: impl FnMut() -> Result<T, KafkaError>,
) -> Result<T, KafkaError> {
    let start = tokio::time::Instant::now();
    loop {
        match request() {
            Ok(v) => return Ok(v),
            Err(e) if start.elapsed() >= RESTORE_STALL => return Err(e),
            Err(e) => {
                restore_retried(topic, &e);
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    }
}

/// A transient error a restore read of `topic` retries past: logged and
/// counted (`claimwatch_consumer_errors_total{stage="restore"}`).
fn restore_retried(topic: &str, error: &KafkaError) {
    metrics::counter!("claimwatch_consumer_errors_total", "stage" => "restore").increment(1);
    tracing::warn!(topic, %error, "restore read error, retrying");
}

pub use rdkafka;

/// Errors from the bus.
#[derive(Debug, thiserror::Error)]
pub enum BusError {
    #[error("kafka client setup failed: {0}")]
    Client(#[source] KafkaError),
    #[error("cannot create topic {topic}: {error}")]
    CreateTopic { topic: String, error: String },
    #[error("delivery to {topic} failed: {error}")]
    Delivery { topic: String, error: KafkaError },
    #[error("cannot serialise record for {topic}: {error}")]
    Serialise {
        topic: String,
        error: serde_json::Error,
    },
    #[error("reading topic {topic} failed: {error}")]
    Read { topic: String, error: KafkaError },
    #[error("embedded broker failed to start: {0}")]
    Embedded(String),
    /// A transaction step failed; [`BusError::txn_requires_abort`] and
    /// [`BusError::is_fatal`] tell what the caller must do next.
    #[error("transaction {step} failed: {error}")]
    Transaction {
        step: &'static str,
        error: KafkaError,
    },
    /// librdkafka refused a property. Built by [`BusError::client`], which
    /// keeps a secret property's value out of the message (librdkafka's own
    /// error text repeats the value).
    #[error("kafka client config property {property:?}: {description}")]
    ClientConfig {
        property: String,
        description: String,
    },
}

impl BusError {
    /// Wraps a client error, redacting the value of a secret property.
    pub fn client(e: KafkaError) -> BusError {
        match e {
            KafkaError::ClientConfig(_, description, property, value) => {
                let description =
                    if claimwatch_config::is_secret_property(&property) && !value.is_empty() {
                        description.replace(&value, "<redacted>")
                    } else {
                        description
                    };
                BusError::ClientConfig {
                    property,
                    description,
                }
            }
            other => BusError::Client(other),
        }
    }

    /// True when the current transaction must be aborted (and its input
    /// redone) before the producer can go on.
    pub fn txn_requires_abort(&self) -> bool {
        matches!(self, BusError::Transaction { error: KafkaError::Transaction(e), .. } if e.txn_requires_abort())
    }

    /// True when the transactional producer is unusable (fenced by a newer
    /// instance with the same transactional id, or a fatal broker error):
    /// the stage must stop and be restarted.
    pub fn is_fatal(&self) -> bool {
        match self {
            BusError::Transaction {
                error: KafkaError::Transaction(e),
                ..
            } => e.is_fatal(),
            BusError::Transaction { .. } => false,
            _ => true,
        }
    }

    /// True when the same transaction step may simply be tried again.
    pub fn is_retriable(&self) -> bool {
        matches!(self, BusError::Transaction { error: KafkaError::Transaction(e), .. } if e.is_retriable())
    }
}

/// Logical topic names; the configured prefix is added by [`Topics::new`].
pub mod names {
    pub const POSTS_RAW: &str = "posts.raw";
    pub const CLAIMS_TAGGED: &str = "claims.tagged";
    pub const CLAIMS_CONTESTED: &str = "claims.contested";
    pub const DLQ: &str = "dlq";
    pub const FETCH_STATE: &str = "fetch.state";
    pub const LINK_STATE: &str = "link.state";
}

/// The full names of every claimwatch topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topics {
    pub posts_raw: String,
    pub claims_tagged: String,
    pub claims_contested: String,
    pub dlq: String,
    pub fetch_state: String,
    pub link_state: String,
    /// Full names of the `[[routes]]` topics, in config order.
    pub routes: Vec<String>,
}

/// How a topic is created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicSpec {
    pub name: String,
    pub partitions: i32,
    pub replication: i32,
    /// Latest record per key is all that matters (state and changelogs).
    pub compacted: bool,
}

impl Topics {
    pub fn new(config: &Config) -> Topics {
        Topics {
            posts_raw: config.topic(names::POSTS_RAW),
            claims_tagged: config.topic(names::CLAIMS_TAGGED),
            claims_contested: config.topic(names::CLAIMS_CONTESTED),
            dlq: config.topic(names::DLQ),
            fetch_state: config.topic(names::FETCH_STATE),
            link_state: config.topic(names::LINK_STATE),
            routes: config
                .routes
                .iter()
                .map(|r| config.topic(&r.topic))
                .collect(),
        }
    }

    /// Every topic with its creation settings.
    pub fn specs(&self, kafka: &KafkaConfig) -> Vec<TopicSpec> {
        let spec = |name: &str, compacted: bool| TopicSpec {
            name: name.to_string(),
            partitions: kafka.partitions,
            replication: kafka.replication_factor,
            compacted,
        };
        let mut all = vec![
            spec(&self.posts_raw, false),
            spec(&self.claims_tagged, false),
            spec(&self.claims_contested, true),
            spec(&self.dlq, false),
            spec(&self.fetch_state, true),
            spec(&self.link_state, true),
        ];
        for r in &self.routes {
            if !all.iter().any(|s| &s.name == r) {
                all.push(spec(r, false));
            }
        }
        all
    }
}

/// Metadata of one record, written as CloudEvents binary-mode headers.
#[derive(Debug, Clone)]
pub struct Event<'a> {
    /// `ce_id`: the record's own id (post, statement or claim id).
    pub id: &'a str,
    /// `ce_type`: the schema name (`claimwatch.statement.v1`).
    pub kind: &'a str,
    /// `ce_time`: event time.
    pub time: DateTime<Utc>,
}

/// One record to produce: the unit of a stage's output.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub topic: String,
    pub key: String,
    pub payload: Vec<u8>,
    /// `ce_id`.
    pub id: String,
    /// `ce_type`.
    pub kind: String,
    /// `ce_time`.
    pub time: DateTime<Utc>,
    /// Explicit partition; `None` lets the partitioner hash the key.
    pub partition: Option<i32>,
}

/// The partition librdkafka's default partitioner (`consistent_random`)
/// gives a non-empty `key` among `partitions`: CRC-32 of the key modulo the
/// count. Used where a process must know which partition a key lands in
/// (fetcher sharding by `fetch.state` partition).
pub fn partition_for_key(key: &str, partitions: i32) -> i32 {
    (crc32fast::hash(key.as_bytes()) % partitions.max(1) as u32) as i32
}

impl Record {
    /// The same record, produced to `partition`.
    pub fn to_partition(mut self, partition: i32) -> Record {
        self.partition = Some(partition);
        self
    }

    /// A JSON record.
    pub fn json<T: Serialize>(
        topic: &str,
        key: &str,
        id: &str,
        kind: &str,
        time: DateTime<Utc>,
        value: &T,
    ) -> Result<Record, BusError> {
        Ok(Record {
            topic: topic.to_string(),
            key: key.to_string(),
            payload: serde_json::to_vec(value).map_err(|error| BusError::Serialise {
                topic: topic.to_string(),
                error,
            })?,
            id: id.to_string(),
            kind: kind.to_string(),
            time,
            partition: None,
        })
    }
}

/// A change of the partitions a group consumer owns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Assignment {
    /// These (topic, partition) pairs are now ours.
    Assigned(Vec<(String, i32)>),
    /// These are no longer ours.
    Revoked(Vec<(String, i32)>),
}

/// Called on the consumer's polling thread before partitions are taken
/// away; returns once the stage has let go of them, so that their next
/// owner never works on them at the same time as this process.
pub type RevokeGate = std::sync::Arc<dyn Fn(&[(String, i32)]) + Send + Sync>;

/// Consumer context that reports rebalances to the stage's loop.
pub struct StageContext {
    /// Unbounded: rebalances are rare and the callback must not block.
    assignments: tokio::sync::mpsc::UnboundedSender<Assignment>,
    /// Blocks a revocation until the stage let go (fetcher sharding).
    revoke_gate: Option<RevokeGate>,
    /// Total consumer lag from the last statistics (-1 before the first).
    lag: std::sync::atomic::AtomicI64,
}

impl StageContext {
    /// Records behind the high watermarks on the owned partitions, from the
    /// last librdkafka statistics; `None` before the first.
    pub fn lag(&self) -> Option<i64> {
        let lag = self.lag.load(std::sync::atomic::Ordering::Relaxed);
        (lag >= 0).then_some(lag)
    }
}

impl rdkafka::client::ClientContext for StageContext {
    /// Consumer lag per input topic (messages behind the high watermark,
    /// summed over the partitions this process owns), from librdkafka's
    /// statistics (`statistics.interval.ms`, 5 s by default here).
    fn stats(&self, statistics: rdkafka::statistics::Statistics) {
        let mut total = 0;
        for (name, topic) in &statistics.topics {
            let lag: i64 = topic
                .partitions
                .values()
                .filter(|p| p.partition >= 0 && p.consumer_lag >= 0)
                .map(|p| p.consumer_lag)
                .sum();
            metrics::gauge!("claimwatch_consumer_lag", "topic" => topic_label(name))
                .set(lag as f64);
            total += lag;
        }
        self.lag.store(total, std::sync::atomic::Ordering::Relaxed);
    }
}

/// The logical name of a claimwatch topic (its name without the prefix), as
/// a bounded metric label; `other` for anything else.
pub fn topic_label(topic: &str) -> &'static str {
    [
        names::POSTS_RAW,
        names::CLAIMS_TAGGED,
        names::CLAIMS_CONTESTED,
        names::DLQ,
        names::FETCH_STATE,
        names::LINK_STATE,
    ]
    .into_iter()
    .find(|n| topic.ends_with(n))
    .unwrap_or("other")
}

/// The consumer's `session.timeout.ms`: how long the broker waits for a
/// silent member before it gives the member's partitions to others.
///
/// A static member (`[kafka] instance_id`) gets 45 s, Kafka's default, so
/// that a crashed process restarted under the same id rejoins as the same
/// member: restart, state restore and the join easily take longer than
/// 10 s on a loaded machine, and a broker that expired the member meanwhile
/// rebalances (Tansu 0.6 then keeps the expired member as the group's
/// leader, and the group never forms again). A dynamic member gets 10 s, so
/// that a dead one's partitions move on soon. `[kafka.options]` may
/// override either.
pub fn session_timeout_ms(static_member: bool) -> u32 {
    if static_member {
        45_000
    } else {
        10_000
    }
}

fn partition_list(tpl: &TopicPartitionList) -> Vec<(String, i32)> {
    tpl.elements()
        .iter()
        .map(|e| (e.topic().to_string(), e.partition()))
        .collect()
}

impl ConsumerContext for StageContext {
    fn pre_rebalance(
        &self,
        _consumer: &rdkafka::consumer::BaseConsumer<Self>,
        rebalance: &Rebalance<'_>,
    ) {
        if let (Rebalance::Revoke(tpl), Some(gate)) = (rebalance, &self.revoke_gate) {
            let partitions = partition_list(tpl);
            if !partitions.is_empty() {
                gate(&partitions);
            }
        }
    }

    fn post_rebalance(
        &self,
        _consumer: &rdkafka::consumer::BaseConsumer<Self>,
        rebalance: &Rebalance<'_>,
    ) {
        let list = partition_list;
        let event = match rebalance {
            Rebalance::Assign(tpl) => Assignment::Assigned(list(tpl)),
            Rebalance::Revoke(tpl) => Assignment::Revoked(list(tpl)),
            Rebalance::Error(e) => {
                tracing::warn!(error = %e, "rebalance error");
                return;
            }
        };
        tracing::info!(?event, "partition assignment changed");
        let _ = self.assignments.send(event);
    }
}

/// The group consumer of a stage.
pub type StageConsumer = StreamConsumer<StageContext>;

/// Connection settings for one broker (cluster).
#[derive(Debug, Clone)]
pub struct Bus {
    brokers: String,
    kafka: KafkaConfig,
    /// `ce_source` of records this process produces (`claimwatch/normalise`).
    source: String,
}

impl Bus {
    pub fn new(kafka: &KafkaConfig, brokers: &str, source: &str) -> Bus {
        Bus {
            brokers: brokers.to_string(),
            kafka: kafka.clone(),
            source: source.to_string(),
        }
    }

    pub fn brokers(&self) -> &str {
        &self.brokers
    }

    /// Base client config: bootstrap servers plus the raw pass-through options.
    pub fn client_config(&self) -> ClientConfig {
        let mut c = ClientConfig::new();
        c.set("bootstrap.servers", &self.brokers);
        c.set(
            "client.id",
            format!(
                "claimwatch-{}",
                self.source.rsplit('/').next().unwrap_or("x")
            ),
        );
        self.apply_options(&mut c);
        c
    }

    /// The operator's pass-through properties (`[kafka.options]` and
    /// `[kafka.options_env]`), applied last so that they win.
    fn apply_options(&self, c: &mut ClientConfig) {
        for (k, v) in self.kafka.resolved_options() {
            c.set(k, v);
        }
    }

    /// An idempotent, acks=all producer.
    pub fn producer(&self) -> Result<JsonProducer, BusError> {
        let mut c = self.client_config();
        c.set("acks", "all")
            .set(
                "enable.idempotence",
                if self.kafka.idempotence {
                    "true"
                } else {
                    "false"
                },
            )
            .set("linger.ms", "5")
            .set("message.timeout.ms", "60000");
        self.apply_options(&mut c);
        let inner: FutureProducer = c.create().map_err(BusError::client)?;
        Ok(JsonProducer {
            inner,
            source: self.source.clone(),
        })
    }

    /// A transactional producer (`[kafka] delivery = "exactly_once"`),
    /// initialised: a newer producer with the same `transactional_id`
    /// fences this one, and any transaction a crashed predecessor left
    /// open is aborted. Blocks for up to `timeout` (call from a blocking
    /// context).
    pub fn transactional_producer(
        &self,
        transactional_id: &str,
        timeout: Duration,
    ) -> Result<JsonProducer, BusError> {
        let mut c = self.client_config();
        c.set("acks", "all")
            .set("enable.idempotence", "true")
            .set("transactional.id", transactional_id)
            .set("transaction.timeout.ms", "60000")
            .set("linger.ms", "5")
            .set("message.timeout.ms", "60000");
        self.apply_options(&mut c);
        let inner: FutureProducer = c.create().map_err(BusError::client)?;
        inner
            .init_transactions(timeout)
            .map_err(|error| BusError::Transaction {
                step: "init",
                error,
            })?;
        Ok(JsonProducer {
            inner,
            source: self.source.clone(),
        })
    }

    /// A group consumer that stores offsets only when told to
    /// (`enable.auto.offset.store=false`) and commits stored offsets in the
    /// background. Partition assignments are reported on the returned
    /// channel, so that a stage can rebuild the state of partitions it
    /// takes over.
    pub fn consumer(
        &self,
        group: &str,
        topics: &[&str],
    ) -> Result<
        (
            StageConsumer,
            tokio::sync::mpsc::UnboundedReceiver<Assignment>,
        ),
        BusError,
    > {
        self.gated_consumer(group, topics, None)
    }

    /// As [`Bus::consumer`], with a gate that a revocation waits for.
    pub fn gated_consumer(
        &self,
        group: &str,
        topics: &[&str],
        revoke_gate: Option<RevokeGate>,
    ) -> Result<
        (
            StageConsumer,
            tokio::sync::mpsc::UnboundedReceiver<Assignment>,
        ),
        BusError,
    > {
        let exactly_once = self.kafka.delivery == Delivery::ExactlyOnce;
        let mut c = self.client_config();
        c.set("group.id", group)
            // Exactly-once: offsets are committed only inside transactions.
            .set(
                "enable.auto.commit",
                if exactly_once { "false" } else { "true" },
            )
            .set("isolation.level", "read_committed")
            .set(
                "fetch.wait.max.ms",
                self.kafka.fetch_wait_max_ms.to_string(),
            )
            .set("auto.commit.interval.ms", "1000")
            .set("enable.auto.offset.store", "false")
            .set("auto.offset.reset", "earliest")
            .set(
                "session.timeout.ms",
                session_timeout_ms(self.kafka.instance_id.is_some()).to_string(),
            )
            .set("enable.partition.eof", "false")
            .set("statistics.interval.ms", "5000");
        if let Some(id) = &self.kafka.instance_id {
            c.set("group.instance.id", id);
        }
        self.apply_options(&mut c);
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        let consumer: StageConsumer = c
            .create_with_context(StageContext {
                assignments: tx,
                revoke_gate,
                lag: std::sync::atomic::AtomicI64::new(-1),
            })
            .map_err(BusError::client)?;
        consumer.subscribe(topics).map_err(BusError::client)?;
        Ok((consumer, rx))
    }

    /// Creates the topics that do not exist yet.
    pub async fn ensure_topics(&self, specs: &[TopicSpec]) -> Result<(), BusError> {
        let admin: AdminClient<DefaultClientContext> =
            self.client_config().create().map_err(BusError::client)?;
        let new: Vec<NewTopic> = specs
            .iter()
            .map(|s| {
                let t = NewTopic::new(
                    &s.name,
                    s.partitions,
                    TopicReplication::Fixed(s.replication),
                );
                if s.compacted {
                    t.set("cleanup.policy", "compact")
                } else {
                    t
                }
            })
            .collect();
        let opts = AdminOptions::new().operation_timeout(Some(Duration::from_secs(30)));
        let results = admin
            .create_topics(new.iter(), &opts)
            .await
            .map_err(BusError::client)?;
        for r in results {
            match r {
                Ok(_) | Err((_, RDKafkaErrorCode::TopicAlreadyExists)) => {}
                Err((topic, code)) => {
                    return Err(BusError::CreateTopic {
                        topic,
                        error: code.to_string(),
                    })
                }
            }
        }
        Ok(())
    }

    /// The number of partitions of `topic` (blocking metadata request).
    pub fn partition_count(&self, topic: &str) -> Result<i32, BusError> {
        let read_err = |error| BusError::Read {
            topic: topic.to_string(),
            error,
        };
        let consumer: rdkafka::consumer::BaseConsumer =
            self.client_config().create().map_err(BusError::client)?;
        let md = consumer
            .fetch_metadata(Some(topic), Duration::from_secs(15))
            .map_err(read_err)?;
        let count = md
            .topics()
            .iter()
            .find(|t| t.name() == topic)
            .map(|t| t.partitions().len() as i32)
            .unwrap_or(0);
        if count == 0 {
            return Err(read_err(KafkaError::MetadataFetch(
                RDKafkaErrorCode::UnknownTopicOrPartition,
            )));
        }
        Ok(count)
    }

    /// Reads every record of `topic` up to the high watermark at call time
    /// (used to restore state from compacted topics). Later records with the
    /// same key replace earlier ones; a record with an empty payload deletes
    /// its key.
    pub async fn read_latest_by_key(
        &self,
        topic: &str,
        partitions: Option<&[i32]>,
    ) -> Result<HashMap<String, Vec<u8>>, BusError> {
        let read_err = |error| BusError::Read {
            topic: topic.to_string(),
            error,
        };
        let mut c = self.client_config();
        c.set("group.id", format!("{}-restore", self.kafka.group_prefix))
            .set("enable.auto.commit", "false")
            // Under read_committed the end of a partition is its last stable
            // offset, which can lie below the high watermark (an open
            // transaction, or a trailing transaction marker that is never
            // delivered): the EOF event says we read everything committed.
            .set("isolation.level", "read_committed")
            .set("enable.partition.eof", "true");
        let consumer: StreamConsumer = c.create().map_err(BusError::client)?;
        let md = retry_metadata(topic, || {
            consumer.fetch_metadata(Some(topic), Duration::from_secs(15))
        })
        .await
        .map_err(read_err)?;
        let all: Vec<i32> = md
            .topics()
            .iter()
            .filter(|t| t.name() == topic)
            .flat_map(|t| t.partitions().iter().map(|p| p.id()))
            .collect();
        let wanted: Vec<i32> = match partitions {
            Some(p) => all.into_iter().filter(|x| p.contains(x)).collect(),
            None => all,
        };
        let mut tpl = TopicPartitionList::new();
        let mut remaining: HashMap<i32, i64> = HashMap::new();
        for p in wanted {
            let (low, high) = retry_metadata(topic, || {
                consumer.fetch_watermarks(topic, p, Duration::from_secs(15))
            })
            .await
            .map_err(read_err)?;
            if high > low {
                remaining.insert(p, high);
                tpl.add_partition_offset(topic, p, rdkafka::Offset::Offset(low))
                    .map_err(read_err)?;
            }
        }
        let mut out = HashMap::new();
        if remaining.is_empty() {
            return Ok(out);
        }
        consumer.assign(&tpl).map_err(read_err)?;
        let mut stream = consumer.stream();
        // A consumer error (a broker connection that timed out and is being
        // re-established, "all brokers down" for a moment) is not the end of
        // the read: librdkafka reconnects on its own. The read fails only
        // when it makes no progress for `RESTORE_STALL`.
        let mut stalled_since = tokio::time::Instant::now();
        while !remaining.is_empty() {
            let next = tokio::time::timeout_at(stalled_since + RESTORE_STALL, stream.next()).await;
            let msg = match next {
                Ok(Some(Ok(m))) => m,
                Ok(Some(Err(KafkaError::PartitionEOF(p)))) => {
                    remaining.remove(&p);
                    stalled_since = tokio::time::Instant::now();
                    continue;
                }
                Ok(Some(Err(e))) => {
                    if stalled_since.elapsed() >= RESTORE_STALL {
                        return Err(read_err(e));
                    }
                    // (No pause: errors raised while the broker was away
                    // wait in the queue, and are read at once.)
                    restore_retried(topic, &e);
                    continue;
                }
                Ok(None) => break,
                Err(_) => {
                    return Err(read_err(KafkaError::MessageConsumption(
                        RDKafkaErrorCode::OperationTimedOut,
                    )))
                }
            };
            stalled_since = tokio::time::Instant::now();
            let key = msg
                .key()
                .map(|k| String::from_utf8_lossy(k).into_owned())
                .unwrap_or_default();
            match msg.payload() {
                Some(p) if !p.is_empty() => {
                    out.insert(key, p.to_vec());
                }
                _ => {
                    out.remove(&key);
                }
            }
            if let Some(high) = remaining.get(&msg.partition()) {
                if msg.offset() + 1 >= *high {
                    remaining.remove(&msg.partition());
                }
            }
        }
        Ok(out)
    }
}

impl Bus {
    /// Checks that the broker answers and that `topics` exist (blocking,
    /// bounded by `timeout`). Returns the missing topics as an error.
    pub fn probe(&self, topics: &[String], timeout: Duration) -> Result<(), String> {
        let consumer: rdkafka::consumer::BaseConsumer = self
            .client_config()
            .set("group.id", format!("{}-probe", self.kafka.group_prefix))
            .create()
            // Through `BusError::client`: librdkafka's text would repeat a
            // refused secret property's value.
            .map_err(|e| format!("client: {}", BusError::client(e)))?;
        let md = consumer
            .fetch_metadata(None, timeout)
            .map_err(|e| format!("broker unreachable: {e}"))?;
        let present: std::collections::HashSet<&str> =
            md.topics().iter().map(|t| t.name()).collect();
        let missing: Vec<&str> = topics
            .iter()
            .map(String::as_str)
            .filter(|t| !present.contains(t))
            .collect();
        if missing.is_empty() {
            Ok(())
        } else {
            Err(format!("missing topics: {}", missing.join(", ")))
        }
    }
}

/// A producer of JSON records with CloudEvents headers.
#[derive(Clone)]
pub struct JsonProducer {
    inner: FutureProducer,
    /// `ce_source` of every record.
    source: String,
}

impl JsonProducer {
    /// Enqueues a record without waiting: records enqueued one after the
    /// other keep their order per partition (the producer is idempotent).
    /// Fails at once when the local queue is full; the caller backs off.
    pub fn enqueue(&self, record: &Record) -> Result<DeliveryFuture, BusError> {
        let headers = self.headers(&Event {
            id: &record.id,
            kind: &record.kind,
            time: record.time,
        });
        let mut r = FutureRecord::to(&record.topic)
            .key(&record.key)
            .payload(&record.payload)
            .headers(headers);
        if let Some(p) = record.partition {
            r = r.partition(p);
        }
        let sent = self
            .inner
            .send_result(r)
            .map_err(|(error, _)| BusError::Delivery {
                topic: record.topic.clone(),
                error,
            });
        // Messages waiting in librdkafka for the broker's acknowledgement.
        metrics::gauge!("claimwatch_producer_queue_depth", "stage" => self.stage())
            .set(self.inner.in_flight_count() as f64);
        sent
    }

    /// The stage name of this producer's `ce_source` (bounded label).
    fn stage(&self) -> &'static str {
        match self.source.rsplit('/').next() {
            Some("fetch") => "fetch",
            Some("normalise") => "normalise",
            Some("sink") => "sink",
            _ => "other",
        }
    }

    fn headers(&self, event: &Event<'_>) -> OwnedHeaders {
        let time = event.time.to_rfc3339();
        OwnedHeaders::new()
            .insert(Header {
                key: "ce_specversion",
                value: Some("1.0"),
            })
            .insert(Header {
                key: "ce_id",
                value: Some(event.id),
            })
            .insert(Header {
                key: "ce_type",
                value: Some(event.kind),
            })
            .insert(Header {
                key: "ce_source",
                value: Some(self.source.as_str()),
            })
            .insert(Header {
                key: "ce_time",
                value: Some(time.as_str()),
            })
            .insert(Header {
                key: "content-type",
                value: Some("application/json"),
            })
    }

    /// Starts a transaction (transactional producers only).
    pub fn begin_transaction(&self) -> Result<(), BusError> {
        self.inner
            .begin_transaction()
            .map_err(|error| BusError::Transaction {
                step: "begin",
                error,
            })
    }

    /// Adds the consumer's next `offsets` to the open transaction and
    /// commits it: the records produced since [`Self::begin_transaction`]
    /// and the offsets become visible together, or not at all. Blocking.
    pub fn commit_transaction<C: ConsumerContext>(
        &self,
        offsets: &TopicPartitionList,
        consumer: &StreamConsumer<C>,
        timeout: Duration,
    ) -> Result<(), BusError> {
        if offsets.count() > 0 {
            let group = consumer
                .group_metadata()
                .ok_or_else(|| BusError::Transaction {
                    step: "send offsets",
                    error: KafkaError::MessageProduction(RDKafkaErrorCode::State),
                })?;
            self.inner
                .send_offsets_to_transaction(offsets, &group, timeout)
                .map_err(|error| BusError::Transaction {
                    step: "send offsets",
                    error,
                })?;
        }
        self.inner
            .commit_transaction(timeout)
            .map_err(|error| BusError::Transaction {
                step: "commit",
                error,
            })
    }

    /// Aborts the open transaction: its records are never shown to
    /// `read_committed` readers. Blocking.
    pub fn abort_transaction(&self, timeout: Duration) -> Result<(), BusError> {
        self.inner
            .abort_transaction(timeout)
            .map_err(|error| BusError::Transaction {
                step: "abort",
                error,
            })
    }

    /// Waits until every queued record was delivered or `timeout` passed.
    pub fn flush(&self, timeout: Duration) -> Result<(), BusError> {
        self.inner.flush(timeout).map_err(BusError::client)
    }
}

/// An in-process Kafka-protocol broker (librdkafka's mock cluster), for
/// `run` and `demo` when no broker is configured. In memory only: its
/// records are gone when the process exits.
pub struct EmbeddedBroker {
    bootstrap: String,
    /// Dropping the sender stops the thread that owns the mock cluster.
    _stop: std::sync::mpsc::Sender<()>,
}

impl EmbeddedBroker {
    /// Starts the broker and creates `topics` on it.
    pub fn start(topics: &[TopicSpec]) -> Result<EmbeddedBroker, BusError> {
        let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Result<String, String>>();
        let topics = topics.to_vec();
        std::thread::Builder::new()
            .name("embedded-broker".into())
            .spawn(move || {
                let cluster = match rdkafka::mocking::MockCluster::new(1) {
                    Ok(c) => c,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e.to_string()));
                        return;
                    }
                };
                for t in &topics {
                    if let Err(e) = cluster.create_topic(&t.name, t.partitions, 1) {
                        let _ = ready_tx.send(Err(format!("topic {}: {e}", t.name)));
                        return;
                    }
                }
                let _ = ready_tx.send(Ok(cluster.bootstrap_servers()));
                // Park until the handle is dropped (recv fails) .
                let _ = stop_rx.recv();
                drop(cluster);
            })
            .map_err(|e| BusError::Embedded(e.to_string()))?;
        let bootstrap = ready_rx
            .recv()
            .map_err(|e| BusError::Embedded(e.to_string()))?
            .map_err(BusError::Embedded)?;
        Ok(EmbeddedBroker {
            bootstrap,
            _stop: stop_tx,
        })
    }

    /// `host:port` of the broker.
    pub fn bootstrap_servers(&self) -> &str {
        &self.bootstrap
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`partition_for_key`] must agree with where librdkafka's default
    /// partitioner really puts a key, or fetchers would own the wrong feeds.
    #[tokio::test(flavor = "multi_thread")]
    async fn partition_for_key_agrees_with_librdkafka() {
        let spec = TopicSpec {
            name: "keys".into(),
            partitions: 5,
            replication: 1,
            compacted: false,
        };
        let broker = EmbeddedBroker::start(&[spec]).unwrap();
        let bus = Bus::new(
            &KafkaConfig::default(),
            broker.bootstrap_servers(),
            "claimwatch/test",
        );
        let producer = bus.producer().unwrap();
        for i in 0..40 {
            let key = format!("feed-{i}");
            let record = Record::json("keys", &key, &key, "t", Utc::now(), &i).unwrap();
            let delivered = producer.enqueue(&record).unwrap().await.unwrap().unwrap();
            let partition = delivered.partition;
            assert_eq!(partition, partition_for_key(&key, 5), "key {key}");
        }
    }
}
