//! `aura watch` as a user meets it: a running watch sees a finding appear when a file is
//! written, disappear when it is fixed, the file go; it ignores its own cache and git's
//! writes, survives its directory vanishing, prints JSON lines for tools and stops cleanly
//! on Ctrl-C. Every wait is bounded; a failing test kills its watch.

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use crate::common::{Sandbox, aura};

/// How long one awaited line may take (a loaded CI machine is slow; a rerun is not).
const DEADLINE: Duration = Duration::from_secs(60);

const CLEAN: &str = "def helper(x):\n    return x\n";
const SIX_PARAMETERS: &str = "def route(a, b, c, d, e, f):\n    return a\n";
const TWO_PARAMETERS: &str = "def route(a, b):\n    return a\n";

/// A running `aura watch`, its output lines as they come (stderr's prefixed `stderr: `);
/// killed when dropped.
struct Watch {
    child: Child,
    lines: Receiver<String>,
    seen: Vec<String>,
}

impl Watch {
    fn start(mut cmd: Command) -> Self {
        let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let (tx, lines) = std::sync::mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        let stderr = child.stderr.take().unwrap();
        let out = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = out.send(line);
            }
        });
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = tx.send(format!("stderr: {line}"));
            }
        });
        Self { child, lines, seen: Vec::new() }
    }

    /// Read lines until one satisfies `wanted`; it, or a failure with everything read.
    fn until(&mut self, what: &str, wanted: impl Fn(&str) -> bool) -> String {
        let end = Instant::now() + DEADLINE;
        loop {
            let left = end.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if wanted(&line) {
                        return line;
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    panic!("no {what} within {DEADLINE:?}; read so far:\n{}", self.seen.join("\n"))
                }
                Err(RecvTimeoutError::Disconnected) => {
                    let status = self.child.wait();
                    panic!("aura watch ended ({status:?}) before {what}; read:\n{}", self.seen.join("\n"))
                }
            }
        }
    }

    /// [`Self::until`], unless a line read already satisfies `wanted` (standard error is
    /// another pipe: its lines come before or after standard output's).
    fn saw_or_until(&mut self, what: &str, wanted: impl Fn(&str) -> bool) -> String {
        match self.seen.iter().find(|l| wanted(l)) {
            Some(line) => line.clone(),
            None => self.until(what, wanted),
        }
    }

    /// The lines that come within `quiet` (none expected: a test of silence).
    fn within(&mut self, quiet: Duration) -> Vec<String> {
        let end = Instant::now() + quiet;
        let mut lines = Vec::new();
        while let Ok(line) = self.lines.recv_timeout(end.saturating_duration_since(Instant::now())) {
            self.seen.push(line.clone());
            lines.push(line);
        }
        lines
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn write(dir: &Path, rel: &str, content: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

/// `aura watch ARGS` in `dir`, the cache in `cache`.
fn watch_command(dir: &Path, cache: &Path, args: &[&str]) -> Command {
    let mut cmd = aura(dir);
    cmd.args(["--color", "never", "watch"]).args(args).env("AURA_CACHE_DIR", cache);
    cmd
}

/// The durations, which vary, as `(TIME)`.
fn redact(line: &str) -> String {
    let time = regex::Regex::new(r"\(\d+ ms\)|\(\d+\.\d+ s\)").unwrap();
    time.replace_all(line, "(TIME)").into_owned()
}

#[test]
fn a_watch_reports_a_new_finding_its_fix_and_the_file_going() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, cache) = (tmp.path().join("proj"), tmp.path().join("cache"));
    write(&dir, "app/util.py", CLEAN);
    let mut watch = Watch::start(watch_command(&dir, &cache, &["."]));
    let first = watch.until("the first totals", |l| l.starts_with("No findings"));
    assert_eq!(redact(&first), "No findings in 1 file (TIME)");
    watch.saw_or_until("the ready line", |l| l.starts_with("stderr: aura: watching 1 file in . for changes"));

    write(&dir, "app/core.py", SIX_PARAMETERS);
    let new = watch.until("the new finding", |l| l.starts_with('+'));
    let totals = watch.until("the totals after it", |l| l.starts_with("Found"));
    insta::assert_snapshot!(redact(&format!("{new}\n{totals}")), @r"
    + app/core.py:1:1 warning SIZ003 `route` takes 6 parameters (threshold 5)
    Found 1 warning in 2 files (TIME): 1 new, 0 fixed after app/core.py
    ");

    write(&dir, "app/core.py", TWO_PARAMETERS);
    let fixed = watch.until("the fixed finding", |l| l.starts_with('-'));
    assert_eq!(fixed, "- app/core.py:1:1 warning SIZ003 `route` takes 6 parameters (threshold 5)");
    let totals = watch.until("the totals after the fix", |l| l.starts_with("No findings"));
    assert!(totals.ends_with(": 0 new, 1 fixed after app/core.py"), "{totals}");

    std::fs::remove_file(dir.join("app/core.py")).unwrap();
    let gone = watch.until("the totals without the file", |l| l.starts_with("No findings in 1 file"));
    assert!(gone.ends_with("after app/core.py"), "{gone}");
    assert!(!watch.seen.iter().any(|l| l.contains("panicked")), "{:#?}", watch.seen);
}

#[test]
fn an_atomic_save_by_rename_is_seen_and_scratch_files_are_not() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, cache) = (tmp.path().join("proj"), tmp.path().join("cache"));
    write(&dir, "app.py", CLEAN);
    let mut watch = Watch::start(watch_command(&dir, &cache, &["app.py"]));
    watch.until("the first totals", |l| l.starts_with("No findings in 1 file"));
    // an editor's save: the new content in a scratch file, renamed over the old one
    write(&dir, ".app.py.swp", SIX_PARAMETERS);
    std::fs::rename(dir.join(".app.py.swp"), dir.join("app.py")).unwrap();
    let new = watch.until("the new finding", |l| l.starts_with('+'));
    assert!(new.starts_with("+ app.py:1:1 warning SIZ003"), "{new}");
    // the watched file's directory holds other files: they are not watched
    write(&dir, "other.py", SIX_PARAMETERS);
    write(&dir, "app.py", TWO_PARAMETERS);
    let fixed = watch.until("the fixed finding", |l| l.starts_with('-'));
    assert!(fixed.starts_with("- app.py:1:1"), "{fixed}");
    let after = watch.until("the totals", |l| l.starts_with("No findings"));
    assert!(after.starts_with("No findings in 1 file"), "other.py is not watched: {after}");
}

