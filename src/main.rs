//! The `aura` binary: parse the command line, call the library, map the result to an exit code.

use std::process::ExitCode;

use clap::Parser;

use aura::ExitStatus;
use aura::cli::Cli;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { ExitStatus::Error as u8 } else { 0 });
        }
    };
    match aura::commands::run(cli) {
        Ok(status) => ExitCode::from(status as u8),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            // errors print even with --quiet: they are why the exit code is 2
            eprintln!("aura: error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(ExitStatus::Error as u8)
        }
    }
}

/// A closed pipe (`aura analyze | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
