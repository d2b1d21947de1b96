//! What the runtime needs from where it runs: a clock and a way to wait. std's clock aborts a
//! wasm32 instance, so the browser's worker passes its own; native code uses std.

/// The clock and sleep the runtime's `time` module uses.
#[derive(Debug, Clone, Copy)]
pub struct Platform {
    /// Seconds since the Unix epoch, with a fraction.
    pub now: fn() -> f64,
    /// Waits about this many seconds (always short: `time.sleep` calls it in slices).
    pub sleep: fn(f64),
}

#[cfg(not(target_arch = "wasm32"))]
impl Platform {
    pub fn native() -> Platform {
        Platform {
            now: native_now,
            sleep: native_sleep,
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn native_now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|since| since.as_secs_f64())
        .unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
#[expect(
    clippy::disallowed_methods,
    reason = "Python's time.sleep: the student's program asked to wait"
)]
fn native_sleep(seconds: f64) {
    std::thread::sleep(std::time::Duration::from_secs_f64(seconds.max(0.0)));
}
