//! The normalise stage: `posts.raw` → extractor → `claims.tagged`.

use claimwatch_bus::rdkafka::message::{BorrowedMessage, Message};
use claimwatch_bus::{Record, Topics};
use claimwatch_config::RouteConfig;
use claimwatch_model::{DeadLetterOrigin, RawPost, Statement, RAW_POST_SCHEMA, STATEMENT_SCHEMA};

use crate::dlq::dead_letter;
use crate::processor::Handler;

/// Extracts statements from each raw post.
pub struct Normaliser {
    /// Output topics.
    topics: Topics,
    /// `[[routes]]` with their full topic names: extra copies of matching
    /// statements.
    routes: Vec<(RouteConfig, String)>,
}

impl Normaliser {
    pub fn new(topics: Topics) -> Normaliser {
        Normaliser::with_routes(topics, &[])
    }

    /// A normaliser that also publishes statements matching `routes`.
    pub fn with_routes(topics: Topics, routes: &[RouteConfig]) -> Normaliser {
        let routes = routes
            .iter()
            .cloned()
            .zip(topics.routes.iter().cloned())
            .collect();
        Normaliser { topics, routes }
    }

    /// The records for one post payload: its statements, or a dead letter.
    pub fn records_for(&self, payload: &[u8], origin: DeadLetterOrigin) -> Vec<Record> {
        let dlq = |reason: &str, error: String| {
            vec![dead_letter(
                &self.topics.dlq,
                "normalise",
                reason,
                &error,
                origin.clone(),
                payload,
            )]
        };
        let text = match std::str::from_utf8(payload) {
            Ok(t) => t,
            Err(e) => return dlq("invalid_utf8", format!("post payload is not UTF-8: {e}")),
        };
        let post: RawPost = match serde_json::from_str(text) {
            Ok(p) => p,
            Err(e) => {
                return dlq(
                    "invalid_json",
                    format!("post payload is not a raw post: {e}"),
                )
            }
        };
        if post.schema != RAW_POST_SCHEMA {
            return dlq(
                "unknown_schema",
                format!(
                    "unsupported schema {:?}, expected {RAW_POST_SCHEMA}",
                    post.schema
                ),
            );
        }
        // The extractor is pure and fuzzed, but a panic on one post must not
        // stop the stream: it becomes a dead letter.
        let statements = match std::panic::catch_unwind(|| claimwatch_extract::extract_post(&post))
        {
            Ok(s) => s,
            Err(_) => {
                return dlq(
                    "extractor_panic",
                    format!("extractor panicked on post {}", post.id),
                )
            }
        };
        let mut out = Vec::new();
        for s in &statements {
            out.push(self.statement_record(s, &self.topics.claims_tagged));
            for (route, topic) in &self.routes {
                if route_matches(route, s, &post.tags) {
                    metrics::counter!("claimwatch_routed_statements_total").increment(1);
                    out.push(self.statement_record(s, topic));
                }
            }
        }
        out
    }

    fn statement_record(&self, s: &Statement, topic: &str) -> Record {
        if topic == self.topics.claims_tagged {
            metrics::counter!("claimwatch_statements_total", "kind" => s.kind.as_str())
                .increment(1);
        }
        tracing::debug!(statement_id = %s.id, post_id = %s.post_id, kind = s.kind.as_str(), subject = %s.subject.key, "statement");
        // Keyed by subject so one subject's statements stay ordered on one
        // partition (the linker's unit of state).
        let key = if s.subject.key.is_empty() {
            &s.post_id
        } else {
            &s.subject.key
        };
        Record::json(topic, key, &s.id, STATEMENT_SCHEMA, s.event_time, s)
            .expect("statements always serialise")
    }
}

/// Does statement `s` (of a post tagged `tags`) match `route`?
pub fn route_matches(route: &RouteConfig, s: &Statement, tags: &[String]) -> bool {
    let any = |filter: &[String], test: &dyn Fn(&str) -> bool| {
        filter.is_empty() || filter.iter().any(|f| test(f))
    };
    let speaker = format!("{} {}", s.speaker.name, s.speaker.party).to_lowercase();
    any(&route.kinds, &|k| k == s.kind.as_str())
        && any(&route.subjects, &|k| k == s.subject.key)
        && any(&route.speakers, &|k| speaker.contains(&k.to_lowercase()))
        && any(&route.tags, &|t| tags.iter().any(|x| x == t))
}

impl Handler for Normaliser {
    fn stage(&self) -> &'static str {
        "normalise"
    }

    fn handle(&mut self, msg: &BorrowedMessage<'_>) -> Vec<Record> {
        self.records_for(
            msg.payload().unwrap_or_default(),
            crate::dlq::origin_of(msg),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_match_every_given_filter_and_any_of_its_values() {
        let post = claimwatch_model::RawPost {
            schema: claimwatch_model::RAW_POST_SCHEMA.into(),
            id: "p".into(),
            source: claimwatch_model::SourceRef {
                id: "s".into(),
                kind: "rss".into(),
                url: "http://127.0.0.1/".into(),
            },
            platform: "web".into(),
            url: None,
            guid: None,
            author: Default::default(),
            title: None,
            text:
                "The National Resistance Front denied the Taliban's claim that Panjshir had fallen."
                    .into(),
            language: None,
            published_at: chrono::Utc::now(),
            fetched_at: chrono::Utc::now(),
            first_person: false,
            tags: vec!["afghanistan".into()],
            references: vec![],
            counts: Default::default(),
        };
        // (The denial; the Taliban's claim it relays comes first.)
        let s = claimwatch_extract::extract_post(&post)
            .into_iter()
            .find(|s| s.kind == claimwatch_model::StatementKind::Denial)
            .expect("the denial");
        let route =
            |kinds: &[&str], subjects: &[&str], speakers: &[&str], tags: &[&str]| RouteConfig {
                topic: "alerts".into(),
                kinds: kinds.iter().map(|x| x.to_string()).collect(),
                subjects: subjects.iter().map(|x| x.to_string()).collect(),
                speakers: speakers.iter().map(|x| x.to_string()).collect(),
                tags: tags.iter().map(|x| x.to_string()).collect(),
            };
        assert!(route_matches(&route(&[], &[], &[], &[]), &s, &post.tags));
        assert!(route_matches(
            &route(
                &["assertion", "denial"],
                &["panjshir"],
                &["resistance"],
                &["afghanistan"]
            ),
            &s,
            &post.tags
        ));
        assert!(!route_matches(
            &route(&["assertion"], &[], &[], &[]),
            &s,
            &post.tags
        ));
        assert!(!route_matches(
            &route(&[], &["kabul"], &[], &[]),
            &s,
            &post.tags
        ));
        assert!(!route_matches(
            &route(&[], &[], &["taliban"], &[]),
            &s,
            &post.tags
        ));
        assert!(!route_matches(
            &route(&[], &[], &[], &["sports"]),
            &s,
            &post.tags
        ));
    }
}
