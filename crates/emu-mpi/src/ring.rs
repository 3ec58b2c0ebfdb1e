//! A channel's output stream buffer: one fixed block of `buf_size` bytes (hi_venc_attr.buf_size) used as a FIFO
//! ring of contiguous regions, one region per stream the channel produced and the application has not released.
//!
//! Contract kept here (D-MPI-GETSTREAM, D-MPI-RELEASE, MPI-GET-RELEASE-PAIRING): a stream's bytes never move
//! while it is held; released bytes stay readable (unchanged) until the ring wraps around onto them; when no
//! region is free the encoder waits for a release. The block lives until the channel is destroyed.
//!
//! The block is device memory of the shared registry (`aclvenc_emu_common::devmem`, allocator
//! `EncoderStream`): the application reads the packs there, and the registry refuses it as encoder input and to
//! the application's free calls (`hi_mpi_dvpp_free` of a pack address returns HI_ERR_SYS_ILLEGAL_PARAM). The
//! worker writes it under the channel lock and is joined before the channel, and with it the ring, is dropped, so
//! no write outlives the block; pack addresses an application still holds after `hi_mpi_venc_destroy_chn` dangle,
//! as on the device (MPI-DESTROY-UNRELEASED).

use std::collections::VecDeque;

use aclvenc_emu_common::devmem::{self, AllocSet, Allocator};

/// Alignment of every region, in bytes (the block itself is aligned to `devmem::ALIGN`).
pub const RING_ALIGN: usize = 64;

/// The stream buffers' memory.
const STREAM: AllocSet = AllocSet::of(&[Allocator::EncoderStream]);

/// The ring. Region offsets are relative to its block.
#[derive(Debug)]
pub struct Ring {
    /// Address of the block (registry memory of `EncoderStream`).
    base: usize,
    cap: usize,
    /// (offset, length) of each held region, oldest first.
    regions: VecDeque<(usize, usize)>,
    /// Where the next region starts when there is room (the end of the newest region, aligned).
    head: usize,
}

const fn align_up(x: usize) -> usize {
    (x + RING_ALIGN - 1) & !(RING_ALIGN - 1)
}

impl Ring {
    /// Allocate a zeroed ring of `cap` bytes (`cap > 0`); `None` when out of memory.
    pub fn new(cap: usize) -> Option<Ring> {
        let cap = cap.max(1);
        let base = devmem::alloc(Allocator::EncoderStream, cap)?;
        Some(Ring { base, cap, regions: VecDeque::new(), head: 0 })
    }

    /// Capacity in bytes.
    pub fn capacity(&self) -> usize {
        self.cap
    }

    /// Address of byte `offset` of the block.
    pub fn addr(&self, offset: usize) -> usize {
        self.base + offset
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
        if let Err(e) = devmem::copy_out(self.base + offset, data, STREAM) {
            log::error!("stream buffer {:#x}: the registry refused the write ({e:?})", self.base);
        }
    }

    /// Release the oldest region; its bytes stay as they are until a later region overwrites them.
    pub fn release_oldest(&mut self) -> Option<(usize, usize)> {
        self.regions.pop_front()
    }
}

impl Drop for Ring {
    fn drop(&mut self) {
        if let Err(e) = devmem::free(Allocator::EncoderStream, self.base) {
            log::error!("stream buffer {:#x}: the registry refused the free ({e:?})", self.base);
        }
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
    fn the_block_is_registry_memory_the_application_cannot_take() {
        use aclvenc_emu_common::devmem::{FreeError, MemError};
        let mut r = Ring::new(256).unwrap();
        let off = r.reserve(4).unwrap();
        r.write(off, &[1, 2, 3, 4]);
        assert_eq!(devmem::copy_in(r.addr(off), 4, STREAM), Ok(vec![1, 2, 3, 4]));
        let dvpp = AllocSet::of(&[Allocator::HiMpiDvppMalloc, Allocator::AcldvppMalloc]);
        assert_eq!(devmem::lookup(r.addr(off), 4, dvpp), Err(MemError::Refused(Allocator::EncoderStream)));
        assert_eq!(
            devmem::free(Allocator::HiMpiDvppMalloc, r.addr(0)),
            Err(FreeError::OtherAllocator(Allocator::EncoderStream))
        );
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
