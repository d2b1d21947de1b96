//! A model drawn in 3D on a canvas (`crate::sandbox::viewport`, three-d on WebGL2): drag to turn, right
//! drag (or Shift) to move, wheel or pinch to zoom, and a button to fit the model in view. The
//! view fits the first model; later ones (a slider moved) keep the camera where the student put
//! it. A gallery model's page shows its thumbnail until the student turns to the view.

use std::sync::Arc;

use leptos::html::Canvas;
use leptos::prelude::*;

use crate::running::runner::ModelMesh;
use crate::sandbox::viewport::Viewport;
use crate::shell::i18n::use_i18n;
use crate::shell::timing;

/// The printer's bed drawn under the model, in millimetres.
const BED_MM: (f32, f32) = (200.0, 200.0);
use darbnica_api::python::DEFAULT_MODEL_COLOUR as MODEL_COLOUR;
use darbnica_api::python::ModelInfo;

/// Each triangle's part, and each part's colour.
fn colours(mesh: &ModelMesh) -> (Option<Vec<u32>>, Vec<[u8; 3]>) {
    if mesh.parts.len() <= 1 {
        let colour = mesh
            .parts
            .first()
            .and_then(|part| part.colour)
            .unwrap_or(MODEL_COLOUR);
        return (None, vec![colour]);
    }
    let mut part_of_triangle = Vec::with_capacity(mesh.indices.len() / 3);
    for (index, part) in mesh.parts.iter().enumerate() {
        part_of_triangle.resize(part.end as usize, index as u32);
    }
    let colours = mesh
        .parts
        .iter()
        .map(|part| part.colour.unwrap_or(MODEL_COLOUR))
        .collect();
    (Some(part_of_triangle), colours)
}

