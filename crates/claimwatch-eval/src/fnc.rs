//! Does a news body agree with, disagree with, discuss or ignore a
//! headline's claim (FNC-1)? The headline is treated as an assertion and
//! the body as a later post about it.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;
use std::path::{Path, PathBuf};

use claimwatch_extract::{extract_with, TextOptions};
use claimwatch_model::StatementKind;
use serde::{Deserialize, Serialize};

use std::sync::OnceLock;

use crate::linear::{push, Features, Model, Train};
use crate::metrics::{macro_f1, per_class, table};
use crate::{read_jsonl, write_jsonl, EvalError};

pub const LABELS: [&str; 4] = ["agree", "disagree", "discuss", "unrelated"];

#[derive(Debug, Clone, Deserialize)]
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

#[derive(Debug, Clone, Serialize, Deserialize)]
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

/// Cosine of the term-frequency vectors of two word lists.
fn tf_cosine(a: &[String], b: &[String]) -> f32 {
    fn tf(w: &[String]) -> HashMap<&str, f32> {
        let mut m: HashMap<&str, f32> = HashMap::new();
        for x in w {
            *m.entry(x.as_str()).or_default() += 1.0;
        }
        m
    }
    let (ta, tb) = (tf(a), tf(b));
    let dot: f32 = ta
        .iter()
        .filter_map(|(k, v)| tb.get(k).map(|u| u * v))
        .sum();
    let norm = |m: &HashMap<&str, f32>| m.values().map(|v| v * v).sum::<f32>().sqrt();
    let d = norm(&ta) * norm(&tb);
    if d == 0.0 {
        0.0
    } else {
        dot / d
    }
}

/// Hashed feature buckets of the FNC model.
pub const DIM: u32 = 16384;

/// Reads a bodies file into a map by `body_id`.
pub fn read_bodies(path: &Path) -> Result<HashMap<i64, String>, EvalError> {
    Ok(read_jsonl::<Body>(path)?
        .into_iter()
        .map(|b| (b.body_id, b.body))
        .collect())
}

/// The bodies file for `gold` when none is given: of the `*bodies*.jsonl`
/// files next to it, the one that holds the most of its `body_id`s (ties:
/// the name sharing the longest prefix with the gold file's, then the
/// first by name). `fnc1-dev.jsonl` finds `fnc1-train-bodies.jsonl`, and a
/// test split `fnc1-test.jsonl` its own `fnc1-test-bodies.jsonl`, never
/// the training bodies that happen to share some ids.
pub fn locate_bodies(gold: &Path) -> Result<PathBuf, EvalError> {
    let dir = match gold.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let listing = std::fs::read_dir(&dir).map_err(|source| EvalError::Read {
        path: dir.display().to_string(),
        source,
    })?;
    let mut candidates: Vec<PathBuf> = listing
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.contains("bodies") && n.ends_with(".jsonl"))
                && p.as_path() != gold
        })
        .collect();
    candidates.sort();
    let wanted: HashSet<i64> = read_jsonl::<Row>(gold)?.iter().map(|r| r.body_id).collect();
    let gold_name = gold.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let shared_prefix = |p: &Path| {
        let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        n.bytes()
            .zip(gold_name.bytes())
            .take_while(|(a, b)| a == b)
            .count()
    };
    let mut best: Option<(usize, usize, PathBuf)> = None;
    // Only the ids are read (serde skips the texts).
    #[derive(Deserialize)]
    struct BodyId {
        body_id: i64,
    }
    for c in candidates {
        let ids: HashSet<i64> = read_jsonl::<BodyId>(&c)?
            .into_iter()
            .map(|b| b.body_id)
            .collect();
        let held = ids.intersection(&wanted).count();
        let rank = (held, shared_prefix(&c));
        if best.as_ref().is_none_or(|b| rank > (b.0, b.1)) {
            best = Some((rank.0, rank.1, c));
        }
    }
    best.map(|b| b.2).ok_or_else(|| EvalError::NoBodies {
        gold: gold.display().to_string(),
    })
}

/// Rows whose `body_id % 5 == 0` are held out from training, so that no
/// body is on both sides.
pub fn held_out(body_id: i64) -> bool {
    body_id % 5 == 0
}

/// The bundled model (`models/fnc.json`, made by `claimwatch eval train fnc`).
pub fn model() -> Option<&'static Model> {
    static MODEL: OnceLock<Option<Model>> = OnceLock::new();
    MODEL
        .get_or_init(|| Model::bundled(include_str!("../models/fnc.json"), DIM, &LABELS))
        .as_ref()
}

