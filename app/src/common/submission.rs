//! A form's way to the server: its own checks first, then one request at a time, with the button
//! held while it is on its way and what went wrong said under the form. Every form sends through
//! this, so a check that fails, a server that refuses and a network that is gone read alike.

use std::future::Future;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::accounts::validation::Problem;
use crate::shell::api::{Action, ApiError};

#[derive(Debug, Clone, Copy)]
pub struct Submission {
    /// The Fluent key of what went wrong, for a [`FormError`](crate::common::form_error::FormError).
    pub error: RwSignal<Option<&'static str>>,
    /// True while a request is on its way: the form's buttons are disabled.
    pub busy: RwSignal<bool>,
}

impl Submission {
    pub fn new() -> Submission {
        Submission {
            error: RwSignal::new(None),
            busy: RwSignal::new(false),
        }
    }

    /// The form's own checks: `None` with the problem shown when something will not do, otherwise
    /// the checked value with the last error cleared.
    pub fn check<T>(self, checked: Result<T, Problem>) -> Option<T> {
        match checked {
            Ok(value) => {
                self.error.set(None);
                Some(value)
            }
            Err(problem) => {
                self.fail(problem.message_key());
                None
            }
        }
    }

    /// The form's `submit` handler: the page stays, `check` looks at what was typed, and what it
    /// gives goes to `send`; or the problem it found is shown and nothing is sent.
    pub fn on_submit<T>(
        self,
        check: impl Fn() -> Result<T, Problem> + Clone + 'static,
        send: impl Fn(T) + Clone + 'static,
    ) -> impl Fn(SubmitEvent) + Clone + 'static {
        move |event: SubmitEvent| {
            event.prevent_default();
            if let Some(checked) = self.check(check()) {
                send(checked);
            }
        }
    }

    /// Shows what went wrong.
    pub fn fail(self, message_key: &'static str) {
        self.error.set(Some(message_key));
    }

    /// Sends a request: busy until it is answered, then `done` with the answer, or the server's
    /// refusal worded for what the user was doing.
    pub fn send<T: 'static>(
        self,
        action: Action,
        request: impl Future<Output = Result<T, ApiError>> + 'static,
        done: impl FnOnce(T) + 'static,
    ) {
        self.error.set(None);
        self.busy.set(true);
        spawn_local(async move {
            let result = request.await;
            self.busy.set(false);
            match result {
                Ok(answer) => done(answer),
                Err(failure) => self.fail(failure.message_key_for(action)),
            }
        });
    }

    /// For a button's `disabled`.
    pub fn is_busy(self) -> bool {
        self.busy.get()
    }
}

impl Default for Submission {
    fn default() -> Submission {
        Submission::new()
    }
}
