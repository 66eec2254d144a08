
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
            cand analyze 'Analyze files or directories: metrics for every function and file'
            cand graph 'Print the import dependency graph and its cycles'
            cand config 'Show, validate, create or locate configuration'
            cand completions 'Print shell completions for SHELL'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;analyze'= {
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
            cand analyze 'Analyze files or directories: metrics for every function and file'
            cand graph 'Print the import dependency graph and its cycles'
            cand config 'Show, validate, create or locate configuration'
            cand completions 'Print shell completions for SHELL'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'aura;help;analyze'= {
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
