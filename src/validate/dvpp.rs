//! Checks for the `acldvpp*` functions, `libacl_dvpp.so`: DVPP memory (every allocator's blocks are tracked, with
//! the frames in flight that read them; the free checks are shared with `aclrtFree` and `hi_mpi_dvpp_free`),
//! picture descs with the fields set on them, and stream descs (validation-rules.md A.4, E, G).

use crate::calls::dvpp::args::*;
use crate::chassis::{Cx, Hooks};
use crate::site::Origin;
use crate::state::pipe::{Allocator, Channel, Found, PicField, ReadCount, Reader};
use aclvenc_abi::*;
use aclvenc_interface::rules::Rule;
use aclvenc_ptr::Out;
use core::ffi::c_void;

/// The rule for freeing what a frame in flight still reads: the V1 or the V2 one, by the frame's channel.
fn early_rule(r: &Reader) -> Rule {
    match r.channel {
        Channel::V2(_) => Rule::MpiInputFreeEarly,
        Channel::V1(_) => Rule::VencSendInputFreeEarly,
    }
}

/// `channel frame N (sent by F on thread T)` for messages.
pub(crate) fn describe_reader(r: &Reader) -> String {
    format!("{} frame {} (sent by {} on thread {})", r.channel, r.frame, r.sent.function, r.sent.thread())
}