/// `on_drawn` hears, for each new mesh, when the frame after the one that drew it began (the
/// drawn frame is on screen by then), in milliseconds since the page's time origin.
#[component]
pub fn ModelViewport(
    mesh: Signal<Option<Arc<ModelMesh>>>,
    wireframe: Signal<bool>,
    #[prop(optional)] on_drawn: Option<Callback<f64>>,
    /// A picture of the first model (a gallery model's thumbnail), shown while the runtime
    /// downloads and builds it, and after that until the student turns to the view.
    #[prop(default = None)]
    placeholder: Option<String>,
    /// True once the student has asked for a model other than the placeholder's (a slider, Run).
    #[prop(optional)]
    live: Option<Signal<bool>>,
    /// The model's measures before its mesh has come (a gallery model's facts), for the text
    /// description.
    #[prop(optional)]
    facts: Option<Signal<Option<Box<ModelInfo>>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let canvas = NodeRef::<Canvas>::new();
    let viewport = StoredValue::new_local(None::<Viewport>);
    let fitted = StoredValue::new(false);
    let failed = RwSignal::new(false);
    // True once the view is made; what draws into it follows this.
    let made = RwSignal::new(false);
    let has_placeholder = placeholder.is_some();
    let frame_requested = StoredValue::new(false);
    let redraw = move || {
        if frame_requested.get_value() {
            return;
        }
        frame_requested.set_value(true);
        request_animation_frame(move || {
            frame_requested.set_value(false);
            let started = timing::now();
            viewport.update_value(|viewport| {
                if let Some(viewport) = viewport {
                    viewport.render();
                }
            });
            timing::measure_between("darbnica-frame", started, timing::now());
        });
    };

    // With a thumbnail to show, the view is made only when the student turns to it: the pointer
    // over it or a finger on it, the keyboard's focus, the wireframe, or a model other than the
    // placeholder's (a slider, Run). Until then the page does no WebGL work (a context, shaders, a frame
    // to composite: most of what a phone spends on opening a model) and the thumbnail, a picture
    // of the same model at the same values, stands in.
    let engaged = RwSignal::new(!has_placeholder);
    let make = move || {
        let Some(element) = canvas.get_untracked() else {
            return;
        };
        if viewport.with_value(Option::is_some) || failed.get_untracked() {
            return;
        }
        match Viewport::new(element, BED_MM) {
            Ok(view) => {
                viewport.set_value(Some(view));
                made.set(true);
                redraw();
            }
            Err(error) => {
                leptos::logging::warn!("the 3D view could not start: {error}");
                failed.set(true);
            }
        }
    };
    let engage = move || {
        if !engaged.get_untracked() {
            engaged.set(true);
        }
        make();
    };
    Effect::new(move |_| {
        if canvas.get().is_some() && engaged.get() {
            make();
        }
    });
    Effect::new(move |_| {
        if live.is_some_and(|live| live.get()) || wireframe.get() {
            engaged.set(true);
        }
    });
    // The bed follows the page's light or dark colours.
    let themes = crate::shell::theme::use_themes();
    Effect::new(move |_| {
        let dark = themes.shown() == crate::shell::theme::Theme::Dark;
        let _ = made.get();
        viewport.update_value(|viewport| {
            if let Some(viewport) = viewport {
                viewport.set_dark(dark);
            }
        });
        redraw();
    });
    Effect::new(move |_| {
        let mesh = mesh.get();
        let show_wireframe = wireframe.get();
        let _ = made.get();
        viewport.update_value(|viewport| {
            let Some(viewport) = viewport else {
                return;
            };
            viewport.show_wireframe = show_wireframe;
            match &mesh {
                Some(mesh) => {
                    let (part_of_triangle, colours) = colours(mesh);
                    viewport.set_mesh(
                        &mesh.positions,
                        &mesh.indices,
                        part_of_triangle.as_deref(),
                        &colours,
                    );
                    if !fitted.get_value() {
                        viewport.fit_to_view();
                        fitted.set_value(true);
                    }
                }
                None => viewport.set_mesh(&[], &[], None, &[MODEL_COLOUR]),
            }
            // Drawn now, not at the next animation frame: a new model (a slider's) reaches the
            // screen with the next composite, up to a frame sooner.
            let started = timing::now();
            viewport.render();
            timing::measure_between("darbnica-frame", started, timing::now());
        });
        if let Some(on_drawn) = on_drawn {
            request_animation_frame(move || on_drawn.run(timing::now()));
        }
    });

    // The placeholder shows until the view is made and has drawn a model.
    let placeholder_shown = Memo::new(move |_| {
        has_placeholder && !(made.get() && mesh.with(Option::is_some)) && !failed.get()
    });
    let with_viewport = move |handle: &dyn Fn(&mut Viewport) -> bool| {
        let changed = viewport
            .try_update_value(|viewport| viewport.as_mut().is_some_and(handle))
            .unwrap_or(false);
        if changed {
            redraw();
        }
    };
    let triangles =
        move || mesh.with(|mesh| mesh.as_ref().map_or(0, |mesh| mesh.indices.len() / 3));
    // What a screen reader says of the view: the model's size, parts and triangles, and the keys.
    let description = move || {
        // The size of each axis, the parts and the triangles: of the mesh shown, or else of the
        // facts the placeholder stands for.
        let measures = mesh.with(|mesh| {
            let mesh = mesh.as_ref().filter(|mesh| !mesh.indices.is_empty())?;
            let mut min = [f32::INFINITY; 3];
            let mut max = [f32::NEG_INFINITY; 3];
            for point in mesh.positions.as_chunks::<3>().0 {
                for axis in 0..3 {
                    min[axis] = min[axis].min(point[axis]);
                    max[axis] = max[axis].max(point[axis]);
                }
            }
            let size = [0, 1, 2].map(|axis| f64::from(max[axis] - min[axis]));
            Some((size, mesh.parts.len(), mesh.indices.len() / 3))
        });
        let measures = measures.or_else(|| {
            let facts = facts?.get()?;
            let [min, max] = facts.bounds.filter(|_| placeholder_shown.get())?;
            let size = [0, 1, 2].map(|axis| max[axis] - min[axis]);
            Some((size, facts.parts.len(), facts.triangles as usize))
        });
        match measures {
            None => i18n.t("sandbox-viewport-empty"),
            Some((size, parts, triangles)) => {
                let size = |axis: usize| format!("{:.0}", size[axis].max(0.0));
                i18n.t_text_args(
                    "sandbox-viewport-description",
                    &[
                        ("x", size(0)),
                        ("y", size(1)),
                        ("z", size(2)),
                        ("parts", parts.max(1).to_string()),
                        ("triangles", triangles.to_string()),
                    ],
                )
            }
        }
    };

    view! {
        <div class="viewport">
            <canvas
                node_ref=canvas
                class="viewport__canvas"
                data-triangles=move || triangles().to_string()
                aria-label=description
                role="img"
                tabindex="0"
                on:focus=move |_| engage()
                on:pointerenter=move |_| engage()
                on:keydown=move |event| with_viewport(&|viewport| viewport.on_key(&event))
                on:pointerdown=move |event| {
                    engage();
                    with_viewport(&|viewport| viewport.on_pointer_down(&event));
                }
                on:pointermove=move |event| with_viewport(&|viewport| viewport.on_pointer_move(&event))
                on:pointerup=move |event| with_viewport(&|viewport| viewport.on_pointer_up(&event))
                on:pointercancel=move |event| with_viewport(&|viewport| viewport.on_pointer_up(&event))
                on:wheel=move |event| with_viewport(&|viewport| viewport.on_wheel(&event))
                on:contextmenu=|event| event.prevent_default()
            ></canvas>
            <button type="button" class="viewport__fit" title=move || i18n.t("sandbox-fit-hint")
                on:click=move |_| {
                    engage();
                    with_viewport(&|viewport| { viewport.fit_to_view(); true });
                }>
                {move || i18n.t("sandbox-fit")}
            </button>
            {move || failed.get().then(|| view! { <p class="viewport__failed" role="alert">{move || i18n.t("sandbox-viewport-failed")}</p> })}
            {move || {
                placeholder.clone().filter(|_| placeholder_shown.get()).map(|src| {
                    view! { <img class="viewport__placeholder" src=src alt="" width="320" height="240"/> }
                })
            }}
        </div>
    }
}
