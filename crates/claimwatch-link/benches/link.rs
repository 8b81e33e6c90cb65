//! Statements per second through the linker: 10,000 statements (claims,
//! denials, repeats and unrelated reports over 200 subjects, extracted once
//! up front) applied to a fresh linker.
//!
//!     cargo bench -p claimwatch-link --bench link

use chrono::{Duration, TimeZone, Utc};
use claimwatch_link::{LinkSettings, Linker};
use claimwatch_model::{Author, RawPost, SourceRef, Statement, RAW_POST_SCHEMA};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn statements() -> Vec<Statement> {
    let mut out = Vec::new();
    let mut i = 0;
    while out.len() < 10_000 {
        let place = format!("Town{}", i % 200);
        let text = match i % 4 {
            0 => format!("Amber Coalition spokesperson Mara Ilves said that {place} was completely captured."),
            1 => format!("The Cedar Council denied the Amber Coalition's claim that {place} had fallen."),
            2 => format!("A Birch Front commander told reporters that {place} had fallen on day {i}."),
            _ => format!("Officials said the market in {place} reopened on day {i}."),
        };
        let post = RawPost {
            schema: RAW_POST_SCHEMA.into(),
            id: format!("p{i}"),
            source: SourceRef {
                id: format!("s{}", i % 7),
                kind: "rss".into(),
                url: "x".into(),
            },
            platform: "web".into(),
            url: None,
            guid: None,
            author: Author::default(),
            title: None,
            text,
            language: None,
            published_at: Utc.with_ymd_and_hms(2023, 5, 20, 0, 0, 0).unwrap()
                + Duration::seconds(i as i64 * 20),
            fetched_at: Utc.with_ymd_and_hms(2023, 5, 20, 0, 0, 0).unwrap(),
            first_person: false,
            tags: vec![],
            references: vec![],
            counts: Default::default(),
        };
        out.extend(claimwatch_extract::extract_post(&post));
        i += 1;
    }
    out.truncate(10_000);
    out
}

fn bench(c: &mut Criterion) {
    let input = statements();
    let mut g = c.benchmark_group("link");
    g.sample_size(20);
    g.throughput(Throughput::Elements(input.len() as u64));
    g.bench_function("apply_10k_statements", |b| {
        b.iter(|| {
            let mut linker = Linker::new(LinkSettings::default());
            let mut versions = 0usize;
            for s in &input {
                versions += linker.apply(s).changed.len();
            }
            versions
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
