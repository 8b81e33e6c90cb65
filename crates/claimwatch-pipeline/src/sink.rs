//! The sink stage: `claims.tagged` → linker → `claims.contested`, with the
//! linker's per-subject state written to the compacted `link.state`
//! changelog in the same breath, so that a restart restores it.

use claimwatch_bus::rdkafka::message::{BorrowedMessage, Message};
use claimwatch_bus::{Bus, Record, Topics};
use claimwatch_link::{LinkSettings, Linker, SubjectState, LINK_STATE_SCHEMA};
use claimwatch_model::{DeadLetterOrigin, Statement, CONTESTED_SCHEMA, STATEMENT_SCHEMA};

use crate::dlq::dead_letter;
use crate::processor::Handler;
use crate::StageError;

/// Links statements into contested claims.
pub struct Sink {
    topics: Topics,
    /// Per-subject linking state, restored from `link.state` at start.
    linker: Linker,
}

impl Sink {
    /// Restores the linker from the changelog and returns a ready sink.
    pub async fn restore(
        bus: &Bus,
        topics: Topics,
        settings: LinkSettings,
    ) -> Result<Sink, StageError> {
        let mut linker = Linker::new(settings);
        let states = bus.read_latest_by_key(&topics.link_state, None).await?;
        let mut restored = 0;
        for (key, bytes) in states {
            match serde_json::from_slice::<SubjectState>(&bytes) {
                Ok(s) => {
                    linker.restore(s);
                    restored += 1;
                }
                Err(e) => tracing::warn!(key, error = %e, "ignoring unreadable link state"),
            }
        }
        tracing::info!(subjects = restored, "linker state restored");
        Ok(Sink { topics, linker })
    }

    /// The records for one statement payload.
    pub fn records_for(&mut self, payload: &[u8], origin: DeadLetterOrigin) -> Vec<Record> {
        let statement: Statement = match serde_json::from_slice(payload) {
            Ok(s) => s,
            Err(e) => {
                return vec![dead_letter(
                    &self.topics.dlq,
                    "sink",
                    "invalid_json",
                    &format!("statement payload is not a statement: {e}"),
                    origin,
                    payload,
                )]
            }
        };
        if statement.schema != STATEMENT_SCHEMA {
            return vec![dead_letter(
                &self.topics.dlq,
                "sink",
                "unknown_schema",
                &format!(
                    "unsupported schema {:?}, expected {STATEMENT_SCHEMA}",
                    statement.schema
                ),
                origin,
                payload,
            )];
        }
        let applied = self.linker.apply(&statement);
        let mut out = Vec::new();
        for c in &applied.changed {
            metrics::counter!("claimwatch_contested_records_total").increment(1);
            tracing::info!(claim_id = %c.id, version = c.version, subject = %c.subject.key, assertions = c.assertions.len(), denials = c.denials.len(), "contested claim");
            out.push(
                Record::json(
                    &self.topics.claims_contested,
                    &c.id,
                    &format!("{}@{}", c.id, c.version),
                    CONTESTED_SCHEMA,
                    c.last_updated,
                    c,
                )
                .expect("claims serialise"),
            );
        }
        if let Some(state) = applied.state {
            out.push(
                Record::json(
                    &self.topics.link_state,
                    &state.key,
                    &state.key,
                    LINK_STATE_SCHEMA,
                    statement.event_time,
                    &state,
                )
                .expect("state serialises"),
            );
        }
        out
    }
}

impl Handler for Sink {
    fn stage(&self) -> &'static str {
        "sink"
    }

    fn handle(&mut self, msg: &BorrowedMessage<'_>) -> Vec<Record> {
        self.records_for(
            msg.payload().unwrap_or_default(),
            crate::dlq::origin_of(msg),
        )
    }
}
