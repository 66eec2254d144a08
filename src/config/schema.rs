//! The configuration schema: one serde struct per section.
//!
//! Every section denies unknown keys (so a typo is an error, not a silently ignored
//! setting) and fills missing keys from its `Default`, so a file only states what it
//! changes. `docs/configuration.md` documents every key; keep the two in step.
//! The `llm:` and `serve:` sections are in `services.rs`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::enums::{FailOn, FilterMode, LogFormat, LogLevel, RuleCondition, RuleLevel};
use super::services::{LlmConfig, ServeConfig};
use crate::model::Severity;

/// One mebibyte, the unit of the size defaults.
pub(crate) const MIB: u64 = 1024 * 1024;

/// The effective configuration: every section, defaults filled in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// `analysis:` what to analyze and the metric thresholds.
    pub analysis: AnalysisConfig,
    /// `rules:` which rules run, their severities, and custom rules.
    pub rules: RulesConfig,
    /// `git:` commit-message and branch conventions, hook behaviour.
    pub git: GitConfig,
    /// `review:` diff-scoped review.
    pub review: ReviewConfig,
    /// `llm:` language-model providers, routing, cache and privacy.
    pub llm: LlmConfig,
    /// `serve:` the REST server.
    pub serve: ServeConfig,
    /// `logging:` log level and format.
    pub logging: LoggingConfig,
    /// Where each value came from (not a key: never read nor written).
    #[serde(skip)]
    pub provenance: super::Provenance,
}

/// `analysis:` section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AnalysisConfig {
    /// Languages to analyze (names as in `aura::lang`); empty means every supported one.
    pub languages: Vec<String>,
    /// Globs of files to include (empty: everything the walk finds).
    pub include: Vec<String>,
    /// Globs of files to exclude.
    pub exclude: Vec<String>,
    /// Files larger than this many bytes are skipped.
    pub max_file_size: u64,
    /// Count Python docstrings as comment lines (true) or code lines (false).
    pub docstrings_as_comments: bool,
    /// Worker threads; `None` means one per core.
    pub jobs: Option<usize>,
    /// The analysis cache's directory, relative to the repository root unless absolute;
    /// `None`: `.aura/cache`. `AURA_CACHE_DIR` wins over it.
    pub cache_dir: Option<String>,
    /// The most bytes the analysis cache may hold; the least recently used entries go first.
    pub cache_max_size: u64,
    /// The lowest finding severity that makes `aura analyze` exit with status 1.
    pub fail_on: FailOn,
    /// Thresholds over which the metric rules report a finding.
    pub thresholds: Thresholds,
    /// Per-language changes to `thresholds`, keyed by language name.
    pub thresholds_by_language: BTreeMap<String, ThresholdOverrides>,
    /// Per-path changes to the thresholds; later entries win over earlier ones.
    pub overrides: Vec<PathOverride>,
}

impl Default for AnalysisConfig {
    fn default() -> Self {
        Self {
            languages: Vec::new(),
            include: Vec::new(),
            exclude: Vec::new(),
            max_file_size: MIB,
            docstrings_as_comments: true,
            jobs: None,
            cache_dir: None,
            cache_max_size: 256 * MIB,
            fail_on: FailOn::Error,
            thresholds: Thresholds::default(),
            thresholds_by_language: BTreeMap::new(),
            overrides: Vec::new(),
        }
    }
}

/// The metric thresholds: a function or file over one of them gets a finding.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Thresholds {
    /// Cyclomatic complexity per function.
    pub cyclomatic: u32,
    /// Cognitive complexity per function.
    pub cognitive: u32,
    /// Nesting depth per function.
    pub nesting: u32,
    /// Function length in code lines.
    pub function_length: u32,
    /// File length in code lines.
    pub file_length: u32,
    /// Parameters per function.
    pub parameters: u32,
    /// Maintainability index (0-100): a function *below* this is reported.
    pub maintainability: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Self {
            cyclomatic: 10,
            cognitive: 15,
            nesting: 4,
            function_length: 60,
            file_length: 1000,
            parameters: 5,
            maintainability: 20.0,
        }
    }
}

