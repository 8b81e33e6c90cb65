//! Social sources end to end: the real `claimwatch` binary polls a loopback
//! simulator of Mastodon, Bluesky, Reddit, Telegram and X (documented
//! response shapes, multi-page walks, a rate-limit answer and a malformed
//! answer each) and publishes to a real broker; a restart neither skips nor
//! repeats a post. Then an assertion on Mastodon and its denial on Telegram
//! become one contested claim.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use claimwatch_e2e::social::{
    Fault, Sim, SocialServer, ALL_SIMS, OAUTH_TOKEN_PATH, REDDIT_ACCESS_TOKEN, REDDIT_CLIENT_ID,
    REDDIT_CLIENT_SECRET, X_TOKEN,
};
use claimwatch_e2e::*;

const X_TOKEN_ENV: &str = "CLAIMWATCH_TEST_X_TOKEN";
const REDDIT_ID_ENV: &str = "CLAIMWATCH_TEST_REDDIT_ID";
const REDDIT_SECRET_ENV: &str = "CLAIMWATCH_TEST_REDDIT_SECRET";

fn social_config(brokers: &str, prefix: &str, server: &SocialServer, sims: &[Sim]) -> String {
    let mut s = config_toml(Some(brokers), prefix, &[], 1);
    s = s.replace(
        "[fetch]\n",
        "[fetch]\nmax_pages_per_poll = 10\ncontact = \"https://example.invalid/claimwatch-tests\"\n",
    );
    for sim in sims {
        s.push_str(&format!(
            "[[feeds]]\nid = \"{kind}-sim\"\nurl = \"{url}\"\nkind = \"{kind}\"\npoll_interval_secs = 1\n",
            kind = sim.kind(),
            url = server.url(*sim)
        ));
        if *sim == Sim::X {
            s.push_str(&format!("token_env = \"{X_TOKEN_ENV}\"\n"));
        }
        if *sim == Sim::Reddit {
            s.push_str(&format!(
                "[feeds.oauth]\nclient_id_env = \"{REDDIT_ID_ENV}\"\nclient_secret_env = \"{REDDIT_SECRET_ENV}\"\ntoken_url = \"http://{}{OAUTH_TOKEN_PATH}\"\n",
                server.addr
            ));
        }
        s.push('\n');
    }
    s
}

/// guid → number of records, per platform, of `posts.raw`.
fn published(brokers: &str, prefix: &str) -> BTreeMap<String, BTreeMap<String, usize>> {
    let mut out: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for r in read_topic(brokers, &format!("{prefix}posts.raw")) {
        let platform = r.value["platform"].as_str().unwrap_or("?").to_string();
        let guid = r.value["guid"].as_str().unwrap_or("?").to_string();
        *out.entry(platform).or_default().entry(guid).or_default() += 1;
    }
    out
}

fn expected(sim: Sim, range: std::ops::RangeInclusive<u64>) -> BTreeSet<String> {
    range.map(|n| sim.guid(n)).collect()
}

fn add_posts(server: &SocialServer, range: std::ops::RangeInclusive<u64>) {
    for sim in ALL_SIMS {
        for n in range.clone() {
            server.post(
                sim,
                n,
                "Resistance Press",
                "resistancepress",
                &format!("Update {n} from the valley: fighting continues near Bazarak."),
                n as i64 * 10,
            );
        }
    }
}

