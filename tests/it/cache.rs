//! The analysis cache as a user meets it: a warm rerun gives the cold run's output byte for
//! byte without parsing again; what changes a result invalidates, what does not keeps the
//! entries; corrupt entries, concurrent runs and a killed run lose nothing.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::common::{Sandbox, text};

/// A small Python project: a complex function, a TODO, a helper, committed.
fn project() -> Sandbox {
    let s = Sandbox::new();
    s.write(
        "app/core.py",
        "def route(a, b, c):\n    if a:\n        if b:\n            return 1\n    elif c:\n        return 2\n    # TODO: more routes\n    return 3\n",
    );
    s.write("app/util.py", "import os\n\n\ndef helper(x):\n    return os.path.join(x, 'y')\n");
    s.write("app/__init__.py", "");
    // written a while before the index: not racily clean (git reads a file modified in the
    // second its index entry was written)
    for file in ["app/core.py", "app/util.py", "app/__init__.py"] {
        let f = std::fs::File::options().append(true).open(s.repo.join(file)).unwrap();
        f.set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(60)).unwrap();
    }
    assert!(s.commit("feat: the app").status.success());
    s
}

/// `aura -v analyze` with extra arguments: its output and the cache's log line.
fn analyze(s: &Sandbox, extra: &[&str]) -> (Output, Stats) {
    let mut args = vec!["-v", "analyze", ".", "--fail-on", "never"];
    args.extend_from_slice(extra);
    let out = s.aura(&args);
    assert!(out.status.success(), "{}", text(&out));
    let stats = Stats::of(&String::from_utf8_lossy(&out.stderr));
    (out, stats)
}

/// The counts of the `-v` lines `analysis cache DIR: H hit(s) (U unread, …), M miss(es), W
/// written`, added up: a command that runs the engine more than once (a review's two sides)
/// logs a line per run.
#[derive(Debug, Default, PartialEq)]
struct Stats {
    hits: u64,
    unread: u64,
    misses: u64,
    written: u64,
}

impl Stats {
    fn of(stderr: &str) -> Self {
        let mut total = Self::default();
        for line in stderr.lines().filter(|l| l.contains("analysis cache ")) {
            let number = |key: &str| -> u64 {
                let field = format!("{key}=");
                line.split_whitespace()
                    .find_map(|w| w.strip_prefix(&field))
                    .and_then(|v| v.parse().ok())
                    .unwrap_or_else(|| panic!("no {key} in {line}"))
            };
            total.hits += number("hits");
            total.unread += number("unread");
            total.misses += number("misses");
            total.written += number("written");
        }
        total
    }
}

fn json(s: &Sandbox, extra: &[&str]) -> (String, Stats) {
    let mut args = vec!["--format", "json"];
    args.extend_from_slice(extra);
    let (out, stats) = analyze(s, &args);
    (String::from_utf8(out.stdout).unwrap(), stats)
}

/// The cache's published packs (a run writes one), oldest first.
fn packs(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = std::fs::read_dir(dir.join("analysis/v3"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.ends_with(".pack") && !name.starts_with(".tmp-")
        })
        .collect();
    found.sort();
    found
}

