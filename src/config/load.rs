//! The five layers, lowest first: built-in defaults, the user file, the project file
//! (or `--config`), `AURA_*` environment variables, command-line flags.
//!
//! Each layer is parsed and checked against the schema on its own (so an error names
//! its file, line and column), the untyped trees are merged deeply, the result is
//! deserialized once and validated, and every leaf remembers the layer that set it.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize, Serializer};
use serde_yaml_ng::{Mapping, Value};

use super::collect::{self, key_of};
use super::env::{CONFIG_PATH_VAR, Environment, env_value};
use super::error::{ConfigError, Position, Source, schema_error, syntax_error};
use super::overrides::Overrides;
use super::provenance::{Provenance, position_in};
use super::schema::Config;
use super::tree::{self, display_leaves, nest, prefixes};
use super::validate;

/// The directory that holds configuration files, in the home and project directories.
pub const CONFIG_DIR: &str = ".aura";

/// The file names tried in each configuration directory, in order of preference.
pub const FILE_NAMES: &[&str] = &["config.yaml", "config.yml", "config.json"];

/// Which layer set a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The built-in defaults.
    Default,
    /// The user file, `~/.aura/config.yaml`.
    User(PathBuf),
    /// The project file, `.aura/config.yaml` in the working directory or above.
    Project(PathBuf),
    /// The file given with `--config` or `AURA_CONFIG_PATH`, which replaces the project file.
    ConfigFlag(PathBuf),
    /// An `AURA_*` environment variable.
    Env(String),
    /// A command-line flag.
    Flag(String),
}

impl Origin {
    /// The file this origin read, if it is a file layer.
    pub fn file(&self) -> Option<&Path> {
        match self {
            Self::User(path) | Self::Project(path) | Self::ConfigFlag(path) => Some(path),
            Self::Default | Self::Env(_) | Self::Flag(_) => None,
        }
    }

    /// The layer's name: `default`, `user`, `project`, `config`, `env` or `flag`.
    pub fn layer(&self) -> &'static str {
        match self {
            Self::Default => "default",
            Self::User(_) => "user",
            Self::Project(_) => "project",
            Self::ConfigFlag(_) => "config",
            Self::Env(_) => "env",
            Self::Flag(_) => "flag",
        }
    }

    pub(crate) fn source(&self) -> Source {
        match self {
            Self::Default => Source::Defaults,
            Self::User(path) | Self::Project(path) | Self::ConfigFlag(path) => Source::File(path.clone()),
            Self::Env(name) => Source::Env(name.clone()),
            Self::Flag(name) => Source::Flag(name.clone()),
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Default => f.write_str("default"),
            Self::User(path) | Self::Project(path) => {
                write!(f, "{} ({})", self.layer(), path.display())
            }
            Self::ConfigFlag(path) => write!(f, "--config ({})", path.display()),
            Self::Env(name) => write!(f, "env ({name})"),
            Self::Flag(name) => write!(f, "flag ({name})"),
        }
    }
}

impl Serialize for Origin {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The result of loading: the configuration, where each value came from, and the files read.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The effective configuration.
    pub config: Config,
    /// The layer that set each leaf, by dotted key (`analysis.thresholds.cyclomatic`).
    pub origins: BTreeMap<String, Origin>,
    /// The configuration files read, lowest layer first.
    pub files: Vec<PathBuf>,
    /// Every file layer looked at, lowest first, read or not (`-v` lists them).
    pub layers: Vec<FileLayer>,
    /// Each file layer's text, to point later errors at a line.
    texts: Vec<(Origin, String)>,
}

impl Loaded {
    /// An error about the value at dotted `key`, found after loading (an unknown rule
    /// code, a query that does not compile), placed at the line of the layer that set it.
    pub fn invalid(&self, key: &str, message: impl Into<String>) -> ConfigError {
        let origin =
            prefixes(key).find_map(|prefix| self.origins.get(prefix)).cloned().unwrap_or(Origin::Default);
        ConfigError::InvalidValue {
            at: position_in(&self.texts, origin, key),
            key: key.to_owned(),
            message: message.into(),
        }
    }

