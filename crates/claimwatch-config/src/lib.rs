//! claimwatch configuration.
//!
//! One TOML file (see `config/claimwatch.example.toml` for every field and
//! its default), overridden by environment variables, overridden by command
//! line flags. Unknown keys are an error so that a typo never silently falls
//! back to a default.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Environment variable that overrides `[kafka] brokers`.
pub const ENV_BROKERS: &str = "CLAIMWATCH_BROKERS";
/// Environment variable that overrides `[ops] addr`.
pub const ENV_OPS_ADDR: &str = "CLAIMWATCH_OPS_ADDR";
/// Default ops address (metrics, health).
pub const DEFAULT_OPS_ADDR: &str = "127.0.0.1:9464";
/// Environment variable that overrides `[kafka] instance_id`.
pub const ENV_INSTANCE_ID: &str = "CLAIMWATCH_INSTANCE_ID";
/// Environment variable that overrides `[kafka] topic_prefix`.
pub const ENV_TOPIC_PREFIX: &str = "CLAIMWATCH_TOPIC_PREFIX";

/// Errors from loading or validating a config.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid config {origin}: {source}")]
    Parse {
        origin: String,
        source: Box<toml::de::Error>,
    },
    #[error("invalid config: {0}")]
    Invalid(String),
}

/// The whole configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub kafka: KafkaConfig,
    pub fetch: FetchConfig,
    pub link: LinkConfig,
    pub ops: OpsConfig,
    /// The feeds to poll.
    pub feeds: Vec<FeedConfig>,
    /// Extra routing: statements matching a route are also published to its
    /// topic.
    pub routes: Vec<RouteConfig>,
}

/// Statements that match every given filter (each filter: any of its
/// values; an empty filter matches everything) are also published to
/// `topic`, keyed by subject like `claims.tagged`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteConfig {
    /// Logical topic name; the topic prefix is added (`alerts.panjshir` →
    /// `claimwatch.alerts.panjshir`). Created with the others.
    pub topic: String,
    /// Statement kinds (`assertion`, `denial`, …).
    #[serde(default)]
    pub kinds: Vec<String>,
    /// Subject keys (`panjshir`).
    #[serde(default)]
    pub subjects: Vec<String>,
    /// Text found (case-insensitively) in the speaker's name or party.
    #[serde(default)]
    pub speakers: Vec<String>,
    /// Tags of the post's source (`[[feeds]] tags`).
    #[serde(default)]
    pub tags: Vec<String>,
}

/// Broker connection and topic layout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct KafkaConfig {
    /// Bootstrap servers (`host:port,host:port`). Absent: `run` and `demo`
    /// start an embedded in-memory broker; the single-stage commands refuse
    /// to start.
    pub brokers: Option<String>,
    /// Prefix of every topic name. Default `claimwatch.`.
    pub topic_prefix: String,
    /// Partitions of topics that claimwatch creates. Default 3.
    pub partitions: i32,
    /// Replication factor of topics that claimwatch creates. Default 1.
    pub replication_factor: i32,
    /// Create missing topics at start-up. Default true.
    pub create_topics: bool,
    /// Consumer group id prefix; each stage appends its name. Default `claimwatch`.
    pub group_prefix: String,
    /// Idempotent producer (`enable.idempotence`). Default true.
    pub idempotence: bool,
    /// Static consumer-group membership (`group.instance.id`), unique per
    /// process and stable across its restarts (e.g. a StatefulSet pod
    /// name): a crashed process's replacement takes over its partitions at
    /// once instead of after the session timeout (or never, on brokers that
    /// do not expire dead members). A static member's session timeout is
    /// 45 s instead of 10 s, so that a restart rejoins as the same member
    /// (`[kafka.options] "session.timeout.ms"` overrides it). Env:
    /// CLAIMWATCH_INSTANCE_ID. Default none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// Processing guarantee of the consuming stages (normalise, sink).
    /// `at_least_once` (default; works on every Kafka-protocol broker,
    /// Tansu included): outputs are acknowledged before offsets are stored,
    /// so a crash can redo a record (its outputs carry the same ids).
    /// `exactly_once`: outputs and input offsets are committed in one Kafka
    /// transaction (Apache Kafka, Redpanda; not Tansu), and readers use
    /// `isolation.level=read_committed`.
    pub delivery: Delivery,
    /// Longest time a stage's consumer lets the broker hold a fetch that
    /// has no data yet (`fetch.wait.max.ms`). Brokers answer as soon as
    /// data arrives, but some (Tansu) hold every fetch this long, so it
    /// bounds the latency each stage adds. Default 100 (librdkafka: 500).
    pub fetch_wait_max_ms: u32,
    /// Raw librdkafka properties passed to every client (TLS, SASL, tuning).
    pub options: BTreeMap<String, String>,
    /// librdkafka properties whose values come from environment variables
    /// (property → variable name), for secrets such as `sasl.password`
    /// that should not sit in a file. A missing variable is a config error.
    pub options_env: BTreeMap<String, String>,
}

