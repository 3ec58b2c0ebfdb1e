//! Opaque handle tables: each object lives in a `Box` owned by a table, and the address of the box is the handle
//! C sees. Handles coming back from C are only looked up, never dereferenced, so a stale or foreign pointer is an
//! error (`None`), not undefined behaviour.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

/// A table of live objects of one kind.
pub(crate) struct Handles<T> {
    map: Mutex<Option<HashMap<usize, Box<T>>>>,
}

impl<T> Handles<T> {
    pub(crate) const fn new() -> Self {
        Handles { map: Mutex::new(None) }
    }

    fn lock(&self) -> MutexGuard<'_, Option<HashMap<usize, Box<T>>>> {
        self.map.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Store `value`; returns its handle (never 0).
    pub(crate) fn insert(&self, value: T) -> usize {
        let b = Box::new(value);
        // A zero-sized T would give every box the same dangling address; all our T are larger.
        let h = &*b as *const T as usize;
        self.lock().get_or_insert_with(HashMap::new).insert(h, b);
        h
    }

    /// Run `f` on the object behind `h`, if it is live.
    pub(crate) fn with<R>(&self, h: usize, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        self.lock().as_mut()?.get_mut(&h).map(|b| f(b))
    }

    /// Take the object out of the table.
    pub(crate) fn remove(&self, h: usize) -> Option<Box<T>> {
        self.lock().as_mut()?.remove(&h)
    }
}
