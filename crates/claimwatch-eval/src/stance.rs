//! Stance of a post toward the claim of its thread (RumourEval 2019
//! subtask A): support, deny, query or comment.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::path::Path;

use claimwatch_extract::{extract_with, TextOptions};
use claimwatch_model::StatementKind;
use serde::{Deserialize, Serialize};

use std::sync::OnceLock;

use crate::linear::{push, Features, Model, Train};
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
    #[serde(default)]
    pub thread_id: Option<String>,
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

/// Hashed feature buckets of the stance model.
pub const DIM: u32 = 4096;

/// The bundled model (`models/stance.json`, made by `claimwatch eval train stance`).
pub fn model() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL
        .get_or_init(|| Model::bundled(include_str!("../models/stance.json"), DIM, &LABELS))
        .as_ref()
}

fn normalise_token(w: &str) -> String {
    if w.starts_with("http") || w.starts_with("www.") {
        "<url>".into()
    } else if w.starts_with('@') {
        "<user>".into()
    } else if w.chars().all(|c| c.is_ascii_digit()) {
        "<num>".into()
    } else {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '?' && c != '!')
            .to_string()
    }
}

/// Features of a post for the stance model: words and word pairs, the
/// extractor's statement kinds and cues, the rule-based guess, question
/// shape, overlap with the thread's claim.
pub fn features(text: &str, parent: Option<&str>, source: Option<&str>) -> Features {
    let mut f = Features::new();
    let cleaned = claimwatch_model::text::clean(text);
    let lower = cleaned.to_lowercase();
    let tokens: Vec<String> = lower
        .split_whitespace()
        .map(normalise_token)
        .filter(|t| !t.is_empty())
        .collect();
    let n = tokens.len().max(1) as f32;
    let scale = 1.0 / n.sqrt();
    for t in &tokens {
        push(&mut f, &format!("w:{t}"), scale, DIM);
    }
    for pair in tokens.windows(2) {
        push(&mut f, &format!("b:{} {}", pair[0], pair[1]), scale, DIM);
    }
    let rule = rules(text, parent, source);
    push(&mut f, &format!("rule:{rule}"), 1.0, DIM);
    let is_source = parent.is_none();
    push(
        &mut f,
        if is_source { "is_source" } else { "is_reply" },
        1.0,
        DIM,
    );
    // RumourEval's stance is toward the thread's claim: a reply to a reply
    // that disagrees with it is mostly a comment on the thread.
    let depth = match (parent, source) {
        (None, _) => "source",
        (Some(p), Some(s)) if p == s => "direct",
        (Some(_), None) => "direct",
        _ => "nested",
    };
    push(&mut f, &format!("depth:{depth}"), 1.0, DIM);
    push(&mut f, &format!("depth:{depth}&rule:{rule}"), 1.0, DIM);
    for s in extract_with(
        &cleaned,
        &TextOptions {
            author: Some("author"),
            first_person: true,
            ..Default::default()
        },
    ) {
        push(&mut f, &format!("kind:{}", s.kind.as_str()), 1.0, DIM);
        push(
            &mut f,
            &format!("depth:{depth}&kind:{}", s.kind.as_str()),
            1.0,
            DIM,
        );
        for c in &s.cues {
            push(&mut f, &format!("cue:{}:{c}", s.kind.as_str()), 1.0, DIM);
        }
        for h in &s.hedges {
            push(&mut f, &format!("hedge:{h}"), 1.0, DIM);
        }
    }
    // A link in a reply is evidence offered for or against the claim.
    if lower.contains("http") {
        push(&mut f, "has_url", 1.0, DIM);
        push(
            &mut f,
            if is_source {
                "has_url&source"
            } else {
                "has_url&reply"
            },
            1.0,
            DIM,
        );
    }
    if lower.contains('?') {
        push(&mut f, "has_question_mark", 1.0, DIM);
    }
    if lower.trim_end().ends_with('?') {
        push(&mut f, "ends_with_question_mark", 1.0, DIM);
    }
    if let Some(first) = tokens.iter().find(|t| *t != "<user>") {
        push(&mut f, &format!("first:{first}"), 1.0, DIM);
    }
    let len_bucket = match tokens.len() {
        0..=3 => "len:tiny",
        4..=10 => "len:short",
        11..=25 => "len:medium",
        _ => "len:long",
    };
    push(&mut f, len_bucket, 1.0, DIM);
    if let Some(src) = source.or(parent) {
        let a: std::collections::HashSet<&str> =
            lower.split_whitespace().filter(|w| w.len() > 3).collect();
        let src_lower = src.to_lowercase();
        let b: std::collections::HashSet<&str> = src_lower
            .split_whitespace()
            .filter(|w| w.len() > 3)
            .collect();
        if !a.is_empty() && !b.is_empty() {
            let j = a.intersection(&b).count() as f32 / a.union(&b).count() as f32;
            push(&mut f, "overlap", j, DIM);
        }
    }
    // Contradiction: a negated reply that shares words with what it answers
    // ("She didn't faint" to "…fainting…").
    if let Some(p) = parent {
        let negated = tokens.iter().any(|t| {
            matches!(
                t.as_str(),
                "not"
                    | "no"
                    | "never"
                    | "nope"
                    | "isn't"
                    | "wasn't"
                    | "didn't"
                    | "doesn't"
                    | "don't"
                    | "aren't"
                    | "won't"
                    | "can't"
                    | "nothing"
                    | "false"
            )
        });
        let stems = |s: &str| -> std::collections::HashSet<String> {
            s.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 3)
                .map(|w| w.chars().take(5).collect())
                .collect()
        };
        let own = stems(&cleaned);
        let shared = own.intersection(&stems(p)).count();
        if negated && shared > 0 {
            push(&mut f, "negated_overlap_with_parent", 1.0, DIM);
        }
        if negated {
            push(&mut f, "negated", 1.0, DIM);
            push(&mut f, &format!("negated&depth:{depth}"), 1.0, DIM);
        }
        if let Some(src) = source.filter(|s| *s != p) {
            if negated && own.intersection(&stems(src)).count() > 0 {
                push(&mut f, "negated_overlap_with_source", 1.0, DIM);
            }
        }
    }
    push(&mut f, "bias", 1.0, DIM);
    f
}

