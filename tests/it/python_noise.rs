//! The Python rules without their noise: SIZ003 leaves out `self`/`cls` and variadics,
//! imports under `if TYPE_CHECKING:` and inside functions, and a package's modules
//! importing their siblings through it, close no import cycle, and
//! flake8/ruff `# noqa` comments suppress aura's equivalent rules (`# type: ignore` none).

use serde_json::Value;

use crate::common::aura;

fn analyze(files: &[(&str, &str)]) -> Value {
    let tmp = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let p = tmp.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    let out = aura(tmp.path()).args(["analyze", "--format", "json"]).output().unwrap();
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)))
}

/// `path:line CODE message` for the findings of `codes`.
fn listing(report: &Value, codes: &[&str]) -> String {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| codes.contains(&f["code"].as_str().unwrap()))
        .map(|f| {
            format!(
                "{}:{} {} {}\n",
                f["path"].as_str().unwrap(),
                f["line"],
                f["code"].as_str().unwrap(),
                f["message"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn too_many_parameters_leaves_out_self_cls_and_variadics() {
    let src = r#"class Client:
    def connect(self, host, port, user, password, timeout):
        return host

    @classmethod
    def build(cls, host, port, user, password, timeout):
        return cls

    @staticmethod
    def parse(host, port, user, password, timeout, retries):
        return host

    def send(self, a, b, c, d, e, f):
        return a


def call(a, b, c, d, e, *args, **kwargs):
    return a


def typed(a, b, c, d, e, *args: int, **kwargs: str):
    return a


def keywords(a, b, c, *, d, e, f):
    return a


def plain(self, a, b, c, d, e):
    return a
"#;
    let report = analyze(&[("client.py", src)]);
    insta::assert_snapshot!("siz003_receivers_and_variadics", listing(&report, &["SIZ003"]));
    // the metric still counts every declared parameter, as lizard does
    let connect = &report["files"][0]["functions"][0];
    assert_eq!(connect["qualified_name"], "Client.connect");
    assert_eq!(connect["parameters"], 6);
}

#[test]
fn type_checking_and_function_local_imports_close_no_cycle() {
    let report = analyze(&[
        ("pkg/__init__.py", ""),
        ("pkg/models.py", "from pkg import views\n"),
        (
            "pkg/views.py",
            "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from pkg import models\n",
        ),
        ("pkg/forms.py", "from pkg import fields\n"),
        ("pkg/fields.py", "import typing\n\nif typing.TYPE_CHECKING:\n    from pkg.forms import Form\n"),
        ("pkg/app.py", "from pkg import ctx\n"),
        (
            "pkg/ctx.py",
            "import typing as t\n\nif t.TYPE_CHECKING:  # pragma: no cover\n    from pkg.app import App\n",
        ),
        // a package module importing its sibling modules through the package: the package
        // has started loading first; names defined in `__init__.py` keep the cycle
        ("pkg/sub/__init__.py", "from pkg.sub import helpers\n"),
        ("pkg/sub/helpers.py", "from pkg.sub import signals\n"),
        ("pkg/sub/signals.py", ""),
        ("pkg/chk/__init__.py", "class Error:\n    pass\n\n\nfrom pkg.chk import model_checks\n"),
        ("pkg/chk/model_checks.py", "from pkg.chk import Error\n"),
        ("pkg/urls.py", "from pkg import handlers\n"),
        ("pkg/handlers.py", "def route():\n    from pkg import urls\n    return urls\n"),
        // the `else` branch runs: a real cycle, which a bare `# NOQA` (meant for F401) on
        // the import does not hide
        ("pkg/a.py", "from pkg import b  # NOQA\n"),
        ("pkg/b.py", "if TYPE_CHECKING:\n    pass\nelse:\n    from pkg import a\n"),
    ]);
    insta::assert_snapshot!("str001_deferred_imports", listing(&report, &["STR001"]));
    // the deferred imports stay in the graph, marked
    let views = report["files"].as_array().unwrap().iter().find(|f| f["path"] == "pkg/views.py").unwrap();
    let import = views["imports"].as_array().unwrap().iter().find(|i| i["module"] == "pkg.models").unwrap();
    assert_eq!(
        (import["resolved"].as_str(), import["deferred"].as_bool()),
        (Some("pkg/models.py"), Some(true))
    );
    let edges = report["graph"]["edges"].as_array().unwrap();
    assert!(edges.iter().any(|e| e[0] == "pkg/views.py" && e[1] == "pkg/models.py"), "{edges:?}");
}

#[test]
fn noqa_suppresses_the_equivalent_rule_and_type_ignore_nothing() {
    let src = r#"def load(x):
    try:
        return eval(x)  # noqa
    except:  # noqa: E722
        pass
    try:
        return eval(x)  # NOQA:S307
    except:  # type: ignore
        pass
    y = eval(x)  # noqa: E501
    return y
"#;
    let report = analyze(&[("load.py", src)]);
    insta::assert_snapshot!("noqa_mapping", listing(&report, &["PY001", "SEC004"]));
    assert_eq!(report["summary"]["findings"]["suppressed"], 3);
}

#[test]
fn explain_lists_the_noqa_codes_of_a_rule() {
    let tmp = tempfile::tempdir().unwrap();
    let out = aura(tmp.path()).args(["explain", "PY001"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("`# noqa: E722`, `# noqa: B001` on its line suppresses it too"), "{text}");
}