impl Thresholds {
    /// These thresholds with every value that `overrides` sets replaced.
    pub fn with(mut self, overrides: &ThresholdOverrides) -> Self {
        let o = overrides;
        self.cyclomatic = o.cyclomatic.unwrap_or(self.cyclomatic);
        self.cognitive = o.cognitive.unwrap_or(self.cognitive);
        self.nesting = o.nesting.unwrap_or(self.nesting);
        self.function_length = o.function_length.unwrap_or(self.function_length);
        self.file_length = o.file_length.unwrap_or(self.file_length);
        self.parameters = o.parameters.unwrap_or(self.parameters);
        self.maintainability = o.maintainability.unwrap_or(self.maintainability);
        self
    }
}

/// A partial set of thresholds: the values it names replace the inherited ones.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ThresholdOverrides {
    /// Cyclomatic complexity per function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cyclomatic: Option<u32>,
    /// Cognitive complexity per function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cognitive: Option<u32>,
    /// Nesting depth per function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nesting: Option<u32>,
    /// Function length in code lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub function_length: Option<u32>,
    /// File length in code lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_length: Option<u32>,
    /// Parameters per function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<u32>,
    /// Maintainability index floor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub maintainability: Option<f64>,
}

/// Thresholds and rule changes for the files matching some globs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathOverride {
    /// Globs (gitignore syntax, relative to the repository root) this override applies to.
    pub paths: Vec<String>,
    /// The thresholds to change for those files.
    #[serde(default)]
    pub thresholds: ThresholdOverrides,
    /// Rules to switch on or off, and severities to change, for those files.
    #[serde(default, skip_serializing_if = "PathRules::is_empty")]
    pub rules: PathRules,
}

/// Rule changes for the files of a per-path override.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PathRules {
    /// Rule codes, names or code prefixes to switch on.
    pub enable: Vec<String>,
    /// Rule codes, names or code prefixes to switch off; wins over `enable`.
    pub disable: Vec<String>,
    /// Severity per rule code, name or prefix.
    pub severity: BTreeMap<String, Severity>,
}

impl PathRules {
    pub fn is_empty(&self) -> bool {
        self.enable.is_empty() && self.disable.is_empty() && self.severity.is_empty()
    }
}

/// `rules:` section.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RulesConfig {
    /// Rule codes (or code prefixes) to run in addition to the default set.
    pub enable: Vec<String>,
    /// Rule codes (or code prefixes) never to run; wins over `enable`.
    pub disable: Vec<String>,
    /// Severity per rule code, replacing the rule's default.
    pub severity: BTreeMap<String, Severity>,
    /// Declarative rules: a tree-sitter query and a message.
    pub custom: Vec<CustomRule>,
}

/// A user-defined rule: every match of `query` in a `language` file is a finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomRule {
    /// The rule code, used in reports and `aura: ignore[ID]` comments.
    pub id: String,
    /// The language whose files the query runs on.
    pub language: String,
    /// A tree-sitter query; each match (its first capture, or the whole match) is a finding.
    pub query: String,
    /// The finding's message.
    pub message: String,
    /// The finding's severity.
    #[serde(default)]
    pub severity: Severity,
}

/// `git:` section.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GitConfig {
    /// Conventional Commits settings.
    pub commit: CommitConfig,
    /// Branch naming convention.
    pub branch: BranchConfig,
    /// What each installed hook does.
    pub hooks: HooksConfig,
}

/// The commit types commitlint's `config-conventional` allows.
pub const CONVENTIONAL_TYPES: &[&str] =
    &["build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor", "revert", "style", "test"];

/// The commit-message lint rules aura knows (commitlint's names).
pub const COMMIT_RULES: &[&str] = &[
    "body-empty",
    "body-leading-blank",
    "body-max-line-length",
    "footer-leading-blank",
    "footer-max-line-length",
    "header-max-length",
    "header-min-length",
    "header-trim",
    "scope-case",
    "scope-empty",
    "scope-enum",
    "subject-case",
    "subject-empty",
    "subject-full-stop",
    "type-case",
    "type-empty",
    "type-enum",
];

/// `git.commit:` Conventional Commits settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CommitConfig {
    /// Allowed commit types.
    pub types: Vec<String>,
    /// Allowed scopes; empty allows any scope.
    pub scopes: Vec<String>,
    /// Changes to the lint rules, keyed by commitlint rule name.
    pub rules: BTreeMap<String, CommitRuleSetting>,
}

impl Default for CommitConfig {
    fn default() -> Self {
        Self {
            types: CONVENTIONAL_TYPES.iter().map(|t| (*t).to_owned()).collect(),
            scopes: Vec::new(),
            rules: BTreeMap::new(),
        }
    }
}

