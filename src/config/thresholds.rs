//! The thresholds that apply to one file: the base ones, then its language's changes,
//! then every matching per-path override in order.

use std::collections::BTreeMap;
use std::path::Path;

use ignore::Match;
use ignore::gitignore::{Gitignore, GitignoreBuilder};

use super::schema::{AnalysisConfig, ThresholdOverrides, Thresholds};
use super::validate::check_glob;

/// Resolves thresholds per file; build it once per run (it compiles the override globs).
#[derive(Debug, Clone)]
pub struct ThresholdResolver {
    base: Thresholds,
    by_language: BTreeMap<String, ThresholdOverrides>,
    by_path: Vec<(Gitignore, ThresholdOverrides)>,
}

impl ThresholdResolver {
    /// Compiles the `analysis.overrides` globs. Loading already validated them, so an
    /// error here means the configuration was built by hand; it names the bad glob.
    pub fn new(analysis: &AnalysisConfig) -> Result<Self, String> {
        let mut by_path = Vec::with_capacity(analysis.overrides.len());
        for entry in &analysis.overrides {
            let mut builder = GitignoreBuilder::new("");
            for glob in &entry.paths {
                check_glob(glob)?;
                builder.add_line(None, glob).map_err(|err| err.to_string())?;
            }
            let matcher = builder.build().map_err(|err| err.to_string())?;
            by_path.push((matcher, entry.thresholds));
        }
        Ok(Self { base: analysis.thresholds, by_language: analysis.thresholds_by_language.clone(), by_path })
    }

    /// The thresholds for a file of `language` at `path`, relative to the repository root
    /// (an absolute path matches no per-path override).
    pub fn resolve(&self, language: &str, path: &Path) -> Thresholds {
        let mut thresholds = self.base;
        if let Some(overrides) = self.by_language.get(language) {
            thresholds = thresholds.with(overrides);
        }
        let path = path.strip_prefix("./").unwrap_or(path);
        if path.has_root() {
            return thresholds;
        }
        for (matcher, overrides) in &self.by_path {
            if let Match::Ignore(_) = matcher.matched_path_or_any_parents(path, false) {
                thresholds = thresholds.with(overrides);
            }
        }
        thresholds
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::schema::PathOverride;

    #[test]
    fn language_then_paths_in_order() {
        let mut analysis = AnalysisConfig::default();
        analysis
            .thresholds_by_language
            .insert("python".into(), ThresholdOverrides { cyclomatic: Some(12), ..Default::default() });
        analysis.overrides = vec![
            PathOverride {
                paths: vec!["tests/".into()],
                thresholds: ThresholdOverrides {
                    cyclomatic: Some(20),
                    nesting: Some(6),
                    ..Default::default()
                },
                ..Default::default()
            },
            PathOverride {
                paths: vec!["*_generated.py".into()],
                thresholds: ThresholdOverrides { cyclomatic: Some(99), ..Default::default() },
                ..Default::default()
            },
        ];
        let resolver = ThresholdResolver::new(&analysis).unwrap();
        assert_eq!(resolver.resolve("python", Path::new("src/a.py")).cyclomatic, 12);
        assert_eq!(resolver.resolve("rust", Path::new("src/a.rs")).cyclomatic, 10);
        let test = resolver.resolve("python", Path::new("tests/unit/test_a.py"));
        assert_eq!((test.cyclomatic, test.nesting), (20, 6));
        let generated = resolver.resolve("python", Path::new("./tests/x_generated.py"));
        assert_eq!((generated.cyclomatic, generated.nesting), (99, 6));
        assert_eq!(resolver.resolve("python", Path::new("/abs/tests/a.py")).cyclomatic, 12);
    }

    #[test]
    fn bad_globs_are_named() {
        let analysis = AnalysisConfig {
            overrides: vec![PathOverride { paths: vec!["a[".into()], ..Default::default() }],
            ..AnalysisConfig::default()
        };
        let err = ThresholdResolver::new(&analysis).unwrap_err();
        assert_eq!(err, "invalid glob `a[`: unclosed character class; missing ']'");
    }
}
