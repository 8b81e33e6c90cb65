//! The command-line contract: `extract` without a broker, and `run` on the
//! embedded broker readable by any Kafka client.

use std::process::Command;
use std::time::Duration;

use claimwatch_e2e::*;

#[test]
fn extract_prints_the_seed_assertion_and_denial_as_json_lines() {
    let out = claimwatch_with_stdin(&["extract"], SEED_ARTICLE.as_bytes());
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect();
    assert!(lines.iter().any(|s| s["kind"] == "assertion"
        && s["speaker"]["name"] == "Zabihullah"
        && s["subject"]["key"] == "panjshir"));
    assert!(lines.iter().any(|s| s["kind"] == "denial"
        && s["speaker"]["name"]
            .as_str()
            .unwrap()
            .contains("National Resistance Front")
        && s["cues"].as_array().unwrap().iter().any(|c| c == "false")));
    for s in &lines {
        for field in ["id", "post_id", "kind", "text", "cues"] {
            assert!(!s[field].is_null(), "statement without {field}: {s}");
        }
    }
}

#[test]
fn extract_accepts_invalid_utf8_without_failing() {
    let out = claimwatch_with_stdin(
        &["extract"],
        b"The ministry denied \xff\xfe that Kandahar fell.",
    );
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("\"denial\""));
}

#[test]
fn single_stage_without_broker_is_a_clear_error() {
    let out = Command::new(claimwatch_bin())
        .arg("normalise")
        .env_remove("CLAIMWATCH_BROKERS")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no broker configured"));
}

#[test]
fn bad_config_names_the_key_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(&cfg, "[kafka]\nbrokerz = \"x\"\n").unwrap();
    let out = Command::new(claimwatch_bin())
        .args(["run", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("brokerz"));
}

#[test]
fn run_without_broker_serves_posts_raw_on_an_embedded_broker() {
    let feed = rss(&[Item::new(
        "p1",
        "Ministry denies fall of Kandahar",
        "The ministry denied that Kandahar had fallen.",
        0,
    )]);
    let server = FeedServer::start(&[("/f.xml", feed.into_bytes())]);
    let config = config_toml(None, "claimwatch.", &[("f", server.url("/f.xml"))], 1);
    let mut cw = Claimwatch::start(&["run"], &config);
    let mut bootstrap = String::new();
    eventually(
        Duration::from_secs(30),
        "the bootstrap.servers line",
        || {
            bootstrap = cw
                .stdout()
                .lines()
                .find_map(|l| l.strip_prefix("bootstrap.servers=").map(str::to_string))
                .unwrap_or_default();
            !bootstrap.is_empty()
        },
    );
    assert!(
        cw.stderr().contains("IN-MEMORY"),
        "the embedded broker must say it is in-memory"
    );
    eventually(
        Duration::from_secs(60),
        "a post on claimwatch.posts.raw",
        || !read_topic(&bootstrap, "claimwatch.posts.raw").is_empty(),
    );
    let posts = read_topic(&bootstrap, "claimwatch.posts.raw");
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0].value["title"], "Ministry denies fall of Kandahar");
    // `tail` reads the same broker: JSON for scripts, a readable line with filters for people.
    eventually(
        Duration::from_secs(60),
        "statements on claims.tagged",
        || !read_topic(&bootstrap, "claimwatch.claims.tagged").is_empty(),
    );
    let tail = |idle: &str, extra: &[&str]| {
        let out = Command::new(claimwatch_bin())
            .args([
                "tail",
                "claims.tagged",
                "--brokers",
                &bootstrap,
                "--from-beginning",
                "--max",
                "1",
                "--idle-secs",
                idle,
            ])
            .args(extra)
            .env_remove("CLAIMWATCH_BROKERS")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let json: serde_json::Value =
        serde_json::from_str(tail("20", &["--json", "--kind", "denial"]).trim()).unwrap();
    assert_eq!(json["kind"], "denial");
    assert_eq!(json["subject"]["key"], "kandahar");
    let line = tail("20", &["--subject", "kandahar"]);
    assert!(
        line.contains("denial") && line.contains("kandahar"),
        "{line}"
    );
    assert_eq!(
        tail("3", &["--kind", "retraction"]),
        "",
        "the filter lets nothing else through"
    );
    assert_eq!(cw.terminate(Duration::from_secs(30)), Some(0));
}

