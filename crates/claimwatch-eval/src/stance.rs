//! Stance of a post toward the claim of its thread (RumourEval 2019
//! subtask A): support, deny, query or comment.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::path::Path;

use claimwatch_extract::{extract_with, TextOptions};
use claimwatch_model::StatementKind;
use serde::{Deserialize, Serialize};

use crate::metrics::{accuracy, macro_f1, per_class, table};
use crate::{read_jsonl, write_jsonl, EvalError};

pub const LABELS: [&str; 4] = ["support", "deny", "query", "comment"];

/// One gold row; only `id`, `text`, `parent_text` and `source_text` are
/// used to predict.
#[derive(Debug, Deserialize)]
pub struct Row {
    pub id: String,
    #[serde(default)]
    pub split: Option<String>,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub parent_text: Option<String>,
    #[serde(default)]
    pub source_text: Option<String>,
    #[serde(default)]
    pub label: Option<String>,
}

/// One prediction line.
#[derive(Debug, Serialize, Deserialize)]
pub struct Prediction {
    pub id: String,
    pub label: String,
}

const SUPPORT_CUES: &[&str] = &[
    "confirmed",
    "confirms",
    "it's true",
    "it is true",
    "this is true",
    "true story",
    "yes",
    "indeed",
    "exactly",
    "agree",
    "absolutely",
    "of course",
    "right",
    "correct",
    "breaking",
    "official",
    "officially",
    "verified",
    "we can confirm",
    "has been confirmed",
    "is dead",
    "have been killed",
];

const QUERY_STARTS: &[&str] = &[
    "is ",
    "are ",
    "was ",
    "were ",
    "do ",
    "does ",
    "did ",
    "can ",
    "could ",
    "will ",
    "would ",
    "should ",
    "has ",
    "have ",
    "what",
    "who",
    "why",
    "how",
    "where",
    "when",
    "which",
    "really",
    "source",
    "proof",
    "evidence",
    "link",
    "any ",
    "debunk this",
    "is it true",
    "so ",
    "wait",
];

fn has_word(lower: &str, w: &str) -> bool {
    lower.match_indices(w).any(|(i, _)| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + w.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Predicts the stance of `text` (a reply to `parent`, in the thread of
/// `source`; a source post has no parent).
pub fn predict(text: &str, parent: Option<&str>, _source: Option<&str>) -> &'static str {
    let is_source = parent.is_none();
    let cleaned = claimwatch_model::text::clean(text);
    let lower = cleaned.to_lowercase();
    let without_mentions: String = lower
        .split_whitespace()
        .filter(|w| !w.starts_with('@') && !w.starts_with("http"))
        .collect::<Vec<_>>()
        .join(" ");
    let statements = extract_with(
        &cleaned,
        &TextOptions {
            author: Some("author"),
            first_person: true,
            keep_all: true,
            ..Default::default()
        },
    );
    let denial = statements.iter().any(|s| s.kind == StatementKind::Denial);
    let question = without_mentions.contains('?')
        && (QUERY_STARTS.iter().any(|q| without_mentions.starts_with(q))
            || without_mentions.trim_end().ends_with('?')
                && without_mentions.split_whitespace().count() <= 12
            || has_word(&without_mentions, "is it true")
            || has_word(&without_mentions, "really"));
    if is_source {
        return if question { "query" } else { "support" };
    }
    if denial {
        return "deny";
    }
    if question {
        return "query";
    }
    if SUPPORT_CUES.iter().any(|c| has_word(&without_mentions, c)) {
        return "support";
    }
    "comment"
}

/// Predicts every row, writes the predictions and returns the report.
pub fn run(gold: &Path, predictions: &Path) -> Result<String, EvalError> {
    let rows: Vec<Row> = read_jsonl(gold)?;
    let preds: Vec<Prediction> = rows
        .iter()
        .map(|r| Prediction {
            id: r.id.clone(),
            label: predict(&r.text, r.parent_text.as_deref(), r.source_text.as_deref()).to_string(),
        })
        .collect();
    write_jsonl(predictions, &preds)?;
    score(&rows, &read_jsonl(predictions)?)
}

/// Scores predictions against gold rows (missing ids count as `comment`).
pub fn score(rows: &[Row], preds: &[Prediction]) -> Result<String, EvalError> {
    let by_id: HashMap<&str, &str> = preds
        .iter()
        .map(|p| (p.id.as_str(), p.label.as_str()))
        .collect();
    let mut groups: BTreeMap<String, Vec<(&str, &str)>> = BTreeMap::new();
    let mut covered = 0;
    for r in rows {
        let Some(g) = r.label.as_deref() else {
            continue;
        };
        let p = by_id.get(r.id.as_str()).copied();
        covered += usize::from(p.is_some());
        let p = p.unwrap_or("comment");
        groups.entry("all".into()).or_default().push((g, p));
        if let Some(s) = &r.split {
            groups.entry(s.clone()).or_default().push((g, p));
        }
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "stance (RumourEval 2019 subtask A): {} gold rows, coverage {:.4}",
        rows.len(),
        covered as f64 / rows.len().max(1) as f64
    );
    for (name, pairs) in &groups {
        let gold: Vec<&str> = pairs.iter().map(|p| p.0).collect();
        let pred: Vec<&str> = pairs.iter().map(|p| p.1).collect();
        let scores = per_class(&gold, &pred, &LABELS);
        let _ = writeln!(
            out,
            "[{name}] n={} macro-F1 {:.4} accuracy {:.4}",
            gold.len(),
            macro_f1(&scores),
            accuracy(&gold, &pred)
        );
        out.push_str(&table(&scores));
    }
    Ok(out)
}
