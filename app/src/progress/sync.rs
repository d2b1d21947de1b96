//! Syncing progress with the server, for a signed-in user: the outbox's attempts go up in
//! batches, and what the server knows from the user's other devices comes down and is merged into
//! this browser's progress.
//!
//! When it syncs: after each recorded run, on sign-in, when the browser comes back online, when
//! the page loads, and every 30 s while the outbox holds something; after a server error or a
//! lost connection it tries again sooner, backing off (2 s, 4 s, … up to a minute).
//!
//! What an answer means, and when to try again, is `sync_policy.rs`: 200, the batch is stored (only
//! now does it leave the outbox); `not_signed_in`, the attempts wait for the next sign-in; a limit
//! (429), wait and try again; any other 4xx, the batch is malformed (a bug), so only the refused
//! attempt is logged and dropped rather than blocking every later one; 5xx or no answer, try again
//! later.
//!
//! Architecture invariant: an attempt leaves the outbox only after the server confirmed it, and
//! the server keys attempts by the id made here, so retries never duplicate and nothing is lost.

use std::time::Duration;

use darbnica_api::classes::{Attempt, Me, SyncBatch};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::accounts::account::Account;
use crate::progress::sync_policy::{Answer, Step, SyncPolicy};
use crate::progress::{outbox, store};
use crate::shell::api::{self, ApiError};

/// How often the outbox is looked at while it holds something.
const PERIOD: Duration = Duration::from_secs(30);

/// What the header says about the user's work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncStatus {
    /// Everything is on the server.
    Saved,
    Syncing,
    /// No connection: the work is kept in this browser.
    Offline,
    /// Kept in this browser; the server could not take it yet and will be asked again.
    Waiting,
}

impl SyncStatus {
    pub fn message_key(self) -> &'static str {
        match self {
            SyncStatus::Saved => "sync-saved",
            SyncStatus::Syncing => "sync-syncing",
            SyncStatus::Offline => "sync-offline",
            SyncStatus::Waiting => "sync-waiting",
        }
    }

    /// For styling and tests (`data-state`).
    pub fn name(self) -> &'static str {
        match self {
            SyncStatus::Saved => "saved",
            SyncStatus::Syncing => "syncing",
            SyncStatus::Offline => "offline",
            SyncStatus::Waiting => "waiting",
        }
    }
}

/// Why signing out did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignOutProblem {
    /// This many attempts could not be sent; signing out would lose them.
    Unsent(u32),
    /// The server could not be told.
    Unreachable,
}

#[derive(Clone, Copy)]
pub struct ProgressSync {
    account: Account,
    pub status: RwSignal<SyncStatus>,
    /// Attempts in the outbox.
    pub pending: RwSignal<u32>,
    /// Counts up whenever stored progress changed behind the pages' backs (merged from the
    /// server) or the server learned of new work: pages showing progress read it again.
    pub changed: RwSignal<u32>,
    /// When to sync, what answers mean, how long to wait.
    policy: StoredValue<SyncPolicy>,
}

pub fn use_progress_sync() -> ProgressSync {
    expect_context::<ProgressSync>()
}

fn online() -> bool {
    window().navigator().on_line()
}

impl ProgressSync {
    pub fn provide(account: Account) -> ProgressSync {
        let sync = ProgressSync {
            account,
            status: RwSignal::new(if online() {
                SyncStatus::Saved
            } else {
                SyncStatus::Offline
            }),
            pending: RwSignal::new(0),
            changed: RwSignal::new(0),
            policy: StoredValue::new(SyncPolicy::default()),
        };
        provide_context(sync);
        sync
    }

