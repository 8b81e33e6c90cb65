//! Operations endpoints of a claimwatch process, on its ops address:
//!
//! * `GET /metrics`: Prometheus text format, from the `metrics` facade that
//!   every stage records into.
//! * `GET /healthz`: 200 while the process runs.
//! * `GET /readyz`: 200 when the broker answered the last probe with every
//!   topic present and no stage has failed; 503 with the reason otherwise.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use tokio_util::sync::CancellationToken;

/// Errors of the ops server.
#[derive(Debug, thiserror::Error)]
pub enum OpsError {
    #[error("cannot install the metrics recorder: {0}")]
    Recorder(String),
    #[error("cannot listen on ops address {addr}: {source}")]
    Bind {
        addr: String,
        source: std::io::Error,
    },
}

/// Readiness of the process, updated by the broker probe and the stages.
#[derive(Debug, Clone, Default)]
pub struct Health {
    /// `None` when ready; else why not. Starts as "starting".
    not_ready: Arc<Mutex<Option<String>>>,
}

impl Health {
    pub fn new() -> Health {
        Health {
            not_ready: Arc::new(Mutex::new(Some("starting".into()))),
        }
    }

    /// Marks the process ready.
    pub fn ready(&self) {
        *self.not_ready.lock().expect("health lock") = None;
        metrics::gauge!("claimwatch_ready").set(1.0);
    }

    /// Marks the process not ready, with the reason shown by `/readyz`.
    pub fn not_ready(&self, why: impl Into<String>) {
        *self.not_ready.lock().expect("health lock") = Some(why.into());
        metrics::gauge!("claimwatch_ready").set(0.0);
    }

    /// The reason the process is not ready, if it is not.
    pub fn reason(&self) -> Option<String> {
        self.not_ready.lock().expect("health lock").clone()
    }
}

/// Installs the Prometheus recorder (once per process).
pub fn install_metrics() -> Result<PrometheusHandle, OpsError> {
    PrometheusBuilder::new()
        .set_buckets(&[0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0])
        .map_err(|e| OpsError::Recorder(e.to_string()))?
        .install_recorder()
        .map_err(|e| OpsError::Recorder(e.to_string()))
}

/// Binds the ops address. When `fallback` is set and the address is taken,
/// binds an ephemeral port on the same host instead (the default address
/// must not stop a second process on one machine).
pub async fn bind(addr: &str, fallback: bool) -> Result<tokio::net::TcpListener, OpsError> {
    let err = |source| OpsError::Bind {
        addr: addr.to_string(),
        source,
    };
    match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => Ok(l),
        Err(e) if fallback && e.kind() == std::io::ErrorKind::AddrInUse => {
            let host: SocketAddr = addr.parse().map_err(|_| err(e))?;
            let l = tokio::net::TcpListener::bind(SocketAddr::new(host.ip(), 0))
                .await
                .map_err(err)?;
            tracing::warn!(
                wanted = addr,
                "ops address in use; using an ephemeral port instead"
            );
            Ok(l)
        }
        Err(e) => Err(err(e)),
    }
}

/// Serves the ops endpoints until `shutdown`.
pub async fn serve(
    listener: tokio::net::TcpListener,
    metrics: PrometheusHandle,
    health: Health,
    shutdown: CancellationToken,
) {
    if let Ok(addr) = listener.local_addr() {
        tracing::info!("ops endpoints on http://{addr}/metrics, /healthz, /readyz");
    }
    let app = axum::Router::new()
        .route(
            "/metrics",
            get(|State((m, _)): State<(PrometheusHandle, Health)>| async move { m.render() }),
        )
        .route("/healthz", get(|| async { "ok\n" }))
        .route(
            "/readyz",
            get(
                |State((_, h)): State<(PrometheusHandle, Health)>| async move {
                    match h.reason() {
                        None => (StatusCode::OK, "ready\n".to_string()),
                        Some(why) => (
                            StatusCode::SERVICE_UNAVAILABLE,
                            format!("not ready: {why}\n"),
                        ),
                    }
                },
            ),
        )
        .with_state((metrics, health));
    if let Err(e) = axum::serve(listener, app)
        .with_graceful_shutdown(async move { shutdown.cancelled().await })
        .await
    {
        tracing::error!(error = %e, "ops server failed");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn health_transitions() {
        let h = Health::new();
        assert_eq!(h.reason().as_deref(), Some("starting"));
        h.ready();
        assert_eq!(h.reason(), None);
        h.not_ready("broker unreachable");
        assert_eq!(h.reason().as_deref(), Some("broker unreachable"));
    }
}
