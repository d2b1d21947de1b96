//! Loading the Python runtime the first time code runs: its file names from
//! `/python-runtime.json` (written by the build), its wasm fetched with progress and compiled once,
//! as it arrives (`WebAssembly.compileStreaming`: the browser compiles off the page's thread, and
//! the 12 MB are never gathered and copied on it).

use serde::Deserialize;
use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Where the runtime's files are; written next to `index.html` by `cargo xtask`.
#[derive(Debug, Clone, Deserialize)]
pub struct RuntimeFiles {
    /// wasm-bindgen's glue for the worker (a classic script).
    pub script: String,
    pub wasm: String,
    pub wasm_bytes: f64,
}

/// The runtime, ready to start workers from.
pub struct LoadedRuntime {
    pub files: RuntimeFiles,
    pub module: js_sys::WebAssembly::Module,
}

/// Fetches and compiles the runtime; `progress` gets the bytes so far and in all as they come.
pub async fn load(progress: impl Fn(f64, f64) + 'static) -> Result<LoadedRuntime, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let files: RuntimeFiles = {
        let response = fetch_ok(&window, "/python-runtime.json").await?;
        let text = JsFuture::from(response.text()?).await?;
        serde_json::from_str(&text.as_string().unwrap_or_default())
            .map_err(|error| JsValue::from_str(&error.to_string()))?
    };
    progress(0.0, files.wasm_bytes);
    let response = fetch_ok(&window, &files.wasm).await?;
    let total = files.wasm_bytes;
    let on_bytes = Closure::<dyn Fn(f64)>::new(move |loaded: f64| {
        progress(loaded, total.max(loaded));
    });
    let compiled = compile_counting(&response, on_bytes.as_ref().unchecked_ref());
    // The stream may still call it when the compiling has failed: it lives with the page (one,
    // small, for the runtime's one download).
    on_bytes.forget();
    let module = JsFuture::from(compiled).await?.dyn_into()?;
    Ok(LoadedRuntime { files, module })
}

#[wasm_bindgen(inline_js = "
export function compile_counting(response, progress) {
  let loaded = 0;
  let told = 0;
  const counting = new TransformStream({
    transform(chunk, controller) {
      loaded += chunk.byteLength;
      // At most a hundred updates of the progress bar, not one a network packet.
      if (loaded - told >= 131072) { told = loaded; progress(loaded); }
      controller.enqueue(chunk);
    },
    flush() { progress(loaded); },
  });
  const counted = new Response(response.body.pipeThrough(counting), {
    headers: { 'Content-Type': 'application/wasm' },
  });
  return WebAssembly.compileStreaming(counted);
}")]
extern "C" {
    /// Compiles the wasm `response` brings as it arrives; `progress` hears the bytes so far.
    fn compile_counting(
        response: &web_sys::Response,
        progress: &js_sys::Function,
    ) -> js_sys::Promise;
}

async fn fetch_ok(window: &web_sys::Window, url: &str) -> Result<web_sys::Response, JsValue> {
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str(&format!(
            "{url}: HTTP {}",
            response.status()
        )));
    }
    Ok(response)
}
