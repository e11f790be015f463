#!/usr/bin/env bash
# reader-cleanup build script.
#
#   ./build.sh          install what is missing, build dist/chrome, dist/firefox and their zips,
#                       then run the CLI on the bundled sample page
#   ./build.sh test     everything above, then every test (native, wasm in node/Chromium/Firefox,
#                       the release .wasm in node, browser end-to-end tests, web-ext lint)
#   ./build.sh e2e      only the browser end-to-end tests (builds first)
#   ./build.sh eval     quality figures of ../shared/eval/eval.py (labels and corpus), ours and
#                       the ubo-fanboy peer baseline's side by side
#   ./build.sh package  store-ready zips in dist/
#   ./build.sh bench    speed and memory against lol_html and Readability (native, Node, Chromium)
#
# Versions are pinned here; each install step is skipped when the pinned version is present.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
BINARYEN_VERSION=132.0.0
SHARED=${SHARED:-$ROOT/../shared}

export PATH="$ROOT/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"   # wasm-pack uses the first wasm-opt on PATH
export DEBIAN_FRONTEND=noninteractive

say() { printf '\n==> %s\n' "$*"; }

# ---------------------------------------------------------------- set-up
setup() {
  local missing=()
  for pkg in chromium chromium-driver firefox-esr zip unzip; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "apt: installing ${missing[*]}"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
  # std's sources, for the release .wasm's -Zbuild-std
  rustup component list --installed | grep -qx rust-src || rustup component add rust-src
  wasm-pack --version 2>/dev/null | grep -q "$WASM_PACK_VERSION" \
    || cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
  # wasm-pack uses a pre-installed wasm-bindgen only at exactly Cargo.lock's version; the CLI's
  # own lockfile pins a crate the registry lacks, hence no --locked
  local wb
  wb=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
  wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wb" \
    || cargo install wasm-bindgen-cli --version "$wb"
  geckodriver --version 2>/dev/null | grep -q "geckodriver $GECKODRIVER_VERSION" \
    || cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  # npm binaryen, not Debian's: Debian's wasm-opt silently breaks the release .wasm
  [ "$(node -p "require('./.tools/node_modules/binaryen/package.json').version" 2>/dev/null)" = "$BINARYEN_VERSION" ] \
    || npm install --no-audit --no-fund --prefix .tools "binaryen@$BINARYEN_VERSION" >/dev/null
  # test tools from the committed lockfile
  if [ ! -f node_modules/.package-lock.json ] || ! cmp -s <(node -p "JSON.stringify(require('./package-lock.json').packages)") \
       <(node -p "JSON.stringify(require('./node_modules/.package-lock.json').packages)") 2>/dev/null; then
    npm ci --no-audit --no-fund >/dev/null
  fi
}

# ---------------------------------------------------------------- build
build() {
  say "cargo build --release (CLI)"
  cargo build --release --locked
  say "wasm-pack build --profile wasm-release"
  # The shipped .wasm is built for size (issue #6): the pinned rustc rebuilds std with it
  # (-Zbuild-std; RUSTC_BOOTSTRAP=1 lets the stable compiler take these -Z flags), where a panic
  # traps at once instead of formatting a message first (the wasm traps either way; the
  # extension sees an exception in both cases), and std picks its smaller algorithms.
  # inline-threshold=75 is opt-level "s"'s: at "z"'s default the crate is 1.4x slower. No Debug
  # formatting or panic locations either (no `{:?}` reaches the report or the UI).
  RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Cllvm-args=-inline-threshold=75 -Zfmt-debug=none -Zlocation-detail=none" \
    wasm-pack build --profile wasm-release --target web --out-dir pkg --out-name reader_cleanup --no-pack \
    . -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size >/dev/null
  for browser in chrome firefox; do
    local d=dist/$browser
    rm -rf "$d" "dist/$browser.zip"
    # the browser's manifest, extension/ (less its build/ folder), the generated selectors.js, pkg/
    node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON extension/build/assemble.mjs "$browser" "$d"
    (cd "$d" && zip -qr -X -D "../$browser.zip" .)
  done
  say "built dist/chrome, dist/firefox, dist/chrome.zip, dist/firefox.zip ($(wc -c < pkg/reader_cleanup_bg.wasm) bytes of .wasm, $(gzip -9c pkg/reader_cleanup_bg.wasm | wc -c) gzipped)"
}

demo() {
  say "reader-cleanup on the bundled sample page"
  ./target/release/reader-cleanup
}