/// How the consuming stages commit their work (`[kafka] delivery`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// Outputs acknowledged, then offsets stored (idempotent producer).
    #[default]
    AtLeastOnce,
    /// Outputs and offsets in one transaction per batch.
    ExactlyOnce,
}

/// Words that make a librdkafka property a secret (redacted in output).
const SECRET_WORDS: &[&str] = &["password", "secret", "token", "key", "credential"];

/// True when a property name looks like it holds a secret
/// (`sasl.password`, `ssl.key.password`, `sasl.oauthbearer.client.secret`).
pub fn is_secret_property(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    SECRET_WORDS.iter().any(|w| n.contains(w)) && !n.ends_with(".location")
}

impl KafkaConfig {
    /// Every pass-through property with its value: `options`, then
    /// `options_env` read from the environment (set and non-empty: checked
    /// by [`Config::load`]).
    pub fn resolved_options(&self) -> BTreeMap<String, String> {
        let mut out = self.options.clone();
        for (prop, var) in &self.options_env {
            if let Ok(v) = std::env::var(var) {
                out.insert(prop.clone(), v);
            }
        }
        out
    }

    /// The properties for display: secrets replaced by where they come from
    /// or `<redacted>`.
    pub fn redacted_options(&self) -> BTreeMap<String, String> {
        let mut out: BTreeMap<String, String> = self
            .options
            .iter()
            .map(|(k, v)| {
                let v = if is_secret_property(k) {
                    "<redacted>".to_string()
                } else {
                    v.clone()
                };
                (k.clone(), v)
            })
            .collect();
        for (prop, var) in &self.options_env {
            out.insert(prop.clone(), format!("<from env {var}>"));
        }
        out
    }
}

impl Default for KafkaConfig {
    fn default() -> Self {
        KafkaConfig {
            brokers: None,
            topic_prefix: "claimwatch.".to_string(),
            partitions: 3,
            replication_factor: 1,
            create_topics: true,
            group_prefix: "claimwatch".to_string(),
            idempotence: true,
            instance_id: None,
            delivery: Delivery::default(),
            fetch_wait_max_ms: 100,
            options: BTreeMap::new(),
            options_env: BTreeMap::new(),
        }
    }
}

