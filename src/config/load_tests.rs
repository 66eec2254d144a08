//! Tests of the layers, origins and error positions.

use std::fs;

use tempfile::TempDir;

use super::*;
use crate::config::enums::{LogFormat, LogLevel};

/// A home directory and a repository (with `.git`) side by side.
struct Fixture {
    home: TempDir,
    repo: TempDir,
}

impl Fixture {
    fn new() -> Self {
        let fixture = Self { home: tempfile::tempdir().unwrap(), repo: tempfile::tempdir().unwrap() };
        fs::create_dir(fixture.repo.path().join(".git")).unwrap();
        fixture
    }

    fn write(&self, relative: &str, text: &str) -> PathBuf {
        let path = self.repo.path().join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
        path
    }

    fn write_user(&self, text: &str) -> PathBuf {
        let path = self.home.path().join(".aura/config.yaml");
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
        path
    }

    fn env(&self, vars: &[(&str, &str)]) -> Environment {
        let home = ("HOME", self.home.path().to_str().unwrap());
        Environment::from_pairs(std::iter::once(home).chain(vars.iter().copied()))
    }

    fn load(&self, global: &Overrides, vars: &[(&str, &str)]) -> Result<Loaded, ConfigError> {
        load_with(self.repo.path(), global, &self.env(vars))
    }

    fn error(&self, global: &Overrides, vars: &[(&str, &str)]) -> String {
        self.load(global, vars).unwrap_err().to_string()
    }
}

fn origin(loaded: &Loaded, key: &str) -> String {
    loaded.origins.get(key).unwrap_or_else(|| panic!("no origin for {key}")).to_string()
}

#[test]
fn defaults_only() {
    let fixture = Fixture::new();
    let loaded = fixture.load(&Overrides::default(), &[]).unwrap();
    assert_eq!(loaded.config, Config::default());
    assert!(loaded.files.is_empty());
    assert!(loaded.origins.values().all(|o| *o == Origin::Default));
    assert!(loaded.origins.contains_key("analysis.thresholds.cyclomatic"));
    assert!(loaded.origins.contains_key("llm.providers[1].base_url"));
}

#[test]
fn layers_override_in_order_and_name_their_origin() {
    let fixture = Fixture::new();
    let user = fixture.write_user(
        "analysis:\n  max_file_size: 10\n  thresholds:\n    cyclomatic: 11\n    nesting: 3\nlogging:\n  format: json\n",
    );
    let project = fixture.write(
        ".aura/config.yaml",
        "analysis:\n  thresholds:\n    cyclomatic: 12\nlogging:\n  level: info\n",
    );
    let global = Overrides { jobs: Some(3), verbose: 2, ..Overrides::default() };
    let loaded = fixture.load(&global, &[("AURA_LOG_LEVEL", "error"), ("AURA_MAX_FILE_SIZE", "20")]).unwrap();

    let config = &loaded.config;
    assert_eq!(config.analysis.thresholds.cyclomatic, 12);
    assert_eq!(config.analysis.thresholds.nesting, 3);
    assert_eq!(config.analysis.max_file_size, 20);
    assert_eq!(config.analysis.jobs, Some(3));
    assert_eq!(config.logging.level, LogLevel::Debug);
    assert_eq!(config.logging.format, LogFormat::Json);
    assert_eq!(loaded.files, [user.clone(), project.clone()]);

    assert_eq!(origin(&loaded, "analysis.thresholds.cyclomatic"), format!("project ({})", project.display()));
    assert_eq!(origin(&loaded, "analysis.thresholds.nesting"), format!("user ({})", user.display()));
    assert_eq!(origin(&loaded, "analysis.max_file_size"), "env (AURA_MAX_FILE_SIZE)");
    assert_eq!(origin(&loaded, "analysis.jobs"), "flag (--jobs)");
    assert_eq!(origin(&loaded, "logging.level"), "flag (-vv)");
    assert_eq!(origin(&loaded, "logging.format"), format!("user ({})", user.display()));
    assert_eq!(origin(&loaded, "analysis.thresholds.cognitive"), "default");
}

#[test]
fn project_file_is_found_from_a_subdirectory_but_not_above_the_repository() {
    let fixture = Fixture::new();
    let outer = tempfile::tempdir().unwrap();
    fs::create_dir_all(outer.path().join(".aura")).unwrap();
    fs::write(outer.path().join(".aura/config.yaml"), "logging: {level: trace}\n").unwrap();
    let repo = outer.path().join("repo");
    fs::create_dir_all(repo.join(".git")).unwrap();
    fs::create_dir_all(repo.join("src/deep")).unwrap();
    let env = fixture.env(&[]);
    let loaded = load_with(&repo.join("src/deep"), &Overrides::default(), &env).unwrap();
    assert_eq!(loaded.config.logging.level, LogLevel::Warn, "stopped at the repository root");

    fs::create_dir_all(repo.join(".aura")).unwrap();
    fs::write(repo.join(".aura/config.yml"), "logging: {level: debug}\n").unwrap();
    let loaded = load_with(&repo.join("src/deep"), &Overrides::default(), &env).unwrap();
    assert_eq!(loaded.config.logging.level, LogLevel::Debug);
    assert_eq!(loaded.files, [repo.join(".aura/config.yml")]);
}

