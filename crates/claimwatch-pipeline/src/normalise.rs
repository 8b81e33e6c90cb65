//! The normalise stage: `posts.raw` → extractor → `claims.tagged`.

use claimwatch_bus::rdkafka::message::{BorrowedMessage, Message};
use claimwatch_bus::{Record, Topics};
use claimwatch_model::{DeadLetterOrigin, RawPost, Statement, RAW_POST_SCHEMA, STATEMENT_SCHEMA};

use crate::dlq::dead_letter;
use crate::processor::Handler;

/// Extracts statements from each raw post.
pub struct Normaliser {
    /// Output topics.
    topics: Topics,
}

impl Normaliser {
    pub fn new(topics: Topics) -> Normaliser {
        Normaliser { topics }
    }

    /// The records for one post payload: its statements, or a dead letter.
    pub fn records_for(&self, payload: &[u8], origin: DeadLetterOrigin) -> Vec<Record> {
        let dlq = |reason: &str, error: String| {
            vec![dead_letter(
                &self.topics.dlq,
                "normalise",
                reason,
                &error,
                origin.clone(),
                payload,
            )]
        };
        let text = match std::str::from_utf8(payload) {
            Ok(t) => t,
            Err(e) => return dlq("invalid_utf8", format!("post payload is not UTF-8: {e}")),
        };
        let post: RawPost = match serde_json::from_str(text) {
            Ok(p) => p,
            Err(e) => {
                return dlq(
                    "invalid_json",
                    format!("post payload is not a raw post: {e}"),
                )
            }
        };
        if post.schema != RAW_POST_SCHEMA {
            return dlq(
                "unknown_schema",
                format!(
                    "unsupported schema {:?}, expected {RAW_POST_SCHEMA}",
                    post.schema
                ),
            );
        }
        // The extractor is pure and fuzzed, but a panic on one post must not
        // stop the stream: it becomes a dead letter.
        let statements = match std::panic::catch_unwind(|| claimwatch_extract::extract_post(&post))
        {
            Ok(s) => s,
            Err(_) => {
                return dlq(
                    "extractor_panic",
                    format!("extractor panicked on post {}", post.id),
                )
            }
        };
        statements
            .iter()
            .map(|s| self.statement_record(s))
            .collect()
    }

    fn statement_record(&self, s: &Statement) -> Record {
        metrics::counter!("claimwatch_statements_total", "kind" => s.kind.as_str()).increment(1);
        tracing::debug!(statement_id = %s.id, post_id = %s.post_id, kind = s.kind.as_str(), subject = %s.subject.key, "statement");
        // Keyed by subject so one subject's statements stay ordered on one
        // partition (the linker's unit of state).
        let key = if s.subject.key.is_empty() {
            &s.post_id
        } else {
            &s.subject.key
        };
        Record::json(
            &self.topics.claims_tagged,
            key,
            &s.id,
            STATEMENT_SCHEMA,
            s.event_time,
            s,
        )
        .expect("statements always serialise")
    }
}

impl Handler for Normaliser {
    fn stage(&self) -> &'static str {
        "normalise"
    }

    fn handle(&mut self, msg: &BorrowedMessage<'_>) -> Vec<Record> {
        self.records_for(
            msg.payload().unwrap_or_default(),
            crate::dlq::origin_of(msg),
        )
    }
}
