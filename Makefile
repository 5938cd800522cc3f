# ec2-register-image. Every target installs what it needs first (scripts/setup.sh, by need), so
# each works on a fresh machine; building (pkg, demo) installs only the build tools.
PORT ?= 8080
# The wasm tests live in the JS face (js/src/wasm_tests.rs): they run its exports in Node and Chromium.
CARGO_WASM_TEST = CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --target wasm32-unknown-unknown --package ec2-register-image-js --lib --features small-alloc

.PHONY: refresh-model all setup setup-browser setup-moto setup-fuzz pkg test test-rust test-wasm test-js test-demo test-fuzz fuzz lint demo bench profile clean

all: pkg

setup:
	@bash scripts/setup.sh build

setup-browser:
	@bash scripts/setup.sh browser

setup-moto:
	@bash scripts/setup.sh moto

setup-fuzz:
	@bash scripts/setup.sh fuzz

pkg: setup
	node scripts/build-pkg.mjs

lint: setup
	cargo fmt --check
	cargo clippy --workspace --all-targets --features ec2-register-image/http -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --package ec2-register-image-js --all-targets --target wasm32-unknown-unknown --features small-alloc -- -D warnings
	bash scripts/check-crate.sh
	node node_modules/typescript/bin/tsc -p tsconfig.lint.json
	@# deno.js is left out: Node 20 cannot parse its source-phase import.
	for f in pkg-template/*.js pkg-template/*.mjs scripts/*.mjs; do case $$f in */deno.js) ;; *) node --check $$f || exit 1;; esac; done

test-rust: setup
	cargo test --workspace --features ec2-register-image/http

test-wasm: setup setup-browser
	$(CARGO_WASM_TEST)
	WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver $(CARGO_WASM_TEST)

test-js: pkg setup-browser setup-moto
	node --test pkg-template/test/

test-demo: pkg setup-browser
	node --test www/test/

# A short run of every fuzz target (regressions first); `make fuzz` is the long one.
FUZZ_SECONDS ?= 600
test-fuzz: setup-fuzz
	bash fuzz/run.sh 20

fuzz: setup-fuzz
	bash fuzz/run.sh $(FUZZ_SECONDS)

test: lint test-rust test-wasm test-js test-demo test-fuzz
	@echo "make test: all suites passed"

demo: pkg
	@rm -rf www/pkg && cp -r pkg www/pkg
	@echo "Serving the demo on http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory www

bench: pkg
	cargo bench --bench encode
	node bench/bench.mjs

# Where buildRequest's time goes (README "Proof and figures"): a profile with names kept.
profile: pkg
	node bench/profile.mjs small
	node bench/profile.mjs large

clean:
	cargo clean
	rm -rf pkg www/pkg target/js-test

# AWS's model of RegisterImage, refreshed (network: npm and PyPI; not part of `make test`): the
# pinned SDK moves to its newest release, then scripts/refresh-model rewrites tests/data/aws-model.json
# and prints what changed and what to do next.
refresh-model:
	npm install --save-exact --save-dev --no-audit --no-fund @aws-sdk/client-ec2@latest
	python3 scripts/refresh-model
