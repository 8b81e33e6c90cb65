//! `claimwatch eval`: predictions and scores on labelled data.

use std::path::PathBuf;

use anyhow::Context;

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, clap::Subcommand)]
enum Task {
    /// Stance of posts in threads (RumourEval 2019 format): support/deny/query/comment.
    Stance(Files),
    /// Stance of a body toward a headline (FNC-1 format): agree/disagree/discuss/unrelated.
    Fnc {
        #[command(flatten)]
        files: Files,
        /// Bodies file (body_id, body). Default: fnc1-train-bodies.jsonl next to GOLD.
        #[arg(long)]
        bodies: Option<PathBuf>,
    },
    /// Attribution spans (PolNeAR format): source, cue, content.
    Attribution(Files),
    /// Train a learned component from labelled data; writes its weights.
    Train {
        /// Which model: `stance` or `fnc` (fnc reads fnc1-train-bodies.jsonl next to GOLD).
        model: String,
        /// Gold file (JSON lines); rows of split `train` are used, the others are scored.
        gold: PathBuf,
        /// Where to write the weights (the bundled one is crates/claimwatch-eval/models/<model>.json).
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Debug, clap::Args)]
struct Files {
    /// Gold file (JSON lines).
    gold: PathBuf,
    /// Where to write one prediction per gold id (JSON lines).
    #[arg(long)]
    predictions: PathBuf,
}

pub fn run(args: &EvalArgs) -> anyhow::Result<()> {
    let report = match &args.task {
        Task::Stance(f) => claimwatch_eval::stance::run(&f.gold, &f.predictions)?,
        Task::Fnc { files, bodies } => {
            let bodies = match bodies {
                Some(b) => b.clone(),
                None => files
                    .gold
                    .parent()
                    .map(|d| d.join("fnc1-train-bodies.jsonl"))
                    .context("cannot locate the bodies file; pass --bodies")?,
            };
            claimwatch_eval::fnc::run(&files.gold, &bodies, &files.predictions)?
        }
        Task::Attribution(f) => claimwatch_eval::attribution::run(&f.gold, &f.predictions)?,
        Task::Train { model, gold, out } => match model.as_str() {
            "stance" => {
                let (m, report) = claimwatch_eval::stance::train(gold)?;
                let json = serde_json::to_string(&m)?;
                std::fs::write(out, json + "\n")
                    .with_context(|| format!("cannot write {}", out.display()))?;
                format!("wrote {}\nheld-out rows:\n{report}", out.display())
            }
            "fnc" => {
                let bodies = gold
                    .parent()
                    .map(|d| d.join("fnc1-train-bodies.jsonl"))
                    .context("cannot locate the bodies file")?;
                let (m, report) = claimwatch_eval::fnc::train(gold, &bodies)?;
                let json = serde_json::to_string(&m)?;
                std::fs::write(out, json + "\n")
                    .with_context(|| format!("cannot write {}", out.display()))?;
                format!("wrote {}\nheld-out rows:\n{report}", out.display())
            }
            other => anyhow::bail!("unknown model {other:?} (expected: stance or fnc)"),
        },
    };
    print!("{report}");
    Ok(())
}
