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
use aclvenc_ptr::In;

impl Hooks for hi_mpi_venc_query_status {
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
        if let Some(s) = self.stream().read() {
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
        let Some(s) = self.stream().read() else { return };
        let mut bytes = 0u64;
        let mut empty = None;
        let mut first = None;
        let packs = self.stream().as_in().nested(s.pack.cast_const()).elements(s.pack_cnt as usize);
        for (i, p) in packs.into_iter().flat_map(|p| p.iter()).enumerate() {
            bytes += p.len.saturating_sub(p.offset) as u64;
            if p.len == 0 && empty.is_none() {
                empty = Some(i);
            }
            first.get_or_insert((*p.input_addr() as usize, p.pts));
        }
        // One lock of the channel, then one of the pipeline.
        let stream =
            Outstanding { pack: s.pack as usize, pack_cnt: s.pack_cnt, seq: s.seq, origin: Origin::light_of(cx) };
        let out = cx.v2().stream_obtained(self.chn, stream, first.unwrap_or((0, 0)), bytes, empty.is_some());
        let mut pipe = cx.pipe();
        for p in packs.into_iter().flat_map(|p| p.iter()) {
            // The stream's memory is the application's to read again until it releases the stream.
            pipe.revive(p.addr as usize, p.addr as usize + p.len as usize, Some(&cx.thread.held));
        }
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
fn tap_output(stream: In<'_, hi_venc_stream>, s: &hi_venc_stream, out: &Out) -> Option<bool> {
    let packs = stream.nested(s.pack.cast_const()).elements(s.pack_cnt as usize)?;
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
        let Some(s) = self.stream().read() else { return };
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
        let Some(s) = self.stream().read() else { return };
        cx.v2().stream_released(self.chn, s.pack as usize);
        // Its packs' memory is the encoder's again (VENC-CB-OUTPUT-LIFETIME).
        let packs = self.stream().as_in().nested(s.pack.cast_const()).elements(s.pack_cnt as usize);
        let mut pipe = cx.pipe();
        for (i, p) in packs.into_iter().flat_map(|p| p.iter()).enumerate() {
            let what = Output::V2 { chn: self.chn, seq: s.seq, pack: i };
            let start = p.addr as usize;
            pipe.output_expired(start, start + p.len as usize, what);
        }
    }
}
