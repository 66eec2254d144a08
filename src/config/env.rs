//! The `AURA_*` environment layer: a fixed table from variable to configuration key.
//!
//! The table is the documentation: `docs/configuration.md` lists the same rows, and a
//! test keeps the two in step.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_yaml_ng::Value;

use super::error::{ConfigError, Position, Source};

/// How a variable's text becomes a configuration value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvKind {
    /// The text as a string.
    Text,
    /// A non-negative integer.
    Integer,
    /// `true`/`false` (also `1`/`0`, `yes`/`no`, `on`/`off`).
    Bool,
    /// A comma-separated list.
    List,
    /// A name moved to the front of the list already configured.
    FrontOfList,
}

/// One row of the environment table.
#[derive(Debug, Clone, Copy)]
pub struct EnvVar {
    /// The variable, e.g. `AURA_LOG_LEVEL`.
    pub name: &'static str,
    /// The dotted configuration key it sets.
    pub key: &'static str,
    /// How its text is read.
    pub kind: EnvKind,
}

/// Every `AURA_*` variable that sets a configuration value, in the order they apply.
/// (`AURA_CONFIG_PATH` is `--config`; `AURA_SKIP` is read by the hooks, not here.)
pub const ENV_VARS: &[EnvVar] = &[
    EnvVar { name: "AURA_LOG_LEVEL", key: "logging.level", kind: EnvKind::Text },
    EnvVar { name: "AURA_LOG_FORMAT", key: "logging.format", kind: EnvKind::Text },
    EnvVar { name: "AURA_LANGUAGES", key: "analysis.languages", kind: EnvKind::List },
    EnvVar { name: "AURA_MAX_FILE_SIZE", key: "analysis.max_file_size", kind: EnvKind::Integer },
    EnvVar { name: "AURA_JOBS", key: "analysis.jobs", kind: EnvKind::Integer },
    EnvVar { name: "AURA_FAIL_ON", key: "analysis.fail_on", kind: EnvKind::Text },
    EnvVar { name: "AURA_REVIEW_FILTER_MODE", key: "review.filter_mode", kind: EnvKind::Text },
    EnvVar { name: "AURA_LLM_PROVIDER", key: "llm.routing.default", kind: EnvKind::FrontOfList },
    EnvVar { name: "AURA_LLM_ALLOW_REMOTE", key: "llm.allow_remote", kind: EnvKind::Bool },
    EnvVar { name: "AURA_SERVE_BIND", key: "serve.bind", kind: EnvKind::Text },
];

/// The variable that names the configuration file, like `--config`.
pub const CONFIG_PATH_VAR: &str = "AURA_CONFIG_PATH";

/// A snapshot of the environment variables configuration reads (`HOME` and `AURA_*`),
/// so loading is a pure function of its inputs and tests need not mutate the process.
#[derive(Debug, Clone, Default)]
pub struct Environment {
    vars: BTreeMap<String, String>,
}

impl Environment {
    /// The current process's `HOME`, `USERPROFILE` and `AURA_*` variables.
    pub fn from_process() -> Self {
        let vars = std::env::vars_os()
            .filter_map(|(name, value)| Some((name.into_string().ok()?, value.into_string().ok()?)))
            .filter(|(name, _)| name == "HOME" || name == "USERPROFILE" || name.starts_with("AURA_"))
            .collect();
        Self { vars }
    }

    /// An environment made of exactly these variables.
    pub fn from_pairs<K: Into<String>, V: Into<String>>(pairs: impl IntoIterator<Item = (K, V)>) -> Self {
        Self { vars: pairs.into_iter().map(|(k, v)| (k.into(), v.into())).collect() }
    }

    /// A variable's value; an empty value counts as unset.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.vars.get(name).map(String::as_str).filter(|value| !value.is_empty())
    }

    /// The user's home directory (`HOME`, or `USERPROFILE` on Windows).
    pub fn home(&self) -> Option<PathBuf> {
        self.get("HOME").or_else(|| self.get("USERPROFILE")).map(PathBuf::from)
    }

    /// The rows of [`ENV_VARS`] that are set, with their values.
    pub fn config_vars(&self) -> impl Iterator<Item = (&'static EnvVar, &str)> {
        ENV_VARS.iter().filter_map(|var| Some((var, self.get(var.name)?)))
    }
}

/// The value `var` sets, given its text and the configuration merged so far.
pub(crate) fn env_value(var: &EnvVar, text: &str, merged: &Value) -> Result<Value, ConfigError> {
    let invalid = |message: String| ConfigError::InvalidValue {
        at: Position::whole(Source::Env(var.name.to_owned())),
        key: var.key.to_owned(),
        message,
    };
    let text = text.trim();
    match var.kind {
        EnvKind::Text => Ok(Value::String(text.to_owned())),
        EnvKind::Integer => text
            .parse::<u64>()
            .map(Value::from)
            .map_err(|_| invalid(format!("expected a non-negative integer, got `{text}`"))),
        EnvKind::Bool => parse_bool(text)
            .map(Value::Bool)
            .ok_or_else(|| invalid(format!("expected true or false, got `{text}`"))),
        EnvKind::List => Ok(Value::Sequence(
            text.split(',')
                .map(str::trim)
                .filter(|item| !item.is_empty())
                .map(|item| Value::String(item.to_owned()))
                .collect(),
        )),
        EnvKind::FrontOfList => {
            let mut items = vec![Value::String(text.to_owned())];
            if let Some(Value::Sequence(existing)) = super::tree::get(merged, var.key) {
                items.extend(existing.iter().filter(|item| item.as_str() != Some(text)).cloned());
            }
            Ok(Value::Sequence(items))
        }
    }
}

fn parse_bool(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Some(true),
        "false" | "0" | "no" | "off" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn var(name: &str) -> &'static EnvVar {
        ENV_VARS.iter().find(|v| v.name == name).unwrap()
    }

    #[test]
    fn empty_values_count_as_unset() {
        let env = Environment::from_pairs([("AURA_LOG_LEVEL", ""), ("HOME", "/h")]);
        assert_eq!(env.get("AURA_LOG_LEVEL"), None);
        assert_eq!(env.home(), Some(PathBuf::from("/h")));
        assert_eq!(env.config_vars().count(), 0);
    }

    #[test]
    fn values_are_typed() {
        let merged = Value::Null;
        assert_eq!(env_value(var("AURA_JOBS"), "4", &merged).unwrap(), Value::from(4u64));
        assert_eq!(env_value(var("AURA_LLM_ALLOW_REMOTE"), "yes", &merged).unwrap(), Value::Bool(true));
        let list = env_value(var("AURA_LANGUAGES"), "python, rust,", &merged).unwrap();
        assert_eq!(list, serde_yaml_ng::from_str::<Value>("[python, rust]").unwrap());
        let err = env_value(var("AURA_MAX_FILE_SIZE"), "big", &merged).unwrap_err();
        assert_eq!(
            err.to_string(),
            "environment variable AURA_MAX_FILE_SIZE: analysis.max_file_size: \
             expected a non-negative integer, got `big`"
        );
    }

    #[test]
    fn provider_moves_to_the_front() {
        let merged: Value =
            serde_yaml_ng::from_str("llm: {routing: {default: [ollama, lm_studio]}}").unwrap();
        let value = env_value(var("AURA_LLM_PROVIDER"), "lm_studio", &merged).unwrap();
        assert_eq!(value, serde_yaml_ng::from_str::<Value>("[lm_studio, ollama]").unwrap());
    }
}
