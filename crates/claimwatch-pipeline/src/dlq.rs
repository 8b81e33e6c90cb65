//! Dead letters: input a stage could not process, with the reason, so that
//! nothing is lost silently.

use chrono::Utc;
use claimwatch_bus::Record;
use claimwatch_model::{stable_id, DeadLetter, DeadLetterOrigin, DEAD_LETTER_SCHEMA};

/// Largest preview of the original input kept in a dead letter.
pub const PREVIEW_BYTES: usize = 16 * 1024;

/// Where a consumed record came from, for its dead letter.
pub fn origin_of<M: claimwatch_bus::rdkafka::Message>(msg: &M) -> DeadLetterOrigin {
    DeadLetterOrigin {
        topic: Some(msg.topic().to_string()),
        partition: Some(msg.partition()),
        offset: Some(msg.offset()),
        source_id: None,
        url: None,
    }
}

/// Builds the dead-letter record for `payload`, counts it and logs it.
pub fn dead_letter(
    dlq_topic: &str,
    stage: &str,
    reason: &str,
    error: &str,
    origin: DeadLetterOrigin,
    payload: &[u8],
) -> Record {
    let cut = payload.len().min(PREVIEW_BYTES);
    let preview = String::from_utf8_lossy(&payload[..cut]).into_owned();
    let now = Utc::now();
    let where_ = format!(
        "{}/{}/{}/{}",
        origin.topic.as_deref().unwrap_or(""),
        origin.partition.map(|p| p.to_string()).unwrap_or_default(),
        origin.offset.map(|p| p.to_string()).unwrap_or_default(),
        origin.source_id.as_deref().unwrap_or("")
    );
    let id = stable_id("d", &[stage, reason, &where_, &now.to_rfc3339()]);
    tracing::warn!(stage, reason, error, origin = %where_, "dead letter");
    metrics::counter!("claimwatch_dlq_records_total", "stage" => stage.to_string(), "reason" => reason.to_string()).increment(1);
    let letter = DeadLetter {
        schema: DEAD_LETTER_SCHEMA.to_string(),
        stage: stage.to_string(),
        reason: reason.to_string(),
        error: error.to_string(),
        origin,
        payload_preview: preview,
        payload_bytes: payload.len(),
        time: now,
    };
    let key = letter
        .origin
        .source_id
        .clone()
        .unwrap_or_else(|| stage.to_string());
    Record::json(dlq_topic, &key, &id, DEAD_LETTER_SCHEMA, now, &letter)
        .expect("dead letters always serialise")
}
