//! Does a news body agree with, disagree with, discuss or ignore a
//! headline's claim (FNC-1)? The headline is treated as an assertion and
//! the body as a later post about it.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;
use std::path::Path;

use claimwatch_extract::{extract_with, TextOptions};
use claimwatch_model::StatementKind;
use serde::{Deserialize, Serialize};

use crate::metrics::{macro_f1, per_class, table};
use crate::{read_jsonl, write_jsonl, EvalError};

pub const LABELS: [&str; 4] = ["agree", "disagree", "discuss", "unrelated"];

#[derive(Debug, Deserialize)]
pub struct Row {
    pub id: String,
    pub headline: String,
    pub body_id: i64,
    #[serde(default)]
    pub label: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Body {
    pub body_id: i64,
    pub body: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Prediction {
    pub id: String,
    pub label: String,
}

const STOPWORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its",
    "this", "that", "these", "those", "he", "she", "they", "his", "her", "their", "after", "over",
    "into", "about", "not", "no", "will", "would", "can", "could", "may", "might", "says", "said",
    "new", "more", "than", "up", "out", "who", "what", "report", "reports", "via", "just", "now",
    "one", "two", "first", "last", "year", "years", "man", "woman", "video", "photo", "watch",
];

/// Content words, lowercased and crudely stemmed.
pub fn content_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2)
        .map(|w| w.to_lowercase())
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

fn stem(w: &str) -> String {
    for suffix in ["ing", "ed", "es", "s"] {
        if w.len() > suffix.len() + 3 && w.ends_with(suffix) {
            return w[..w.len() - suffix.len()].to_string();
        }
    }
    w.to_string()
}

const DISAGREE_CUES: &[&str] = &[
    "hoax",
    "fake",
    "false",
    "not true",
    "untrue",
    "debunk",
    "denied",
    "denies",
    "deny",
    "denial",
    "satire",
    "satirical",
    "fabricated",
    "no evidence",
    "rumour",
    "rumor",
    "myth",
    "bogus",
    "not real",
    "refuted",
    "dismissed",
    "never happened",
    "made up",
    "misleading",
    "prank",
    "doctored",
    "photoshopped",
    "spoof",
    "not the case",
];
const DISCUSS_CUES: &[&str] = &[
    "reportedly",
    "allegedly",
    "claims",
    "claimed",
    "according to",
    "unconfirmed",
    "rumours",
    "rumors",
    "appears",
    "purportedly",
    "could",
    "may",
    "might",
    "unclear",
    "not clear",
    "believed",
    "supposedly",
    "if true",
    "unverified",
];
const AGREE_CUES: &[&str] = &[
    "confirmed",
    "confirms",
    "officially",
    "announced",
    "revealed",
    "has been",
    "have been",
];

fn count(lower: &str, cues: &[&str]) -> usize {
    cues.iter()
        .map(|c| {
            lower
                .match_indices(c)
                .filter(|(i, _)| {
                    let before = lower[..*i].chars().next_back();
                    let after = lower[i + c.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
                .count()
        })
        .sum()
}

/// Predicts the stance of `body` toward `headline`.
pub fn predict(headline: &str, body: &str) -> &'static str {
    let h: HashSet<String> = content_words(headline).into_iter().collect();
    let b: HashSet<String> = content_words(body).into_iter().collect();
    if h.is_empty() {
        return "unrelated";
    }
    let overlap = h.intersection(&b).count() as f64 / h.len() as f64;
    if overlap < 0.34 {
        return "unrelated";
    }
    let lower = body.to_lowercase();
    // The body's opening (where news states its stance) and the sentences
    // about the headline's words.
    let opening: String = lower.chars().take(600).collect();
    let disagree = count(&opening, DISAGREE_CUES) * 2 + count(&lower, DISAGREE_CUES);
    let discuss = count(&opening, DISCUSS_CUES) * 2 + count(&lower, DISCUSS_CUES);
    let agree = count(&opening, AGREE_CUES);
    let denials = extract_with(body, &TextOptions::default())
        .iter()
        .filter(|s| s.kind == StatementKind::Denial)
        .count();
    if disagree + denials >= 4 {
        "disagree"
    } else if agree >= 1 && discuss <= 1 {
        "agree"
    } else {
        "discuss"
    }
}

/// FNC-1 relative score: +0.25 for related-vs-unrelated right, +0.75 more
/// for the exact related label; divided by the best possible total.
pub fn relative_score(gold: &[&str], pred: &[&str]) -> f64 {
    let mut got = 0.0;
    let mut best = 0.0;
    for (g, p) in gold.iter().zip(pred) {
        let g_rel = *g != "unrelated";
        let p_rel = *p != "unrelated";
        best += if g_rel { 1.0 } else { 0.25 };
        if g_rel == p_rel {
            got += 0.25;
            if g_rel && g == p {
                got += 0.75;
            }
        }
    }
    if best == 0.0 {
        0.0
    } else {
        100.0 * got / best
    }
}

/// Predicts every row (bodies joined on `body_id`), writes predictions, scores.
pub fn run(gold: &Path, bodies: &Path, predictions: &Path) -> Result<String, EvalError> {
    let rows: Vec<Row> = read_jsonl(gold)?;
    let bodies: HashMap<i64, String> = read_jsonl::<Body>(bodies)?
        .into_iter()
        .map(|b| (b.body_id, b.body))
        .collect();
    let preds: Vec<Prediction> = rows
        .iter()
        .map(|r| Prediction {
            id: r.id.clone(),
            label: predict(
                &r.headline,
                bodies.get(&r.body_id).map(String::as_str).unwrap_or(""),
            )
            .to_string(),
        })
        .collect();
    write_jsonl(predictions, &preds)?;
    Ok(score(&rows, &read_jsonl(predictions)?))
}

/// Scores predictions (missing ids count as `unrelated`).
pub fn score(rows: &[Row], preds: &[Prediction]) -> String {
    let by_id: HashMap<&str, &str> = preds
        .iter()
        .map(|p| (p.id.as_str(), p.label.as_str()))
        .collect();
    let pairs: Vec<(&str, &str)> = rows
        .iter()
        .filter_map(|r| {
            r.label
                .as_deref()
                .map(|g| (g, by_id.get(r.id.as_str()).copied().unwrap_or("unrelated")))
        })
        .collect();
    let gold: Vec<&str> = pairs.iter().map(|p| p.0).collect();
    let pred: Vec<&str> = pairs.iter().map(|p| p.1).collect();
    let scores = per_class(&gold, &pred, &LABELS);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "fnc (FNC-1): n={} relative score {:.2}% macro-F1 {:.4}",
        gold.len(),
        relative_score(&gold, &pred),
        macro_f1(&scores)
    );
    out.push_str(&table(&scores));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_score_follows_the_official_rule() {
        assert_eq!(
            relative_score(&["agree", "unrelated"], &["agree", "unrelated"]),
            100.0
        );
        // related pair with the wrong related label earns 0.25 of 1.25.
        assert!(
            (relative_score(&["agree", "unrelated"], &["discuss", "unrelated"]) - 40.0).abs()
                < 1e-9
        );
        assert_eq!(relative_score(&["agree"], &["unrelated"]), 0.0);
    }
}
