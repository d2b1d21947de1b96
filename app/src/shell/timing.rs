//! Performance marks and measures for the benchmarks under `cargo xtask bench` (and any browser's
//! profiler). Measures that would pile up over a long session (one a frame, one a slider move)
//! are recorded only when a benchmark asks for them by setting `window.darbnicaBench = true`.

use wasm_bindgen::JsValue;

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|window| window.performance())
}

/// True while a benchmark is recording.
pub fn recording() -> bool {
    web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"darbnicaBench".into()).ok())
        .is_some_and(|flag| flag.is_truthy())
}

/// Milliseconds since the page's time origin.
pub fn now() -> f64 {
    performance().map_or(0.0, |performance| performance.now())
}

pub fn mark(name: &str) {
    if let Some(performance) = performance() {
        let _ = performance.mark(name);
    }
}

pub fn measure(name: &str, start_mark: &str) {
    if let Some(performance) = performance() {
        let _ = performance.measure_with_start_mark(name, start_mark);
    }
}

pub fn measure_once(name: &str, start_mark: &str) {
    let Some(performance) = performance() else {
        return;
    };
    if performance.get_entries_by_name(name).length() == 0 {
        let _ = performance.measure_with_start_mark(name, start_mark);
    }
}

/// Records a measure from `start` to `end` (milliseconds since the time origin), when recording.
pub fn measure_between(name: &str, start: f64, end: f64) {
    if !recording() {
        return;
    }
    let Some(performance) = performance() else {
        return;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"start".into(), &JsValue::from_f64(start));
    let _ = js_sys::Reflect::set(&options, &"end".into(), &JsValue::from_f64(end));
    let Ok(measure) = js_sys::Reflect::get(&performance, &"measure".into()) else {
        return;
    };
    let measure: js_sys::Function = wasm_bindgen::JsCast::unchecked_into(measure);
    let _ = measure.call2(&performance, &JsValue::from_str(name), &options);
}

/// Records a measure from `epoch_ms` (milliseconds since 1970, as another thread's
/// `performance.timeOrigin + performance.now()`) to now, when recording.
pub fn measure_since_epoch(name: &str, epoch_ms: f64) {
    if let Some(performance) = performance() {
        measure_between(
            name,
            epoch_ms - performance.time_origin(),
            performance.now(),
        );
    }
}

/// Lets the browser run its other tasks (input, painting) before the caller goes on: resolves in
/// a task of its own. Long start-up work split at such points is no single long task.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
