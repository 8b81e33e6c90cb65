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
    /// Per-subject linking state, restored from `link.state` at start and
    /// after every partition assignment.
    linker: Linker,
    /// To re-read `link.state` when partitions move between instances.
    bus: Bus,
    /// Whether anything was applied since the last reload (the first
    /// assignment right after start needs no second reload).
    applied_since_reload: bool,
}

impl Sink {
    /// Restores the linker from the changelog and returns a ready sink.
    pub async fn restore(
        bus: &Bus,
        topics: Topics,
        settings: LinkSettings,
    ) -> Result<Sink, StageError> {
        let mut sink = Sink {
            topics,
            linker: Linker::new(settings),
            bus: bus.clone(),
            applied_since_reload: false,
        };
        sink.reload().await?;
        Ok(sink)
    }

    /// Replaces the linker's state with the latest `link.state` record of
    /// every subject. After a rebalance this brings in what other instances
    /// applied to the subjects whose partitions this instance now owns (the
    /// processor acknowledged all earlier output first, so nothing of ours
    /// is missing from the changelog).
    async fn reload(&mut self) -> Result<(), StageError> {
        let states = self
            .bus
            .read_latest_by_key(&self.topics.link_state, None)
            .await?;
        self.linker.clear();
        self.applied_since_reload = false;
        let mut restored = 0;
        for (key, bytes) in states {
            match serde_json::from_slice::<SubjectState>(&bytes) {
                Ok(s) => {
                    self.linker.restore(s);
                    restored += 1;
                }
                Err(e) => tracing::warn!(key, error = %e, "ignoring unreadable link state"),
            }
        }
        tracing::info!(subjects = restored, "linker state restored");
        Ok(())
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
        // A denial without a subject ("the NRF rejected the Taliban's
        // claims") is filed under the subject of the claim it targets: it is
        // re-published keyed by that subject, so that it reaches the
        // partition (and the sink instance) that owns the subject's state.
        let resolved = self.linker.resolve_subject(&statement);
        if statement.subject.key.is_empty() || resolved.is_some() {
            let Some((key, surface)) = resolved else {
                return Vec::new();
            };
            let mut resolved = statement;
            resolved.subject.key = key;
            resolved.subject.surface = surface;
            return vec![Record::json(
                &self.topics.claims_tagged,
                &resolved.subject.key,
                &format!("{}#subject", resolved.id),
                STATEMENT_SCHEMA,
                resolved.event_time,
                &resolved,
            )
            .expect("statements serialise")];
        }
        self.applied_since_reload = true;
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

    fn rewind(&mut self) -> futures::future::BoxFuture<'_, Result<(), StageError>> {
        // The aborted transaction's link.state records were never
        // committed: the changelog holds exactly the committed state.
        Box::pin(self.reload())
    }

    fn assigned<'a>(
        &'a mut self,
        partitions: &'a [(String, i32)],
    ) -> futures::future::BoxFuture<'a, ()> {
        Box::pin(async move {
            if !self.applied_since_reload {
                return;
            }
            tracing::info!(
                partitions = partitions.len(),
                "reloading linker state after assignment"
            );
            // Keep the old state if the changelog cannot be read: it is
            // still right for the partitions we kept.
            if let Err(e) = self.reload().await {
                tracing::error!(error = %e, "cannot reload linker state after a rebalance");
            }
        })
    }
}