/// Features of a (headline, body) pair: word overlap, cue counts in the
/// opening and the whole body, the extractor's denials, the rule-based guess.
pub fn features(headline: &str, body: &str) -> Features {
    let mut f = Features::new();
    let h: HashSet<String> = content_words(headline).into_iter().collect();
    let b: HashSet<String> = content_words(body).into_iter().collect();
    let overlap = if h.is_empty() {
        0.0
    } else {
        h.intersection(&b).count() as f32 / h.len() as f32
    };
    push(&mut f, "overlap", overlap, DIM);
    for (i, t) in [0.1f32, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8].iter().enumerate() {
        if overlap >= *t {
            push(&mut f, &format!("overlap>={i}"), 1.0, DIM);
        }
    }
    let lower = body.to_lowercase();
    let opening: String = lower.chars().take(600).collect();
    let hl = headline.to_lowercase();
    for (name, cues) in [
        ("disagree", DISAGREE_CUES),
        ("discuss", DISCUSS_CUES),
        ("agree", AGREE_CUES),
    ] {
        let o = count(&opening, cues) as f32;
        let a = count(&lower, cues) as f32;
        let hd = count(&hl, cues) as f32;
        push(&mut f, &format!("{name}:opening"), (1.0 + o).ln(), DIM);
        push(&mut f, &format!("{name}:body"), (1.0 + a).ln(), DIM);
        push(&mut f, &format!("{name}:headline"), hd.min(2.0), DIM);
        // Cue words matter only for related pairs.
        push(
            &mut f,
            &format!("{name}:opening*overlap"),
            (1.0 + o).ln() * overlap,
            DIM,
        );
    }
    near_claim(&mut f, &lower, &h);
    for c in DISAGREE_CUES.iter().chain(DISCUSS_CUES).chain(AGREE_CUES) {
        if count(&opening, &[c]) > 0 {
            push(&mut f, &format!("cue:{c}"), overlap, DIM);
        }
    }
    // Term-frequency cosine of headline and body (related vs unrelated),
    // and the share of headline bigrams found in the body.
    let hw = content_words(headline);
    let bw = content_words(body);
    let cosine = tf_cosine(&hw, &bw);
    push(&mut f, "cosine", cosine, DIM);
    for (i, t) in [0.05f32, 0.1, 0.15, 0.2, 0.3, 0.4].iter().enumerate() {
        if cosine >= *t {
            push(&mut f, &format!("cosine>={i}"), 1.0, DIM);
        }
    }
    let bigrams = |w: &[String]| -> HashSet<(String, String)> {
        w.windows(2).map(|p| (p[0].clone(), p[1].clone())).collect()
    };
    let (hb, bb) = (bigrams(&hw), bigrams(&bw));
    if !hb.is_empty() {
        push(
            &mut f,
            "bigram_overlap",
            hb.intersection(&bb).count() as f32 / hb.len() as f32,
            DIM,
        );
    }
    // The words themselves: the body's opening (where a debunk says so),
    // weighted by relatedness, and the headline's (questions, "claims").
    let related = overlap.max(cosine);
    let mut opening_words: Vec<&String> = bw.iter().take(120).collect();
    opening_words.sort();
    opening_words.dedup();
    let n = (opening_words.len() as f32).sqrt().max(1.0);
    for w in opening_words {
        push(&mut f, &format!("bw:{w}"), related / n, DIM);
    }
    let mut headline_words: Vec<&String> = hw.iter().collect();
    headline_words.sort();
    headline_words.dedup();
    for w in headline_words {
        push(&mut f, &format!("hw:{w}"), 0.5 * related, DIM);
    }
    if headline.contains('?') {
        push(&mut f, "headline?", related, DIM);
    }
    let statements = extract_with(body, &TextOptions::default());
    let denials = statements
        .iter()
        .filter(|s| s.kind == StatementKind::Denial)
        .count() as f32;
    let reports = statements
        .iter()
        .filter(|s| s.kind == StatementKind::Report)
        .count() as f32;
    let hedged = statements.iter().filter(|s| !s.hedges.is_empty()).count() as f32;
    push(&mut f, "denials", (1.0 + denials).ln() * overlap, DIM);
    push(&mut f, "reports", (1.0 + reports).ln() * overlap, DIM);
    push(&mut f, "hedged", (1.0 + hedged).ln() * overlap, DIM);
    // The body was extracted above: the rules reuse its denial count.
    let rule = rules_with(headline, body, || denials as usize);
    push(&mut f, &format!("rule:{rule}"), 1.0, DIM);
    push(&mut f, "bias", 1.0, DIM);
    f
}