    /// Asks the server who is signed in, then syncs; listens for the connection coming and going.
    pub fn start(self) {
        let _ = window_event_listener(leptos::ev::online, move |_| {
            if self.account.sign_out_owed() {
                spawn_local(async move {
                    self.tell_sign_out().await;
                });
            }
            self.request();
        });
        let _ = window_event_listener(leptos::ev::offline, move |_| {
            if self.status.get_untracked() != SyncStatus::Syncing {
                self.status.set(SyncStatus::Offline);
            }
        });
        let _ = set_interval_with_handle(
            move || {
                if self.pending.get_untracked() > 0 {
                    self.request();
                }
            },
            PERIOD,
        );
        spawn_local(async move {
            self.refresh_pending().await;
            if self.account.sign_out_owed() && !self.tell_sign_out().await {
                // The session may still be alive on the server, but nobody is signed in here.
                self.account.set(None);
                self.show_idle_status();
                return;
            }
            match api::fetch_me().await {
                Ok(me) => {
                    let signed_in = me.is_some();
                    self.account.set(me);
                    if signed_in {
                        self.after_sign_in().await;
                    }
                }
                // Offline: the stored user stands until the server can be asked.
                Err(_) => {
                    self.account.checked.set(true);
                    self.show_idle_status();
                }
            }
        });
    }

    /// `me` has just signed in (or joined): their earlier work here goes up, their work from
    /// elsewhere comes down.
    pub fn signed_in(self, me: Me) {
        // The new session took the place of any the server was not told to end.
        self.account.set_sign_out_owed(false);
        self.account.set(Some(me));
        spawn_local(self.after_sign_in());
    }

    async fn after_sign_in(self) {
        if self.may_start() {
            self.flush().await;
        }
        self.pull().await;
    }

    /// Whether a sync may start now (else the one under way goes again when it ends).
    fn may_start(self) -> bool {
        self.policy
            .try_update_value(SyncPolicy::request)
            .unwrap_or(false)
    }

    /// Records an ended run, with the sizes of the pastes since the run before: into the outbox,
    /// then off to the server if possible.
    pub fn record(self, item: String, code: String, passed: bool, pasted: Vec<u32>) {
        spawn_local(async move {
            let attempt = Attempt {
                id: outbox::new_id(),
                item,
                code,
                passed,
                at: store::now() as i64,
                pasted,
            };
            if let Err(error) = outbox::add(attempt).await {
                leptos::logging::warn!("a run could not be kept for syncing: {error:?}");
            }
            self.refresh_pending().await;
            self.request();
        });
    }

    /// Syncs soon: now, or after the sync under way.
    pub fn request(self) {
        if !self.account.is_signed_in() {
            return;
        }
        if self.may_start() {
            spawn_local(self.flush());
        }
    }

    /// Sends the outbox until it is empty or the server cannot take more now; again while more
    /// syncs were asked for meanwhile.
    async fn flush(self) {
        loop {
            self.send_outbox().await;
            self.refresh_pending().await;
            let again = self
                .policy
                .try_update_value(SyncPolicy::finished)
                .unwrap_or(false);
            if !again {
                break;
            }
        }
    }

    async fn send_outbox(self) {
        while self.account.is_signed_in() {
            if !online() {
                self.status.set(SyncStatus::Offline);
                break;
            }
            let batch_size = self.policy.with_value(SyncPolicy::batch_size);
            let batch = match outbox::oldest(batch_size).await {
                Ok(batch) => batch,
                Err(error) => {
                    leptos::logging::warn!("the outbox could not be read: {error:?}");
                    self.status.set(SyncStatus::Waiting);
                    break;
                }
            };
            if batch.keys.is_empty() {
                self.status.set(SyncStatus::Saved);
                break;
            }
            self.status.set(SyncStatus::Syncing);
            let sent = if batch.attempts.is_empty() {
                Ok(())
            } else {
                api::send_progress(&SyncBatch {
                    attempts: batch.attempts,
                })
                .await
                .map(|_| ())
            };
            let answer = Answer::of(&sent, online());
            let step = self
                .policy
                .try_update_value(|policy| policy.answered(answer, batch.keys.len()))
                .unwrap_or(Step::RetryAfter(None));
            match step {
                Step::RemoveAndGoOn => {
                    if let Err(error) = outbox::remove(&batch.keys).await {
                        // Sent again later, the server recognises the ids: no harm done.
                        leptos::logging::warn!("synced attempts stay in the outbox: {error:?}");
                        self.status.set(SyncStatus::Waiting);
                        break;
                    }
                    self.changed.update(|changed| *changed += 1);
                }
                Step::Narrow => continue,
                Step::DropAndGoOn => {
                    leptos::logging::warn!(
                        "the server refused an attempt ({sent:?}); it is dropped"
                    );
                    let _ = outbox::remove(&batch.keys).await;
                }
                Step::SignOut => {
                    self.account.set(None);
                    break;
                }
                Step::RetryAfter(wait) => {
                    self.status.set(match answer {
                        Answer::Later { offline: true } => SyncStatus::Offline,
                        _ => SyncStatus::Waiting,
                    });
                    if let Some(wait) = wait {
                        set_timeout(
                            move || {
                                self.policy.update_value(SyncPolicy::retry_due);
                                self.request();
                            },
                            Duration::from_millis(u64::from(wait)),
                        );
                    }
                    break;
                }
            }
            self.refresh_pending().await;
        }
    }

