//! The code editor: CodeMirror 6 (bundled from npm into `/editor/editor-<hash>.js` by the build),
//! loaded the first time an editor is shown and driven through wasm-bindgen.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::shell::i18n::use_i18n;

/// The editor's bundle: its name has its contents' hash, which the build puts into `index.html`
/// as `<meta name="darbnica-editor">`.
fn editor_module() -> String {
    document()
        .query_selector("meta[name=darbnica-editor]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_else(|| "/editor/editor.js".to_owned())
}

#[wasm_bindgen(inline_js = "export function import_module(url) { return import(url); }")]
extern "C" {
    fn import_module(url: &str) -> js_sys::Promise;
}

#[wasm_bindgen]
extern "C" {
    /// `CodeEditor` of `editor/editor.js`.
    #[derive(Clone)]
    pub type JsCodeEditor;
    #[wasm_bindgen(method, js_name = highlightLine)]
    fn highlight_line(this: &JsCodeEditor, line: u32);
    #[wasm_bindgen(method, js_name = setLabel)]
    fn set_label(this: &JsCodeEditor, label: &str);
    #[wasm_bindgen(method, js_name = describeWith)]
    fn describe_with(this: &JsCodeEditor, id: &str);
    #[wasm_bindgen(method, js_name = setText)]
    fn set_text(this: &JsCodeEditor, text: &str);
    #[wasm_bindgen(method)]
    fn destroy(this: &JsCodeEditor);
}

/// Lets the page replace the editor's text (Reset).
#[derive(Clone, Copy)]
pub struct EditorControl {
    editor: StoredValue<Option<JsCodeEditor>, LocalStorage>,
}

impl EditorControl {
    pub fn new() -> EditorControl {
        EditorControl {
            editor: StoredValue::new_local(None),
        }
    }

    pub fn set_text(self, text: &str) {
        self.editor.with_value(|editor| {
            if let Some(editor) = editor {
                editor.set_text(text);
            }
        });
    }
}

/// An editor for Python code. `text` is the starting text; `on_change` gets each edit, `on_run`
/// fires on Ctrl+Enter; `error_line` is highlighted while it is `Some`.
#[component]
pub fn CodeEditor(
    text: String,
    on_change: Callback<String>,
    on_run: Callback<()>,
    error_line: Signal<Option<u32>>,
    control: EditorControl,
) -> impl IntoView {
    let i18n = use_i18n();
    let container = NodeRef::<Div>::new();
    let failed = RwSignal::new(false);
    let loaded = RwSignal::new(false);
    // The note on the editor's keys, which the editor's text area points screen readers at.
    static EDITORS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let keys_id = format!(
        "code-editor-keys-{}",
        EDITORS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let describe_with = keys_id.clone();

    Effect::new(move |_| {
        let Some(parent) = container.get() else {
            return;
        };
        if control.editor.with_value(Option::is_some) {
            return;
        }
        let text = text.clone();
        let describe_with = describe_with.clone();
        leptos::task::spawn_local(async move {
            match create_editor(&parent, &text, &i18n.t("editor-label"), on_change, on_run).await {
                Ok(editor) => {
                    editor.describe_with(&describe_with);
                    // The page may have gone while the editor loaded.
                    let kept = control
                        .editor
                        .try_update_value(|kept| *kept = Some(editor.clone()));
                    if kept.is_none() {
                        editor.destroy();
                        return;
                    }
                    loaded.set(true);
                }
                Err(error) => {
                    leptos::logging::warn!("the code editor did not load: {error:?}");
                    failed.set(true);
                }
            }
        });
    });
    Effect::new(move |_| {
        let line = error_line.get().unwrap_or(0);
        control.editor.with_value(|editor| {
            if let Some(editor) = editor {
                editor.highlight_line(line);
            }
        });
    });
    Effect::new(move |_| {
        let label = i18n.t("editor-label");
        control.editor.with_value(|editor| {
            if let Some(editor) = editor {
                editor.set_label(&label);
            }
        });
    });
    on_cleanup(move || {
        control.editor.update_value(|editor| {
            if let Some(editor) = editor.take() {
                editor.destroy();
            }
        });
    });

    view! {
        <div class="code-editor" node_ref=container data-loaded=move || loaded.get().to_string()>
            <Show when=move || failed.get()>
                <p class="code-editor__failed" role="alert">{move || i18n.t("editor-load-failed")}</p>
            </Show>
        </div>
        <div class="code-editor__below">
            <p class="code-editor__keys" id=keys_id>{move || i18n.t("editor-keys")}</p>
            <crate::running::code_size::CodeSize/>
        </div>
    }
}

/// Highlights the Python code blocks under `root` with the editor's highlighter (loading it if
/// need be), on the next frame, after the page has drawn them.
pub fn highlight_code_blocks(root: web_sys::Element) {
    leptos::task::spawn_local(async move {
        let Ok(module) = JsFuture::from(import_module(&editor_module())).await else {
            return;
        };
        let Ok(highlight) = js_sys::Reflect::get(&module, &"highlightCodeBlocks".into())
            .and_then(|function| function.dyn_into::<js_sys::Function>())
        else {
            return;
        };
        request_animation_frame(move || {
            let _ = highlight.call1(&JsValue::NULL, &root);
        });
    });
}

async fn create_editor(
    parent: &web_sys::HtmlDivElement,
    text: &str,
    label: &str,
    on_change: Callback<String>,
    on_run: Callback<()>,
) -> Result<JsCodeEditor, JsValue> {
    // The page's own start-up, the bundle's evaluation and the editor's making each in a task of
    // their own: together they would hold a phone's main thread for a long moment.
    crate::shell::timing::yield_to_browser().await;
    let module = JsFuture::from(import_module(&editor_module())).await?;
    crate::shell::timing::yield_to_browser().await;
    let class: js_sys::Function =
        js_sys::Reflect::get(&module, &"CodeEditor".into())?.dyn_into()?;
    let on_change = Closure::<dyn Fn(String)>::new(move |text: String| on_change.run(text));
    let on_run = Closure::<dyn Fn()>::new(move || on_run.run(()));
    let arguments = js_sys::Array::of5(
        parent,
        &JsValue::from_str(text),
        &JsValue::from_str(label),
        on_change.as_ref(),
        on_run.as_ref(),
    );
    // The editor lives as long as the page; its callbacks must too.
    on_change.forget();
    on_run.forget();
    Ok(js_sys::Reflect::construct(&class, &arguments)?.unchecked_into())
}
