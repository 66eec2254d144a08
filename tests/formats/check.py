"""Check one aura report with the schema or parser its consumer uses (tests/it/formats.rs).

    python3 tests/formats/check.py FORMAT REPORT

FORMAT is one of:
  junit       lxml validates against Jenkins' junit-10.xsd (vendored beside this file),
              then junitparser (what many CI uploaders use) reads every case back
  checkstyle  diff-cover's checkstyle driver (diff-quality --violations=checkstyle) parses
              it, and the attributes reviewdog's checkstyle parser decodes are checked for
              their types (line and column integers, a known severity)
  rdjson      jsonschema validates against reviewdog's DiagnosticResult.json (vendored)

Prints one JSON object: {"errors": [...], "items": [...]}, where items are what the
consumer read (one per finding), for the Rust test to compare with aura's JSON report.
Exits 0 when there are no errors, 1 otherwise.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def check_junit(path):
    from lxml import etree
    import junitparser

    errors = []
    schema = etree.XMLSchema(etree.parse(str(HERE / "junit-10.xsd")))
    doc = etree.parse(str(path))
    if not schema.validate(doc):
        errors += [f"junit-10.xsd: line {e.line}: {e.message}" for e in schema.error_log]
    items = []
    xml = junitparser.JUnitXml.fromfile(str(path))
    for suite in xml:
        cases = list(suite)
        if int(suite.tests) != len(cases):
            errors.append(f"suite {suite.name}: tests={suite.tests} but {len(cases)} cases")
        for case in cases:
            for result in case.result:
                if isinstance(result, junitparser.Failure):
                    items.append({"suite": suite.name, "case": case.name, "type": result.type,
                                  "message": result.message, "text": result.text})
                elif isinstance(result, junitparser.Error):
                    items.append({"suite": suite.name, "case": case.name, "error": result.message})
    return errors, items


def check_checkstyle(path):
    from diff_cover.violationsreporters.java_violations_reporter import CheckstyleXmlDriver
    import xml.etree.ElementTree as ET

    errors = []
    text = Path(path).read_text(encoding="utf-8")
    # diff-quality's own reading of the report: {file: [Violation(line, message)]}
    parsed = CheckstyleXmlDriver().parse_reports([text])
    items = []
    for name, violations in sorted(parsed.items()):
        for v in violations:
            items.append({"file": name, "line": int(v.line), "message": v.message})
    root = ET.fromstring(text)
    if root.tag != "checkstyle" or not root.get("version"):
        errors.append("the root is not <checkstyle version=...>")
    for file in root:
        if file.tag != "file" or not file.get("name"):
            errors.append(f"<{file.tag}> under <checkstyle> is not <file name=...>")
        for error in file:
            if error.tag != "error":
                errors.append(f"<{error.tag}> under <file> is not <error>")
            for attr in ("line", "column"):
                value = error.get(attr)
                if value is not None and not value.isdigit():
                    errors.append(f"{file.get('name')}: {attr}={value!r} is not an integer")
            if error.get("severity") not in ("error", "warning", "info", "ignore"):
                errors.append(f"{file.get('name')}: severity={error.get('severity')!r}")
            if not error.get("message") or not error.get("source"):
                errors.append(f"{file.get('name')}: an <error> without message or source")
    return errors, items


def check_rdjson(path):
    from jsonschema import Draft4Validator

    schema = json.loads((HERE / "rdjson-DiagnosticResult.json").read_text(encoding="utf-8"))
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    validator = Draft4Validator(schema)
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]
    items = doc.get("diagnostics", []) if isinstance(doc, dict) else []
    return errors, items


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    check = {"junit": check_junit, "checkstyle": check_checkstyle, "rdjson": check_rdjson}[sys.argv[1]]
    errors, items = check(sys.argv[2])
    print(json.dumps({"errors": errors, "items": items}, indent=1))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
