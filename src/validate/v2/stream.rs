//! Streams (docs/validation-rules.md B, E): query_status, get_stream (packs allocated as query_status said) and
//! release_stream (in the order obtained, each once).

use super::{chn, live_chn, millisec, non_null};
use crate::calls::v2::args::*;
use crate::chassis::{Cx, Hooks};
use crate::site::Origin;
use crate::state::pipe::Output;
use crate::state::v2::Outstanding;
use crate::state::Out;
use crate::validate::rules::Rule;
use aclvenc_abi::*;
use aclvenc_ptr::{member, In, InSlice};

/// What the stream hooks read of a `hi_venc_stream`: its pack array, pack count and sequence number, read member
/// by member (a copy of the whole struct, with its codec unions, is a `memcpy` per call; issue 9).
struct Head<'a> {
    pack: *mut hi_venc_pack,
    pack_cnt: u32,
    seq: u32,
    /// The packs (`None`: `pack` is NULL).
    packs: Option<InSlice<'a, hi_venc_pack>>,
}

impl<'a> Head<'a> {
    /// `None` when `stream` is NULL.
    fn of(stream: In<'a, hi_venc_stream>) -> Option<Head<'a>> {
        let pack = member!(stream, hi_venc_stream, pack).read()?;
        let pack_cnt = member!(stream, hi_venc_stream, pack_cnt).read()?;
        let seq = member!(stream, hi_venc_stream, seq).read()?;
        let packs = stream.nested(pack.cast_const()).elements(pack_cnt as usize);
        Some(Head { pack, pack_cnt, seq, packs })
    }

    /// The packs' memory as runs of packs that each start inside or at the end of the run before (an encoder
    /// writes a picture's NAL units one after another): `f(start, end, first pack, last pack)` for each run, so
    /// that a stream's memory is one range to the output-lifetime rules, not one per pack.
    fn for_each_run(&self, mut f: impl FnMut(usize, usize, usize, usize)) {
        let mut run: Option<(usize, usize, usize, usize)> = None;
        for (i, p) in self.packs.into_iter().flat_map(|p| p.views()).enumerate() {
            let start = member!(p, hi_venc_pack, addr).read().unwrap_or_default() as usize;
            let end = start.saturating_add(member!(p, hi_venc_pack, len).read().unwrap_or(0) as usize);
            match &mut run {
                Some(r) if (r.0..=r.1).contains(&start) => (r.1, r.3) = (r.1.max(end), i),
                _ => {
                    if let Some((s, e, first, last)) = run.replace((start, end, i, i)) {
                        f(s, e, first, last);
                    }
                }
            }
        }
        if let Some((s, e, first, last)) = run {
            f(s, e, first, last);
        }
    }
}

impl Hooks for hi_mpi_venc_query_status {
    #[inline]
    fn check(&self, cx: &mut Cx<'_>) {
        if live_chn(cx, self.chn) {
            non_null(cx, self.status, "status");
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == HI_SUCCESS {
            if let Some(st) = self.status().read() {
                cx.v2().status_queried(self.chn, st.cur_packs);
            }
        }
    }
}

impl Hooks for hi_mpi_venc_get_stream {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(c) = chn(cx, self.chn) else { return };
        millisec(cx, self.milli_sec);
        if !non_null(cx, self.stream, "stream") {
            return;
        }
        if let Some(s) = Head::of(self.stream().as_in()) {
            if s.pack.is_null() || s.pack_cnt == 0 {
                cx.report(Rule::MpiGetstreamPack, || {
                    format!("stream.pack {:p} with pack_cnt {}: allocate pack_cnt hi_venc_pack entries (cur_packs from query_status) and set both", s.pack, s.pack_cnt)
                });
            } else if let Some(need) = c.cur_packs.filter(|n| s.pack_cnt < *n) {
                let id = self.chn;
                cx.report(Rule::MpiGetstreamPack, || {
                    format!("pack_cnt {} is below the {need} packs query_status reported for channel {id}'s next stream; allocate at least cur_packs hi_venc_pack entries", s.pack_cnt)
                });
            }
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != HI_SUCCESS {
            return;
        }
        let Some(s) = Head::of(self.stream().as_in()) else { return };
        let mut bytes = 0u64;
        let mut empty = None;
        for (i, p) in s.packs.into_iter().flat_map(|p| p.views()).enumerate() {
            let len = member!(p, hi_venc_pack, len).read().unwrap_or(0);
            bytes += len.saturating_sub(member!(p, hi_venc_pack, offset).read().unwrap_or(0)) as u64;
            if len == 0 && empty.is_none() {
                empty = Some(i);
            }
        }
        let first = s.packs.and_then(|p| p.get(0)).map(|p| (*p.input_addr() as usize, p.pts));
        // One lock of the channel, then one of the pipeline.
        let stream =
            Outstanding { pack: s.pack as usize, pack_cnt: s.pack_cnt, seq: s.seq, origin: Origin::light_of(cx) };
        let out = cx.v2().stream_obtained(self.chn, stream, first.unwrap_or((0, 0)), bytes, empty.is_some());
        let mut pipe = cx.pipe();
        // The stream's memory is the application's to read again until it releases the stream.
        s.for_each_run(|start, end, _, _| pipe.revive(start, end, Some(&cx.thread.held)));
        drop(pipe);
        if let Some(i) = empty {
            let c = self.chn;
            cx.note(Rule::MpiGetstreamLen0, || {
                format!("channel {c} stream seq {} pack {i} has len 0: that picture failed to encode (release the stream all the same)", s.seq)
            });
        }
        let idr = crate::tap::on(crate::tap::Api::V2).then(|| tap_output(self.stream().as_in(), &s, &out)).flatten();
        crate::validate::stream::came_out(out.track, out.flight, out.at_ns, bytes, out.pending, out.kbps, idr);
        if let Some(stall) = out.stall {
            crate::validate::stream::stalled(cx.func, &format!("channel {}", self.chn), stall, out.pending);
        }
    }
}

/// Hands the stream's packs (the bytes from each pack's `offset` to its `len`) to the stream checks; a stream with a
/// NULL pack address is not read. Returns whether it holds a random access picture (as [`crate::tap::output`]).
fn tap_output(stream: In<'_, hi_venc_stream>, s: &Head<'_>, out: &Out) -> Option<bool> {
    let packs = s.packs?;
    let codec = out.codec?;
    if packs.iter().any(|p| p.addr.is_null()) {
        return None;
    }
    let bytes = packs.iter().map(|p| {
        let all = stream.nested(p.addr.cast_const()).elements(p.len as usize);
        all.map_or(&[][..], |b| b.as_slice().get(p.offset as usize..).unwrap_or_default())
    });
    crate::tap::output(out.track, codec, out.flight.and_then(|f| f.forced_idr), bytes)
}

impl Hooks for hi_mpi_venc_release_stream {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(c) = chn(cx, self.chn) else { return };
        if !non_null(cx, self.stream, "stream") {
            return;
        }
        let Some(s) = Head::of(self.stream().as_in()) else { return };
        let (key, id) = (s.pack as usize, self.chn);
        // The oldest outstanding stream (the one released next, in order) is published; only another one makes
        // the check look through the list, under the channel's lock.
        let at = if key != 0 && key == c.oldest { Some(0) } else { cx.v2().outstanding_at(id, key) };
        match at {
            None => cx.report(Rule::MpiReleaseInvalid, || {
                format!("stream (pack {:p}, seq {}) was not obtained from channel {id} with get_stream, or was already released", s.pack, s.seq)
            }),
            Some(0) => {}
            Some(i) => cx.report(Rule::MpiReleaseOrder, || {
                format!("stream seq {} released before {i} older streams of channel {id}; release in the order obtained (FIFO)", s.seq)
            }),
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret != HI_SUCCESS {
            return;
        }
        let Some(s) = Head::of(self.stream().as_in()) else { return };
        cx.v2().stream_released(self.chn, s.pack as usize);
        // Its packs' memory is the encoder's again (VENC-CB-OUTPUT-LIFETIME).
        let mut pipe = cx.pipe();
        s.for_each_run(|start, end, pack, last| {
            pipe.output_expired(start, end, Output::V2 { chn: self.chn, seq: s.seq, pack, last });
        });
    }
}
