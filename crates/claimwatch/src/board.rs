//! The live view of contested claims: the latest version of each claim,
//! newest activity first, redrawn in place on a terminal (`claimwatch tail
//! claims.contested` and `claimwatch demo`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use claimwatch_model::{ContestStatus, ContestedClaim};

/// ANSI: clear the screen and move home.
pub const CLEAR: &str = "\x1b[2J\x1b[H";

/// Latest version of every claim seen.
#[derive(Debug, Default)]
pub struct Board {
    claims: BTreeMap<String, ContestedClaim>,
}

impl Board {
    /// Takes a record; false when it is not newer than what the board shows
    /// (replays and out-of-order versions change nothing).
    pub fn update(&mut self, c: ContestedClaim) -> bool {
        match self.claims.get(&c.id) {
            Some(old) if old.version >= c.version => false,
            _ => {
                self.claims.insert(c.id.clone(), c);
                true
            }
        }
    }

    pub fn len(&self) -> usize {
        self.claims.len()
    }

    /// The board as text, at most `max` claims, most recently updated first.
    pub fn render(&self, now: DateTime<Utc>, max: usize) -> String {
        let mut claims: Vec<&ContestedClaim> = self.claims.values().collect();
        claims.sort_by(|a, b| {
            b.last_updated
                .cmp(&a.last_updated)
                .then_with(|| a.id.cmp(&b.id))
        });
        let contested = claims
            .iter()
            .filter(|c| c.status == ContestStatus::Contested)
            .count();
        let mut out = format!(
            "claimwatch — {} claims, {} contested (updated {})\n\n",
            claims.len(),
            contested,
            now.format("%H:%M:%S UTC")
        );
        for c in claims.iter().take(max) {
            let status = match c.status {
                ContestStatus::Contested => "CONTESTED",
                ContestStatus::Confirmed => "CONFIRMED",
                ContestStatus::Retracted => "RETRACTED",
                ContestStatus::Stale => "STALE",
            };
            let claim: String = c.claim.chars().take(110).collect();
            let ellipsis = if c.claim.chars().count() > 110 {
                "…"
            } else {
                ""
            };
            out.push_str(&format!(
                "{status:<10} {} · v{} · first seen {} · updated {}\n  \"{claim}{ellipsis}\"\n  for:     {}\n  against: {}\n  {} assertions, {} denials, {} sources\n\n",
                c.subject.key,
                c.version,
                ago(now, c.first_seen),
                ago(now, c.last_updated),
                list(&c.parties.for_claim),
                list(&c.parties.against),
                c.counts.assertions,
                c.counts.denials,
                c.counts.sources,
            ));
        }
        if claims.len() > max {
            out.push_str(&format!("… and {} more\n", claims.len() - max));
        }
        out
    }
}

fn list(parties: &[String]) -> String {
    if parties.is_empty() {
        "—".to_string()
    } else {
        parties.join(", ")
    }
}

/// "12 s ago", "5 min ago", "3 h ago", "2 d ago".
pub fn ago(now: DateTime<Utc>, t: DateTime<Utc>) -> String {
    let s = (now - t).num_seconds().max(0);
    match s {
        0..=59 => format!("{s} s ago"),
        60..=3599 => format!("{} min ago", s / 60),
        3600..=172_799 => format!("{} h ago", s / 3600),
        _ => format!("{} d ago", s / 86400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn claim(id: &str, version: u64, minutes: i64, status: ContestStatus) -> ContestedClaim {
        let t0 = Utc.with_ymd_and_hms(2021, 9, 6, 8, 0, 0).unwrap();
        let mut c: ContestedClaim = serde_json::from_value(serde_json::json!({
            "schema": "claimwatch.contested_claim.v1", "id": id, "version": version,
            "status": "contested", "subject": {"key": id, "surface": id},
            "claim": format!("{id} was captured"), "assertions": [], "denials": [],
            "parties": {"for": ["Taliban"], "against": []},
            "counts": {"assertions": 1, "denials": 0, "sources": 1},
            "first_seen": t0, "last_updated": t0, "links": []
        }))
        .unwrap();
        c.last_updated = t0 + chrono::Duration::minutes(minutes);
        c.status = status;
        c
    }

    #[test]
    fn keeps_the_latest_version_and_lists_recent_activity_first() {
        let now = Utc.with_ymd_and_hms(2021, 9, 6, 9, 0, 0).unwrap();
        let mut b = Board::default();
        assert!(b.update(claim("panjshir", 2, 10, ContestStatus::Contested)));
        assert!(
            !b.update(claim("panjshir", 1, 5, ContestStatus::Contested)),
            "older version"
        );
        assert!(b.update(claim("kabul", 1, 30, ContestStatus::Retracted)));
        let text = b.render(now, 10);
        let kabul = text.find("RETRACTED  kabul").unwrap();
        let panjshir = text.find("CONTESTED  panjshir · v2").unwrap();
        assert!(kabul < panjshir, "{text}");
        assert!(text.contains("2 claims, 1 contested"), "{text}");
        assert!(
            text.contains("first seen 1 h ago · updated 50 min ago"),
            "{text}"
        );
        assert!(text.contains("against: —"), "{text}");
        assert!(b.render(now, 1).contains("… and 1 more"));
    }
}