    /// Every effective leaf in schema order: dotted key, value, and the layer that set it.
    pub fn entries(&self) -> Vec<(String, Value, Origin)> {
        let value = serde_yaml_ng::to_value(&self.config).unwrap_or(Value::Null);
        display_leaves(&value)
            .into_iter()
            .map(|(key, value)| {
                let origin = self.origins.get(&key).cloned().unwrap_or(Origin::Default);
                (key, value, origin)
            })
            .collect()
    }
}

/// A configuration file a layer would read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileLayer {
    /// The layer (its path is the file's).
    pub origin: Origin,
    /// Whether the file exists.
    pub exists: bool,
}

/// Loads the configuration for a run in `cwd` (already resolved from `-C`).
pub fn load(cwd: &Path, global: &Overrides) -> Result<Loaded, ConfigError> {
    load_with(cwd, global, &Environment::from_process())
}

/// [`load`] with an explicit environment instead of the process's.
pub fn load_with(cwd: &Path, global: &Overrides, env: &Environment) -> Result<Loaded, ConfigError> {
    let mut stack = Stack::new()?;
    let mut errors = Vec::new();
    let layers = discover(cwd, global, env);
    for layer in &layers {
        let explicit = matches!(layer.origin, Origin::ConfigFlag(_));
        if (layer.exists || explicit)
            && let Err(err) = stack.push_file(layer.origin.clone())
        {
            errors.push(err);
        }
    }
    for (var, text) in env.config_vars() {
        let origin = Origin::Env(var.name.to_owned());
        let pushed =
            env_value(var, text, &stack.merged).and_then(|value| stack.push_value(origin, var.key, value));
        if let Err(err) = pushed {
            errors.push(err);
        }
    }
    for (flag, key, value) in flag_values(global) {
        if let Err(err) = stack.push_value(Origin::Flag(flag), key, value) {
            errors.push(err);
        }
    }
    let mut loaded = stack.finish(errors)?;
    loaded.layers = layers;
    Ok(loaded)
}

/// Checks one file on its own, on top of the defaults: syntax, schema and semantics.
pub fn check_file(path: &Path) -> Result<Config, ConfigError> {
    let mut stack = Stack::new()?;
    let errors = stack.push_file(Origin::Project(path.to_path_buf())).err().into_iter().collect();
    stack.finish(errors).map(|loaded| loaded.config)
}

/// The file layers in order: the user file, then the project file or the `--config` one.
/// A layer whose file is missing is listed where it would be (the first name tried).
pub fn discover(cwd: &Path, global: &Overrides, env: &Environment) -> Vec<FileLayer> {
    let mut layers = Vec::new();
    let home = env.home();
    if let Some(home) = &home {
        let dir = home.join(CONFIG_DIR);
        let (path, exists) = first_existing(&dir);
        layers.push(FileLayer { origin: Origin::User(path), exists });
    }
    let explicit = global.config.clone().or_else(|| env.get(CONFIG_PATH_VAR).map(PathBuf::from));
    if let Some(path) = explicit {
        let path = cwd.join(path);
        let exists = path.is_file();
        layers.push(FileLayer { origin: Origin::ConfigFlag(path), exists });
        return layers;
    }
    let project = find_project_file(cwd, home.as_deref())
        .map(|path| FileLayer { origin: Origin::Project(path), exists: true })
        .unwrap_or_else(|| FileLayer {
            origin: Origin::Project(project_root(cwd).join(CONFIG_DIR).join(FILE_NAMES[0])),
            exists: false,
        });
    layers.push(project);
    layers
}

/// The repository root containing `cwd` (the nearest directory with a `.git`), or `cwd`.
pub fn project_root(cwd: &Path) -> PathBuf {
    cwd.ancestors().find(|dir| dir.join(".git").exists()).unwrap_or(cwd).to_path_buf()
}

/// Walks up from `cwd` looking for `.aura/config.*`, stopping after the repository root,
/// and before the home directory (whose `.aura` is the user layer, not a project).
fn find_project_file(cwd: &Path, home: Option<&Path>) -> Option<PathBuf> {
    for dir in cwd.ancestors() {
        if home.is_some_and(|home| home == dir) {
            return None;
        }
        let (path, exists) = first_existing(&dir.join(CONFIG_DIR));
        if exists {
            return Some(path);
        }
        if dir.join(".git").exists() {
            return None;
        }
    }
    None
}

