//! `claimwatch check` and `claimwatch topics create|verify`: configuration
//! and topic administration for operators and scripts.

use std::time::Duration;

use anyhow::{bail, Context};
use claimwatch_bus::{Bus, Topics};
use claimwatch_config::Config;

use crate::Common;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    common: Common,
    /// Also connect to the broker and check that every topic exists.
    #[arg(long)]
    connect: bool,
}

#[derive(Debug, clap::Args)]
pub struct TopicsArgs {
    #[command(subcommand)]
    action: TopicsAction,
}

#[derive(Debug, clap::Subcommand)]
enum TopicsAction {
    /// Create the missing topics (partitions, replication, compaction from config).
    Create(Common),
    /// Exit 1 unless every topic exists.
    Verify(Common),
}

pub(crate) fn load(common: &Common) -> anyhow::Result<Config> {
    Ok(Config::load(
        common.config.as_deref(),
        common.brokers.as_deref(),
        common.ops_addr.as_deref(),
    )?)
}

pub(crate) fn bus(config: &Config, source: &str) -> anyhow::Result<Bus> {
    let brokers = config.kafka.brokers.as_deref().context(
        "no broker configured: pass --brokers HOST:PORT, set CLAIMWATCH_BROKERS or [kafka] brokers",
    )?;
    Ok(Bus::new(&config.kafka, brokers, source))
}

/// Prints what the config amounts to; exit code 2 (from `main`) when it is invalid.
pub async fn check(args: &CheckArgs) -> anyhow::Result<()> {
    let config = load(&args.common)?;
    let topics = Topics::new(&config);
    println!("config ok");
    match &config.kafka.brokers {
        Some(b) => println!("brokers: {b}"),
        None => println!("brokers: none (run/demo start an embedded in-memory broker)"),
    }
    for (k, v) in config.kafka.redacted_options() {
        println!("kafka option: {k} = {v}");
    }
    for k in config.kafka.options.keys() {
        if claimwatch_config::is_secret_property(k) {
            println!(
                "warning: [kafka.options] {k:?} holds a secret in the config file; move it to [kafka.options_env]"
            );
        }
    }
    println!("feeds: {}", config.feeds.len());
    // Tokens are looked up at poll time; say now which ones are missing
    // (by variable or file name: never the token).
    for feed in &config.feeds {
        if let Some(var) = &feed.token_env {
            if std::env::var_os(var).is_none() {
                println!(
                    "warning: feed {:?}: token_env {var} is not set; its polls will fail",
                    feed.id
                );
            }
        }
        if let Some(path) = &feed.token_file {
            if !path.is_file() {
                println!(
                    "warning: feed {:?}: token_file {} does not exist; its polls will fail",
                    feed.id,
                    path.display()
                );
            }
        }
    }
    for spec in topics.specs(&config.kafka) {
        println!(
            "topic: {} (partitions {}, {})",
            spec.name,
            spec.partitions,
            if spec.compacted {
                "compacted"
            } else {
                "delete"
            }
        );
    }
    println!("ops: {}", config.ops.addr);
    if args.connect {
        verify(&config).await?;
        println!("broker reachable, every topic present");
    }
    Ok(())
}

async fn verify(config: &Config) -> anyhow::Result<()> {
    let bus = bus(config, "claimwatch/check")?;
    let names: Vec<String> = Topics::new(config)
        .specs(&config.kafka)
        .into_iter()
        .map(|t| t.name)
        .collect();
    match tokio::task::spawn_blocking(move || bus.probe(&names, Duration::from_secs(10))).await? {
        Ok(()) => Ok(()),
        Err(why) => bail!("{why}"),
    }
}

pub async fn topics(args: &TopicsArgs) -> anyhow::Result<()> {
    match &args.action {
        TopicsAction::Create(common) => {
            let config = load(common)?;
            let specs = Topics::new(&config).specs(&config.kafka);
            bus(&config, "claimwatch/admin")?
                .ensure_topics(&specs)
                .await?;
            for s in specs {
                println!("{} ok", s.name);
            }
            Ok(())
        }
        TopicsAction::Verify(common) => {
            let config = load(common)?;
            verify(&config).await?;
            println!("every topic present");
            Ok(())
        }
    }
}
