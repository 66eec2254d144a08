//! Every schema problem of one configuration text, not only the first.
//!
//! serde stops at the first error. To report them all in one run, the offending key is
//! removed from the tree (so its default applies) and the rest is deserialized again,
//! until it passes. The first problem keeps the parser's exact position; the later ones,
//! found in the re-serialized tree, are placed by looking their key up in the original text.

use serde_yaml_ng::Value;

use super::error::{ConfigError, Position, Source, schema_error};
use super::schema::Config;
use super::validate::locate_key;

/// More problems than this in one file are not worth listing one by one.
const MAX_PROBLEMS: usize = 100;

/// The schema problems of `text` (already parsed into `value`), in the order serde meets
/// them; `value` is left without the offending keys.
pub(crate) fn schema_problems(text: &str, value: &mut Value, source: &Source) -> Vec<ConfigError> {
    let mut problems = Vec::new();
    let mut reparsed: Option<String> = None;
    while problems.len() < MAX_PROBLEMS {
        let result = match &reparsed {
            None => serde_yaml_ng::from_str::<Config>(text),
            Some(again) => serde_yaml_ng::from_str::<Config>(again),
        };
        let Err(err) = result else { break };
        let mut problem = schema_error(&err, source.clone(), "");
        let key = key_of(&problem).to_owned();
        if reparsed.is_some() {
            relocate(&mut problem, text, &key);
        }
        let repeated = problems.iter().any(|p: &ConfigError| key_of(p) == key);
        if !repeated {
            problems.push(problem);
        }
        if repeated || key.is_empty() || !remove(value, &key) {
            break;
        }
        match serde_yaml_ng::to_string(value) {
            Ok(again) => reparsed = Some(again),
            Err(_) => break,
        }
    }
    problems
}

/// The dotted key a schema problem is about (empty for the whole document).
pub(crate) fn key_of(problem: &ConfigError) -> &str {
    match problem {
        ConfigError::UnknownKey { key, .. } | ConfigError::InvalidValue { key, .. } => key,
        _ => "",
    }
}

/// Places a problem found in the re-serialized tree at its key's line in the original text:
/// an unknown key at the key, a bad value at the value when it is on the key's line.
fn relocate(problem: &mut ConfigError, text: &str, key: &str) {
    let (at, value) = match problem {
        ConfigError::UnknownKey { at, .. } => (at, false),
        ConfigError::InvalidValue { at, .. } => (at, true),
        _ => return,
    };
    let found = locate_key(text, key).map(|(line, column)| {
        if value {
            value_column(text, line, column).map_or((line, column), |c| (line, c))
        } else {
            (line, column)
        }
    });
    *at = Position { source: at.source.clone(), line: found.map(|f| f.0), column: found.map(|f| f.1) };
}

/// The column where the value of the key at (`line`, `column`) starts, when it is written
/// on the same line (`key: value`), as the YAML parser reports it.
fn value_column(text: &str, line: usize, column: usize) -> Option<usize> {
    let row = text.lines().nth(line.checked_sub(1)?)?;
    let from = column.checked_sub(1)?;
    let colon = from + row.get(from..)?.find(':')?;
    let after = &row[colon + 1..];
    let value = after.trim_start();
    if value.is_empty() || value.starts_with('#') {
        return None;
    }
    Some(colon + 1 + (after.len() - value.len()) + 1)
}

/// Removes the mapping entry that holds dotted `key`; a key inside a list removes the list
/// (its indices would shift). Returns whether something was removed.
fn remove(value: &mut Value, key: &str) -> bool {
    let maps = key.split('[').next().unwrap_or(key);
    let mut segments: Vec<&str> = maps.split('.').filter(|s| !s.is_empty()).collect();
    let Some(last) = segments.pop() else { return false };
    let mut node = value;
    for segment in segments {
        match node.get_mut(segment) {
            Some(child) => node = child,
            None => return false,
        }
    }
    match node {
        Value::Mapping(map) => map.remove(last).is_some(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<String> {
        let mut value: Value = serde_yaml_ng::from_str(text).unwrap();
        schema_problems(text, &mut value, &Source::File("c.yaml".into()))
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn every_problem_is_reported_at_its_line() {
        let text = "analysis:\n  max_fle_size: 2048\n  thresholds:\n    cognitiv: 9\n    nesting: deep\n\
                    logging:\n  level: verbose\n";
        assert_eq!(
            problems(text),
            [
                "c.yaml:2:3: unknown key `analysis.max_fle_size`; did you mean `max_file_size`?",
                "c.yaml:4:5: unknown key `analysis.thresholds.cognitiv`; did you mean `cognitive`?",
                "c.yaml:5:14: analysis.thresholds.nesting: invalid type: string \"deep\", expected u32",
                "c.yaml:7:10: logging.level: unknown value `verbose`, expected one of `error`, `warn`, \
                 `info`, `debug`, `trace`",
            ]
        );
    }

    #[test]
    fn a_problem_inside_a_list_drops_the_list_and_goes_on() {
        let text = "llm:\n  providers:\n    - name: a\n      kind: gpt\n    - name: b\n      kind: gpt\n\
                    serve:\n  bnd: x\n";
        let found = problems(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("llm.providers[0].kind"), "{found:?}");
        assert!(found[1].starts_with("c.yaml:8:3: unknown key `serve.bnd`"), "{found:?}");
    }

    #[test]
    fn value_columns_follow_the_colon() {
        assert_eq!(value_column("a:\n  level:   x # c\n", 2, 3), Some(12));
        assert_eq!(value_column("a:\n  level:\n    - x\n", 2, 3), None);
    }
}
