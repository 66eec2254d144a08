//! Every schema problem of one configuration text, not only the first.
//!
//! serde stops at the first error. To report them all in one run, the offending key is
//! removed from the tree (so its default applies) and the rest is deserialized again,
//! until it passes. The first problem keeps the parser's exact position; the later ones,
//! found in the re-serialized tree, are placed by looking their key up in the original text.

use serde_yaml_ng::Value;

use super::error::{ConfigError, Position, Source, join_key, schema_error};
use super::schema::Config;
use super::validate::locate_key;

/// More problems than this in one file are not worth listing one by one.
const MAX_PROBLEMS: usize = 100;

/// The schema problems of `text` (already parsed into `value`), in the order serde meets
/// them; `value` is left without the offending keys.
pub(crate) fn schema_problems(text: &str, value: &mut Value, source: &Source) -> Vec<ConfigError> {
    let mut problems = Vec::new();
    let mut removed: Vec<String> = Vec::new();
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
        // a required field this loop removed is missing now: not the file's problem
        let caused = missing_field(&problem).is_some_and(|field| removed.contains(&join_key(&key, field)));
        if !repeated && !caused {
            problems.push(problem);
        }
        if repeated || key.is_empty() || !remove(value, &key) {
            break;
        }
        removed.push(key);
        match serde_yaml_ng::to_string(value) {
            Ok(again) => reparsed = Some(again),
            Err(_) => break,
        }
    }
    problems
}

/// The field a `missing field `F`` problem names.
fn missing_field(problem: &ConfigError) -> Option<&str> {
    match problem {
        ConfigError::InvalidValue { message, .. } => {
            message.strip_prefix("missing field `")?.split_once('`').map(|(field, _)| field)
        }
        _ => None,
    }
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

/// Removes the mapping entry that holds dotted `key`, through list items (`a.b[1].c`
/// removes `c` from the second item, so its default applies). A key that ends in an index
/// (a bad item, or an item missing a field) removes the whole list: removing the item
/// would shift the indices of the problems after it. Returns whether something was removed.
fn remove(value: &mut Value, key: &str) -> bool {
    let mut steps: Vec<Step<'_>> = Vec::new();
    for part in key.split('.') {
        let mut pieces = part.split('[');
        if let Some(name) = pieces.next().filter(|name| !name.is_empty()) {
            steps.push(Step::Key(name));
        }
        for piece in pieces {
            match piece.strip_suffix(']').and_then(|n| n.parse().ok()) {
                Some(index) => steps.push(Step::Index(index)),
                None => return false,
            }
        }
    }
    while matches!(steps.last(), Some(Step::Index(_))) {
        steps.pop();
    }
    let Some(Step::Key(last)) = steps.pop() else { return false };
    let mut node = value;
    for step in steps {
        let child = match step {
            Step::Key(name) => node.get_mut(name),
            Step::Index(index) => node.get_mut(index),
        };
        match child {
            Some(child) => node = child,
            None => return false,
        }
    }
    match node {
        Value::Mapping(map) => map.remove(last).is_some(),
        _ => false,
    }
}

/// One step of a dotted key.
#[derive(Debug, Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
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
    fn problems_in_several_list_items_are_each_reported() {
        let text = "analysis:\n  overrides:\n    - paths: [a]\n      thresold: {}\n    - paths: [b]\n      \
                    thresholds:\n        nestin: 2\nserve:\n  bnd: x\n";
        let found = problems(text);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found[0].starts_with("c.yaml:4:7: unknown key `analysis.overrides[0].thresold`"),
            "{found:?}"
        );
        assert!(
            found[1].starts_with("c.yaml:7:9: unknown key `analysis.overrides[1].thresholds.nestin`"),
            "{found:?}"
        );
        assert!(found[2].starts_with("c.yaml:9:3: unknown key `serve.bnd`"), "{found:?}");
    }

    #[test]
    fn a_bad_required_field_drops_its_list_without_a_made_up_problem() {
        let text = "llm:\n  providers:\n    - name: a\n      kind: gpt\n    - name: b\n      kind: gpt\n\
                    serve:\n  bnd: x\n";
        let found = problems(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].starts_with("c.yaml:4:13: llm.providers[0].kind: unknown value `gpt`"), "{found:?}");
        assert!(found[1].starts_with("c.yaml:8:3: unknown key `serve.bnd`"), "{found:?}");
    }

    #[test]
    fn an_item_missing_a_field_drops_its_list_and_goes_on() {
        let text = "rules:\n  custom:\n    - id: X1\n      languag: python\nlogging:\n  level: loud\n";
        let found = problems(text);
        assert!(found[0].contains("rules.custom[0].languag"), "{found:?}");
        assert!(found.last().unwrap().starts_with("c.yaml:6:10: logging.level"), "{found:?}");
    }

    #[test]
    fn value_columns_follow_the_colon() {
        assert_eq!(value_column("a:\n  level:   x # c\n", 2, 3), Some(12));
        assert_eq!(value_column("a:\n  level:\n    - x\n", 2, 3), None);
    }
}
