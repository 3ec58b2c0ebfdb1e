//! JPEG snapshots (docs/validation-rules.md D): send_jpege_frame with its user output buffer, the predicted size,
//! the JPEG parameters.

use super::send::check_send;
use super::{chn, non_null};
use crate::calls::v2::args::*;
use crate::chassis::{Cx, Hooks};
use crate::validate::rules::Rule;
use aclvenc_abi::*;

impl Hooks for hi_mpi_venc_send_jpege_frame {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(buf_size) = check_send(cx, self.chn, self.frame(), self.milli_sec) else { return };
        if buf_size != 0 {
            let c = self.chn;
            cx.report(Rule::MpiJpegeBufsizeMode, || {
                format!("channel {c} was created with buf_size {buf_size}; send_jpege_frame needs buf_size 0")
            });
        }
        if !non_null(cx, self.jpege_stream, "jpege_stream") {
            return;
        }
        if let Some(out) = self.jpege_stream().read() {
            if out.addr.is_null() || (out.addr as usize) % 16 != 0 {
                cx.report(Rule::MpiJpegeOutbuf, || {
                    format!("jpege_stream.addr {:p} must be a 16-byte aligned buffer from hi_mpi_dvpp_malloc", out.addr)
                });
            }
        }
    }

    fn entered(&self, cx: &Cx<'_>) {
        let out = self.jpege_stream().read().map(|o| o.addr as usize).filter(|a| *a != 0);
        super::send::entering(cx, self.chn, self.frame(), out);
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        super::send::record_sent(cx, self.chn, self.frame(), *ret == HI_SUCCESS);
    }
}

impl Hooks for hi_mpi_venc_get_jpege_predicted_size {
    fn check(&self, cx: &mut Cx<'_>) {
        if self.frame.is_null() || self.size.is_null() {
            let (f, s) = (self.frame, self.size);
            cx.report(Rule::MpiJpegePredsizeArgs, || format!("frame ({f:p}) and size ({s:p}) must not be NULL"));
        }
    }
}

impl Hooks for hi_mpi_venc_set_jpeg_param {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = chn(cx, self.chn) else { return };
        if !non_null(cx, self.jpeg_param, "jpeg_param") {
            return;
        }
        if s.payload != hi_payload_type::HI_PT_JPEG {
            let c = self.chn;
            cx.report(Rule::MpiJpegeSetparamType, || format!("channel {c} is {:?}, not a JPEG channel", s.payload));
        }
        if let Some(p) = self.jpeg_param().read() {
            let q = p.qfactor;
            if q != u32::MAX && !(1..=100).contains(&q) {
                cx.report(Rule::MpiJpegeQfactor, || {
                    format!("qfactor {q} must be in [1, 100], or 0xFFFFFFFF to use the y/cb/cr quantisation tables")
                });
            }
        }
    }
}
