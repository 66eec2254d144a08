//! `aura rules` and `aura explain CODE`: the rule registry, for people.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use crate::ExitStatus;
use crate::cli::{ExplainArgs, GlobalArgs};
use crate::config::Thresholds;
use crate::rules::{self, RULES};

use super::{Output, load_config};

/// List every rule: code, name, default severity, threshold, languages, summary; then the
/// project's custom rules.
pub fn list(global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let config = load_config(global, cwd)?;
    let mut out = Output::open(global)?;
    let style = out.style(global);
    if global.format.as_deref() == Some("json") {
        let list: Vec<serde_json::Value> = RULES
            .iter()
            .map(|r| {
                serde_json::json!({
                    "code": r.code, "name": r.name, "family": r.family.as_str(),
                    "severity": r.severity, "default_on": r.default_on,
                    "threshold": r.threshold.map(|t| t.key()),
                    "languages": r.languages.iter().map(|l| l.name()).collect::<Vec<_>>(),
                    "summary": r.summary(),
                })
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &list)?;
        writeln!(out)?;
        out.finish()?;
        return Ok(ExitStatus::Clean);
    }
    let defaults = Thresholds::default();
    let mut family = "";
    for r in RULES {
        if r.family.as_str() != family {
            family = r.family.as_str();
            writeln!(out, "\n{}", style.bold(family))?;
        }
        let threshold =
            r.threshold.map(|t| format!(" [{} > {}]", t.key(), t.value(&defaults))).unwrap_or_default();
        let threshold = threshold.replace("maintainability > ", "maintainability < ");
        let langs = if r.languages.is_empty() {
            String::new()
        } else {
            format!(" ({})", r.languages.iter().map(|l| l.name()).collect::<Vec<_>>().join(", "))
        };
        let level = if r.default_on { r.severity.as_str() } else { "off" };
        writeln!(
            out,
            "  {}  {:<28} {:<7} {}{}{}",
            style.bold(r.code),
            r.name,
            level,
            r.summary(),
            style.dim(&threshold),
            style.dim(&langs)
        )?;
    }
    if !config.rules.custom.is_empty() {
        writeln!(out, "\n{}", style.bold("custom (this project)"))?;
        for c in &config.rules.custom {
            writeln!(
                out,
                "  {}  {:<7} {} ({})",
                style.bold(&c.id),
                c.severity.as_str(),
                c.message,
                c.language
            )?;
        }
    }
    writeln!(out, "\n`aura explain CODE` documents a rule; `rules:` in the configuration changes them.")?;
    out.finish()?;
    Ok(ExitStatus::Clean)
}

/// Print one rule's documentation.
pub fn explain(args: &ExplainArgs, global: &GlobalArgs, cwd: &Path) -> Result<ExitStatus> {
    let Some(rule) = rules::find(&args.code) else {
        let config = load_config(global, cwd)?;
        if let Some(c) = config.rules.custom.iter().find(|c| c.id == args.code) {
            let mut out = Output::open(global)?;
            writeln!(out, "{}  (custom rule, {})\n\n{}\n\nQuery:\n{}", c.id, c.language, c.message, c.query)?;
            out.finish()?;
            return Ok(ExitStatus::Clean);
        }
        let hint = rules::suggest(&args.code).map(|s| format!("; did you mean `{s}`?")).unwrap_or_default();
        anyhow::bail!("unknown rule `{}`{hint} (`aura rules` lists them)", args.code);
    };
    let mut out = Output::open(global)?;
    let style = out.style(global);
    writeln!(out, "{} {}: {}", style.bold(rule.code), rule.name, rule.summary())?;
    let mut facts =
        vec![format!("default severity: {}", rule.severity), format!("family: {}", rule.family.as_str())];
    if let Some(t) = rule.threshold {
        facts.push(format!(
            "threshold: analysis.thresholds.{} (default {})",
            t.key(),
            t.value(&Thresholds::default())
        ));
    }
    if !rule.languages.is_empty() {
        facts.push(format!(
            "languages: {}",
            rule.languages.iter().map(|l| l.name()).collect::<Vec<_>>().join(", ")
        ));
    }
    writeln!(out, "{}\n", style.dim(&facts.join(" · ")))?;
    writeln!(out, "{}", rule.details())?;
    writeln!(
        out,
        "\nSuppress one finding with a comment `aura: ignore[{}]` on its line or the line above.",
        rule.code
    )?;
    let noqa: Vec<String> =
        crate::rules::noqa_codes_for(rule.code).map(|c| format!("`# noqa: {c}`")).collect();
    if !noqa.is_empty() {
        writeln!(out, "flake8 and ruff's {} on its line suppresses it too.", noqa.join(", "))?;
    }
    out.finish()?;
    Ok(ExitStatus::Clean)
}
