//! The linker on FNC-1: the headline is the title of one outlet's post (the
//! extractor decides what it claims or denies, as for a feed item), the body
//! a later post by another; the pair is "contested" when the linker puts
//! statements of the two posts on opposite sides of one contested claim.
//! Scored against the `disagree` label.

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
    .map(|t| claimwatch_extract::statement_from(t, &post_id, None, source, time))
    .collect()
}

/// Does the linker put the headline and the body on opposite sides?
pub fn contested(id: &str, headline: &str, body: &str) -> bool {
    let mut linker = Linker::new(LinkSettings::default());
    let mut any = false;
    for s in statements(id, "headline", headline, 0, "headline outlet", true)
        .iter()
        .chain(statements(id, "body", body, 60, "body outlet", false).iter())
    {
        // One side from each post: the headline's claim denied by the body,
        // or the body's claim that the headline denies ("No, a bird did not
        // …"); not two sides that the body itself reports.
        any |= linker.apply(s).changed.iter().any(|c| {
            let on = |side: &[claimwatch_model::Member], source: &str| {
                side.iter().any(|m| m.source_id == source)
            };
            // (The body's own claim, not one it relays: a body that retells
            // the hoax its headline debunks agrees with it.)
            let asserted_by_body = c
                .assertions
                .iter()
                .any(|m| m.source_id == "body" && m.kind == StatementKind::Assertion);
            (on(&c.assertions, "headline") && on(&c.denials, "body"))
                || (asserted_by_body && on(&c.denials, "headline"))
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
        "link (FNC-1 headline as a post's title, body as a later post; contested vs gold `disagree`): n={n}, predicted contested {}, gold disagree {}\n  P {p:.4} R {rc:.4} F1 {:.4}",
        tp + fp,
        tp + fneg,
        f1(p, rc)
    );
    Ok(out)
}