/// Predicts the stance of `text` (a reply to `parent`, in the thread of
/// `source`; a source post has no parent): the bundled model when present,
/// else the rules.
pub fn predict(text: &str, parent: Option<&str>, source: Option<&str>) -> String {
    match model() {
        Some(m) => m.predict(&features(text, parent, source)).to_string(),
        None => rules(text, parent, source).to_string(),
    }
}

/// Chosen on the dev split (macro-F1) and checked by thread-grouped
/// cross-validation: see README, "Extractor quality".
const SETTINGS: Train = Train {
    epochs: 8,
    learning_rate: 0.05,
    l2: 2e-5,
    balance_power: 0.5,
    average: true,
};

/// Folds of the cross-validation report.
const FOLDS: u32 = 5;

fn labelled(r: &Row) -> Option<(Features, usize)> {
    let y = LABELS.iter().position(|l| Some(*l) == r.label.as_deref())?;
    Some((
        features(&r.text, r.parent_text.as_deref(), r.source_text.as_deref()),
        y,
    ))
}

/// Trains the stance model on the rows of split `train` (all rows when the
/// file has no splits) and reports on the other rows, then on
/// [`FOLDS`]-fold cross-validation over every labelled row with whole
/// threads in one fold (replies of one thread share their wording, so a
/// thread split across folds would flatter the model). With `all_rows`
/// the model returned is then retrained on every labelled row, the
/// held-out rows included: more data for text nobody has labelled, at the
/// price that its score on this file is no longer a measurement.
pub fn train(gold: &Path, all_rows: bool) -> Result<(Model, String), EvalError> {
    let rows: Vec<Row> = read_jsonl(gold)?;
    let has_splits = rows.iter().any(|r| r.split.is_some());
    let is_train = |r: &Row| !has_splits || r.split.as_deref() == Some("train");
    let examples: Vec<(&Row, Features, usize)> = rows
        .iter()
        .filter_map(|r| labelled(r).map(|(x, y)| (r, x, y)))
        .collect();
    let subset = |keep: &dyn Fn(&Row) -> bool| -> Vec<(Features, usize)> {
        examples
            .iter()
            .filter(|e| keep(e.0))
            .map(|e| (e.1.clone(), e.2))
            .collect()
    };
    let describe = |n: usize, rows: &str| {
        format!(
            "stance (support/deny/query/comment); multinomial logistic regression over {DIM} hashed features; \
             trained by `claimwatch eval train stance` on {n} {rows} ({SETTINGS:?})"
        )
    };
    let data = subset(&is_train);
    let mut model = Model::train(
        &describe(data.len(), "rows of split 'train'"),
        &LABELS,
        DIM,
        &data,
        SETTINGS,
    );
    let held_out: Vec<&Row> = rows.iter().filter(|r| has_splits && !is_train(r)).collect();
    let preds: Vec<Prediction> = held_out
        .iter()
        .map(|r| Prediction {
            id: r.id.clone(),
            label: model
                .predict(&features(
                    &r.text,
                    r.parent_text.as_deref(),
                    r.source_text.as_deref(),
                ))
                .to_string(),
        })
        .collect();
    let mut report = score_rows(&held_out, &preds);
    let fold = |r: &Row| crate::linear::hash(r.thread_id.as_deref().unwrap_or(&r.id)) % FOLDS;
    let mut cv: Vec<(&str, &str)> = Vec::new();
    for k in 0..FOLDS {
        let m = Model::train("cv", &LABELS, DIM, &subset(&|r| fold(r) != k), SETTINGS);
        for e in examples.iter().filter(|e| fold(e.0) == k) {
            let p = LABELS
                .iter()
                .copied()
                .find(|l| *l == m.predict(&e.1))
                .unwrap_or("comment");
            cv.push((LABELS[e.2], p));
        }
    }
    let gold_cv: Vec<&str> = cv.iter().map(|p| p.0).collect();
    let pred_cv: Vec<&str> = cv.iter().map(|p| p.1).collect();
    let scores = per_class(&gold_cv, &pred_cv, &LABELS);
    let _ = writeln!(
        report,
        "[{FOLDS}-fold cross-validation by thread] n={} macro-F1 {:.4} accuracy {:.4}",
        cv.len(),
        macro_f1(&scores),
        accuracy(&gold_cv, &pred_cv)
    );
    report.push_str(&table(&scores));
    if all_rows {
        let all = subset(&|_| true);
        model = Model::train(
            &describe(all.len(), "labelled rows, every split (--all-rows)"),
            &LABELS,
            DIM,
            &all,
            SETTINGS,
        );
        model.trained_on_all_rows = true;
        let _ = writeln!(
            report,
            "the model written was then retrained on all {} labelled rows",
            all.len()
        );
    }
    Ok((model, report))
}

