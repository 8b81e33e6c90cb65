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

#[path = "../benches/support/corpus.rs"]
mod corpus;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let docs = corpus::docs()?;
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
