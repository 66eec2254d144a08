//! What a caller overrides of the configuration, in plain structs that know nothing of
//! the command line (a server builds them per request or per workspace): the flag layer of
//! [`super::load`] ([`Overrides`]), and the rule and file selection of `analyze`, `review`
//! and `hook` (`--select`, `--extend-select`, `--ignore`, `--exclude`, `--include`) over
//! the loaded configuration ([`Selection`]), as ruff applies its flags: `--select`
//! replaces the configured selection, the others add to it.
//!
//! The flags become the configuration's own keys (`rules.enable`, `rules.disable`,
//! `analysis.include`, `analysis.exclude`), so one matcher decides everywhere; per-path
//! overrides (`analysis.overrides[].rules`) still apply on top, as ruff's per-file ignores.

use std::path::PathBuf;

use super::error::{ConfigError, Position, Source};
use super::schema::Config;
use super::validate::check_glob;
use crate::rules::{RULES, check_selector, selects};

/// The top layer of a configuration, above the files and the environment, and the file to
/// read instead of discovering one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// Read this file (relative to the working directory) instead of the project's.
    pub config: Option<PathBuf>,
    /// `analysis.jobs`, shown as from `--jobs`.
    pub jobs: Option<usize>,
    /// `logging.level: error`, shown as from `--quiet` (wins over `verbose`).
    pub quiet: bool,
    /// `logging.level` info, debug or trace at 1, 2, 3 (`-v`, `-vv`, `-vvv`).
    pub verbose: u8,
}

/// Which rules run and which files are analyzed, over the configuration's own selection;
/// an error names each entry by its flag (`--select`, ...).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Run only these rules (codes, names or prefixes); `None`: the configured ones.
    pub select: Option<Vec<String>>,
    /// Also run these.
    pub extend_select: Vec<String>,
    /// Never run these (wins over the others).
    pub ignore: Vec<String>,
    /// Globs added to `analysis.exclude`.
    pub exclude: Vec<String>,
    /// Globs added to `analysis.include`.
    pub include: Vec<String>,
}

/// Apply the selection flags to `config`; every unknown rule or bad glob is reported, each
/// naming its flag and, for a typo, the closest rule.
pub fn apply_selection(args: &Selection, config: &mut Config) -> Result<(), ConfigError> {
    let custom: Vec<String> = config.rules.custom.iter().map(|r| r.id.clone()).collect();
    let ids: Vec<&str> = custom.iter().map(String::as_str).collect();
    let mut problems = Vec::new();
    let rule_lists = [
        ("--select", args.select.as_deref().unwrap_or_default()),
        ("--extend-select", args.extend_select.as_slice()),
        ("--ignore", args.ignore.as_slice()),
    ];
    for (flag, list) in rule_lists {
        for selector in list {
            if let Err(message) = check_selector(selector, &ids) {
                problems.push(flag_error(flag, message));
            }
        }
    }
    for (flag, globs) in [("--exclude", &args.exclude), ("--include", &args.include)] {
        for glob in globs {
            if let Err(message) = check_glob(glob) {
                problems.push(flag_error(flag, message));
            }
        }
    }
    if let Some(err) = ConfigError::from_many(problems) {
        return Err(err);
    }

    if args.select.is_some() || !args.extend_select.is_empty() || !args.ignore.is_empty() {
        // each rule's state after the configuration, then after the flags, written back as
        // explicit codes, so the flags win over `rules.enable`/`disable` as a later layer
        let rules = &mut config.rules;
        let any = |list: &[String], code: &str, name: &str| list.iter().any(|s| selects(s, code, name));
        let state = |code: &str, name: &str, default_on: bool| {
            let mut on = (default_on || any(&rules.enable, code, name)) && !any(&rules.disable, code, name);
            if let Some(select) = &args.select {
                on = any(select, code, name);
            }
            on = (on || any(&args.extend_select, code, name)) && !any(&args.ignore, code, name);
            (code.to_owned(), on)
        };
        let states: Vec<(String, bool)> = RULES
            .iter()
            .map(|r| state(r.code, r.name, r.default_on))
            .chain(ids.iter().map(|id| state(id, id, true)))
            .collect();
        let (on, off): (Vec<_>, Vec<_>) = states.into_iter().partition(|(_, on)| *on);
        rules.enable = on.into_iter().map(|(code, _)| code).collect();
        rules.disable = off.into_iter().map(|(code, _)| code).collect();
    }
    config.analysis.exclude.extend(args.exclude.iter().cloned());
    config.analysis.include.extend(args.include.iter().cloned());
    Ok(())
}

fn flag_error(flag: &str, message: String) -> ConfigError {
    ConfigError::InvalidValue {
        at: Position::whole(Source::Flag(flag.to_owned())),
        key: String::new(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    fn enabled(config: &Config, code: &str) -> bool {
        let set = RuleSet::new(config).unwrap();
        set.policy(crate::lang::Lang::Python, "a.py").enabled(code)
    }

    #[test]
    fn select_replaces_the_configured_selection_and_ignore_wins() {
        let mut config = Config::default();
        config.rules.disable = vec!["CPX001".into()];
        let args = Selection {
            select: Some(vec!["CPX".into()]),
            extend_select: vec!["SEC001".into()],
            ignore: vec!["CPX002".into()],
            ..Selection::default()
        };
        apply_selection(&args, &mut config).unwrap();
        assert!(enabled(&config, "CPX001"), "--select replaces rules.disable");
        assert!(!enabled(&config, "CPX002"), "--ignore wins");
        assert!(enabled(&config, "SEC001"), "--extend-select adds");
        assert!(!enabled(&config, "SIZ001"), "outside the selection");
    }

    #[test]
    fn unknown_codes_and_globs_are_each_reported() {
        let args = Selection {
            select: Some(vec!["CPX01".into()]),
            ignore: vec!["NOPE999".into()],
            exclude: vec!["".into()],
            ..Selection::default()
        };
        let err = apply_selection(&args, &mut Config::default()).unwrap_err().to_string();
        assert!(err.contains("flag --select: unknown rule `CPX01`; did you mean"), "{err}");
        assert!(err.contains("flag --ignore: unknown rule `NOPE999`"), "{err}");
        assert!(err.contains("flag --exclude: a glob must not be empty"), "{err}");
    }
}
