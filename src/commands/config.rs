//! `aura config show|validate|init|path`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde_json::json;

use crate::ExitStatus;
use crate::cli::{ConfigCommand, GlobalArgs};
use crate::config::{
    CONFIG_DIR, ConfigError, Environment, FILE_NAMES, FileLayer, NOT_BUILT, Origin, STARTER, check_file,
    discover, load_with, not_built, project_root, render_value,
};

/// Runs one `aura config` subcommand in `cwd` (already resolved from `-C`), writing to `out`.
///
/// Invalid configuration is reported on `out` by `validate` (exit status 2) and returned
/// as an error by `show`; `init` refuses to overwrite an existing file without `--force`.
pub fn run(
    cmd: &ConfigCommand,
    global: &GlobalArgs,
    cwd: &Path,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    run_with(cmd, global, cwd, &Environment::from_process(), out)
}

/// [`run`] with an explicit environment (`HOME`, `AURA_*`) instead of the process's.
pub fn run_with(
    cmd: &ConfigCommand,
    global: &GlobalArgs,
    cwd: &Path,
    env: &Environment,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    match cmd {
        ConfigCommand::Show { all } => show(*all, global, cwd, env, out),
        ConfigCommand::Validate { files } => validate(files, global, cwd, env, out),
        ConfigCommand::Init { force } => init(*force, global, cwd, out),
        ConfigCommand::Path => path(global, cwd, env, out),
    }
}

/// The output formats the config commands accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

fn format(global: &GlobalArgs, command: &str, json_allowed: bool) -> anyhow::Result<Format> {
    match global.format.as_deref() {
        None | Some("text") => Ok(Format::Text),
        Some("json") if json_allowed => Ok(Format::Json),
        Some(other) => {
            let allowed = if json_allowed { "`text`, `json`" } else { "`text`" };
            bail!("`aura config {command}` does not support --format `{other}`; expected one of {allowed}")
        }
    }
}

/// `config show`: every value and its layer. The defaults of keys whose command is not
/// built yet are left out (one closing line names them) unless `all`; a value of such a
/// key that a layer sets is shown, marked `not used yet`.
fn show(
    all: bool,
    global: &GlobalArgs,
    cwd: &Path,
    env: &Environment,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let format = format(global, "show", true)?;
    let loaded = load_with(cwd, &global.overrides(), env)?;
    let mut hidden = 0;
    let entries: Vec<_> = loaded
        .entries()
        .into_iter()
        .filter_map(|(key, value, origin)| {
            let unused = not_built(&key);
            if unused.is_some() && origin == Origin::Default && !all {
                hidden += 1;
                return None;
            }
            Some((key, value, origin, unused))
        })
        .collect();
    match format {
        Format::Text => {
            let lines: Vec<(String, String)> = entries
                .iter()
                .map(|(key, value, origin, unused)| {
                    let note = unused.map(|why| format!("; not used yet: {why}")).unwrap_or_default();
                    (format!("{key} = {}", render_value(value)), format!("{origin}{note}"))
                })
                .collect();
            // Align the origins, except after the few very long values.
            let width = lines.iter().map(|(line, _)| line.len()).filter(|len| *len <= 60).max().unwrap_or(0);
            for (line, origin) in lines {
                writeln!(out, "{line:<width$}  # {origin}")?;
            }
            if hidden > 0 {
                // a top-level prefix is a section (`llm.*`), a dotted one a single key
                let prefixes: Vec<String> = NOT_BUILT
                    .iter()
                    .map(|(p, _)| if p.contains('.') { (*p).to_owned() } else { format!("{p}.*") })
                    .collect();
                let mut why: Vec<&str> = NOT_BUILT.iter().map(|(_, why)| *why).collect();
                why.dedup();
                writeln!(
                    out,
                    "# {hidden} default values of {} are not shown: not used yet ({}); --all lists them",
                    prefixes.join(", "),
                    why.join("; ")
                )?;
            }
        }
        Format::Json => {
            let map: serde_json::Map<String, serde_json::Value> = entries
                .into_iter()
                .map(|(key, value, origin, unused)| {
                    let value = serde_json::to_value(&value).unwrap_or(serde_json::Value::Null);
                    let mut entry = json!({ "value": value, "origin": origin });
                    if let Some(why) = unused {
                        entry["not_used_yet"] = json!(why);
                    }
                    (key, entry)
                })
                .collect();
            serde_json::to_writer_pretty(&mut *out, &map)?;
            writeln!(out)?;
        }
    }
    Ok(ExitStatus::Clean)
}

