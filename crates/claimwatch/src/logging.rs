//! tracing setup: readable output for a terminal, JSON for production.
//! The filter comes from `RUST_LOG` (default `info`). Logs go to stderr so
//! that stdout carries only data (statements, addresses).

use tracing_subscriber::EnvFilter;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Pretty,
    Json,
}

pub fn init(format: Format) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,rdkafka=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        Format::Pretty => builder.try_init(),
        Format::Json => builder.json().flatten_event(true).try_init(),
    };
}
