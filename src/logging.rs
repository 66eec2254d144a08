//! Logs: to standard error, at the configured level (`logging.level`, which `-v`, `-q`
//! and `AURA_LOG_LEVEL` already fold in), as text or JSON lines (`logging.format`).
//! Reports never go through here: they are written to standard output or `-o FILE`.

use std::sync::Once;

use tracing_subscriber::EnvFilter;

use crate::config::{LogFormat, LogLevel, LoggingConfig};

/// Install the process-wide subscriber once; later calls do nothing. `color` says whether
/// text logs may use ANSI colors (standard error is a terminal and `--color` allows it).
pub fn init(config: &LoggingConfig, color: bool) {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let level = match config.level {
            LogLevel::Error => "error",
            LogLevel::Warn => "warn",
            LogLevel::Info => "info",
            LogLevel::Debug => "debug",
            LogLevel::Trace => "trace",
        };
        // only aura's own events: dependencies stay quiet unless asked for by RUST_LOG
        let filter = std::env::var("RUST_LOG")
            .ok()
            .and_then(|v| EnvFilter::try_new(v).ok())
            .unwrap_or_else(|| EnvFilter::new(format!("aura={level}")));
        let builder =
            tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(color);
        let _ = match config.format {
            LogFormat::Json => builder.json().try_init(),
            LogFormat::Text => builder.without_time().with_target(false).try_init(),
        };
    });
}