#[test]
fn config_flag_replaces_the_project_file() {
    let fixture = Fixture::new();
    fixture.write(".aura/config.yaml", "logging: {level: debug}\n");
    let explicit = fixture.write("ci/aura.json", r#"{"logging": {"format": "json"}}"#);
    let global = Overrides { config: Some("ci/aura.json".into()), ..Overrides::default() };
    let loaded = fixture.load(&global, &[]).unwrap();
    assert_eq!(loaded.config.logging.level, LogLevel::Warn);
    assert_eq!(loaded.config.logging.format, LogFormat::Json);
    assert_eq!(origin(&loaded, "logging.format"), format!("--config ({})", explicit.display()));

    let via_env = fixture.load(&Overrides::default(), &[("AURA_CONFIG_PATH", "ci/aura.json")]).unwrap();
    assert_eq!(via_env.files, [explicit]);
}

#[test]
fn a_missing_config_flag_file_is_an_error() {
    let fixture = Fixture::new();
    let global = Overrides { config: Some("nope.yaml".into()), ..Overrides::default() };
    let err = fixture.error(&global, &[]);
    assert!(
        err.starts_with(&format!(
            "{}: cannot read configuration: ",
            fixture.repo.path().join("nope.yaml").display()
        )),
        "{err}"
    );
}

#[test]
fn typo_names_file_line_column_and_suggestion() {
    let fixture = Fixture::new();
    let path = fixture.write(".aura/config.yaml", "# settings\nanalysis:\n  thresholds:\n    cyclomatc: 3\n");
    assert_eq!(
        fixture.error(&Overrides::default(), &[]),
        format!(
            "{}:4:5: unknown key `analysis.thresholds.cyclomatc`; did you mean `cyclomatic`?",
            path.display()
        )
    );
    fs::write(&path, "analysiss:\n  jobs: 2\n").unwrap();
    assert_eq!(
        fixture.error(&Overrides::default(), &[]),
        format!("{}:1:1: unknown key `analysiss`; did you mean `analysis`?", path.display())
    );
}

#[test]
fn wrong_types_and_enum_values() {
    let fixture = Fixture::new();
    let path = fixture.write(".aura/config.yaml", "review:\n  filter_mode: diff\n");
    assert_eq!(
        fixture.error(&Overrides::default(), &[]),
        format!(
            "{}:2:16: review.filter_mode: unknown value `diff`, expected one of `added`, `diff_context`, `file`, `nofilter`",
            path.display()
        )
    );
    fs::write(&path, "analysis:\n  max_file_size: big\n").unwrap();
    assert_eq!(
        fixture.error(&Overrides::default(), &[]),
        format!(
            "{}:2:18: analysis.max_file_size: invalid type: string \"big\", expected u64",
            path.display()
        )
    );
}

#[test]
fn malformed_yaml_gives_line_and_column() {
    let fixture = Fixture::new();
    let path = fixture.write(".aura/config.yaml", "analysis:\n  exclude: [a, b\nlogging: {}\n");
    let err = fixture.error(&Overrides::default(), &[]);
    assert!(err.starts_with(&format!("{}:3:8: malformed YAML: ", path.display())), "{err}");
}

#[test]
fn empty_files_and_empty_sections_are_fine() {
    let fixture = Fixture::new();
    fixture.write(".aura/config.yaml", "");
    fixture.write_user("# nothing yet\n");
    assert_eq!(fixture.load(&Overrides::default(), &[]).unwrap().config, Config::default());
    fixture.write(".aura/config.yaml", "analysis:\nlogging:\n  level: info\n");
    assert_eq!(fixture.load(&Overrides::default(), &[]).unwrap().config.logging.level, LogLevel::Info);
}

#[test]
fn a_document_that_is_not_a_mapping_is_an_error() {
    let fixture = Fixture::new();
    let path = fixture.write(".aura/config.yaml", "- analysis\n");
    assert_eq!(
        fixture.error(&Overrides::default(), &[]),
        format!(
            "{}:1:1: expected a mapping of sections (analysis, rules, git, review, llm, serve, logging), found a list",
            path.display()
        )
    );
}

#[test]
fn semantic_errors_point_at_the_file_line() {
    let fixture = Fixture::new();
    let path = fixture.write(
        ".aura/config.yaml",
        "analysis:\n  exclude: ['vendor/**', 'bad[']\n  thresholds:\n    nesting: 0\nserve:\n  bind: everywhere\n",
    );
    let err = fixture.load(&Overrides::default(), &[]).unwrap_err();
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    let p = path.display();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(
        lines[0].starts_with(&format!("{p}:2:3: analysis.exclude[1]: invalid glob `bad[`")),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1], format!("{p}:4:5: analysis.thresholds.nesting: must be greater than 0"));
    assert_eq!(
        lines[2],
        format!(
            "{p}:6:3: serve.bind: `everywhere` is not a socket address; expected HOST:PORT such as 127.0.0.1:8080"
        )
    );
}