/// Checks a free of `p` with `free` (the calling function), which takes memory of `expected`. A block freed
/// twice, and a pointer no allocator returned (an interior pointer, another allocator's block, an address never
/// allocated), are refused in every mode: the driver's allocator would be corrupted, as by a handle the shim never
/// saw created.
pub(crate) fn check_free(cx: &mut Cx<'_>, p: usize, expected: Allocator) {
    if p == 0 {
        return;
    }
    if let Some(b) = cx.cached_block_at(p) {
        let (base, _, allocator) = b.get();
        if base == p && allocator == expected && b.quiet() {
            // A whole live block of this allocator that nothing reads or writes: fine, found without the pipe lock.
            return;
        }
    }
    enum Verdict {
        Fine,
        Interior {
            base: usize,
            allocator: Allocator,
            size: usize,
        },
        Foreign(Allocator),
        /// Frames in flight read the block (they count in its cell), and its allocator.
        InFlight(&'static ReadCount, Allocator),
        Output(usize),
        Twice {
            by: Origin,
            size: usize,
        },
        Freeing,
        Unknown,
    }
    let verdict = match cx.pipe().find(p) {
        Found::Live { base, block } if base != p => {
            Verdict::Interior { base, allocator: block.allocator, size: block.size }
        }
        Found::Live { block, .. } if block.allocator != expected => Verdict::Foreign(block.allocator),
        Found::Live { block, .. } if block.cell.reads.count() > 0 => {
            Verdict::InFlight(&block.cell.reads, block.allocator)
        }
        Found::Live { block, .. } => block.output_of.map_or(Verdict::Fine, Verdict::Output),
        Found::Freed(f) => Verdict::Twice { by: f.by.clone(), size: f.size },
        Found::Freeing => Verdict::Freeing,
        Found::Unknown => Verdict::Unknown,
    };
    let free = cx.func;
    match verdict {
        Verdict::Fine => {}
        Verdict::Interior { base, allocator, size } => cx.refuse(Rule::DvppMemFreeUnknown, || {
            format!("{p:#x} is {} bytes into the {size}-byte block {base:#x} from {}, not a pointer an allocator returned; {free} frees whole blocks. The call was not forwarded. Free {base:#x} once (a frame's chroma plane is part of its luma block)", p - base, allocator.malloc())
        }),
        Verdict::Foreign(allocator) => cx.refuse(Rule::DvppMemFreeUnknown, || {
            format!("{p:#x} came from {}, not from {}; free it with {}. The call was not forwarded", allocator.malloc(), expected.malloc(), allocator.free())
        }),
        Verdict::InFlight(reads, allocator) => {
            // The channels are looked through now that the pipe lock is released; a frame that came out meanwhile
            // is no finding.
            let Some(r) = cx.shim.state.reader_of(reads) else { return };
            let readers = reads.count();
            let more = if readers > 1 { format!(" and {} more frames", readers - 1) } else { String::new() };
            cx.report(early_rule(&r), || {
                format!("{p:#x} ({}) is still read by {}{more}: the encoder reads it until that frame's result is out, so freeing it now corrupts or crashes the encode. Free it in the callback (V1) or after get_stream returned the frame (V2)", allocator.kind(), describe_reader(&r))
            });
        }
        Verdict::Output(desc) => cx.report(Rule::VencChdescBufaddrLifetime, || {
            format!("{p:#x} is the output buffer of channelDesc {desc:#x}, whose channel is live: the encoder writes every stream into it. Free it after aclvencDestroyChannel")
        }),
        Verdict::Twice { by, size } => cx.refuse(Rule::DvppMemDoubleFree, || {
            format!("{p:#x} ({size} bytes) was already freed ({}); freeing it again corrupts the driver's allocator. The call was not forwarded. Free each block once and set the pointer to NULL", by.site())
        }),
        Verdict::Freeing => cx.refuse(Rule::DvppMemDoubleFree, || {
            format!("{p:#x} is being freed by another thread right now; freeing it twice corrupts the driver's allocator. The call was not forwarded. Free each block once, from one owner")
        }),
        Verdict::Unknown => cx.refuse(Rule::DvppMemFreeUnknown, || {
            format!("{p:#x} was never returned by {} (or any allocator the shim saw); {free} can only free what its allocator returned. The call was not forwarded", expected.malloc())
        }),
    }
}

/// The free of `p` is about to be forwarded: the block leaves the live set before the driver can hand its
/// address to another thread's allocation.
pub(crate) fn freeing(cx: &Cx<'_>, p: usize) {
    if p != 0 {
        cx.pipe().block_freeing(p);
    }
}

/// Settles the free of `p` by what the driver returned (`ok`); where it was freed is the thread and function only:
/// no stack per free, which programs that allocate per frame would pay on every frame.
pub(crate) fn record_free(cx: &Cx<'_>, p: usize, ok: bool) {
    if p != 0 {
        cx.pipe().block_freed(p, ok, || Origin::light_of(cx));
    }
}

/// Records a successful allocation written through `out` of `size` bytes; where: the thread and the application's
/// call site (no stack is unwound: programs allocate per frame).
pub(crate) fn record_alloc(cx: &Cx<'_>, out: Out<'_, *mut c_void>, size: usize, allocator: Allocator) {
    if let Some(base) = out.read().filter(|p| !p.is_null()) {
        let mut pipe = cx.pipe();
        let cell = pipe.block_allocated(base as usize, size, allocator, Origin::of_call(cx));
        // This thread is the one likeliest to use and free it next.
        cx.thread.blocks.put(base as usize, pipe.block_gen.get(), cell);
    }
}

impl Hooks for acldvppMalloc {
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == ACL_SUCCESS {
            record_alloc(cx, self.devPtr(), self.size, Allocator::AcldvppMalloc);
        }
    }
}

/// The hooks of a free function `$f` of the block in argument `$ptr`, which takes memory of `$allocator` and
/// succeeds with `$ok`; `$before` runs first in its check. All four frees (acldvppFree, aclrtFree, aclrtFreeHost,
/// hi_mpi_dvpp_free) are the same three steps: [`check_free`], [`freeing`] as the driver gets the call,
/// [`record_free`] by its answer.
macro_rules! free_hooks {
    ($f:ident . $ptr:ident, $allocator:expr, $ok:expr $(, $before:path)?) => {
        impl $crate::chassis::Hooks for $f {
            fn check(&self, cx: &mut $crate::chassis::Cx<'_>) {
                $($before(cx);)?
                $crate::validate::dvpp::check_free(cx, self.$ptr as usize, $allocator);
            }
            fn entered(&self, cx: &$crate::chassis::Cx<'_>) {
                $crate::validate::dvpp::freeing(cx, self.$ptr as usize);
            }
            fn record(&self, ret: &i32, cx: &$crate::chassis::Cx<'_>) {
                $crate::validate::dvpp::record_free(cx, self.$ptr as usize, *ret == $ok);
            }
        }
    };
}
pub(crate) use free_hooks;

