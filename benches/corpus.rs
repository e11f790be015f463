//! Corpus benchmark (`cargo bench --bench corpus`, run by `./build.sh bench`).
//!
//! Over the Readability test pages (`$SHARED/corpora/readability-test-pages/*/source.html`,
//! `$SHARED` defaulting to `../shared` next to the repository, or `BENCH_PAGES=DIR`):
//!
//! - **ours**: `reader_cleanup::process` with the cleaned HTML, i.e. charset, scan, judge,
//!   summary and rewrite: everything the CLI does;
//! - **lolhtml_select40**: one plain lol_html pass removing the elements matched by 40 typical
//!   ad/promo hiding selectors (the floor for any single streaming pass);
//! - **floor**: one lol_html pass with a handler on every element (tag and attribute names read,
//!   an end-tag handler each) and every text chunk, doing nothing: the floor of a pass that
//!   builds an element table, as `scan` does;
//! - **readability_jsdom**: `benches/readability-jsdom.mjs`, Readability.js + jsdom on Node.
//!
//! Each runs in its own process (this binary re-runs itself with `--mode`), so the peak RSS of
//! each is its own. "Extra" memory of ours is measured by a counting global allocator: the peak
//! of live heap bytes during one `process` call over what was live before it, per page.
//! Prints a table and, as the last line, one JSON object. A benchmark, not a test: nothing here
//! fails on a figure.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

// ------------------------------------------------------------------ counting allocator
struct Counting;
static COUNT: AtomicBool = AtomicBool::new(false);
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = System.alloc(l);
        if COUNT.load(Relaxed) && !p.is_null() {
            let now = LIVE.fetch_add(l.size(), Relaxed) + l.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        if COUNT.load(Relaxed) {
            LIVE.fetch_sub(l.size(), Relaxed);
        }
        System.dealloc(p, l)
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        let q = System.realloc(p, l, new);
        if COUNT.load(Relaxed) && !q.is_null() {
            if new >= l.size() {
                let now = LIVE.fetch_add(new - l.size(), Relaxed) + new - l.size();
                PEAK.fetch_max(now, Relaxed);
            } else {
                LIVE.fetch_sub(l.size() - new, Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

// ------------------------------------------------------------------ the 40-selector pass
/// Typical element-hiding selectors of ad and annoyance lists (EasyList, Fanboy): ids,
/// classes, attribute substrings and a few compound selectors.
const SELECT40: &[&str] = &[
    ".ad", ".ads", ".advert", ".advertisement", "#ad", "#ads", ".ad-container", ".ad-slot",
    ".sponsored", ".promo", ".newsletter", ".newsletter-signup", ".related", ".related-posts",
    ".related-stories", ".recommended", ".most-read", ".most-popular", ".share", ".share-buttons",
    ".social-share", ".sharing", ".social", ".outbrain", ".taboola", "#taboola-below-article",
    ".OUTBRAIN", "[id^=\"div-gpt-ad\"]", "[class*=\"sponsor\"]", "[class*=\"taboola\"]",
    "[data-ad]", "[data-testid=\"ad\"]", "iframe[src*=\"doubleclick\"]", "aside.related",
    "div.promo-box", "div.comments", "#comments", ".cookie-banner", ".paywall", "#newsletter",
];

fn select40(html: &[u8]) -> Vec<u8> {
    use lol_html::{element, HtmlRewriter, Settings};
    let settings = SELECT40.iter().fold(Settings::new(), |st, s| {
        st.append_element_content_handler(element!(*s, |el| {
            el.remove();
            Ok(())
        }))
    });
    let mut out = Vec::with_capacity(html.len());
    let mut rw = HtmlRewriter::new(settings, |c: &[u8]| out.extend_from_slice(c));
    rw.write(html).expect("lol_html write");
    rw.end().expect("lol_html end");
    out
}

/// The floor of a table-building pass like `scan`: one lol_html pass with a handler on every
/// element (its tag name and attribute names read, an end-tag handler registered) and on every
/// text chunk, doing nothing else. What scan adds above this is our own work per element.
fn table_floor(html: &[u8]) -> usize {
    use lol_html::html_content::{Element, EndTag, TextChunk};
    use lol_html::{doc_text, element, HtmlRewriter, Settings};
    use std::cell::Cell;
    use std::rc::Rc;
    let seen = Rc::new(Cell::new(0usize));
    let (on_el, on_text) = (seen.clone(), seen.clone());
    let settings = Settings::new()
        .append_element_content_handler(element!("*", move |el: &mut Element| {
            // attribute names where they stand in the page, as the scan reads them
            on_el.set(on_el.get() + el.tag_name().len() + el.attributes().iter().filter_map(|a| a.name_source_location()).map(|r| r.bytes().len()).sum::<usize>());
            if el.can_have_content() {
                let c = on_el.clone();
                let _ = el.on_end_tag(Box::new(move |_: &mut EndTag| {
                    c.set(c.get() + 1);
                    Ok(())
                }));
            }
            Ok(())
        }))
        .append_document_content_handler(doc_text!(move |t: &mut TextChunk| {
            on_text.set(on_text.get() + t.as_str().len());
            Ok(())
        }));
    let mut rw = HtmlRewriter::new(settings, |_: &[u8]| {});
    rw.write(html).expect("lol_html write");
    rw.end().expect("lol_html end");
    seen.get()
}

fn ours(html: &[u8]) -> usize {
    let opts = reader_cleanup::Options { url: None, html: true };
    match reader_cleanup::process(html, &opts) {
        Ok(o) => o.report.removed.len() + o.html.map_or(0, |h| h.len()),
        Err(_) => 0,
    }
}

// ------------------------------------------------------------------ helpers
fn pages_dir() -> PathBuf {
    if let Ok(d) = std::env::var("BENCH_PAGES") {
        return d.into();
    }
    let shared = std::env::var("SHARED").map(PathBuf::from).unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    shared.join("corpora/readability-test-pages")
}

fn load_pages() -> Vec<(String, Vec<u8>)> {
    let dir = pages_dir();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e} (set SHARED or BENCH_PAGES)", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.join("source.html").is_file())
        .collect();
    names.sort();
    names.into_iter().map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(p.join("source.html")).unwrap())).collect()
}

/// Peak and current resident set size of this process, in KB (Linux).
fn rss_kb() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status.lines().find(|l| l.starts_with(name)).and_then(|l| l.split_whitespace().nth(1)).and_then(|v| v.parse().ok()).unwrap_or(0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    if v.is_empty() {
        return f64::NAN;
    }
    let n = v.len();
    if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 }
}

