//! The code editor: CodeMirror 6 (bundled from npm into `/editor/editor-<hash>.js` by the build),
//! loaded the first time an editor is shown and driven through wasm-bindgen.
//!
//! On the first page, when it came with the server's copy (`crate::shell::prerendered`), the
//! code stands as plain text, as the copy showed it, and the editor is made once the page is
//! quiet, or, where the page says so (`waits_for_student`), as soon as the student turns to it
//! (the pointer over it or over the page's working area, a touch, the keyboard's focus): its
//! bundle and its making are the largest part of a page's start-up on a phone, and the student
//! reads the code before changing it.

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
    #[wasm_bindgen(method, js_name = setNotes)]
    fn set_notes(this: &JsCodeEditor, notes: &str);
    #[wasm_bindgen(method, js_name = describeWith)]
    fn describe_with(this: &JsCodeEditor, id: &str);
    #[wasm_bindgen(method, js_name = setText)]
    fn set_text(this: &JsCodeEditor, text: &str);
    #[wasm_bindgen(method)]
    fn destroy(this: &JsCodeEditor);
    #[wasm_bindgen(method)]
    fn focus(this: &JsCodeEditor);
    /// Focuses the editor with the cursor at the point (`clientX`, `clientY`) of the page.
    #[wasm_bindgen(method, js_name = focusAt)]
    fn focus_at(this: &JsCodeEditor, x: f64, y: f64);
}

thread_local! {
    /// Editors whose bundle or making is under way.
    static LOADING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// An editor's bundle is loading, or an editor is being made: work that waits for quiet waits
/// for it too.
pub fn editors_loading() -> bool {
    LOADING.get() > 0
}

/// Lets the page replace the editor's text (Reset).
#[derive(Clone, Copy)]
pub struct EditorControl {
    editor: StoredValue<Option<JsCodeEditor>, LocalStorage>,
    /// Text set before the editor was made, for it to take when it is.
    pending: StoredValue<Option<String>>,
    /// Makes the editor now, if it waits.
    make: StoredValue<Option<Callback<()>>>,
    /// The comments beside lines (JSON), for an editor made later too.
    notes: StoredValue<Option<String>>,
    /// The editor is made (so its bundle has loaded).
    ready: RwSignal<bool>,
}

/// A comment shown beside its line in the editor.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LineNote {
    /// From 1.
    pub line: u32,
    pub text: String,
}

impl EditorControl {
    pub fn new() -> EditorControl {
        EditorControl {
            editor: StoredValue::new_local(None),
            pending: StoredValue::new(None),
            make: StoredValue::new(None),
            notes: StoredValue::new(None),
            ready: RwSignal::new(false),
        }
    }

    /// Whether the editor is made (tracked): its bundle's highlighter is there for the page's
    /// other code too.
    pub fn ready(self) -> bool {
        self.ready.get()
    }

    /// Shows `notes` beside their lines (replacing those shown before).
    pub fn set_notes(self, notes: &[LineNote]) {
        let json = serde_json::to_string(notes).unwrap_or_else(|_| "[]".to_owned());
        self.editor.with_value(|editor| {
            if let Some(editor) = editor {
                editor.set_notes(&json);
            }
        });
        self.notes.set_value(Some(json));
    }

    pub fn set_text(self, text: &str) {
        let made = self.editor.with_value(|editor| {
            if let Some(editor) = editor {
                editor.set_text(text);
            }
            editor.is_some()
        });
        if !made {
            self.pending.set_value(Some(text.to_owned()));
            self.make_now();
        }
    }

    /// Makes the editor now if it still waits (as the student turns to the page).
    pub fn make_now(self) {
        if let Some(make) = self.make.get_value() {
            make.run(());
        }
    }
}

