//! Operations on untyped YAML trees: the deep merge of layers and the dotted keys that
//! `aura config show` prints and origins are tracked by.

use serde_yaml_ng::{Mapping, Value};

/// Merges `over` into `base`: mappings merge key by key, everything else replaces, and a
/// null over a mapping (an empty `section:`) leaves it alone. Returns the dotted keys
/// `over` set, each a scalar or a whole sequence, so origins can be attributed.
pub(crate) fn merge(base: &mut Value, over: Value) -> Vec<String> {
    let mut applied = Vec::new();
    merge_at(base, over, "", &mut applied);
    applied
}

fn merge_at(base: &mut Value, over: Value, path: &str, applied: &mut Vec<String>) {
    match (base, over) {
        (Value::Mapping(base_map), Value::Mapping(over_map)) => {
            for (key, value) in over_map {
                let child = child_key(path, &key_text(&key));
                match base_map.get_mut(&key) {
                    Some(slot) => merge_at(slot, value, &child, applied),
                    None => {
                        leaves_into(&value, &child, applied);
                        base_map.insert(key, value);
                    }
                }
            }
        }
        (Value::Mapping(_), Value::Null) => {}
        (slot, value) => {
            leaves_into(&value, path, applied);
            *slot = value;
        }
    }
}

/// The leaves of a newly inserted value: nested mappings are descended, the rest are leaves.
fn leaves_into(value: &Value, path: &str, out: &mut Vec<String>) {
    match value {
        Value::Mapping(map) if !map.is_empty() => {
            for (key, child) in map {
                leaves_into(child, &child_key(path, &key_text(key)), out);
            }
        }
        _ => out.push(path.to_owned()),
    }
}

/// Every leaf of an effective configuration with its value, for display: mappings are
/// flattened with `.`, sequences of mappings with `[i]`; sequences of scalars, empty
/// mappings and scalars are leaves.
pub(crate) fn display_leaves(value: &Value) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    display_at(value, "", &mut out);
    out
}

fn display_at(value: &Value, path: &str, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Mapping(map) if !map.is_empty() => {
            for (key, child) in map {
                display_at(child, &child_key(path, &key_text(key)), out);
            }
        }
        Value::Sequence(items) if items.iter().any(|item| matches!(item, Value::Mapping(_))) => {
            for (index, item) in items.iter().enumerate() {
                display_at(item, &format!("{path}[{index}]"), out);
            }
        }
        other => out.push((path.to_owned(), other.clone())),
    }
}

/// `{a: {b: value}}` from `a.b` and `value`.
pub(crate) fn nest(key: &str, value: Value) -> Value {
    key.rsplit('.').fold(value, |inner, segment| {
        let mut map = Mapping::new();
        map.insert(Value::String(segment.to_owned()), inner);
        Value::Mapping(map)
    })
}

/// The value at dotted `key`, if every mapping on the way has it.
pub(crate) fn get<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    key.split('.').try_fold(value, |node, segment| node.get(segment))
}

/// The dotted prefixes of `key`, longest first, ending with `key` itself first:
/// `a.b[0].c` → `a.b[0].c`, `a.b[0]`, `a.b`, `a`.
pub(crate) fn prefixes(key: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(key);
    std::iter::from_fn(move || {
        let current = rest?;
        rest = current.rfind(['.', '[']).map(|cut| &current[..cut]);
        Some(current)
    })
}

fn child_key(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") }
}

/// A mapping key as text (YAML allows non-string keys; they are shown as written).
fn key_text(key: &Value) -> String {
    match key {
        Value::String(text) => text.clone(),
        other => render_scalar(other),
    }
}

/// A value as one line of JSON: strings quoted, sequences and mappings inline.
pub(crate) fn render_scalar(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| format!("{value:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> Value {
        serde_yaml_ng::from_str(text).unwrap()
    }

    #[test]
    fn maps_merge_and_lists_replace() {
        let mut base = yaml("a: {x: 1, y: [1, 2]}\nb: 2");
        let applied = merge(&mut base, yaml("a: {y: [3], z: {w: 1}}\nc: null"));
        assert_eq!(base, yaml("a: {x: 1, y: [3], z: {w: 1}}\nb: 2\nc: null"));
        assert_eq!(applied, ["a.y", "a.z.w", "c"]);
    }

    #[test]
    fn null_over_a_section_keeps_it() {
        let mut base = yaml("a: {x: 1}");
        let applied = merge(&mut base, yaml("a:"));
        assert_eq!(base, yaml("a: {x: 1}"));
        assert!(applied.is_empty());
    }

    #[test]
    fn display_flattens_maps_and_lists_of_maps() {
        let value = yaml("a: {x: 1, l: [1, 2], m: [{n: 1}], e: {}}");
        let keys: Vec<String> = display_leaves(&value).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["a.x", "a.l", "a.m[0].n", "a.e"]);
    }

    #[test]
    fn prefixes_go_from_longest_to_shortest() {
        let all: Vec<&str> = prefixes("a.b[0].c").collect();
        assert_eq!(all, ["a.b[0].c", "a.b[0]", "a.b", "a"]);
    }

    #[test]
    fn nest_and_get_round_trip() {
        let value = nest("a.b.c", Value::from(3));
        assert_eq!(get(&value, "a.b.c"), Some(&Value::from(3)));
        assert_eq!(get(&value, "a.x"), None);
    }
}
