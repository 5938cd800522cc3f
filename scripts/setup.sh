#!/usr/bin/env bash
# Installs what a fresh machine lacks; quick when all is there. By need, so that building the
# package or the demo never runs apt-get or pip:
#   setup.sh build    Rust's wasm32 target, nightly with rust-src (the npm build), the wasm-bindgen
#                     CLI, the npm development tools; checks python3 has lzma
#   setup.sh browser  Debian's chromium and chromium-driver (the browser tests)
#   setup.sh moto     moto, a real EC2 Query API server (the Worker end-to-end test)
#   setup.sh fuzz     the nightly toolchain and cargo-fuzz
set -euo pipefail
cd "$(dirname "$0")/.."

log() { echo "setup: $*" >&2; }

build() {

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The npm build rebuilds std on nightly (scripts/build-pkg.mjs, WASM_BUILD): nightly's std source.
nightly
if ! rustup component list --toolchain nightly --installed | grep -q '^rust-src'; then
  log "adding rust-src to the nightly toolchain"
  rustup component add rust-src --toolchain nightly
fi

# The wasm-bindgen CLI must match the crate's wasm-bindgen exactly (pinned with = in Cargo.toml).
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  log "installing wasm-bindgen-cli $want (found '${have:-none}'; takes a few minutes)"
  # Not --locked: its lock file pins a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "=$want"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing the npm development tools (binaryen, esbuild, miniflare, deno, playwright-core, typescript 5.9 and 5.0, the bundlers the package is tested with, publint, attw, the AWS SDK as a reference)"
  npm ci --no-audit --no-fund
fi

# The browsers' .wasm text is LZMA from python3's standard lzma module (scripts/wasm-text.mjs).
if ! python3 -c 'import lzma' 2>/dev/null; then
  log "python3 with its lzma module is needed (scripts/wasm-text.mjs): install python3 (a Python built without liblzma lacks it)"
  exit 1
fi

}

browser() {
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  log "installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

}

moto() {
# moto, a real EC2 Query API server, for the end-to-end test (pkg-template/test/moto.test.mjs).
if [ "$(python3 -c 'import moto.server, moto; print(moto.__version__)' 2>/dev/null)" != "5.2.5" ]; then
  log "installing moto[server] 5.2.5 (PyPI)"
  python3 -m pip install --quiet --disable-pip-version-check 'moto[server]==5.2.5'
fi

}

nightly() {
if ! cargo +nightly --version >/dev/null 2>&1; then
  log "installing the nightly toolchain"
  rustup toolchain install nightly --profile minimal
fi
}

fuzz() {
# cargo-fuzz on the nightly toolchain, for `make fuzz` and the smoke run in `make test`.
nightly
if ! cargo fuzz --version >/dev/null 2>&1; then
  log "installing cargo-fuzz 0.13.2"
  cargo install cargo-fuzz --version =0.13.2
fi
}

[ $# -gt 0 ] || set -- build
for need in "$@"; do
  case "$need" in
    build | browser | moto | fuzz) "$need" ;;
    *) log "unknown need '$need' (build, browser, moto, fuzz)"; exit 2 ;;
  esac
done
