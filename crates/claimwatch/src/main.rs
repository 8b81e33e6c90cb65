//! `claimwatch`: the command-line entry point. Wiring only; the work is done
//! by the library crates.

mod admin_cmd;
mod board;
mod demo;
mod eval_cmd;
mod export_cmd;
mod extract_cmd;
mod feeds_cmd;
mod logging;
mod pipeline;
mod tail_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// Watches news and social feeds for claims and denials, and reports within
/// seconds when a claim is being contested.
#[derive(Debug, Parser)]
#[command(name = "claimwatch", version, about, long_about = None)]
struct Cli {
    /// Log format: `pretty` for a terminal, `json` for production.
    #[arg(
        long,
        global = true,
        env = "CLAIMWATCH_LOG_FORMAT",
        default_value = "pretty"
    )]
    log_format: logging::Format,
    #[command(subcommand)]
    command: Command,
}

/// Options shared by every command that talks to a broker.
#[derive(Debug, Clone, Args)]
pub struct Common {
    /// Config file (TOML). Default: built-in defaults, no feeds.
    #[arg(long, short, env = "CLAIMWATCH_CONFIG")]
    config: Option<PathBuf>,
    /// Kafka bootstrap servers, HOST:PORT[,HOST:PORT]. Overrides env
    /// CLAIMWATCH_BROKERS and `[kafka] brokers`.
    #[arg(long)]
    brokers: Option<String>,
    /// Address of /metrics, /healthz and /readyz (HOST:PORT). Overrides env
    /// CLAIMWATCH_OPS_ADDR and `[ops] addr`; default 127.0.0.1:9464.
    #[arg(long)]
    ops_addr: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run every stage (fetch, normalise, sink) in one process. Without a
    /// broker configured, starts an embedded in-memory broker.
    Run(Common),
    /// Run the fetch stage only: poll feeds, publish new posts to posts.raw.
    Fetch(Common),
    /// Run the normalise stage only: posts.raw → statements on claims.tagged.
    #[command(alias = "normalize")]
    Normalise(Common),
    /// Run the sink stage only: claims.tagged → contested claims on claims.contested.
    Sink(Common),
    /// Extract statements from text (or JSON lines of posts) in FILE or stdin;
    /// print one JSON statement per line. Needs no broker.
    Extract(extract_cmd::ExtractArgs),
    /// Score the extractor on labelled data (stance, fnc, attribution);
    /// writes one prediction per gold id and prints the metrics.
    Eval(eval_cmd::EvalArgs),
    /// Validate the configuration (exit 2 when invalid); with --connect also
    /// check the broker and the topics (exit 1 when they fail).
    Check(admin_cmd::CheckArgs),
    /// Create or verify the topics.
    Topics(admin_cmd::TopicsArgs),
    /// Export the current contested claims (e.g. `export claimreview`:
    /// schema.org ClaimReview JSON-LD, without verdicts).
    Export(export_cmd::ExportArgs),
    /// Show the health of every configured source (from fetch.state): a
    /// table, or JSON lines with --json; --fail-on-unhealthy exits 1 when a
    /// source keeps failing.
    Feeds(feeds_cmd::FeedsArgs),
    /// Print a topic's records as they arrive, readable or as JSON, with
    /// filters by kind, subject and speaker.
    Tail(tail_cmd::TailArgs),
    /// Serve bundled sample feeds on loopback and run the whole pipeline on
    /// an embedded broker, printing statements and contested claims.
    Demo(demo::DemoArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    logging::init(cli.log_format);
    let result = match cli.command {
        Command::Extract(args) => extract_cmd::run(&args),
        Command::Eval(args) => eval_cmd::run(&args),
        other => {
            let runtime = match tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
            {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("error: cannot start the async runtime: {e}");
                    return ExitCode::from(1);
                }
            };
            runtime.block_on(async move {
                match other {
                    Command::Run(c) => pipeline::run(&c, pipeline::Stages::ALL).await,
                    Command::Fetch(c) => pipeline::run(&c, pipeline::Stages::FETCH).await,
                    Command::Normalise(c) => pipeline::run(&c, pipeline::Stages::NORMALISE).await,
                    Command::Sink(c) => pipeline::run(&c, pipeline::Stages::SINK).await,
                    Command::Demo(args) => demo::run(&args).await,
                    Command::Tail(args) => tail_cmd::run(&args).await,
                    Command::Check(args) => admin_cmd::check(&args).await,
                    Command::Topics(args) => admin_cmd::topics(&args).await,
                    Command::Feeds(args) => feeds_cmd::run(&args).await,
                    Command::Export(args) => export_cmd::run(&args).await,
                    Command::Extract(_) | Command::Eval(_) => unreachable!("handled above"),
                }
            })
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(exit_code(&e))
        }
    }
}

/// Exit codes scripts can rely on: 2 for bad configuration or usage, 1 for
/// everything else.
fn exit_code(e: &anyhow::Error) -> u8 {
    if e.downcast_ref::<claimwatch_config::ConfigError>().is_some() {
        2
    } else {
        1
    }
}
