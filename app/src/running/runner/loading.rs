//! Loading the Python runtime the first time code runs: its file names from
//! `/python-runtime.json` (written by the build), its wasm fetched with progress and compiled once.

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
pub async fn load(progress: impl Fn(f64, f64)) -> Result<LoadedRuntime, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let files: RuntimeFiles = {
        let response = fetch_ok(&window, "/python-runtime.json").await?;
        let text = JsFuture::from(response.text()?).await?;
        serde_json::from_str(&text.as_string().unwrap_or_default())
            .map_err(|error| JsValue::from_str(&error.to_string()))?
    };
    progress(0.0, files.wasm_bytes);
    let response = fetch_ok(&window, &files.wasm).await?;
    let reader: web_sys::ReadableStreamDefaultReader =
        response.body().ok_or("no body")?.get_reader().dyn_into()?;
    let mut chunks = Vec::new();
    let mut loaded = 0.0;
    loop {
        let chunk = JsFuture::from(reader.read()).await?;
        if js_sys::Reflect::get(&chunk, &"done".into())?.is_truthy() {
            break;
        }
        let bytes: js_sys::Uint8Array =
            js_sys::Reflect::get(&chunk, &"value".into())?.dyn_into()?;
        loaded += f64::from(bytes.length());
        chunks.push(bytes);
        progress(loaded, files.wasm_bytes.max(loaded));
    }
    let all = js_sys::Uint8Array::new_with_length(loaded as u32);
    let mut offset = 0;
    for chunk in chunks {
        all.set(&chunk, offset);
        offset += chunk.length();
    }
    let module = JsFuture::from(js_sys::WebAssembly::compile(&all))
        .await?
        .dyn_into()?;
    Ok(LoadedRuntime { files, module })
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