#[test]
fn the_cache_and_git_write_without_starting_a_rerun() {
    let s = Sandbox::new();
    s.write("app.py", CLEAN);
    // the default cache, inside the watched tree: every run writes there
    let mut cmd = s.aura_command();
    cmd.args(["-v", "watch"]);
    let mut watch = Watch::start(cmd);
    watch.until("the first totals", |l| l.starts_with("No findings in 1 file"));
    watch.saw_or_until("the ready line", |l| l.contains("aura: watching 1 file"));
    s.commit("feat: the app");
    write(&s.repo, "README.md", "not a source file\n");
    let runs: Vec<String> = watch
        .within(Duration::from_millis(1500))
        .into_iter()
        .filter(|l| l.contains("analysis cache "))
        .collect();
    assert_eq!(runs, Vec::<String>::new(), "the cache's writes, git's and a README start no analysis");
    let mark = watch.seen.len();
    s.write("app.py", SIX_PARAMETERS);
    watch.until("the new finding", |l| l.starts_with("+ app.py:1:1"));
    watch.seen.drain(..mark);
    let stats = watch.saw_or_until("the rerun's cache line", |l| l.contains("analysis cache "));
    assert!(stats.contains("misses=1 "), "only the changed file is analyzed again: {stats}");
}

#[test]
fn a_configuration_change_applies_at_once_and_a_broken_one_keeps_the_last() {
    let s = Sandbox::new();
    s.write(".aura/config.yaml", "analysis:\n  thresholds:\n    parameters: 10\n");
    s.write("app.py", SIX_PARAMETERS);
    let mut watch = Watch::start({
        let mut cmd = s.aura_command();
        cmd.args(["--color", "never", "watch"]);
        cmd
    });
    watch.until("the first totals", |l| l.starts_with("No findings in 1 file"));
    s.write(".aura/config.yaml", "analysis:\n  thresholds:\n    parameters: 5\n");
    let new = watch.until("the finding the lower threshold brings", |l| l.starts_with('+'));
    assert!(new.starts_with("+ app.py:1:1 warning SIZ003"), "{new}");
    let totals = watch.until("the totals", |l| l.starts_with("Found"));
    assert!(totals.ends_with("after .aura/config.yaml"), "{totals}");

    s.write(".aura/config.yaml", "analysis:\n  thresholdz:\n    parameters: 10\n");
    let error = watch.until("the configuration error", |l| l.starts_with("configuration error"));
    assert!(error.contains("thresholdz"), "{error}");
    watch.until("the note", |l| l == "the watch goes on with the configuration it had");
    s.write("app.py", TWO_PARAMETERS);
    let fixed = watch.until("the fix, under the configuration it had", |l| l.starts_with('-'));
    assert!(fixed.starts_with("- app.py:1:1 warning SIZ003"), "{fixed}");
}

