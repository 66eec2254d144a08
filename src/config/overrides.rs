//! The selection flags of `analyze`, `review` and `hook` (`--select`, `--extend-select`,
//! `--ignore`, `--exclude`, `--include`) over the loaded configuration, as ruff applies
//! its flags: `--select` replaces the configured selection, the others add to it.
//!
//! The flags become the configuration's own keys (`rules.enable`, `rules.disable`,
//! `analysis.include`, `analysis.exclude`), so one matcher decides everywhere; per-path
//! overrides (`analysis.overrides[].rules`) still apply on top, as ruff's per-file ignores.

use super::error::{ConfigError, Position, Source};
use super::schema::Config;
use super::validate::check_glob;
use crate::cli::SelectArgs;
use crate::rules::{RULES, check_selector, selects};

/// Apply the selection flags to `config`; every unknown rule or bad glob is reported, each
/// naming its flag and, for a typo, the closest rule.
pub fn apply_selection(args: &SelectArgs, config: &mut Config) -> Result<(), ConfigError> {
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
        let args = SelectArgs {
            select: Some(vec!["CPX".into()]),
            extend_select: vec!["SEC001".into()],
            ignore: vec!["CPX002".into()],
            ..SelectArgs::default()
        };
        apply_selection(&args, &mut config).unwrap();
        assert!(enabled(&config, "CPX001"), "--select replaces rules.disable");
        assert!(!enabled(&config, "CPX002"), "--ignore wins");
        assert!(enabled(&config, "SEC001"), "--extend-select adds");
        assert!(!enabled(&config, "SIZ001"), "outside the selection");
    }

    #[test]
    fn unknown_codes_and_globs_are_each_reported() {
        let args = SelectArgs {
            select: Some(vec!["CPX01".into()]),
            ignore: vec!["NOPE999".into()],
            exclude: vec!["".into()],
            ..SelectArgs::default()
        };
        let err = apply_selection(&args, &mut Config::default()).unwrap_err().to_string();
        assert!(err.contains("flag --select: unknown rule `CPX01`; did you mean"), "{err}");
        assert!(err.contains("flag --ignore: unknown rule `NOPE999`"), "{err}");
        assert!(err.contains("flag --exclude: a glob must not be empty"), "{err}");
    }
}
