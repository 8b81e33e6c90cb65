//! Message types shared by every claimwatch stage.
//!
//! Every record on a claimwatch topic is one of the types here, serialised as
//! JSON. Each carries a `schema` field naming its type and version so that a
//! consumer can reject (or dead-letter) a record it does not understand
//! instead of misreading it.
//!
//! Ids are deterministic: the same input always yields the same id, so a
//! retried publish or a replayed consume produces records that downstream
//! stages recognise as already seen.

pub mod text;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Schema name of [`RawPost`] records on `posts.raw`.
pub const RAW_POST_SCHEMA: &str = "claimwatch.raw_post.v1";
/// Schema name of [`Statement`] records on `claims.tagged`.
pub const STATEMENT_SCHEMA: &str = "claimwatch.statement.v1";
/// Schema name of [`ContestedClaim`] records on `claims.contested`.
pub const CONTESTED_SCHEMA: &str = "claimwatch.contested_claim.v1";
/// Schema name of [`DeadLetter`] records on `dlq`.
pub const DEAD_LETTER_SCHEMA: &str = "claimwatch.dead_letter.v1";

/// Hashes `parts` (separated by a NUL byte so that `("ab","c")` and
/// `("a","bc")` differ) into a short, stable hex id with a type prefix.
pub fn stable_id(prefix: &str, parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            hasher.update([0u8]);
        }
        hasher.update(part.as_bytes());
    }
    let digest = hasher.finalize();
    format!("{prefix}-{}", hex::encode(&digest[..10]))
}

/// Where a post came from: the configured source that produced it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SourceRef {
    /// The `id` of the `[[feeds]]` entry, so operators can trace a post back
    /// to their config.
    pub id: String,
    /// Source kind (`rss`, `atom`, `json`, `mastodon`, …).
    pub kind: String,
    /// The URL that was polled.
    pub url: String,
}

/// Who wrote a post, as the platform reports it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Author {
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Platform handle (`@user@instance`), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handle: Option<String>,
    /// Profile URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One post as fetched: the unit published on `posts.raw`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RawPost {
    /// Always [`RAW_POST_SCHEMA`].
    pub schema: String,
    /// Deterministic id: `stable_id("p", [source id, guid or canonical URL])`.
    pub id: String,
    /// The configured source.
    pub source: SourceRef,
    /// Platform family (`web` for feeds, `mastodon`, `bluesky`, …).
    pub platform: String,
    /// Canonical permalink of the post, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The item's own guid/id as the source gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guid: Option<String>,
    /// Author, when the source names one.
    #[serde(default)]
    pub author: Author,
    /// Title or headline (plain text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Body as plain text: HTML stripped, entities decoded, NFC.
    pub text: String,
    /// BCP-47 language tag when the source gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Publication time from the source; falls back to `fetched_at`.
    pub published_at: DateTime<Utc>,
    /// When the fetcher saw it.
    pub fetched_at: DateTime<Utc>,
    /// True when the post is a first-person social post, whose author is the
    /// default speaker of its statements.
    #[serde(default)]
    pub first_person: bool,
    /// Operator tags copied from the source config.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Posts this one replies to, quotes, reposts or forwards, so that a
    /// consumer can follow a claim across a conversation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<PostRef>,
    /// Engagement counts the platform reports at fetch time (`views`,
    /// `replies`, `reposts`, `likes`, `quotes`, `score`), for ranking alerts.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub counts: BTreeMap<String, u64>,
}

/// A reference from a post to another post or account.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PostRef {
    /// `reply_to`, `quote_of`, `repost_of`, `reposted_by`, `forwarded_from`
    /// or `links_to`.
    pub kind: String,
    /// The platform's id of the referenced post (status id, AT URI, tweet
    /// id, `channel/123`, Reddit fullname), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Permalink of the referenced post or account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Author (name or handle) of the referenced post, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
}

/// A half-open range of Unicode scalar values (code points) into a text.
///
/// Code-point offsets (not UTF-8 bytes) so that consumers in any language
/// can slice the text the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// What a statement does with its claim.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// The speaker commits to the claim.
    Assertion,
    /// The speaker says a claim is false.
    Denial,
    /// The speaker confirms a claim made by someone (possibly themselves).
    Confirmation,
    /// The speaker withdraws their own earlier claim.
    Retraction,
    /// A claim relayed without commitment ("according to reports").
    Report,
    /// A question about the claim.
    Question,
}