/// The sentences about the headline's claim (sharing two of its content
/// words `h`): a debunk's cue words stand beside the words of what it
/// debunks, not anywhere in the body.
fn near_claim(f: &mut Features, lower_body: &str, h: &HashSet<String>) {
    let mut near = [0usize; 3];
    let mut best = 0f32;
    for sentence in lower_body.split_inclusive(['.', '!', '?', '\n']) {
        let words: HashSet<String> = content_words(sentence).into_iter().collect();
        let shared = words.intersection(h).count();
        if !h.is_empty() {
            best = best.max(shared as f32 / h.len() as f32);
        }
        if shared >= 2 {
            for (i, cues) in [DISAGREE_CUES, DISCUSS_CUES, AGREE_CUES].iter().enumerate() {
                near[i] += count(sentence, cues);
            }
        }
    }
    push(f, "best_sentence_overlap", best, DIM);
    for (name, n) in ["disagree", "discuss", "agree"].iter().zip(near) {
        push(f, &format!("{name}:near_claim"), (1.0 + n as f32).ln(), DIM);
        if n > 0 {
            push(f, &format!("{name}:near_claim>0"), 1.0, DIM);
        }
    }
}

/// Predicts the stance of `body` toward `headline`: the bundled model when
/// present, else the rules.
pub fn predict(headline: &str, body: &str) -> String {
    match model() {
        Some(m) => m.predict(&features(headline, body)).to_string(),
        None => rules(headline, body).to_string(),
    }
}

/// Trains the FNC model on rows whose body is not held out.
pub fn train(gold: &Path, bodies: &Path, all_rows: bool) -> Result<(Model, String), EvalError> {
    let rows: Vec<Row> = read_jsonl(gold)?;
    let bodies = read_bodies(bodies)?;
    let body = |id: i64| bodies.get(&id).map(String::as_str).unwrap_or("");
    // `CLAIMWATCH_FNC_STRICT=1`: also keep a fifth of the headlines out of
    // training, to see how the model does on stories it has never seen.
    let strict = std::env::var_os("CLAIMWATCH_FNC_STRICT").is_some();
    let headline_out = |h: &str| strict && crate::linear::hash(h).is_multiple_of(5);
    let data: Vec<(Features, usize)> = rows
        .iter()
        .filter(|r| !held_out(r.body_id) && !headline_out(&r.headline))
        .filter_map(|r| {
            let y = LABELS.iter().position(|l| Some(*l) == r.label.as_deref())?;
            Some((features(&r.headline, body(r.body_id)), y))
        })
        .collect();
    // Chosen on the held-out bodies (relative score and disagree F1) and
    // checked on the strict split: see README, "Extractor quality".
    let settings = Train {
        epochs: 24,
        learning_rate: 0.05,
        l2: 1e-5,
        balance_power: 0.7,
        average: true,
    };
    let mut model = Model::train(
        &format!(
            "FNC-1 stance (agree/disagree/discuss/unrelated); multinomial logistic regression over {DIM} hashed features; \
             trained by `claimwatch eval train fnc` on {} pairs whose body_id % 5 != 0 ({:?})",
            data.len(),
            settings
        ),
        &LABELS,
        DIM,
        &data,
        settings,
    );
    let trained_headlines: HashSet<&str> = rows
        .iter()
        .filter(|r| !held_out(r.body_id) && !headline_out(&r.headline))
        .map(|r| r.headline.as_str())
        .collect();
    let held: Vec<&Row> = rows.iter().filter(|r| held_out(r.body_id)).collect();
    let predict = |r: &Row| Prediction {
        id: r.id.clone(),
        label: model
            .predict(&features(&r.headline, body(r.body_id)))
            .to_string(),
    };
    let preds: Vec<Prediction> = held.iter().map(|r| predict(r)).collect();
    let held_rows: Vec<Row> = held.iter().map(|r| (*r).clone()).collect();
    let mut report = score(&held_rows, &preds);
    // Held-out bodies whose headline was never seen in training either: the
    // closer estimate for new stories (FNC-1's test set has new headlines).
    let (unseen_rows, unseen_preds): (Vec<Row>, Vec<Prediction>) = held
        .iter()
        .zip(&preds)
        .filter(|(r, _)| !trained_headlines.contains(r.headline.as_str()))
        .map(|(r, p)| ((*r).clone(), p.clone()))
        .unzip();
    report.push_str("\nheld-out rows whose headline is not in training either:\n");
    report.push_str(&score(&unseen_rows, &unseen_preds));
    if all_rows {
        // See `stance::train`: every labelled pair, for text nobody labelled.
        let all: Vec<(Features, usize)> = rows
            .iter()
            .filter_map(|r| {
                let y = LABELS.iter().position(|l| Some(*l) == r.label.as_deref())?;
                Some((features(&r.headline, body(r.body_id)), y))
            })
            .collect();
        model = Model::train(
            &format!(
                "FNC-1 stance (agree/disagree/discuss/unrelated); multinomial logistic regression over {DIM} hashed features; \
                 trained by `claimwatch eval train fnc --all-rows` on all {} labelled pairs ({settings:?})",
                all.len()
            ),
            &LABELS,
            DIM,
            &all,
            settings,
        );
        model.trained_on_all_rows = true;
        let _ = writeln!(
            report,
            "the model written was then retrained on all {} labelled pairs",
            all.len()
        );
    }
    Ok((model, report))
}

