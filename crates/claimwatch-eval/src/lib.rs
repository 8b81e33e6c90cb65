//! Evaluation of claimwatch on labelled data in the formats of
//! `shared/eval/README.md`: stance of posts (RumourEval 2019), headline/body
//! stance (FNC-1) and attribution spans (PolNeAR).
//!
//! Each task predicts from the text alone (labels are read only to score),
//! writes one prediction per gold id as JSON lines, and scores the
//! predictions with the metrics the README defines.

pub mod attribution;
pub mod fnc;
pub mod linear;
pub mod link;
pub mod metrics;
pub mod stance;

use std::io::{BufRead, Write};
use std::path::Path;

/// Errors of an evaluation run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("no bodies file (*bodies*.jsonl) next to {gold}; pass --bodies")]
    NoBodies { gold: String },
    #[error("{path} line {line}: {source}")]
    Json {
        path: String,
        line: usize,
        source: serde_json::Error,
    },
}

/// Reads a JSON-lines file into typed rows.
pub fn read_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>, EvalError> {
    let file = std::fs::File::open(path).map_err(|source| EvalError::Read {
        path: path.display().to_string(),
        source,
    })?;
    let mut out = Vec::new();
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|source| EvalError::Read {
            path: path.display().to_string(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        out.push(
            serde_json::from_str(&line).map_err(|source| EvalError::Json {
                path: path.display().to_string(),
                line: i + 1,
                source,
            })?,
        );
    }
    Ok(out)
}

/// Writes rows as JSON lines.
pub fn write_jsonl<T: serde::Serialize>(path: &Path, rows: &[T]) -> Result<(), EvalError> {
    let err = |source| EvalError::Write {
        path: path.display().to_string(),
        source,
    };
    let file = std::fs::File::create(path).map_err(err)?;
    let mut w = std::io::BufWriter::new(file);
    for r in rows {
        serde_json::to_writer(&mut w, r).map_err(|e| err(std::io::Error::other(e)))?;
        w.write_all(b"\n").map_err(err)?;
    }
    w.flush().map_err(err)
}