#[test]
fn check_and_topics_against_the_broker() {
    let brokers = brokers();
    let prefix = unique_prefix("admin");
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(&cfg, config_toml(Some(&brokers), &prefix, &[], 60)).unwrap();
    let run = |args: &[&str]| {
        Command::new(claimwatch_bin())
            .args(args)
            .arg("--config")
            .arg(&cfg)
            .env_remove("CLAIMWATCH_BROKERS")
            .output()
            .unwrap()
    };
    let out = run(&["check"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(&format!(
        "{prefix}claims.contested (partitions 2, compacted)"
    )));
    // Topics missing: verify and check --connect fail and name them.
    let out = run(&["topics", "verify"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing topics"));
    assert_eq!(run(&["check", "--connect"]).status.code(), Some(1));
    assert!(run(&["topics", "create"]).status.success());
    assert!(run(&["topics", "verify"]).status.success());
    assert!(run(&["check", "--connect"]).status.success());
}

#[test]
fn kafka_secrets_never_appear_in_check_output_errors_or_logs() {
    let brokers = brokers();
    let prefix = unique_prefix("secrets");
    let inline = "inline-secret-7f3e91";
    let from_env = "env-secret-c0a2d4";
    let dir = tempfile::tempdir().unwrap();
    let with_options = |options: &str| {
        config_toml(Some(&brokers), &prefix, &[], 60)
            .replace("[fetch]\n", &format!("{options}\n[fetch]\n"))
    };
    let inline_cfg = with_options(&format!(
        "[kafka.options]\n\"sasl.password\" = \"{inline}\"\n"
    ));
    let env_cfg = with_options(
        "[kafka.options_env]\n\"sasl.password\" = \"CLAIMWATCH_TEST_KAFKA_PASSWORD\"\n",
    );
    // rdkafka repeats a refused property's value in its error text (an
    // unknown property whose name looks secret is refused).
    let refused_cfg = with_options(&format!(
        "[kafka.options]\n\"ssl.unknown.password\" = \"{inline}\"\n"
    ));
    let run = |args: &[&str], config: &str, env: Option<&str>| {
        let cfg = dir.path().join("c.toml");
        std::fs::write(&cfg, config).unwrap();
        let mut c = Command::new(claimwatch_bin());
        c.args(args)
            .arg("--config")
            .arg(&cfg)
            .env_remove("CLAIMWATCH_BROKERS");
        match env {
            Some(v) => c.env("CLAIMWATCH_TEST_KAFKA_PASSWORD", v),
            None => c.env_remove("CLAIMWATCH_TEST_KAFKA_PASSWORD"),
        };
        let out = c.output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.code(), text)
    };
    let (code, text) = run(&["check"], &inline_cfg, None);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("sasl.password = <redacted>"), "{text}");
    assert!(
        text.contains("warning: [kafka.options] \"sasl.password\""),
        "{text}"
    );
    assert!(!text.contains(inline), "{text}");
    let (code, text) = run(&["check"], &env_cfg, Some(from_env));
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("sasl.password = <from env CLAIMWATCH_TEST_KAFKA_PASSWORD>"),
        "{text}"
    );
    assert!(!text.contains(from_env), "{text}");
    let (code, text) = run(&["check"], &env_cfg, None);
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("CLAIMWATCH_TEST_KAFKA_PASSWORD"), "{text}");
    let (code, text) = run(&["fetch"], &refused_cfg, None);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("ssl.unknown.password") && !text.contains(inline),
        "{text}"
    );
    // A running stage with a secret from the environment never logs it.
    let mut cw = Claimwatch::start_with_env(
        &["fetch"],
        &env_cfg,
        &[("CLAIMWATCH_TEST_KAFKA_PASSWORD", from_env)],
    );
    eventually(Duration::from_secs(30), "the fetch stage to start", || {
        cw.stderr().contains("fetch stage starting")
    });
    cw.terminate(Duration::from_secs(30));
    let logs = cw.stderr() + &cw.stdout();
    assert!(!logs.contains(from_env), "{logs}");
}

#[test]
fn feeds_import_turns_opml_into_config_entries() {
    let dir = tempfile::tempdir().unwrap();
    let opml = dir.path().join("subs.opml");
    std::fs::write(
        &opml,
        r#"<?xml version="1.0"?><opml version="2.0"><body>
<outline text="Afghanistan"><outline type="rss" text="Wire A" xmlUrl="https://wire-a.example/rss"/>
<outline type="atom" text="Wire B" xmlUrl="https://wire-b.example/atom"/></outline>
<outline type="rss" text="Known" xmlUrl="https://known.example/rss"/></body></opml>"#,
    )
    .unwrap();
    let cfg = dir.path().join("c.toml");
    std::fs::write(
        &cfg,
        "[[feeds]]\nid = \"wire-a\"\nurl = \"https://known.example/rss\"\n",
    )
    .unwrap();
    let out = Command::new(claimwatch_bin())
        .args(["feeds", "import"])
        .arg(&opml)
        .arg("--config")
        .arg(&cfg)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let imported = String::from_utf8(out.stdout).unwrap();
    // Appended to the config, the result is a valid config.
    let whole = std::fs::read_to_string(&cfg).unwrap() + &imported;
    let config = claimwatch_config::Config::from_toml(&whole, "imported").unwrap();
    let feeds: Vec<(&str, &str, &str)> = config
        .feeds
        .iter()
        .map(|f| (f.id.as_str(), f.kind.as_str(), f.url.as_str()))
        .collect();
    assert_eq!(
        feeds,
        [
            ("wire-a", "rss", "https://known.example/rss"),
            ("wire-a-2", "rss", "https://wire-a.example/rss"),
            ("wire-b", "atom", "https://wire-b.example/atom"),
        ]
    );
    assert_eq!(config.feeds[1].tags, ["afghanistan"]);
    let bad = Command::new(claimwatch_bin())
        .args(["feeds", "import"])
        .arg(&cfg)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("OPML"));
}
