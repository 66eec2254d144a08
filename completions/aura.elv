
use builtin;
use str;

set edit:completion:arg-completer[aura] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'aura'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'aura'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand analyze 'Analyze files or directories: metrics, findings, and a report in any format'
            cand rules 'List every rule with its code, default severity and threshold'
            cand explain 'Print a rule''s documentation: what it checks, why, an example, how to fix it'
            cand merge 'Join JSON reports (shards of one analysis) into one report in any format'
            cand watch 'Analyze, then re-analyze on every change and print the new and fixed findings'
            cand graph 'Print the import dependency graph and its cycles'
            cand review 'Review a change: findings on the lines it touched, metric deltas, impact and risk'
            cand hotspots 'Files and functions ranked by churn (commits in a window) × complexity'
            cand hook 'Run one of aura''s git hooks (what installed hooks and the pre-commit framework call)'
            cand install-hooks 'Install aura''s git hooks, keeping any existing hook (it runs first)'
            cand uninstall-hooks 'Remove aura''s git hooks, restoring the hooks they replaced byte for byte'
            cand changelog 'The changelog of the commits since the last version tag, grouped by type'
            cand bump 'The next semantic version: breaking → major, feat → minor, fix/perf → patch'
            cand branch 'Branch names by the team''s convention (`git.branch`)'
            cand commit 'Work with commit messages (Conventional Commits)'
            cand config 'Show, validate, create or locate configuration'
            cand completions 'Print shell completions for SHELL'
            cand man 'Print the man page (roff), or write one page per (sub)command with --dir'
            cand cache 'The analysis cache: how much it holds, or empty it'
            cand llm 'The LLM providers of `llm.providers`: whether they answer, and their models'
            cand ask 'Answer a question about the repository with the LLM routed for questions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;analyze'= {
            cand --fail-on 'Exit with status 1 when a finding is at or above this severity (default: `analysis.fail_on`, itself `error` by default)'
            cand --template 'A minijinja template replacing the built-in one (markdown and html formats)'
            cand --category 'SARIF: the analysis category (`runAutomationDetails.id`), one per upload'
            cand --baseline 'Drop the findings this baseline file lists (matched by content, not line)'
            cand --write-baseline 'Write the current findings to FILE as a baseline (after --baseline is applied)'
            cand --shard 'Analyze only shard I of N (1-based): a deterministic share of the files, for CI matrices; join the shards'' JSON reports with `aura merge`'
            cand --changed-since 'Analyze only the files that differ from REV: committed since, staged, modified or untracked (and not ignored); imports still resolve against the whole tree'
            cand --select 'Run only these rules: codes, names or code prefixes, comma-separated, repeatable (replaces the selection of `rules.enable` and `rules.disable`; per-path overrides still apply)'
            cand --extend-select 'Also run these rules (added to `rules.enable`, or to `--select`)'
            cand --ignore 'Do not run these rules (added to `rules.disable`; wins over the selections)'
            cand --exclude 'Leave out the files matching GLOB (added to `analysis.exclude`; repeatable)'
            cand --include 'Analyze only the files matching GLOB (added to `analysis.include`; repeatable)'
            cand --stdin-filename 'With the PATH `-`: the name of the file read from standard input, which decides its language, the configuration that applies to it and the path in the report'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --exit-zero 'Exit with status 0 even when findings reach the gate (2 still reports a usage, configuration or tool error)'
            cand --no-rules 'Metrics only: run no rules, report no findings'
            cand --statistics 'Print the number of findings per rule instead of the report (text, or JSON with `--format json`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;rules'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;explain'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;merge'= {
            cand --fail-on 'Exit with status 1 when a finding is at or above this severity (default: `analysis.fail_on`, itself `error` by default)'
            cand --template 'A minijinja template replacing the built-in one (markdown and html formats)'
            cand --category 'SARIF: the analysis category (`runAutomationDetails.id`), one per upload'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --allow-partial 'Merge an incomplete set of shards; the report says it is partial and names the missing shards (without it, a missing shard is an error)'
            cand --exit-zero 'Exit with status 0 even when findings reach the gate (2 still reports a usage, configuration or tool error)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;watch'= {
            cand --select 'Run only these rules: codes, names or code prefixes, comma-separated, repeatable (replaces the selection of `rules.enable` and `rules.disable`; per-path overrides still apply)'
            cand --extend-select 'Also run these rules (added to `rules.enable`, or to `--select`)'
            cand --ignore 'Do not run these rules (added to `rules.disable`; wins over the selections)'
            cand --exclude 'Leave out the files matching GLOB (added to `analysis.exclude`; repeatable)'
            cand --include 'Analyze only the files matching GLOB (added to `analysis.include`; repeatable)'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --no-rules 'Metrics only: run no rules, report no findings (only the totals change)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;graph'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;review'= {
            cand --base 'The revision the change is measured against; the review diffs from its merge base with the head. Default on GitHub Actions: the pull request''s base; on GitLab: `CI_MERGE_REQUEST_DIFF_BASE_SHA`; elsewhere `origin/HEAD`'
            cand --head 'The revision to review (default: HEAD)'
            cand --filter-mode 'Which findings to keep: `added` (on added or changed lines), `diff_context` (within the hunks and 3 lines around), `file` (anywhere in a changed file), `nofilter` (default: `review.filter_mode`, itself `added`)'
            cand --sarif 'Also write the SARIF report to FILE'
            cand --markdown 'Also write the Markdown comment to FILE'
            cand --codequality 'Also write the GitLab Code Quality report to FILE'
            cand --json 'Also write the JSON review to FILE'
            cand --comment 'Post the Markdown as a sticky comment on the pull request (`github`) or merge request (`gitlab`), edited in place on reruns'
            cand --select 'Run only these rules: codes, names or code prefixes, comma-separated, repeatable (replaces the selection of `rules.enable` and `rules.disable`; per-path overrides still apply)'
            cand --extend-select 'Also run these rules (added to `rules.enable`, or to `--select`)'
            cand --ignore 'Do not run these rules (added to `rules.disable`; wins over the selections)'
            cand --exclude 'Leave out the files matching GLOB (added to `analysis.exclude`; repeatable)'
            cand --include 'Analyze only the files matching GLOB (added to `analysis.include`; repeatable)'
            cand --fail-on 'Exit with status 1 when a finding is at or above this severity (default: `analysis.fail_on`, itself `error` by default)'
            cand --template 'A minijinja template replacing the built-in one (markdown and html formats)'
            cand --category 'SARIF: the analysis category (`runAutomationDetails.id`), one per upload'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --staged 'Review what is staged (the index) against HEAD'
            cand --llm 'Add comments from the providers routed for `review` (`llm.routing`), as findings of rule LLM001 marked as generated (`review.llm: true` turns it on for every review)'
            cand --no-impact 'Do not look for the unchanged files that import the changed ones'
            cand --statistics 'Print the number of findings per rule instead of the review (text, or JSON with `--format json`)'
            cand --exit-zero 'Exit with status 0 even when findings reach the gate (2 still reports a usage, configuration or tool error)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;hotspots'= {
            cand --since 'How far back to count commits, measured from HEAD''s commit time: a duration (`90d`, `12w`, `6m` months, `1y`), a date (`2024-01-01`, UTC), or `all`'
            cand --max-commits 'Count at most the N newest commits of the window (merges are not counted)'
            cand --top 'List the N highest-scoring files and functions'
            cand --functions-top 'Attribute commits to functions in the N highest-scoring files (each commit''s version of them is parsed; 0: files only)'
            cand --template 'A minijinja template replacing the built-in one (markdown and html formats)'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --allow-shallow 'In a shallow clone, rank on the fetched history instead of failing'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;hook'= {
            cand --select 'Run only these rules: codes, names or code prefixes, comma-separated, repeatable (replaces the selection of `rules.enable` and `rules.disable`; per-path overrides still apply)'
            cand --extend-select 'Also run these rules (added to `rules.enable`, or to `--select`)'
            cand --ignore 'Do not run these rules (added to `rules.disable`; wins over the selections)'
            cand --exclude 'Leave out the files matching GLOB (added to `analysis.exclude`; repeatable)'
            cand --include 'Analyze only the files matching GLOB (added to `analysis.include`; repeatable)'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --exit-zero 'Print the findings but never block (exit 0 even when one reaches the gate)'
            cand --statistics 'Print the number of findings per rule instead of each finding'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;install-hooks'= {
            cand --hook 'Install only this hook (repeatable; default: every hook enabled in `git.hooks`)'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --force 'Install into a global `core.hooksPath` or a directory husky manages'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;uninstall-hooks'= {
            cand --hook 'Remove only this hook (repeatable; default: all of aura''s hooks)'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;changelog'= {
            cand --from 'Start after this revision (default: the nearest version tag)'
            cand --to 'End at this revision (default: HEAD)'
            cand --tag 'Name the release TAG (default: the tag on the last commit, else `Unreleased`: the commits after the newest tag are not released yet)'
            cand --release 'Name the release TAG (default: the tag on the last commit, else `Unreleased`: the commits after the newest tag are not released yet)'
            cand --template 'A minijinja template replacing `templates/changelog.md.j2`'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --bump 'Name the release with the next version, as `aura bump` computes it'
            cand --unreleased 'Head the release `Unreleased`, even when its last commit is tagged'
            cand --all 'Every commit type, not only features, fixes, performance and reverts'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;bump'= {
            cand --from 'Start after this revision (default: the nearest version tag)'
            cand --to 'End at this revision (default: HEAD)'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;branch'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand suggest 'Propose a branch name for a description: `add JavaScript analyzer` → `feature/javascript-analyzer`'
            cand lint 'Check a branch name (default: the current branch) against the convention'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;branch;suggest'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;branch;lint'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;branch;help'= {
            cand suggest 'Propose a branch name for a description: `add JavaScript analyzer` → `feature/javascript-analyzer`'
            cand lint 'Check a branch name (default: the current branch) against the convention'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;branch;help;suggest'= {
        }
        &'aura;branch;help;lint'= {
        }
        &'aura;branch;help;help'= {
        }
        &'aura;commit'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand lint 'Lint a commit message with commitlint''s Conventional Commits rules (exit 1 on errors)'
            cand suggest 'Propose a Conventional Commit message for the staged change (offline heuristics; it always passes `aura commit lint` with your configuration)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;commit;lint'= {
            cand --edit 'Lint a message file as git passes it to the commit-msg hook: comment lines and everything below the scissors line are ignored'
            cand --from 'Lint every commit after REV (reachable from --to and not from REV), for CI'
            cand --to 'The last commit of the range (default: HEAD)'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;commit;suggest'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --header-only 'Print only the header line'
            cand --llm 'Let the providers routed for `commit` (`llm.routing`) draft the message; the linter checks the draft, a rejected one is retried once with the problems, then the offline message is used'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;commit;help'= {
            cand lint 'Lint a commit message with commitlint''s Conventional Commits rules (exit 1 on errors)'
            cand suggest 'Propose a Conventional Commit message for the staged change (offline heuristics; it always passes `aura commit lint` with your configuration)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;commit;help;lint'= {
        }
        &'aura;commit;help;suggest'= {
        }
        &'aura;commit;help;help'= {
        }
        &'aura;config'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print every effective value and the layer that set it'
            cand validate 'Check configuration files; errors name the file, line and a likely fix'
            cand init 'Write a commented starter `.aura/config.yaml`'
            cand path 'Print the configuration files aura reads, in layer order, and whether each exists'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;config;show'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --all 'Also list, marked, the defaults of keys whose commands are not built yet'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;config;validate'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;config;init'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --force 'Overwrite an existing file'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;config;path'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;config;help'= {
            cand show 'Print every effective value and the layer that set it'
            cand validate 'Check configuration files; errors name the file, line and a likely fix'
            cand init 'Write a commented starter `.aura/config.yaml`'
            cand path 'Print the configuration files aura reads, in layer order, and whether each exists'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;config;help;show'= {
        }
        &'aura;config;help;validate'= {
        }
        &'aura;config;help;init'= {
        }
        &'aura;config;help;path'= {
        }
        &'aura;config;help;help'= {
        }
        &'aura;completions'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;man'= {
            cand --dir 'Write every page into DIR (created if missing): `aura.1`, `aura-analyze.1`, `aura-config-show.1`, ... one per command and subcommand; prints each path'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;cache'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand stats 'Where the cache is, how many entries and bytes it holds, and its bound'
            cand clear 'Delete every analysis entry (the LLM cache beside it stays)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;cache;stats'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;cache;clear'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;cache;help'= {
            cand stats 'Where the cache is, how many entries and bytes it holds, and its bound'
            cand clear 'Delete every analysis entry (the LLM cache beside it stays)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;cache;help;stats'= {
        }
        &'aura;cache;help;clear'= {
        }
        &'aura;cache;help;help'= {
        }
        &'aura;llm'= {
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand health 'Check every provider (or one): reachable, latency, models, the server''s state. Exit 1 when one is not usable'
            cand models 'List the models every provider (or one) offers'
            cand prompt 'Send a prompt the way aura''s features do (routing, failover, cache, redaction) and print the answer; `--dry-run` prints exactly what would be sent instead'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;llm;health'= {
            cand --provider 'Only this provider (its `name` in `llm.providers`)'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;llm;models'= {
            cand --provider 'Only this provider (its `name` in `llm.providers`)'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;llm;prompt'= {
            cand --system 'A system message before it'
            cand --route 'The request type whose route (`llm.routing.*`) to use'
            cand --provider 'Ask only this provider (no failover)'
            cand --max-tokens 'The longest answer, in tokens'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --stream 'Ask for a streamed answer (SSE or NDJSON)'
            cand --dry-run 'Print the request (URL, headers by name, body) instead of sending it'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;llm;help'= {
            cand health 'Check every provider (or one): reachable, latency, models, the server''s state. Exit 1 when one is not usable'
            cand models 'List the models every provider (or one) offers'
            cand prompt 'Send a prompt the way aura''s features do (routing, failover, cache, redaction) and print the answer; `--dry-run` prints exactly what would be sent instead'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;llm;help;health'= {
        }
        &'aura;llm;help;models'= {
        }
        &'aura;llm;help;prompt'= {
        }
        &'aura;llm;help;help'= {
        }
        &'aura;ask'= {
            cand --provider 'Ask only this provider (no failover)'
            cand --limit 'The most pieces of code in the context'
            cand --budget 'Tokens of context [default: the routed models'' smallest window, less the answer''s tokens and the instructions]'
            cand --max-tokens 'The longest answer, in tokens'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --retrieve-only 'Print the retrieved context without asking a model'
            cand --dry-run 'Print the request (URL, headers by name, body) instead of sending it'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
            cand --no-cache 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;help'= {
            cand analyze 'Analyze files or directories: metrics, findings, and a report in any format'
            cand rules 'List every rule with its code, default severity and threshold'
            cand explain 'Print a rule''s documentation: what it checks, why, an example, how to fix it'
            cand merge 'Join JSON reports (shards of one analysis) into one report in any format'
            cand watch 'Analyze, then re-analyze on every change and print the new and fixed findings'
            cand graph 'Print the import dependency graph and its cycles'
            cand review 'Review a change: findings on the lines it touched, metric deltas, impact and risk'
            cand hotspots 'Files and functions ranked by churn (commits in a window) × complexity'
            cand hook 'Run one of aura''s git hooks (what installed hooks and the pre-commit framework call)'
            cand install-hooks 'Install aura''s git hooks, keeping any existing hook (it runs first)'
            cand uninstall-hooks 'Remove aura''s git hooks, restoring the hooks they replaced byte for byte'
            cand changelog 'The changelog of the commits since the last version tag, grouped by type'
            cand bump 'The next semantic version: breaking → major, feat → minor, fix/perf → patch'
            cand branch 'Branch names by the team''s convention (`git.branch`)'
            cand commit 'Work with commit messages (Conventional Commits)'
            cand config 'Show, validate, create or locate configuration'
            cand completions 'Print shell completions for SHELL'
            cand man 'Print the man page (roff), or write one page per (sub)command with --dir'
            cand cache 'The analysis cache: how much it holds, or empty it'
            cand llm 'The LLM providers of `llm.providers`: whether they answer, and their models'
            cand ask 'Answer a question about the repository with the LLM routed for questions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;help;analyze'= {
        }
        &'aura;help;rules'= {
        }
        &'aura;help;explain'= {
        }
        &'aura;help;merge'= {
        }
        &'aura;help;watch'= {
        }
        &'aura;help;graph'= {
        }
        &'aura;help;review'= {
        }
        &'aura;help;hotspots'= {
        }
        &'aura;help;hook'= {
        }
        &'aura;help;install-hooks'= {
        }
        &'aura;help;uninstall-hooks'= {
        }
        &'aura;help;changelog'= {
        }
        &'aura;help;bump'= {
        }
        &'aura;help;branch'= {
            cand suggest 'Propose a branch name for a description: `add JavaScript analyzer` → `feature/javascript-analyzer`'
            cand lint 'Check a branch name (default: the current branch) against the convention'
        }
        &'aura;help;branch;suggest'= {
        }
        &'aura;help;branch;lint'= {
        }
        &'aura;help;commit'= {
            cand lint 'Lint a commit message with commitlint''s Conventional Commits rules (exit 1 on errors)'
            cand suggest 'Propose a Conventional Commit message for the staged change (offline heuristics; it always passes `aura commit lint` with your configuration)'
        }
        &'aura;help;commit;lint'= {
        }
        &'aura;help;commit;suggest'= {
        }
        &'aura;help;config'= {
            cand show 'Print every effective value and the layer that set it'
            cand validate 'Check configuration files; errors name the file, line and a likely fix'
            cand init 'Write a commented starter `.aura/config.yaml`'
            cand path 'Print the configuration files aura reads, in layer order, and whether each exists'
        }
        &'aura;help;config;show'= {
        }
        &'aura;help;config;validate'= {
        }
        &'aura;help;config;init'= {
        }
        &'aura;help;config;path'= {
        }
        &'aura;help;completions'= {
        }
        &'aura;help;man'= {
        }
        &'aura;help;cache'= {
            cand stats 'Where the cache is, how many entries and bytes it holds, and its bound'
            cand clear 'Delete every analysis entry (the LLM cache beside it stays)'
        }
        &'aura;help;cache;stats'= {
        }
        &'aura;help;cache;clear'= {
        }
        &'aura;help;llm'= {
            cand health 'Check every provider (or one): reachable, latency, models, the server''s state. Exit 1 when one is not usable'
            cand models 'List the models every provider (or one) offers'
            cand prompt 'Send a prompt the way aura''s features do (routing, failover, cache, redaction) and print the answer; `--dry-run` prints exactly what would be sent instead'
        }
        &'aura;help;llm;health'= {
        }
        &'aura;help;llm;models'= {
        }
        &'aura;help;llm;prompt'= {
        }
        &'aura;help;ask'= {
        }
        &'aura;help;help'= {
        }
    ]
    $completions[$command]
}
