//! The `aura` binary: parse the command line, call the library, map the result to an exit code.

use std::process::ExitCode;

use clap::Parser;

use aura::ExitStatus;
use aura::cli::Cli;

/// mimalloc for Rust's allocations too (tree-sitter's already go to it): a warm run is
/// mostly small allocations freed on other threads, which glibc's malloc does slowly.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_arena_eager_commit` (the same in mimalloc 2 and 3): committing arenas only
/// as they are used kept the peak at 50 MB instead of 86 on the Django sdist, for the
/// same CPU. It must be set before the first allocation reserves an arena, so it is set
/// from `.init_array`, before Rust's runtime starts.
const MI_OPTION_ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;

extern "C" fn lazy_arenas() {
    // SAFETY: setting an option is allowed at any time; this runs before any thread
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0) };
}

#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static LAZY_ARENAS: extern "C" fn() = lazy_arenas;

fn main() -> ExitCode {
    // elsewhere than Linux, as early as Rust code runs
    lazy_arenas();
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
