//! Password hashes (argon2id, ~19 MiB and tens of milliseconds each, on purpose), with a bound on
//! how many run at once and how many may wait: a burst of sign-ins with made-up names waits its
//! turn or gets a 503 with `Retry-After`, and never takes the server's memory past
//! [`PasswordHasher::max_memory_bytes`].

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use argon2::password_hash::{
    PasswordHash, PasswordHasher as _, PasswordVerifier as _, SaltString, rand_core::OsRng,
};
use argon2::{Argon2, Params};
use tokio::sync::Semaphore;

use crate::error::{AppError, Result};

/// How long a request may wait for a hashing slot before it is told to come back later.
const MAX_WAIT: Duration = Duration::from_secs(10);

/// Hashes and checks passwords, at most `slots` at once and `queue` waiting.
#[derive(Clone)]
pub struct PasswordHasher {
    slots: Arc<Semaphore>,
    waiting: Arc<AtomicUsize>,
    slot_count: usize,
    queue: usize,
}

impl Default for PasswordHasher {
    /// One slot a core (a hash keeps a core busy: more at once only makes each slower), and a
    /// queue long enough for a whole school signing in at the same moment.
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        PasswordHasher::new(cores, 256)
    }
}

impl PasswordHasher {
    pub fn new(slots: usize, queue: usize) -> PasswordHasher {
        PasswordHasher {
            slots: Arc::new(Semaphore::new(slots.max(1))),
            waiting: Arc::new(AtomicUsize::new(0)),
            slot_count: slots.max(1),
            queue,
        }
    }

    /// The most memory hashing can hold at once: the slots times argon2's memory cost.
    pub fn max_memory_bytes(&self) -> usize {
        self.slot_count * Params::DEFAULT_M_COST as usize * 1024
    }

    /// Runs `work` on a blocking thread once a slot is free.
    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
        let busy = || AppError::ServiceUnavailable {
            message: "many people are signing in right now; try again in a few seconds".into(),
            retry_after_seconds: 5,
        };
        let permit = match Arc::clone(&self.slots).try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                // A place in the queue, if one is free (never counting past the queue's length,
                // so a turned-away request cannot take a place from one that would fit).
                let mut waiting = self.waiting.load(Ordering::Acquire);
                loop {
                    if waiting >= self.queue {
                        return Err(busy());
                    }
                    match self.waiting.compare_exchange_weak(
                        waiting,
                        waiting + 1,
                        Ordering::AcqRel,
                        Ordering::Acquire,
                    ) {
                        Ok(_) => break,
                        Err(now) => waiting = now,
                    }
                }
                let acquired =
                    tokio::time::timeout(MAX_WAIT, Arc::clone(&self.slots).acquire_owned()).await;
                self.waiting.fetch_sub(1, Ordering::AcqRel);
                match acquired {
                    Ok(Ok(permit)) => permit,
                    _ => return Err(busy()),
                }
            }
        };
        tokio::task::spawn_blocking(move || {
            let result = work();
            drop(permit);
            result
        })
        .await
        .map_err(|error| AppError::Internal(anyhow::anyhow!("the hashing task failed: {error}")))
    }

    /// An argon2id hash of `password` with a random salt.
    pub async fn hash(&self, password: String) -> Result<String> {
        self.run(move || {
            let salt = SaltString::generate(&mut OsRng);
            Argon2::default()
                .hash_password(password.as_bytes(), &salt)
                .map(|hash| hash.to_string())
                .map_err(|error| anyhow::anyhow!("hashing a password: {error}"))
        })
        .await?
        .map_err(AppError::Internal)
    }

    /// Whether `password` matches `hash`. A hash that does not parse counts as no match.
    pub async fn verify(&self, password: String, hash: String) -> Result<bool> {
        self.run(move || {
            PasswordHash::new(&hash).is_ok_and(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
        })
        .await
    }
}

/// A password hash to check against when there is no such user, so that a wrong name takes as
/// long as a wrong password and does not tell which names exist.
pub static DUMMY_HASH: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let salt = SaltString::encode_b64(b"darbnica-no-user").expect("a valid salt");
    Argon2::default()
        .hash_password(b"no such user", &salt)
        .expect("hashing a constant")
        .to_string()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_password_verifies_and_a_wrong_one_does_not() {
        let hasher = PasswordHasher::default();
        let hash = hasher.hash("correct horse".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(
            hasher
                .verify("correct horse".into(), hash.clone())
                .await
                .unwrap()
        );
        assert!(!hasher.verify("Correct horse".into(), hash).await.unwrap());
        assert!(
            !hasher
                .verify("x".into(), "not a hash".into())
                .await
                .unwrap()
        );
        assert!(!hasher.verify("x".into(), DUMMY_HASH.clone()).await.unwrap());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_burst_past_the_queue_is_told_to_come_back_and_the_queue_is_hashed() {
        let hasher = PasswordHasher::new(1, 3);
        // Someone else's hash holds the one slot while the burst arrives.
        let held = Arc::clone(&hasher.slots).try_acquire_owned().unwrap();
        let mut burst = tokio::task::JoinSet::new();
        for n in 0..8 {
            let hasher = hasher.clone();
            burst.spawn(async move { hasher.hash(format!("password {n}")).await });
        }
        // Three wait; the other five are turned away at once, while the slot is still held.
        for _ in 0..5 {
            match burst.join_next().await.unwrap().unwrap() {
                Err(AppError::ServiceUnavailable {
                    retry_after_seconds,
                    ..
                }) => assert!(retry_after_seconds > 0),
                other => panic!("expected a 503, got {other:?}"),
            }
        }
        assert_eq!(hasher.waiting.load(Ordering::Acquire), 3);
        drop(held);
        // The queue is served: every waiting hash completes.
        while let Some(task) = burst.join_next().await {
            assert!(task.unwrap().unwrap().starts_with("$argon2id$"));
        }
        assert_eq!(hasher.max_memory_bytes(), 19 * 1024 * 1024);
    }
}
