//! Configuration errors: every one names where it comes from (a file with line and
//! column, an environment variable or a flag) and, for typos, the closest valid key.

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::closed::did_you_mean;
use thiserror::Error;

/// Where a configuration value or problem comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The built-in defaults.
    Defaults,
    /// A configuration file.
    File(PathBuf),
    /// An `AURA_*` environment variable.
    Env(String),
    /// A command-line flag, such as `--jobs`.
    Flag(String),
}

/// A place in a configuration source: a file position or a variable or flag name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    /// The source.
    pub source: Source,
    /// The 1-based line, when known.
    pub line: Option<usize>,
    /// The 1-based column, when known.
    pub column: Option<usize>,
}

impl Position {
    /// A position without a line: the whole source.
    pub fn whole(source: Source) -> Self {
        Self { source, line: None, column: None }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Source::Defaults => f.write_str("built-in defaults"),
            Source::Env(name) => write!(f, "environment variable {name}"),
            Source::Flag(name) => write!(f, "flag {name}"),
            Source::File(path) => {
                write!(f, "{}", path.display())?;
                if let Some(line) = self.line {
                    write!(f, ":{line}")?;
                    if let Some(column) = self.column {
                        write!(f, ":{column}")?;
                    }
                }
                Ok(())
            }
        }
    }
}

/// A configuration problem. `Display` gives one `WHERE: message` line per problem.
#[derive(Debug, Error)]
pub enum ConfigError {
    /// A file could not be read.
    #[error("{}: cannot read configuration: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// A file is not valid YAML (or JSON).
    #[error("{at}: malformed YAML: {message}")]
    Syntax {
        /// Where the parser stopped.
        at: Position,
        /// The parser's message.
        message: String,
    },
    /// A key the schema does not have.
    #[error("{at}: unknown key `{key}`{}", hint(suggestion.as_deref()))]
    UnknownKey {
        /// Where the key is.
        at: Position,
        /// The dotted key, e.g. `analysis.max_fle_size`.
        key: String,
        /// The closest valid key at that level.
        suggestion: Option<String>,
    },
    /// A value of the wrong type, outside its allowed set, or failing validation.
    #[error("{at}: {}{message}", key_prefix(key))]
    InvalidValue {
        /// Where the value is.
        at: Position,
        /// The dotted key (empty for the whole document).
        key: String,
        /// What is wrong and, where possible, what would be right.
        message: String,
    },
    /// Several problems, in source order.
    #[error("{}", join_lines(.0))]
    Multiple(Vec<ConfigError>),
}

impl ConfigError {
    /// Every single problem, with `Multiple` flattened.
    pub fn problems(&self) -> Vec<&ConfigError> {
        match self {
            Self::Multiple(all) => all.iter().flat_map(ConfigError::problems).collect(),
            single => vec![single],
        }
    }

    /// Every single problem, owned, with `Multiple` flattened.
    pub fn into_problems(self) -> Vec<ConfigError> {
        match self {
            Self::Multiple(all) => all.into_iter().flat_map(ConfigError::into_problems).collect(),
            single => vec![single],
        }
    }

    /// One error from many: the single one itself, or `Multiple`.
    pub fn from_many(mut errors: Vec<ConfigError>) -> Option<ConfigError> {
        match errors.len() {
            0 => None,
            1 => errors.pop(),
            _ => Some(Self::Multiple(errors)),
        }
    }
}

fn hint(suggestion: Option<&str>) -> String {
    suggestion.map(|s| format!("; did you mean `{s}`?")).unwrap_or_default()
}

fn key_prefix(key: &str) -> String {
    if key.is_empty() { String::new() } else { format!("{key}: ") }
}

fn join_lines(errors: &[ConfigError]) -> String {
    errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}

/// The start of each message serde's derived deserializers produce; what precedes one
/// in a serde_yaml_ng message is the dotted path of the offending value.
const SERDE_MESSAGES: &[&str] = &[
    "unknown field `",
    "unknown variant `",
    "unknown value `",
    "invalid type: ",
    "invalid value: ",
    "invalid length ",
    "missing field `",
    "duplicate field `",
    "duplicate entry ",
];

