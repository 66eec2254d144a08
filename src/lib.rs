//! aura: local-first code intelligence.
//!
//! The data takes one road: CLI → config → walk → parse → one metrics pass → report.
//! [`engine::Engine`] is the library entry point every command reuses: built once per
//! command, with its cache, and run over paths or blobs.
//!
//! The layers, lowest first (`tests/it/layering.rs` keeps them): [`lang`] (grammars and
//! their kinds) and [`metrics`]; [`model`], the report model every other layer speaks
//! (a file's result, the report, findings, fingerprints); [`rules`] and [`graph`], which
//! fill it; [`config`], loaded from plain [`config::Overrides`]; [`engine`], which runs
//! them all over a source of work; then the writers ([`report`]), [`review`], [`ask`], and the
//! commands ([`commands`], [`cli`]) at the edge, the only ones that use `anyhow`.

pub mod ask;
pub mod branch;
pub mod changelog;
pub mod cli;
mod closed;
pub mod commands;
pub mod commit;
pub mod config;
pub mod engine;
pub mod forge;
pub mod git;
pub mod graph;
pub mod hotspots;
pub mod lang;
pub mod llm;
pub mod logging;
pub mod metrics;
pub mod model;
pub mod progress;
pub mod report;
pub mod review;
pub mod rules;
pub mod watch;
mod wire;

/// The exit codes documented in SPEC 2, the same for every output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Nothing at or above the gate.
    Clean = 0,
    /// Findings at or above the gate, or a lint failure.
    Failure = 1,
    /// A usage, configuration or tool error.
    Error = 2,
}
