//! aura's integration tests, in one binary (ripgrep's `tests/` layout): a change links one
//! test executable, not one per file. One module per area of the CLI; the helpers they
//! share (`aura()`, the git sandbox, the fake forges) are in [`common`].
//!
//! Run one area with its module path, e.g. `cargo test --all-features --test it review::`
//! or `cargo nextest run --all-features -E 'test(/^review::/)'`. insta keeps the snapshots
//! in `tests/it/snapshots/`, named `it__<module>__<name>.snap`.

mod common;

mod ask;
mod bad_input;
mod cache;
mod changed;
mod changelog;
mod ci_templates;
mod cli;
mod commit_suggest;
mod commitlint;
mod config_cli;
mod corpus_npm;
mod flags;
mod forge;
mod formats;
mod hooks;
mod hotspots;
mod jsonl;
mod layering;
mod llm;
mod llm_real;
mod metrics;
mod precommit;
mod python_noise;
mod reference_lizard;
mod reports;
mod review;
mod rules;
mod table;
mod watch;