free_hooks!(acldvppFree.devPtr, Allocator::AcldvppMalloc, ACL_SUCCESS);

impl Hooks for acldvppCreatePicDesc {
    fn record(&self, ret: &*mut acldvppPicDesc, cx: &Cx<'_>) {
        if !ret.is_null() {
            cx.pipe().pic_desc_created(*ret as usize, Origin::of_call(cx));
        }
    }
}

impl Hooks for acldvppDestroyPicDesc {
    fn check(&self, cx: &mut Cx<'_>) {
        let p = self.picDesc as usize;
        if !known_pic_desc(cx, p, "picDesc") {
            return;
        }
        let reads = cx.pic_desc(p).filter(|d| d.reads.count() > 0).map(|d| &d.reads);
        if let Some(r) = &reads.and_then(|reads| cx.shim.state.reader_of(reads)) {
            cx.report(early_rule(r), || {
                format!("pic desc {p:#x} is still read by {}: the encoder reads the desc and its data until that frame's callback. Destroy it in the callback", describe_reader(r))
            });
        }
    }
    fn entered(&self, cx: &Cx<'_>) {
        cx.pipe().pic_desc_destroying(self.picDesc as usize);
    }
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        cx.pipe().pic_desc_destroyed(self.picDesc as usize, *ret == ACL_SUCCESS);
    }
}

/// Pic desc setters: `fn(picDesc, value) -> aclError`, recorded as the field they set.
macro_rules! pic_setters {
    ($($f:ident . $v:ident => $field:ident as $conv:expr;)*) => {$(
        impl Hooks for $f {
            fn check(&self, cx: &mut Cx<'_>) {
                known_pic_desc(cx, self.picDesc as usize, "picDesc");
            }
            fn record(&self, ret: &i32, cx: &Cx<'_>) {
                if *ret == ACL_SUCCESS {
                    let conv: fn(&Self) -> u64 = $conv;
                    let p = self.picDesc as usize;
                    if let Some(d) = cx.pic_desc(p) {
                        d.set(p, PicField::$field, conv(self));
                    }
                }
            }
        }
    )*};
}

pic_setters! {
    acldvppSetPicDescData.dataDev => Data as |a| a.dataDev as usize as u64;
    acldvppSetPicDescSize.size => Size as |a| u64::from(a.size);
    acldvppSetPicDescFormat.format => Format as |a| u64::from(a.format.0 as u32);
    acldvppSetPicDescWidth.width => Width as |a| u64::from(a.width);
    acldvppSetPicDescHeight.height => Height as |a| u64::from(a.height);
    acldvppSetPicDescWidthStride.widthStride => WidthStride as |a| u64::from(a.widthStride);
    acldvppSetPicDescHeightStride.heightStride => HeightStride as |a| u64::from(a.heightStride);
}

impl Hooks for acldvppCreateStreamDesc {
    fn record(&self, ret: &*mut acldvppStreamDesc, cx: &Cx<'_>) {
        if !ret.is_null() {
            cx.pipe().stream_desc_created(*ret as usize, Origin::capture(cx.func));
        }
    }
}

impl Hooks for acldvppDestroyStreamDesc {
    fn check(&self, cx: &mut Cx<'_>) {
        known_stream_desc(cx, self.streamDesc as usize);
    }
    fn entered(&self, cx: &Cx<'_>) {
        cx.pipe().stream_desc_destroying(self.streamDesc as usize);
    }
    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        cx.pipe().stream_desc_destroyed(self.streamDesc as usize, *ret == ACL_SUCCESS);
    }
}