/// Times `f` on every page: one warm-up round, then `reps` rounds; a page's time is its best
/// round (least disturbed by the machine). Returns (median ms/page, MB/s over all bytes).
fn time_all(pages: &[(String, Vec<u8>)], reps: usize, f: impl Fn(&[u8]) -> usize) -> (f64, f64, Vec<f64>) {
    let mut sink = 0usize;
    for (_, p) in pages {
        sink += f(p);
    }
    let mut best = vec![f64::INFINITY; pages.len()];
    for _ in 0..reps {
        for (i, (_, p)) in pages.iter().enumerate() {
            let t = Instant::now();
            sink += f(std::hint::black_box(p));
            best[i] = best[i].min(t.elapsed().as_secs_f64() * 1000.0);
        }
    }
    std::hint::black_box(sink);
    let bytes: usize = pages.iter().map(|(_, p)| p.len()).sum();
    let total_ms: f64 = best.iter().sum();
    let mb_s = bytes as f64 / 1e6 / (total_ms / 1000.0);
    let per_page = best.clone();
    (median(&mut best), mb_s, per_page)
}

/// Time of each stage of `process` over the corpus (best of `reps` rounds per page and stage),
/// as a share of the total: what dominates.
fn stages(reps: usize) -> serde_json::Value {
    use reader_cleanup::{charset, judge, rewrite, scan, summary};
    let pages = load_pages();
    let names = ["charset", "scan", "judge", "summary", "report", "rewrite"];
    let mut best = vec![[f64::INFINITY; 6]; pages.len()];
    for _ in 0..reps.max(1) {
        for (i, (_, p)) in pages.iter().enumerate() {
            let t = Instant::now();
            let Ok((html, _)) = charset::decode(p) else { continue };
            let t1 = t.elapsed().as_secs_f64();
            let Ok(page) = scan::scan(&html) else { continue };
            let t2 = t.elapsed().as_secs_f64();
            let v = judge::judge(&page);
            let t3 = t.elapsed().as_secs_f64();
            let sum = summary::summarise(&page, &v, None);
            let t4 = t.elapsed().as_secs_f64();
            // what the extension's entry hands over: the report as JSON
            let json = serde_json::to_string(&reader_cleanup::Report::new(&page, &v, sum, p.len(), 0)).map(|j| j.len()).unwrap_or(0);
            std::hint::black_box(json);
            let t4r = t.elapsed().as_secs_f64();
            std::hint::black_box(rewrite::rewrite(&html, &page, v.removals.iter().map(|r| r.index)).map(|h| h.len()).unwrap_or(0));
            let t5 = t.elapsed().as_secs_f64();
            let st = [t1, t2 - t1, t3 - t2, t4 - t3, t4r - t4, t5 - t4r];
            for k in 0..6 {
                best[i][k] = best[i][k].min(st[k] * 1000.0);
            }
        }
    }
    let totals: Vec<f64> = (0..6).map(|k| best.iter().map(|b| b[k]).filter(|x| x.is_finite()).sum()).collect();
    let all: f64 = totals.iter().sum();
    let bytes: usize = pages.iter().map(|(_, p)| p.len()).sum();
    serde_json::Value::Object(
        names.iter().zip(&totals).map(|(n, t)| (n.to_string(), serde_json::json!({"share": t / all, "mb_s": bytes as f64 / 1e6 / (t / 1000.0)}))).collect(),
    )
}