/// The rule-based guess (also a feature of the model).
pub fn rules(text: &str, parent: Option<&str>, _source: Option<&str>) -> &'static str {
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
            label: predict(&r.text, r.parent_text.as_deref(), r.source_text.as_deref()),
        })
        .collect();
    write_jsonl(predictions, &preds)?;
    score(&rows, &read_jsonl(predictions)?)
}

/// Scores predictions against gold rows (missing ids count as `comment`).
pub fn score(rows: &[Row], preds: &[Prediction]) -> Result<String, EvalError> {
    Ok(score_rows(&rows.iter().collect::<Vec<_>>(), preds))
}

fn score_rows(rows: &[&Row], preds: &[Prediction]) -> String {
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
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_model_loads_and_uses_the_current_feature_space() {
        let m = model().expect("models/stance.json missing or built for another feature space");
        assert_eq!(m.weights.len(), LABELS.len());
        assert!(m.weights.iter().all(|w| w.len() == DIM as usize));
    }

    #[test]
    fn all_rows_retrains_on_the_held_out_rows_too_and_marks_the_model() {
        let dir = tempfile::tempdir().unwrap();
        let gold = dir.path().join("gold.jsonl");
        let mut lines = String::new();
        for i in 0..40 {
            let (text, label) = if i % 2 == 0 {
                ("That is fake, it never happened", "deny")
            } else {
                ("Is that true? Any source?", "query")
            };
            let split = if i < 30 { "train" } else { "dev" };
            lines.push_str(
                &serde_json::json!({
                    "id": i.to_string(), "split": split, "thread_id": (i / 4).to_string(),
                    "text": text, "parent_text": "Soldier shot at war memorial",
                    "source_text": "Soldier shot at war memorial", "label": label,
                })
                .to_string(),
            );
            lines.push('\n');
        }
        std::fs::write(&gold, lines).unwrap();
        let (held, report) = train(&gold, false).unwrap();
        assert!(!held.trained_on_all_rows);
        assert!(
            held.description.contains("30 rows of split 'train'"),
            "{}",
            held.description
        );
        assert!(report.contains("[dev] n=10"), "{report}");
        assert!(
            report.contains("cross-validation by thread] n=40"),
            "{report}"
        );
        let (all, report) = train(&gold, true).unwrap();
        assert!(all.trained_on_all_rows);
        assert!(
            all.description.contains("40 labelled rows"),
            "{}",
            all.description
        );
        assert!(
            report.contains("retrained on all 40 labelled rows"),
            "{report}"
        );
        assert_ne!(held.weights, all.weights);
    }

    #[test]
    fn obvious_cases() {
        assert_eq!(
            predict(
                "Is this true? Any source?",
                Some("Soldier shot at war memorial"),
                None
            ),
            "query"
        );
        assert_eq!(
            rules(
                "This is fake, it never happened.",
                Some("Soldier shot at war memorial"),
                None
            ),
            "deny"
        );
    }
}
