//! `time`'s clocks routed through the [`Platform`]: std's clock aborts a wasm32 instance, and a
//! `time.sleep` must be interruptible by the time limit.

use rustpython_vm::function::ArgIntoFloat;
use rustpython_vm::{PyResult, VirtualMachine};

use crate::platform::Platform;

/// How long `time.sleep` waits between checks for a stop.
const SLEEP_SLICE_SECONDS: f64 = 0.01;

pub(crate) fn install(vm: &VirtualMachine, platform: Platform) -> PyResult<()> {
    let time = vm.import("time", 0)?;
    let now = platform.now;
    // One origin for the monotonic clocks, so their values stay small and precise.
    let origin = now();
    let seconds = move || now();
    let nanoseconds = move || (now() * 1e9) as i128;
    let monotonic = move || now() - origin;
    let monotonic_ns = move || ((now() - origin) * 1e9) as i128;
    time.set_attr("time", vm.new_function("time", seconds), vm)?;
    time.set_attr("time_ns", vm.new_function("time_ns", nanoseconds), vm)?;
    for name in ["monotonic", "perf_counter", "process_time"] {
        time.set_attr(name, vm.new_function("monotonic", monotonic), vm)?;
    }
    for name in ["monotonic_ns", "perf_counter_ns", "process_time_ns"] {
        time.set_attr(name, vm.new_function("monotonic_ns", monotonic_ns), vm)?;
    }
    let sleep = platform.sleep;
    let sleep_fn = vm.new_function(
        "sleep",
        move |seconds: ArgIntoFloat, vm: &VirtualMachine| -> PyResult<()> {
            let seconds = f64::from(seconds);
            if seconds.is_nan() || seconds < 0.0 {
                return Err(vm.new_value_error("sleep length must be non-negative"));
            }
            let end = now() + seconds;
            loop {
                let left = end - now();
                if left <= 0.0 {
                    return Ok(());
                }
                sleep(left.min(SLEEP_SLICE_SECONDS));
                vm.check_signals()?;
            }
        },
    );
    time.set_attr("sleep", sleep_fn, vm)?;
    Ok(())
}