/// HTTP polling limits and politeness.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FetchConfig {
    /// Contact URL or address put into the User-Agent so that site owners
    /// can reach the operator.
    pub contact: String,
    /// Connect timeout. Default 10 s.
    pub connect_timeout_secs: u64,
    /// Whole-request timeout, body included. Default 30 s.
    pub request_timeout_secs: u64,
    /// Largest (decompressed) body accepted. Default 10 MiB.
    pub max_body_bytes: usize,
    /// Most redirects followed. Default 5.
    pub max_redirects: usize,
    /// Poll interval of feeds that do not set their own. Default 300 s.
    pub default_poll_interval_secs: u64,
    /// Feeds polled at the same time, across all hosts. Default 32.
    pub max_concurrent_polls: usize,
    /// Requests per second to one host. Default 1.
    pub per_host_requests_per_sec: u32,
    /// Requests in flight to one host at a time. Default 2.
    pub per_host_max_concurrent: usize,
    /// Seen item ids remembered per feed for dedup. Default 2000.
    pub seen_ids_per_feed: usize,
    /// Most pages one poll of a social source follows (Mastodon `Link`,
    /// Bluesky/X/Reddit cursors, Telegram `after`). A source that produced
    /// more than this many pages between two polls is caught up over the
    /// next polls (forward-paging sources) or has its oldest new posts
    /// skipped and counted in `claimwatch_fetch_truncated_polls_total`
    /// (newest-first sources). Default 5.
    pub max_pages_per_poll: u32,
    /// Longest interval a quiet feed is stretched to (feeds that bring
    /// nothing new are polled less often, up to 4x their interval).
    /// Default 3600 s.
    pub max_poll_interval_secs: u64,
    /// Non-public networks the fetcher may connect to (CIDR or single
    /// addresses, e.g. `["10.20.0.0/16"]`). By default it refuses loopback,
    /// private, link-local (cloud metadata), CGNAT and other non-public
    /// addresses, after DNS resolution and on every redirect, so that a
    /// feed URL cannot reach internal services. Default empty.
    pub allowed_networks: Vec<String>,
    /// How feeds are spread over fetcher processes. `none` (default): every
    /// fetcher polls every configured feed (run one). `consumer_group`:
    /// fetchers with the same config join the group `<group_prefix>-fetch`
    /// on `fetch.state`; a feed belongs to the partition its state record
    /// lands in, and each fetcher polls the feeds of the partitions it owns.
    /// A fetcher that stops or dies hands its feeds to the others.
    pub sharding: Sharding,
}

/// `[fetch] sharding`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sharding {
    /// One fetcher polls every feed.
    #[default]
    None,
    /// Feeds follow the `fetch.state` partitions a consumer group assigns.
    ConsumerGroup,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            contact: "https://example.invalid/claimwatch-operator".to_string(),
            connect_timeout_secs: 10,
            request_timeout_secs: 30,
            max_body_bytes: 10 * 1024 * 1024,
            max_redirects: 5,
            default_poll_interval_secs: 300,
            max_concurrent_polls: 32,
            per_host_requests_per_sec: 1,
            per_host_max_concurrent: 2,
            seen_ids_per_feed: 2000,
            max_pages_per_poll: 5,
            max_poll_interval_secs: 3600,
            allowed_networks: Vec::new(),
            sharding: Sharding::default(),
        }
    }
}

/// Contested-claim linking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LinkConfig {
    /// Assertions and denials further apart than this (event time) are not
    /// linked. Default 72 h.
    pub window_secs: u64,
}

impl Default for LinkConfig {
    fn default() -> Self {
        LinkConfig {
            window_secs: 72 * 3600,
        }
    }
}

/// Metrics and health endpoints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OpsConfig {
    /// Address of `/metrics`, `/healthz` and `/readyz`. Default
    /// `127.0.0.1:9464`; when that default is taken, an ephemeral port is
    /// used (and logged). Env: CLAIMWATCH_OPS_ADDR. Flag: --ops-addr.
    pub addr: String,
    /// Seconds between broker probes that decide readiness. Default 5.
    pub probe_interval_secs: u64,
    /// A consuming stage is stuck (readiness 503) when an output stays
    /// unacknowledged this long, or when records wait and nothing was
    /// consumed for this long. Default 120 s.
    pub stuck_after_secs: u64,
}

impl Default for OpsConfig {
    fn default() -> Self {
        OpsConfig {
            addr: DEFAULT_OPS_ADDR.to_string(),
            probe_interval_secs: 5,
            stuck_after_secs: 120,
        }
    }
}

/// One feed to poll.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedConfig {
    /// Stable id; part of every post id, so changing it re-publishes the feed.
    pub id: String,
    pub url: String,
    /// `rss`, `atom` or `json` (all parsed by feed-rs). Default `rss`.
    #[serde(default = "default_kind")]
    pub kind: String,
    /// Poll interval; absent → `[fetch] default_poll_interval_secs`.
    #[serde(default)]
    pub poll_interval_secs: Option<u64>,
    /// Tags copied onto every post of this feed.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Name of an environment variable holding an API token, sent as
    /// `Authorization: Bearer …` (X requires one; Mastodon and Reddit accept
    /// one). The token itself never appears in config, logs or errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_env: Option<String>,
    /// File holding the token instead (e.g. a mounted secret); re-read on
    /// every poll so that rotation needs no restart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_file: Option<PathBuf>,
    /// Send `If-None-Match`/`If-Modified-Since`. Turn off for servers that
    /// answer 304 wrongly. Default true.
    #[serde(default = "default_true")]
    pub conditional: bool,
    /// OAuth 2 client credentials (Reddit apps, X app-only auth): the
    /// fetcher obtains a bearer token and renews it before it expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth: Option<OAuthConfig>,
}

