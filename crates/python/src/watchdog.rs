//! The time limit for native runs: a thread that, once the run is over time, interrupts the
//! interpreter through its signal channel, again and again until the run has ended (a program may
//! catch one interrupt; and the check for signals is shared by every interpreter in the process, so
//! another one may take a single signal's wake-up). In the browser, the page stops the worker instead.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use rustpython_vm::signal::{UserSignalReceiver, UserSignalSender, user_signal_channel};

const RESEND_EVERY: Duration = Duration::from_millis(20);

pub(crate) struct Watchdog {
    sender: UserSignalSender,
    /// The run now going; an interrupt meant for an earlier run does nothing.
    current_run: Arc<AtomicU64>,
}

/// One run's watch; [`RunGuard::finish`] ends it.
pub(crate) struct RunGuard {
    done: Arc<(Mutex<bool>, Condvar)>,
    timed_out: Arc<AtomicBool>,
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

    pub(crate) fn start(&self, time_ms: u32) -> RunGuard {
        let run = self.current_run.fetch_add(1, Ordering::SeqCst) + 1;
        let done = Arc::new((Mutex::new(false), Condvar::new()));
        let timed_out = Arc::new(AtomicBool::new(false));
        let sender = self.sender.clone();
        let current_run = self.current_run.clone();
        let thread = {
            let done = done.clone();
            let timed_out = timed_out.clone();
            std::thread::Builder::new()
                .name("python-time-limit".into())
                .spawn(move || {
                    let (lock, finished) = &*done;
                    let mut is_done = lock
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    let mut wait = Duration::from_millis(u64::from(time_ms));
                    loop {
                        let (guard, result) = finished
                            .wait_timeout_while(is_done, wait, |is_done| !*is_done)
                            .unwrap_or_else(std::sync::PoisonError::into_inner);
                        is_done = guard;
                        if !result.timed_out() {
                            return;
                        }
                        timed_out.store(true, Ordering::SeqCst);
                        let current_run = current_run.clone();
                        let _ = sender.send(Box::new(move |vm| {
                            if current_run.load(Ordering::SeqCst) == run {
                                Err(crate::runtime::stop_exception(vm))
                            } else {
                                Ok(())
                            }
                        }));
                        wait = RESEND_EVERY;
                    }
                })
                .ok()
        };
        RunGuard {
            done,
            timed_out,
            thread,
        }
    }
}

impl RunGuard {
    /// Ends the watch; true when the run went over its time.
    pub(crate) fn finish(mut self) -> bool {
        let (lock, finished) = &*self.done;
        *lock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = true;
        finished.notify_all();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        self.timed_out.load(Ordering::SeqCst)
    }
}
