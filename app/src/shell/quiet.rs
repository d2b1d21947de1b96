//! Work that can wait, done when the page is quiet: loaded, its start-up done, and the browser
//! idle for a while. Making the code editor where the server's copy shows the code as text,
//! building a model its thumbnail already shows, copying the app for offline use: each waits
//! for quiet, one at a time, in the order of [`Later`] (what the student sees first), so that
//! none competes with the first page's start-up on a slow phone, nor with the others.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast as _;
use wasm_bindgen::prelude::*;

/// Idle periods in a row that make the page quiet: its start-up, or the last work done here, is
/// over by then (a long task leaves no idle period, and steps that follow each other through
/// the task queue leave none between them).
const QUIET_PERIODS: u32 = 3;
/// An idle period at least this long (ms) counts towards quiet. Not the longest the browser
/// grants (50 ms, when it has no frame to draw): a page that draws frames (a spinner, a playing
/// game, a browser recording its screen) has shorter ones between them, and is quiet too.
const QUIET_PERIOD_MS: f64 = 8.0;
/// After this long (ms) without quiet, the next work is done anyway: a busy or slow device must
/// not wait for ever for its editor or its model.
const LONGEST_WAIT_MS: f64 = 2_000.0;

/// What waits for quiet, first first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Later {
    /// The code editor, and the highlighting of code in texts.
    Editor,
    /// A model the page already shows as a picture.
    Model,
    /// The service worker and its copy of the app.
    OfflineCopy,
}

struct Waiting {
    order: Later,
    /// Not yet, even when quiet (something large of the page's own is still coming).
    busy: Box<dyn Fn() -> bool>,
    then: Box<dyn FnOnce()>,
}

#[derive(Default)]
struct Queue {
    waiting: Vec<Waiting>,
    /// Idle callbacks are being asked for.
    watching: bool,
    loaded: bool,
    quiet: u32,
    /// When the next work began to wait (ms since the page's time origin).
    since: Option<f64>,
}

thread_local! {
    static QUEUE: RefCell<Queue> = RefCell::default();
}

/// Runs `then` once the page has loaded and is quiet, after the work of an earlier [`Later`]
/// and while `busy` is false: [`QUIET_PERIODS`] idle periods in a row of at least
/// [`QUIET_PERIOD_MS`] (or [`LONGEST_WAIT_MS`] after it began to wait; after load where the
/// browser has no idle callbacks).
pub fn when_quiet(order: Later, busy: impl Fn() -> bool + 'static, then: impl FnOnce() + 'static) {
    QUEUE.with_borrow_mut(|queue| {
        queue.waiting.push(Waiting {
            order,
            busy: Box::new(busy),
            then: Box::new(then),
        });
    });
    let loaded = QUEUE.with_borrow(|queue| queue.loaded);
    if loaded || document().ready_state() == "complete" {
        QUEUE.with_borrow_mut(|queue| queue.loaded = true);
        watch();
    } else {
        let _ = window_event_listener(leptos::ev::load, move |_| {
            QUEUE.with_borrow_mut(|queue| queue.loaded = true);
            watch();
        });
    }
}

/// Asks for idle callbacks, unless it is already asking.
fn watch() {
    if QUEUE.with_borrow_mut(|queue| std::mem::replace(&mut queue.watching, true)) {
        return;
    }
    ask_for_idle();
}

fn ask_for_idle() {
    let callback = Closure::once_into_js(move |deadline: web_sys::IdleDeadline| {
        on_idle(Some(if deadline.did_timeout() {
            0.0
        } else {
            deadline.time_remaining()
        }));
    });
    // Called without an idle period, too, when none comes for this long.
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(LONGEST_WAIT_MS as u32);
    if window()
        .request_idle_callback_with_options(callback.unchecked_ref(), &options)
        .is_err()
    {
        // No idle callbacks (Safari): after load, one task after another, is good enough.
        let callback = Closure::once_into_js(move || on_idle(None));
        let _ = window().set_timeout_with_callback(callback.unchecked_ref());
    }
}

/// One idle period (`None`: a browser without them) of `remaining` ms.
fn on_idle(remaining: Option<f64>) {
    // The first in order that is not busy, if the page is quiet for it.
    let next = QUEUE.with_borrow_mut(|queue| {
        let now = crate::shell::timing::now();
        let since = *queue.since.get_or_insert(now);
        queue.waiting.sort_by_key(|waiting| waiting.order);
        let ready = queue.waiting.iter().position(|waiting| !(waiting.busy)());
        let long_enough = remaining.is_none_or(|remaining| remaining >= QUIET_PERIOD_MS);
        queue.quiet = if ready.is_some() && long_enough {
            queue.quiet + 1
        } else {
            0
        };
        let due =
            queue.quiet >= QUIET_PERIODS || remaining.is_none() || now - since >= LONGEST_WAIT_MS;
        let next = ready
            .filter(|_| due)
            .map(|index| queue.waiting.remove(index));
        if next.is_some() {
            queue.quiet = 0;
            queue.since = None;
        }
        next
    });
    if let Some(next) = next {
        crate::shell::timing::mark("darbnica-quiet");
        (next.then)();
    }
    // What `then` asked for is in the queue by now, and found it watched.
    let more = QUEUE.with_borrow_mut(|queue| {
        queue.watching = !queue.waiting.is_empty();
        queue.watching
    });
    if more {
        ask_for_idle();
    }
}