/// OAuth 2 client-credentials grant for one source. The id and secret are
/// read from environment variables, never from this file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OAuthConfig {
    /// Environment variable holding the client id.
    pub client_id_env: String,
    /// Environment variable holding the client secret.
    pub client_secret_env: String,
    /// Token endpoint. Default: Reddit's
    /// `https://www.reddit.com/api/v1/access_token` for `kind = "reddit"`,
    /// `https://api.x.com/oauth2/token` for `kind = "x"`; required otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_url: Option<String>,
}

impl OAuthConfig {
    /// The token endpoint in force for a source of `kind`.
    pub fn token_url_for(&self, kind: &str) -> Option<String> {
        self.token_url.clone().or_else(|| match kind {
            "reddit" => Some("https://www.reddit.com/api/v1/access_token".to_string()),
            "x" => Some("https://api.x.com/oauth2/token".to_string()),
            _ => None,
        })
    }
}

fn default_kind() -> String {
    "rss".to_string()
}

fn default_true() -> bool {
    true
}

/// Feed kinds parsed by feed-rs.
pub const FEED_FORMATS: &[&str] = &["rss", "atom", "json"];

/// Social platforms polled through their APIs or public web previews.
pub const SOCIAL_KINDS: &[&str] = &["mastodon", "bluesky", "reddit", "telegram", "x"];

/// Every source kind this build can poll.
pub const FEED_KINDS: &[&str] = &[
    "rss", "atom", "json", "mastodon", "bluesky", "reddit", "telegram", "x",
];

