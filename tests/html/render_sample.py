#!/usr/bin/env python3
"""Render templates/report.html.j2 without Rust, for working on the template.

    python3 tests/html/render_sample.py REPORT.json OUT.html [--fake-findings] [--title TITLE]

The template uses exactly four expressions (title, generated, version, data) and no other
Jinja syntax, so plain string replacement renders it the way minijinja does. This script
refuses a template that drifts from that contract.

--fake-findings adds `findings` and `summary.findings` derived from the metrics (and one
finding whose text tries to break out of the <script> tag), for as long as the Rust side
does not emit them yet.
"""

import argparse
import hashlib
import html
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[2] / "templates" / "report.html.j2"
EXPRESSIONS = ["{{ data }}", "{{ generated }}", "{{ title }}", "{{ version }}"]


def check_template(text):
    found = sorted(set(re.findall(r"\{\{.*?\}\}", text, flags=re.S)))
    if found != EXPRESSIONS:
        sys.exit(f"template expressions {found} differ from {EXPRESSIONS}")
    for marker in ("{%", "{#"):
        if marker in text:
            sys.exit(f"template contains Jinja syntax {marker!r}; only the four expressions are allowed")


def embed_json(report):
    """The escaping contract for `data`: JSON with every '<' written as \\u003c."""
    return json.dumps(report, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def fake_findings(report):
    rules = [
        ("CPX001", "cyclomatic-complexity", "cyclomatic", 10, 20,
         "Cyclomatic complexity of {v} exceeds the threshold of {t}",
         "Split the function; extract the branches into smaller functions."),
        ("CPX002", "cognitive-complexity", "cognitive", 15, 30,
         "Cognitive complexity of {v} exceeds the threshold of {t}",
         "Flatten nesting with early returns and extract helpers."),
        ("SIZ001", "function-length", "lines", 60, 150,
         "Function is {v} lines long (threshold {t})",
         "Move cohesive blocks into named helpers."),
        ("SIZ002", "too-many-parameters", "parameters", 5, 10,
         "Function takes {v} parameters (threshold {t})",
         "Group related parameters into a struct or options object."),
    ]
    findings = []
    for f in report.get("files", []):
        for fn in f.get("functions", []):
            for code, rule, key, warn, err, msg, hint in rules:
                v = fn.get(key) or 0
                if v <= warn:
                    continue
                findings.append({
                    "code": code, "rule": rule, "severity": "error" if v > err else "warning",
                    "message": msg.format(v=v, t=warn), "path": f["path"],
                    "line": fn["start_line"], "column": 1, "end_line": fn["end_line"], "end_column": 1,
                    "function": fn.get("qualified_name") or fn.get("name"), "suggestion": hint,
                })
            if fn.get("public") and not fn.get("documented"):
                findings.append({
                    "code": "DOC001", "rule": "missing-docs", "severity": "note",
                    "message": "Public function has no documentation", "path": f["path"],
                    "line": fn["start_line"], "column": 1, "end_line": fn["start_line"], "end_column": 1,
                    "function": fn.get("qualified_name") or fn.get("name"),
                    "suggestion": "Add a one-line doc comment.",
                })
    if report.get("files"):
        path = report["files"][0]["path"]
        findings.append({
            "code": "TST999", "rule": "escaping-probe", "severity": "note",
            "message": "Message with </script><script>alert(1)</script> & <b>markup</b> <!-- in it",
            "path": path, "line": 1, "column": 1, "end_line": 1, "end_column": 1,
            "suggestion": "none: this finding is fake",
        })
    for f in findings:
        key = f"{f['code']}:{f['path']}:{f.get('function')}"
        f["fingerprint"] = hashlib.sha256(key.encode()).hexdigest()[:16]
    findings.sort(key=lambda f: (f["path"], f["line"]))
    counts = {sev: sum(f["severity"] == sev for f in findings) for sev in ("error", "warning", "note")}
    report["findings"] = findings
    report.setdefault("summary", {})["findings"] = {**counts, "suppressed": 3, "baselined": 7}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("report")
    ap.add_argument("out")
    ap.add_argument("--fake-findings", action="store_true")
    ap.add_argument("--title")
    args = ap.parse_args()

    template = TEMPLATE.read_text(encoding="utf-8")
    check_template(template)
    report = json.loads(Path(args.report).read_text(encoding="utf-8"))
    if args.fake_findings:
        fake_findings(report)
    title = args.title or f"aura report: {report.get('root', '')}"
    values = {
        "{{ title }}": html.escape(title),
        "{{ generated }}": html.escape(datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        "{{ version }}": html.escape(str(report.get("tool", {}).get("version", ""))),
        "{{ data }}": embed_json(report),
    }
    # One pass, so a value that happens to contain an expression is never substituted again.
    out = re.sub(r"\{\{ (?:title|generated|version|data) \}\}", lambda m: values[m.group(0)], template)
    Path(args.out).write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