#[test]
fn social_sources_publish_every_post_once_across_pages_faults_and_a_restart() {
    let brokers = brokers();
    let prefix = unique_prefix("social");
    let server = SocialServer::start(2);
    add_posts(&server, 1..=3);
    let mut config = social_config(&brokers, &prefix, &server, &ALL_SIMS);
    config.push_str(&format!(
        "[[feeds]]\nid = \"dead-sim\"\nurl = \"http://127.0.0.1:{}/api/v1/timelines/public\"\nkind = \"mastodon\"\npoll_interval_secs = 1\n",
        free_port()
    ));
    let env = [
        (X_TOKEN_ENV, X_TOKEN),
        (REDDIT_ID_ENV, REDDIT_CLIENT_ID),
        (REDDIT_SECRET_ENV, REDDIT_CLIENT_SECRET),
    ];
    let mut cw = Claimwatch::start_with_env(&["fetch"], &config, &env);

    // A new source starts from now: one page (the two newest posts).
    eventually(
        Duration::from_secs(60),
        "the first page of every source",
        || {
            let p = published(&brokers, &prefix);
            ALL_SIMS
                .iter()
                .all(|s| p.get(s.kind()).map(|m| m.len()) == Some(2))
        },
    );

    // Then a rate limit and a malformed answer, and five posts that take
    // three pages to reach.
    for sim in ALL_SIMS {
        server.fault(
            sim,
            Fault {
                status: 429,
                headers: vec![
                    ("retry-after", "1".into()),
                    ("x-ratelimit-remaining", "0".into()),
                ],
                body: "{\"error\":\"Too many requests\"}".into(),
            },
        );
        server.fault(
            sim,
            Fault {
                status: 200,
                headers: vec![],
                body: sim.malformed_body().into(),
            },
        );
    }
    add_posts(&server, 4..=8);
    eventually(
        Duration::from_secs(90),
        "posts 2..8 of every source",
        || {
            let p = published(&brokers, &prefix);
            ALL_SIMS
                .iter()
                .all(|s| p.get(s.kind()).map(|m| m.len()) == Some(7))
        },
    );
    assert_eq!(server.pending_faults(), 0);
    let dlq = read_topic(&brokers, &format!("{prefix}dlq"));
    for sim in ALL_SIMS {
        let source = format!("{}-sim", sim.kind());
        let reasons: BTreeSet<&str> = dlq
            .iter()
            .filter(|r| r.value["origin"]["source_id"].as_str() == Some(source.as_str()))
            .filter_map(|r| r.value["reason"].as_str())
            .collect();
        assert!(
            reasons.contains("rate_limited") && reasons.contains("unexpected_shape"),
            "{source}: dead letters {reasons:?}"
        );
    }
    assert_eq!(
        cw.terminate(Duration::from_secs(30)),
        Some(0),
        "{}",
        cw.stderr()
    );
    let first_run_log = cw.stderr();

    // Posts made while claimwatch is down arrive after the restart, from
    // the stored cursors: nothing skipped, nothing repeated.
    add_posts(&server, 9..=11);
    let restart_at = server.requests().len();
    let mut cw = Claimwatch::start_with_env(&["fetch"], &config, &env);
    eventually(
        Duration::from_secs(60),
        "posts 9..11 after the restart",
        || {
            let p = published(&brokers, &prefix);
            ALL_SIMS
                .iter()
                .all(|s| p.get(s.kind()).map(|m| m.len()) == Some(10))
        },
    );
    // A few more polls must not add anything.
    let polls_now = server.requests().len();
    eventually(
        Duration::from_secs(30),
        "more polls after catching up",
        || server.requests().len() >= polls_now + 10,
    );
    let p = published(&brokers, &prefix);
    for sim in ALL_SIMS {
        let got = &p[sim.kind()];
        let ids: BTreeSet<String> = got.keys().cloned().collect();
        assert_eq!(ids, expected(sim, 2..=11), "{}", sim.kind());
        let doubled: Vec<_> = got.iter().filter(|(_, n)| **n > 1).collect();
        assert!(
            doubled.is_empty(),
            "{} published twice: {doubled:?}",
            sim.kind()
        );
    }
    // The restarted fetcher continued from cursors rather than re-reading.
    let after: Vec<_> = server.requests()[restart_at..].to_vec();
    for (sim, param) in [
        (Sim::Mastodon, "min_id="),
        (Sim::Telegram, "after="),
        (Sim::X, "since_id="),
    ] {
        let first = after
            .iter()
            .find(|r| r.sim == sim)
            .expect("polled after restart");
        assert!(
            first.query.contains(param),
            "{sim:?} restarted without its cursor: {}",
            first.query
        );
    }
    assert!(
        server
            .requests()
            .iter()
            .filter(|r| r.sim == Sim::X)
            .all(|r| r.authorization.as_deref() == Some(&format!("Bearer {X_TOKEN}"))),
        "every X request carries the bearer token"
    );
    let reddit_auth = format!("Bearer {REDDIT_ACCESS_TOKEN}");
    assert!(
        server
            .requests()
            .iter()
            .filter(|r| r.sim == Sim::Reddit)
            .all(|r| r.authorization.as_deref() == Some(reddit_auth.as_str())),
        "every Reddit request carries the OAuth access token"
    );
    // One grant per process: the token is cached until it expires.
    assert_eq!(server.token_grants(), 2);
    let log = first_run_log + &cw.stderr();
    for secret in [X_TOKEN, REDDIT_CLIENT_SECRET, REDDIT_ACCESS_TOKEN] {
        assert!(!log.contains(secret), "a secret leaked into the logs");
    }
    for r in read_topic(&brokers, &format!("{prefix}posts.raw"))
        .iter()
        .take(20)
    {
        assert_valid_record("raw_post.v1.json", r);
    }
    // The operator's view of the same state.
    let cfg = cw.dir.path().join("claimwatch.toml");
    let out = claimwatch_with_stdin(&["feeds", "--json", "--config", cfg.to_str().unwrap()], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 6);
    for row in &rows {
        if row["id"] == "dead-sim" {
            assert_ne!(row["health"], "ok", "{row}");
            assert_eq!(row["last_error_class"], "connect", "{row}");
        } else {
            assert_eq!(row["health"], "ok", "{row}");
            assert!(row["cursor"].is_string(), "{row}");
        }
    }
    let telegram = read_topic(&brokers, &format!("{prefix}posts.raw"))
        .into_iter()
        .find(|r| r.value["platform"] == "telegram")
        .unwrap();
    assert_eq!(telegram.value["author"]["handle"], "@nrfafg");
    assert!(telegram.value["counts"]["views"].as_u64().unwrap() >= 1000);
    assert_eq!(cw.terminate(Duration::from_secs(30)), Some(0));
}

