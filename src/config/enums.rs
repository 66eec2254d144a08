//! Closed sets of configuration values: each parses case-insensitively, and a wrong
//! value is an error that lists the allowed ones and suggests the closest.

use crate::closed::closed_enum;
use crate::model::Severity;

closed_enum! {
    /// The lowest severity that fails a run (exit status 1); `never` only reports.
    FailOn default Error {
        /// Fail on errors.
        Error = "error",
        /// Fail on warnings and errors.
        Warning = "warning" | "warn",
        /// Fail on any finding.
        Note = "note" | "info",
        /// Never fail on findings.
        Never = "never" | "none" | "off",
    }
}

impl FailOn {
    /// Whether a finding of `severity` reaches this gate.
    pub fn is_reached_by(self, severity: Severity) -> bool {
        match self {
            Self::Never => false,
            Self::Error => severity == Severity::Error,
            Self::Warning => severity != Severity::Note,
            Self::Note => true,
        }
    }
}

closed_enum! {
    /// Which findings a diff-scoped review keeps (reviewdog's `-filter-mode`).
    FilterMode default Added {
        /// Only findings on added or changed lines.
        Added = "added",
        /// Findings within the diff's hunks, context lines included.
        DiffContext = "diff_context" | "diff-context",
        /// Findings anywhere in a changed file.
        File = "file",
        /// Every finding.
        NoFilter = "nofilter" | "no_filter" | "no-filter",
    }
}

closed_enum! {
    /// How verbose logs on standard error are.
    LogLevel default Warn {
        /// Errors only.
        Error = "error",
        /// Warnings and errors.
        Warn = "warn" | "warning",
        /// Progress information.
        Info = "info",
        /// Debugging detail.
        Debug = "debug",
        /// Everything.
        Trace = "trace",
    }
}

closed_enum! {
    /// How log lines are written.
    LogFormat default Text {
        /// Human-readable lines.
        Text = "text" | "pretty",
        /// One JSON object per line.
        Json = "json",
    }
}

closed_enum! {
    /// The protocol an LLM provider speaks.
    ProviderKind default OpenAi {
        /// OpenAI-compatible `/chat/completions` (LM Studio, OpenAI, llama.cpp, vLLM).
        OpenAi = "openai" | "openai_compatible" | "openai-compatible",
        /// Ollama's native `/api/chat`.
        Ollama = "ollama",
        /// The deterministic offline mock used by tests.
        Mock = "mock",
    }
}

impl ProviderKind {
    /// The base URL used when a provider leaves `base_url` unset.
    pub fn default_base_url(self) -> Option<&'static str> {
        match self {
            Self::OpenAi => Some("http://localhost:1234/v1"),
            Self::Ollama => Some("http://localhost:11434"),
            Self::Mock => None,
        }
    }
}

closed_enum! {
    /// What a `serve` bearer token may do.
    Role default Viewer {
        /// Read analyses, history, health and metrics.
        Viewer = "viewer",
        /// Viewer, plus analyze and ask.
        Developer = "developer",
        /// Developer, plus change configuration and shut down.
        Admin = "admin",
    }
}

closed_enum! {
    /// The level of a commit-message lint rule (commitlint's 0, 1, 2).
    RuleLevel default Error {
        /// The rule is off.
        Off = "off" | "disabled",
        /// A violation is reported but does not fail.
        Warning = "warning" | "warn",
        /// A violation fails the lint.
        Error = "error",
    }
}

closed_enum! {
    /// Whether a commit-message lint rule's check must hold or must not (commitlint's `when`).
    RuleCondition default Always {
        /// The check must hold (e.g. `type-enum`: the type must be one of the list).
        Always = "always",
        /// The check must not hold (e.g. `subject-case`: the subject must not be in these cases).
        Never = "never",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_case_insensitively_with_aliases() {
        assert_eq!("DEBUG".parse::<LogLevel>(), Ok(LogLevel::Debug));
        assert_eq!("warning".parse::<LogLevel>(), Ok(LogLevel::Warn));
        assert_eq!("diff-context".parse::<FilterMode>(), Ok(FilterMode::DiffContext));
        assert_eq!(FilterMode::DiffContext.to_string(), "diff_context");
    }

    #[test]
    fn unknown_value_lists_allowed_and_suggests() {
        let err = "warnign".parse::<LogLevel>().unwrap_err();
        assert_eq!(
            err,
            "unknown value `warnign`, expected one of `error`, `warn`, `info`, `debug`, `trace`; \
             did you mean `warning`?"
        );
        let err = "xml".parse::<LogFormat>().unwrap_err();
        assert_eq!(err, "unknown value `xml`, expected one of `text`, `json`");
    }

    #[test]
    fn gates() {
        assert!(FailOn::Warning.is_reached_by(Severity::Error));
        assert!(!FailOn::Warning.is_reached_by(Severity::Note));
        assert!(!FailOn::Never.is_reached_by(Severity::Error));
        assert!(FailOn::Note.is_reached_by(Severity::Note));
    }
}
