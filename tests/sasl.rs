//! SASL/SCRAM-SHA-512 end to end: Tansu with `--authentication` and a user
//! made with `tansu user create`; the pipeline and a reader authenticate
//! with the password from the environment (`[kafka.options_env]`), a wrong
//! password is refused, and the password appears in no log.

use std::time::Duration;

use claimwatch_e2e::*;

const USER: &str = "claimwatch-test";
const PASSWORD: &str = "scram-pass-5d1c07";

#[test]
fn the_pipeline_authenticates_with_scram() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let brokers = format!("127.0.0.1:{port}");
    // The user is created while authentication is off, then the broker
    // restarts on the same durable storage with authentication required.
    {
        let _open = start_tansu(dir.path(), port);
        let status = std::process::Command::new("tansu")
            .args(["user", "create", "--broker"])
            .arg(format!("tcp://{brokers}"))
            .args(["--mechanism", "scram512", USER, PASSWORD])
            .status()
            .expect("tansu user create");
        assert!(status.success());
    }
    std::thread::sleep(Duration::from_millis(500));
    let _broker = start_tansu_args(dir.path(), port, "sqlite://tansu.db", &["--authentication"]);

    let feed = rss(&[Item::new(
        "panjshir-1",
        "Taliban claims victory in Panjshir; Northern Alliance denies",
        SEED_ARTICLE,
        0,
    )]);
    let server = FeedServer::start(&[("/seed.xml", feed.into_bytes())]);
    let prefix = unique_prefix("sasl");
    let sasl = format!(
        "[kafka.options]\n\"security.protocol\" = \"sasl_plaintext\"\n\"sasl.mechanism\" = \"SCRAM-SHA-512\"\n\"sasl.username\" = \"{USER}\"\n\n[kafka.options_env]\n\"sasl.password\" = \"CLAIMWATCH_TEST_SASL_PASSWORD\"\n"
    );
    let config = config_toml(
        Some(&brokers),
        &prefix,
        &[("seed", server.url("/seed.xml"))],
        1,
    ) + &sasl;
    let env = [("CLAIMWATCH_TEST_SASL_PASSWORD", PASSWORD)];
    let mut cw = Claimwatch::start_with_env(&["run"], &config, &env);
    let cfg = cw.dir.path().join("claimwatch.toml");
    let tail = |password: &str| {
        std::process::Command::new(claimwatch_bin())
            .args(["tail", "claims.contested", "--from-beginning", "--json"])
            .args(["--max", "1", "--idle-secs", "5", "--config"])
            .arg(&cfg)
            .env("CLAIMWATCH_TEST_SASL_PASSWORD", password)
            .output()
            .unwrap()
    };
    eventually(
        Duration::from_secs(90),
        "a contested claim read with SCRAM",
        || String::from_utf8_lossy(&tail(PASSWORD).stdout).contains("\"panjshir\""),
    );
    // A wrong password gets nothing.
    let check = std::process::Command::new(claimwatch_bin())
        .args(["check", "--connect", "--config"])
        .arg(&cfg)
        .env("CLAIMWATCH_TEST_SASL_PASSWORD", "not-the-password")
        .output()
        .unwrap();
    assert!(!check.status.success(), "a wrong password was accepted");
    assert!(cw.alive(), "{}", cw.stderr());
    assert_eq!(cw.terminate(Duration::from_secs(30)), Some(0));
    let logs = cw.stderr() + &cw.stdout() + &String::from_utf8_lossy(&check.stderr);
    assert!(!logs.contains(PASSWORD), "the password was logged");
}
