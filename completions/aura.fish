# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_aura_global_optspecs
    string join \n config= C= format= o/output= j/jobs= q/quiet v/verbose color= no-progress h/help V/version
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
complete -c aura -n "__fish_aura_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_needs_command" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_needs_command" -f -a "analyze" -d 'Analyze files or directories: metrics, findings, and a report in any format'
complete -c aura -n "__fish_aura_needs_command" -f -a "rules" -d 'List every rule with its code, default severity and threshold'
complete -c aura -n "__fish_aura_needs_command" -f -a "explain" -d 'Print a rule\'s documentation: what it checks, why, an example, how to fix it'
complete -c aura -n "__fish_aura_needs_command" -f -a "merge" -d 'Join JSON reports (shards of one analysis) into one report in any format'
complete -c aura -n "__fish_aura_needs_command" -f -a "graph" -d 'Print the import dependency graph and its cycles'
complete -c aura -n "__fish_aura_needs_command" -f -a "config" -d 'Show, validate, create or locate configuration'
complete -c aura -n "__fish_aura_needs_command" -f -a "completions" -d 'Print shell completions for SHELL'
complete -c aura -n "__fish_aura_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c aura -n "__fish_aura_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand analyze" -l fail-on -d 'Exit with status 1 when a finding is at or above this severity (default: `analysis.fail_on`, itself `error` by default)' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l template -d 'A minijinja template replacing the built-in one (markdown and html formats)' -r -F
complete -c aura -n "__fish_aura_using_subcommand analyze" -l category -d 'SARIF: the analysis category (`runAutomationDetails.id`), one per upload' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l baseline -d 'Drop the findings this baseline file lists (matched by content, not line)' -r -F
complete -c aura -n "__fish_aura_using_subcommand analyze" -l write-baseline -d 'Write the current findings to FILE as a baseline (after --baseline is applied)' -r -F
complete -c aura -n "__fish_aura_using_subcommand analyze" -l shard -d 'Analyze only shard I of N (1-based): a deterministic share of the files, for CI matrices; join the shards\' JSON reports with `aura merge`' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l config -d 'Read configuration from FILE instead of the project\'s `.aura/config.yaml`' -r -F
complete -c aura -n "__fish_aura_using_subcommand analyze" -s C -d 'Run as if aura was started in DIR' -r -F
complete -c aura -n "__fish_aura_using_subcommand analyze" -l format -d 'Output format (each command lists the formats it accepts)' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -s o -l output -d 'Write the report to FILE instead of standard output' -r -F
complete -c aura -n "__fish_aura_using_subcommand analyze" -s j -l jobs -d 'Number of worker threads (default: one per core)' -r
complete -c aura -n "__fish_aura_using_subcommand analyze" -l color -d 'When to use colors (`NO_COLOR` is honoured by `auto`)' -r -f -a "auto\t'Color when standard output is a terminal and `NO_COLOR` is unset'
always\t'Always color'
never\t'Never color'"
complete -c aura -n "__fish_aura_using_subcommand analyze" -l no-rules -d 'Metrics only: run no rules, report no findings'
complete -c aura -n "__fish_aura_using_subcommand analyze" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand analyze" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand analyze" -l no-progress -d 'Never draw a progress bar'
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
complete -c aura -n "__fish_aura_using_subcommand merge" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand merge" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand merge" -l no-progress -d 'Never draw a progress bar'
complete -c aura -n "__fish_aura_using_subcommand merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand merge" -s V -l version -d 'Print version'
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
complete -c aura -n "__fish_aura_using_subcommand graph" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand graph" -s V -l version -d 'Print version'
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
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only errors'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on standard error (repeat for more)'
complete -c aura -n "__fish_aura_using_subcommand config; and __fish_seen_subcommand_from show" -l no-progress -d 'Never draw a progress bar'
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
complete -c aura -n "__fish_aura_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand completions" -s V -l version -d 'Print version'
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
complete -c aura -n "__fish_aura_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c aura -n "__fish_aura_using_subcommand man" -s V -l version -d 'Print version'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge graph config completions man help" -f -a "analyze" -d 'Analyze files or directories: metrics, findings, and a report in any format'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge graph config completions man help" -f -a "rules" -d 'List every rule with its code, default severity and threshold'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge graph config completions man help" -f -a "explain" -d 'Print a rule\'s documentation: what it checks, why, an example, how to fix it'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge graph config completions man help" -f -a "merge" -d 'Join JSON reports (shards of one analysis) into one report in any format'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge graph config completions man help" -f -a "graph" -d 'Print the import dependency graph and its cycles'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge graph config completions man help" -f -a "config" -d 'Show, validate, create or locate configuration'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge graph config completions man help" -f -a "completions" -d 'Print shell completions for SHELL'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge graph config completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c aura -n "__fish_aura_using_subcommand help; and not __fish_seen_subcommand_from analyze rules explain merge graph config completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print every effective value and the layer that set it'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "validate" -d 'Check configuration files; errors name the file, line and a likely fix'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented starter `.aura/config.yaml`'
complete -c aura -n "__fish_aura_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the configuration files aura reads, in layer order, and whether each exists'
