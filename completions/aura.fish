# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_aura_global_optspecs
    string join \n config= C= format= o/output= j/jobs= q/quiet v/verbose color= no-progress no-cache h/help V/version
end

function __fish_aura_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_aura_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_aura_using_subcommand
    set -l cmd (__fish_aura_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c aura -n "__fish_aura_needs_command" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_needs_command" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_needs_command" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_needs_command" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_needs_command" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_needs_command" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_needs_command" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_needs_command" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_needs_command" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_needs_command" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_needs_command" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_needs_command" -f -a "analyze" -d 'Analyze files or directories: metrics, findings, and a report in any format'
complete -c aura -n "__fish_aura_needs_command" -f -a "rules" -d 'List every rule with its code, default severity and threshold'
complete -c aura -n "__fish_aura_needs_command" -f -a "explain" -d 'Print a rule\'s documentation: what it checks, why, an example, how to fix it'
complete -c aura -n "__fish_aura_needs_command" -f -a "merge" -d 'Join JSON reports (shards of one analysis) into one report in any format'
complete -c aura -n "__fish_aura_needs_command" -f -a "watch" -d 'Analyze, then re-analyze on every change and print the new and fixed findings'
complete -c aura -n "__fish_aura_needs_command" -f -a "graph" -d 'Print the import dependency graph and its cycles'
complete -c aura -n "__fish_aura_needs_command" -f -a "review" -d 'Review a change: findings on the lines it touched, metric deltas, impact and risk'
complete -c aura -n "__fish_aura_needs_command" -f -a "hotspots" -d 'Files and functions ranked by churn (commits in a window) × complexity'
complete -c aura -n "__fish_aura_needs_command" -f -a "hook" -d 'Run one of aura\'s git hooks (what installed hooks and the pre-commit framework call)'
complete -c aura -n "__fish_aura_needs_command" -f -a "install-hooks" -d 'Install aura\'s git hooks, keeping any existing hook (it runs first)'
complete -c aura -n "__fish_aura_needs_command" -f -a "uninstall-hooks" -d 'Remove aura\'s git hooks, restoring the hooks they replaced byte for byte'
complete -c aura -n "__fish_aura_needs_command" -f -a "changelog" -d 'The changelog of the commits since the last version tag, grouped by type'
complete -c aura -n "__fish_aura_needs_command" -f -a "bump" -d 'The next semantic version: breaking → major, feat → minor, fix/perf → patch'
complete -c aura -n "__fish_aura_needs_command" -f -a "branch" -d 'Branch names by the team\'s convention (`git.branch`)'
complete -c aura -n "__fish_aura_needs_command" -f -a "commit" -d 'Work with commit messages (Conventional Commits)'
complete -c aura -n "__fish_aura_needs_command" -f -a "config" -d 'Show, validate, create or locate configuration'
complete -c aura -n "__fish_aura_needs_command" -f -a "completions" -d 'Print shell completions for SHELL'
complete -c aura -n "__fish_aura_needs_command" -f -a "man" -d 'Print the man page (roff), or write one page per (sub)command with --dir'
complete -c aura -n "__fish_aura_needs_command" -f -a "cache" -d 'The analysis cache: how much it holds, or empty it'
complete -c aura -n "__fish_aura_needs_command" -f -a "llm" -d 'The LLM providers of `llm.providers`: whether they answer, and their models'
complete -c aura -n "__fish_aura_needs_command" -f -a "ask" -d 'Answer a question about the repository with the LLM routed for questions'
complete -c aura -n "__fish_aura_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand analyze" -l fail-on -d 'Exit with status 1 when a finding is at or above this severity (default: `analysis.fail_on`, itself `error` by default)' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l template -d 'A minijinja template replacing the built-in one (markdown and html formats)' -r -F
complete -c aura -n "__fish_aura_using_subcommand analyze" -l category -d 'SARIF: the analysis category (`runAutomationDetails.id`), one per upload' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l baseline -d 'Drop the findings this baseline file lists (matched by content, not line)' -r -F
complete -c aura -n "__fish_aura_using_subcommand analyze" -l write-baseline -d 'Write the current findings to FILE as a baseline (after --baseline is applied)' -r -F
complete -c aura -n "__fish_aura_using_subcommand analyze" -l shard -d 'Analyze only shard I of N (1-based): a deterministic share of the files, for CI matrices; join the shards\' JSON reports with `aura merge`' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l changed-since -d 'Analyze only the files that differ from REV: committed since, staged, modified or untracked (and not ignored); imports still resolve against the whole tree' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l select -d 'Run only these rules: codes, names or code prefixes, comma-separated, repeatable (replaces the selection of `rules.enable` and `rules.disable`; per-path overrides still apply)' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l extend-select -d 'Also run these rules (added to `rules.enable`, or to `--select`)' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l ignore -d 'Do not run these rules (added to `rules.disable`; wins over the selections)' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l exclude -d 'Leave out the files matching GLOB (added to `analysis.exclude`; repeatable)' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l include -d 'Analyze only the files matching GLOB (added to `analysis.include`; repeatable)' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l stdin-filename -d 'With the PATH `-`: the name of the file read from standard input, which decides its language, the configuration that applies to it and the path in the report' -r -F
complete -c aura -n "__fish_aura_using_subcommand analyze" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand analyze" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand analyze" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand analyze" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand analyze" -l exit-zero -d 'Exit with status 0 even when findings reach the gate (2 still reports a usage, configuration or tool error)'
complete -c aura -n "__fish_aura_using_subcommand analyze" -l no-rules -d 'Metrics only: run no rules, report no findings'
complete -c aura -n "__fish_aura_using_subcommand analyze" -l statistics -d 'Print the number of findings per rule instead of the report (text, or JSON with `--format json`)'
complete -c aura -n "__fish_aura_using_subcommand analyze" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand analyze" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand analyze" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand analyze" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand analyze" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand analyze" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand rules" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand rules" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand rules" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand rules" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand rules" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand rules" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand rules" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand rules" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand rules" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand rules" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand rules" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand rules" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand explain" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand explain" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand explain" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand explain" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand explain" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand explain" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand explain" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand explain" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand explain" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand explain" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand explain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand explain" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand merge" -l fail-on -d 'Exit with status 1 when a finding is at or above this severity (default: `analysis.fail_on`, itself `error` by default)' -r
complete -c aura -n "__fish_aura_using_subcommand merge" -l template -d 'A minijinja template replacing the built-in one (markdown and html formats)' -r -F
complete -c aura -n "__fish_aura_using_subcommand merge" -l category -d 'SARIF: the analysis category (`runAutomationDetails.id`), one per upload' -r
complete -c aura -n "__fish_aura_using_subcommand merge" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand merge" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand merge" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand merge" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand merge" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand merge" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand merge" -l allow-partial -d 'Merge an incomplete set of shards; the report says it is partial and names the missing shards (without it, a missing shard is an error)'
complete -c aura -n "__fish_aura_using_subcommand merge" -l exit-zero -d 'Exit with status 0 even when findings reach the gate (2 still reports a usage, configuration or tool error)'
complete -c aura -n "__fish_aura_using_subcommand merge" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand merge" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand merge" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand merge" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand merge" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand watch" -l select -d 'Run only these rules: codes, names or code prefixes, comma-separated, repeatable (replaces the selection of `rules.enable` and `rules.disable`; per-path overrides still apply)' -r
complete -c aura -n "__fish_aura_using_subcommand watch" -l extend-select -d 'Also run these rules (added to `rules.enable`, or to `--select`)' -r
complete -c aura -n "__fish_aura_using_subcommand watch" -l ignore -d 'Do not run these rules (added to `rules.disable`; wins over the selections)' -r
complete -c aura -n "__fish_aura_using_subcommand watch" -l exclude -d 'Leave out the files matching GLOB (added to `analysis.exclude`; repeatable)' -r
complete -c aura -n "__fish_aura_using_subcommand watch" -l include -d 'Analyze only the files matching GLOB (added to `analysis.include`; repeatable)' -r
complete -c aura -n "__fish_aura_using_subcommand watch" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand watch" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand watch" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand watch" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand watch" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand watch" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand watch" -l no-rules -d 'Metrics only: run no rules, report no findings (only the totals change)'
complete -c aura -n "__fish_aura_using_subcommand watch" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand watch" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand watch" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand watch" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand watch" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand graph" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand graph" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand graph" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand graph" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand graph" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand graph" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand graph" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand graph" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand graph" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand graph" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand graph" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand graph" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand review" -l base -d 'The revision the change is measured against; the review diffs from its merge base with the head. Default on GitHub Actions: the pull request\'s base; on GitLab: `CI_MERGE_REQUEST_DIFF_BASE_SHA`; elsewhere `origin/HEAD`' -r
complete -c aura -n "__fish_aura_using_subcommand review" -l head -d 'The revision to review (default: HEAD)' -r
complete -c aura -n "__fish_aura_using_subcommand review" -l filter-mode -d 'Which findings to keep: `added` (on added or changed lines), `diff_context` (within the hunks and 3 lines around), `file` (anywhere in a changed file), `nofilter` (default: `review.filter_mode`, itself `added`)' -r
complete -c aura -n "__fish_aura_using_subcommand review" -l sarif -d 'Also write the SARIF report to FILE' -r -F
complete -c aura -n "__fish_aura_using_subcommand review" -l markdown -d 'Also write the Markdown comment to FILE' -r -F
complete -c aura -n "__fish_aura_using_subcommand review" -l codequality -d 'Also write the GitLab Code Quality report to FILE' -r -F
complete -c aura -n "__fish_aura_using_subcommand review" -l json -d 'Also write the JSON review to FILE' -r -F
complete -c aura -n "__fish_aura_using_subcommand review" -l comment -d 'Post the Markdown as a sticky comment on the pull request (`github`) or merge request (`gitlab`), edited in place on reruns' -r -f -a "github\t'A pull-request comment through the GitHub REST API (`GITHUB_TOKEN`)'
gitlab\t'A merge-request note through the GitLab API (`AURA_GITLAB_TOKEN` or `GITLAB_TOKEN`)'"
complete -c aura -n "__fish_aura_using_subcommand review" -l select -d 'Run only these rules: codes, names or code prefixes, comma-separated, repeatable (replaces the selection of `rules.enable` and `rules.disable`; per-path overrides still apply)' -r
complete -c aura -n "__fish_aura_using_subcommand review" -l extend-select -d 'Also run these rules (added to `rules.enable`, or to `--select`)' -r
complete -c aura -n "__fish_aura_using_subcommand review" -l ignore -d 'Do not run these rules (added to `rules.disable`; wins over the selections)' -r
complete -c aura -n "__fish_aura_using_subcommand review" -l exclude -d 'Leave out the files matching GLOB (added to `analysis.exclude`; repeatable)' -r
complete -c aura -n "__fish_aura_using_subcommand review" -l include -d 'Analyze only the files matching GLOB (added to `analysis.include`; repeatable)' -r
complete -c aura -n "__fish_aura_using_subcommand review" -l fail-on -d 'Exit with status 1 when a finding is at or above this severity (default: `analysis.fail_on`, itself `error` by default)' -r
complete -c aura -n "__fish_aura_using_subcommand review" -l template -d 'A minijinja template replacing the built-in one (markdown and html formats)' -r -F
complete -c aura -n "__fish_aura_using_subcommand review" -l category -d 'SARIF: the analysis category (`runAutomationDetails.id`), one per upload' -r
complete -c aura -n "__fish_aura_using_subcommand review" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand review" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand review" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand review" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand review" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand review" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand review" -l staged -d 'Review what is staged (the index) against HEAD'
complete -c aura -n "__fish_aura_using_subcommand review" -l llm -d 'Add comments from the providers routed for `review` (`llm.routing`), as findings of rule LLM001 marked as generated (`review.llm: true` turns it on for every review)'
complete -c aura -n "__fish_aura_using_subcommand review" -l no-impact -d 'Do not look for the unchanged files that import the changed ones'
complete -c aura -n "__fish_aura_using_subcommand review" -l statistics -d 'Print the number of findings per rule instead of the review (text, or JSON with `--format json`)'
complete -c aura -n "__fish_aura_using_subcommand review" -l exit-zero -d 'Exit with status 0 even when findings reach the gate (2 still reports a usage, configuration or tool error)'
complete -c aura -n "__fish_aura_using_subcommand review" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand review" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand review" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand review" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand review" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand hotspots" -l since -d 'How far back to count commits, measured from HEAD\'s commit time: a duration (`90d`, `12w`, `6m` months, `1y`), a date (`2024-01-01`, UTC), or `all`' -r
complete -c aura -n "__fish_aura_using_subcommand hotspots" -l max-commits -d 'Count at most the N newest commits of the window (merges are not counted)' -r
complete -c aura -n "__fish_aura_using_subcommand hotspots" -l top -d 'List the N highest-scoring files and functions' -r
complete -c aura -n "__fish_aura_using_subcommand hotspots" -l functions-top -d 'Attribute commits to functions in the N highest-scoring files (each commit\'s version of them is parsed; 0: files only)' -r
complete -c aura -n "__fish_aura_using_subcommand hotspots" -l template -d 'A minijinja template replacing the built-in one (markdown and html formats)' -r -F
complete -c aura -n "__fish_aura_using_subcommand hotspots" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand hotspots" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand hotspots" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand hotspots" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand hotspots" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand hotspots" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand hotspots" -l allow-shallow -d 'In a shallow clone, rank on the fetched history instead of failing'
complete -c aura -n "__fish_aura_using_subcommand hotspots" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand hotspots" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand hotspots" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand hotspots" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand hotspots" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand hotspots" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand hook" -l select -d 'Run only these rules: codes, names or code prefixes, comma-separated, repeatable (replaces the selection of `rules.enable` and `rules.disable`; per-path overrides still apply)' -r
complete -c aura -n "__fish_aura_using_subcommand hook" -l extend-select -d 'Also run these rules (added to `rules.enable`, or to `--select`)' -r
complete -c aura -n "__fish_aura_using_subcommand hook" -l ignore -d 'Do not run these rules (added to `rules.disable`; wins over the selections)' -r
complete -c aura -n "__fish_aura_using_subcommand hook" -l exclude -d 'Leave out the files matching GLOB (added to `analysis.exclude`; repeatable)' -r
complete -c aura -n "__fish_aura_using_subcommand hook" -l include -d 'Analyze only the files matching GLOB (added to `analysis.include`; repeatable)' -r
complete -c aura -n "__fish_aura_using_subcommand hook" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand hook" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand hook" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand hook" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand hook" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand hook" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand hook" -l exit-zero -d 'Print the findings but never block (exit 0 even when one reaches the gate)'
complete -c aura -n "__fish_aura_using_subcommand hook" -l statistics -d 'Print the number of findings per rule instead of each finding'
complete -c aura -n "__fish_aura_using_subcommand hook" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand hook" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand hook" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand hook" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand hook" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand hook" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -l hook -d 'Install only this hook (repeatable; default: every hook enabled in `git.hooks`)' -r
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -l force -d 'Install into a global `core.hooksPath` or a directory husky manages'
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand install-hooks" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand uninstall-hooks" -l hook -d 'Remove only this hook (repeatable; default: all of aura\'s hooks)' -r
complete -c aura -n "__fish_aura_using_subcommand uninstall-hooks" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand uninstall-hooks" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand uninstall-hooks" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand uninstall-hooks" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand uninstall-hooks" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand uninstall-hooks" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand uninstall-hooks" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand uninstall-hooks" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand uninstall-hooks" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand uninstall-hooks" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand uninstall-hooks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand uninstall-hooks" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand changelog" -l from -d 'Start after this revision (default: the nearest version tag)' -r
complete -c aura -n "__fish_aura_using_subcommand changelog" -l to -d 'End at this revision (default: HEAD)' -r
complete -c aura -n "__fish_aura_using_subcommand changelog" -l tag -l release -d 'Name the release TAG (default: the tag on the last commit, else `Unreleased`: the commits after the newest tag are not released yet)' -r
complete -c aura -n "__fish_aura_using_subcommand changelog" -l template -d 'A minijinja template replacing `templates/changelog.md.j2`' -r -F
complete -c aura -n "__fish_aura_using_subcommand changelog" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand changelog" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand changelog" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand changelog" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand changelog" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand changelog" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand changelog" -l bump -d 'Name the release with the next version, as `aura bump` computes it'
complete -c aura -n "__fish_aura_using_subcommand changelog" -l unreleased -d 'Head the release `Unreleased`, even when its last commit is tagged'
complete -c aura -n "__fish_aura_using_subcommand changelog" -l all -d 'Every commit type, not only features, fixes, performance and reverts'
complete -c aura -n "__fish_aura_using_subcommand changelog" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand changelog" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand changelog" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand changelog" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand changelog" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand changelog" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand bump" -l from -d 'Start after this revision (default: the nearest version tag)' -r
complete -c aura -n "__fish_aura_using_subcommand bump" -l to -d 'End at this revision (default: HEAD)' -r
complete -c aura -n "__fish_aura_using_subcommand bump" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand bump" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand bump" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand bump" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand bump" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand bump" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand bump" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand bump" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand bump" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand bump" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand bump" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand bump" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -f -a "suggest" -d 'Propose a branch name for a description: `add JavaScript analyzer` → `feature/javascript-analyzer`'
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -f -a "lint" -d 'Check a branch name (default: the current branch) against the convention'
complete -c aura -n "__fish_aura_using_subcommand branch; and not __fish_seen_subcommand_from suggest lint help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from suggest" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from suggest" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from suggest" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from suggest" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from suggest" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from suggest" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from suggest" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from suggest" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from suggest" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from suggest" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from suggest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from suggest" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from lint" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from lint" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from lint" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from lint" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from lint" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from lint" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from lint" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from lint" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from lint" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from lint" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from lint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from lint" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "suggest" -d 'Propose a branch name for a description: `add JavaScript analyzer` → `feature/javascript-analyzer`'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "lint" -d 'Check a branch name (default: the current branch) against the convention'
complete -c aura -n "__fish_aura_using_subcommand branch; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -f -a "lint" -d 'Lint a commit message with commitlint\'s Conventional Commits rules (exit 1 on errors)'
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -f -a "suggest" -d 'Propose a Conventional Commit message for the staged change (offline heuristics; it always passes `aura commit lint` with your configuration)'
complete -c aura -n "__fish_aura_using_subcommand commit; and not __fish_seen_subcommand_from lint suggest help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -l edit -d 'Lint a message file as git passes it to the commit-msg hook: comment lines and everything below the scissors line are ignored' -r -F
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -l from -d 'Lint every commit after REV (reachable from --to and not from REV), for CI' -r
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -l to -d 'The last commit of the range (default: HEAD)' -r
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from lint" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -l header-only -d 'Print only the header line'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -l llm -d 'Let the providers routed for `commit` (`llm.routing`) draft the message; the linter checks the draft, a rejected one is retried once with the problems, then the offline message is used'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from suggest" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from help" -f -a "lint" -d 'Lint a commit message with commitlint\'s Conventional Commits rules (exit 1 on errors)'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from help" -f -a "suggest" -d 'Propose a Conventional Commit message for the staged change (offline heuristics; it always passes `aura commit lint` with your configuration)'
complete -c aura -n "__fish_aura_using_subcommand commit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -f -a "show" -d 'Print every effective value and the layer that set it'
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -f -a "validate" -d 'Check configuration files; errors name the file, line and a likely fix'
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -f -a "init" -d 'Write a commented starter `.aura/config.yaml`'
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -f -a "path" -d 'Print the configuration files aura reads, in layer order, and whether each exists'
complete -c aura -n "__fish_aura_using_subcommand config; and not __fish_seen_subcommand_from show validate init path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -l all -d 'Also list, marked, the defaults of keys whose commands are not built yet'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from validate" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from validate" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from validate" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from validate" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from validate" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from validate" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from validate" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from validate" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from validate" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from init" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from init" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from init" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from init" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from init" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from init" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Overwrite an existing file'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from init" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from init" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from path" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from path" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from path" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from path" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from path" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from path" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from path" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print every effective value and the layer that set it'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check configuration files; errors name the file, line and a likely fix'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented starter `.aura/config.yaml`'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the configuration files aura reads, in layer order, and whether each exists'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand completions" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand completions" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand completions" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand completions" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand completions" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand completions" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand completions" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand completions" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand completions" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand completions" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand completions" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand man" -l dir -d 'Write every page into DIR (created if missing): `aura.1`, `aura-analyze.1`, `aura-config-show.1`, ... one per command and subcommand; prints each path' -r -F
complete -c aura -n "__fish_aura_using_subcommand man" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand man" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand man" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand man" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand man" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand man" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand man" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand man" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand man" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand man" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand man" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -f -a "stats" -d 'Where the cache is, how many entries and bytes it holds, and its bound'
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -f -a "clear" -d 'Delete every analysis entry (the LLM cache beside it stays)'
complete -c aura -n "__fish_aura_using_subcommand cache; and not __fish_seen_subcommand_from stats clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from stats" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from stats" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from stats" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from stats" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from stats" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from stats" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from stats" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from stats" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from clear" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from clear" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from clear" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from clear" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from clear" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from clear" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from clear" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from clear" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from clear" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from clear" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Where the cache is, how many entries and bytes it holds, and its bound'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Delete every analysis entry (the LLM cache beside it stays)'
complete -c aura -n "__fish_aura_using_subcommand cache; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -f -a "health" -d 'Check every provider (or one): reachable, latency, models, the server\'s state. Exit 1 when one is not usable'
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -f -a "models" -d 'List the models every provider (or one) offers'
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -f -a "prompt" -d 'Send a prompt the way aura\'s features do (routing, failover, cache, redaction) and print the answer; `--dry-run` prints exactly what would be sent instead'
complete -c aura -n "__fish_aura_using_subcommand llm; and not __fish_seen_subcommand_from health models prompt help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from health" -l provider -d 'Only this provider (its `name` in `llm.providers`)' -r
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from health" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from health" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from health" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from health" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from health" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from health" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from health" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from health" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from health" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from health" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from health" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from health" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from models" -l provider -d 'Only this provider (its `name` in `llm.providers`)' -r
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from models" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from models" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from models" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from models" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from models" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from models" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from models" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from models" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from models" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from models" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from models" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from models" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -l system -d 'A system message before it' -r
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -l route -d 'The request type whose route (`llm.routing.*`) to use' -r -f -a "default\t''
commit\t''
review\t''
question\t''"
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -l provider -d 'Ask only this provider (no failover)' -r
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -l max-tokens -d 'The longest answer, in tokens' -r
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -l stream -d 'Ask for a streamed answer (SSE or NDJSON)'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -l dry-run -d 'Print the request (URL, headers by name, body) instead of sending it'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from prompt" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from help" -f -a "health" -d 'Check every provider (or one): reachable, latency, models, the server\'s state. Exit 1 when one is not usable'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from help" -f -a "models" -d 'List the models every provider (or one) offers'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from help" -f -a "prompt" -d 'Send a prompt the way aura\'s features do (routing, failover, cache, redaction) and print the answer; `--dry-run` prints exactly what would be sent instead'
complete -c aura -n "__fish_aura_using_subcommand llm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand ask" -l provider -d 'Ask only this provider (no failover)' -r
complete -c aura -n "__fish_aura_using_subcommand ask" -l limit -d 'The most pieces of code in the context' -r
complete -c aura -n "__fish_aura_using_subcommand ask" -l budget -d 'Tokens of context [default: the routed models\' smallest window, less the answer\'s tokens and the instructions]' -r
complete -c aura -n "__fish_aura_using_subcommand ask" -l max-tokens -d 'The longest answer, in tokens' -r
complete -c aura -n "__fish_aura_using_subcommand ask" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand ask" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand ask" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand ask" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand ask" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand ask" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand ask" -l retrieve-only -d 'Print the retrieved context without asking a model'
complete -c aura -n "__fish_aura_using_subcommand ask" -l dry-run -d 'Print the request (URL, headers by name, body) instead of sending it'
complete -c aura -n "__fish_aura_using_subcommand ask" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand ask" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand ask" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand ask" -l no-cache -d 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew'
complete -c aura -n "__fish_aura_using_subcommand ask" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand ask" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "analyze" -d 'Analyze files or directories: metrics, findings, and a report in any format'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "rules" -d 'List every rule with its code, default severity and threshold'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "explain" -d 'Print a rule\'s documentation: what it checks, why, an example, how to fix it'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "merge" -d 'Join JSON reports (shards of one analysis) into one report in any format'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "watch" -d 'Analyze, then re-analyze on every change and print the new and fixed findings'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "graph" -d 'Print the import dependency graph and its cycles'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "review" -d 'Review a change: findings on the lines it touched, metric deltas, impact and risk'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "hotspots" -d 'Files and functions ranked by churn (commits in a window) × complexity'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "hook" -d 'Run one of aura\'s git hooks (what installed hooks and the pre-commit framework call)'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "install-hooks" -d 'Install aura\'s git hooks, keeping any existing hook (it runs first)'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "uninstall-hooks" -d 'Remove aura\'s git hooks, restoring the hooks they replaced byte for byte'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "changelog" -d 'The changelog of the commits since the last version tag, grouped by type'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "bump" -d 'The next semantic version: breaking → major, feat → minor, fix/perf → patch'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "branch" -d 'Branch names by the team\'s convention (`git.branch`)'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "commit" -d 'Work with commit messages (Conventional Commits)'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "config" -d 'Show, validate, create or locate configuration'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "completions" -d 'Print shell completions for SHELL'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "man" -d 'Print the man page (roff), or write one page per (sub)command with --dir'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "cache" -d 'The analysis cache: how much it holds, or empty it'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "llm" -d 'The LLM providers of `llm.providers`: whether they answer, and their models'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "ask" -d 'Answer a question about the repository with the LLM routed for questions'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge watch graph review hotspots hook install-hooks uninstall-hooks changelog bump branch commit config completions man cache llm ask help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "suggest" -d 'Propose a branch name for a description: `add JavaScript analyzer` → `feature/javascript-analyzer`'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from branch" -f -a "lint" -d 'Check a branch name (default: the current branch) against the convention'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from commit" -f -a "lint" -d 'Lint a commit message with commitlint\'s Conventional Commits rules (exit 1 on errors)'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from commit" -f -a "suggest" -d 'Propose a Conventional Commit message for the staged change (offline heuristics; it always passes `aura commit lint` with your configuration)'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print every effective value and the layer that set it'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "validate" -d 'Check configuration files; errors name the file, line and a likely fix'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented starter `.aura/config.yaml`'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the configuration files aura reads, in layer order, and whether each exists'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "stats" -d 'Where the cache is, how many entries and bytes it holds, and its bound'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from cache" -f -a "clear" -d 'Delete every analysis entry (the LLM cache beside it stays)'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from llm" -f -a "health" -d 'Check every provider (or one): reachable, latency, models, the server\'s state. Exit 1 when one is not usable'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from llm" -f -a "models" -d 'List the models every provider (or one) offers'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from llm" -f -a "prompt" -d 'Send a prompt the way aura\'s features do (routing, failover, cache, redaction) and print the answer; `--dry-run` prints exactly what would be sent instead'
