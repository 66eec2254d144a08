//! Where each value of a loaded configuration came from, carried by the [`Config`]
//! itself so that any command can name the source of a setting it acts on (a gate's
//! `fail_on`: the file and line, the environment variable, or the default).
//!
//! [`Config`]: super::Config

use std::collections::BTreeMap;
use std::sync::Arc;

use super::error::Position;
use super::load::Origin;
use super::tree::prefixes;
use super::validate::locate_key;

/// The layer that set each leaf, and each file layer's text to find a key's line in.
/// Empty for a configuration that was not loaded (built in code): every key is a default.
#[derive(Debug, Clone, Default)]
pub struct Provenance(Option<Arc<Sources>>);

#[derive(Debug)]
struct Sources {
    origins: BTreeMap<String, Origin>,
    texts: Vec<(Origin, String)>,
}

/// Where a value came from does not change what it is: two configurations with the same
/// values are equal.
impl PartialEq for Provenance {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

impl Provenance {
    pub(crate) fn new(origins: BTreeMap<String, Origin>, texts: Vec<(Origin, String)>) -> Self {
        Self(Some(Arc::new(Sources { origins, texts })))
    }

    /// The layer that set dotted `key` (or the nearest enclosing key).
    pub fn origin(&self, key: &str) -> Origin {
        self.0
            .as_ref()
            .and_then(|sources| prefixes(key).find_map(|prefix| sources.origins.get(prefix)))
            .cloned()
            .unwrap_or(Origin::Default)
    }

    /// Where `key` was set: a file with its line, a variable, a flag, or the defaults.
    pub fn position(&self, key: &str) -> Position {
        let origin = self.origin(key);
        let texts = self.0.as_ref().map_or(&[][..], |sources| sources.texts.as_slice());
        position_in(texts, origin, key)
    }

    /// `key` and its source in words, for messages: `analysis.fail_on in FILE:3:3`,
    /// `analysis.fail_on from AURA_FAIL_ON`, `analysis.fail_on from --jobs`, or
    /// `analysis.fail_on's default`.
    pub fn describe(&self, key: &str) -> String {
        match self.origin(key) {
            Origin::Default => format!("{key}'s default"),
            Origin::Env(name) | Origin::Flag(name) => format!("{key} from {name}"),
            Origin::User(_) | Origin::Project(_) | Origin::ConfigFlag(_) => {
                format!("{key} in {}", self.position(key))
            }
        }
    }
}

/// Where the value at `key` was written by `origin`: a file line when a file set it.
pub(crate) fn position_in(texts: &[(Origin, String)], origin: Origin, key: &str) -> Position {
    let text = texts.iter().find(|(o, _)| *o == origin).map(|(_, text)| text.as_str());
    let (line, column) = text.and_then(|text| locate_key(text, key)).unzip();
    Position { source: origin.source(), line, column }
}