/// A change to one commit-message lint rule.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CommitRuleSetting {
    /// The rule's level; unset keeps the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<RuleLevel>,
    /// Whether the rule's check must hold (`always`) or must not (`never`); unset keeps the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<RuleCondition>,
    /// The rule's value (a length, a list, a case name); unset keeps the default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
}

/// `git.branch:` branch naming convention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BranchConfig {
    /// Allowed branch-name prefixes.
    pub prefixes: Vec<String>,
    /// Branch names exempt from the convention.
    pub exempt: Vec<String>,
    /// The longest allowed branch name, in characters.
    pub max_length: usize,
}

impl Default for BranchConfig {
    fn default() -> Self {
        let owned = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect();
        Self {
            prefixes: owned(&["feature/", "fix/", "hotfix/", "docs/"]),
            exempt: owned(&["main", "master", "develop"]),
            max_length: 60,
        }
    }
}

/// `git.hooks:` what each hook does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HooksConfig {
    /// `commit-msg`: lint the message.
    pub commit_msg: MessageHook,
    /// `prepare-commit-msg`: pre-fill an empty message with a generated one.
    pub prepare_commit_msg: PrepareHook,
    /// `pre-commit`: analyze the staged files and block on findings.
    pub pre_commit: GateHook,
    /// `pre-push`: review the commits being pushed.
    pub pre_push: GateHook,
}

impl Default for HooksConfig {
    fn default() -> Self {
        Self {
            commit_msg: MessageHook { enabled: true },
            prepare_commit_msg: PrepareHook::default(),
            pre_commit: GateHook { enabled: true, fail_on: FailOn::Error },
            pre_push: GateHook { enabled: true, fail_on: FailOn::Error },
        }
    }
}

/// `git.hooks.prepare_commit_msg:` the hook that drafts a message.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PrepareHook {
    /// Whether the hook runs at all.
    pub enabled: bool,
    /// Seconds the LLM may take to draft the message (when one is routed for `commit`);
    /// past them the offline message is used: a slow model never holds up a commit.
    pub llm_timeout: u64,
}

impl Default for PrepareHook {
    fn default() -> Self {
        Self { enabled: true, llm_timeout: 10 }
    }
}

/// A hook that works on the commit message.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MessageHook {
    /// Whether the hook runs at all.
    pub enabled: bool,
}

impl Default for MessageHook {
    fn default() -> Self {
        Self { enabled: true }
    }
}

/// A hook that gates on findings.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GateHook {
    /// Whether the hook runs at all.
    pub enabled: bool,
    /// The lowest finding severity that blocks.
    pub fail_on: FailOn,
}

impl Default for GateHook {
    fn default() -> Self {
        Self { enabled: true, fail_on: FailOn::Error }
    }
}

/// `review:` section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ReviewConfig {
    /// Which findings are kept (`--filter-mode`).
    pub filter_mode: FilterMode,
    /// The lowest finding severity that makes the review exit with status 1.
    pub fail_on: FailOn,
    /// Ask the configured LLM for review comments (`--llm`).
    pub llm: bool,
    /// Look for the files importing the changed ones only when at most this many files
    /// changed (the search reads every file of the repository; 0: never).
    pub impact_max_files: usize,
    /// The pull-request comment.
    pub comment: CommentConfig,
}

impl Default for ReviewConfig {
    fn default() -> Self {
        Self {
            filter_mode: FilterMode::Added,
            fail_on: FailOn::Error,
            llm: false,
            impact_max_files: 1000,
            comment: CommentConfig::default(),
        }
    }
}

/// `review.comment:` the pull-request comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CommentConfig {
    /// Edit one comment on reruns instead of adding a new one.
    pub sticky: bool,
    /// The hidden marker that identifies the sticky comment.
    pub marker: String,
    /// The most findings listed in the comment (the rest are counted).
    pub max_findings: usize,
    /// Include the per-function metric deltas table.
    pub metric_deltas: bool,
}

impl Default for CommentConfig {
    fn default() -> Self {
        Self {
            sticky: true,
            marker: "<!-- aura-review -->".to_owned(),
            max_findings: 50,
            metric_deltas: true,
        }
    }
}

/// `logging:` section.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LoggingConfig {
    /// The most verbose level written to standard error.
    pub level: LogLevel,
    /// Text lines or JSON objects.
    pub format: LogFormat,
}