/// Runs one contender in this process and prints one JSON line.
fn child(mode: &str, reps: usize) {
    let pages = load_pages();
    let (_, base_rss) = rss_kb();
    let (ms, mb_s, per_page) = match mode {
        "ours" => time_all(&pages, reps, ours),
        "lolhtml" => time_all(&pages, reps, |h| select40(h).len()),
        "floor" => time_all(&pages, reps, table_floor),
        "stages" => {
            println!("{}", stages(reps));
            return;
        }
        _ => panic!("unknown mode {mode}"),
    };
    let (peak, _) = rss_kb();
    let mut extra = serde_json::Value::Null;
    if mode == "ours" {
        // extra heap per page, after timing (counting costs a little)
        let mut ratios = Vec::new();
        let mut worst = (0.0f64, String::new(), 0usize, 0usize);
        let mut max_extra = 0usize;
        for (name, p) in &pages {
            LIVE.store(0, Relaxed);
            PEAK.store(0, Relaxed);
            COUNT.store(true, Relaxed);
            std::hint::black_box(ours(p));
            COUNT.store(false, Relaxed);
            let e = PEAK.load(Relaxed);
            let r = e as f64 / p.len() as f64;
            max_extra = max_extra.max(e);
            if r > worst.0 {
                worst = (r, name.clone(), e, p.len());
            }
            ratios.push(r);
        }
        extra = serde_json::json!({
            "median_ratio": median(&mut ratios), "max_ratio": worst.0, "max_ratio_page": worst.1,
            "max_ratio_page_extra_kb": worst.2 / 1024, "max_ratio_page_kb": worst.3 / 1024,
            "max_extra_kb": max_extra / 1024,
        });
    }
    let slowest = per_page.iter().enumerate().max_by(|a, b| a.1.partial_cmp(b.1).unwrap()).map(|(i, ms)| (pages[i].0.clone(), *ms));
    println!(
        "{}",
        serde_json::json!({
            "mode": mode, "pages": pages.len(), "bytes": pages.iter().map(|(_, p)| p.len()).sum::<usize>(),
            "ms_median": ms, "mb_s": mb_s, "peak_rss_kb": peak, "base_rss_kb": base_rss, "extra": extra,
            "slowest": slowest,
        })
    );
}