/// The first configuration file name that exists in `dir`, or the preferred one.
fn first_existing(dir: &Path) -> (PathBuf, bool) {
    FILE_NAMES
        .iter()
        .map(|name| dir.join(name))
        .find(|path| path.is_file())
        .map_or_else(|| (dir.join(FILE_NAMES[0]), false), |path| (path, true))
}

/// The flag layer: `--jobs`, `--quiet` and `-v`.
fn flag_values(global: &Overrides) -> Vec<(String, &'static str, Value)> {
    let mut flags = Vec::new();
    if let Some(jobs) = global.jobs {
        flags.push(("--jobs".to_owned(), "analysis.jobs", Value::from(jobs as u64)));
    }
    let level = if global.quiet {
        Some(("--quiet".to_owned(), "error"))
    } else {
        match global.verbose {
            0 => None,
            1 => Some(("-v".to_owned(), "info")),
            2 => Some(("-vv".to_owned(), "debug")),
            _ => Some(("-vvv".to_owned(), "trace")),
        }
    };
    if let Some((flag, level)) = level {
        flags.push((flag, "logging.level", Value::String(level.to_owned())));
    }
    flags
}

/// Parses one configuration file's text (YAML or JSON) and checks it against the schema;
/// the error lists every schema problem. An empty file is an empty configuration.
pub fn parse_text(text: &str, source: Source) -> Result<Value, ConfigError> {
    let (value, problems) = parse_lenient(text, source)?;
    match ConfigError::from_many(problems) {
        Some(err) => Err(err),
        None => Ok(value),
    }
}

/// [`parse_text`] that keeps going past schema problems: the tree without the offending
/// keys, and the problems. Only a text that is not a YAML mapping is an error.
fn parse_lenient(text: &str, source: Source) -> Result<(Value, Vec<ConfigError>), ConfigError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if is_blank(text) {
        return Ok((Value::Mapping(Mapping::new()), Vec::new()));
    }
    let mut value: Value = serde_yaml_ng::from_str(text).map_err(|err| syntax_error(&err, source.clone()))?;
    value.apply_merge().map_err(|err| syntax_error(&err, source.clone()))?;
    match &value {
        Value::Null => return Ok((Value::Mapping(Mapping::new()), Vec::new())),
        Value::Mapping(_) => {}
        other => {
            return Err(ConfigError::InvalidValue {
                at: Position { source, line: Some(1), column: Some(1) },
                key: String::new(),
                message: format!(
                    "expected a mapping of sections (analysis, rules, git, review, llm, serve, logging), found {}",
                    kind_name(other)
                ),
            });
        }
    }
    // Deserializing the text (not the tree) keeps line numbers and the dotted path.
    let problems = collect::schema_problems(text, &mut value, &source);
    Ok((value, problems))
}

/// True when the text has nothing but whitespace and comments.
fn is_blank(text: &str) -> bool {
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#') || line == "---" || line == "..."
    })
}

fn kind_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

