//! Wiring of the stages for `run`, `fetch`, `normalise`, `sink` and `demo`.

use anyhow::{bail, Context};
use claimwatch_bus::{Bus, EmbeddedBroker, JsonProducer, Topics};
use claimwatch_config::{Config, Delivery};
use claimwatch_link::LinkSettings;
use claimwatch_ops::Health;
use claimwatch_pipeline::normalise::Normaliser;
use claimwatch_pipeline::processor::{self, ProcessorOptions};
use claimwatch_pipeline::sink::Sink;
use claimwatch_pipeline::{fetch, transactional, CancellationToken};
use tokio::task::JoinSet;

use crate::Common;

/// Which stages a process runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stages {
    pub fetch: bool,
    pub normalise: bool,
    pub sink: bool,
}

impl Stages {
    pub const ALL: Stages = Stages {
        fetch: true,
        normalise: true,
        sink: true,
    };
    pub const FETCH: Stages = Stages {
        fetch: true,
        normalise: false,
        sink: false,
    };
    pub const NORMALISE: Stages = Stages {
        fetch: false,
        normalise: true,
        sink: false,
    };
    pub const SINK: Stages = Stages {
        fetch: false,
        normalise: false,
        sink: true,
    };
}

/// Cancels `token` on SIGINT or SIGTERM.
pub fn cancel_on_signals(token: CancellationToken) {
    tokio::spawn(async move {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        {
            let mut term =
                match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                    Ok(s) => s,
                    Err(e) => {
                        tracing::error!(error = %e, "cannot listen for SIGTERM");
                        let _ = ctrl_c.await;
                        token.cancel();
                        return;
                    }
                };
            tokio::select! {
                _ = ctrl_c => tracing::info!("SIGINT received; shutting down"),
                _ = term.recv() => tracing::info!("SIGTERM received; shutting down"),
            }
        }
        #[cfg(not(unix))]
        {
            let _ = ctrl_c.await;
        }
        token.cancel();
    });
}

/// Starts an embedded broker when none is configured and `allowed`.
/// Returns the bootstrap address and the broker handle (keep it alive).
pub fn brokers_or_embedded(
    config: &Config,
    allowed: bool,
) -> anyhow::Result<(String, Option<EmbeddedBroker>)> {
    if let Some(b) = &config.kafka.brokers {
        return Ok((b.clone(), None));
    }
    if !allowed {
        bail!(
            "no broker configured: pass --brokers HOST:PORT, set CLAIMWATCH_BROKERS, or set [kafka] brokers \
             (only `claimwatch run` and `claimwatch demo` start an embedded broker)"
        );
    }
    let topics = Topics::new(config);
    let broker = EmbeddedBroker::start(&topics.specs(&config.kafka))
        .context("starting the embedded broker")?;
    let addr = broker.bootstrap_servers().to_string();
    tracing::warn!(
        bootstrap = %addr,
        "no broker configured: started an embedded IN-MEMORY Kafka-protocol broker; its records are lost when claimwatch exits"
    );
    println!("bootstrap.servers={addr}");
    Ok((addr, Some(broker)))
}

/// `run`, `fetch`, `normalise`, `sink`.
pub async fn run(common: &Common, stages: Stages) -> anyhow::Result<()> {
    let config = Config::load(
        common.config.as_deref(),
        common.brokers.as_deref(),
        common.ops_addr.as_deref(),
    )?;
    let (brokers, embedded) = brokers_or_embedded(&config, stages == Stages::ALL)?;
    let shutdown = CancellationToken::new();
    cancel_on_signals(shutdown.clone());
    let health = start_ops(&config, &brokers, shutdown.clone()).await?;
    let result = start(&config, &brokers, embedded.is_some(), stages, shutdown).await;
    if let Err(e) = &result {
        health.not_ready(format!("{e:#}"));
    }
    drop(embedded);
    result
}

/// Starts the ops endpoints and the broker probe that drives readiness.
pub async fn start_ops(
    config: &Config,
    brokers: &str,
    shutdown: CancellationToken,
) -> anyhow::Result<Health> {
    let metrics = claimwatch_ops::install_metrics()?;
    let fallback = config.ops.addr == claimwatch_config::DEFAULT_OPS_ADDR;
    let listener = claimwatch_ops::bind(&config.ops.addr, fallback).await?;
    let health = Health::new();
    tokio::spawn(claimwatch_ops::serve(
        listener,
        metrics,
        health.clone(),
        shutdown.clone(),
    ));
    let bus = Bus::new(&config.kafka, brokers, "claimwatch/probe");
    let topics: Vec<String> = Topics::new(config)
        .specs(&config.kafka)
        .into_iter()
        .map(|t| t.name)
        .collect();
    let interval = std::time::Duration::from_secs(config.ops.probe_interval_secs.max(1));
    let h = health.clone();
    tokio::spawn(async move {
        loop {
            let (bus, topics) = (bus.clone(), topics.clone());
            let probe = tokio::task::spawn_blocking(move || {
                bus.probe(&topics, std::time::Duration::from_secs(5))
            })
            .await;
            match probe {
                Ok(Ok(())) => {
                    let stuck: Vec<String> = processor::stage_problems()
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .iter()
                        .map(|(stage, why)| format!("stage {stage} stuck: {why}"))
                        .collect();
                    if !stuck.is_empty() {
                        h.not_ready(stuck.join("; "));
                    } else {
                        if h.reason().is_some() {
                            tracing::info!("ready: broker reachable, topics present");
                        }
                        h.ready();
                    }
                }
                Ok(Err(why)) => {
                    if h.reason().as_deref() != Some(why.as_str()) {
                        tracing::warn!(reason = %why, "not ready");
                    }
                    h.not_ready(why);
                }
                Err(e) => h.not_ready(format!("probe failed: {e}")),
            }
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep(interval) => {}
            }
        }
    });
    Ok(health)
}

