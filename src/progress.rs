//! The terminal progress bar: on standard error, only on a terminal, never on a pipe.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::GlobalArgs;
use crate::engine::Progress;

/// Files below which no bar is drawn: short runs finish before it would help.
const MIN_FILES: usize = 200;

/// A progress bar that draws itself only when it is useful.
pub struct Bar {
    bar: Option<ProgressBar>,
}

impl Bar {
    /// A bar for this command line (none with `--no-progress`, `-q` or no terminal).
    pub fn new(global: &GlobalArgs) -> Self {
        let wanted = !global.no_progress && !global.quiet && std::io::stderr().is_terminal();
        Self { bar: wanted.then(ProgressBar::hidden) }
    }

    /// Clear the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Progress for Bar {
    fn found(&self) {
        let Some(bar) = &self.bar else { return };
        bar.inc_length(1);
        // start drawing once the run is long enough to be worth a bar
        if bar.length() == Some(MIN_FILES as u64) {
            if let Ok(style) =
                ProgressStyle::with_template("{spinner} analyzing {pos}/{len} files {wide_bar} {eta}")
            {
                bar.set_style(style);
            }
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    fn advance(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }
}
