//! The game loop on the page: at each animation frame, when the last frame has come back and the
//! game is not paused, it sends the worker a frame (the time step and the keys); what comes back
//! is drawn, its texts shown and its sounds played. Never more than one frame in flight: a slow
//! `update()` drops frames, it never builds a backlog. Pause, one step at a time, and the
//! inspector's list of entities.

use std::cell::RefCell;
use std::rc::Rc;

use darbnica_game::{EntityState, FrameChanges, TextState};
use leptos::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::games::game_keys::{FrameClock, GameKeys};
use crate::games::game_scene::GameScene;
use crate::games::game_sounds::GameSounds;
use crate::running::runner::{FrameResult, PageOutcome, PythonRunner};

/// How often (in frames) the inspector's list follows a running game; a paused one is shown at
/// once.
const INSPECTOR_EVERY: u32 = 15;

struct Loop {
    runner: PythonRunner,
    game: Option<u32>,
    /// Where the game is drawn; the scene on it is made when the first game starts (a page that
    /// opens a game does no WebGL work until Play).
    canvas: Option<HtmlCanvasElement>,
    scene: Option<GameScene>,
    keys: GameKeys,
    clock: FrameClock,
    in_flight: bool,
    step_once: bool,
    sounds: GameSounds,
    ticking: bool,
    on_ended: Option<Callback<PageOutcome>>,
    /// When a key went down that no frame has carried yet, and when the frame in flight carries
    /// one: for the input-to-screen measure of `cargo xtask bench game`.
    key_at: Option<f64>,
    in_flight_key_at: Option<f64>,
    /// When the last frame was drawn.
    drawn_at: Option<f64>,
}

#[derive(Clone, Copy)]
pub struct GamePlayer {
    inner: StoredValue<Rc<RefCell<Loop>>, LocalStorage>,
    /// A game is being played (it may be paused).
    pub playing: RwSignal<bool>,
    pub paused: RwSignal<bool>,
    /// Frames played so far.
    pub frame: RwSignal<u32>,
    pub texts: RwSignal<Vec<TextState>>,
    pub entities: RwSignal<Vec<EntityState>>,
    pub muted: RwSignal<bool>,
    /// The canvas could not draw (no WebGL2).
    pub failed: RwSignal<bool>,
}

impl GamePlayer {
    pub fn new(runner: PythonRunner) -> GamePlayer {
        let player = GamePlayer {
            inner: StoredValue::new_local(Rc::new(RefCell::new(Loop {
                runner,
                game: None,
                canvas: None,
                scene: None,
                keys: GameKeys::default(),
                clock: FrameClock::default(),
                in_flight: false,
                step_once: false,
                sounds: GameSounds::default(),
                ticking: false,
                on_ended: None,
                key_at: None,
                in_flight_key_at: None,
                drawn_at: None,
            }))),
            playing: RwSignal::new(false),
            paused: RwSignal::new(false),
            frame: RwSignal::new(0),
            texts: RwSignal::new(Vec::new()),
            entities: RwSignal::new(Vec::new()),
            muted: RwSignal::new(false),
            failed: RwSignal::new(false),
        };
        on_cleanup(move || {
            if let Some(inner) = player.inner.try_get_value() {
                inner.borrow_mut().game = None;
            }
        });
        player
    }

    fn inner(self) -> Rc<RefCell<Loop>> {
        self.inner.get_value()
    }

    /// Called when the game ends by itself (an error, a frame too long) or is stopped.
    pub fn on_ended(self, callback: Callback<PageOutcome>) {
        self.inner().borrow_mut().on_ended = Some(callback);
    }

    /// Draws on `canvas` from the first game on.
    pub fn attach(self, canvas: HtmlCanvasElement) {
        self.inner().borrow_mut().canvas = Some(canvas);
    }

    /// Makes the scene on the canvas, once.
    fn ensure_scene(self) {
        let inner = self.inner();
        let mut inner = inner.borrow_mut();
        if inner.scene.is_some() || self.failed.get_untracked() {
            return;
        }
        let Some(canvas) = inner.canvas.clone() else {
            return;
        };
        match GameScene::new(canvas) {
            Ok(scene) => inner.scene = Some(scene),
            Err(error) => {
                drop(inner);
                leptos::logging::warn!("the game cannot be drawn: {error}");
                self.failed.set(true);
            }
        }
    }

    /// Starts playing the game run `game` set up.
    pub fn start(self, game: u32) {
        self.ensure_scene();
        {
            let inner = self.inner();
            let mut inner = inner.borrow_mut();
            inner.game = Some(game);
            inner.keys = GameKeys::default();
            inner.clock = FrameClock::default();
            inner.in_flight = false;
            inner.step_once = false;
            if let Some(scene) = &mut inner.scene {
                scene.clear();
            }
        }
        self.frame.set(0);
        self.texts.set(Vec::new());
        self.entities.set(Vec::new());
        self.paused.set(false);
        self.playing.set(true);
        self.ensure_ticking();
    }

    /// Stops playing (the game stays on the screen as it was).
    pub fn stop(self) {
        self.inner().borrow_mut().game = None;
        self.playing.set(false);
    }