/// Whether dotted `key` is `outer` or a key under it.
fn within(key: &str, outer: &str) -> bool {
    !outer.is_empty()
        && key.strip_prefix(outer).is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// The layers merged so far, and what set each leaf.
struct Stack {
    merged: Value,
    set_by: BTreeMap<String, Origin>,
    texts: Vec<(Origin, String)>,
    files: Vec<PathBuf>,
}

impl Stack {
    fn new() -> Result<Self, ConfigError> {
        let merged = serde_yaml_ng::to_value(Config::default()).map_err(|err| ConfigError::InvalidValue {
            at: Position::whole(Source::Defaults),
            key: String::new(),
            message: err.to_string(),
        })?;
        Ok(Self { merged, set_by: BTreeMap::new(), texts: Vec::new(), files: Vec::new() })
    }

    fn push_file(&mut self, origin: Origin) -> Result<(), ConfigError> {
        let Some(path) = origin.file().map(Path::to_path_buf) else {
            return Ok(());
        };
        let text = std::fs::read_to_string(&path)
            .map_err(|source| ConfigError::Read { path: path.clone(), source })?;
        let (value, problems) = parse_lenient(&text, origin.source())?;
        self.files.push(path);
        self.texts.push((origin.clone(), text));
        // the keys that are wrong are left out, so the rest is still checked
        self.apply(origin, value);
        match ConfigError::from_many(problems) {
            Some(err) => Err(err),
            None => Ok(()),
        }
    }

    /// Pushes one value at `key` from an environment variable or a flag, after checking it.
    fn push_value(&mut self, origin: Origin, key: &str, value: Value) -> Result<(), ConfigError> {
        let layer = nest(key, value);
        Config::deserialize(layer.clone()).map_err(|err| schema_error(&err, origin.source(), key))?;
        self.apply(origin, layer);
        Ok(())
    }

    fn apply(&mut self, origin: Origin, layer: Value) {
        for key in tree::merge(&mut self.merged, layer) {
            let stale: Vec<String> = self
                .set_by
                .range(key.clone()..)
                .map(|(k, _)| k)
                .take_while(|k| k.starts_with(&key))
                .filter(|k| k[key.len()..].starts_with(['.', '[']))
                .cloned()
                .collect();
            for k in stale {
                self.set_by.remove(&k);
            }
            self.set_by.insert(key, origin.clone());
        }
    }

    /// The layer that set `key` or the nearest enclosing key, else (for a key that is a
    /// mapping, such as `git.commit.rules.NAME`) the layer that set a value under it.
    fn origin_of(&self, key: &str) -> Origin {
        let below = format!("{key}.");
        prefixes(key)
            .find_map(|prefix| self.set_by.get(prefix))
            .or_else(|| {
                let mut under = self.set_by.range(below.clone()..).take_while(|(k, _)| k.starts_with(&below));
                under.next().map(|(_, origin)| origin)
            })
            .cloned()
            .unwrap_or(Origin::Default)
    }

    /// The merged configuration, after the semantic checks; `errors` are the layers'
    /// problems, reported with the semantic ones (except those about the same keys).
    fn finish(self, mut errors: Vec<ConfigError>) -> Result<Loaded, ConfigError> {
        let config = match Config::deserialize(self.merged.clone()) {
            Ok(config) => config,
            Err(err) => {
                errors.push(schema_error(&err, Source::Defaults, ""));
                return Err(ConfigError::Multiple(errors));
            }
        };
        let reported: Vec<String> =
            errors.iter().flat_map(ConfigError::problems).map(|p| key_of(p).to_owned()).collect();
        let related = |key: &str| reported.iter().any(|r| within(key, r) || within(r, key));
        for problem in validate::check(&config) {
            if !related(&problem.key) {
                errors.push(ConfigError::InvalidValue {
                    at: self.position_of(&problem.key),
                    key: problem.key,
                    message: problem.message,
                });
            }
        }
        if !errors.is_empty() {
            let mut all: Vec<ConfigError> = errors.into_iter().flat_map(ConfigError::into_problems).collect();
            // by layer, then by line: a file's problems read top to bottom
            all.sort_by_key(|problem| self.rank(problem));
            return Err(ConfigError::from_many(all).unwrap_or_else(|| ConfigError::Multiple(Vec::new())));
        }
        let value = serde_yaml_ng::to_value(&config).unwrap_or(Value::Null);
        let origins: BTreeMap<String, Origin> = display_leaves(&value)
            .into_iter()
            .map(|(key, _)| {
                let origin = self.origin_of(&key);
                (key, origin)
            })
            .collect();
        let mut config = config;
        config.provenance = Provenance::new(origins.clone(), self.texts.clone());
        Ok(Loaded { config, origins, files: self.files, layers: Vec::new(), texts: self.texts })
    }

    /// Where a problem sorts: its layer (files lowest first, then the environment, then
    /// flags), then its line.
    fn rank(&self, problem: &ConfigError) -> (usize, usize) {
        let files = self.files.len();
        let layer = |source: &Source| match source {
            Source::File(path) => self.files.iter().position(|f| f == path).unwrap_or(files),
            Source::Env(_) => files + 1,
            Source::Flag(_) => files + 2,
            Source::Defaults => files + 3,
        };
        match problem {
            ConfigError::Read { path, .. } => (self.files.iter().position(|f| f == path).unwrap_or(files), 0),
            ConfigError::Syntax { at, .. }
            | ConfigError::UnknownKey { at, .. }
            | ConfigError::InvalidValue { at, .. } => (layer(&at.source), at.line.unwrap_or(0)),
            ConfigError::Multiple(_) => (files + 4, 0),
        }
    }

    fn position_of(&self, key: &str) -> Position {
        position_in(&self.texts, self.origin_of(key), key)
    }
}

#[cfg(test)]
#[path = "load_tests.rs"]
mod tests;