impl Config {
    /// Parses TOML text; `origin` names it in errors.
    pub fn from_toml(text: &str, origin: &str) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(text).map_err(|e| ConfigError::Parse {
            origin: origin.to_string(),
            source: Box::new(e),
        })?;
        config.validate()?;
        Ok(config)
    }

    /// Reads and parses a config file.
    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Config::from_toml(&text, &path.display().to_string())
    }

    /// Loads the file when given (defaults otherwise), then applies the
    /// environment overrides, then the `--brokers` and `--ops-addr` flags.
    pub fn load(
        path: Option<&Path>,
        brokers_flag: Option<&str>,
        ops_addr_flag: Option<&str>,
    ) -> Result<Config, ConfigError> {
        let mut config = match path {
            Some(p) => Config::from_file(p)?,
            None => Config::default(),
        };
        config.apply_env(|k| std::env::var(k).ok());
        if let Some(b) = brokers_flag {
            config.kafka.brokers = Some(b.to_string());
        }
        if let Some(a) = ops_addr_flag {
            config.ops.addr = a.to_string();
        }
        config.validate()?;
        for (prop, var) in &config.kafka.options_env {
            if std::env::var(var).map_or(true, |v| v.is_empty()) {
                return Err(ConfigError::Invalid(format!(
                    "[kafka.options_env] {prop:?}: environment variable {var} is not set"
                )));
            }
        }
        Ok(config)
    }

    /// Applies environment overrides read through `get`.
    pub fn apply_env(&mut self, get: impl Fn(&str) -> Option<String>) {
        if let Some(b) = get(ENV_BROKERS).filter(|b| !b.trim().is_empty()) {
            self.kafka.brokers = Some(b);
        }
        if let Some(p) = get(ENV_TOPIC_PREFIX) {
            self.kafka.topic_prefix = p;
        }
        if let Some(i) = get(ENV_INSTANCE_ID).filter(|i| !i.trim().is_empty()) {
            self.kafka.instance_id = Some(i);
        }
        if let Some(a) = get(ENV_OPS_ADDR).filter(|a| !a.trim().is_empty()) {
            self.ops.addr = a;
        }
    }

    /// Checks what serde cannot: value ranges, unique ids, parseable URLs.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let invalid = |m: String| Err(ConfigError::Invalid(m));
        if self.kafka.partitions < 1 {
            return invalid(format!(
                "[kafka] partitions must be at least 1, got {}",
                self.kafka.partitions
            ));
        }
        if self.kafka.replication_factor < 1 {
            return invalid(format!(
                "[kafka] replication_factor must be at least 1, got {}",
                self.kafka.replication_factor
            ));
        }
        if let Some(b) = &self.kafka.brokers {
            if b.trim().is_empty() {
                return invalid(
                    "[kafka] brokers is empty; remove it to use the embedded broker".into(),
                );
            }
        }
        if self.ops.addr.parse::<std::net::SocketAddr>().is_err() {
            return invalid(format!(
                "[ops] addr {:?} is not HOST:PORT (an IP address and a port)",
                self.ops.addr
            ));
        }
        if self.fetch.max_concurrent_polls == 0
            || self.fetch.per_host_requests_per_sec == 0
            || self.fetch.per_host_max_concurrent == 0
        {
            return invalid(
                "[fetch] max_concurrent_polls, per_host_requests_per_sec and per_host_max_concurrent must be at least 1"
                    .into(),
            );
        }
        for n in &self.fetch.allowed_networks {
            let t = n.trim();
            if t.parse::<ipnet::IpNet>().is_err() && t.parse::<std::net::IpAddr>().is_err() {
                return invalid(format!(
                    "[fetch] allowed_networks: {n:?} is not a network (CIDR like 10.0.0.0/8) or an address"
                ));
            }
        }
        for r in &self.routes {
            let builtin = [
                "posts.raw",
                "claims.tagged",
                "claims.contested",
                "dlq",
                "fetch.state",
                "link.state",
            ];
            if r.topic.trim().is_empty() || builtin.contains(&r.topic.as_str()) {
                return invalid(format!(
                    "[[routes]] topic {:?} must be a new topic name (not one of {})",
                    r.topic,
                    builtin.join(", ")
                ));
            }
            if !r
                .topic
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
            {
                return invalid(format!(
                    "[[routes]] topic {:?}: only letters, digits, '.', '_' and '-'",
                    r.topic
                ));
            }
        }
        let mut ids = std::collections::BTreeSet::new();
        for feed in &self.feeds {
            if feed.id.trim().is_empty() {
                return invalid(format!("feed with url {:?} has an empty id", feed.url));
            }
            if !ids.insert(feed.id.as_str()) {
                return invalid(format!("feed id {:?} appears twice", feed.id));
            }
            match url::Url::parse(&feed.url) {
                Ok(u) if u.scheme() == "http" || u.scheme() == "https" => {}
                Ok(u) => {
                    return invalid(format!(
                        "feed {:?}: url scheme {:?} is not http or https",
                        feed.id,
                        u.scheme()
                    ))
                }
                Err(e) => {
                    return invalid(format!("feed {:?}: bad url {:?}: {e}", feed.id, feed.url))
                }
            }
            if !FEED_KINDS.contains(&feed.kind.as_str()) {
                return invalid(format!(
                    "feed {:?}: unknown kind {:?} (expected one of {})",
                    feed.id,
                    feed.kind,
                    FEED_KINDS.join(", ")
                ));
            }
            let tokens = [
                feed.token_env.is_some(),
                feed.token_file.is_some(),
                feed.oauth.is_some(),
            ];
            if tokens.iter().filter(|t| **t).count() > 1 {
                return invalid(format!(
                    "feed {:?}: set only one of token_env, token_file and [feeds.oauth]",
                    feed.id
                ));
            }
            if feed.kind == "x" && !tokens.iter().any(|t| *t) {
                return invalid(format!(
                    "feed {:?}: the X API needs a bearer token: set token_env (the name of an environment variable), token_file or [feeds.oauth]",
                    feed.id
                ));
            }
            if let Some(o) = &feed.oauth {
                match o.token_url_for(&feed.kind).map(|u| url::Url::parse(&u)) {
                    None => {
                        return invalid(format!(
                            "feed {:?}: [feeds.oauth] token_url is required for kind {:?}",
                            feed.id, feed.kind
                        ))
                    }
                    Some(Err(e)) => {
                        return invalid(format!("feed {:?}: bad oauth token_url: {e}", feed.id))
                    }
                    Some(Ok(_)) => {}
                }
            }
            if feed.poll_interval_secs == Some(0) {
                return invalid(format!(
                    "feed {:?}: poll_interval_secs must be at least 1",
                    feed.id
                ));
            }
        }
        Ok(())
    }

    /// Full topic name for a logical topic (`posts.raw` → `claimwatch.posts.raw`).
    pub fn topic(&self, name: &str) -> String {
        format!("{}{}", self.kafka.topic_prefix, name)
    }

    /// Consumer group of a stage.
    pub fn group(&self, stage: &str) -> String {
        format!("{}-{}", self.kafka.group_prefix, stage)
    }
}