    pub fn pause(self) {
        self.inner().borrow_mut().clock.pause();
        self.paused.set(true);
        self.show_entities();
    }

    pub fn resume(self) {
        self.paused.set(false);
    }

    /// One frame (of a sixtieth of a second), then paused again.
    pub fn step(self) {
        self.paused.set(true);
        self.inner().borrow_mut().step_once = true;
    }

    /// A key went down; true when the game uses it. A frame that carries it goes at once when
    /// none is in flight (else as soon as the one in flight is drawn), not at the next animation
    /// frame: the press shows up to a display frame sooner.
    pub fn key_down(self, key: &str) -> bool {
        let inner = self.inner();
        let (used, fresh) = {
            let mut state = inner.borrow_mut();
            let used = state.keys.down(key);
            // A key held down repeats its keydown: only the first press hurries a frame.
            let fresh = used && state.keys.has_new_press();
            if fresh {
                state.key_at.get_or_insert_with(crate::shell::timing::now);
            }
            (used, fresh)
        };
        if fresh && self.playing.get_untracked() {
            self.send_frame(&inner);
        }
        used
    }

    pub fn key_up(self, key: &str) {
        self.inner().borrow_mut().keys.up(key);
    }

    pub fn release_keys(self) {
        self.inner().borrow_mut().keys.release_all();
    }

    fn ensure_ticking(self) {
        if !std::mem::replace(&mut self.inner().borrow_mut().ticking, true) {
            request_animation_frame(move || self.tick());
        }
    }

    fn tick(self) {
        let Some(inner) = self.inner.try_get_value() else {
            return;
        };
        let playing = self.playing.get_untracked();
        if !playing {
            inner.borrow_mut().ticking = false;
            return;
        }
        self.send_frame(&inner);
        request_animation_frame(move || self.tick());
    }

    fn send_frame(self, inner: &Rc<RefCell<Loop>>) {
        let paused = self.paused.get_untracked();
        let mut state = inner.borrow_mut();
        let Some(game) = state.game else {
            return;
        };
        if state.in_flight || (paused && !state.step_once) {
            return;
        }
        let now = web_sys::window()
            .and_then(|window| window.performance())
            .map_or(0.0, |performance| performance.now());
        let dt = if state.step_once {
            FrameClock::FIRST_STEP
        } else {
            state.clock.step(now)
        };
        let (held, pressed) = state.keys.take_frame();
        let runner = state.runner;
        // The answer may come only after this borrow ends; `frame` does not call back at once.
        drop(state);
        let sent = runner.frame(game, dt, held, pressed, move |result| {
            self.frame_done(game, result);
        });
        let mut state = inner.borrow_mut();
        if sent {
            state.in_flight = true;
            state.step_once = false;
            state.in_flight_key_at = state.key_at.take();
        }
    }

    fn frame_done(self, game: u32, result: FrameResult) {
        let Some(inner) = self.inner.try_get_value() else {
            return;
        };
        if inner.borrow().game != Some(game) {
            return;
        }
        inner.borrow_mut().in_flight = false;
        match result {
            Ok(changes) => {
                self.draw(&inner, &changes);
                // A key pressed while this frame was on its way goes now.
                if inner.borrow().key_at.is_some() {
                    self.send_frame(&inner);
                }
            }
            Err(outcome) => {
                self.stop();
                self.show_entities();
                let callback = inner.borrow().on_ended;
                if let Some(callback) = callback {
                    callback.run(outcome);
                }
            }
        }
    }

    fn draw(self, inner: &Rc<RefCell<Loop>>, changes: &FrameChanges) {
        {
            let mut state = inner.borrow_mut();
            if let Some(scene) = &mut state.scene {
                scene.apply(changes);
                scene.render(!changes.is_empty());
            }
            if !self.muted.get_untracked() {
                for sound in &changes.sounds {
                    state.sounds.play(*sound);
                }
            }
            // Read by `cargo xtask bench game`.
            let now = crate::shell::timing::now();
            if let Some(key_at) = state.in_flight_key_at.take() {
                crate::shell::timing::measure_between("darbnica-game-input", key_at, now);
            }
            if let Some(drawn_at) = state.drawn_at.replace(now) {
                crate::shell::timing::measure_between("darbnica-game-frame", drawn_at, now);
            }
        }
        if let Some(texts) = &changes.texts {
            self.texts.set(texts.clone());
        }
        self.frame.set(changes.frame);
        if self.paused.get_untracked() || changes.frame % INSPECTOR_EVERY == 1 {
            self.show_entities();
        }
    }

    /// The level as it stands, for saving as a file (`None` before anything was drawn).
    pub fn level_mesh(self) -> Option<std::sync::Arc<crate::running::runner::ModelMesh>> {
        let level = self.inner().borrow().scene.as_ref()?.level_mesh();
        (!level.indices.is_empty()).then(|| std::sync::Arc::new(level))
    }

    fn show_entities(self) {
        let entities = self
            .inner()
            .borrow()
            .scene
            .as_ref()
            .map(|scene| scene.entities().cloned().collect())
            .unwrap_or_default();
        self.entities.set(entities);
    }
}