/// The producer of a consuming stage: idempotent, or transactional in
/// exactly-once mode.
async fn stage_producer(
    config: &Config,
    bus: &Bus,
    stage: &'static str,
) -> anyhow::Result<JsonProducer> {
    if config.kafka.delivery != Delivery::ExactlyOnce {
        return Ok(bus.producer()?);
    }
    let id = transactional_id(config, stage);
    tracing::info!(stage, transactional_id = %id, "exactly-once mode");
    let bus = bus.clone();
    let producer = tokio::task::spawn_blocking(move || {
        bus.transactional_producer(&id, std::time::Duration::from_secs(60))
    })
    .await
    .context("initialising transactions")?
    .context("initialising transactions")?;
    Ok(producer)
}

/// The transactional id of a stage's producer. With `[kafka] instance_id`
/// it is stable across restarts, so a restarted process fences its
/// predecessor and aborts the transaction it left open at once; without,
/// it is unique per process and an abandoned transaction blocks
/// `read_committed` readers of its partitions until the broker times it
/// out (`transaction.timeout.ms`, 60 s).
fn transactional_id(config: &Config, stage: &str) -> String {
    let group = config.group(stage);
    match &config.kafka.instance_id {
        Some(instance) => format!("{group}-{instance}"),
        None => {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.subsec_nanos())
                .unwrap_or_default();
            format!("{group}-{}-{nanos:08x}", std::process::id())
        }
    }
}

/// Runs one consuming stage's loop in the configured delivery mode; the
/// result is labelled with the stage's name for the caller's `JoinSet`.
async fn run_stage<H: processor::Handler>(
    stage: &'static str,
    delivery: Delivery,
    (consumer, assignments): (
        claimwatch_bus::StageConsumer,
        tokio::sync::mpsc::UnboundedReceiver<claimwatch_bus::Assignment>,
    ),
    producer: JsonProducer,
    handler: H,
    token: CancellationToken,
    options: ProcessorOptions,
) -> (&'static str, anyhow::Result<()>) {
    let done = match delivery {
        Delivery::AtLeastOnce => {
            processor::run(consumer, assignments, producer, handler, token, options).await
        }
        Delivery::ExactlyOnce => {
            transactional::run_transactional(
                consumer,
                assignments,
                producer,
                handler,
                token,
                options,
            )
            .await
        }
    };
    (stage, done.map_err(Into::into))
}

/// Runs `stages` against `brokers` until `shutdown` is cancelled or a stage
/// fails (then the others are stopped too).
pub async fn start(
    config: &Config,
    brokers: &str,
    embedded: bool,
    stages: Stages,
    shutdown: CancellationToken,
) -> anyhow::Result<()> {
    let topics = Topics::new(config);
    if config.kafka.create_topics && !embedded {
        Bus::new(&config.kafka, brokers, "claimwatch/admin")
            .ensure_topics(&topics.specs(&config.kafka))
            .await
            .context("creating topics")?;
    }
    let options = ProcessorOptions {
        stuck_after: std::time::Duration::from_secs(config.ops.stuck_after_secs.max(1)),
        ..ProcessorOptions::default()
    };
    let mut set: JoinSet<(&'static str, anyhow::Result<()>)> = JoinSet::new();
    if stages.normalise {
        let bus = Bus::new(&config.kafka, brokers, "claimwatch/normalise");
        let (consumer, assignments) =
            bus.consumer(&config.group("normalise"), &[&topics.posts_raw])?;
        let producer = stage_producer(config, &bus, "normalise").await?;
        let handler = Normaliser::with_routes(topics.clone(), &config.routes);
        set.spawn(run_stage(
            "normalise",
            config.kafka.delivery,
            (consumer, assignments),
            producer,
            handler,
            shutdown.clone(),
            options.clone(),
        ));
    }
    if stages.sink {
        let bus = Bus::new(&config.kafka, brokers, "claimwatch/sink");
        let settings = LinkSettings {
            window: chrono::Duration::seconds(config.link.window_secs as i64),
        };
        let handler = Sink::restore(&bus, topics.clone(), settings)
            .await
            .context("restoring linker state")?;
        let (consumer, assignments) =
            bus.consumer(&config.group("sink"), &[&topics.claims_tagged])?;
        let producer = stage_producer(config, &bus, "sink").await?;
        set.spawn(run_stage(
            "sink",
            config.kafka.delivery,
            (consumer, assignments),
            producer,
            handler,
            shutdown.clone(),
            options.clone(),
        ));
    }
    if stages.fetch {
        let bus = Bus::new(&config.kafka, brokers, "claimwatch/fetch");
        let config = config.clone();
        let token = shutdown.clone();
        set.spawn(async move {
            (
                "fetch",
                fetch::run(&bus, &config, token).await.map_err(Into::into),
            )
        });
    }
    tracing::info!(brokers, ?stages, "claimwatch started");
    let mut first_error = None;
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok((stage, Ok(()))) => tracing::debug!(stage, "stage finished"),
            Ok((stage, Err(e))) => {
                tracing::error!(stage, error = %format!("{e:#}"), "stage failed; stopping");
                shutdown.cancel();
                first_error.get_or_insert(e.context(format!("stage {stage} failed")));
            }
            Err(e) => {
                shutdown.cancel();
                first_error.get_or_insert(anyhow::anyhow!("a stage panicked: {e}"));
            }
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}