    /// Merges the server's progress into this browser's.
    async fn pull(self) {
        if !self.account.is_signed_in() || !online() {
            return;
        }
        match api::fetch_progress().await {
            Ok(remote) => {
                if let Err(error) = store::merge_remote(&remote).await {
                    leptos::logging::warn!("progress from the server could not be kept: {error:?}");
                }
                self.changed.update(|changed| *changed += 1);
            }
            Err(error) if error.code() == Some(darbnica_api::ErrorCode::NotSignedIn) => {
                self.account.set(None)
            }
            Err(error) => leptos::logging::warn!("progress could not be fetched: {error:?}"),
        }
    }

    async fn refresh_pending(self) {
        if let Ok(count) = outbox::count().await {
            self.pending.set(count);
        }
    }

    /// Tells the server of a sign-out made without it; true once it knows.
    async fn tell_sign_out(self) -> bool {
        match api::sign_out().await {
            Ok(()) => {
                self.account.set_sign_out_owed(false);
                true
            }
            Err(error) => {
                leptos::logging::warn!("the server could not be told of a sign-out: {error:?}");
                false
            }
        }
    }

    fn show_idle_status(self) {
        self.status.set(if !online() {
            SyncStatus::Offline
        } else if self.pending.get_untracked() == 0 {
            SyncStatus::Saved
        } else {
            SyncStatus::Waiting
        });
    }

    /// Signs out: sends what is left first, then forgets this browser's progress (a shared
    /// school computer). Unless `force`d, refuses when work would be lost or the server cannot be
    /// told.
    pub async fn sign_out(self, force: bool) -> Result<(), SignOutProblem> {
        if !force {
            self.flush().await;
            let left = outbox::count().await.unwrap_or(0);
            if left > 0 {
                return Err(SignOutProblem::Unsent(left));
            }
        }
        match api::sign_out().await {
            Ok(()) => {}
            Err(ApiError::Unreachable) if !force => return Err(SignOutProblem::Unreachable),
            Err(error) => {
                leptos::logging::warn!("signing out on the server failed: {error:?}");
                // Told later, or the session cookie would sign the next person in as this one.
                self.account.set_sign_out_owed(true);
            }
        }
        if let Err(error) = store::clear_all().await {
            leptos::logging::warn!("progress could not be cleared: {error:?}");
        }
        crate::progress::assignments::forget_kept();
        self.pending.set(0);
        self.account.set(None);
        self.changed.update(|changed| *changed += 1);
        Ok(())
    }
}

/// The sizes of the pastes into a page's editor since its last recorded run (at most
/// [`MAX_PASTES`](darbnica_api::classes::MAX_PASTES)), to go with the next one.
#[derive(Clone, Copy)]
pub struct Pastes(StoredValue<Vec<u32>>);

impl Pastes {
    pub fn new() -> Pastes {
        Pastes(StoredValue::new(Vec::new()))
    }

    /// For the editor's `on_paste`.
    pub fn on_paste(self) -> Callback<u32> {
        Callback::new(move |size: u32| {
            self.0.update_value(|pasted| {
                if pasted.len() < darbnica_api::classes::MAX_PASTES {
                    pasted.push(size);
                }
            });
        })
    }

    /// The sizes so far, leaving none.
    pub fn take(self) -> Vec<u32> {
        self.0.try_update_value(std::mem::take).unwrap_or_default()
    }
}
