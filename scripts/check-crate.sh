#!/usr/bin/env bash
# The crate as Rust users get it (`make test`, in lint):
#   - the documentation built with every rustdoc warning an error (broken links);
#   - what `cargo package` ships (listed) and the .crate's size, at most 200 KiB, and
#     `cargo publish --dry-run` (packaged, then built from the package alone);
#   - tests/outside, a user's crate outside the workspace with its own lockfile: built for wasm32
#     and natively with the toolchain of the crate's rust-version, with no wasm-bindgen, js-sys
#     or allocator in its dependency tree.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
msrv=$(awk -F'"' '/^rust-version = / { print $2; exit }' Cargo.toml)

# --allow-dirty: the checks run on a working tree too; a release is published from a clean one.
# The tests, examples and bench are left out of the package (Cargo.toml, include): Cargo says so.
package=(--package ec2-register-image --allow-dirty)
echo "crate: cargo package --list"
cargo package "${package[@]}" --list 2>/dev/null
cargo package "${package[@]}" 2>&1 | grep -v '^warning: ignoring'
cargo publish "${package[@]}" --dry-run --no-verify 2>&1 | grep -v '^warning: ignoring'
crate=target/package/ec2-register-image-$version.crate
size=$(stat -c %s "$crate")
echo "crate: $crate is $size bytes ($(( size / 1024 )) KiB; at most 200 KiB)"
[ "$size" -le $(( 200 * 1024 )) ] || { echo "crate: larger than 200 KiB" >&2; exit 1; }

# The docs.rs front page and the rest: every link resolves (rustdoc warnings are errors).
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --package ec2-register-image --features http
echo "crate: docs in target/doc/ec2_register_image/index.html"

outside=(--manifest-path tests/outside/Cargo.toml --locked)
if ! rustup toolchain list | grep -q "^$msrv-"; then
  echo "crate: installing Rust $msrv (the crate's rust-version)" >&2
  rustup toolchain install "$msrv" --profile minimal
fi
if ! rustup target list --toolchain "$msrv" --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown --toolchain "$msrv"
fi
tree=$(cargo tree "${outside[@]}" --target wasm32-unknown-unknown --edges normal,build --prefix none)
if grep -E '^(wasm-bindgen|js-sys|rlsf|web-sys)' <<<"$tree"; then
  echo "crate: a JavaScript or allocator crate in a wasm32 user's tree (above)" >&2
  exit 1
fi
for target in wasm32-unknown-unknown x86_64-unknown-linux-gnu; do
  cargo "+$msrv" build "${outside[@]}" --release --target "$target" --target-dir target/outside
done
wasm=target/outside/wasm32-unknown-unknown/release/outside.wasm
echo "crate: tests/outside builds with Rust $msrv, wasm32 and native; its .wasm is $(stat -c %s "$wasm") bytes, with no wasm-bindgen in its tree:"
sed 's/^/  /' <<<"$tree"