fn validate(
    files: &[PathBuf],
    global: &GlobalArgs,
    cwd: &Path,
    env: &Environment,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    format(global, "validate", false)?;
    let mut status = ExitStatus::Clean;
    if !files.is_empty() {
        for file in files {
            let path = cwd.join(file);
            match check_file(&path) {
                Ok(_) => writeln!(out, "ok: {}", path.display())?,
                Err(err) => {
                    report(&err, out)?;
                    status = ExitStatus::Error;
                }
            }
        }
        return Ok(status);
    }
    // No files named: check every layer together, as a run would load them.
    let layers: Vec<FileLayer> = discover(cwd, &global.overrides(), env)
        .into_iter()
        .filter(|layer| layer.exists || matches!(layer.origin, Origin::ConfigFlag(_)))
        .collect();
    let problems = load_with(cwd, &global.overrides(), env).err();
    for layer in &layers {
        let Some(file) = layer.origin.file() else {
            continue;
        };
        let in_file = problems.as_ref().is_some_and(|err| err.problems().iter().any(|p| names_file(p, file)));
        if !in_file {
            writeln!(out, "ok: {}", file.display())?;
        }
    }
    if let Some(err) = problems {
        report(&err, out)?;
        status = ExitStatus::Error;
    } else if layers.is_empty() {
        writeln!(out, "ok: no configuration files; using the built-in defaults")?;
    }
    Ok(status)
}

/// Writes one `WHERE: message` line per problem.
fn report(err: &ConfigError, out: &mut dyn Write) -> std::io::Result<()> {
    for problem in err.problems() {
        writeln!(out, "{problem}")?;
    }
    Ok(())
}

fn names_file(problem: &ConfigError, file: &Path) -> bool {
    use crate::config::Source;
    match problem {
        ConfigError::Read { path, .. } => path == file,
        ConfigError::Syntax { at, .. }
        | ConfigError::UnknownKey { at, .. }
        | ConfigError::InvalidValue { at, .. } => at.source == Source::File(file.to_path_buf()),
        ConfigError::Multiple(all) => all.iter().any(|p| names_file(p, file)),
    }
}

fn init(force: bool, global: &GlobalArgs, cwd: &Path, out: &mut dyn Write) -> anyhow::Result<ExitStatus> {
    format(global, "init", false)?;
    let dir = project_root(cwd).join(CONFIG_DIR);
    let target = dir.join(FILE_NAMES[0]);
    let existing: Vec<PathBuf> =
        FILE_NAMES.iter().map(|name| dir.join(name)).filter(|p| p.exists()).collect();
    if let Some(first) = existing.first()
        && !force
    {
        bail!("{} already exists; pass --force to overwrite it", first.display());
    }
    fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    fs::write(&target, STARTER).with_context(|| format!("cannot write {}", target.display()))?;
    writeln!(out, "created {}", target.display())?;
    for other in existing.iter().filter(|p| **p != target) {
        writeln!(out, "note: {} is now ignored: {} takes precedence", other.display(), target.display())?;
    }
    Ok(ExitStatus::Clean)
}