/// An editor for Python code. `text` is the starting text; `on_change` gets each edit, `on_run`
/// fires on Ctrl+Enter; `error_line` is highlighted while it is `Some`.
///
/// On the first page, beside the server's copy, the code shows as text until the editor is made:
/// once the page is quiet, or, with `waits_for_student`, only when the student turns to the code
/// or the page calls [`EditorControl::make_now`] (as the student turns to the page's working
/// area: an exercise, where the student reads the task first, or a gallery project, where the
/// game or the model comes first and many visitors only play or move the sliders).
#[component]
pub fn CodeEditor(
    text: String,
    on_change: Callback<String>,
    on_run: Callback<()>,
    error_line: Signal<Option<u32>>,
    control: EditorControl,
    #[prop(optional)] waits_for_student: bool,
    /// Hears the size of each paste (or drop) into the editor.
    #[prop(optional)]
    on_paste: Option<Callback<u32>>,
    /// What the editor is called for screen readers, when a page has several (the code's
    /// `editor-label` otherwise).
    #[prop(optional)]
    label_key: Option<&'static str>,
    /// One of several editors on a form: without the page's code size setting under it.
    #[prop(optional)]
    in_form: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let label_key = label_key.unwrap_or("editor-label");
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
    let stand_in = crate::shell::prerendered::copy_showing();
    let waiting = RwSignal::new(stand_in);
    let asked = StoredValue::new(false);
    let stand_in_text = text.clone();
    let stand_in_keys = keys_id.clone();
    let stand_in_element = NodeRef::<leptos::html::Pre>::new();
    // Where the student pressed on the code as text: the cursor goes there in the editor.
    let pressed_at = StoredValue::new(None::<(f64, f64)>);

    let make = move || {
        let Some(parent) = container.get_untracked() else {
            return;
        };
        if std::mem::replace(&mut *asked.write_value(), true) {
            return;
        }
        let text = text.clone();
        let describe_with = describe_with.clone();
        LOADING.set(LOADING.get() + 1);
        leptos::task::spawn_local(async move {
            let created = create_editor(
                &parent,
                &text,
                &i18n.t(label_key),
                on_change,
                on_run,
                on_paste,
            )
            .await;
            LOADING.set(LOADING.get() - 1);
            match created {
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
                    // The focus moves into the editor if the code as text had it (the student
                    // tabbed or pressed there), not if the student went on meanwhile.
                    let had_focus = stand_in_element.get_untracked().is_some_and(|element| {
                        document().active_element().as_ref() == Some(element.as_ref())
                    });
                    waiting.set(false);
                    loaded.set(true);
                    control.ready.set(true);
                    if let Some(Some(text)) = control.pending.try_update_value(Option::take) {
                        editor.set_text(&text);
                    }
                    if let Some(Some(notes)) = control.notes.try_get_value() {
                        editor.set_notes(&notes);
                    }
                    if had_focus {
                        match pressed_at.try_get_value().flatten() {
                            Some((x, y)) => editor.focus_at(x, y),
                            None => editor.focus(),
                        }
                    }
                }
                Err(error) => {
                    leptos::logging::warn!("the code editor did not load: {error:?}");
                    waiting.set(false);
                    failed.set(true);
                }
            }
        });
    };
    let make = StoredValue::new_local(make);
    control.make.set_value(Some(Callback::new(move |()| {
        make.with_value(|make| make())
    })));
    if stand_in && waits_for_student {
        // Made by `turn_to`, below.
    } else if stand_in {
        crate::shell::quiet::when_quiet(
            crate::shell::quiet::Later::Editor,
            || false,
            move || {
                let _ = make.try_with_value(|make| make());
            },
        );
    } else {
        Effect::new(move |_| {
            if container.get().is_some() {
                make.with_value(|make| make());
            }
        });
    }
    let turn_to = move || {
        if waiting.get_untracked() {
            make.with_value(|make| make());
        }
    };

    Effect::new(move |_| {
        let line = error_line.get().unwrap_or(0);
        control.editor.with_value(|editor| {
            if let Some(editor) = editor {
                editor.highlight_line(line);
            }
        });
    });
    Effect::new(move |_| {
        let label = i18n.t(label_key);
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
        <div class="code-editor" node_ref=container
            data-loaded=move || if waiting.get() { "waiting".to_owned() } else { loaded.get().to_string() }
            on:pointerenter=move |_| turn_to()
            on:pointerdown=move |event: web_sys::PointerEvent| {
                pressed_at.set_value(Some((f64::from(event.client_x()), f64::from(event.client_y()))));
                turn_to();
            }
        >
            <Show when=move || waiting.get()>
                // The code as text until the editor is made; the keyboard's focus makes it.
                <pre class="code-snapshot" node_ref=stand_in_element tabindex="0" role="textbox"
                    aria-multiline="true" aria-readonly="true" aria-label=move || i18n.t(label_key)
                    aria-describedby=stand_in_keys.clone() on:focus=move |_| turn_to()>{stand_in_text.clone()}</pre>
            </Show>
            <Show when=move || failed.get()>
                <p class="code-editor__failed" role="alert">{move || i18n.t("editor-load-failed")}</p>
            </Show>
        </div>
        <div class="code-editor__below">
            <p class="code-editor__keys" id=keys_id>{move || i18n.t("editor-keys")}</p>
            {(!in_form).then(|| view! { <crate::running::code_size::CodeSize/> })}
        </div>
    }
}

/// Highlights the Python code blocks under `root` with the editor's highlighter (loading it if
/// need be), on the next frame, after the page has drawn them. A page with an editor calls it
/// once the editor is made ([`EditorControl::ready`]), so that the bundle is not loaded for the
/// highlighting alone.
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
    on_paste: Option<Callback<u32>>,
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
    let on_paste = Closure::<dyn Fn(u32)>::new(move |size: u32| {
        if let Some(on_paste) = on_paste {
            on_paste.run(size);
        }
    });
    let arguments = js_sys::Array::of5(
        parent,
        &JsValue::from_str(text),
        &JsValue::from_str(label),
        on_change.as_ref(),
        on_run.as_ref(),
    );
    arguments.push(on_paste.as_ref());
    // The editor lives as long as the page; its callbacks must too.
    on_change.forget();
    on_run.forget();
    on_paste.forget();
    Ok(js_sys::Reflect::construct(&class, &arguments)?.unchecked_into())
}
