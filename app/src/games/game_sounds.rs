//! The built-in sounds, made by WebAudio from a few notes: no sound files, nothing fetched. The
//! audio starts on the first sound after the student pressed Play (browsers allow sound only after
//! a gesture).

use darbnica_game::Sound;
use web_sys::{AudioContext, OscillatorType};

/// A note: its pitch (Hz) at the start and at the end, when it starts and how long it lasts (s).
struct Note {
    from_hz: f32,
    to_hz: f32,
    at: f64,
    length: f64,
    wave: OscillatorType,
}

const fn note(from_hz: f32, to_hz: f32, at: f64, length: f64, wave: OscillatorType) -> Note {
    Note {
        from_hz,
        to_hz,
        at,
        length,
        wave,
    }
}

fn notes(sound: Sound) -> Vec<Note> {
    use OscillatorType::{Sawtooth, Sine, Square, Triangle};
    match sound {
        Sound::Coin => vec![
            note(988.0, 988.0, 0.0, 0.08, Square),
            note(1319.0, 1319.0, 0.08, 0.2, Square),
        ],
        Sound::Jump => vec![note(300.0, 700.0, 0.0, 0.18, Triangle)],
        Sound::Hit => vec![note(160.0, 60.0, 0.0, 0.22, Sawtooth)],
        Sound::Win => [523.0, 659.0, 784.0, 1047.0]
            .iter()
            .enumerate()
            .map(|(index, hz)| note(*hz, *hz, index as f64 * 0.11, 0.16, Square))
            .collect(),
        Sound::Lose => [392.0, 330.0, 262.0]
            .iter()
            .enumerate()
            .map(|(index, hz)| note(*hz, *hz * 0.97, index as f64 * 0.16, 0.22, Triangle))
            .collect(),
        Sound::Click => vec![note(900.0, 900.0, 0.0, 0.04, Sine)],
    }
}

#[derive(Default)]
pub struct GameSounds {
    context: Option<AudioContext>,
}

impl GameSounds {
    pub fn play(&mut self, sound: Sound) {
        if self.context.is_none() {
            self.context = AudioContext::new().ok();
        }
        let Some(context) = &self.context else {
            return;
        };
        let start = context.current_time();
        for note in notes(sound) {
            // A sound that cannot be made is left out: the game goes on without it.
            let _ = play_note(context, &note, start);
        }
    }
}

fn play_note(context: &AudioContext, note: &Note, start: f64) -> Result<(), wasm_bindgen::JsValue> {
    let at = start + note.at;
    let end = at + note.length;
    let oscillator = context.create_oscillator()?;
    oscillator.set_type(note.wave);
    oscillator.frequency().set_value_at_time(note.from_hz, at)?;
    oscillator
        .frequency()
        .linear_ramp_to_value_at_time(note.to_hz, end)?;
    let gain = context.create_gain()?;
    gain.gain().set_value_at_time(0.12, at)?;
    gain.gain().exponential_ramp_to_value_at_time(0.001, end)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&context.destination())?;
    oscillator.start_with_when(at)?;
    oscillator.stop_with_when(end)?;
    Ok(())
}
