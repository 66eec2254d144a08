//! SARIF 2.1.0 as GitHub code scanning ingests it: every reported rule with its
//! descriptions, help and default level; results with URIs relative to the repository
//! root, full regions and content fingerprints; `security-severity` on security rules; the
//! category in `automationDetails`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;
use serde_json::{Value, json};

use super::ReportOptions;
use crate::model;
use crate::model::{Report, Severity};
use crate::rules;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
/// GitHub's limit on `shortDescription` and `fullDescription`.
const DESCRIPTION_MAX: usize = 1024;

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// Write the SARIF log. Each result is built as it is written: a repository's results as
/// JSON values at once would be many times the findings' size.
pub fn write(report: &Report, options: &ReportOptions, out: &mut dyn Write) -> std::io::Result<()> {
    let root = PathBuf::from(&report.root);
    let (base, prefix) = super::repository_base(&root);
    // every built-in rule (GitHub shows rule help for alerts it keeps), then custom rules
    let mut descriptors = Vec::new();
    let mut index = BTreeMap::new();
    for rule in rules::RULES {
        index.insert(rule.code.to_string(), descriptors.len());
        descriptors.push(builtin_descriptor(rule));
    }
    for custom in &options.custom_rules {
        if index.contains_key(&custom.id) {
            continue;
        }
        index.insert(custom.id.clone(), descriptors.len());
        descriptors.push(custom_descriptor(custom));
    }
    let category = options.category.as_deref().unwrap_or("aura").trim_end_matches('/');
    let run = Run {
        automation_details: json!({ "id": format!("{category}/") }),
        column_kind: "utf16CodeUnits",
        original_uri_base_ids: base.map(|base| json!({ "%SRCROOT%": { "uri": base } })),
        results: Results { findings: &report.findings, prefix: &prefix, index: &index },
        tool: json!({
            "driver": {
                "name": "aura",
                "version": report.tool.version,
                "semanticVersion": report.tool.version,
                "informationUri": "https://github.com/aura-dev/aura",
                "rules": descriptors,
            }
        }),
    };
    let log = Log { schema: SCHEMA, runs: [run], version: "2.1.0" };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    out.write_all(b"\n")
}

/// The log, its keys in the order `serde_json` writes a map's: sorted.
#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    runs: [Run<'a>; 1],
    version: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    automation_details: Value,
    column_kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    original_uri_base_ids: Option<Value>,
    results: Results<'a>,
    tool: Value,
}

/// The results, each made when it is written.
struct Results<'a> {
    findings: &'a [model::Finding],
    prefix: &'a str,
    index: &'a BTreeMap<String, usize>,
}

impl Serialize for Results<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq as _;
        let mut seq = serializer.serialize_seq(Some(self.findings.len()))?;
        for f in self.findings {
            seq.serialize_element(&result(f, self.prefix, self.index))?;
        }
        seq.end()
    }
}

/// One finding as a SARIF result.
fn result(f: &model::Finding, prefix: &str, index: &BTreeMap<String, usize>) -> Value {
    let mut text = f.message.clone();
    if !text.ends_with('.') {
        text.push('.');
    }
    if !f.suggestion.is_empty() {
        text.push(' ');
        text.push_str(&f.suggestion);
    }
    let mut location = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(&format!("{prefix}{}", f.path)), "uriBaseId": "%SRCROOT%" },
            "region": {
                "startLine": f.line.max(1),
                "startColumn": f.column.max(1),
                "endLine": f.end_line.max(f.line).max(1),
                "endColumn": f.end_column.max(1),
            }
        }
    });
    if let Some(function) = &f.function {
        location["logicalLocations"] = json!([{ "fullyQualifiedName": function, "kind": "function" }]);
    }
    let mut result = json!({
        "ruleId": f.code,
        "level": level(f.severity),
        "message": { "text": text },
        "locations": [location],
        "partialFingerprints": { "primaryLocationLineHash": format!("{}:1", f.fingerprint) },
        "properties": { "suggestion": f.suggestion },
    });
    if let Some(i) = index.get(&*f.code) {
        result["ruleIndex"] = json!(i);
    }
    result
}

fn truncate(text: &str) -> String {
    if text.chars().count() <= DESCRIPTION_MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(DESCRIPTION_MAX - 1).collect();
    format!("{cut}…")
}

/// `cyclomatic-complexity` → `CyclomaticComplexity` (SARIF's `name` is an identifier).
fn pascal(name: &str) -> String {
    name.split(['-', '_'])
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .collect()
}

fn builtin_descriptor(rule: &rules::Rule) -> Value {
    let details = rule.details();
    let what = details.split("\n\n").next().unwrap_or("").trim_start_matches("What:").trim();
    let what = what.split_whitespace().collect::<Vec<_>>().join(" ");
    // the family (GitHub reads the tag `security` as a security rule), then the languages
    let mut tags = vec![rule.family.as_str().to_string()];
    tags.extend(rule.languages.iter().map(|l| l.name().to_string()));
    tags.dedup();
    let mut properties = json!({ "tags": tags, "precision": precision(rule) });
    if let Some(sev) = rule.security_severity {
        properties["security-severity"] = json!(sev);
    }
    json!({
        "id": rule.code,
        "name": pascal(rule.name),
        "shortDescription": { "text": truncate(rule.summary()) },
        "fullDescription": { "text": truncate(if what.is_empty() { rule.summary() } else { &what }) },
        "help": {
            "text": format!("{}\n\n{details}", rule.summary()),
            "markdown": format!("**{}** (`{}`)\n\n{}", rule.summary(), rule.code, details),
        },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": properties,
    })
}

/// How often a rule's findings are right: metric rules always are (they count); the
/// pattern rules that guess from names are medium.
fn precision(rule: &rules::Rule) -> &'static str {
    match rule.code {
        "SEC003" | "SEC006" | "GO001" | "GO002" => "medium",
        _ => "high",
    }
}

fn custom_descriptor(custom: &crate::config::CustomRule) -> Value {
    json!({
        "id": custom.id,
        "name": pascal(&custom.id),
        "shortDescription": { "text": truncate(&custom.message) },
        "fullDescription": { "text": truncate(&format!("{} (a custom rule of this project: a tree-sitter query on {} files)", custom.message, custom.language)) },
        "help": { "text": format!("{}\n\nQuery:\n{}", custom.message, custom.query) },
        "defaultConfiguration": { "level": level(custom.severity) },
        "properties": { "tags": ["custom", custom.language] },
    })
}

/// Percent-encode what a URI path cannot hold as is.
pub(super) fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'/'
            | b'-'
            | b'_'
            | b'.'
            | b'~'
            | b'+'
            | b'@'
            | b':' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded_and_names_pascal() {
        assert_eq!(uri("src/my file#1.py"), "src/my%20file%231.py");
        assert_eq!(uri("src/é.py"), "src/%C3%A9.py");
        assert_eq!(pascal("cyclomatic-complexity"), "CyclomaticComplexity");
    }
}
