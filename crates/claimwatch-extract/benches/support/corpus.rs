//! The benchmark corpus, shared by `benches/extract.rs` and
//! `examples/one_pass.rs`: the first 200 article texts of
//! `$CLAIMWATCH_BENCH_CORPUS` (JSON lines with a `text` field; default
//! `../shared/eval/polnear-dev.jsonl`, read at run time and never stored in
//! the repository).

use std::path::PathBuf;

/// Where the corpus is read from.
pub fn path() -> PathBuf {
    std::env::var("CLAIMWATCH_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/polnear-dev.jsonl")
        })
}

/// The article texts of the corpus, or an error naming the file.
pub fn docs() -> Result<Vec<String>, String> {
    let path = path();
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read corpus {}: {e}", path.display()))?;
    Ok(text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .take(200)
        .collect())
}