/// The rule-based guess (also a feature of the model).
pub fn rules(headline: &str, body: &str) -> &'static str {
    rules_with(headline, body, || {
        extract_with(body, &TextOptions::default())
            .iter()
            .filter(|s| s.kind == StatementKind::Denial)
            .count()
    })
}

/// The rules, with the body's denial count supplied by the caller (who may
/// have extracted the body already); it is asked only for related pairs.
fn rules_with(headline: &str, body: &str, denial_count: impl FnOnce() -> usize) -> &'static str {
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
    if disagree + denial_count() >= 4 {
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
pub fn run(gold: &Path, bodies_path: &Path, predictions: &Path) -> Result<String, EvalError> {
    let rows: Vec<Row> = read_jsonl(gold)?;
    let bodies = read_bodies(bodies_path)?;
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
    let mut report = score(&rows, &read_jsonl(predictions)?);
    let missing = rows
        .iter()
        .filter(|r| !bodies.contains_key(&r.body_id))
        .count();
    if missing > 0 {
        let _ = writeln!(
            report,
            "warning: {missing} rows name a body_id missing from {} (predicted with an empty body)",
            bodies_path.display()
        );
    }
    Ok(report)
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
    let mut out = String::new();
    report(&mut out, "all", &pairs);
    let held: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| held_out(r.body_id))
        .filter_map(|r| {
            r.label
                .as_deref()
                .map(|g| (g, by_id.get(r.id.as_str()).copied().unwrap_or("unrelated")))
        })
        .collect();
    if !held.is_empty() && held.len() < pairs.len() {
        let name = if model().is_some_and(|m| m.trained_on_all_rows) {
            "body_id % 5 == 0 (the rows `eval train fnc` holds out)"
        } else {
            "held out from training (body_id % 5 == 0)"
        };
        report(&mut out, name, &held);
    }
    out
}

fn report(out: &mut String, name: &str, pairs: &[(&str, &str)]) {
    let gold: Vec<&str> = pairs.iter().map(|p| p.0).collect();
    let pred: Vec<&str> = pairs.iter().map(|p| p.1).collect();
    let scores = per_class(&gold, &pred, &LABELS);
    let _ = writeln!(
        out,
        "fnc (FNC-1) [{name}]: n={} relative score {:.2}% macro-F1 {:.4}",
        gold.len(),
        relative_score(&gold, &pred),
        macro_f1(&scores)
    );
    out.push_str(&table(&scores));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bodies_file_is_the_one_holding_the_gold_body_ids() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
        // The training bodies share one id with the test pairs; the test
        // bodies hold both.
        write(
            "fnc1-train-bodies.jsonl",
            "{\"body_id\": 1, \"body\": \"a\"}\n{\"body_id\": 5, \"body\": \"b\"}\n",
        );
        write(
            "fnc1-test-bodies.jsonl",
            "{\"body_id\": 1, \"body\": \"c\"}\n{\"body_id\": 2, \"body\": \"d\"}\n",
        );
        let pair = |id: &str, body: i64| {
            format!("{{\"id\": \"{id}\", \"headline\": \"h\", \"body_id\": {body}}}\n")
        };
        write("fnc1-test.jsonl", &(pair("t0", 1) + &pair("t1", 2)));
        write("fnc1-dev.jsonl", &(pair("d0", 5) + &pair("d1", 1)));
        let found = |gold: &str| locate_bodies(&dir.path().join(gold)).unwrap();
        assert_eq!(
            found("fnc1-test.jsonl"),
            dir.path().join("fnc1-test-bodies.jsonl")
        );
        assert_eq!(
            found("fnc1-dev.jsonl"),
            dir.path().join("fnc1-train-bodies.jsonl")
        );
        // Equal coverage: the name closer to the gold file's wins.
        write("fnc1-test.jsonl", &pair("t0", 1));
        assert_eq!(
            found("fnc1-test.jsonl"),
            dir.path().join("fnc1-test-bodies.jsonl")
        );
        let empty = tempfile::tempdir().unwrap();
        std::fs::write(empty.path().join("g.jsonl"), pair("x", 1)).unwrap();
        let err = locate_bodies(&empty.path().join("g.jsonl")).unwrap_err();
        assert!(err.to_string().contains("pass --bodies"), "{err}");
    }

    #[test]
    fn bundled_model_loads() {
        let m = model().expect("models/fnc.json missing or built for another feature space");
        assert!(m.weights.iter().all(|w| w.len() == DIM as usize));
    }

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
