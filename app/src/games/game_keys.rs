//! The keys of a game: which are down, and which went down since the last frame took them. Plain
//! data, unit tested; the page feeds it keyboard and touch events, the game loop takes a frame's
//! worth.

use std::collections::BTreeSet;

use darbnica_game::normalize_key;

#[derive(Debug, Default, Clone, PartialEq)]
pub struct GameKeys {
    held: BTreeSet<String>,
    pressed: Vec<String>,
    /// Pressed and let go again before a frame took them: held for that one frame, so that a quick
    /// tap is never lost.
    tapped: BTreeSet<String>,
}

impl GameKeys {
    /// A key went down, by the page's name for it (`ArrowLeft`, `KeyA`, ` `); a repeat while it is
    /// held is not a new press. True when the game uses the key: the page then keeps the browser
    /// from scrolling with it.
    pub fn down(&mut self, key: &str) -> bool {
        let Some(key) = normalize_key(key) else {
            return false;
        };
        if self.held.insert(key.clone()) {
            self.pressed.push(key);
        }
        true
    }

    /// A key went down since the last frame was taken.
    pub fn has_new_press(&self) -> bool {
        !self.pressed.is_empty()
    }

    pub fn up(&mut self, key: &str) {
        let Some(key) = normalize_key(key) else {
            return;
        };
        if self.held.remove(&key) && self.pressed.contains(&key) {
            self.tapped.insert(key);
        }
    }

    /// Every key up: the game lost the focus, and a key let go elsewhere never comes back up here.
    pub fn release_all(&mut self) {
        self.held.clear();
    }

    /// For the next frame: the keys held (with the ones tapped since the last frame) and the
    /// presses, in order.
    pub fn take_frame(&mut self) -> (Vec<String>, Vec<String>) {
        let held = self
            .held
            .iter()
            .chain(&self.tapped)
            .cloned()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        self.tapped.clear();
        (held, std::mem::take(&mut self.pressed))
    }
}

/// The time step of each frame, from the animation frames' timestamps (milliseconds): the time
/// since the last frame sent, at most a tenth of a second (a tab in the background, a debugger).
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct FrameClock {
    last: Option<f64>,
}

impl FrameClock {
    pub const FIRST_STEP: f32 = 1.0 / 60.0;

    pub fn step(&mut self, now_ms: f64) -> f32 {
        let step = match self.last {
            Some(last) if now_ms > last => ((now_ms - last) / 1000.0).min(0.1) as f32,
            Some(_) => 0.0,
            None => Self::FIRST_STEP,
        };
        self.last = Some(now_ms);
        step
    }

    /// Paused: the next frame after this starts with a normal step, not the pause's length.
    pub fn pause(&mut self) {
        self.last = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_held_is_pressed_once_however_often_it_repeats() {
        let mut keys = GameKeys::default();
        assert!(!keys.has_new_press());
        assert!(keys.down("ArrowRight"));
        assert!(keys.down("ArrowRight"));
        assert!(keys.has_new_press());
        assert_eq!(
            keys.take_frame(),
            (vec!["right".into()], vec!["right".into()])
        );
        assert!(keys.down("ArrowRight"));
        // A repeat is no new press: it hurries no frame.
        assert!(!keys.has_new_press());
        assert_eq!(keys.take_frame(), (vec!["right".into()], vec![]));
        keys.up("ArrowRight");
        assert_eq!(keys.take_frame(), (vec![], vec![]));
    }

    #[test]
    fn a_quick_tap_between_two_frames_is_held_for_one_frame() {
        let mut keys = GameKeys::default();
        keys.down(" ");
        keys.up(" ");
        assert_eq!(
            keys.take_frame(),
            (vec!["space".into()], vec!["space".into()])
        );
        assert_eq!(keys.take_frame(), (vec![], vec![]));
    }

    #[test]
    fn keys_a_game_cannot_use_are_left_to_the_browser() {
        let mut keys = GameKeys::default();
        assert!(!keys.down("Tab"));
        assert!(!keys.down("F5"));
        assert!(keys.down("KeyW"));
        assert_eq!(keys.take_frame().0, vec!["w".to_owned()]);
    }

    #[test]
    fn losing_the_focus_lets_every_key_go() {
        let mut keys = GameKeys::default();
        keys.down("ArrowLeft");
        keys.take_frame();
        keys.release_all();
        assert_eq!(keys.take_frame(), (vec![], vec![]));
    }

    #[test]
    fn the_step_is_the_time_between_frames_at_most_a_tenth_of_a_second() {
        let mut clock = FrameClock::default();
        assert_eq!(clock.step(1000.0), FrameClock::FIRST_STEP);
        assert!((clock.step(1016.0) - 0.016).abs() < 1e-6);
        assert_eq!(clock.step(9000.0), 0.1);
        assert_eq!(clock.step(8000.0), 0.0, "a clock that went back is no time");
        clock.pause();
        assert_eq!(clock.step(20_000.0), FrameClock::FIRST_STEP);
    }
}
