//! The claimwatch stages as long-running services.
//!
//! * [`fetch`] polls feeds and publishes each new post once to `posts.raw`.
//! * [`normalise`] consumes `posts.raw`, extracts statements, produces them to
//!   `claims.tagged`.
//! * [`sink`] consumes `claims.tagged`, links assertions to denials and
//!   produces versioned contested claims to `claims.contested`.
//!
//! Every stage moves its input position (consumer offset or fetch state)
//! only after the broker acknowledged the outputs that position covers.

pub mod dlq;
pub mod fetch;
pub mod normalise;
pub mod processor;
pub mod sink;
pub mod transactional;

pub use tokio_util::sync::CancellationToken;

/// Errors that stop a stage.
#[derive(Debug, thiserror::Error)]
pub enum StageError {
    #[error(transparent)]
    Bus(#[from] claimwatch_bus::BusError),
    #[error("fetcher setup failed: {0}")]
    Fetch(#[from] claimwatch_fetch::FetchError),
    #[error("kafka error in {stage}: {error}")]
    Kafka {
        stage: &'static str,
        error: claimwatch_bus::rdkafka::error::KafkaError,
    },
}
