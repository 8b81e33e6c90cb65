//! The linker on FNC-1: the headline is an assertion by one outlet, the body
//! a later post by another; the pair is "contested" when the linker emits a
//! contested claim. Scored against the `disagree` label.

use std::collections::HashMap;
use std::fmt::Write;
use std::path::Path;

use chrono::{Duration, TimeZone, Utc};
use claimwatch_extract::{extract_with, TextOptions};
use claimwatch_link::{LinkSettings, Linker};
use claimwatch_model::{stable_id, Statement, StatementKind};
use serde::{Deserialize, Serialize};

use crate::fnc::Row;
use crate::metrics::f1;
use crate::{read_jsonl, write_jsonl, EvalError};

#[derive(Debug, Serialize, Deserialize)]
pub struct Prediction {
    pub id: String,
    pub contested: bool,
}

fn statements(
    id: &str,
    source: &str,
    text: &str,
    minutes: i64,
    author: &str,
    headline: bool,
) -> Vec<Statement> {
    let time = Utc.with_ymd_and_hms(2020, 1, 1, 0, 0, 0).unwrap() + Duration::minutes(minutes);
    let post_id = stable_id("p", &[id, source]);
    // The headline is the title of the outlet's post, as a feed item's is.
    let (title, text) = if headline {
        (Some(text), "")
    } else {
        (None, text)
    };
    extract_with(
        text,
        &TextOptions {
            title,
            author: Some(author),
            ..Default::default()
        },
    )
    .into_iter()
    .map(|mut t| {
        if headline {
            // A headline states its claim: whatever the extractor calls
            // it, it is the outlet's assertion.
            t.kind = StatementKind::Assertion;
            t.speaker.name = author.to_string();
            t.speaker.party = "headline-outlet".to_string();
        }
        claimwatch_extract::statement_from(t, &post_id, None, source, time)
    })
    .collect()
}

/// Does the linker contest the headline's claim with the body?
pub fn contested(id: &str, headline: &str, body: &str) -> bool {
    let mut linker = Linker::new(LinkSettings::default());
    let mut any = false;
    for s in statements(id, "headline", headline, 0, "headline outlet", true)
        .iter()
        .chain(statements(id, "body", body, 60, "body outlet", false).iter())
    {
        // Only the headline's claim contested by the body counts, not two
        // sides that the body itself reports.
        any |= linker.apply(s).changed.iter().any(|c| {
            c.assertions.iter().any(|a| a.source_id == "headline")
                && c.denials.iter().any(|d| d.source_id == "body")
        });
    }
    any
}

/// Predicts every pair, writes predictions, scores against `disagree`.
pub fn run(gold: &Path, bodies: &Path, predictions: &Path) -> Result<String, EvalError> {
    let rows: Vec<Row> = read_jsonl(gold)?;
    let bodies = crate::fnc::read_bodies(bodies)?;
    let preds: Vec<Prediction> = rows
        .iter()
        .map(|r| Prediction {
            id: r.id.clone(),
            contested: contested(
                &r.id,
                &r.headline,
                bodies.get(&r.body_id).map(String::as_str).unwrap_or(""),
            ),
        })
        .collect();
    write_jsonl(predictions, &preds)?;
    let by_id: HashMap<&str, bool> = preds.iter().map(|p| (p.id.as_str(), p.contested)).collect();
    let (mut tp, mut fp, mut fneg, mut n) = (0usize, 0usize, 0usize, 0usize);
    for r in &rows {
        let Some(label) = r.label.as_deref() else {
            continue;
        };
        n += 1;
        let gold = label == "disagree";
        let pred = by_id.get(r.id.as_str()).copied().unwrap_or(false);
        match (gold, pred) {
            (true, true) => tp += 1,
            (false, true) => fp += 1,
            (true, false) => fneg += 1,
            _ => {}
        }
    }
    let p = if tp + fp == 0 {
        0.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let rc = if tp + fneg == 0 {
        0.0
    } else {
        tp as f64 / (tp + fneg) as f64
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "link (FNC-1 headline as assertion, body as later post; contested vs gold `disagree`): n={n}, predicted contested {}, gold disagree {}\n  P {p:.4} R {rc:.4} F1 {:.4}",
        tp + fp,
        tp + fneg,
        f1(p, rc)
    );
    Ok(out)
}
