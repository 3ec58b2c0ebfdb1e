//! Opaque handle tables: each object lives in a `Box` owned by a table, and the address of the box is the handle
//! C sees. Handles coming back from C are only looked up, never dereferenced, so a stale or foreign pointer is an
//! error (`None`), not undefined behaviour.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use aclvenc_abi::{aclError, ACL_ERROR_INVALID_PARAM};

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

    /// A setter on the object behind `h`: NULL or not live is ACL_ERROR_INVALID_PARAM (not live is logged as "not a
    /// live `kind`"), else what `f` returns.
    pub(crate) fn update(&self, h: usize, kind: &str, f: impl FnOnce(&mut T) -> aclError) -> aclError {
        if h == 0 {
            return ACL_ERROR_INVALID_PARAM;
        }
        self.with(h, f).unwrap_or_else(|| {
            log::error!("{h:#x} is not a live {kind}");
            ACL_ERROR_INVALID_PARAM
        })
    }

    /// A getter on the object behind `h`: what `f` returns, or `R::default()` when `h` is NULL or not live (the
    /// vendor's typed getters hide the error the same way).
    pub(crate) fn get_or_default<R: Default>(&self, h: usize, f: impl FnOnce(&T) -> R) -> R {
        self.with(h, |v| f(v)).unwrap_or_default()
    }

    /// Take the object out of the table.
    pub(crate) fn remove(&self, h: usize) -> Option<Box<T>> {
        self.lock().as_mut()?.remove(&h)
    }
}
