//! What the sync does next, as plain data: whether a sync starts or waits for the one under way,
//! what each answer of the server means for the batch sent, how big the next batch is, and how long
//! to wait before trying again. `sync.rs` does the talking; this decides, and is unit tested.

use darbnica_api::ErrorCode;
use darbnica_api::classes::MAX_SYNC_BATCH;

use crate::shell::api::ApiError;

/// The first wait after a failed sync (milliseconds); it doubles each time, up to the last.
pub const FIRST_RETRY_MS: u32 = 2_000;
pub const LAST_RETRY_MS: u32 = 60_000;

/// What an answer to a batch means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// 200: the batch is stored; only now does it leave the outbox.
    Stored,
    /// The session is gone: the attempts wait for the next sign-in.
    SignedOut,
    /// The server refused the batch as malformed (a bug): it must not block every later attempt.
    Refused,
    /// Not now (no connection, the server busy or over a limit): try again later.
    Later { offline: bool },
}

impl Answer {
    pub fn of(result: &Result<(), ApiError>, online: bool) -> Answer {
        match result {
            Ok(()) => Answer::Stored,
            Err(ApiError::Server {
                code: ErrorCode::NotSignedIn,
                ..
            }) => Answer::SignedOut,
            Err(ApiError::Server { status, code })
                if (400..500).contains(status)
                    && !matches!(
                        code,
                        ErrorCode::TooManyRequests
                            | ErrorCode::RateLimited
                            | ErrorCode::StorageFull
                    ) =>
            {
                Answer::Refused
            }
            Err(error) => Answer::Later {
                offline: *error == ApiError::Unreachable || !online,
            },
        }
    }
}

/// What to do after an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Take the batch out of the outbox and send the next.
    RemoveAndGoOn,
    /// Send again in smaller batches, to find the one attempt the server refuses.
    Narrow,
    /// The one refused attempt: take it out (and log it), then go on.
    DropAndGoOn,
    /// Stop; the account is signed out here.
    SignOut,
    /// Stop; try again after this many milliseconds (`None`: a retry is already on its way).
    RetryAfter(Option<u32>),
}

#[derive(Debug)]
pub struct SyncPolicy {
    running: bool,
    again: bool,
    retry_ms: u32,
    retry_scheduled: bool,
    batch_size: usize,
}

impl Default for SyncPolicy {
    fn default() -> SyncPolicy {
        SyncPolicy {
            running: false,
            again: false,
            retry_ms: FIRST_RETRY_MS,
            retry_scheduled: false,
            batch_size: MAX_SYNC_BATCH,
        }
    }
}

impl SyncPolicy {
    /// A sync is asked for: true when it may start now; false when one is under way (it goes
    /// again when it ends).
    pub fn request(&mut self) -> bool {
        if self.running {
            self.again = true;
            return false;
        }
        self.running = true;
        true
    }

    /// The sync under way ended: true when another was asked for meanwhile (it starts now).
    pub fn finished(&mut self) -> bool {
        self.batch_size = MAX_SYNC_BATCH;
        if std::mem::take(&mut self.again) {
            return true;
        }
        self.running = false;
        false
    }

    /// How many attempts the next batch may hold.
    pub fn batch_size(&self) -> usize {
        self.batch_size
    }

    /// The server answered a batch of `batch_len` attempts.
    pub fn answered(&mut self, answer: Answer, batch_len: usize) -> Step {
        match answer {
            Answer::Stored => {
                self.retry_ms = FIRST_RETRY_MS;
                Step::RemoveAndGoOn
            }
            Answer::SignedOut => Step::SignOut,
            // The server takes a batch whole or not at all: one at a time finds the refused one.
            Answer::Refused if batch_len > 1 => {
                self.batch_size = 1;
                Step::Narrow
            }
            Answer::Refused => {
                self.batch_size = MAX_SYNC_BATCH;
                Step::DropAndGoOn
            }
            Answer::Later { .. } if self.retry_scheduled => Step::RetryAfter(None),
            Answer::Later { .. } => {
                self.retry_scheduled = true;
                let wait = self.retry_ms;
                self.retry_ms = wait.saturating_mul(2).min(LAST_RETRY_MS);
                Step::RetryAfter(Some(wait))
            }
        }
    }

