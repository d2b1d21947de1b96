//! The time and memory limits for native runs: a thread that watches each run and, once it is
//! over its time or its memory budget, interrupts the interpreter through its signal channel,
//! again and again until the run has ended (a program may catch one interrupt; and the check for
//! signals is shared by every interpreter in the process, so another one may take a single
//! signal's wake-up). In the browser, the page stops the worker instead.
//!
//! An interrupt is seen between two bytecodes. A run stuck inside one native operation never
//! sees it; so that such a run can never hang a content check or CI, the watchdog ends the
//! process, with a message, once a run is [`STUCK_AFTER`] past its time limit.

use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use rustpython_vm::signal::{UserSignalReceiver, UserSignalSender, user_signal_channel};

use crate::memory::Account;

const RESEND_EVERY: Duration = Duration::from_millis(20);

/// How often the memory a run holds is looked at.
const MEMORY_EVERY: Duration = Duration::from_millis(5);

/// How long past its time limit a run may go on before the process is ended: a run that has not
/// stopped after this many interrupts is inside one operation that will not return.
pub(crate) const STUCK_AFTER: Duration = Duration::from_secs(20);

/// Why a run was stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stopped {
    Time,
    Memory,
}

const RUNNING: u8 = 0;
const OVER_TIME: u8 = 1;
const OVER_MEMORY: u8 = 2;

pub(crate) struct Watchdog {
    sender: UserSignalSender,
    /// The run now going; an interrupt meant for an earlier run does nothing.
    current_run: Arc<AtomicU64>,
}

/// One run's watch; [`RunGuard::finish`] ends it.
pub(crate) struct RunGuard {
    done: Arc<(Mutex<bool>, Condvar)>,
    stopped: Arc<AtomicU8>,
    thread: Option<JoinHandle<()>>,
}

impl Watchdog {
    pub(crate) fn new() -> (Watchdog, UserSignalReceiver) {
        let (sender, receiver) = user_signal_channel();
        (
            Watchdog {
                sender,
                current_run: Arc::new(AtomicU64::new(0)),
            },
            receiver,
        )
    }

    /// Watches a run of at most `time_ms` that holds its memory in `account`.
    pub(crate) fn start(&self, time_ms: u32, account: &'static Account) -> RunGuard {
        let run = self.current_run.fetch_add(1, Ordering::SeqCst) + 1;
        let done = Arc::new((Mutex::new(false), Condvar::new()));
        let stopped = Arc::new(AtomicU8::new(RUNNING));
        let sender = self.sender.clone();
        let current_run = self.current_run.clone();
        let thread = {
            let done = done.clone();
            let stopped = stopped.clone();
            std::thread::Builder::new()
                .name("python-limits".into())
                .spawn(move || {
                    let started = Instant::now();
                    let time_limit = Duration::from_millis(u64::from(time_ms));
                    let counting = crate::memory::counting();
                    let interrupt = || relentless_interrupt(&sender, &current_run, run);
                    let (lock, finished) = &*done;
                    let mut is_done = lock
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    loop {
                        let elapsed = started.elapsed();
                        let reason = stopped.load(Ordering::SeqCst);
                        let wait = if reason != RUNNING {
                            RESEND_EVERY
                        } else if counting {
                            MEMORY_EVERY.min(time_limit.saturating_sub(elapsed))
                        } else {
                            time_limit.saturating_sub(elapsed)
                        };
                        let (guard, _) = finished
                            .wait_timeout_while(is_done, wait, |is_done| !*is_done)
                            .unwrap_or_else(std::sync::PoisonError::into_inner);
                        is_done = guard;
                        if *is_done {
                            return;
                        }
                        if reason == RUNNING {
                            if started.elapsed() >= time_limit {
                                stopped.store(OVER_TIME, Ordering::SeqCst);
                            } else if counting && account.over_budget() {
                                stopped.store(OVER_MEMORY, Ordering::SeqCst);
                            } else {
                                continue;
                            }
                        }
                        if started.elapsed() >= time_limit + STUCK_AFTER {
                            stuck(time_limit);
                        }
                        interrupt();
                    }
                })
                .ok()
        };
        RunGuard {
            done,
            stopped,
            thread,
        }
    }
}

/// Interrupts run `run` at the next bytecode, and at every one after it until the run has ended:
/// each interrupt queues the next before it raises, so a program that catches the stop (`except
/// BaseException: pass` in a loop) meets it again on its very next instruction, and the stop
/// leaves every handler. An interrupt that finds another run going does nothing.
fn relentless_interrupt(sender: &UserSignalSender, current_run: &Arc<AtomicU64>, run: u64) {
    let again = sender.clone();
    let current = current_run.clone();
    let _ = sender.send(Box::new(move |vm| {
        if current.load(Ordering::SeqCst) != run {
            return Ok(());
        }
        relentless_interrupt(&again, &current, run);
        Err(crate::runtime::stop_exception(vm))
    }));
}

/// Ends the process: a run is inside one operation that does not return, and a thread cannot be
/// stopped from outside. Better a clear failure of the content check than a hung CI.
fn stuck(time_limit: Duration) -> ! {
    eprintln!(
        "darbnica-python: a run went on {} s past its time limit of {} ms inside one operation \
         that cannot be interrupted; ending the process",
        STUCK_AFTER.as_secs(),
        time_limit.as_millis(),
    );
    std::process::exit(124);
}

impl RunGuard {
    /// Ends the watch; says why the run was stopped, if it was.
    pub(crate) fn finish(mut self) -> Option<Stopped> {
        self.end();
        match self.stopped.load(Ordering::SeqCst) {
            OVER_TIME => Some(Stopped::Time),
            OVER_MEMORY => Some(Stopped::Memory),
            _ => None,
        }
    }

    fn end(&mut self) {
        let (lock, finished) = &*self.done;
        *lock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = true;
        finished.notify_all();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A run that panicked never reaches `finish`: its watch ends all the same, or it would
/// interrupt the next runs and, 20 s on, end the process as stuck.
impl Drop for RunGuard {
    fn drop(&mut self) {
        self.end();
    }
}
