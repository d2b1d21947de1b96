//! One place on a page where a program runs: its output, how it ended, what its checks found, and
//! `input()`. Both the Playground and the exercise page run code through a [`RunSession`].
//!
//! `input()`: when the program asks for a line and none is left, the run ends; the session takes
//! the next of the exercise's example lines or asks the student, then runs the program again from
//! the start with every line so far and the same random seed, showing only what is new. This works
//! in every browser, with no shared memory between the page and the worker.

use std::cell::Cell;
use std::rc::Rc;

use darbnica_api::python::{CheckReport, RunOutcome, RunRequest, Stream};
use leptos::prelude::*;

use crate::running::run_output::OutputPiece;
use crate::running::runner::{ModelResult, PageOutcome, PythonRunner, RunEvent, RunnerState};

/// How a run ended, with its checks' report when it had checks and got to them.
#[derive(Debug, Clone, PartialEq)]
pub struct Finished {
    pub outcome: PageOutcome,
    pub report: Option<CheckReport>,
    /// What a modelling script made.
    pub model: Option<ModelResult>,
}

#[derive(Clone, Copy)]
pub struct RunSession {
    runner: PythonRunner,
    pub output: RwSignal<Vec<OutputPiece>>,
    pub finished: RwSignal<Option<Finished>>,
    pub awaiting_input: RwSignal<bool>,
    pub error_line: RwSignal<Option<u32>>,
    /// The run in progress, across replays for `input()`: the request (with every line so far),
    /// the example lines not used yet, and how many characters of output are already shown.
    request: StoredValue<Option<RunRequest>>,
    example_input: StoredValue<Vec<String>>,
    shown_chars: StoredValue<usize>,
    arriving: StoredValue<Vec<OutputPiece>>,
    flush_scheduled: StoredValue<bool>,
    on_finished: StoredValue<Option<Callback<Finished>>>,
    /// The runner's id of the last run started: a game it set up is played by that id.
    run_id: StoredValue<Option<u32>>,
}

impl RunSession {
    /// A session for the page being built; a run still going when the page goes is dropped.
    pub fn new(runner: PythonRunner) -> RunSession {
        let session = RunSession {
            runner,
            output: RwSignal::new(Vec::new()),
            finished: RwSignal::new(None),
            awaiting_input: RwSignal::new(false),
            error_line: RwSignal::new(None),
            request: StoredValue::new(None),
            example_input: StoredValue::new(Vec::new()),
            shown_chars: StoredValue::new(0),
            arriving: StoredValue::new(Vec::new()),
            flush_scheduled: StoredValue::new(false),
            on_finished: StoredValue::new(None),
            run_id: StoredValue::new(None),
        };
        on_cleanup(move || {
            let waiting = session.request.try_with_value(Option::is_some) == Some(true)
                && session.finished.try_with_untracked(Option::is_none) == Some(true);
            if waiting {
                runner.abandon();
            }
        });
        session
    }

    /// Called once each run ends for good (not when it pauses for input).
    pub fn on_finished(self, callback: Callback<Finished>) {
        self.on_finished.set_value(Some(callback));
    }

    /// Starts `request` afresh. `example_input` answers `input()` first, shown as if typed.
    pub fn run(self, mut request: RunRequest, example_input: Vec<String>) {
        request.stdin.clear();
        // A seed the caller chose (the sandbox: a model looks the same every run) is kept.
        request.seed.get_or_insert_with(random_seed);
        self.request.set_value(Some(request));
        self.example_input.set_value(example_input);
        self.shown_chars.set_value(0);
        self.arriving.set_value(Vec::new());
        self.output.set(Vec::new());
        self.finished.set(None);
        self.awaiting_input.set(false);
        self.error_line.set(None);
        self.start();
    }

    /// Sends a line the student typed for `input()`.
    pub fn answer(self, line: String) {
        self.awaiting_input.set(false);
        self.output
            .update(|pieces| push_piece(pieces, OutputPiece::Input(format!("{line}\n"))));
        self.request.update_value(|request| {
            if let Some(request) = request {
                request.stdin.push(line);
            }
        });
        self.start();
    }

    /// Stops the run under way; or, when the program waits for an `input()` line (no run is in
    /// flight then), ends it there as stopped.
    pub fn stop(self) {
        if self.awaiting_input.get_untracked() && self.finished.with_untracked(Option::is_none) {
            self.awaiting_input.set(false);
            self.finish(Finished {
                outcome: PageOutcome::Stopped,
                report: None,
                model: None,
            });
            return;
        }
        self.runner.stop();
    }

    /// True while Stop has something to stop: a run under way, or a program waiting for input.
    pub fn stoppable(self) -> bool {
        self.running() || (self.awaiting_input.get() && self.finished.with(Option::is_none))
    }

