//! `claimwatch export claimreview`: the current contested claims (the
//! latest version of each on `claims.contested`) as schema.org
//! ClaimReview JSON-LD. claimwatch reports contestation, not verdicts: no
//! `reviewRating` is ever given.

use std::io::Write;

use anyhow::Context;
use claimwatch_bus::Topics;
use claimwatch_model::{ContestStatus, ContestedClaim, Member};
use serde_json::{json, Value};

use crate::admin_cmd::{bus, load};
use crate::Common;

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    format: ExportFormat,
}

#[derive(Debug, clap::Subcommand)]
enum ExportFormat {
    /// schema.org ClaimReview JSON-LD (one `@graph`), to stdout or --out.
    Claimreview {
        #[command(flatten)]
        common: Common,
        /// Write here instead of stdout.
        #[arg(long)]
        out: Option<std::path::PathBuf>,
        /// Also export claims whose status is not `contested` (retracted,
        /// confirmed, stale).
        #[arg(long)]
        all: bool,
    },
}

fn appearance(m: &Member) -> Value {
    let mut v = json!({
        "@type": "CreativeWork",
        "datePublished": m.time.to_rfc3339(),
        "text": m.quote.as_deref().unwrap_or(&m.text),
        "author": {"@type": "Thing", "name": m.speaker.name},
    });
    if let Some(url) = &m.post_url {
        v["url"] = json!(url);
    }
    v
}

/// One contested claim as a ClaimReview.
pub fn claim_review(c: &ContestedClaim) -> Value {
    let status = match c.status {
        ContestStatus::Contested => "contested",
        ContestStatus::Confirmed => "confirmed",
        ContestStatus::Retracted => "retracted",
        ContestStatus::Stale => "stale",
    };
    let against = if c.parties.against.is_empty() {
        "no one yet".to_string()
    } else {
        c.parties.against.join(", ")
    };
    let mut item = json!({
        "@type": "Claim",
        "name": c.claim,
        "about": {"@type": "Thing", "name": c.subject.surface, "identifier": c.subject.key},
        "author": c.parties.for_claim.iter().map(|p| json!({"@type": "Thing", "name": p})).collect::<Vec<_>>(),
        "appearance": c.assertions.iter().map(appearance).collect::<Vec<_>>(),
    });
    if let Some(first) = c.assertions.iter().min_by_key(|a| a.time) {
        item["firstAppearance"] = appearance(first);
    }
    json!({
        "@type": "ClaimReview",
        "@id": format!("urn:claimwatch:claim:{}", c.id),
        "identifier": c.id,
        "version": c.version.to_string(),
        "datePublished": c.first_seen.to_rfc3339(),
        "dateModified": c.last_updated.to_rfc3339(),
        "claimReviewed": c.claim,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": "claimwatch"},
        "reviewBody": format!(
            "{status}: {} assertion(s) by {}; {} denial(s) by {}; {} source(s).",
            c.counts.assertions,
            if c.parties.for_claim.is_empty() { "unknown".to_string() } else { c.parties.for_claim.join(", ") },
            c.counts.denials,
            against,
            c.counts.sources
        ),
        "comment": c.denials.iter().map(|d| {
            let mut v = appearance(d);
            v["@type"] = json!("Comment");
            v
        }).collect::<Vec<_>>(),
    })
}

pub async fn run(args: &ExportArgs) -> anyhow::Result<()> {
    let ExportFormat::Claimreview { common, out, all } = &args.format;
    let config = load(common)?;
    let bus = bus(&config, "claimwatch/export")?;
    let topics = Topics::new(&config);
    let mut claims: Vec<ContestedClaim> = bus
        .read_latest_by_key(&topics.claims_contested, None)
        .await?
        .into_values()
        .filter_map(|bytes| serde_json::from_slice(&bytes).ok())
        .filter(|c: &ContestedClaim| *all || c.status == ContestStatus::Contested)
        .collect();
    claims.sort_by(|a, b| b.last_updated.cmp(&a.last_updated).then(a.id.cmp(&b.id)));
    let doc = json!({
        "@context": "https://schema.org",
        "@graph": claims.iter().map(claim_review).collect::<Vec<_>>(),
    });
    let text = serde_json::to_string_pretty(&doc)?;
    match out {
        Some(path) => std::fs::write(path, text + "\n")
            .with_context(|| format!("writing {}", path.display()))?,
        None => {
            let mut stdout = std::io::stdout().lock();
            writeln!(stdout, "{text}")?;
        }
    }
    eprintln!("{} claims exported", claims.len());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_review_reports_contestation_without_a_verdict() {
        let c: ContestedClaim = serde_json::from_value(json!({
            "schema": "claimwatch.contested_claim.v1", "id": "c-1", "version": 3,
            "status": "contested", "subject": {"key": "panjshir", "surface": "Panjshir"},
            "claim": "Panjshir was completely conquered",
            "assertions": [{"statement_id": "s-1", "post_id": "p-1", "post_url": "https://a.example/1",
                "source_id": "a", "kind": "assertion", "speaker": {"name": "Zabihullah", "party": "taliban"},
                "text": "t", "cues": ["said"], "time": "2021-09-06T08:00:00Z"}],
            "denials": [{"statement_id": "s-2", "post_id": "p-2", "source_id": "b", "kind": "denial",
                "speaker": {"name": "NRF", "party": "nrf"}, "text": "It is false.", "cues": ["false"],
                "time": "2021-09-06T09:00:00Z"}],
            "parties": {"for": ["Taliban"], "against": ["NRF"]},
            "counts": {"assertions": 1, "denials": 1, "sources": 2},
            "first_seen": "2021-09-06T08:00:00Z", "last_updated": "2021-09-06T09:00:00Z", "links": []
        }))
        .unwrap();
        let r = claim_review(&c);
        assert_eq!(r["@type"], "ClaimReview");
        assert_eq!(r["claimReviewed"], "Panjshir was completely conquered");
        assert_eq!(
            r["itemReviewed"]["firstAppearance"]["url"],
            "https://a.example/1"
        );
        assert_eq!(r["itemReviewed"]["about"]["identifier"], "panjshir");
        assert_eq!(r["comment"][0]["text"], "It is false.");
        assert!(r.get("reviewRating").is_none(), "no verdicts");
        assert!(r["reviewBody"]
            .as_str()
            .unwrap()
            .starts_with("contested: 1 assertion(s) by Taliban; 1 denial(s) by NRF"));
    }
}
