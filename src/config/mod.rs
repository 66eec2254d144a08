//! Configuration: five layers (defaults, user file, project file or `--config`,
//! `AURA_*` environment, flags), merged deeply, checked with file:line errors, and
//! every value traceable to the layer that set it.
//!
//! Entry point: [`load`]. The schema is [`Config`]; `docs/configuration.md` documents
//! every key, its default and its environment variable.

mod collect;
mod enums;
mod env;
mod error;
mod load;
mod overrides;
mod provenance;
mod schema;
mod services;
mod template;
mod thresholds;
mod tree;
mod validate;

pub use enums::{FailOn, FilterMode, LogFormat, LogLevel, ProviderKind, Role, RuleCondition, RuleLevel};
pub use env::{CONFIG_PATH_VAR, ENV_VARS, EnvKind, EnvVar, Environment};
pub use error::{ConfigError, Position, Source};
pub use load::{
    CONFIG_DIR, FILE_NAMES, FileLayer, Loaded, Origin, check_file, discover, load, load_with, parse_text,
    project_root,
};
pub use overrides::{Overrides, Selection, apply_selection};
pub use provenance::Provenance;
pub use schema::{
    AnalysisConfig, BranchConfig, COMMIT_RULES, CONVENTIONAL_TYPES, CommentConfig, CommitConfig,
    CommitRuleSetting, Config, CustomRule, GateHook, GitConfig, HooksConfig, LoggingConfig, MessageHook,
    PathOverride, PathRules, PrepareHook, ReviewConfig, RulesConfig, ThresholdOverrides, Thresholds,
};
pub use services::{
    AuthConfig, LlmCacheConfig, LlmConfig, ProviderConfig, RateLimiting, RoutingConfig, ServeConfig,
    TokenConfig,
};
pub use template::STARTER;
pub use thresholds::ThresholdResolver;
pub use validate::{Problem, check as check_semantics, check_glob, parse_bind};

/// Renders a value for `key = value` lines: JSON, so strings are quoted and lists inline.
pub fn render_value(value: &serde_yaml_ng::Value) -> String {
    tree::render_scalar(value)
}

/// The keys read by commands that are not built yet, by dotted prefix, and why.
pub const NOT_BUILT: &[(&str, &str)] = &[("serve", "aura serve is not built")];

/// Why dotted `key` is not used yet (its command is not built), if it is not.
pub fn not_built(key: &str) -> Option<&'static str> {
    NOT_BUILT
        .iter()
        .find(|(prefix, _)| {
            key.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
        })
        .map(|(_, why)| *why)
}