impl StatementKind {
    /// The lowercase name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Assertion => "assertion",
            StatementKind::Denial => "denial",
            StatementKind::Confirmation => "confirmation",
            StatementKind::Retraction => "retraction",
            StatementKind::Report => "report",
            StatementKind::Question => "question",
        }
    }
}

/// How the speaker was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    /// A quotation with its speaker ("…," tweeted X).
    Direct,
    /// Reported speech (X said that …, according to X).
    Indirect,
    /// The post's author (first-person social post).
    Author,
    /// Resolved through a reference to an earlier mention ("the group").
    Coreference,
    /// Nobody named.
    Unknown,
}

/// Who made a statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Speaker {
    /// Normalised display name (`Zabihullah`, `National Resistance Front of Afghanistan`).
    pub name: String,
    /// The words in the text that name the speaker.
    pub surface: String,
    /// Role when stated (`spokesperson`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Organisation the speaker speaks for, when stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Normalised key of the party the speaker belongs to: the organisation
    /// when known, else the speaker. Statements of one party never contest
    /// each other.
    pub party: String,
    /// Other names the text uses for the same speaker (acronyms).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// How the speaker was found.
    pub attribution: Attribution,
    /// Where the speaker is named in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// What a statement is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Subject {
    /// Normalised key: lowercase, descriptors such as "province" and
    /// "valley" removed (`Panjshir Valley` → `panjshir`).
    pub key: String,
    /// The words in the text.
    pub surface: String,
    /// Coarse type: `place`, `organisation`, `person`, `event`, `thing`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Where the subject is named, when it is named in this statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// The claim a denial (or confirmation) says it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Target {
    /// The words naming the target ("Taliban's claim", "the reports").
    pub text: String,
    /// Party key of the targeted claimant, when named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
}

/// One claim, denial, confirmation, retraction, report or question found in
/// a post. Published on `claims.tagged`, keyed by `subject.key`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Statement {
    /// Always [`STATEMENT_SCHEMA`].
    pub schema: String,
    /// Deterministic: `stable_id("s", [post id, span start, span end, kind])`.
    pub id: String,
    /// The post it was found in.
    pub post_id: String,
    /// The post's permalink.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_url: Option<String>,
    /// The platform's own id of the post (`RawPost.guid`), by which a reply
    /// names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_guid: Option<String>,
    /// The posts this one replies to or quotes (`RawPost.references` of
    /// kind `reply_to` or `quote_of`), by platform id and permalink: a
    /// denial in a reply ("No, he didn't.") answers the claims of the post
    /// it replies to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<String>,
    /// The configured source of the post.
    pub source_id: String,
    pub kind: StatementKind,
    /// The sentence (or headline clause) that carries the statement.
    pub text: String,
    /// The exact quoted words, when the statement quotes its speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// The claim's predicate (`completely conquered`, `killed`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate: Option<String>,
    /// Coarse class of the predicate used for contradiction checks:
    /// `control_lost`, `control_held`, `death`, `victory`, … .
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate_class: Option<String>,
    pub speaker: Speaker,
    pub subject: Subject,
    /// Other subjects mentioned by the statement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_subjects: Vec<Subject>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// The cue words that decided the kind ("denied", "false", "tweeted").
    pub cues: Vec<String>,
    /// Hedges that lower certainty ("reportedly", "claimed").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hedges: Vec<String>,
    /// 0..1: how firmly the speaker commits (hedges lower it).
    pub certainty: f32,
    /// Where `text` lies in the post text.
    pub span: Span,
    /// Where the cue that introduces the speaker lies ("said", "according to").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue_span: Option<Span>,
    /// Where what the speaker says lies: the complement clause or quotation,
    /// then quotations that continue it in the following sentences.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub content_spans: Vec<Span>,
    /// Which text the spans refer to: `text` or `title`.
    pub field: String,
    /// Event time: the post's publication time.
    pub event_time: DateTime<Utc>,
    /// Extractor version that produced this statement.
    pub extractor: String,
}

/// Lifecycle of a contested claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContestStatus {
    Contested,
    Confirmed,
    Retracted,
    Stale,
}

/// A statement as a member of a contested claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Member {
    pub statement_id: String,
    pub post_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_url: Option<String>,
    pub source_id: String,
    pub kind: StatementKind,
    pub speaker: MemberSpeaker,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// The statement's predicate (`completely conquered`), when found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate: Option<String>,
    pub cues: Vec<String>,
    pub time: DateTime<Utc>,
}

