#!/usr/bin/env bash
# The whole claimwatch test suite, against a real Kafka-protocol broker.
#
#   scripts/test.sh            # every test
#   scripts/test.sh -- NAME    # only tests matching NAME (passed to cargo test)
#
# Installs Tansu (the broker) when it is missing, starts it on a free
# loopback port with durable storage in a fresh data directory, runs the
# tests with CLAIMWATCH_TEST_BROKERS pointing at it, and always stops it.
# Set CLAIMWATCH_LINT=1 to also check formatting, clippy and the supply chain
# (cargo deny: licences, banned sources and wildcards; CI does).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
TANSU_VERSION=0.6.0
CARGO_DENY_VERSION=0.20.2
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}

log() { printf '==> %s\n' "$*" >&2; }

# --- the broker ---------------------------------------------------------------
PATH="$HOME/.cargo/bin:$PATH"
if ! tansu --version 2>/dev/null | grep -q "$TANSU_VERSION"; then
  log "installing tansu $TANSU_VERSION (about 11 minutes on 2 cores; only this once)"
  cargo install tansu --locked --version "$TANSU_VERSION" --features dynostore,libsql
fi

free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

DATA=$(mktemp -d "${TMPDIR:-/tmp}/claimwatch-tansu.XXXXXX")
PORT=$(free_port)
BROKER="127.0.0.1:$PORT"
log "starting tansu on $BROKER (data in $DATA)"
(
  cd "$DATA"
  exec tansu broker \
    --listener-url "tcp://$BROKER" \
    --advertised-listener-url "tcp://$BROKER" \
    --storage-engine sqlite://tansu.db
) >"$DATA/tansu.log" 2>&1 &
TANSU_PID=$!
stop_broker() {
  kill "$TANSU_PID" 2>/dev/null || true
  wait "$TANSU_PID" 2>/dev/null || true
  rm -rf "$DATA"
}
trap stop_broker EXIT

for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then break; fi
  if ! kill -0 "$TANSU_PID" 2>/dev/null; then
    cat "$DATA/tansu.log" >&2
    echo "tansu exited before listening" >&2
    exit 1
  fi
  sleep 0.1
done
export CLAIMWATCH_TEST_BROKERS=$BROKER

# --- lint (CI) ------------------------------------------------------------------
if [ "${CLAIMWATCH_LINT:-0}" = 1 ]; then
  log "cargo fmt --check"
  cargo fmt --all -- --check
  log "cargo clippy"
  cargo clippy --workspace --all-targets -- -D warnings
  if ! cargo deny --version 2>/dev/null | grep -q "$CARGO_DENY_VERSION"; then
    log "installing cargo-deny $CARGO_DENY_VERSION (a few minutes; only this once)"
    cargo install cargo-deny --locked --version "$CARGO_DENY_VERSION"
  fi
  # cargo deny reads the metadata of every crate in Cargo.lock, for every
  # platform; a build downloads only the host's (a fresh machine lacks
  # windows-sys and the like), so fetch them all from the registry first.
  log "cargo fetch (every platform's crates, for cargo deny)"
  cargo fetch --locked
  # Offline: the advisory database lives on GitHub, out of CI's reach.
  log "cargo deny check licenses bans sources"
  cargo deny --offline check licenses bans sources
fi

# --- tests ------------------------------------------------------------------------
# The end-to-end tests run the real binary; cargo test does not build
# another package's binary before this package's tests, so build it first.
log "cargo build -p claimwatch"
cargo build -p claimwatch
log "cargo test (broker $BROKER)"
OUT="$DATA/cargo-test.log"
status=0
cargo test --workspace "$@" 2>&1 | tee "$OUT" || status=$?
# One closing line for the whole suite: "tests: N passed, N failed".
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$OUT"
exit "$status"
