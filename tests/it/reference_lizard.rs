//! Cyclomatic complexity against the real lizard (installed by `.ci/run`), on code where
//! lizard's token rules and aura's McCabe rules agree: every function must match.
//! The full comparison on real packages is `scripts/compare-references`.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::common::aura;

const SOURCES: &[(&str, &str)] = &[
    (
        "a.py",
        r#"
def branches(a, b, items):
    if a and b:
        return 1
    elif a or b:
        return 2
    for i in items:
        while i > 0:
            i -= 1
    try:
        pass
    except ValueError:
        pass
    except KeyError:
        pass
    return [x for x in items if x] or (a if b else 0)

class K:
    def method(self, x):
        def inner(y):
            return y if y else 0
        return inner(x) if x > 1 else None
"#,
    ),
    (
        "b.js",
        r#"
function f(a, b, list) {
  if (a && b) { return 1; } else if (a || b) { return 2; }
  for (const x of list) { while (x > 0) { break; } }
  switch (a) { case 1: return 1; case 2: return 2; default: return 0; }
}
function g(x) { try { return x ? 1 : 2; } catch (e) { return 0; } }
"#,
    ),
    (
        "c.go",
        r#"
package p

func F(a, b int) int {
	if a > 0 && b > 0 {
		return 1
	} else if a < 0 || b < 0 {
		return 2
	}
	for i := 0; i < a; i++ {
		switch i {
		case 1:
			return 1
		case 2, 3:
			return 2
		default:
		}
	}
	return 0
}
"#,
    ),
    (
        "D.java",
        r#"
class D {
  int f(int a, boolean b) {
    if (a > 1 && b) { return 1; } else if (a < 0) { return 2; }
    for (int i = 0; i < a; i++) { if (i == 3 || i == 4) { continue; } }
    try { return b ? 1 : 0; } catch (Exception e) { return -1; }
  }
}
"#,
    ),
    (
        "e.c",
        r#"
int f(int a, int b) {
  if (a && b) { return 1; } else if (a || b) { return 2; }
  while (a--) { do { b++; } while (b < 10); }
  switch (a) { case 1: return 1; case 2: return 2; default: return 0; }
  return a ? b : 0;
}
"#,
    ),
    (
        "f.rs",
        r#"
fn f(a: Option<i32>, b: bool) -> Result<i32, ()> {
    let x = a.ok_or(())?;
    if x > 1 && b {
        return Ok(1);
    } else if x < 0 || !b {
        return Ok(2);
    }
    for i in 0..x {
        while i > 3 {}
    }
    match x {
        1 => Ok(1),
        2 => Ok(2),
        _ => Ok(0),
    }
}
"#,
    ),
];

/// `(file, start line) → CCN` from `lizard --csv`.
fn lizard(dir: &Path) -> BTreeMap<(String, u64), u64> {
    let out = Command::new("lizard")
        .arg("--csv")
        .arg(".")
        .current_dir(dir)
        .output()
        .expect("lizard is installed by .ci/run (pip install lizard==1.24.3)");
    let text = String::from_utf8(out.stdout).unwrap();
    let mut result = BTreeMap::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        // NLOC,CCN,token,PARAM,length,location,file,function,long_name,start,end
        let fields: Vec<&str> = line.split(',').collect();
        let n = fields.len();
        let ccn: u64 = fields[1].parse().unwrap();
        let start: u64 = fields[n - 2].trim_matches('"').parse().unwrap();
        let file = fields[6].trim_matches('"').trim_start_matches("./").to_string();
        result.insert((file, start), ccn);
    }
    result
}

#[test]
fn cyclomatic_equals_lizard_on_shared_constructs() {
    let tmp = tempfile::tempdir().unwrap();
    for (name, src) in SOURCES {
        std::fs::write(tmp.path().join(name), src).unwrap();
    }
    let expected = lizard(tmp.path());
    assert!(expected.len() >= 8, "lizard found the functions: {expected:?}");

    let out = aura(tmp.path()).args(["analyze", "--format", "json"]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut actual = BTreeMap::new();
    for file in report["files"].as_array().unwrap() {
        for f in file["functions"].as_array().unwrap() {
            let key = (file["path"].as_str().unwrap().to_string(), f["start_line"].as_u64().unwrap());
            actual.insert(key, f["cyclomatic"].as_u64().unwrap());
        }
    }
    for (key, ccn) in &expected {
        assert_eq!(actual.get(key), Some(ccn), "{key:?}: aura {:?}, lizard {ccn}", actual.get(key));
    }
}
