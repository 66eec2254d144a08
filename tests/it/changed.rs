//! `aura analyze --changed-since REV`: only what differs from REV, in a repository built
//! here, with imports resolved against the whole tree.

use crate::common::{Sandbox, text};

#[test]
fn changed_since_analyzes_committed_staged_modified_and_untracked_files_only() {
    let s = Sandbox::new();
    s.write(".gitignore", "ignored.py\n");
    s.write("pkg/__init__.py", "");
    s.write("pkg/base.py", "def base():\n    return 1\n");
    s.write("pkg/user.py", "from pkg.base import base\n\n\ndef user():\n    return base()\n");
    s.write("pkg/other.py", "def other():\n    return 2\n");
    s.write("pkg/edited.py", "def edited():\n    return 3\n");
    assert!(s.commit("feat: the package").status.success());
    let since = s.git_ok(&["rev-parse", "HEAD"]).trim().to_owned();

    // committed after REV, staged, modified in the working tree, untracked, ignored
    s.write("pkg/user.py", "from pkg.base import base\n\n\ndef user():\n    return base() + 1\n");
    assert!(s.commit("fix: one more").status.success());
    s.write("pkg/staged.py", "def staged():\n    return 4\n");
    s.git_ok(&["add", "pkg/staged.py"]);
    s.write("pkg/edited.py", "def edited():\n    return 30\n");
    s.write("pkg/untracked.py", "from pkg.other import other\n");
    s.write("ignored.py", "x = 1\n");

    let out = s.aura(&["analyze", "--changed-since", &since, "--format", "json", "--fail-on", "never"]);
    assert!(out.status.success(), "{}", text(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<&str> =
        report["files"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(files, ["pkg/edited.py", "pkg/staged.py", "pkg/untracked.py", "pkg/user.py"]);
    let edges: Vec<(String, String)> = report["graph"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e[0].as_str().unwrap_or_default().to_owned(), e[1].as_str().unwrap_or_default().to_owned()))
        .collect();
    assert!(
        edges.contains(&("pkg/user.py".into(), "pkg/base.py".into())),
        "an import of an unchanged file still resolves: {edges:?}"
    );
    assert!(edges.contains(&("pkg/untracked.py".into(), "pkg/other.py".into())), "{edges:?}");

    // nothing changed since HEAD but the working tree: the same minus the committed one
    let head = s.aura(&["analyze", "--changed-since", "HEAD", "--format", "json", "--fail-on", "never"]);
    let report: serde_json::Value = serde_json::from_slice(&head.stdout).unwrap();
    assert_eq!(report["summary"]["files"], 3, "{}", text(&head));

    let missing = s.aura(&["analyze", "--changed-since", "no-such-rev"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing).contains("no-such-rev"), "{}", text(&missing));
}