    /// The scheduled retry is due.
    pub fn retry_due(&mut self) {
        self.retry_scheduled = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(status: u16, code: ErrorCode) -> Result<(), ApiError> {
        Err(ApiError::Server { status, code })
    }

    #[test]
    fn answers_mean_what_the_sync_does() {
        assert_eq!(Answer::of(&Ok(()), true), Answer::Stored);
        assert_eq!(
            Answer::of(&server(401, ErrorCode::NotSignedIn), true),
            Answer::SignedOut
        );
        assert_eq!(
            Answer::of(&server(400, ErrorCode::BadRequest), true),
            Answer::Refused
        );
        assert_eq!(
            Answer::of(&server(413, ErrorCode::PayloadTooLarge), true),
            Answer::Refused
        );
        for code in [
            ErrorCode::RateLimited,
            ErrorCode::TooManyRequests,
            ErrorCode::StorageFull,
        ] {
            assert_eq!(
                Answer::of(&server(429, code), true),
                Answer::Later { offline: false }
            );
        }
        assert_eq!(
            Answer::of(&server(503, ErrorCode::ServiceUnavailable), true),
            Answer::Later { offline: false }
        );
        assert_eq!(
            Answer::of(&Err(ApiError::Unreachable), true),
            Answer::Later { offline: true }
        );
        assert_eq!(
            Answer::of(&Err(ApiError::BadResponse), false),
            Answer::Later { offline: true }
        );
    }

    #[test]
    fn a_sync_asked_for_during_another_runs_once_after_it() {
        let mut policy = SyncPolicy::default();
        assert!(policy.request());
        assert!(!policy.request());
        assert!(!policy.request());
        assert!(policy.finished(), "one more, for the requests meanwhile");
        assert!(!policy.finished());
        assert!(policy.request());
    }

    #[test]
    fn a_refused_batch_is_narrowed_to_the_one_attempt_and_only_that_is_dropped() {
        let mut policy = SyncPolicy::default();
        assert_eq!(policy.batch_size(), MAX_SYNC_BATCH);
        assert_eq!(policy.answered(Answer::Refused, 40), Step::Narrow);
        assert_eq!(policy.batch_size(), 1);
        assert_eq!(policy.answered(Answer::Stored, 1), Step::RemoveAndGoOn);
        assert_eq!(policy.answered(Answer::Refused, 1), Step::DropAndGoOn);
        assert_eq!(policy.batch_size(), MAX_SYNC_BATCH);
    }

    #[test]
    fn failures_back_off_to_a_minute_and_a_success_starts_again() {
        let mut policy = SyncPolicy::default();
        let later = Answer::Later { offline: true };
        let mut waits = Vec::new();
        for _ in 0..7 {
            match policy.answered(later, 5) {
                Step::RetryAfter(Some(wait)) => waits.push(wait),
                other => panic!("{other:?}"),
            }
            // While one retry waits, no second is scheduled.
            assert_eq!(policy.answered(later, 5), Step::RetryAfter(None));
            policy.retry_due();
        }
        assert_eq!(waits, [2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
        assert_eq!(policy.answered(Answer::Stored, 5), Step::RemoveAndGoOn);
        assert_eq!(
            policy.answered(later, 5),
            Step::RetryAfter(Some(FIRST_RETRY_MS))
        );
    }

    #[test]
    fn signed_out_stops_the_sync() {
        let mut policy = SyncPolicy::default();
        assert_eq!(policy.answered(Answer::SignedOut, 3), Step::SignOut);
    }
}