fn path(
    global: &GlobalArgs,
    cwd: &Path,
    env: &Environment,
    out: &mut dyn Write,
) -> anyhow::Result<ExitStatus> {
    let format = format(global, "path", true)?;
    let layers = discover(cwd, &global.overrides(), env);
    let env_vars: Vec<&str> = env.config_vars().map(|(var, _)| var.name).collect();
    match format {
        Format::Text => {
            writeln!(out, "{:<8} built in", "default")?;
            for layer in &layers {
                let Some(file) = layer.origin.file() else {
                    continue;
                };
                let state = if layer.exists { "exists" } else { "not found" };
                writeln!(out, "{:<8} {} ({state})", layer.origin.layer(), file.display())?;
            }
            let set =
                if env_vars.is_empty() { "no AURA_* variables set".to_owned() } else { env_vars.join(", ") };
            writeln!(out, "{:<8} {set}", "env")?;
        }
        Format::Json => {
            let files: Vec<serde_json::Value> = layers
                .iter()
                .filter_map(|layer| {
                    let file = layer.origin.file()?;
                    Some(json!({ "layer": layer.origin.layer(), "path": file, "exists": layer.exists }))
                })
                .collect();
            let doc = json!({ "files": files, "env": env_vars });
            serde_json::to_writer_pretty(&mut *out, &doc)?;
            writeln!(out)?;
        }
    }
    Ok(ExitStatus::Clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_in(dir: &Path, cmd: ConfigCommand, env: &Environment) -> (ExitStatus, String) {
        let mut out = Vec::new();
        let status = run_with(&cmd, &GlobalArgs::default(), dir, env, &mut out).unwrap();
        (status, String::from_utf8(out).unwrap())
    }

    #[test]
    fn init_then_validate_then_refuse() {
        let home = tempfile::tempdir().unwrap();
        let repo = tempfile::tempdir().unwrap();
        fs::create_dir(repo.path().join(".git")).unwrap();
        let sub = repo.path().join("src");
        fs::create_dir(&sub).unwrap();
        let env = Environment::from_pairs([("HOME", home.path().to_str().unwrap())]);

        let (status, text) = run_in(&sub, ConfigCommand::Init { force: false }, &env);
        assert_eq!(status, ExitStatus::Clean);
        let written = repo.path().join(".aura/config.yaml");
        assert_eq!(text, format!("created {}\n", written.display()));

        let (status, text) = run_in(&sub, ConfigCommand::Validate { files: vec![] }, &env);
        assert_eq!((status, text), (ExitStatus::Clean, format!("ok: {}\n", written.display())));

        let err = run_with(
            &ConfigCommand::Init { force: false },
            &GlobalArgs::default(),
            &sub,
            &env,
            &mut Vec::new(),
        )
        .unwrap_err();
        assert!(err.to_string().contains("already exists; pass --force"), "{err}");
        let (status, _) = run_in(&sub, ConfigCommand::Init { force: true }, &env);
        assert_eq!(status, ExitStatus::Clean);
    }

    #[test]
    fn validate_reports_each_problem_with_status_2() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.yaml");
        fs::write(&bad, "analysis:\n  max_fle_size: 3\n").unwrap();
        let good = dir.path().join("good.json");
        fs::write(&good, r#"{"logging": {"level": "debug"}}"#).unwrap();
        let cmd = ConfigCommand::Validate { files: vec!["bad.yaml".into(), "good.json".into()] };
        let (status, text) = run_in(dir.path(), cmd, &Environment::default());
        assert_eq!(status, ExitStatus::Error);
        let expected = format!(
            "{}:2:3: unknown key `analysis.max_fle_size`; did you mean `max_file_size`?\nok: {}\n",
            bad.display(),
            good.display()
        );
        assert_eq!(text, expected);
    }

    #[test]
    fn path_lists_layers() {
        let home = tempfile::tempdir().unwrap();
        let repo = tempfile::tempdir().unwrap();
        fs::create_dir(repo.path().join(".git")).unwrap();
        let env = Environment::from_pairs([("HOME", home.path().to_str().unwrap()), ("AURA_JOBS", "2")]);
        let (_, text) = run_in(repo.path(), ConfigCommand::Path, &env);
        let expected = format!(
            "default  built in\nuser     {} (not found)\nproject  {} (not found)\nenv      AURA_JOBS\n",
            home.path().join(".aura/config.yaml").display(),
            repo.path().join(".aura/config.yaml").display()
        );
        assert_eq!(text, expected);
    }

    #[test]
    fn unsupported_formats_are_usage_errors() {
        let global = GlobalArgs { format: Some("sarif".into()), ..GlobalArgs::default() };
        let dir = tempfile::tempdir().unwrap();
        let err = run_with(
            &ConfigCommand::Show { all: false },
            &global,
            dir.path(),
            &Environment::default(),
            &mut Vec::new(),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "`aura config show` does not support --format `sarif`; expected one of `text`, `json`"
        );
    }
}
