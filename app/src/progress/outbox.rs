//! The outbox: every ended run, as an [`Attempt`] with an id made here, kept in IndexedDB until
//! the server has confirmed it. `sync.rs` sends it in batches; an attempt leaves the outbox only
//! after the server's 200 for its batch, so an interrupted send loses nothing and a repeated one
//! stores nothing twice (the server knows the ids).

use darbnica_api::classes::{Attempt, MAX_CODE_BYTES, MAX_SYNC_BATCH};
use idb::TransactionMode;
use wasm_bindgen::JsValue;

use crate::progress::store::{OUTBOX, database};

/// A batch's JSON stays below this, well under the server's 1 MiB limit for syncs.
pub const MAX_BATCH_BYTES: usize = 512 * 1024 - 1024;

/// Attempts taken from the outbox, with the keys to delete them by once they are stored.
pub struct Batch {
    pub keys: Vec<JsValue>,
    pub attempts: Vec<Attempt>,
}

/// Puts `attempt` in the outbox. Code longer than the server takes is cut (at a character
/// boundary) rather than lost.
pub async fn add(mut attempt: Attempt) -> Result<(), idb::Error> {
    if attempt.code.len() > MAX_CODE_BYTES {
        let mut end = MAX_CODE_BYTES;
        while !attempt.code.is_char_boundary(end) {
            end -= 1;
        }
        attempt.code.truncate(end);
    }
    let json = serde_json::to_string(&attempt).unwrap_or_default();
    let database = database().await?;
    let transaction = database.transaction(&[OUTBOX], TransactionMode::ReadWrite)?;
    transaction
        .object_store(OUTBOX)?
        .add(&JsValue::from_str(&json), None)?
        .await?;
    transaction.commit()?.await?;
    Ok(())
}

/// The oldest attempts, at most `most` (and [`MAX_SYNC_BATCH`]) of them and under
/// [`MAX_BATCH_BYTES`] of JSON.
pub async fn oldest(most: usize) -> Result<Batch, idb::Error> {
    let database = database().await?;
    let transaction = database.transaction(&[OUTBOX], TransactionMode::ReadOnly)?;
    let store = transaction.object_store(OUTBOX)?;
    let limit = Some(most.clamp(1, MAX_SYNC_BATCH) as u32);
    let keys = store.get_all_keys(None, limit)?.await?;
    let values = store.get_all(None, limit)?.await?;
    transaction.await?;
    let sizes: Vec<usize> = values
        .iter()
        .map(|value| value.as_string().map_or(0, |json| json.len()))
        .collect();
    let take = fitting(&sizes, MAX_BATCH_BYTES);
    let mut batch = Batch {
        keys: Vec::with_capacity(take),
        attempts: Vec::with_capacity(take),
    };
    for (key, value) in keys.into_iter().zip(values).take(take) {
        match value
            .as_string()
            .and_then(|json| serde_json::from_str(&json).ok())
        {
            Some(attempt) => batch.attempts.push(attempt),
            // Unreadable (should never happen): it goes with the batch, so it does not block.
            None => leptos::logging::warn!("an unreadable attempt in the outbox is dropped"),
        }
        batch.keys.push(key);
    }
    Ok(batch)
}

/// How many of the leading items of these JSON sizes fit a batch of `limit` bytes (at least one,
/// so one big attempt still goes).
fn fitting(sizes: &[usize], limit: usize) -> usize {
    let mut total = "{\"attempts\":[]}".len();
    for (index, size) in sizes.iter().enumerate() {
        total += size + 1;
        if total > limit && index > 0 {
            return index;
        }
    }
    sizes.len()
}

/// Deletes what the server confirmed.
pub async fn remove(keys: &[JsValue]) -> Result<(), idb::Error> {
    if keys.is_empty() {
        return Ok(());
    }
    let database = database().await?;
    let transaction = database.transaction(&[OUTBOX], TransactionMode::ReadWrite)?;
    let store = transaction.object_store(OUTBOX)?;
    for key in keys {
        store.delete(key.clone())?.await?;
    }
    transaction.commit()?.await?;
    Ok(())
}

/// Attempts waiting to be sent.
pub async fn count() -> Result<u32, idb::Error> {
    let database = database().await?;
    let transaction = database.transaction(&[OUTBOX], TransactionMode::ReadOnly)?;
    let count = transaction.object_store(OUTBOX)?.count(None)?.await?;
    transaction.await?;
    Ok(count)
}

/// A fresh attempt id: a random UUID (version 4). Made from `crypto.getRandomValues`, which,
/// unlike `crypto.randomUUID`, also works on a school network's plain-http address.
pub fn new_id() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // No Web Crypto at all: Math.random is weaker but still makes ids that do not repeat in
        // one student's outbox.
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    uuid_v4(bytes)
}

fn uuid_v4(bytes: [u8; 16]) -> String {
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .hyphenated()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_version_4_uuids() {
        assert_eq!(uuid_v4([0xff; 16]), "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
    }

    #[test]
    fn batches_stop_before_the_byte_limit_but_always_take_one() {
        assert_eq!(fitting(&[100, 100, 100], 1_000), 3);
        assert_eq!(fitting(&[400, 400, 400], 1_000), 2);
        assert_eq!(fitting(&[5_000, 10], 1_000), 1);
        assert_eq!(fitting(&[], 1_000), 0);
    }
}
