//! Test support: a real Kafka-protocol broker (Tansu), loopback feed
//! servers, the real `claimwatch` binary as a child process, and a plain
//! consumer that reads topics back.
//!
//! The broker address comes from `CLAIMWATCH_TEST_BROKERS` (set by
//! `scripts/test.sh`, which starts Tansu). When it is unset and `tansu` is
//! on PATH, each test process starts its own Tansu on a free loopback port.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Headers, Message};
use rdkafka::TopicPartitionList;

pub mod social;

/// The user's example article (a copy of `shared/seed/panjshir-article.txt`
/// bundled with the demo).
pub const SEED_ARTICLE: &str = include_str!("../../crates/claimwatch/demo/panjshir-article.txt");

struct OwnedBroker {
    addr: String,
    _child: ChildGuard,
    _dir: tempfile::TempDir,
}

/// Kills a child process when dropped.
pub struct ChildGuard(pub Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A free loopback port (bound and released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Address of the test broker.
pub fn brokers() -> String {
    if let Ok(b) = std::env::var("CLAIMWATCH_TEST_BROKERS") {
        if !b.is_empty() {
            return b;
        }
    }
    static OWN: OnceLock<OwnedBroker> = OnceLock::new();
    OWN.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let child = start_tansu(dir.path(), port);
        let addr = format!("127.0.0.1:{port}");
        OwnedBroker {
            addr,
            _child: child,
            _dir: dir,
        }
    })
    .addr
    .clone()
}