/// Turns a YAML parse error (the document is not YAML) into [`ConfigError::Syntax`].
pub(crate) fn syntax_error(err: &serde_yaml_ng::Error, source: Source) -> ConfigError {
    let (line, column) = line_column(err);
    let message = strip_first_mark(&err.to_string());
    ConfigError::Syntax { at: Position { source, line, column }, message }
}

/// Turns a schema error (valid YAML, wrong content) into an unknown-key or invalid-value error.
pub(crate) fn schema_error(err: &serde_yaml_ng::Error, source: Source, key_hint: &str) -> ConfigError {
    let (line, column) = line_column(err);
    let at = Position { source, line, column };
    let text = strip_first_mark(&err.to_string());
    let (path, message) = split_path(&text);
    let path = match path {
        Some(path) => path.to_owned(),
        None => key_hint.to_owned(),
    };
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((field, expected)) = rest.split_once('`')
    {
        let key = join_key(&path, field);
        let suggestion = did_you_mean(field, backticked(expected));
        return ConfigError::UnknownKey { at, key, suggestion };
    }
    ConfigError::InvalidValue { at, key: path, message: message.to_owned() }
}

fn line_column(err: &serde_yaml_ng::Error) -> (Option<usize>, Option<usize>) {
    match err.location() {
        Some(location) => (Some(location.line()), Some(location.column())),
        None => (None, None),
    }
}

/// `path: message` → (Some(path), message); a root-level message has no path.
fn split_path(text: &str) -> (Option<&str>, &str) {
    let start = SERDE_MESSAGES.iter().filter_map(|m| text.find(m)).min();
    match start {
        Some(index) if index >= 2 && text[..index].ends_with(": ") => {
            (Some(&text[..index - 2]), &text[index..])
        }
        _ => (None, text),
    }
}

/// Joins a parent path and a child key; serde_yaml_ng writes the root as `.`.
pub(crate) fn join_key(parent: &str, child: &str) -> String {
    if parent.is_empty() || parent == "." { child.to_owned() } else { format!("{parent}.{child}") }
}

/// Every `quoted` word in `text`.
fn backticked(text: &str) -> impl Iterator<Item = &str> {
    text.split('`').skip(1).step_by(2)
}

/// Removes the first ` at line N column M` (the location already given) from a message.
fn strip_first_mark(message: &str) -> String {
    let mut search = 0;
    while let Some(found) = message[search..].find(" at line ") {
        let start = search + found;
        let rest = &message[start + " at line ".len()..];
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits > 0
            && let Some(after) = rest[digits..].strip_prefix(" column ")
        {
            let col_digits = after.chars().take_while(char::is_ascii_digit).count();
            if col_digits > 0 {
                let end = message.len() - after.len() + col_digits;
                return format!("{}{}", &message[..start], &message[end..]);
            }
        }
        search = start + 1;
    }
    message.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_only_the_first_mark() {
        assert_eq!(
            strip_first_mark(
                "did not find expected key at line 3 column 1, while parsing a block mapping at line 1 column 1"
            ),
            "did not find expected key, while parsing a block mapping at line 1 column 1"
        );
        assert_eq!(strip_first_mark("no mark at line x"), "no mark at line x");
    }

    #[test]
    fn splits_the_path_from_the_message() {
        assert_eq!(
            split_path("analysis.thresholds: invalid type: string \"x\", expected u32"),
            (Some("analysis.thresholds"), "invalid type: string \"x\", expected u32")
        );
        assert_eq!(split_path("invalid type: unit value"), (None, "invalid type: unit value"));
    }

    #[test]
    fn displays_file_positions() {
        let at = Position { source: Source::File("a/b.yaml".into()), line: Some(3), column: Some(5) };
        let err = ConfigError::UnknownKey { at, key: "analysis.x".into(), suggestion: Some("y".into()) };
        assert_eq!(err.to_string(), "a/b.yaml:3:5: unknown key `analysis.x`; did you mean `y`?");
        let env = ConfigError::InvalidValue {
            at: Position::whole(Source::Env("AURA_JOBS".into())),
            key: "analysis.jobs".into(),
            message: "not a number".into(),
        };
        assert_eq!(env.to_string(), "environment variable AURA_JOBS: analysis.jobs: not a number");
    }
}