#[test]
fn json_lines_survive_the_directory_vanishing_and_ctrl_c_ends_the_watch_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let (dir, cache) = (tmp.path().join("proj"), tmp.path().join("cache"));
    write(&dir, "a.py", CLEAN);
    let mut watch = Watch::start(watch_command(tmp.path(), &cache, &["--format", "jsonl", "proj"]));
    let event = |line: &str| serde_json::from_str::<serde_json::Value>(line).ok();
    let first = event(&watch.until("the first event", |l| event(l).is_some())).unwrap();
    assert_eq!(first["schema_version"], 1);
    assert_eq!(
        (&first["event"], &first["run"], &first["totals"]["files"]),
        (&"analyzed".into(), &0.into(), &1.into())
    );

    write(&dir, "b.py", SIX_PARAMETERS);
    let line = watch.until("the new finding", |l| event(l).is_some_and(|e| e["run"] == 1));
    let rerun = event(&line).unwrap();
    assert_eq!(rerun["new"][0]["code"], "SIZ003");
    assert_eq!(rerun["new"][0]["path"], "b.py");
    assert_eq!(rerun["changed"], serde_json::json!(["b.py"]));
    assert!(rerun["elapsed_ms"].is_u64());

    std::fs::remove_dir_all(&dir).unwrap();
    let missing = watch.until("the missing event", |l| event(l).is_some_and(|e| e["event"] == "missing"));
    assert_eq!(event(&missing).unwrap()["paths"], serde_json::json!(["proj"]));
    // back in one step (a rename), so the run after it sees the whole directory
    write(&tmp.path().join("staging"), "a.py", CLEAN);
    std::fs::rename(tmp.path().join("staging"), &dir).unwrap();
    let back =
        watch.until("the run after it came back", |l| event(l).is_some_and(|e| e["event"] == "analyzed"));
    let back = event(&back).unwrap();
    assert_eq!(back["fixed"][0]["path"], "b.py", "b.py went with its directory");
    assert_eq!(back["totals"]["files"], 1);

    let pid = watch.child.id().to_string();
    assert!(Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    let end = Instant::now() + DEADLINE;
    let status = loop {
        if let Some(status) = watch.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < end, "aura watch did not stop on SIGINT");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "Ctrl-C is a watch's normal end: {status:?}");
    let tmp_files = walk(&cache).into_iter().filter(|p| p.contains(".tmp-") || p.contains("tmp-")).count();
    assert_eq!(tmp_files, 0, "no temporary cache file is left behind");
}

#[test]
fn a_missing_path_is_an_error_before_anything_is_watched() {
    let tmp = tempfile::tempdir().unwrap();
    let out = aura(tmp.path())
        .args(["watch", "nope"])
        .env("AURA_CACHE_DIR", tmp.path().join("c"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("nope: no such file or directory"), "{stderr}");
    let out = aura(tmp.path()).args(["watch", "--format", "sarif", "."]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`jsonl`"));
}

/// Every file under `dir`, as strings.
fn walk(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else {
                found.push(e.path().display().to_string());
            }
        }
    }
    found
}
