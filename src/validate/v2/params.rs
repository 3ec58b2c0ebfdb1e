//! The other parameter calls (docs/validation-rules.md B): each needs an existing channel and, where it takes one, a
//! non-NULL parameter struct.

use super::{chn, non_null};
use crate::calls::v2::args::*;
use crate::chassis::{Cx, Hooks};
use aclvenc_abi::{hi_bool, HI_SUCCESS};
use aclvenc_interface::rules::Rule;

/// `fn(chn, required pointer) -> hi_s32`: the channel must exist and the pointer be non-NULL.
macro_rules! chn_ptr {
    ($($f:ident . $p:ident),* $(,)?) => {$(
        impl Hooks for $f {
            fn check(&self, cx: &mut Cx<'_>) {
                if chn(cx, self.chn).is_some() {
                    non_null(cx, self.$p, stringify!($p));
                }
            }
        }
    )*};
}

chn_ptr!(
    hi_mpi_venc_set_chn_param.chn_param,
    hi_mpi_venc_get_chn_param.chn_param,
    hi_mpi_venc_get_jpeg_param.jpeg_param,
    hi_mpi_venc_set_jpeg_huffman_param.jpeg_huffman_param,
    hi_mpi_venc_get_jpeg_huffman_param.jpeg_huffman_data,
    hi_mpi_venc_set_rc_param.rc_param,
    hi_mpi_venc_get_rc_param.rc_param,
    hi_mpi_venc_set_roi_attr.roi_attr,
    hi_mpi_venc_get_roi_attr.roi_attr,
    hi_mpi_venc_set_ref_param.ref_param,
    hi_mpi_venc_get_ref_param.ref_param,
    hi_mpi_venc_get_scene_mode.scene_mode,
    hi_mpi_venc_set_h264_vui.h264_vui,
    hi_mpi_venc_get_h264_vui.h264_vui,
    hi_mpi_venc_set_h265_vui.h265_vui,
    hi_mpi_venc_get_h265_vui.h265_vui,
    hi_mpi_venc_set_cu_pred.cu_pred,
    hi_mpi_venc_get_cu_pred.cu_pred,
    hi_mpi_venc_set_intra_refresh.intra_refresh,
    hi_mpi_venc_get_intra_refresh.intra_refresh,
    hi_mpi_venc_get_chn_attr.chn_attr,
    hi_mpi_venc_set_slice_split.slice_split,
    hi_mpi_venc_get_slice_split.slice_split,
    hi_mpi_venc_set_streamcopy_param.streamcopy_param,
    hi_mpi_venc_get_streamcopy_param.streamcopy_param,
);

/// `fn(chn, values...) -> hi_s32`: the channel must exist.
macro_rules! chn_only {
    ($($f:ident),* $(,)?) => {$(
        impl Hooks for $f {
            fn check(&self, cx: &mut Cx<'_>) {
                chn(cx, self.chn);
            }
        }
    )*};
}

chn_only!(hi_mpi_venc_compact_jpeg_tables, hi_mpi_venc_set_scene_mode);

impl Hooks for hi_mpi_venc_request_idr {
    fn check(&self, cx: &mut Cx<'_>) {
        chn(cx, self.chn);
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == HI_SUCCESS && self.instant == hi_bool::HI_TRUE {
            cx.v2().idr_requested(self.chn);
        }
    }
}

impl Hooks for hi_mpi_venc_close_fd {
    fn check(&self, cx: &mut Cx<'_>) {
        crate::validate::sys::sys_ready(cx);
        if cx.v2().chns.contains(self.chn) {
            let c = self.chn;
            cx.report(Rule::MpiClosefd, || {
                format!("hi_mpi_venc_close_fd({c}) while channel {c} exists: the call is reserved in recent docs, and where it works only after hi_mpi_venc_destroy_chn, never concurrently with other MPI calls. Drop the call (destroy_chn closes the fd)")
            });
        }
    }
}

impl Hooks for hi_mpi_venc_set_mod_param {
    fn check(&self, cx: &mut Cx<'_>) {
        crate::validate::sys::sys_ready(cx);
        non_null(cx, self.mod_param, "mod_param");
    }
}

impl Hooks for hi_mpi_venc_get_mod_param {
    fn check(&self, cx: &mut Cx<'_>) {
        crate::validate::sys::sys_ready(cx);
        non_null(cx, self.mod_param, "mod_param");
    }
}

impl Hooks for hi_mpi_venc_get_qpmap_stride {}
impl Hooks for hi_mpi_venc_get_qpmap_size {}
