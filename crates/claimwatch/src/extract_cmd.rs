//! `claimwatch extract`: the extractor on text or posts, no broker.

use std::io::{BufRead, Read, Write};
use std::path::PathBuf;

use anyhow::Context;
use chrono::Utc;
use claimwatch_model::{stable_id, Author, RawPost, SourceRef, RAW_POST_SCHEMA};

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Input file; stdin when absent.
    file: Option<PathBuf>,
    /// Treat the input as JSON lines of raw posts (as on posts.raw) instead
    /// of one plain text. Detected automatically when every line is a JSON object.
    #[arg(long)]
    jsonl: bool,
    /// Print a readable summary instead of JSON.
    #[arg(long)]
    pretty: bool,
}

pub fn run(args: &ExtractArgs) -> anyhow::Result<()> {
    match write_statements(args) {
        // `claimwatch extract | head` closes the pipe early: not an error.
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            Ok(())
        }
        other => other,
    }
}

fn write_statements(args: &ExtractArgs) -> anyhow::Result<()> {
    let mut input = Vec::new();
    match &args.file {
        Some(p) => {
            input = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
        }
        None => {
            std::io::stdin()
                .read_to_end(&mut input)
                .context("cannot read stdin")?;
        }
    }
    // Any bytes are accepted: invalid UTF-8 is replaced, not fatal.
    let text = String::from_utf8_lossy(&input);
    let jsonl = args.jsonl || looks_like_jsonl(&text);
    let posts: Vec<RawPost> = if jsonl {
        let mut v = Vec::new();
        for (i, line) in text.as_bytes().lines().enumerate() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let post: RawPost = serde_json::from_str(&line)
                .with_context(|| format!("line {}: not a raw post", i + 1))?;
            v.push(post);
        }
        v
    } else {
        vec![text_post(&text)]
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for post in &posts {
        for s in claimwatch_extract::extract_post(post) {
            if args.pretty {
                writeln!(
                    out,
                    "{:<12} {} [{}] on {} — cues {:?}\n             {}",
                    s.kind.as_str(),
                    s.speaker.name,
                    s.speaker.party,
                    s.subject.key,
                    s.cues,
                    s.quote.as_deref().unwrap_or(&s.text)
                )?;
            } else {
                writeln!(out, "{}", serde_json::to_string(&s)?)?;
            }
        }
    }
    Ok(())
}

fn looks_like_jsonl(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty()).peekable();
    lines.peek().is_some()
        && lines.all(|l| l.trim_start().starts_with('{') && l.trim_end().ends_with('}'))
}

/// Wraps plain text as a post so that ids and spans work as in the pipeline.
fn text_post(text: &str) -> RawPost {
    let now = Utc::now();
    RawPost {
        schema: RAW_POST_SCHEMA.to_string(),
        id: stable_id("p", &["stdin", text]),
        source: SourceRef {
            id: "stdin".into(),
            kind: "text".into(),
            url: String::new(),
        },
        platform: "text".into(),
        url: None,
        guid: None,
        author: Author::default(),
        title: None,
        text: text.to_string(),
        language: None,
        published_at: now,
        fetched_at: now,
        first_person: false,
        tags: Vec::new(),
        references: Vec::new(),
        counts: Default::default(),
    }
}
