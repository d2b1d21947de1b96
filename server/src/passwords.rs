//! Password hashes (argon2id, ~19 MiB and tens of milliseconds each, on purpose), with a bound on
//! how many run at once and how many may wait: a burst of sign-ins with made-up names waits its
//! turn or gets a 503 with `Retry-After`, and never takes the server's memory much past
//! [`PasswordHasher::max_memory_bytes`].
//!
//! Hashes run on threads of their own, one a slot, not on Tokio's blocking pool: the allocator
//! keeps freed memory per thread, and a pool that grows to dozens of threads under a burst would
//! keep 19 MiB for each of them (seen: 500 MiB resident after bursts of 500 sign-ins). Each thread
//! also keeps its own argon2 memory and hands it to every hash, instead of allocating 19 MiB a
//! hash: glibc raises its mmap threshold after the first such free and then keeps the freed
//! blocks resident (seen: 243 MiB after 60 sign-ins; 53 MiB with the threshold pinned).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use argon2::password_hash::{
    self, Output, ParamsString, PasswordHash, PasswordHasher as _, SaltString, rand_core::OsRng,
};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use tokio::sync::Semaphore;

use crate::error::{AppError, Result};

/// How long a request may wait for a hashing slot before it is told to come back later.
const MAX_WAIT: Duration = Duration::from_secs(10);

type Job = Box<dyn FnOnce(&mut Vec<Block>) + Send>;

/// Hashes and checks passwords, at most `slots` at once and `queue` waiting.
#[derive(Clone)]
pub struct PasswordHasher {
    slots: Arc<Semaphore>,
    waiting: Arc<AtomicUsize>,
    slot_count: usize,
    queue: usize,
    /// The hashing threads' work; they stop when the last clone of the hasher goes.
    jobs: Arc<std::sync::mpsc::Sender<Job>>,
}

impl Default for PasswordHasher {
    /// One slot a core (a hash keeps a core busy: more at once only makes each slower), and a
    /// queue of 64: a class signing in at the same moment waits at most about a second, and a
    /// burst beyond that is told at once to come back (`cargo xtask bench load signin`).
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, usize::from);
        PasswordHasher::new(cores, 64)
    }
}

impl PasswordHasher {
    pub fn new(slots: usize, queue: usize) -> PasswordHasher {
        let slot_count = slots.max(1);
        let (jobs, receiver) = std::sync::mpsc::channel::<Job>();
        let receiver = Arc::new(std::sync::Mutex::new(receiver));
        for n in 0..slot_count {
            let receiver = Arc::clone(&receiver);
            let spawned = std::thread::Builder::new()
                .name(format!("password-hash-{n}"))
                .spawn(move || {
                    // This thread's argon2 memory, made once and used by every hash it runs.
                    let mut memory = vec![Block::default(); Params::DEFAULT_M_COST as usize];
                    loop {
                        // Only the wait for the next job holds the lock, not the job.
                        let next = receiver
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .recv();
                        match next {
                            // A job that panics answers nobody (its request gets a 500); the
                            // thread lives on for the next.
                            Ok(job) => {
                                let _ =
                                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                        job(&mut memory)
                                    }));
                            }
                            Err(_) => break,
                        }
                    }
                });
            if let Err(error) = spawned {
                tracing::error!(%error, "cannot start a password-hashing thread");
            }
        }
        PasswordHasher {
            slots: Arc::new(Semaphore::new(slot_count)),
            waiting: Arc::new(AtomicUsize::new(0)),
            slot_count,
            queue,
            jobs: Arc::new(jobs),
        }
    }

    /// The most memory hashing can hold at once: the slots times argon2's memory cost.
    pub fn max_memory_bytes(&self) -> usize {
        self.slot_count * Params::DEFAULT_M_COST as usize * 1024
    }

    /// Runs `work` on a hashing thread once a slot is free.
    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Vec<Block>) -> T + Send + 'static,
    ) -> Result<T> {
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
        let (done, answer) = tokio::sync::oneshot::channel();
        self.jobs
            .send(Box::new(move |memory: &mut Vec<Block>| {
                let _ = done.send(work(memory));
                drop(permit);
            }))
            .map_err(|_| AppError::Internal(anyhow::anyhow!("the hashing threads have stopped")))?;
        answer
            .await
            .map_err(|_| AppError::Internal(anyhow::anyhow!("a hashing job was dropped")))
    }

    /// An argon2id hash of `password` with a random salt, as a PHC string.
    pub async fn hash(&self, password: String) -> Result<String> {
        self.run(move |memory| hash_with(password.as_bytes(), memory))
            .await?
            .map_err(|error| AppError::Internal(anyhow::anyhow!("hashing a password: {error}")))
    }

    /// Whether `password` matches `hash`. A hash that does not parse counts as no match.
    pub async fn verify(&self, password: String, hash: String) -> Result<bool> {
        self.run(move |memory| verify_with(password.as_bytes(), &hash, memory))
            .await
    }
}