# ---------------------------------------------------------------- tests
chromium_webdriver_config() {
  # wasm-pack passes webdriver.json's capabilities to chromedriver: Chromium runs as root here
  cat > webdriver.json <<'EOF'
{"goog:chromeOptions": {"args": ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]},
 "moz:firefoxOptions": {"args": ["-headless"], "binary": "/usr/bin/firefox-esr"}}
EOF
}

e2e() {
  say "browser end-to-end tests (Chromium, Firefox ESR) and web-ext lint"
  node --test --test-concurrency=1 tests/e2e/
}

unit_tests() {
  say "native tests"
  cargo test --release --locked --lib --tests --examples
  say "wasm tests in node"
  wasm-pack test --release --node
  chromium_webdriver_config
  say "wasm tests in headless Chromium"
  WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --release --headless --chrome --chromedriver /usr/bin/chromedriver
  say "wasm tests in headless Firefox"
  WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --release --headless --firefox --geckodriver "$(command -v geckodriver)"
  say "the release .wasm loads and runs in node"
  node --test tests/node/
}

eval_figures() {
  [ -d "$SHARED/corpora" ] || { echo "eval needs $SHARED (the shared corpora)"; exit 1; }
  cargo build --release --locked --bin reader-cleanup --example ubo_fanboy
  # ours, then the ubo-fanboy peer baseline (EasyList + Fanboy's lists applied as uBlock Origin
  # would, examples/ubo_fanboy.rs) on the same pages, then the cleanup figures side by side
  local out; out=$(mktemp -d)
  local who bin
  for who in reader-cleanup ubo-fanboy; do
    bin=target/release/reader-cleanup
    [ "$who" = ubo-fanboy ] && bin=target/release/examples/ubo_fanboy
    say "$who: dev labels ($SHARED/corpora/labels-dev.json)"
    python3 "$SHARED/eval/eval.py" labels --cli "$bin" --labels "$SHARED/corpora/labels-dev.json" \
      --pages "$SHARED/corpora/readability-test-pages" --layout readability | tee "$out/$who.labels"
    if [ "$who" = reader-cleanup ]; then
      say "$who: party kinds (dev labels; eval.py scores names only, the summary box shows kinds)"
      python3 tools/party_kinds.py "$bin" "$SHARED"
    fi
    say "$who: Readability test pages (all)"
    python3 "$SHARED/eval/eval.py" corpus --cli "$bin" --pages "$SHARED/corpora/readability-test-pages" | tee "$out/$who.corpus"
  done
  say "cleanup side by side (the baseline gives no summary)"
  python3 - "$out" <<'PY'
import json, sys
def figures(who):
    f = {}
    for part in ("labels", "corpus"):
        f.update(json.loads(open(f"{sys.argv[1]}/{who}.{part}").read().strip().splitlines()[-1]))
    return f
ours, ubo = figures("reader-cleanup"), figures("ubo-fanboy")
print(f"{'':40} {'reader-cleanup':>15} {'ubo-fanboy':>12}")
for k in ("promo_removed", "article_kept", "removed_text_share_median", "readability_retention_median",
          "readability_retention_min", "readability_retention_pages_below_0.97"):
    print(f"{k:40} {ours[k]:>15} {ubo[k]:>12}")
PY
  rm -rf "$out"
}

# ---------------------------------------------------------------- benchmarks
bench() {
  local pages="$SHARED/corpora/readability-test-pages"
  [ -d "$pages" ] || { echo "bench needs $pages (the shared corpora)"; exit 1; }
  say "release .wasm: $(wc -c < pkg/reader_cleanup_bg.wasm) bytes, $(gzip -9c pkg/reader_cleanup_bg.wasm | wc -c) gzipped"
  say "headless Chromium: content-script path vs Readability.parse() (pages on 127.0.0.1)"
  node benches/chromium.mjs "$pages"
  say "native: reader-cleanup vs lol_html with 40 selectors vs Readability.js + jsdom (node)"
  SHARED="$SHARED" cargo bench --locked --bench corpus
}

case "${1:-all}" in
  all) setup; build; demo ;;
  test) setup; build; unit_tests; e2e ;;
  e2e) setup; build; e2e ;;
  eval) eval_figures ;;
  package) setup; build; ls -l dist/*.zip ;;
  bench) setup; build; bench ;;
  *) echo "usage: ./build.sh [test|e2e|eval|package|bench]" >&2; exit 2 ;;
esac