impl FeedConfig {
    /// A feed with default options (used by tests and the demo).
    pub fn new(id: &str, url: &str, kind: &str) -> FeedConfig {
        FeedConfig {
            id: id.to_string(),
            url: url.to_string(),
            kind: kind.to_string(),
            poll_interval_secs: None,
            tags: Vec::new(),
            token_env: None,
            token_file: None,
            conditional: true,
            oauth: None,
        }
    }

    /// True for the social kinds ([`SOCIAL_KINDS`]).
    pub fn is_social(&self) -> bool {
        SOCIAL_KINDS.contains(&self.kind.as_str())
    }

    /// The poll interval in force for this feed.
    pub fn interval_secs(&self, fetch: &FetchConfig) -> u64 {
        self.poll_interval_secs
            .unwrap_or(fetch.default_poll_interval_secs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_config_from_issue_parses() {
        let c = Config::from_toml(
            r#"
[kafka]
brokers = "127.0.0.1:9092"
topic_prefix = "claimwatch."

[[feeds]]
id = "seed"
url = "http://127.0.0.1:8080/feed.xml"
kind = "rss"
poll_interval_secs = 2
"#,
            "test",
        )
        .unwrap();
        assert_eq!(c.kafka.brokers.as_deref(), Some("127.0.0.1:9092"));
        assert_eq!(c.topic("posts.raw"), "claimwatch.posts.raw");
        assert_eq!(c.feeds[0].interval_secs(&c.fetch), 2);
    }

    #[test]
    fn unknown_keys_are_rejected_with_their_name() {
        let err = Config::from_toml("[kafka]\nbrokerz = \"x\"\n", "test").unwrap_err();
        assert!(err.to_string().contains("brokerz"), "{err}");
    }

    #[test]
    fn env_overrides_file_and_flag_overrides_env() {
        let mut c = Config::default();
        c.kafka.brokers = Some("file:1".into());
        c.apply_env(|k| (k == ENV_BROKERS).then(|| "env:2".to_string()));
        assert_eq!(c.kafka.brokers.as_deref(), Some("env:2"));
    }

    #[test]
    fn bad_feeds_are_named() {
        let err =
            Config::from_toml("[[feeds]]\nid = \"a\"\nurl = \"ftp://x/y\"\n", "t").unwrap_err();
        assert!(err.to_string().contains("\"a\""), "{err}");
        let err = Config::from_toml(
            "[[feeds]]\nid = \"a\"\nurl = \"http://x/\"\n[[feeds]]\nid = \"a\"\nurl = \"http://y/\"\n",
            "t",
        )
        .unwrap_err();
        assert!(err.to_string().contains("twice"), "{err}");
    }
}

#[cfg(test)]
mod shipped_files {
    use super::*;

    /// The documented example must parse and must state the defaults.
    #[test]
    fn example_config_parses_and_matches_defaults() {
        let text = include_str!("../../../config/claimwatch.example.toml");
        let c = Config::from_toml(text, "claimwatch.example.toml").unwrap();
        assert_eq!(c, Config::default());
    }

    #[test]
    fn other_shipped_configs_parse() {
        for (name, text) in [
            (
                "feeds.example.toml",
                include_str!("../../../config/feeds.example.toml"),
            ),
            ("docker.toml", include_str!("../../../config/docker.toml")),
            (
                "deploy/k8s/claimwatch.toml",
                include_str!("../../../deploy/k8s/claimwatch.toml"),
            ),
        ] {
            Config::from_toml(text, name).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
}