/// A run's temporary packs (a run killed before it ended leaves one).
fn temporary_packs(dir: &Path) -> usize {
    std::fs::read_dir(dir.join("analysis/v3"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp-"))
        .count()
}

/// How many entries `aura cache stats` counts in the cache at `dir`.
fn entries(s: &Sandbox, dir: &Path) -> u64 {
    let mut cmd = Command::new(s.bin.join("aura"));
    s.env(&mut cmd);
    let out = cmd
        .current_dir(&s.repo)
        .env("AURA_CACHE_DIR", dir)
        .args(["cache", "stats", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["entries"].as_u64().unwrap()
}

#[test]
fn a_warm_rerun_reads_every_file_from_the_cache_and_writes_the_same_bytes() {
    let s = project();
    let (cold, first) = json(&s, &[]);
    assert_eq!((first.hits, first.misses, first.written), (0, 3, 3), "{first:?}");
    let (warm, second) = json(&s, &[]);
    assert_eq!(warm, cold, "a warm run's JSON is the cold run's, byte for byte");
    assert_eq!((second.hits, second.misses, second.written), (3, 0, 0), "{second:?}");
    assert_eq!(second.unread, 3, "committed, unchanged files are not even read: the index vouches for them");
    let (uncached, _) = json(&s, &["--no-cache"]);
    assert_eq!(uncached, cold, "the cache changes nothing in the results");

    let sarif = |s: &Sandbox| String::from_utf8(analyze(s, &["--format", "sarif"]).0.stdout).unwrap();
    let (cold_sarif, warm_sarif) = (sarif(&s), sarif(&s));
    assert_eq!(warm_sarif, cold_sarif);

    let cache = s.repo.join(".aura/cache");
    assert_eq!(std::fs::read_to_string(cache.join(".gitignore")).unwrap().lines().last(), Some("*"));
    assert!(cache.join("CACHEDIR.TAG").exists());
    let status = s.git_ok(&["status", "--porcelain", "--untracked-files=all"]);
    assert_eq!(status, "", "the cache never shows up in git");
}

#[test]
fn what_changes_a_result_invalidates_and_what_does_not_keeps_the_entries() {
    let s = project();
    let (cold, _) = json(&s, &[]);

    // an output format or the gate: every file from the cache
    let (_, stats) = analyze(&s, &["--format", "sarif", "--exit-zero"]);
    assert_eq!((stats.hits, stats.misses), (3, 0), "{stats:?}");

    // a content change: that file again, the others from the cache
    s.write("app/util.py", "import os\n\n\ndef helper(x, y):\n    return os.path.join(x, y)\n");
    let (edited, stats) = json(&s, &[]);
    assert_eq!((stats.hits, stats.misses), (2, 1), "{stats:?}");
    assert_ne!(edited, cold);
    assert_eq!(edited, json(&s, &["--no-cache"]).0);

    // a threshold: the metric rules apply after the cache, so the result changes with it
    // while no file is parsed again
    s.write(".aura/config.yaml", "analysis:\n  thresholds:\n    cyclomatic: 2\n");
    let (tight, stats) = json(&s, &[]);
    assert_eq!((stats.hits, stats.misses), (3, 0), "{stats:?}");
    assert!(tight.contains("\"CPX001\""), "the lower threshold reports `route`");
    assert_eq!(tight, json(&s, &["--no-cache"]).0);

    // a custom rule: its findings are stored with the file, so every file is scanned again
    s.write(
        ".aura/config.yaml",
        "rules:\n  custom:\n    - id: no-join\n      language: python\n      query: '(call function: (attribute attribute: (identifier) @m (#eq? @m \"join\"))) @finding'\n      message: no join\n",
    );
    let (custom, stats) = json(&s, &[]);
    assert_eq!(stats.misses, 3, "{stats:?}");
    assert!(custom.contains("\"no-join\""));
    assert_eq!(custom, json(&s, &["--no-cache"]).0);

    // a rule's enablement: a rule that reads the tree, off, is another scan
    s.write(".aura/config.yaml", "rules:\n  disable: [MRK001]\n");
    let (quiet, stats) = json(&s, &[]);
    assert_eq!(stats.misses, 3, "{stats:?}");
    assert!(!quiet.contains("\"MRK001\""));
    assert_eq!(quiet, json(&s, &["--no-cache"]).0);
}

#[test]
fn corrupt_entries_and_torn_packs_are_discarded_and_recomputed() {
    let s = project();
    let (cold, _) = json(&s, &[]);
    let cache = s.repo.join(".aura/cache");
    let all = packs(&cache);
    assert_eq!(all.len(), 1, "one run, one pack");
    // the first entry's bytes, just after the pack's 8-byte magic
    let mut flipped = std::fs::read(&all[0]).unwrap();
    flipped[9] ^= 0x20;
    std::fs::write(&all[0], &flipped).unwrap();

    let (out, stats) = analyze(&s, &["--format", "json"]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), cold);
    assert_eq!((stats.hits, stats.misses, stats.written), (2, 1, 1), "{stats:?}");
    let log = String::from_utf8_lossy(&out.stderr);
    assert_eq!(log.matches("discarded 1 unreadable cache entry").count(), 1, "said once, at -v:\n{log}");
    assert_eq!(json(&s, &[]).1.hits, 3, "the recomputed entry, in the newer pack, wins");

    // torn and emptied packs: deleted, said at -v, every file analyzed again
    let all = packs(&cache);
    assert_eq!(all.len(), 2);
    let bytes = std::fs::read(&all[0]).unwrap();
    std::fs::write(&all[0], &bytes[..bytes.len() / 2]).unwrap();
    std::fs::write(&all[1], b"").unwrap();
    let (out, stats) = analyze(&s, &["--format", "json"]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), cold);
    assert_eq!((stats.hits, stats.misses, stats.written), (0, 3, 3), "{stats:?}");
    let log = String::from_utf8_lossy(&out.stderr);
    assert_eq!(log.matches("discarded an unreadable cache pack").count(), 2, "{log}");
    assert_eq!(packs(&cache).len(), 1, "the torn packs are gone, the new one is there");
    assert_eq!(json(&s, &[]).1.hits, 3, "the recomputed entries are sound");
}

/// `aura analyze` on `dir` as a child process, its cache at `cache`.
fn spawn(s: &Sandbox, dir: &Path) -> std::process::Child {
    let mut cmd = Command::new(s.bin.join("aura"));
    s.env(&mut cmd);
    cmd.current_dir(dir)
        .args(["analyze", ".", "--format", "json", "--fail-on", "never"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// A tree big enough that runs overlap: 300 Python files.
fn many_files(s: &Sandbox) {
    for i in 0..300 {
        s.write(
            &format!("pkg/m{i:03}.py"),
            &format!("def f{i}(a, b):\n    if a and b:\n        return {i}\n    for x in range(a):\n        b += x\n    return b\n"),
        );
    }
}

#[test]
fn two_concurrent_runs_on_one_cache_both_succeed_and_leave_it_sound() {
    let s = Sandbox::new();
    many_files(&s);
    let expected = json(&s, &["--no-cache"]).0;
    let (one, two) = (spawn(&s, &s.repo), spawn(&s, &s.repo));
    for child in [one, two] {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", text(&out));
        assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    }
    let (warm, stats) = json(&s, &[]);
    assert_eq!(warm, expected);
    assert_eq!((stats.hits, stats.misses), (300, 0), "{stats:?}");
}

#[test]
fn a_run_killed_while_writing_the_cache_leaves_nothing_a_rerun_trips_on() {
    let s = Sandbox::new();
    many_files(&s);
    let expected = json(&s, &["--no-cache"]).0;
    let cache = s.repo.join(".aura/cache");
    // kill runs at growing delays until one dies with the cache partly written
    let mut partial = false;
    for delay in [20u64, 40, 80, 160, 320] {
        let _ = std::fs::remove_dir_all(&cache);
        let mut child = spawn(&s, &s.repo);
        std::thread::sleep(std::time::Duration::from_millis(delay));
        let _ = child.kill();
        let _ = child.wait();
        if packs(&cache).is_empty() && temporary_packs(&cache) > 0 {
            partial = true;
            break;
        }
    }
    // and what a kill leaves at worst: a temporary pack, and (a disk's fault) a torn one
    let dir = cache.join("analysis/v3");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(".tmp-99999-0.pack"), b"AURAPK\x003 half an entry").unwrap();
    std::fs::write(dir.join("0000000000000001-99999-0.pack"), b"AURAPK\x003 half an entry").unwrap();
    let (rerun, stats) = json(&s, &[]);
    assert_eq!(rerun, expected, "the rerun is whole and correct");
    assert_eq!(stats.hits + stats.misses, 300, "{stats:?}");
    if !partial {
        eprintln!("note: no kill landed mid-run on this machine; the planted leftovers were still checked");
    }
    assert_eq!(json(&s, &[]).1.hits, 300);
}

#[test]
fn no_cache_writes_nothing_and_cache_stats_and_clear_say_what_is_there() {
    let s = project();
    analyze(&s, &["--format", "json", "--no-cache"]);
    assert!(!s.repo.join(".aura/cache").exists(), "--no-cache creates no cache");
    json(&s, &[]);
    let stats = s.aura(&["cache", "stats", "--format", "json"]);
    assert!(stats.status.success(), "{}", text(&stats));
    let usage: serde_json::Value = serde_json::from_slice(&stats.stdout).unwrap();
    assert_eq!(usage["entries"], 3);
    assert_eq!(packs(&s.repo.join(".aura/cache")).len(), 1, "one run, one pack");
    assert!(usage["bytes"].as_u64().unwrap() > 0);
    assert!(usage["dir"].as_str().unwrap().ends_with(".aura/cache"));
    let cleared = s.aura(&["cache", "clear"]);
    assert_eq!(
        text(&cleared).trim_end(),
        format!("removed 3 cache entries from {}", s.repo.join(".aura/cache").display())
    );
    assert_eq!(json(&s, &[]).1.misses, 3, "a cleared cache starts cold");

    // AURA_CACHE_DIR moves it
    let elsewhere = s.home.join("elsewhere");
    let mut cmd = Command::new(s.bin.join("aura"));
    s.env(&mut cmd);
    let out = cmd
        .current_dir(&s.repo)
        .env("AURA_CACHE_DIR", &elsewhere)
        .args(["analyze", ".", "--format", "json", "--fail-on", "never"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(entries(&s, &elsewhere), 3);
}

/// A branch `change` that edits `app/util.py`, committed.
fn change_util(s: &Sandbox) {
    s.git_ok(&["checkout", "-q", "-b", "change"]);
    s.write(
        "app/util.py",
        "import os\n\n\ndef helper(x):\n    # TODO: check x\n    return os.path.join(x, 'z')\n",
    );
    assert!(s.commit("fix: another join").status.success());
}

/// `aura -v review --base main --format json`: the report, the cache counts and the log.
fn review(s: &Sandbox) -> (String, Stats, String) {
    let out = s.aura(&["-v", "review", "--base", "main", "--format", "json"]);
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", text(&out));
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (String::from_utf8(out.stdout).unwrap(), Stats::of(&stderr), stderr)
}

#[test]
fn a_review_reads_its_base_side_from_the_cache_the_analysis_filled() {
    let s = project();
    change_util(&s);
    let (first, cold, _) = review(&s);
    assert_eq!(cold.misses, 2, "both sides of the one changed file: {cold:?}");
    let (second, warm, _) = review(&s);
    assert_eq!((warm.hits, warm.misses), (2, 0), "{warm:?}");
    assert_eq!(second, first);
}

#[test]
fn a_second_review_finds_both_sides_and_the_importers_in_the_cache() {
    let s = project();
    s.write("app/main.py", "from app.util import helper\n\n\ndef run():\n    return helper('x')\n");
    assert!(s.commit("feat: an entry point").status.success());
    change_util(&s);
    let (first, cold, log) = review(&s);
    let value: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(value["impact"]["importers"][0]["path"], "app/main.py", "{first}");
    // head and base of app/util.py, and app/main.py's imports: one log line per engine run
    assert_eq!(log.lines().filter(|l| l.contains("analysis cache ")).count(), 3, "{log}");
    assert_eq!((cold.hits, cold.misses, cold.written), (0, 3, 3), "{cold:?}");
    let (second, warm, _) = review(&s);
    assert_eq!((warm.hits, warm.misses, warm.written), (3, 0, 0), "{warm:?}");
    assert_eq!(second, first);
}