#[test]
fn an_assertion_on_mastodon_and_its_denial_on_telegram_form_one_contested_claim() {
    let brokers = brokers();
    let prefix = unique_prefix("xplat");
    let server = SocialServer::start(20);
    server.post(
        Sim::Mastodon,
        1,
        "Zabihullah Mujahid",
        "zabihullah",
        "Panjshir province has been completely conquered by the forces of the Islamic Emirate.",
        240,
    );
    server.post(
        Sim::Telegram,
        1201,
        "National Resistance Front",
        "nrfafg",
        "Claims that Panjshir has fallen are false. Our forces hold all strategic positions in the valley.",
        360,
    );
    let config = social_config(&brokers, &prefix, &server, &[Sim::Mastodon, Sim::Telegram]);
    let mut cw = Claimwatch::start(&["run"], &config);
    let topic = format!("{prefix}claims.contested");
    eventually(Duration::from_secs(90), "a contested claim", || {
        read_topic(&brokers, &topic)
            .iter()
            .any(|r| r.value["denials"].as_array().is_some_and(|d| !d.is_empty()))
    });
    let records = read_topic(&brokers, &topic);
    let ids: BTreeSet<&str> = records.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(ids.len(), 1, "one contested claim: {records:#?}");
    let latest = records
        .iter()
        .max_by_key(|r| r.value["version"].as_u64())
        .unwrap();
    assert_valid_record("contested_claim.v1.json", latest);
    let c = &latest.value;
    assert_eq!(c["subject"]["key"], "panjshir", "{c:#}");
    let a = &c["assertions"][0];
    let d = &c["denials"][0];
    assert_eq!(a["speaker"]["name"], "Zabihullah Mujahid", "{c:#}");
    assert_eq!(d["speaker"]["name"], "National Resistance Front", "{c:#}");
    let a_url = a["post_url"].as_str().unwrap_or_default();
    let d_url = d["post_url"].as_str().unwrap_or_default();
    assert!(a_url.contains("/@zabihullah/"), "{c:#}");
    assert_eq!(d_url, "https://t.me/nrfafg/1201", "{c:#}");
    assert_eq!(cw.terminate(Duration::from_secs(30)), Some(0));
}
