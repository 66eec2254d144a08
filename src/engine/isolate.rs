//! Panic isolation: a panic while analyzing one file becomes an error entry for that
//! file, printed nowhere, and the run goes on.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    static ISOLATED: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

static HOOK: Once = Once::new();

/// Install (once) a panic hook that stays quiet inside [`isolate`] and defers to the
/// previous hook everywhere else.
fn install_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if ISOLATED.with(Cell::get) {
                let location =
                    info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
                let payload = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".into());
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{payload}{location}")));
            } else {
                previous(info);
            }
        }));
    });
}

/// Run `f`, turning a panic into `Err(message)`.
pub fn isolate<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    ISOLATED.with(|c| c.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    ISOLATED.with(|c| c.set(false));
    result.map_err(|_| LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| "panic".into()))
}

#[cfg(test)]
mod tests {
    use super::isolate;

    #[test]
    fn a_panic_becomes_an_error_and_the_next_call_works() {
        let err = isolate(|| -> u32 { panic!("boom in one file") }).unwrap_err();
        assert!(err.contains("boom in one file"), "{err}");
        assert_eq!(isolate(|| 7), Ok(7));
    }
}