    /// True while a run is under way (also while the runtime loads for it).
    pub fn running(self) -> bool {
        matches!(
            self.runner.state.get(),
            RunnerState::Running | RunnerState::Downloading { .. } | RunnerState::Starting
        ) && self.finished.with(Option::is_none)
            && !self.awaiting_input.get()
            && self.request.with_value(Option::is_some)
    }

    /// The runner's id of the last run started (for the game it set up).
    pub fn run_id(self) -> Option<u32> {
        self.run_id.get_value()
    }

    /// The game the run set up ended while it was played: shown as the run's end (an error at
    /// its line, a frame past its time limit).
    pub fn game_ended(self, outcome: PageOutcome) {
        if let PageOutcome::Runtime(RunOutcome::Error(error)) = &outcome {
            self.error_line.set(error.line);
        }
        // The program itself finished long ago: it is a frame that took too long.
        let outcome = match outcome {
            PageOutcome::Runtime(RunOutcome::TimeLimit { limit_ms }) => {
                PageOutcome::FrameTimeLimit { limit_ms }
            }
            outcome => outcome,
        };
        self.finished.set(Some(Finished {
            outcome,
            report: None,
            model: None,
        }));
    }

    /// Clears the error highlight (the code changed).
    pub fn code_changed(self) {
        self.error_line.set(None);
    }

    fn start(self) {
        let Some(request) = self.request.get_value() else {
            return;
        };
        let skip = Rc::new(Cell::new(self.shown_chars.get_value()));
        let id = self.runner.run(request, move |event| match event {
            RunEvent::Output { stream, text } => {
                let new_text = skip_chars(&text, &skip);
                if !new_text.is_empty() {
                    self.shown_chars
                        .update_value(|shown| *shown += new_text.chars().count());
                    self.arriving.update_value(|pieces| {
                        push_piece(pieces, OutputPiece::from_stream(stream, new_text))
                    });
                    self.schedule_flush();
                }
            }
            RunEvent::Done(outcome, report, model) => {
                self.flush_output();
                if outcome == PageOutcome::Runtime(RunOutcome::NoInput) {
                    let next = self
                        .example_input
                        .try_update_value(|lines| (!lines.is_empty()).then(|| lines.remove(0)));
                    match next.flatten() {
                        Some(line) => self.answer(line),
                        None => self.awaiting_input.set(true),
                    }
                    return;
                }
                if let PageOutcome::Runtime(RunOutcome::Error(error)) = &outcome {
                    self.error_line.set(error.line);
                }
                self.finish(Finished {
                    outcome,
                    report,
                    model,
                });
            }
        });
        self.run_id.set_value(Some(id));
    }

    /// The run has ended for good: shown, and told to the page.
    fn finish(self, finished: Finished) {
        self.finished.set(Some(finished.clone()));
        if let Some(callback) = self.on_finished.get_value() {
            callback.run(finished);
        }
    }

    /// Output as it arrives is shown once a frame: a program printing thousands of lines costs one
    /// repaint a frame, not one a line.
    fn schedule_flush(self) {
        if !self.flush_scheduled.get_value() {
            self.flush_scheduled.set_value(true);
            set_timeout(
                move || self.flush_output(),
                std::time::Duration::from_millis(16),
            );
        }
    }

    fn flush_output(self) {
        self.flush_scheduled.set_value(false);
        let pieces = std::mem::take(&mut *self.arriving.write_value());
        if !pieces.is_empty() {
            self.output.update(|shown| {
                pieces
                    .into_iter()
                    .for_each(|piece| push_piece(shown, piece))
            });
        }
    }
}

/// The part of `text` past the first `skip` characters, counting them off `skip`.
fn skip_chars(text: &str, skip: &Cell<usize>) -> String {
    let count = text.chars().count();
    let skipped = skip.get().min(count);
    skip.set(skip.get() - skipped);
    text.chars().skip(skipped).collect()
}

fn push_piece(pieces: &mut Vec<OutputPiece>, piece: OutputPiece) {
    match (pieces.last_mut(), piece) {
        (Some(OutputPiece::Stdout(last)), OutputPiece::Stdout(text)) => last.push_str(&text),
        (Some(OutputPiece::Stderr(last)), OutputPiece::Stderr(text)) => last.push_str(&text),
        (_, piece) => pieces.push(piece),
    }
}

fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64
}

impl OutputPiece {
    fn from_stream(stream: Stream, text: String) -> OutputPiece {
        match stream {
            Stream::Stdout => OutputPiece::Stdout(text),
            Stream::Stderr => OutputPiece::Stderr(text),
        }
    }
}
