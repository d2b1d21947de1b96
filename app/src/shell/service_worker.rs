//! The service worker (`service-worker/service-worker.js`, built into `/sw.js` by `cargo xtask`):
//! registered last of what waits for the page to be quiet (`crate::shell::quiet`), so that
//! copying the app for offline use competes with neither the first page's start-up nor its
//! downloads; asked to keep a copy of the catalogue; and watched for a new version, which waits
//! until the user chooses to reload (`UpdatePrompt`). Builds without a service worker (`cargo
//! xtask dev`) have no `<meta name="darbnica-service-worker">`, and nothing here happens.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// How far this device is from working offline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfflineCopy {
    /// No service worker (yet, or in this build, or this browser has none).
    None,
    /// The app and the catalogue are being copied.
    Preparing,
    /// Everything is kept on this device: every page opens without a connection.
    Ready,
    /// The copy could not be finished (the connection went); tried again on the next visit.
    Failed,
}

#[derive(Debug, Clone, Copy)]
pub struct OfflineSupport {
    pub offline_copy: RwSignal<OfflineCopy>,
    /// A new version is installed and waits for the user to reload.
    pub update_ready: RwSignal<bool>,
    /// Whether the browser says it is connected.
    pub online: RwSignal<bool>,
}

pub fn use_offline_support() -> OfflineSupport {
    expect_context::<OfflineSupport>()
}

impl OfflineSupport {
    pub fn provide() -> OfflineSupport {
        let state = OfflineSupport {
            offline_copy: RwSignal::new(OfflineCopy::None),
            update_ready: RwSignal::new(false),
            online: RwSignal::new(window().navigator().on_line()),
        };
        provide_context(state);
        let _ = window_event_listener(leptos::ev::online, move |_| state.online.set(true));
        let _ = window_event_listener(leptos::ev::offline, move |_| state.online.set(false));
        state
    }

    /// Registers the service worker when the page has loaded and is quiet; `busy` says whether
    /// the page is still fetching something large of its own (the Python runtime): the copy
    /// waits for it, and then takes it from the browser's cache instead of downloading it again.
    pub fn start(self, busy: impl Fn() -> bool + 'static) {
        let Some(script) = meta_content("darbnica-service-worker") else {
            return;
        };
        if !js_sys::Reflect::has(&window().navigator(), &"serviceWorker".into()).unwrap_or(false) {
            return;
        }
        crate::shell::quiet::when_quiet(crate::shell::quiet::Later::OfflineCopy, busy, move || {
            spawn_local(async move {
                if let Err(error) = self.register(&script).await {
                    leptos::logging::warn!("the service worker could not start: {error:?}");
                    self.offline_copy.set(OfflineCopy::Failed);
                }
            });
        });
    }

    /// Installs the waiting version: the service worker takes over, and the page reloads into it.
    pub fn reload_into_update(self) {
        let container = window().navigator().service_worker();
        let reload = Closure::<dyn Fn()>::new(|| {
            let _ = window().location().reload();
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        spawn_local(async move {
            let waiting = JsFuture::from(container.get_registration())
                .await
                .ok()
                .and_then(|registration| registration.dyn_into::<ServiceWorkerRegistration>().ok())
                .and_then(|registration| registration.waiting());
            match waiting {
                Some(waiting) => post(&waiting, "SKIP_WAITING", None),
                // Another tab took the update in already.
                None => {
                    let _ = window().location().reload();
                }
            }
        });
    }

    async fn register(self, script: &str) -> Result<(), JsValue> {
        let container = window().navigator().service_worker();
        // A page that a service worker already looks after has had a version before: a new one
        // is an update. On the first visit, the first version is simply installed.
        let updating = Rc::new(Cell::new(container.controller().is_some()));
        let registration: ServiceWorkerRegistration = JsFuture::from(container.register(script))
            .await?
            .dyn_into()?;
        if registration.waiting().is_some() && updating.get() {
            self.update_ready.set(true);
        }
        self.watch_for_updates(container.clone(), &registration, updating);
        self.offline_copy.set(OfflineCopy::Preparing);
        let ready: ServiceWorkerRegistration =
            JsFuture::from(container.ready()?).await?.dyn_into()?;
        let active = ready.active().ok_or("no active service worker")?;
        self.warm(&active);
        Ok(())
    }

    /// Shows the prompt when a new version has installed, and asks for one when the page comes
    /// back into view (a tab left open for days would otherwise never hear of it).
    fn watch_for_updates(
        self,
        container: ServiceWorkerContainer,
        registration: &ServiceWorkerRegistration,
        updating: Rc<Cell<bool>>,
    ) {
        let follow = move |installing: ServiceWorker| {
            let worker = installing.clone();
            let container = container.clone();
            let updating = updating.clone();
            let on_state_change = Closure::<dyn Fn()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed {
                    if updating.get() || container.controller().is_some() {
                        self.update_ready.set(true);
                    }
                    // From now on, a new version is an update.
                    updating.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
            on_state_change.forget();
        };
        // A version may already be installing: the browser looks for one as the page loads.
        if let Some(installing) = registration.installing() {
            follow(installing);
        }
        let watched = registration.clone();
        let on_update_found = Closure::<dyn Fn()>::new(move || {
            if let Some(installing) = watched.installing() {
                follow(installing);
            }
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();
        let checked = registration.clone();
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                let _ = checked.update();
            }
        });
    }

    /// Asks the service worker to copy the catalogue, and shows when it has.
    fn warm(self, worker: &ServiceWorker) {
        let Ok(channel) = web_sys::MessageChannel::new() else {
            return;
        };
        let on_answer =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let answer = js_sys::Reflect::get(&event.data(), &"type".into())
                    .ok()
                    .and_then(|kind| kind.as_string());
                self.offline_copy.set(match answer.as_deref() {
                    Some("OFFLINE_READY") => OfflineCopy::Ready,
                    _ => OfflineCopy::Failed,
                });
            });
        channel
            .port1()
            .set_onmessage(Some(on_answer.as_ref().unchecked_ref()));
        on_answer.forget();
        post(worker, "WARM", Some(&channel.port2()));
    }
}

/// Posts `{type}` to the service worker, with a port to answer on.
fn post(worker: &ServiceWorker, kind: &str, port: Option<&web_sys::MessagePort>) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    let _ = match port {
        Some(port) => worker.post_message_with_transferable(&message, &js_sys::Array::of1(port)),
        None => worker.post_message(&message),
    };
}

/// The `content` of `<meta name="{name}">` in the page.
fn meta_content(name: &str) -> Option<String> {
    document()
        .query_selector(&format!("meta[name={name}]"))
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
}
