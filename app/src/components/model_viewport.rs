//! A model drawn in 3D on a canvas (`crate::viewport`, three-d on WebGL2): drag to turn, right
//! drag (or Shift) to move, wheel or pinch to zoom. The view fits the first model; later ones (a
//! slider moved) keep the camera where the student put it.

use std::sync::Arc;

use leptos::html::Canvas;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::python::ModelMesh;
use crate::viewport::Viewport;

/// The printer's bed drawn under the model, in millimetres.
const BED_MM: (f32, f32) = (200.0, 200.0);
/// The model's colour (the portal's accent, lighter).
const MODEL_COLOUR: [u8; 3] = [0x3f, 0x9f, 0x93];

#[component]
pub fn ModelViewport(
    mesh: Signal<Option<Arc<ModelMesh>>>,
    wireframe: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let canvas = NodeRef::<Canvas>::new();
    let viewport = StoredValue::new_local(None::<Viewport>);
    let fitted = StoredValue::new(false);
    let failed = RwSignal::new(false);
    let frame_requested = StoredValue::new(false);
    let redraw = move || {
        if frame_requested.get_value() {
            return;
        }
        frame_requested.set_value(true);
        request_animation_frame(move || {
            frame_requested.set_value(false);
            viewport.update_value(|viewport| {
                if let Some(viewport) = viewport {
                    viewport.render();
                }
            });
        });
    };

    Effect::new(move |_| {
        let Some(element) = canvas.get() else {
            return;
        };
        if viewport.with_value(Option::is_some) || failed.get_untracked() {
            return;
        }
        match Viewport::new(element, BED_MM) {
            Ok(made) => {
                viewport.set_value(Some(made));
                redraw();
            }
            Err(error) => {
                leptos::logging::warn!("the 3D view could not start: {error}");
                failed.set(true);
            }
        }
    });
    Effect::new(move |_| {
        let mesh = mesh.get();
        let show_wireframe = wireframe.get();
        let _ = canvas.get();
        viewport.update_value(|viewport| {
            let Some(viewport) = viewport else {
                return;
            };
            viewport.show_wireframe = show_wireframe;
            match &mesh {
                Some(mesh) => {
                    viewport.set_mesh(&mesh.positions, &mesh.indices, None, &[MODEL_COLOUR]);
                    if !fitted.get_value() {
                        viewport.fit_to_view();
                        fitted.set_value(true);
                    }
                }
                None => viewport.set_mesh(&[], &[], None, &[MODEL_COLOUR]),
            }
        });
        redraw();
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

    view! {
        <div class="viewport">
            <canvas
                node_ref=canvas
                class="viewport__canvas"
                data-triangles=move || triangles().to_string()
                aria-label=move || i18n.t("sandbox-viewport-label")
                role="img"
                on:pointerdown=move |event| with_viewport(&|viewport| viewport.on_pointer_down(&event))
                on:pointermove=move |event| with_viewport(&|viewport| viewport.on_pointer_move(&event))
                on:pointerup=move |event| with_viewport(&|viewport| viewport.on_pointer_up(&event))
                on:pointercancel=move |event| with_viewport(&|viewport| viewport.on_pointer_up(&event))
                on:wheel=move |event| with_viewport(&|viewport| viewport.on_wheel(&event))
                on:contextmenu=|event| event.prevent_default()
            ></canvas>
            <Show when=move || failed.get()>
                <p class="viewport__failed" role="alert">{move || i18n.t("sandbox-viewport-failed")}</p>
            </Show>
        </div>
    }
}
