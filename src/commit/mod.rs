//! Conventional Commits: a parser that follows the 1.0.0 specification, and a linter
//! whose rules, defaults and ignores are commitlint's (`@commitlint/config-conventional`).
//!
//! The road of `aura commit lint` and the commit-msg hook:
//! raw message → [`clean`] (comments, scissors) → [`lint`] with [`Rules`] from
//! `git.commit` → [`Lint`] → [`write_text`] or [`write_json`].
//! Changelog, bump and suggest reuse [`parse`], which returns a [`Commit`].
//! `docs/commits.md` documents the rules and where aura deliberately differs.

mod case;
pub mod diff;
pub mod draft;
mod example;
mod ignore;
mod lint;
mod message;
mod parse;
mod render;
mod rules;
mod sections;
pub mod suggest;
mod text;

pub use case::Case;
pub use ignore::{Ignored, ignored};
pub use lint::{Level, Lint, Problem, lint};
pub use message::{DEFAULT_COMMENT_CHAR, SCISSORS, clean};
pub use parse::{BREAKING_TOKENS, Commit, Footer, Header, ParseError, parse, parse_header};
pub use render::{Linted, SCHEMA_VERSION, TextOptions, write_json, write_text};
pub use rules::{
    RULE_SPECS, RuleError, RuleSetting, RuleSpec, RuleValue, Rules, ValueKind, check_setting, rule_spec,
};