/// The speaker part of a [`Member`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct MemberSpeaker {
    pub name: String,
    pub party: String,
}

/// Why a statement joined a contested claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct LinkReason {
    pub statement_id: String,
    /// The rule that fired (`denial_targets_subject`, `paraphrase`, …).
    pub rule: String,
    pub subject: String,
    /// Terms that matched (predicates, parties, targets).
    pub matched: Vec<String>,
    pub score: f32,
}

/// Parties on each side of a contested claim.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Sides {
    #[serde(rename = "for")]
    pub for_claim: Vec<String>,
    pub against: Vec<String>,
}

/// Counts of the members, for consumers that only want numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Counts {
    pub assertions: usize,
    pub denials: usize,
    pub sources: usize,
}

/// The subject part of a contested claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ClaimSubject {
    pub key: String,
    pub surface: String,
}

/// One contested claim: an assertion and the denials that target it.
/// Published on `claims.contested`, keyed by `id`; the record with the
/// highest `version` for an id is the current state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ContestedClaim {
    /// Always [`CONTESTED_SCHEMA`].
    pub schema: String,
    /// Stable id: derived from the subject and the first assertion.
    pub id: String,
    /// Increases by one on every change.
    pub version: u64,
    pub status: ContestStatus,
    pub subject: ClaimSubject,
    /// The claim's text: the first assertion's quote or sentence.
    pub claim: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicate: Option<String>,
    pub assertions: Vec<Member>,
    pub denials: Vec<Member>,
    pub parties: Sides,
    pub counts: Counts,
    pub first_seen: DateTime<Utc>,
    pub last_updated: DateTime<Utc>,
    pub links: Vec<LinkReason>,
}

/// Where a dead letter's input came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DeadLetterOrigin {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Feed or source id, for fetch errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Input a stage could not process, with the reason. Published on `dlq`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DeadLetter {
    /// Always [`DEAD_LETTER_SCHEMA`].
    pub schema: String,
    /// `fetch`, `normalise` or `sink`.
    pub stage: String,
    /// Bounded error class (`http_status`, `malformed_feed`, `invalid_json`, …),
    /// usable as a metric label.
    pub reason: String,
    /// The full error message.
    pub error: String,
    pub origin: DeadLetterOrigin,
    /// The input as (lossy) UTF-8, truncated to a bounded size.
    pub payload_preview: String,
    /// Size in bytes of the original input.
    pub payload_bytes: usize,
    pub time: DateTime<Utc>,
}

/// The JSON Schema of every record type, by file name. The committed files
/// in `schemas/` are these, checked by a test.
pub fn schemas() -> Vec<(&'static str, serde_json::Value)> {
    let json = |s: schemars::Schema| serde_json::to_value(s).expect("schemas serialise");
    vec![
        ("raw_post.v1.json", json(schemars::schema_for!(RawPost))),
        ("statement.v1.json", json(schemars::schema_for!(Statement))),
        (
            "contested_claim.v1.json",
            json(schemars::schema_for!(ContestedClaim)),
        ),
        (
            "dead_letter.v1.json",
            json(schemars::schema_for!(DeadLetter)),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `CLAIMWATCH_UPDATE_SCHEMAS=1 cargo test -p claimwatch-model` rewrites them.
    #[test]
    fn committed_schemas_match_the_types() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
        for (name, schema) in schemas() {
            let path = dir.join(name);
            let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
            if std::env::var("CLAIMWATCH_UPDATE_SCHEMAS").is_ok() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &text).unwrap();
            }
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert_eq!(
                committed, text,
                "{name} is stale: run CLAIMWATCH_UPDATE_SCHEMAS=1 cargo test -p claimwatch-model"
            );
        }
    }

    #[test]
    fn stable_id_separates_parts() {
        assert_ne!(stable_id("p", &["ab", "c"]), stable_id("p", &["a", "bc"]));
        assert_eq!(stable_id("p", &["a", "b"]), stable_id("p", &["a", "b"]));
        assert!(stable_id("s", &["x"]).starts_with("s-"));
    }

    #[test]
    fn kind_names_match_serde() {
        for kind in [
            StatementKind::Assertion,
            StatementKind::Denial,
            StatementKind::Confirmation,
            StatementKind::Retraction,
            StatementKind::Report,
            StatementKind::Question,
        ] {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
    }
}
