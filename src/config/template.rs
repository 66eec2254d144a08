//! The commented starter file `aura config init` writes.

/// The starter `.aura/config.yaml`: every section and key at its default, with comments.
pub const STARTER: &str = include_str!("starter.yaml");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::error::Source;
    use crate::config::load::parse_text;
    use crate::config::schema::Config;
    use crate::config::tree::display_leaves;
    use serde::Deserialize;

    #[test]
    fn starter_validates_and_equals_the_defaults() {
        let value = parse_text(STARTER, Source::File("starter.yaml".into())).unwrap();
        let config = Config::deserialize(value).unwrap();
        assert_eq!(config, Config::default());
        assert_eq!(crate::config::validate::check(&config), []);
    }

    #[test]
    fn docs_cover_every_key_and_variable() {
        let docs = include_str!("../../docs/configuration.md");
        let defaults = serde_yaml_ng::to_value(Config::default()).unwrap();
        for (key, _) in display_leaves(&defaults) {
            // `llm.providers[2].name` is documented as `llm.providers[].name`.
            let generic: String = key
                .split('[')
                .enumerate()
                .map(|(i, part)| {
                    if i == 0 {
                        part.to_owned()
                    } else {
                        format!("[{}", part.trim_start_matches(|c: char| c.is_ascii_digit()))
                    }
                })
                .collect();
            assert!(docs.contains(&format!("| `{generic}` |")), "docs/configuration.md lacks `{generic}`");
        }
        for var in crate::config::env::ENV_VARS {
            let row = format!("| `{}` | `{}` |", var.name, var.key);
            assert!(docs.contains(&row), "docs/configuration.md lacks the row {row}");
        }
    }

    #[test]
    fn starter_lists_every_key() {
        let starter: serde_yaml_ng::Value = serde_yaml_ng::from_str(STARTER).unwrap();
        let defaults = serde_yaml_ng::to_value(Config::default()).unwrap();
        let keys = |value| display_leaves(&value).into_iter().map(|(key, _)| key).collect::<Vec<_>>();
        assert_eq!(keys(starter), keys(defaults));
    }
}
