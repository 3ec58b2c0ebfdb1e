//! Opaque handle tables: each object lives in a `Box` owned by a table, and the address of the box is the handle
//! C sees. Handles coming back from C are only looked up, never dereferenced, so a stale or foreign pointer is an
//! error (`None`), not undefined behaviour.
//!
//! An object a queued frame still refers to can be *pinned* ([`Handles::pin`]). Destroying a pinned object
//! ([`Handles::destroy`]) takes it away from the application at once (setters, sends and a second destroy see no
//! live handle) but keeps it, read-only, until the last pin is dropped: its address cannot be reused by a new
//! object meanwhile, and the getters still return its last values, as the freed memory would on the device.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use aclvenc_abi::{aclError, ACL_ERROR_INVALID_PARAM};

struct Entry<T> {
    value: Box<T>,
    /// Queued frames that still refer to the object.
    pins: u32,
    /// Destroyed by the application while pinned.
    destroyed: bool,
}

/// What [`Handles::destroy`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Destroyed {
    /// The object is gone.
    Removed,
    /// The object is gone for the application and kept until its last pin is dropped.
    Kept,
}

/// A table of live objects of one kind.
pub(crate) struct Handles<T> {
    map: Mutex<Option<HashMap<usize, Entry<T>>>>,
}

impl<T> Handles<T> {
    pub(crate) const fn new() -> Self {
        Handles { map: Mutex::new(None) }
    }

    fn lock(&self) -> MutexGuard<'_, Option<HashMap<usize, Entry<T>>>> {
        self.map.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Store `value`; returns its handle (never 0).
    pub(crate) fn insert(&self, value: T) -> usize {
        let b = Box::new(value);
        // A zero-sized T would give every box the same dangling address; all our T are larger.
        let h = &*b as *const T as usize;
        self.lock().get_or_insert_with(HashMap::new).insert(h, Entry { value: b, pins: 0, destroyed: false });
        h
    }

    /// Run `f` on the object behind `h`, if it is live (not destroyed).
    pub(crate) fn with<R>(&self, h: usize, f: impl FnOnce(&mut T) -> R) -> Option<R> {
        self.lock().as_mut()?.get_mut(&h).filter(|e| !e.destroyed).map(|e| f(&mut e.value))
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

    /// A getter on the object behind `h`: what `f` returns, or `R::default()` when `h` is NULL or unknown (the
    /// vendor's typed getters hide the error the same way). A destroyed object kept for a pin still answers with
    /// its last values.
    pub(crate) fn get_or_default<R: Default>(&self, h: usize, f: impl FnOnce(&T) -> R) -> R {
        self.lock().as_ref().and_then(|m| m.get(&h)).map(|e| f(&e.value)).unwrap_or_default()
    }

    /// Take the object out of the table, whatever its pins (for tables whose objects are never pinned).
    pub(crate) fn remove(&self, h: usize) -> Option<Box<T>> {
        self.lock().as_mut()?.remove(&h).map(|e| e.value)
    }

    /// Take the live object out of the table if `pred` holds for it: `None` when `h` is not live, `Some(Err(()))`
    /// when `pred` refused.
    pub(crate) fn remove_if(&self, h: usize, pred: impl FnOnce(&T) -> bool) -> Option<Result<Box<T>, ()>> {
        let mut g = self.lock();
        let m = g.as_mut()?;
        let e = m.get(&h).filter(|e| !e.destroyed)?;
        if !pred(&e.value) {
            return Some(Err(()));
        }
        m.remove(&h).map(|e| Ok(e.value))
    }

    /// The application destroys the object: removed, or kept until its last pin is dropped; `None` when `h` is not
    /// live (never made, or already destroyed).
    pub(crate) fn destroy(&self, h: usize) -> Option<Destroyed> {
        let mut g = self.lock();
        let m = g.as_mut()?;
        let e = m.get_mut(&h).filter(|e| !e.destroyed)?;
        if e.pins > 0 {
            e.destroyed = true;
            return Some(Destroyed::Kept);
        }
        m.remove(&h);
        Some(Destroyed::Removed)
    }

    /// Take a pin on the live object `h`; `false` when it is not live.
    pub(crate) fn pin(&self, h: usize) -> bool {
        let mut g = self.lock();
        match g.as_mut().and_then(|m| m.get_mut(&h)).filter(|e| !e.destroyed) {
            Some(e) => {
                e.pins += 1;
                true
            }
            None => false,
        }
    }

    /// Drop a pin of `h`; the last pin of a destroyed object removes it. With `only_if_live`, a destroyed object's
    /// pin is kept (and `false` returned).
    pub(crate) fn unpin(&self, h: usize, only_if_live: bool) -> bool {
        let mut g = self.lock();
        let Some(m) = g.as_mut() else { return false };
        let Some(e) = m.get_mut(&h).filter(|e| e.pins > 0) else { return false };
        if only_if_live && e.destroyed {
            return false;
        }
        e.pins -= 1;
        if e.pins == 0 && e.destroyed {
            m.remove(&h);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pinned_object_destroyed_early_stays_readable_until_the_last_unpin() {
        let t: Handles<u32> = Handles::new();
        let h = t.insert(7);
        assert!(t.pin(h) && t.pin(h));
        assert_eq!(t.destroy(h), Some(Destroyed::Kept));
        assert_eq!(t.destroy(h), None, "a second destroy finds no live object");
        assert!(!t.pin(h));
        assert_eq!(t.update(h, "u32", |_| 0), ACL_ERROR_INVALID_PARAM, "setters refuse it");
        assert_eq!(t.get_or_default(h, |v| *v), 7, "getters see its last value");
        assert!(!t.unpin(h, true), "only_if_live keeps the pin of a destroyed object");
        assert!(t.unpin(h, false));
        assert_eq!(t.get_or_default(h, |v| *v), 7);
        assert!(t.unpin(h, false));
        assert_eq!(t.get_or_default(h, |v| *v), 0, "the last unpin removed it");
        assert!(!t.unpin(h, false));
        let k = t.insert(9);
        assert!(t.pin(k) && t.unpin(k, true));
        assert_eq!(t.destroy(k), Some(Destroyed::Removed));
        let r = t.insert(1);
        assert_eq!(t.remove_if(r, |v| *v == 2).map(|x| x.is_ok()), Some(false));
        assert_eq!(t.remove_if(r, |v| *v == 1).map(|x| x.is_ok()), Some(true));
        assert!(t.remove_if(r, |_| true).is_none());
    }
}
