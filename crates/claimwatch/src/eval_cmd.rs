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
        /// Bodies file (body_id, body). Default: the `*bodies*.jsonl` file next to GOLD that holds its body ids.
        #[arg(long)]
        bodies: Option<PathBuf>,
    },
    /// Attribution spans (PolNeAR format): source, cue, content.
    Attribution(Files),
    /// The linker on FNC-1 pairs (headline = assertion, body = later post):
    /// contested or not, scored against the `disagree` label.
    Link {
        #[command(flatten)]
        files: Files,
        /// Bodies file (body_id, body). Default: the `*bodies*.jsonl` file next to GOLD that holds its body ids.
        #[arg(long)]
        bodies: Option<PathBuf>,
    },
    /// Train a learned component from labelled data; writes its weights.
    Train {
        /// Which model: `stance` or `fnc` (fnc reads the bodies file next to GOLD that holds its body ids).
        model: String,
        /// Gold file (JSON lines); rows of split `train` are used, the others are scored.
        gold: PathBuf,
        /// Where to write the weights (the bundled one is crates/claimwatch-eval/models/<model>.json).
        #[arg(long)]
        out: PathBuf,
        /// After scoring on the held-out rows, retrain on every labelled row
        /// (held-out ones included) and write that model: the bundled models
        /// are made this way, for text nobody has labelled.
        #[arg(long)]
        all_rows: bool,
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

/// `--bodies`, else the bodies file next to the gold file that holds its
/// `body_id`s (see [`claimwatch_eval::fnc::locate_bodies`]).
fn bodies_path(gold: &std::path::Path, bodies: Option<&PathBuf>) -> anyhow::Result<PathBuf> {
    match bodies {
        Some(b) => Ok(b.clone()),
        None => {
            let found = claimwatch_eval::fnc::locate_bodies(gold)?;
            eprintln!("bodies: {}", found.display());
            Ok(found)
        }
    }
}

/// A warning when the bundled model was trained on every labelled row of
/// the development files: scored on those files it measures nothing.
fn seen_note(model: Option<&claimwatch_eval::linear::Model>, name: &str) -> String {
    if model.is_some_and(|m| m.trained_on_all_rows) {
        format!(
            "note: the bundled {name} model was trained on every labelled row of the development data \
             (`eval train {name} --all-rows`); on those rows this score is not a measurement: \
             the held-out figures are the ones `claimwatch eval train {name}` prints\n"
        )
    } else {
        String::new()
    }
}

pub fn run(args: &EvalArgs) -> anyhow::Result<()> {
    let report = match &args.task {
        Task::Stance(f) => {
            claimwatch_eval::stance::run(&f.gold, &f.predictions)?
                + &seen_note(claimwatch_eval::stance::model(), "stance")
        }
        Task::Fnc { files, bodies } => {
            let bodies = bodies_path(&files.gold, bodies.as_ref())?;
            claimwatch_eval::fnc::run(&files.gold, &bodies, &files.predictions)?
                + &seen_note(claimwatch_eval::fnc::model(), "fnc")
        }
        Task::Attribution(f) => claimwatch_eval::attribution::run(&f.gold, &f.predictions)?,
        Task::Link { files, bodies } => {
            let bodies = bodies_path(&files.gold, bodies.as_ref())?;
            claimwatch_eval::link::run(&files.gold, &bodies, &files.predictions)?
        }
        Task::Train {
            model,
            gold,
            out,
            all_rows,
        } => match model.as_str() {
            "stance" => {
                let (m, report) = claimwatch_eval::stance::train(gold, *all_rows)?;
                let json = serde_json::to_string(&m)?;
                std::fs::write(out, json + "\n")
                    .with_context(|| format!("cannot write {}", out.display()))?;
                format!("wrote {}\nheld-out rows:\n{report}", out.display())
            }
            "fnc" => {
                let bodies = bodies_path(gold, None)?;
                let (m, report) = claimwatch_eval::fnc::train(gold, &bodies, *all_rows)?;
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
