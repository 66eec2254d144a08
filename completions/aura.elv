
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
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand analyze 'Analyze files or directories: metrics, findings, and a report in any format'
            cand rules 'List every rule with its code, default severity and threshold'
            cand explain 'Print a rule''s documentation: what it checks, why, an example, how to fix it'
            cand merge 'Join JSON reports (shards of one analysis) into one report in any format'
            cand graph 'Print the import dependency graph and its cycles'
            cand config 'Show, validate, create or locate configuration'
            cand completions 'Print shell completions for SHELL'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;analyze'= {
            cand --fail-on 'Exit with status 1 when a finding is at or above this severity (default: `analysis.fail_on`, itself `error` by default)'
            cand --template 'A minijinja template replacing the built-in one (markdown and html formats)'
            cand --category 'SARIF: the analysis category (`runAutomationDetails.id`), one per upload'
            cand --baseline 'Drop the findings this baseline file lists (matched by content, not line)'
            cand --write-baseline 'Write the current findings to FILE as a baseline (after --baseline is applied)'
            cand --shard 'Analyze only shard I of N (1-based): a deterministic share of the files, for CI matrices; join the shards'' JSON reports with `aura merge`'
            cand --config 'Read configuration from FILE instead of the project''s `.aura/config.yaml`'
            cand -C 'Run as if aura was started in DIR'
            cand --format 'Output format (each command lists the formats it accepts)'
            cand -o 'Write the report to FILE instead of standard output'
            cand --output 'Write the report to FILE instead of standard output'
            cand -j 'Number of worker threads (default: one per core)'
            cand --jobs 'Number of worker threads (default: one per core)'
            cand --color 'When to use colors (`NO_COLOR` is honoured by `auto`)'
            cand --no-rules 'Metrics only: run no rules, report no findings'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
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
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
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
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
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
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more detail on standard error (repeat for more)'
            cand --verbose 'Print more detail on standard error (repeat for more)'
            cand --no-progress 'Never draw a progress bar'
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
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'aura;man'= {
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
            cand graph 'Print the import dependency graph and its cycles'
            cand config 'Show, validate, create or locate configuration'
            cand completions 'Print shell completions for SHELL'
            cand man 'Print the man page (roff)'
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
        &'aura;help;graph'= {
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
        &'aura;help;help'= {
        }
    ]
    $completions[$command]
}
