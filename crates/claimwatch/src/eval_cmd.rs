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
    };
    print!("{report}");
    Ok(())
}
