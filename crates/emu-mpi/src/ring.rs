//! A channel's output stream buffer: one fixed block of `buf_size` bytes (hi_venc_attr.buf_size) used as a FIFO
//! ring of contiguous regions, one region per stream the channel produced and the application has not released.
//!
//! Contract kept here (D-MPI-GETSTREAM, D-MPI-RELEASE, MPI-GET-RELEASE-PAIRING): a stream's bytes never move
//! while it is held; released bytes stay readable (unchanged) until the ring wraps around onto them; when no
//! region is free the encoder waits for a release. The block lives until the channel is destroyed.

use std::alloc::{alloc_zeroed, dealloc, Layout};
use std::collections::VecDeque;

/// Alignment of the block and of every region, in bytes.
pub const RING_ALIGN: usize = 64;

/// The ring. Region offsets are relative to [`Ring::base`].
#[derive(Debug)]
pub struct Ring {
    base: *mut u8,
    layout: Layout,
    /// (offset, length) of each held region, oldest first.
    regions: VecDeque<(usize, usize)>,
    /// Where the next region starts when there is room (the end of the newest region, aligned).
    head: usize,
}

// SAFETY: the block is owned by the ring and only written through `&mut Ring`; the raw pointer is not shared
// with other Rust objects (readers are C code holding released or held regions).
unsafe impl Send for Ring {}

const fn align_up(x: usize) -> usize {
    (x + RING_ALIGN - 1) & !(RING_ALIGN - 1)
}

impl Ring {
    /// Allocate a zeroed ring of `cap` bytes (`cap > 0`); `None` when out of memory.
    pub fn new(cap: usize) -> Option<Ring> {
        let layout = Layout::from_size_align(cap.max(1), RING_ALIGN).ok()?;
        // SAFETY: non-zero size.
        let base = unsafe { alloc_zeroed(layout) };
        (!base.is_null()).then_some(Ring { base, layout, regions: VecDeque::new(), head: 0 })
    }

    /// Capacity in bytes.
    pub fn capacity(&self) -> usize {
        self.layout.size()
    }

    /// Address of byte `offset` of the block.
    pub fn addr(&self, offset: usize) -> usize {
        self.base as usize + offset
    }

    /// Bytes held by unreleased regions.
    pub fn held_bytes(&self) -> usize {
        self.regions.iter().map(|r| r.1).sum()
    }

    /// Reserve a contiguous region of `len` bytes (`len > 0`) after the newest one; `None` when there is no room
    /// now (wait for a release), which is permanent only when `len > capacity()`.
    pub fn reserve(&mut self, len: usize) -> Option<usize> {
        let cap = self.capacity();
        if len == 0 || len > cap {
            return None;
        }
        let start = match (self.regions.front(), self.regions.back()) {
            (None, _) => {
                if self.head + len <= cap {
                    self.head
                } else {
                    0
                }
            }
            (Some(&(tail, _)), Some(&(last, _))) => {
                let head = self.head;
                if last >= tail {
                    // Held bytes are [tail, head): free space is [head, cap) and then [0, tail).
                    if head + len <= cap {
                        head
                    } else if len <= tail {
                        0
                    } else {
                        return None;
                    }
                } else if head + len <= tail {
                    // Wrapped: held bytes are [tail, cap) and [0, head); free space is [head, tail).
                    head
                } else {
                    return None;
                }
            }
            _ => unreachable!("front and back are both Some or both None"),
        };
        self.regions.push_back((start, len));
        self.head = align_up(start + len).min(cap);
        Some(start)
    }

    /// Copy `data` into the region that starts at `offset` (as returned by [`Ring::reserve`]).
    pub fn write(&mut self, offset: usize, data: &[u8]) {
        assert!(offset + data.len() <= self.capacity(), "ring write out of bounds");
        // SAFETY: the range lies inside our block (asserted); `data` is Rust memory that cannot overlap it.
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), self.base.add(offset), data.len()) };
    }

    /// Release the oldest region; its bytes stay as they are until a later region overwrites them.
    pub fn release_oldest(&mut self) -> Option<(usize, usize)> {
        self.regions.pop_front()
    }
}

impl Drop for Ring {
    fn drop(&mut self) {
        // SAFETY: `base` came from `alloc_zeroed(self.layout)` and is freed once, here.
        unsafe { dealloc(self.base, self.layout) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifo_wraps_and_blocks() {
        let mut r = Ring::new(1024).unwrap();
        assert_eq!(r.reserve(400), Some(0));
        assert_eq!(r.reserve(400), Some(448));
        assert_eq!(r.reserve(400), None, "full until a release");
        assert_eq!(r.release_oldest(), Some((0, 400)));
        assert_eq!(r.reserve(300), Some(0), "wraps into the released space");
        assert_eq!(r.reserve(200), None);
        r.release_oldest();
        assert_eq!(r.reserve(500), Some(320));
        assert_eq!(r.reserve(2000), None);
        r.write(320, &[7; 500]);
        assert_eq!(r.held_bytes(), 800);
    }

    #[test]
    fn released_bytes_survive_until_wrap() {
        let mut r = Ring::new(256).unwrap();
        let a = r.reserve(64).unwrap();
        r.write(a, &[1; 64]);
        r.release_oldest();
        let b = r.reserve(64).unwrap();
        assert_ne!(a, b, "the next region does not reuse the just-released one");
    }
}