/// DVPP-DESC-UNKNOWN-HANDLE: whether `p` (not NULL: the vendor fails NULL itself) is a pic desc the shim saw
/// acldvppCreatePicDesc return and not yet destroyed; refuses the call otherwise (`what`: the argument's name).
/// A driver without acldvppCreatePicDesc (an encoder-only test driver) makes its pic descs some other way, so
/// then nothing is refused.
#[inline]
pub(crate) fn known_pic_desc(cx: &mut Cx<'_>, p: usize, what: &'static str) -> bool {
    let creates = cx.shim.driver.tables.dvpp.acldvppCreatePicDesc.is_some();
    p == 0 || !creates || cx.pic_desc(p).is_some() || unknown_pic_desc(cx, p, what)
}

/// [`known_pic_desc`] for a handle that is no live pic desc: refuses the call; false.
#[cold]
#[inline(never)]
fn unknown_pic_desc(cx: &mut Cx<'_>, p: usize, what: &'static str) -> bool {
    cx.refuse(Rule::DvppDescUnknownHandle, || {
        format!("{what} {p:#x} was never returned by acldvppCreatePicDesc, or was already destroyed; the call was not forwarded. Pass a pic desc from acldvppCreatePicDesc that is not destroyed yet")
    });
    false
}

/// DVPP-DESC-UNKNOWN-HANDLE for a stream desc the application sets up or destroys (the getters also read the
/// stream descs the driver hands to callbacks, which the shim never sees created).
fn known_stream_desc(cx: &mut Cx<'_>, p: usize) {
    let creates = cx.shim.driver.tables.dvpp.acldvppCreateStreamDesc.is_some();
    if p != 0 && creates && !cx.pipe().stream_descs.contains_key(&p) {
        cx.refuse(Rule::DvppDescUnknownHandle, || {
            format!("stream desc {p:#x} was never returned by acldvppCreateStreamDesc, or was already destroyed; the call was not forwarded")
        });
    }
}

/// Pic desc functions with nothing to check but their handle: getters, and setters of fields the encoder does
/// not read.
macro_rules! pic_desc_handle_only {
    ($($f:ident),* $(,)?) => {$(impl Hooks for $f {
        fn check(&self, cx: &mut Cx<'_>) {
            known_pic_desc(cx, self.picDesc as usize, "picDesc");
        }
    })*};
}

pic_desc_handle_only!(
    acldvppSetPicDescRetCode,
    acldvppGetPicDescData,
    acldvppGetPicDescSize,
    acldvppGetPicDescFormat,
    acldvppGetPicDescWidth,
    acldvppGetPicDescHeight,
    acldvppGetPicDescWidthStride,
    acldvppGetPicDescHeightStride,
    acldvppGetPicDescRetCode,
);

/// Stream desc setters: their handle must be one the application created.
macro_rules! stream_desc_setters {
    ($($f:ident),* $(,)?) => {$(impl Hooks for $f {
        fn check(&self, cx: &mut Cx<'_>) {
            known_stream_desc(cx, self.streamDesc as usize);
        }
    })*};
}

stream_desc_setters!(
    acldvppSetStreamDescData,
    acldvppSetStreamDescSize,
    acldvppSetStreamDescFormat,
    acldvppSetStreamDescTimestamp,
    acldvppSetStreamDescRetCode,
    acldvppSetStreamDescEos,
);

/// Functions with nothing to check or record: the stream desc getters.
macro_rules! untracked {
    ($($f:ident),* $(,)?) => {$(impl Hooks for $f {})*};
}

untracked!(
    acldvppGetStreamDescData,
    acldvppGetStreamDescSize,
    acldvppGetStreamDescFormat,
    acldvppGetStreamDescTimestamp,
    acldvppGetStreamDescRetCode,
    acldvppGetStreamDescEos,
);
