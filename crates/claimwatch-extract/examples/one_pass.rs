//! One pass of the extractor benchmark's work, for an instruction count
//! that does not depend on the machine's clock:
//!
//!     cargo build --release -p claimwatch-extract --example one_pass
//!     valgrind --tool=callgrind target/release/examples/one_pass none
//!     valgrind --tool=callgrind target/release/examples/one_pass scan
//!     valgrind --tool=callgrind target/release/examples/one_pass extract
//!
//! `none` loads the corpus and compiles the lexicon only; subtract its
//! count from the others. The corpus is the benchmark's: the first 200
//! article texts of `$CLAIMWATCH_BENCH_CORPUS` (default
//! `../shared/eval/polnear-dev.jsonl`, read at run time).

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let path = std::env::var("CLAIMWATCH_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/polnear-dev.jsonl")
        });
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read corpus {}: {e}", path.display()))?;
    let docs: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .take(200)
        .collect();
    let lexicon = claimwatch_extract::Lexicon::get(None);
    let n: usize = match mode.as_str() {
        "none" => 0,
        "scan" => docs
            .iter()
            .map(|d| lexicon.automaton.find_iter(d.as_str()).count())
            .sum(),
        "extract" => docs
            .iter()
            .map(|d| claimwatch_extract::extract_text(d).len())
            .sum(),
        other => return Err(format!("mode must be none, scan or extract, not {other:?}").into()),
    };
    println!("{mode}: {} documents, {n} results", docs.len());
    Ok(())
}
