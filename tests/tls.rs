//! TLS end to end: the whole pipeline talks to the broker over TLS, with
//! the CA given in `[kafka.options]` (rdkafka built with vendored OpenSSL,
//! so a fresh machine needs nothing installed).
//!
//! Tansu 0.6.0 has TLS, but its CLI refuses `--cert` together with `--key`
//! (both are in one exclusive argument group), so the test puts a TLS
//! terminator of its own (rustls, loopback) in front of a plain Tansu that
//! advertises the terminator's address: every client connection — bootstrap
//! and the advertised broker — is TLS.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use claimwatch_e2e::*;

/// Accepts TLS on `listen` and forwards the plaintext to `upstream`.
/// Returns the count of completed handshakes and the runtime serving it.
fn tls_terminator(
    listen: &str,
    upstream: String,
    cert_pem: &str,
    key_pem: &str,
) -> (Arc<AtomicUsize>, tokio::runtime::Runtime) {
    use rustls::pki_types::pem::PemObject;
    let certs =
        vec![rustls::pki_types::CertificateDer::from_pem_slice(cert_pem.as_bytes()).unwrap()];
    let key = rustls::pki_types::PrivateKeyDer::from_pem_slice(key_pem.as_bytes()).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(certs, key)
    .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let handshakes = Arc::new(AtomicUsize::new(0));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let listener = rt.block_on(tokio::net::TcpListener::bind(listen)).unwrap();
    let count = handshakes.clone();
    rt.spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                continue;
            };
            let acceptor = acceptor.clone();
            let upstream = upstream.clone();
            let count = count.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                count.fetch_add(1, Ordering::SeqCst);
                let Ok(mut plain) = tokio::net::TcpStream::connect(&upstream).await else {
                    return;
                };
                let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
            });
        }
    });
    (handshakes, rt)
}

#[test]
fn the_pipeline_runs_over_tls() {
    let dir = tempfile::tempdir().unwrap();
    let cert =
        rcgen::generate_simple_self_signed(vec!["127.0.0.1".into(), "localhost".into()]).unwrap();
    let cert_pem = cert.cert.pem();
    let key_pem = cert.key_pair.serialize_pem();
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, &cert_pem).unwrap();

    // Plain Tansu, advertising the TLS terminator's address.
    let (plain_port, tls_port) = (free_port(), free_port());
    let tls_addr = format!("127.0.0.1:{tls_port}");
    let broker_dir = tempfile::tempdir().unwrap();
    let _broker = ChildGuard(
        std::process::Command::new("tansu")
            .current_dir(broker_dir.path())
            .args([
                "broker",
                "--listener-url",
                &format!("tcp://127.0.0.1:{plain_port}"),
                "--advertised-listener-url",
                &format!("tcp://{tls_addr}"),
                "--storage-engine",
                "memory://tansu/",
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("tansu on PATH"),
    );
    wait_for_port(&format!("127.0.0.1:{plain_port}"), Duration::from_secs(30));
    let (handshakes, _rt) = tls_terminator(
        &tls_addr,
        format!("127.0.0.1:{plain_port}"),
        &cert_pem,
        &key_pem,
    );

    let feed = rss(&[Item::new(
        "panjshir-1",
        "Taliban claims victory in Panjshir; Northern Alliance denies",
        SEED_ARTICLE,
        0,
    )]);
    let server = FeedServer::start(&[("/seed.xml", feed.into_bytes())]);
    let prefix = unique_prefix("tls");
    let tls_options = format!(
        "[kafka.options]\n\"security.protocol\" = \"ssl\"\n\"ssl.ca.location\" = \"{}\"\n",
        ca.display()
    );
    let config = config_toml(
        Some(&tls_addr),
        &prefix,
        &[("seed", server.url("/seed.xml"))],
        1,
    ) + &tls_options;
    let mut cw = Claimwatch::start(&["run"], &config);

    // A reader over TLS too: `claimwatch tail` with the same config.
    let cfg_path = cw.dir.path().join("claimwatch.toml");
    let mut contested = String::new();
    eventually(
        Duration::from_secs(90),
        "a contested claim read over TLS",
        || {
            let out = std::process::Command::new(claimwatch_bin())
                .args(["tail", "claims.contested", "--from-beginning", "--json"])
                .args(["--max", "1", "--idle-secs", "5", "--config"])
                .arg(&cfg_path)
                .output()
                .unwrap();
            contested = String::from_utf8_lossy(&out.stdout).into_owned();
            contested.contains("\"panjshir\"")
        },
    );
    assert!(cw.alive(), "{}", cw.stderr());
    assert!(
        handshakes.load(Ordering::SeqCst) >= 2,
        "clients did not connect over TLS"
    );

    // Without TLS options the same broker is unreachable: the connection
    // above really was TLS.
    let plain_cfg = dir.path().join("plain.toml");
    std::fs::write(
        &plain_cfg,
        format!("[kafka]\nbrokers = \"{tls_addr}\"\ntopic_prefix = \"{prefix}\"\n"),
    )
    .unwrap();
    let out = std::process::Command::new(claimwatch_bin())
        .args(["check", "--connect", "--config"])
        .arg(&plain_cfg)
        .output()
        .unwrap();
    assert!(
        !out.status.success(),
        "a plaintext client got through: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(cw.terminate(Duration::from_secs(30)), Some(0));
}
