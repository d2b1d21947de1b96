//! Boolean results kept across solids built the same way. A model runs again for every slider
//! move and makes new solids, most of them the same as last time's: a part that does not depend
//! on the moved parameter keeps its key (a hash of everything it is made of) and is not computed
//! again. Bounded by the faces kept; the least recently used go first. Per thread: the worker has
//! one, and each native runtime its own.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use boolmesh::prelude::Manifold;

/// Faces kept at most, in all the results together: about 30 MB of boolmesh's form, on top of
/// a run's own memory budget (which counts from what is held when it starts).
pub const MAX_CACHED_FACES: usize = 100_000;

/// A solid's key: two independent 64-bit hashes of what it is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Key(u64, u64);

/// Builds a [`Key`] from a node's parts, in order.
pub(crate) struct KeyBuilder(DefaultHasher, DefaultHasher);

impl KeyBuilder {
    pub(crate) fn new(kind: u8) -> KeyBuilder {
        let mut second = DefaultHasher::new();
        // The second hash differs from the first from its first byte.
        0xA5_u8.hash(&mut second);
        let mut builder = KeyBuilder(DefaultHasher::new(), second);
        builder.add(&kind);
        builder
    }

    pub(crate) fn add(&mut self, value: &impl Hash) {
        value.hash(&mut self.0);
        value.hash(&mut self.1);
    }

    /// Numbers by their bits: 0.1 + 0.2 and 0.3 are different solids.
    pub(crate) fn add_f64s(&mut self, values: impl IntoIterator<Item = f64>) {
        for value in values {
            self.add(&value.to_bits());
        }
    }

    pub(crate) fn finish(&self) -> Key {
        Key(self.0.finish(), self.1.finish())
    }
}

/// How the cache has done, for tests and measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CacheStats {
    pub hits: u64,
    pub misses: u64,
    /// Faces kept now.
    pub faces: usize,
}

#[derive(Default)]
struct Cache {
    entries: HashMap<Key, Entry>,
    faces: usize,
    clock: u64,
    stats: CacheStats,
}

struct Entry {
    result: Option<Arc<Manifold>>,
    used: u64,
}

fn faces(result: &Option<Arc<Manifold>>) -> usize {
    result.as_ref().map_or(0, |manifold| manifold.nf)
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// The kept result for `key`, if there is one.
pub(crate) fn get(key: Key) -> Option<Option<Arc<Manifold>>> {
    CACHE.with_borrow_mut(|cache| {
        cache.clock += 1;
        let now = cache.clock;
        match cache.entries.get_mut(&key) {
            Some(entry) => {
                entry.used = now;
                cache.stats.hits += 1;
                Some(entry.result.clone())
            }
            None => {
                cache.stats.misses += 1;
                None
            }
        }
    })
}

/// Keeps `result` under `key`, making room by dropping the least recently used. A result bigger
/// than the whole cache is not kept.
pub(crate) fn put(key: Key, result: &Option<Arc<Manifold>>) {
    let size = faces(result);
    if size > MAX_CACHED_FACES {
        return;
    }
    CACHE.with_borrow_mut(|cache| {
        cache.clock += 1;
        let now = cache.clock;
        while cache.faces + size > MAX_CACHED_FACES {
            let Some(oldest) = cache
                .entries
                .iter()
                .min_by_key(|(_, entry)| entry.used)
                .map(|(key, _)| *key)
            else {
                break;
            };
            if let Some(entry) = cache.entries.remove(&oldest) {
                cache.faces -= faces(&entry.result);
            }
        }
        let replaced = cache.entries.insert(
            key,
            Entry {
                result: result.clone(),
                used: now,
            },
        );
        cache.faces += size;
        if let Some(replaced) = replaced {
            cache.faces -= faces(&replaced.result);
        }
        cache.stats.faces = cache.faces;
    });
}

/// This thread's cache's figures.
pub fn stats() -> CacheStats {
    CACHE.with_borrow(|cache| CacheStats {
        faces: cache.faces,
        ..cache.stats
    })
}

/// Empties this thread's cache (its figures stay).
pub fn clear() {
    CACHE.with_borrow_mut(|cache| {
        cache.entries.clear();
        cache.faces = 0;
        cache.stats.faces = 0;
    });
}