#[test]
fn commit_rule_errors_point_at_the_rule() {
    let fixture = Fixture::new();
    let path = fixture.write(
        ".aura/config.yaml",
        "git:\n  commit:\n    rules:\n      header-max-lenght: {value: 72}\n      \
         header-min-length: {level: error}\n      subject-case:\n        value: [sentence-cse]\n",
    );
    let err = fixture.load(&Overrides::default(), &[]).unwrap_err();
    let lines: Vec<String> = err.problems().iter().map(ToString::to_string).collect();
    let p = path.display();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(
        lines[0],
        format!(
            "{p}:4:7: git.commit.rules.header-max-lenght: unknown commit rule `header-max-lenght`; \
             did you mean `header-max-length`?"
        )
    );
    assert!(lines[1].starts_with(&format!("{p}:5:7: git.commit.rules.header-min-length: ")), "{}", lines[1]);
    assert!(
        lines[2].starts_with(&format!(
            "{p}:7:9: git.commit.rules.subject-case.value: unknown case `sentence-cse`"
        )),
        "{}",
        lines[2]
    );
}

#[test]
fn environment_errors_name_the_variable() {
    let fixture = Fixture::new();
    assert_eq!(
        fixture.error(&Overrides::default(), &[("AURA_LOG_FORMAT", "xml")]),
        "environment variable AURA_LOG_FORMAT: logging.format: unknown value `xml`, expected one of `text`, `json`"
    );
    assert_eq!(
        fixture.error(&Overrides::default(), &[("AURA_LLM_PROVIDER", "lmstudio")]),
        "environment variable AURA_LLM_PROVIDER: llm.routing.default[0]: \
         no provider named `lmstudio` in llm.providers; did you mean `lm_studio`?"
    );
    let global = Overrides { jobs: Some(0), ..Overrides::default() };
    assert_eq!(
        fixture.error(&global, &[]),
        "flag --jobs: analysis.jobs: must be at least 1 (leave it unset for one per core)"
    );
}

#[test]
fn llm_provider_goes_first_in_the_configured_routing() {
    let fixture = Fixture::new();
    fixture.write(".aura/config.yaml", "llm:\n  routing:\n    default: [ollama, lm_studio]\n");
    let loaded = fixture.load(&Overrides::default(), &[("AURA_LLM_PROVIDER", "lm_studio")]).unwrap();
    assert_eq!(loaded.config.llm.routing.default, ["lm_studio", "ollama"]);
    assert_eq!(origin(&loaded, "llm.routing.default"), "env (AURA_LLM_PROVIDER)");
}

#[test]
fn errors_from_several_layers_are_all_reported() {
    let fixture = Fixture::new();
    fixture.write_user("logging: {level: loud}\n");
    fixture.write(".aura/config.yaml", "serve: {bnd: x}\n");
    let err = fixture.load(&Overrides::default(), &[("AURA_JOBS", "many")]).unwrap_err();
    let problems = err.problems();
    assert_eq!(problems.len(), 3);
    assert!(matches!(problems[0], ConfigError::InvalidValue { .. }));
    assert!(matches!(problems[1], ConfigError::UnknownKey { suggestion: Some(s), .. } if s == "bind"));
    assert!(problems[2].to_string().starts_with("environment variable AURA_JOBS"));
}

#[test]
fn lists_replace_and_their_items_keep_the_list_origin() {
    let fixture = Fixture::new();
    fixture.write_user("llm:\n  providers:\n    - {name: a, kind: mock}\n    - {name: b, kind: ollama}\n");
    let project = fixture.write(
        ".aura/config.yaml",
        "llm:\n  providers:\n    - name: local\n      kind: openai\n      base_url: http://127.0.0.1:9000/v1\n",
    );
    let loaded = fixture.load(&Overrides::default(), &[]).unwrap();
    assert_eq!(loaded.config.llm.providers.len(), 1);
    assert_eq!(loaded.config.llm.providers[0].timeout, 120, "item fields default");
    assert_eq!(origin(&loaded, "llm.providers[0].timeout"), format!("project ({})", project.display()));
}

#[test]
fn json_and_yaml_read_the_same() {
    let json = parse_text(r#"{"analysis": {"exclude": ["a/**"], "jobs": 2}}"#, Source::Defaults).unwrap();
    let yaml = parse_text("analysis:\n  exclude: [a/**]\n  jobs: 2\n", Source::Defaults).unwrap();
    assert_eq!(json, yaml);
}

#[test]
fn later_errors_point_at_the_layer_that_set_the_key() {
    let fixture = Fixture::new();
    let path = fixture.write(".aura/config.yaml", "rules:\n  severity:\n    CPX001: error\n");
    let loaded = fixture.load(&Overrides::default(), &[]).unwrap();
    assert_eq!(
        loaded.invalid("rules.severity.CPX001", "unknown rule code").to_string(),
        format!("{}:3:5: rules.severity.CPX001: unknown rule code", path.display())
    );
    assert_eq!(loaded.invalid("analysis.jobs", "odd").to_string(), "built-in defaults: analysis.jobs: odd");
}