fn run_child(args: &[&str]) -> Option<serde_json::Value> {
    let exe = std::env::current_exe().ok()?;
    let out = Command::new(exe).args(args).output().ok()?;
    if !out.status.success() {
        eprintln!("bench child {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    let line = String::from_utf8_lossy(&out.stdout).lines().last()?.to_string();
    serde_json::from_str(&line).ok()
}

fn run_readability(dir: &Path) -> Option<serde_json::Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if std::env::var("BENCH_SKIP_READABILITY").is_ok() || !root.join("node_modules/jsdom").is_dir() {
        eprintln!("(Readability + jsdom skipped: run `npm ci` first)");
        return None;
    }
    let out = Command::new("node")
        .arg("--max-old-space-size=8192")
        .arg(root.join("benches/readability-jsdom.mjs"))
        .arg(dir)
        .current_dir(root)
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!("readability bench failed: {}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    let line = String::from_utf8_lossy(&out.stdout).lines().last()?.to_string();
    serde_json::from_str(&line).ok()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let reps = std::env::var("BENCH_REPS").ok().and_then(|v| v.parse().ok()).unwrap_or(5);
    if let Some(i) = args.iter().position(|a| a == "--mode") {
        child(&args[i + 1], reps);
        return;
    }
    let dir = pages_dir();
    let reps_s = reps.to_string();
    let ours = run_child(&["--mode", "ours"]).expect("ours");
    let lol = run_child(&["--mode", "lolhtml"]).expect("lolhtml");
    let floor = run_child(&["--mode", "floor"]).expect("floor");
    let rd = run_readability(&dir);
    let f = |v: &serde_json::Value, k: &str| v[k].as_f64().unwrap_or(f64::NAN);
    let mb = |v: &serde_json::Value| v["bytes"].as_f64().unwrap_or(0.0) / 1e6;
    println!("corpus: {} pages, {:.1} MB ({}), best of {reps_s} rounds per page", ours["pages"], mb(&ours), dir.display());
    println!("{:<34} {:>10} {:>10} {:>14}", "", "ms/page", "MB/s", "peak RSS (MB)");
    for (name, v) in [
        ("reader-cleanup (clean + summary)", Some(&ours)),
        ("lol_html, 40 removal selectors", Some(&lol)),
        ("lol_html, handlers on every node", Some(&floor)),
        ("Readability.js + jsdom (node)", rd.as_ref()),
    ] {
        match v {
            Some(v) => println!("{:<34} {:>10.2} {:>10.1} {:>14.1}", name, f(v, "ms_median"), f(v, "mb_s"), f(v, "peak_rss_kb") / 1024.0),
            None => println!("{name:<34} {:>10}", "skipped"),
        }
    }
    let e = &ours["extra"];
    println!(
        "reader-cleanup extra heap per page: median {:.2}x the page, worst {:.2}x ({}: {} KB for {} KB), largest {} KB",
        f(e, "median_ratio"), f(e, "max_ratio"), e["max_ratio_page"].as_str().unwrap_or("?"),
        e["max_ratio_page_extra_kb"], e["max_ratio_page_kb"], e["max_extra_kb"]
    );
    if let Some(st) = run_child(&["--mode", "stages"]).and_then(|v| v.as_object().cloned()) {
        let parts: Vec<String> = st.iter().map(|(k, v)| format!("{k} {:.0}% ({:.0} MB/s)", f(v, "share") * 100.0, f(v, "mb_s"))).collect();
        println!("reader-cleanup time by stage: {}", parts.join(", "));
    }
    println!("slowest page: ours {}, lol_html {}", ours["slowest"], lol["slowest"]);
    let ratio_lol = f(&ours, "mb_s") / f(&lol, "mb_s");
    println!("ratio ours / lol_html 40 selectors: {ratio_lol:.2}x the throughput (target >= 0.5x)");
    let rd_mb_s = rd.as_ref().map(|v| f(v, "mb_s"));
    if let Some(r) = rd_mb_s {
        println!("ratio ours / Readability + jsdom: {:.0}x the throughput (target >= 250x)", f(&ours, "mb_s") / r);
    }
    let round = |x: f64| (x * 100.0).round() / 100.0;
    println!(
        "{}",
        serde_json::json!({
            "ours_mb_s": round(f(&ours, "mb_s")),
            "lolhtml_select40_mb_s": round(f(&lol, "mb_s")),
            "readability_jsdom_mb_s": rd_mb_s.map(round),
            "ours_peak_kb": ours["peak_rss_kb"],
        })
    );
}
