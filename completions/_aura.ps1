
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'aura' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'aura'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'aura' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('analyze', 'analyze', [CompletionResultType]::ParameterValue, 'Analyze files or directories: metrics, findings, and a report in any format')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List every rule with its code, default severity and threshold')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Print a rule''s documentation: what it checks, why, an example, how to fix it')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Join JSON reports (shards of one analysis) into one report in any format')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Analyze, then re-analyze on every change and print the new and fixed findings')
            [CompletionResult]::new('graph', 'graph', [CompletionResultType]::ParameterValue, 'Print the import dependency graph and its cycles')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Review a change: findings on the lines it touched, metric deltas, impact and risk')
            [CompletionResult]::new('hotspots', 'hotspots', [CompletionResultType]::ParameterValue, 'Files and functions ranked by churn (commits in a window) × complexity')
            [CompletionResult]::new('hook', 'hook', [CompletionResultType]::ParameterValue, 'Run one of aura''s git hooks (what installed hooks and the pre-commit framework call)')
            [CompletionResult]::new('install-hooks', 'install-hooks', [CompletionResultType]::ParameterValue, 'Install aura''s git hooks, keeping any existing hook (it runs first)')
            [CompletionResult]::new('uninstall-hooks', 'uninstall-hooks', [CompletionResultType]::ParameterValue, 'Remove aura''s git hooks, restoring the hooks they replaced byte for byte')
            [CompletionResult]::new('changelog', 'changelog', [CompletionResultType]::ParameterValue, 'The changelog of the commits since the last version tag, grouped by type')
            [CompletionResult]::new('bump', 'bump', [CompletionResultType]::ParameterValue, 'The next semantic version: breaking → major, feat → minor, fix/perf → patch')
            [CompletionResult]::new('branch', 'branch', [CompletionResultType]::ParameterValue, 'Branch names by the team''s convention (`git.branch`)')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Work with commit messages (Conventional Commits)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show, validate, create or locate configuration')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions for SHELL')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), or write one page per (sub)command with --dir')
            [CompletionResult]::new('cache', 'cache', [CompletionResultType]::ParameterValue, 'The analysis cache: how much it holds, or empty it')
            [CompletionResult]::new('llm', 'llm', [CompletionResultType]::ParameterValue, 'The LLM providers of `llm.providers`: whether they answer, and their models')
            [CompletionResult]::new('ask', 'ask', [CompletionResultType]::ParameterValue, 'Answer a question about the repository with the LLM routed for questions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aura;analyze' {
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit with status 1 when a finding is at or above this severity (default: `analysis.fail_on`, itself `error` by default)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'A minijinja template replacing the built-in one (markdown and html formats)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'SARIF: the analysis category (`runAutomationDetails.id`), one per upload')
            [CompletionResult]::new('--baseline', '--baseline', [CompletionResultType]::ParameterName, 'Drop the findings this baseline file lists (matched by content, not line)')
            [CompletionResult]::new('--write-baseline', '--write-baseline', [CompletionResultType]::ParameterName, 'Write the current findings to FILE as a baseline (after --baseline is applied)')
            [CompletionResult]::new('--shard', '--shard', [CompletionResultType]::ParameterName, 'Analyze only shard I of N (1-based): a deterministic share of the files, for CI matrices; join the shards'' JSON reports with `aura merge`')
            [CompletionResult]::new('--changed-since', '--changed-since', [CompletionResultType]::ParameterName, 'Analyze only the files that differ from REV: committed since, staged, modified or untracked (and not ignored); imports still resolve against the whole tree')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Run only these rules: codes, names or code prefixes, comma-separated, repeatable (replaces the selection of `rules.enable` and `rules.disable`; per-path overrides still apply)')
            [CompletionResult]::new('--extend-select', '--extend-select', [CompletionResultType]::ParameterName, 'Also run these rules (added to `rules.enable`, or to `--select`)')
            [CompletionResult]::new('--ignore', '--ignore', [CompletionResultType]::ParameterName, 'Do not run these rules (added to `rules.disable`; wins over the selections)')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave out the files matching GLOB (added to `analysis.exclude`; repeatable)')
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'Analyze only the files matching GLOB (added to `analysis.include`; repeatable)')
            [CompletionResult]::new('--stdin-filename', '--stdin-filename', [CompletionResultType]::ParameterName, 'With the PATH `-`: the name of the file read from standard input, which decides its language, the configuration that applies to it and the path in the report')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('--exit-zero', '--exit-zero', [CompletionResultType]::ParameterName, 'Exit with status 0 even when findings reach the gate (2 still reports a usage, configuration or tool error)')
            [CompletionResult]::new('--no-rules', '--no-rules', [CompletionResultType]::ParameterName, 'Metrics only: run no rules, report no findings')
            [CompletionResult]::new('--statistics', '--statistics', [CompletionResultType]::ParameterName, 'Print the number of findings per rule instead of the report (text, or JSON with `--format json`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;rules' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;explain' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;merge' {
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit with status 1 when a finding is at or above this severity (default: `analysis.fail_on`, itself `error` by default)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'A minijinja template replacing the built-in one (markdown and html formats)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'SARIF: the analysis category (`runAutomationDetails.id`), one per upload')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('--allow-partial', '--allow-partial', [CompletionResultType]::ParameterName, 'Merge an incomplete set of shards; the report says it is partial and names the missing shards (without it, a missing shard is an error)')
            [CompletionResult]::new('--exit-zero', '--exit-zero', [CompletionResultType]::ParameterName, 'Exit with status 0 even when findings reach the gate (2 still reports a usage, configuration or tool error)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;watch' {
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Run only these rules: codes, names or code prefixes, comma-separated, repeatable (replaces the selection of `rules.enable` and `rules.disable`; per-path overrides still apply)')
            [CompletionResult]::new('--extend-select', '--extend-select', [CompletionResultType]::ParameterName, 'Also run these rules (added to `rules.enable`, or to `--select`)')
            [CompletionResult]::new('--ignore', '--ignore', [CompletionResultType]::ParameterName, 'Do not run these rules (added to `rules.disable`; wins over the selections)')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave out the files matching GLOB (added to `analysis.exclude`; repeatable)')
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'Analyze only the files matching GLOB (added to `analysis.include`; repeatable)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('--no-rules', '--no-rules', [CompletionResultType]::ParameterName, 'Metrics only: run no rules, report no findings (only the totals change)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;graph' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;review' {
            [CompletionResult]::new('--base', '--base', [CompletionResultType]::ParameterName, 'The revision the change is measured against; the review diffs from its merge base with the head. Default on GitHub Actions: the pull request''s base; on GitLab: `CI_MERGE_REQUEST_DIFF_BASE_SHA`; elsewhere `origin/HEAD`')
            [CompletionResult]::new('--head', '--head', [CompletionResultType]::ParameterName, 'The revision to review (default: HEAD)')
            [CompletionResult]::new('--filter-mode', '--filter-mode', [CompletionResultType]::ParameterName, 'Which findings to keep: `added` (on added or changed lines), `diff_context` (within the hunks and 3 lines around), `file` (anywhere in a changed file), `nofilter` (default: `review.filter_mode`, itself `added`)')
            [CompletionResult]::new('--sarif', '--sarif', [CompletionResultType]::ParameterName, 'Also write the SARIF report to FILE')
            [CompletionResult]::new('--markdown', '--markdown', [CompletionResultType]::ParameterName, 'Also write the Markdown comment to FILE')
            [CompletionResult]::new('--codequality', '--codequality', [CompletionResultType]::ParameterName, 'Also write the GitLab Code Quality report to FILE')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Also write the JSON review to FILE')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Post the Markdown as a sticky comment on the pull request (`github`) or merge request (`gitlab`), edited in place on reruns')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Run only these rules: codes, names or code prefixes, comma-separated, repeatable (replaces the selection of `rules.enable` and `rules.disable`; per-path overrides still apply)')
            [CompletionResult]::new('--extend-select', '--extend-select', [CompletionResultType]::ParameterName, 'Also run these rules (added to `rules.enable`, or to `--select`)')
            [CompletionResult]::new('--ignore', '--ignore', [CompletionResultType]::ParameterName, 'Do not run these rules (added to `rules.disable`; wins over the selections)')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave out the files matching GLOB (added to `analysis.exclude`; repeatable)')
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'Analyze only the files matching GLOB (added to `analysis.include`; repeatable)')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit with status 1 when a finding is at or above this severity (default: `analysis.fail_on`, itself `error` by default)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'A minijinja template replacing the built-in one (markdown and html formats)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'SARIF: the analysis category (`runAutomationDetails.id`), one per upload')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('--staged', '--staged', [CompletionResultType]::ParameterName, 'Review what is staged (the index) against HEAD')
            [CompletionResult]::new('--llm', '--llm', [CompletionResultType]::ParameterName, 'Add comments from the providers routed for `review` (`llm.routing`), as findings of rule LLM001 marked as generated (`review.llm: true` turns it on for every review)')
            [CompletionResult]::new('--no-impact', '--no-impact', [CompletionResultType]::ParameterName, 'Do not look for the unchanged files that import the changed ones')
            [CompletionResult]::new('--statistics', '--statistics', [CompletionResultType]::ParameterName, 'Print the number of findings per rule instead of the review (text, or JSON with `--format json`)')
            [CompletionResult]::new('--exit-zero', '--exit-zero', [CompletionResultType]::ParameterName, 'Exit with status 0 even when findings reach the gate (2 still reports a usage, configuration or tool error)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;hotspots' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'How far back to count commits, measured from HEAD''s commit time: a duration (`90d`, `12w`, `6m` months, `1y`), a date (`2024-01-01`, UTC), or `all`')
            [CompletionResult]::new('--max-commits', '--max-commits', [CompletionResultType]::ParameterName, 'Count at most the N newest commits of the window (merges are not counted)')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'List the N highest-scoring files and functions')
            [CompletionResult]::new('--functions-top', '--functions-top', [CompletionResultType]::ParameterName, 'Attribute commits to functions in the N highest-scoring files (each commit''s version of them is parsed; 0: files only)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'A minijinja template replacing the built-in one (markdown and html formats)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('--allow-shallow', '--allow-shallow', [CompletionResultType]::ParameterName, 'In a shallow clone, rank on the fetched history instead of failing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;hook' {
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Run only these rules: codes, names or code prefixes, comma-separated, repeatable (replaces the selection of `rules.enable` and `rules.disable`; per-path overrides still apply)')
            [CompletionResult]::new('--extend-select', '--extend-select', [CompletionResultType]::ParameterName, 'Also run these rules (added to `rules.enable`, or to `--select`)')
            [CompletionResult]::new('--ignore', '--ignore', [CompletionResultType]::ParameterName, 'Do not run these rules (added to `rules.disable`; wins over the selections)')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave out the files matching GLOB (added to `analysis.exclude`; repeatable)')
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'Analyze only the files matching GLOB (added to `analysis.include`; repeatable)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('--exit-zero', '--exit-zero', [CompletionResultType]::ParameterName, 'Print the findings but never block (exit 0 even when one reaches the gate)')
            [CompletionResult]::new('--statistics', '--statistics', [CompletionResultType]::ParameterName, 'Print the number of findings per rule instead of each finding')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;install-hooks' {
            [CompletionResult]::new('--hook', '--hook', [CompletionResultType]::ParameterName, 'Install only this hook (repeatable; default: every hook enabled in `git.hooks`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Install into a global `core.hooksPath` or a directory husky manages')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;uninstall-hooks' {
            [CompletionResult]::new('--hook', '--hook', [CompletionResultType]::ParameterName, 'Remove only this hook (repeatable; default: all of aura''s hooks)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;changelog' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start after this revision (default: the nearest version tag)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End at this revision (default: HEAD)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Name the release TAG (default: the tag on the last commit, else `Unreleased`: the commits after the newest tag are not released yet)')
            [CompletionResult]::new('--release', '--release', [CompletionResultType]::ParameterName, 'Name the release TAG (default: the tag on the last commit, else `Unreleased`: the commits after the newest tag are not released yet)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'A minijinja template replacing `templates/changelog.md.j2`')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('--bump', '--bump', [CompletionResultType]::ParameterName, 'Name the release with the next version, as `aura bump` computes it')
            [CompletionResult]::new('--unreleased', '--unreleased', [CompletionResultType]::ParameterName, 'Head the release `Unreleased`, even when its last commit is tagged')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every commit type, not only features, fixes, performance and reverts')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;bump' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start after this revision (default: the nearest version tag)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'End at this revision (default: HEAD)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;branch' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Propose a branch name for a description: `add JavaScript analyzer` → `feature/javascript-analyzer`')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a branch name (default: the current branch) against the convention')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aura;branch;suggest' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;branch;lint' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;branch;help' {
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Propose a branch name for a description: `add JavaScript analyzer` → `feature/javascript-analyzer`')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a branch name (default: the current branch) against the convention')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aura;branch;help;suggest' {
            break
        }
        'aura;branch;help;lint' {
            break
        }
        'aura;branch;help;help' {
            break
        }
        'aura;commit' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Lint a commit message with commitlint''s Conventional Commits rules (exit 1 on errors)')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Propose a Conventional Commit message for the staged change (offline heuristics; it always passes `aura commit lint` with your configuration)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aura;commit;lint' {
            [CompletionResult]::new('--edit', '--edit', [CompletionResultType]::ParameterName, 'Lint a message file as git passes it to the commit-msg hook: comment lines and everything below the scissors line are ignored')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Lint every commit after REV (reachable from --to and not from REV), for CI')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last commit of the range (default: HEAD)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;commit;suggest' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('--header-only', '--header-only', [CompletionResultType]::ParameterName, 'Print only the header line')
            [CompletionResult]::new('--llm', '--llm', [CompletionResultType]::ParameterName, 'Let the providers routed for `commit` (`llm.routing`) draft the message; the linter checks the draft, a rejected one is retried once with the problems, then the offline message is used')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;commit;help' {
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Lint a commit message with commitlint''s Conventional Commits rules (exit 1 on errors)')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Propose a Conventional Commit message for the staged change (offline heuristics; it always passes `aura commit lint` with your configuration)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aura;commit;help;lint' {
            break
        }
        'aura;commit;help;suggest' {
            break
        }
        'aura;commit;help;help' {
            break
        }
        'aura;config' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every effective value and the layer that set it')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check configuration files; errors name the file, line and a likely fix')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter `.aura/config.yaml`')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the configuration files aura reads, in layer order, and whether each exists')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aura;config;show' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also list, marked, the defaults of keys whose commands are not built yet')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;config;validate' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;config;init' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;config;path' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every effective value and the layer that set it')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check configuration files; errors name the file, line and a likely fix')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter `.aura/config.yaml`')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the configuration files aura reads, in layer order, and whether each exists')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aura;config;help;show' {
            break
        }
        'aura;config;help;validate' {
            break
        }
        'aura;config;help;init' {
            break
        }
        'aura;config;help;path' {
            break
        }
        'aura;config;help;help' {
            break
        }
        'aura;completions' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write every page into DIR (created if missing): `aura.1`, `aura-analyze.1`, `aura-config-show.1`, ... one per command and subcommand; prints each path')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;cache' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Where the cache is, how many entries and bytes it holds, and its bound')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete every analysis entry (the LLM cache beside it stays)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aura;cache;stats' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;cache;clear' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;cache;help' {
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Where the cache is, how many entries and bytes it holds, and its bound')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete every analysis entry (the LLM cache beside it stays)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aura;cache;help;stats' {
            break
        }
        'aura;cache;help;clear' {
            break
        }
        'aura;cache;help;help' {
            break
        }
        'aura;llm' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check every provider (or one): reachable, latency, models, the server''s state. Exit 1 when one is not usable')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'List the models every provider (or one) offers')
            [CompletionResult]::new('prompt', 'prompt', [CompletionResultType]::ParameterValue, 'Send a prompt the way aura''s features do (routing, failover, cache, redaction) and print the answer; `--dry-run` prints exactly what would be sent instead')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aura;llm;health' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider (its `name` in `llm.providers`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;llm;models' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Only this provider (its `name` in `llm.providers`)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;llm;prompt' {
            [CompletionResult]::new('--system', '--system', [CompletionResultType]::ParameterName, 'A system message before it')
            [CompletionResult]::new('--route', '--route', [CompletionResultType]::ParameterName, 'The request type whose route (`llm.routing.*`) to use')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Ask only this provider (no failover)')
            [CompletionResult]::new('--max-tokens', '--max-tokens', [CompletionResultType]::ParameterName, 'The longest answer, in tokens')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Ask for a streamed answer (SSE or NDJSON)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (URL, headers by name, body) instead of sending it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;llm;help' {
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check every provider (or one): reachable, latency, models, the server''s state. Exit 1 when one is not usable')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'List the models every provider (or one) offers')
            [CompletionResult]::new('prompt', 'prompt', [CompletionResultType]::ParameterValue, 'Send a prompt the way aura''s features do (routing, failover, cache, redaction) and print the answer; `--dry-run` prints exactly what would be sent instead')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aura;llm;help;health' {
            break
        }
        'aura;llm;help;models' {
            break
        }
        'aura;llm;help;prompt' {
            break
        }
        'aura;llm;help;help' {
            break
        }
        'aura;ask' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Ask only this provider (no failover)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'The most pieces of code in the context')
            [CompletionResult]::new('--budget', '--budget', [CompletionResultType]::ParameterName, 'Tokens of context [default: the routed models'' smallest window, less the answer''s tokens and the instructions]')
            [CompletionResult]::new('--max-tokens', '--max-tokens', [CompletionResultType]::ParameterName, 'The longest answer, in tokens')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Read configuration from FILE instead of the project''s `.aura/config.yaml`')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'Run as if aura was started in DIR')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (each command lists the formats it accepts)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write the report to FILE instead of standard output')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Number of worker threads (default: one per core)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colors (`NO_COLOR` is honoured by `auto`)')
            [CompletionResult]::new('--retrieve-only', '--retrieve-only', [CompletionResultType]::ParameterName, 'Print the retrieved context without asking a model')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request (URL, headers by name, body) instead of sending it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on standard error (repeat for more)')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw a progress bar')
            [CompletionResult]::new('--no-cache', '--no-cache', [CompletionResultType]::ParameterName, 'Neither read nor write the analysis cache (`.aura/cache`): analyze every file anew')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'aura;help' {
            [CompletionResult]::new('analyze', 'analyze', [CompletionResultType]::ParameterValue, 'Analyze files or directories: metrics, findings, and a report in any format')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List every rule with its code, default severity and threshold')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Print a rule''s documentation: what it checks, why, an example, how to fix it')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Join JSON reports (shards of one analysis) into one report in any format')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Analyze, then re-analyze on every change and print the new and fixed findings')
            [CompletionResult]::new('graph', 'graph', [CompletionResultType]::ParameterValue, 'Print the import dependency graph and its cycles')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Review a change: findings on the lines it touched, metric deltas, impact and risk')
            [CompletionResult]::new('hotspots', 'hotspots', [CompletionResultType]::ParameterValue, 'Files and functions ranked by churn (commits in a window) × complexity')
            [CompletionResult]::new('hook', 'hook', [CompletionResultType]::ParameterValue, 'Run one of aura''s git hooks (what installed hooks and the pre-commit framework call)')
            [CompletionResult]::new('install-hooks', 'install-hooks', [CompletionResultType]::ParameterValue, 'Install aura''s git hooks, keeping any existing hook (it runs first)')
            [CompletionResult]::new('uninstall-hooks', 'uninstall-hooks', [CompletionResultType]::ParameterValue, 'Remove aura''s git hooks, restoring the hooks they replaced byte for byte')
            [CompletionResult]::new('changelog', 'changelog', [CompletionResultType]::ParameterValue, 'The changelog of the commits since the last version tag, grouped by type')
            [CompletionResult]::new('bump', 'bump', [CompletionResultType]::ParameterValue, 'The next semantic version: breaking → major, feat → minor, fix/perf → patch')
            [CompletionResult]::new('branch', 'branch', [CompletionResultType]::ParameterValue, 'Branch names by the team''s convention (`git.branch`)')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Work with commit messages (Conventional Commits)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show, validate, create or locate configuration')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions for SHELL')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), or write one page per (sub)command with --dir')
            [CompletionResult]::new('cache', 'cache', [CompletionResultType]::ParameterValue, 'The analysis cache: how much it holds, or empty it')
            [CompletionResult]::new('llm', 'llm', [CompletionResultType]::ParameterValue, 'The LLM providers of `llm.providers`: whether they answer, and their models')
            [CompletionResult]::new('ask', 'ask', [CompletionResultType]::ParameterValue, 'Answer a question about the repository with the LLM routed for questions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'aura;help;analyze' {
            break
        }
        'aura;help;rules' {
            break
        }
        'aura;help;explain' {
            break
        }
        'aura;help;merge' {
            break
        }
        'aura;help;watch' {
            break
        }
        'aura;help;graph' {
            break
        }
        'aura;help;review' {
            break
        }
        'aura;help;hotspots' {
            break
        }
        'aura;help;hook' {
            break
        }
        'aura;help;install-hooks' {
            break
        }
        'aura;help;uninstall-hooks' {
            break
        }
        'aura;help;changelog' {
            break
        }
        'aura;help;bump' {
            break
        }
        'aura;help;branch' {
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Propose a branch name for a description: `add JavaScript analyzer` → `feature/javascript-analyzer`')
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Check a branch name (default: the current branch) against the convention')
            break
        }
        'aura;help;branch;suggest' {
            break
        }
        'aura;help;branch;lint' {
            break
        }
        'aura;help;commit' {
            [CompletionResult]::new('lint', 'lint', [CompletionResultType]::ParameterValue, 'Lint a commit message with commitlint''s Conventional Commits rules (exit 1 on errors)')
            [CompletionResult]::new('suggest', 'suggest', [CompletionResultType]::ParameterValue, 'Propose a Conventional Commit message for the staged change (offline heuristics; it always passes `aura commit lint` with your configuration)')
            break
        }
        'aura;help;commit;lint' {
            break
        }
        'aura;help;commit;suggest' {
            break
        }
        'aura;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print every effective value and the layer that set it')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check configuration files; errors name the file, line and a likely fix')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter `.aura/config.yaml`')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the configuration files aura reads, in layer order, and whether each exists')
            break
        }
        'aura;help;config;show' {
            break
        }
        'aura;help;config;validate' {
            break
        }
        'aura;help;config;init' {
            break
        }
        'aura;help;config;path' {
            break
        }
        'aura;help;completions' {
            break
        }
        'aura;help;man' {
            break
        }
        'aura;help;cache' {
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Where the cache is, how many entries and bytes it holds, and its bound')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete every analysis entry (the LLM cache beside it stays)')
            break
        }
        'aura;help;cache;stats' {
            break
        }
        'aura;help;cache;clear' {
            break
        }
        'aura;help;llm' {
            [CompletionResult]::new('health', 'health', [CompletionResultType]::ParameterValue, 'Check every provider (or one): reachable, latency, models, the server''s state. Exit 1 when one is not usable')
            [CompletionResult]::new('models', 'models', [CompletionResultType]::ParameterValue, 'List the models every provider (or one) offers')
            [CompletionResult]::new('prompt', 'prompt', [CompletionResultType]::ParameterValue, 'Send a prompt the way aura''s features do (routing, failover, cache, redaction) and print the answer; `--dry-run` prints exactly what would be sent instead')
            break
        }
        'aura;help;llm;health' {
            break
        }
        'aura;help;llm;models' {
            break
        }
        'aura;help;llm;prompt' {
            break
        }
        'aura;help;ask' {
            break
        }
        'aura;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