/// `password` hashed with argon2id's default parameters in `memory`, as `hash_password` would.
fn hash_with(password: &[u8], memory: &mut Vec<Block>) -> password_hash::Result<String> {
    let argon2 = Argon2::default();
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let raw_salt = salt.as_salt().decode_b64(&mut salt_bytes)?;
    let output = run_argon2(
        &argon2,
        password,
        raw_salt,
        Params::DEFAULT_OUTPUT_LEN,
        memory,
    )?;
    Ok(PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(argon2.params())?,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    }
    .to_string())
}

/// Whether `password` gives the hash in the PHC string `phc`, with its own parameters, in
/// `memory` (grown if a stored hash asks for more). The comparison is constant-time.
fn verify_with(password: &[u8], phc: &str, memory: &mut Vec<Block>) -> bool {
    let mut check = || -> password_hash::Result<bool> {
        let parsed = PasswordHash::new(phc)?;
        let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
            return Ok(false);
        };
        let algorithm = Algorithm::try_from(parsed.algorithm)?;
        let version = parsed
            .version
            .map(Version::try_from)
            .transpose()?
            .unwrap_or_default();
        let params = Params::try_from(&parsed)?;
        let mut salt_bytes = [0u8; 64];
        let raw_salt = salt.decode_b64(&mut salt_bytes)?;
        let argon2 = Argon2::new(algorithm, version, params);
        let output = run_argon2(&argon2, password, raw_salt, expected.len(), memory)?;
        Ok(output == expected)
    };
    check().unwrap_or(false)
}

fn run_argon2(
    argon2: &Argon2<'_>,
    password: &[u8],
    salt: &[u8],
    output_len: usize,
    memory: &mut Vec<Block>,
) -> password_hash::Result<Output> {
    let blocks = argon2.params().block_count();
    if memory.len() < blocks {
        memory.resize(blocks, Block::default());
    }
    Output::init_with(output_len, |out| {
        argon2
            .hash_password_into_with_memory(password, salt, out, &mut memory[..blocks])
            .map_err(|_| password_hash::Error::Crypto)
    })
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

    #[test]
    fn hashes_agree_with_the_argon2_crates_own() {
        use argon2::password_hash::PasswordVerifier as _;
        let mut memory = Vec::new();
        let ours = hash_with(b"correct horse", &mut memory).unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(
            Argon2::default()
                .verify_password(b"correct horse", &parsed)
                .is_ok()
        );
        assert!(verify_with(b"no such user", &DUMMY_HASH, &mut memory));
        assert!(!verify_with(b"no such user!", &DUMMY_HASH, &mut memory));
        // Another cost than the default is read from the string (and the memory grows for it).
        let params = Params::new(32 * 1024, 1, 1, None).unwrap();
        let theirs = Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password(b"kaza", &SaltString::generate(&mut OsRng))
            .unwrap()
            .to_string();
        assert!(verify_with(b"kaza", &theirs, &mut memory));
        assert_eq!(memory.len(), 32 * 1024);
    }

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
