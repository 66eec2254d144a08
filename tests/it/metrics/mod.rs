//! Golden tests for aura's counting rules: one test per row of `docs/metrics.md`.
//!
//! Each test measures a small source with `aura::engine::analyze_source` and snapshots a
//! compact summary (see [`support::summary`]). The `///` lines on each case state the value
//! the rule gives, worked out by hand; the snapshot must agree with it.
//!
//! Cases marked `#[ignore = "aura bug: ..."]` hold the value the documented rule asks for
//! and fail against the current implementation; un-ignore them once the bug is fixed.
//!
//! One module per language or language family; the shared helpers live in [`support`].
//! Snapshots are kept in `tests/it/snapshots/`, named `it__metrics__<module>__<test>.snap`.

use aura::lang::Lang;

mod support;

/// `snapshot!(name, value)`: `insta::assert_snapshot!` with the snapshot file in
/// `tests/it/snapshots/`, beside the other modules' (insta would look in
/// `tests/it/metrics/snapshots/`, next to the module making the assertion).
macro_rules! snapshot {
    ($name:expr, $value:expr $(,)?) => {
        insta::with_settings!({ snapshot_path => "../snapshots" }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

/// `golden!(name, Lang::X, "source")`: a snapshot test of [`support::summary`].
macro_rules! golden {
    ($(#[$meta:meta])* $name:ident, $lang:expr, $src:expr $(,)?) => {
        $(#[$meta])*
        #[test]
        fn $name() {
            use $crate::metrics::support::summary;
            snapshot!(stringify!($name), summary($lang, $src));
        }
    };
}

/// `golden_halstead!(name, Lang::X, "source")`: a snapshot test of [`support::halstead`].
macro_rules! golden_halstead {
    ($(#[$meta:meta])* $name:ident, $lang:expr, $src:expr $(,)?) => {
        $(#[$meta])*
        #[test]
        fn $name() {
            use $crate::metrics::support::halstead;
            snapshot!(stringify!($name), halstead($lang, $src));
        }
    };
}

mod c;
#[cfg(any(
    feature = "lang-ruby",
    feature = "lang-csharp",
    feature = "lang-kotlin",
    feature = "lang-php",
    feature = "lang-bash"
))]
mod extra;
mod go;
mod java;
mod javascript;
mod python;
mod rust;

// ============================================================================ Cross-language

golden!(
    /// An empty file: no lines, cc 1 (the file's single path), no functions.
    empty_file, Lang::Python, "");

golden!(
    /// A line with only whitespace is blank; a final line without `\n` still counts.
    /// total=3 code=2 comment=0 blank=1.
    lines_whitespace_only_and_unterminated_last_line, Lang::JavaScript, "let a = 1;\n   \t \nlet b = 2;");
