//! Extractor throughput (MB/s) against a bare Aho-Corasick scan of the cue
//! lexicon over the same bytes.
//!
//! Corpus: the article texts of `$CLAIMWATCH_BENCH_CORPUS` (JSON lines with a
//! `text` field; default `../shared/eval/polnear-dev.jsonl`, read at run
//! time and never stored in the repository), else the bundled seed article
//! repeated.
//!
//!     cargo bench -p claimwatch-extract --bench extract

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

#[path = "support/corpus.rs"]
mod corpus;

fn corpus() -> (String, Vec<String>) {
    if let Ok(docs) = corpus::docs() {
        if !docs.is_empty() {
            return (
                format!("{} ({} articles)", corpus::path().display(), docs.len()),
                docs,
            );
        }
    }
    let seed = include_str!("../../claimwatch/demo/panjshir-article.txt");
    (
        "bundled seed article x200".into(),
        vec![seed.to_string(); 200],
    )
}

fn bench(c: &mut Criterion) {
    let (name, docs) = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    eprintln!("corpus: {name}, {bytes} bytes");
    let lexicon = claimwatch_extract::Lexicon::get(None);
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("aho_corasick_cue_scan", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| lexicon.automaton.find_iter(d.as_str()).count())
                .sum::<usize>()
        })
    });
    group.bench_function("extract_statements", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| claimwatch_extract::extract_text(d).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