/// Waits until something accepts TCP connections on `addr`.
pub fn wait_for_port(addr: &str, timeout: Duration) {
    let end = Instant::now() + timeout;
    while Instant::now() < end {
        if std::net::TcpStream::connect(addr).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("nothing listens on {addr} after {timeout:?}");
}

/// A topic prefix no other test uses, so tests can share one broker.
pub fn unique_prefix(name: &str) -> String {
    let n: u32 = rand::random();
    format!("t{n:08x}-{name}.")
}

/// Path of the `claimwatch` binary built next to this test.
pub fn claimwatch_bin() -> PathBuf {
    if let Ok(p) = std::env::var("CLAIMWATCH_BIN") {
        return PathBuf::from(p);
    }
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    let bin = dir.join("claimwatch");
    static BUILT: OnceLock<()> = OnceLock::new();
    BUILT.get_or_init(|| {
        if !bin.exists() {
            // `cargo test -p claimwatch-e2e` alone does not build the binary.
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let status = Command::new(cargo)
                .args(["build", "-p", "claimwatch"])
                .status()
                .expect("run cargo build");
            assert!(status.success(), "cargo build -p claimwatch failed");
        }
    });
    assert!(
        bin.exists(),
        "{} not built; run `cargo build -p claimwatch` (scripts/test.sh does)",
        bin.display()
    );
    bin
}

/// One item of a test feed.
#[derive(Debug, Clone)]
pub struct Item {
    pub guid: String,
    pub title: String,
    pub body: String,
    /// RFC 2822 date.
    pub date: String,
}

impl Item {
    /// An item published `minutes_after` 2021-09-06T08:00:00Z.
    pub fn new(guid: &str, title: &str, body: &str, minutes_after: i64) -> Item {
        use chrono::TimeZone;
        let t = chrono::Utc.with_ymd_and_hms(2021, 9, 6, 8, 0, 0).unwrap()
            + chrono::Duration::minutes(minutes_after);
        Item {
            guid: guid.into(),
            title: title.into(),
            body: body.into(),
            date: t.to_rfc2822(),
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// RSS 2.0 for `items`, the body as HTML paragraphs.
pub fn rss(items: &[Item]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>test</title><link>http://127.0.0.1/</link><description>t</description>\n");
    for it in items {
        let html: String = it
            .body
            .split("\n\n")
            .map(|p| format!("<p>{}</p>", escape(p.trim())))
            .collect();
        out.push_str(&format!(
            "<item><title>{}</title><link>http://127.0.0.1/articles/{}</link><guid>{}</guid><pubDate>{}</pubDate><description>{}</description></item>\n",
            escape(&it.title),
            it.guid,
            it.guid,
            it.date,
            escape(&html)
        ));
    }
    out.push_str("</channel></rss>\n");
    out
}

/// What a test feed server serves at one path, and what it saw.
#[derive(Default)]
pub struct Route {
    /// Response body.
    pub body: Mutex<Vec<u8>>,
    /// Requests received.
    pub hits: AtomicUsize,
    /// `If-None-Match` values received.
    pub validators: Mutex<Vec<String>>,
    /// When each request arrived.
    pub times: Mutex<Vec<Instant>>,
}

/// Serves `app` on a free loopback port from a runtime of its own (kept
/// alive by the caller): the address and the runtime.
pub fn serve_loopback(app: axum::Router) -> (String, tokio::runtime::Runtime) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    rt.spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (addr, rt)
}

/// Statement ids the extractor yields offline (`claimwatch extract
/// --jsonl`) on the given raw-post records: what the pipeline must publish.
pub fn offline_statement_ids(posts: &[Rec]) -> std::collections::BTreeSet<String> {
    let mut input = Vec::new();
    for p in posts {
        input.extend_from_slice(&p.raw);
        input.push(b'\n');
    }
    let out = claimwatch_with_stdin(&["extract", "--jsonl"], &input);
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

/// A loopback HTTP server with one route per feed path. Answers 304 to a
/// matching `If-None-Match`.
pub struct FeedServer {
    pub addr: String,
    routes: Arc<HashMap<String, Arc<Route>>>,
    _rt: tokio::runtime::Runtime,
}

impl FeedServer {
    pub fn start(paths: &[(&str, Vec<u8>)]) -> FeedServer {
        let routes: HashMap<String, Arc<Route>> = paths
            .iter()
            .map(|(p, body)| {
                let r = Route::default();
                *r.body.lock().unwrap() = body.clone();
                (p.to_string(), Arc::new(r))
            })
            .collect();
        let routes = Arc::new(routes);
        let (addr, rt) = serve_loopback(
            axum::Router::new()
                .fallback(serve)
                .with_state(routes.clone()),
        );
        FeedServer {
            addr,
            routes,
            _rt: rt,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn route(&self, path: &str) -> Arc<Route> {
        self.routes[path].clone()
    }
}

async fn serve(
    State(routes): State<Arc<HashMap<String, Arc<Route>>>>,
    uri: axum::http::Uri,
    headers: HeaderMap,
) -> Response {
    let Some(route) = routes.get(uri.path()) else {
        return (StatusCode::NOT_FOUND, "no such feed").into_response();
    };
    route.hits.fetch_add(1, Ordering::SeqCst);
    route.times.lock().unwrap().push(Instant::now());
    let body = route.body.lock().unwrap().clone();
    let etag = format!(
        "\"{}-{}\"",
        body.len(),
        body.iter().map(|b| *b as u64).sum::<u64>()
    );
    if let Some(v) = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
    {
        route.validators.lock().unwrap().push(v.to_string());
        if v == etag {
            return StatusCode::NOT_MODIFIED.into_response();
        }
    }
    (
        [
            (header::CONTENT_TYPE, "application/rss+xml"),
            (header::ETAG, etag.as_str()),
        ],
        body,
    )
        .into_response()
}

/// Runs `claimwatch ARGS` with `input` on stdin and returns its output.
pub fn claimwatch_with_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new(claimwatch_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// A running `claimwatch` process.
pub struct Claimwatch {
    pub child: Child,
    pub dir: tempfile::TempDir,
    pub stdout_path: PathBuf,
    pub stderr_path: PathBuf,
}

impl Claimwatch {
    /// Starts `claimwatch ARGS --config <dir>/claimwatch.toml` with `config` as that file.
    pub fn start(args: &[&str], config: &str) -> Claimwatch {
        Claimwatch::start_with_env(args, config, &[])
    }

    /// As [`Claimwatch::start`], with extra environment variables.
    pub fn start_with_env(args: &[&str], config: &str, env: &[(&str, &str)]) -> Claimwatch {
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("claimwatch.toml");
        std::fs::write(&cfg, config).unwrap();
        let stdout_path = dir.path().join("stdout.log");
        let stderr_path = dir.path().join("stderr.log");
        let child = Command::new(claimwatch_bin())
            .args(args)
            .arg("--config")
            .arg(&cfg)
            .env("RUST_LOG", "info,claimwatch_pipeline=debug")
            .env_remove("CLAIMWATCH_BROKERS")
            .envs(env.iter().copied())
            .stdout(std::fs::File::create(&stdout_path).unwrap())
            .stderr(std::fs::File::create(&stderr_path).unwrap())
            .spawn()
            .unwrap();
        Claimwatch {
            child,
            dir,
            stdout_path,
            stderr_path,
        }
    }

    pub fn stdout(&self) -> String {
        std::fs::read_to_string(&self.stdout_path).unwrap_or_default()
    }

    pub fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr_path).unwrap_or_default()
    }

    /// The ops endpoints' address as logged at start-up (`--ops-addr 127.0.0.1:0`).
    pub fn ops_addr(&self) -> Option<String> {
        let log = self.stderr();
        let i = log.find("ops endpoints on http://")?;
        let rest = &log[i + "ops endpoints on http://".len()..];
        Some(rest.split('/').next()?.to_string())
    }

    /// Waits for the ops endpoints' address.
    pub fn wait_ops_addr(&self) -> String {
        let mut addr = String::new();
        eventually(
            Duration::from_secs(30),
            "the ops address in the log",
            || {
                addr = self.ops_addr().unwrap_or_default();
                !addr.is_empty()
            },
        );
        addr
    }

    /// Still running?
    pub fn alive(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    /// SIGTERM, then wait for exit (SIGKILL after `timeout`). Returns the exit status code.
    pub fn terminate(&mut self, timeout: Duration) -> Option<i32> {
        let pid = nix::unistd::Pid::from_raw(self.child.id() as i32);
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
        let end = Instant::now() + timeout;
        while Instant::now() < end {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        None
    }
}

impl Drop for Claimwatch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A consumed record.
#[derive(Debug, Clone)]
pub struct Rec {
    pub key: String,
    pub value: serde_json::Value,
    pub raw: Vec<u8>,
    pub headers: HashMap<String, String>,
    pub partition: i32,
    pub offset: i64,
}

/// Reads every record of `topic` currently in the broker (assign from the
/// beginning, read to the high watermarks).
pub fn read_topic(brokers: &str, topic: &str) -> Vec<Rec> {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("group.id", "claimwatch-test-reader")
        .set("enable.auto.commit", "false")
        // Transactional topics end in a commit marker that is never
        // delivered: the EOF event tells that everything was read.
        .set("enable.partition.eof", "true")
        .create()
        .unwrap();
    // A loaded broker can time out one request and be reconnected to
    // (librdkafka does so on its own): requests are retried for 30 s.
    let md = retried(|| consumer.fetch_metadata(Some(topic), Duration::from_secs(10)));
    let parts: Vec<i32> = md
        .topics()
        .iter()
        .filter(|t| t.name() == topic)
        .flat_map(|t| t.partitions().iter().map(|p| p.id()).collect::<Vec<_>>())
        .collect();
    let mut tpl = TopicPartitionList::new();
    let mut remaining: HashMap<i32, i64> = HashMap::new();
    for p in parts {
        let (lo, hi) = retried(|| consumer.fetch_watermarks(topic, p, Duration::from_secs(10)));
        if hi > lo {
            remaining.insert(p, hi);
            tpl.add_partition_offset(topic, p, rdkafka::Offset::Offset(lo))
                .unwrap();
        }
    }
    let mut out = Vec::new();
    if remaining.is_empty() {
        return out;
    }
    consumer.assign(&tpl).unwrap();
    let end = Instant::now() + Duration::from_secs(30);
    while !remaining.is_empty() && Instant::now() < end {
        let m = match consumer.poll(Duration::from_millis(200)) {
            None => continue,
            Some(Err(rdkafka::error::KafkaError::PartitionEOF(p))) => {
                remaining.remove(&p);
                continue;
            }
            // (A transient error, "all brokers down" while a timed-out
            // connection is re-established: the deadline bounds it.)
            Some(Err(_)) => continue,
            Some(Ok(m)) => m,
        };
        let raw = m.payload().unwrap_or_default().to_vec();
        let mut headers = HashMap::new();
        if let Some(h) = m.headers() {
            for x in h.iter() {
                headers.insert(
                    x.key.to_string(),
                    String::from_utf8_lossy(x.value.unwrap_or_default()).into_owned(),
                );
            }
        }
        out.push(Rec {
            key: m
                .key()
                .map(|k| String::from_utf8_lossy(k).into_owned())
                .unwrap_or_default(),
            value: serde_json::from_slice(&raw).unwrap_or(serde_json::Value::Null),
            raw,
            headers,
            partition: m.partition(),
            offset: m.offset(),
        });
        if let Some(hi) = remaining.get(&m.partition()) {
            if m.offset() + 1 >= *hi {
                remaining.remove(&m.partition());
            }
        }
    }
    assert!(remaining.is_empty(), "timed out reading {topic}");
    out
}

/// Runs a metadata request again while it fails, for up to 30 s.
fn retried<T>(mut request: impl FnMut() -> rdkafka::error::KafkaResult<T>) -> T {
    let end = Instant::now() + Duration::from_secs(30);
    loop {
        match request() {
            Ok(v) => return v,
            Err(e) if Instant::now() >= end => panic!("metadata request failed: {e}"),
            Err(_) => std::thread::sleep(Duration::from_millis(200)),
        }
    }
}

/// Polls `f` until it returns true or `timeout` passes.
pub fn eventually(timeout: Duration, what: &str, mut f: impl FnMut() -> bool) {
    let end = Instant::now() + timeout;
    while Instant::now() < end {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    panic!("timed out after {timeout:?} waiting for {what}");
}

/// Produces raw bytes to a topic (for bad-input tests).
pub fn produce_raw(brokers: &str, topic: &str, key: &str, payload: &[u8]) {
    use rdkafka::producer::{BaseRecord, DefaultProducerContext, Producer, ThreadedProducer};
    let p: ThreadedProducer<DefaultProducerContext> = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .create()
        .unwrap();
    p.send(BaseRecord::to(topic).key(key).payload(payload))
        .map_err(|(e, _)| e)
        .unwrap();
    p.flush(Duration::from_secs(10)).unwrap();
}

/// Config TOML for a pipeline on the test broker.
pub fn config_toml(
    brokers: Option<&str>,
    prefix: &str,
    feeds: &[(&str, String)],
    poll_secs: u64,
) -> String {
    let mut s = String::from("[kafka]\n");
    if let Some(b) = brokers {
        s.push_str(&format!("brokers = \"{b}\"\n"));
    }
    s.push_str(&format!(
        "topic_prefix = \"{prefix}\"\ngroup_prefix = \"{}\"\npartitions = 2\n\n",
        prefix.trim_end_matches('.')
    ));
    s.push_str("[fetch]\nper_host_requests_per_sec = 50\nrequest_timeout_secs = 5\nconnect_timeout_secs = 2\n# Test servers bind 127.0.0.1, which the SSRF guard refuses unless allowed.\nallowed_networks = [\"127.0.0.0/8\"]\n# Tests poll at their interval: no stretching of quiet feeds.\nmax_poll_interval_secs = 1\n\n");
    for (id, url) in feeds {
        s.push_str(&format!("[[feeds]]\nid = \"{id}\"\nurl = \"{url}\"\nkind = \"rss\"\npoll_interval_secs = {poll_secs}\n\n"));
    }
    s
}

/// A plain HTTP/1.0 GET on loopback: (status code, body).
pub fn http_get(addr: &str, path: &str) -> Option<(u16, String)> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(s, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").ok()?;
    let mut buf = String::new();
    s.read_to_string(&mut buf).ok()?;
    let status = buf.split_whitespace().nth(1)?.parse().ok()?;
    let body = buf
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    Some((status, body))
}

/// The value of a Prometheus sample (sum over label sets) in `/metrics` text.
pub fn metric(text: &str, name: &str) -> f64 {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter(|l| l.starts_with(name) && l[name.len()..].starts_with(['{', ' ']))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

/// Resident set size of process `pid` in KiB (Linux `/proc`).
pub fn rss_kib(pid: u32) -> Option<u64> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Starts a Tansu broker owned by the caller (for tests that stop it), with
/// durable storage in `dir`, on `port`.
pub fn start_tansu(dir: &Path, port: u16) -> ChildGuard {
    start_tansu_with(dir, port, "sqlite://tansu.db")
}

/// Starts a Tansu broker with the given `--storage-engine` (`memory://tansu/`
/// or `sqlite://tansu.db`, relative to `dir`).
pub fn start_tansu_with(dir: &Path, port: u16, storage: &str) -> ChildGuard {
    start_tansu_args(dir, port, storage, &[])
}

/// As [`start_tansu_with`], with extra `tansu broker` arguments
/// (`--authentication`).
pub fn start_tansu_args(dir: &Path, port: u16, storage: &str, extra: &[&str]) -> ChildGuard {
    let addr = format!("127.0.0.1:{port}");
    let child = Command::new("tansu")
        .current_dir(dir)
        .args([
            "broker",
            "--listener-url",
            &format!("tcp://{addr}"),
            "--advertised-listener-url",
            &format!("tcp://{addr}"),
            "--storage-engine",
            storage,
        ])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("tansu on PATH (scripts/test.sh installs it)");
    wait_for_port(&addr, Duration::from_secs(30));
    ChildGuard(child)
}

/// Checks a record against its committed JSON Schema
/// (`crates/claimwatch-model/schemas/<name>`) and that it carries the
/// CloudEvents binary-mode headers with a matching `ce_type`.
pub fn assert_valid_record(schema_file: &str, rec: &Rec) {
    static SCHEMAS: OnceLock<Mutex<HashMap<String, Arc<jsonschema::Validator>>>> = OnceLock::new();
    let validator = {
        let mut cache = SCHEMAS.get_or_init(Default::default).lock().unwrap();
        cache
            .entry(schema_file.to_string())
            .or_insert_with(|| {
                let path = repo_root()
                    .join("crates/claimwatch-model/schemas")
                    .join(schema_file);
                let schema: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
                Arc::new(jsonschema::validator_for(&schema).unwrap())
            })
            .clone()
    };
    let errors: Vec<String> = validator
        .iter_errors(&rec.value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{schema_file}: {errors:?}\n{}",
        rec.value
    );
    for h in [
        "ce_specversion",
        "ce_id",
        "ce_type",
        "ce_source",
        "ce_time",
        "content-type",
    ] {
        assert!(
            rec.headers.contains_key(h),
            "record without {h} header: {:?}",
            rec.headers
        );
    }
    assert_eq!(rec.headers["ce_specversion"], "1.0");
    assert_eq!(
        rec.headers["ce_type"],
        rec.value["schema"].as_str().unwrap()
    );
    assert_eq!(rec.headers["content-type"], "application/json");
}

/// Path to the repo root.
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// Final contested claims computed offline from `claims.tagged`.
pub fn offline_contested(tagged: &[Rec]) -> BTreeMap<String, serde_json::Value> {
    let mut by_partition: BTreeMap<i32, Vec<&Rec>> = BTreeMap::new();
    for r in tagged {
        by_partition.entry(r.partition).or_default().push(r);
    }
    let mut out = BTreeMap::new();
    let settings = claimwatch_link::LinkSettings {
        window: chrono::Duration::hours(72),
    };
    for (_, mut recs) in by_partition {
        recs.sort_by_key(|r| r.offset);
        let mut linker = claimwatch_link::Linker::new(settings);
        for r in recs {
            let st: claimwatch_model::Statement = serde_json::from_value(r.value.clone()).unwrap();
            // As the sink does: subject-less statements, and those filed
            // under another subject, are re-published under that subject
            // and applied when they come back.
            if st.subject.key.is_empty() || linker.resolve_subject(&st).is_some() {
                continue;
            }
            for c in linker.apply(&st).changed {
                // Through text, as the sink publishes it (f32 scores).
                let text = serde_json::to_string(&c).unwrap();
                out.insert(c.id.clone(), serde_json::from_str(&text).unwrap());
            }
        }
    }
    out
}

/// The version of each claim in `claims` (by id), for messages that show
/// which claims differ.
pub fn claim_versions(claims: &BTreeMap<String, serde_json::Value>) -> BTreeMap<String, u64> {
    claims
        .iter()
        .map(|(k, v)| (k.clone(), v["version"].as_u64().unwrap_or(0)))
        .collect()
}

/// What `claims.contested` must show whatever the broker compacted away
/// (it is a compacted topic: Tansu's maintenance and Kafka's cleaner keep
/// only the latest record per claim id, so earlier versions may be gone
/// when a test reads it): every claim's versions rise with the offset, no
/// `(id, version)` has two contents, and the latest version of each claim
/// is exactly what the pure linker computes from `claims.tagged`, so no
/// change was lost on the way.
pub fn assert_contested_consistent(contested: &[Rec], tagged: &[Rec]) {
    let mut last: BTreeMap<(String, i32), (i64, u64)> = BTreeMap::new();
    let mut ordered: Vec<&Rec> = contested.iter().collect();
    ordered.sort_by_key(|r| (r.partition, r.offset));
    for r in ordered {
        let id = r.value["id"].as_str().unwrap().to_string();
        let version = r.value["version"].as_u64().unwrap();
        if let Some((offset, before)) = last.insert((id.clone(), r.partition), (r.offset, version))
        {
            assert!(
                version > before,
                "{id}: version {version} at offset {} after version {before} at offset {offset}",
                r.offset
            );
        }
    }
    let published = published_contested(contested);
    let offline = offline_contested(tagged);
    assert_eq!(
        claim_versions(&published),
        claim_versions(&offline),
        "published contested claims differ from the offline linker's"
    );
    assert!(
        published == offline,
        "same versions, other contents:\npublished {published:#?}\noffline {offline:#?}"
    );
}

/// Latest version of every contested claim on the topic; panics when one
/// (id, version) was published with two contents.
pub fn published_contested(contested: &[Rec]) -> BTreeMap<String, serde_json::Value> {
    let mut seen: BTreeMap<(String, u64), serde_json::Value> = BTreeMap::new();
    let mut latest: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    for r in contested {
        let c: claimwatch_model::ContestedClaim = serde_json::from_value(r.value.clone()).unwrap();
        let key = (c.id.clone(), c.version);
        if let Some(prev) = seen.get(&key) {
            assert_eq!(prev, &r.value, "{key:?} published with two contents");
        }
        seen.insert(key, r.value.clone());
        let newer = latest
            .get(&c.id)
            .is_none_or(|v| v["version"].as_u64() < Some(c.version));
        if newer {
            latest.insert(c.id.clone(), r.value.clone());
        }
    }
    latest
}
