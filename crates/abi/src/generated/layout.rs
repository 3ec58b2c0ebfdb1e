// generated from abi/abi-spec.json by `cargo run -p xtask -- gen`; do not edit

use super::types::*;
use crate::layout_support::size_of_pointee;
use crate::{EnumLayout, FieldLayout, StructLayout};
use alloc::vec;
use alloc::vec::Vec;

/// Size, alignment and every member's offset and size, as the Rust compiler laid the types out.
pub fn structs() -> Vec<StructLayout> {
    let mut v = Vec::new();
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_chn_attr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "venc_attr",
                    offset: ::core::ptr::addr_of!((*base).venc_attr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).venc_attr)),
                },
                FieldLayout {
                    name: "rc_attr",
                    offset: ::core::ptr::addr_of!((*base).rc_attr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).rc_attr)),
                },
                FieldLayout {
                    name: "gop_attr",
                    offset: ::core::ptr::addr_of!((*base).gop_attr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).gop_attr)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_chn_attr",
            size: ::core::mem::size_of::<hi_venc_chn_attr>(),
            align: ::core::mem::align_of::<hi_venc_chn_attr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_attr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "type",
                    offset: ::core::ptr::addr_of!((*base).r#type) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).r#type)),
                },
                FieldLayout {
                    name: "max_pic_width",
                    offset: ::core::ptr::addr_of!((*base).max_pic_width) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_pic_width)),
                },
                FieldLayout {
                    name: "max_pic_height",
                    offset: ::core::ptr::addr_of!((*base).max_pic_height) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_pic_height)),
                },
                FieldLayout {
                    name: "buf_size",
                    offset: ::core::ptr::addr_of!((*base).buf_size) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).buf_size)),
                },
                FieldLayout {
                    name: "profile",
                    offset: ::core::ptr::addr_of!((*base).profile) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).profile)),
                },
                FieldLayout {
                    name: "is_by_frame",
                    offset: ::core::ptr::addr_of!((*base).is_by_frame) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).is_by_frame)),
                },
                FieldLayout {
                    name: "pic_width",
                    offset: ::core::ptr::addr_of!((*base).pic_width) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pic_width)),
                },
                FieldLayout {
                    name: "pic_height",
                    offset: ::core::ptr::addr_of!((*base).pic_height) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pic_height)),
                },
                FieldLayout {
                    name: "h264_attr",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_attr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_attr)),
                },
                FieldLayout {
                    name: "h265_attr",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_attr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_attr)),
                },
                FieldLayout {
                    name: "jpeg_attr",
                    offset: ::core::ptr::addr_of!((*base).union1.jpeg_attr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.jpeg_attr)),
                },
                FieldLayout {
                    name: "prores_attr",
                    offset: ::core::ptr::addr_of!((*base).union1.prores_attr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.prores_attr)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_attr",
            size: ::core::mem::size_of::<hi_venc_attr>(),
            align: ::core::mem::align_of::<hi_venc_attr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_attr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "rcn_ref_share_buf_en",
                    offset: ::core::ptr::addr_of!((*base).rcn_ref_share_buf_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).rcn_ref_share_buf_en)),
                },
                FieldLayout {
                    name: "frame_buf_ratio",
                    offset: ::core::ptr::addr_of!((*base).frame_buf_ratio) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).frame_buf_ratio)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_attr",
            size: ::core::mem::size_of::<hi_venc_h264_attr>(),
            align: ::core::mem::align_of::<hi_venc_h264_attr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h265_attr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "rcn_ref_share_buf_en",
                    offset: ::core::ptr::addr_of!((*base).rcn_ref_share_buf_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).rcn_ref_share_buf_en)),
                },
                FieldLayout {
                    name: "frame_buf_ratio",
                    offset: ::core::ptr::addr_of!((*base).frame_buf_ratio) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).frame_buf_ratio)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h265_attr",
            size: ::core::mem::size_of::<hi_venc_h265_attr>(),
            align: ::core::mem::align_of::<hi_venc_h265_attr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_jpeg_attr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "dcf_en",
                    offset: ::core::ptr::addr_of!((*base).dcf_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dcf_en)),
                },
                FieldLayout {
                    name: "mpf_cfg",
                    offset: ::core::ptr::addr_of!((*base).mpf_cfg) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).mpf_cfg)),
                },
                FieldLayout {
                    name: "recv_mode",
                    offset: ::core::ptr::addr_of!((*base).recv_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).recv_mode)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_jpeg_attr",
            size: ::core::mem::size_of::<hi_venc_jpeg_attr>(),
            align: ::core::mem::align_of::<hi_venc_jpeg_attr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_mpf_cfg>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "large_thumbnail_num",
                    offset: ::core::ptr::addr_of!((*base).large_thumbnail_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).large_thumbnail_num)),
                },
                FieldLayout {
                    name: "large_thumbnail_size",
                    offset: ::core::ptr::addr_of!((*base).large_thumbnail_size) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).large_thumbnail_size)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_mpf_cfg",
            size: ::core::mem::size_of::<hi_venc_mpf_cfg>(),
            align: ::core::mem::align_of::<hi_venc_mpf_cfg>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_video_size>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "width",
                    offset: ::core::ptr::addr_of!((*base).width) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).width)),
                },
                FieldLayout {
                    name: "height",
                    offset: ::core::ptr::addr_of!((*base).height) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).height)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_video_size",
            size: ::core::mem::size_of::<hi_video_size>(),
            align: ::core::mem::align_of::<hi_video_size>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_prores_attr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "identifier",
                    offset: ::core::ptr::addr_of!((*base).identifier) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).identifier)),
                },
                FieldLayout {
                    name: "frame_rate_code",
                    offset: ::core::ptr::addr_of!((*base).frame_rate_code) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).frame_rate_code)),
                },
                FieldLayout {
                    name: "aspect_ratio",
                    offset: ::core::ptr::addr_of!((*base).aspect_ratio) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).aspect_ratio)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_prores_attr",
            size: ::core::mem::size_of::<hi_venc_prores_attr>(),
            align: ::core::mem::align_of::<hi_venc_prores_attr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_rc_attr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "rc_mode",
                    offset: ::core::ptr::addr_of!((*base).rc_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).rc_mode)),
                },
                FieldLayout {
                    name: "h264_cbr",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_cbr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_cbr)),
                },
                FieldLayout {
                    name: "h264_vbr",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_vbr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_vbr)),
                },
                FieldLayout {
                    name: "h264_avbr",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_avbr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_avbr)),
                },
                FieldLayout {
                    name: "h264_qvbr",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_qvbr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_qvbr)),
                },
                FieldLayout {
                    name: "h264_cvbr",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_cvbr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_cvbr)),
                },
                FieldLayout {
                    name: "h264_fixqp",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_fixqp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_fixqp)),
                },
                FieldLayout {
                    name: "h264_qpmap",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_qpmap) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_qpmap)),
                },
                FieldLayout {
                    name: "mjpeg_cbr",
                    offset: ::core::ptr::addr_of!((*base).union1.mjpeg_cbr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.mjpeg_cbr)),
                },
                FieldLayout {
                    name: "mjpeg_vbr",
                    offset: ::core::ptr::addr_of!((*base).union1.mjpeg_vbr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.mjpeg_vbr)),
                },
                FieldLayout {
                    name: "mjpeg_fixqp",
                    offset: ::core::ptr::addr_of!((*base).union1.mjpeg_fixqp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.mjpeg_fixqp)),
                },
                FieldLayout {
                    name: "h265_cbr",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_cbr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_cbr)),
                },
                FieldLayout {
                    name: "h265_vbr",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_vbr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_vbr)),
                },
                FieldLayout {
                    name: "h265_avbr",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_avbr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_avbr)),
                },
                FieldLayout {
                    name: "h265_qvbr",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_qvbr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_qvbr)),
                },
                FieldLayout {
                    name: "h265_cvbr",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_cvbr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_cvbr)),
                },
                FieldLayout {
                    name: "h265_fixqp",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_fixqp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_fixqp)),
                },
                FieldLayout {
                    name: "h265_qpmap",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_qpmap) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_qpmap)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_rc_attr",
            size: ::core::mem::size_of::<hi_venc_rc_attr>(),
            align: ::core::mem::align_of::<hi_venc_rc_attr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_cbr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "gop",
                    offset: ::core::ptr::addr_of!((*base).gop) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).gop)),
                },
                FieldLayout {
                    name: "stats_time",
                    offset: ::core::ptr::addr_of!((*base).stats_time) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).stats_time)),
                },
                FieldLayout {
                    name: "src_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).src_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).src_frame_rate)),
                },
                FieldLayout {
                    name: "dst_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).dst_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dst_frame_rate)),
                },
                FieldLayout {
                    name: "bit_rate",
                    offset: ::core::ptr::addr_of!((*base).bit_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).bit_rate)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_cbr",
            size: ::core::mem::size_of::<hi_venc_h264_cbr>(),
            align: ::core::mem::align_of::<hi_venc_h264_cbr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_vbr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "gop",
                    offset: ::core::ptr::addr_of!((*base).gop) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).gop)),
                },
                FieldLayout {
                    name: "stats_time",
                    offset: ::core::ptr::addr_of!((*base).stats_time) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).stats_time)),
                },
                FieldLayout {
                    name: "src_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).src_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).src_frame_rate)),
                },
                FieldLayout {
                    name: "dst_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).dst_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dst_frame_rate)),
                },
                FieldLayout {
                    name: "max_bit_rate",
                    offset: ::core::ptr::addr_of!((*base).max_bit_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_bit_rate)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_vbr",
            size: ::core::mem::size_of::<hi_venc_h264_vbr>(),
            align: ::core::mem::align_of::<hi_venc_h264_vbr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_avbr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "gop",
                    offset: ::core::ptr::addr_of!((*base).gop) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).gop)),
                },
                FieldLayout {
                    name: "stats_time",
                    offset: ::core::ptr::addr_of!((*base).stats_time) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).stats_time)),
                },
                FieldLayout {
                    name: "src_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).src_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).src_frame_rate)),
                },
                FieldLayout {
                    name: "dst_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).dst_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dst_frame_rate)),
                },
                FieldLayout {
                    name: "max_bit_rate",
                    offset: ::core::ptr::addr_of!((*base).max_bit_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_bit_rate)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_avbr",
            size: ::core::mem::size_of::<hi_venc_h264_avbr>(),
            align: ::core::mem::align_of::<hi_venc_h264_avbr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_qvbr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "gop",
                    offset: ::core::ptr::addr_of!((*base).gop) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).gop)),
                },
                FieldLayout {
                    name: "stats_time",
                    offset: ::core::ptr::addr_of!((*base).stats_time) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).stats_time)),
                },
                FieldLayout {
                    name: "src_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).src_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).src_frame_rate)),
                },
                FieldLayout {
                    name: "dst_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).dst_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dst_frame_rate)),
                },
                FieldLayout {
                    name: "target_bit_rate",
                    offset: ::core::ptr::addr_of!((*base).target_bit_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).target_bit_rate)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_qvbr",
            size: ::core::mem::size_of::<hi_venc_h264_qvbr>(),
            align: ::core::mem::align_of::<hi_venc_h264_qvbr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_cvbr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "gop",
                    offset: ::core::ptr::addr_of!((*base).gop) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).gop)),
                },
                FieldLayout {
                    name: "stats_time",
                    offset: ::core::ptr::addr_of!((*base).stats_time) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).stats_time)),
                },
                FieldLayout {
                    name: "src_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).src_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).src_frame_rate)),
                },
                FieldLayout {
                    name: "dst_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).dst_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dst_frame_rate)),
                },
                FieldLayout {
                    name: "max_bit_rate",
                    offset: ::core::ptr::addr_of!((*base).max_bit_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_bit_rate)),
                },
                FieldLayout {
                    name: "short_term_stats_time",
                    offset: ::core::ptr::addr_of!((*base).short_term_stats_time) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).short_term_stats_time)),
                },
                FieldLayout {
                    name: "long_term_stats_time",
                    offset: ::core::ptr::addr_of!((*base).long_term_stats_time) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).long_term_stats_time)),
                },
                FieldLayout {
                    name: "long_term_max_bit_rate",
                    offset: ::core::ptr::addr_of!((*base).long_term_max_bit_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).long_term_max_bit_rate)),
                },
                FieldLayout {
                    name: "long_term_min_bit_rate",
                    offset: ::core::ptr::addr_of!((*base).long_term_min_bit_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).long_term_min_bit_rate)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_cvbr",
            size: ::core::mem::size_of::<hi_venc_h264_cvbr>(),
            align: ::core::mem::align_of::<hi_venc_h264_cvbr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_fixqp>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "gop",
                    offset: ::core::ptr::addr_of!((*base).gop) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).gop)),
                },
                FieldLayout {
                    name: "src_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).src_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).src_frame_rate)),
                },
                FieldLayout {
                    name: "dst_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).dst_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dst_frame_rate)),
                },
                FieldLayout {
                    name: "i_qp",
                    offset: ::core::ptr::addr_of!((*base).i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).i_qp)),
                },
                FieldLayout {
                    name: "p_qp",
                    offset: ::core::ptr::addr_of!((*base).p_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).p_qp)),
                },
                FieldLayout {
                    name: "b_qp",
                    offset: ::core::ptr::addr_of!((*base).b_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).b_qp)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_fixqp",
            size: ::core::mem::size_of::<hi_venc_h264_fixqp>(),
            align: ::core::mem::align_of::<hi_venc_h264_fixqp>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_qpmap>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "gop",
                    offset: ::core::ptr::addr_of!((*base).gop) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).gop)),
                },
                FieldLayout {
                    name: "stats_time",
                    offset: ::core::ptr::addr_of!((*base).stats_time) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).stats_time)),
                },
                FieldLayout {
                    name: "src_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).src_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).src_frame_rate)),
                },
                FieldLayout {
                    name: "dst_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).dst_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dst_frame_rate)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_qpmap",
            size: ::core::mem::size_of::<hi_venc_h264_qpmap>(),
            align: ::core::mem::align_of::<hi_venc_h264_qpmap>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h265_qpmap>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "gop",
                    offset: ::core::ptr::addr_of!((*base).gop) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).gop)),
                },
                FieldLayout {
                    name: "stats_time",
                    offset: ::core::ptr::addr_of!((*base).stats_time) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).stats_time)),
                },
                FieldLayout {
                    name: "src_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).src_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).src_frame_rate)),
                },
                FieldLayout {
                    name: "dst_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).dst_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dst_frame_rate)),
                },
                FieldLayout {
                    name: "qpmap_mode",
                    offset: ::core::ptr::addr_of!((*base).qpmap_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_mode)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h265_qpmap",
            size: ::core::mem::size_of::<hi_venc_h265_qpmap>(),
            align: ::core::mem::align_of::<hi_venc_h265_qpmap>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_mjpeg_cbr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "stats_time",
                    offset: ::core::ptr::addr_of!((*base).stats_time) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).stats_time)),
                },
                FieldLayout {
                    name: "src_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).src_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).src_frame_rate)),
                },
                FieldLayout {
                    name: "dst_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).dst_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dst_frame_rate)),
                },
                FieldLayout {
                    name: "bit_rate",
                    offset: ::core::ptr::addr_of!((*base).bit_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).bit_rate)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_mjpeg_cbr",
            size: ::core::mem::size_of::<hi_venc_mjpeg_cbr>(),
            align: ::core::mem::align_of::<hi_venc_mjpeg_cbr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_mjpeg_vbr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "stats_time",
                    offset: ::core::ptr::addr_of!((*base).stats_time) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).stats_time)),
                },
                FieldLayout {
                    name: "src_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).src_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).src_frame_rate)),
                },
                FieldLayout {
                    name: "dst_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).dst_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dst_frame_rate)),
                },
                FieldLayout {
                    name: "max_bit_rate",
                    offset: ::core::ptr::addr_of!((*base).max_bit_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_bit_rate)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_mjpeg_vbr",
            size: ::core::mem::size_of::<hi_venc_mjpeg_vbr>(),
            align: ::core::mem::align_of::<hi_venc_mjpeg_vbr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_mjpeg_fixqp>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "src_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).src_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).src_frame_rate)),
                },
                FieldLayout {
                    name: "dst_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).dst_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dst_frame_rate)),
                },
                FieldLayout {
                    name: "qfactor",
                    offset: ::core::ptr::addr_of!((*base).qfactor) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qfactor)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_mjpeg_fixqp",
            size: ::core::mem::size_of::<hi_venc_mjpeg_fixqp>(),
            align: ::core::mem::align_of::<hi_venc_mjpeg_fixqp>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_gop_attr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "gop_mode",
                    offset: ::core::ptr::addr_of!((*base).gop_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).gop_mode)),
                },
                FieldLayout {
                    name: "normal_p",
                    offset: ::core::ptr::addr_of!((*base).union1.normal_p) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.normal_p)),
                },
                FieldLayout {
                    name: "dual_p",
                    offset: ::core::ptr::addr_of!((*base).union1.dual_p) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.dual_p)),
                },
                FieldLayout {
                    name: "smart_p",
                    offset: ::core::ptr::addr_of!((*base).union1.smart_p) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.smart_p)),
                },
                FieldLayout {
                    name: "adv_smart_p",
                    offset: ::core::ptr::addr_of!((*base).union1.adv_smart_p) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.adv_smart_p)),
                },
                FieldLayout {
                    name: "bipred_b",
                    offset: ::core::ptr::addr_of!((*base).union1.bipred_b) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.bipred_b)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_gop_attr",
            size: ::core::mem::size_of::<hi_venc_gop_attr>(),
            align: ::core::mem::align_of::<hi_venc_gop_attr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_gop_normal_p>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![FieldLayout {
                name: "ip_qp_delta",
                offset: ::core::ptr::addr_of!((*base).ip_qp_delta) as usize - base as usize,
                size: size_of_pointee(::core::ptr::addr_of!((*base).ip_qp_delta)),
            }]
        };
        v.push(StructLayout {
            name: "hi_venc_gop_normal_p",
            size: ::core::mem::size_of::<hi_venc_gop_normal_p>(),
            align: ::core::mem::align_of::<hi_venc_gop_normal_p>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_gop_dual_p>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "sp_interval",
                    offset: ::core::ptr::addr_of!((*base).sp_interval) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).sp_interval)),
                },
                FieldLayout {
                    name: "sp_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).sp_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).sp_qp_delta)),
                },
                FieldLayout {
                    name: "ip_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).ip_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).ip_qp_delta)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_gop_dual_p",
            size: ::core::mem::size_of::<hi_venc_gop_dual_p>(),
            align: ::core::mem::align_of::<hi_venc_gop_dual_p>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_gop_smart_p>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "bg_interval",
                    offset: ::core::ptr::addr_of!((*base).bg_interval) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).bg_interval)),
                },
                FieldLayout {
                    name: "bg_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).bg_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).bg_qp_delta)),
                },
                FieldLayout {
                    name: "vi_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).vi_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).vi_qp_delta)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_gop_smart_p",
            size: ::core::mem::size_of::<hi_venc_gop_smart_p>(),
            align: ::core::mem::align_of::<hi_venc_gop_smart_p>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_gop_adv_smart_p>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "bg_interval",
                    offset: ::core::ptr::addr_of!((*base).bg_interval) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).bg_interval)),
                },
                FieldLayout {
                    name: "bg_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).bg_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).bg_qp_delta)),
                },
                FieldLayout {
                    name: "vi_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).vi_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).vi_qp_delta)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_gop_adv_smart_p",
            size: ::core::mem::size_of::<hi_venc_gop_adv_smart_p>(),
            align: ::core::mem::align_of::<hi_venc_gop_adv_smart_p>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_gop_bipred_b>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "b_frame_num",
                    offset: ::core::ptr::addr_of!((*base).b_frame_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).b_frame_num)),
                },
                FieldLayout {
                    name: "b_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).b_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).b_qp_delta)),
                },
                FieldLayout {
                    name: "ip_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).ip_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).ip_qp_delta)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_gop_bipred_b",
            size: ::core::mem::size_of::<hi_venc_gop_bipred_b>(),
            align: ::core::mem::align_of::<hi_venc_gop_bipred_b>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_start_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![FieldLayout {
                name: "recv_pic_num",
                offset: ::core::ptr::addr_of!((*base).recv_pic_num) as usize - base as usize,
                size: size_of_pointee(::core::ptr::addr_of!((*base).recv_pic_num)),
            }]
        };
        v.push(StructLayout {
            name: "hi_venc_start_param",
            size: ::core::mem::size_of::<hi_venc_start_param>(),
            align: ::core::mem::align_of::<hi_venc_start_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_video_frame_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "v_frame",
                    offset: ::core::ptr::addr_of!((*base).v_frame) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).v_frame)),
                },
                FieldLayout {
                    name: "pool_id",
                    offset: ::core::ptr::addr_of!((*base).pool_id) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pool_id)),
                },
                FieldLayout {
                    name: "mod_id",
                    offset: ::core::ptr::addr_of!((*base).mod_id) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).mod_id)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_video_frame_info",
            size: ::core::mem::size_of::<hi_video_frame_info>(),
            align: ::core::mem::align_of::<hi_video_frame_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_video_frame>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "width",
                    offset: ::core::ptr::addr_of!((*base).width) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).width)),
                },
                FieldLayout {
                    name: "height",
                    offset: ::core::ptr::addr_of!((*base).height) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).height)),
                },
                FieldLayout {
                    name: "field",
                    offset: ::core::ptr::addr_of!((*base).field) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).field)),
                },
                FieldLayout {
                    name: "pixel_format",
                    offset: ::core::ptr::addr_of!((*base).pixel_format) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pixel_format)),
                },
                FieldLayout {
                    name: "video_format",
                    offset: ::core::ptr::addr_of!((*base).video_format) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).video_format)),
                },
                FieldLayout {
                    name: "compress_mode",
                    offset: ::core::ptr::addr_of!((*base).compress_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).compress_mode)),
                },
                FieldLayout {
                    name: "dynamic_range",
                    offset: ::core::ptr::addr_of!((*base).dynamic_range) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dynamic_range)),
                },
                FieldLayout {
                    name: "color_gamut",
                    offset: ::core::ptr::addr_of!((*base).color_gamut) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).color_gamut)),
                },
                FieldLayout {
                    name: "header_stride",
                    offset: ::core::ptr::addr_of!((*base).header_stride) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).header_stride)),
                },
                FieldLayout {
                    name: "width_stride",
                    offset: ::core::ptr::addr_of!((*base).width_stride) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).width_stride)),
                },
                FieldLayout {
                    name: "height_stride",
                    offset: ::core::ptr::addr_of!((*base).height_stride) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).height_stride)),
                },
                FieldLayout {
                    name: "header_phys_addr",
                    offset: ::core::ptr::addr_of!((*base).header_phys_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).header_phys_addr)),
                },
                FieldLayout {
                    name: "phys_addr",
                    offset: ::core::ptr::addr_of!((*base).phys_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).phys_addr)),
                },
                FieldLayout {
                    name: "header_virt_addr",
                    offset: ::core::ptr::addr_of!((*base).header_virt_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).header_virt_addr)),
                },
                FieldLayout {
                    name: "virt_addr",
                    offset: ::core::ptr::addr_of!((*base).virt_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).virt_addr)),
                },
                FieldLayout {
                    name: "time_ref",
                    offset: ::core::ptr::addr_of!((*base).time_ref) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).time_ref)),
                },
                FieldLayout {
                    name: "pts",
                    offset: ::core::ptr::addr_of!((*base).pts) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pts)),
                },
                FieldLayout {
                    name: "user_data",
                    offset: ::core::ptr::addr_of!((*base).user_data) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).user_data)),
                },
                FieldLayout {
                    name: "frame_flag",
                    offset: ::core::ptr::addr_of!((*base).frame_flag) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).frame_flag)),
                },
                FieldLayout {
                    name: "supplement",
                    offset: ::core::ptr::addr_of!((*base).supplement) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).supplement)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_video_frame",
            size: ::core::mem::size_of::<hi_video_frame>(),
            align: ::core::mem::align_of::<hi_video_frame>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_video_supplement>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "misc_info_phys_addr",
                    offset: ::core::ptr::addr_of!((*base).misc_info_phys_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).misc_info_phys_addr)),
                },
                FieldLayout {
                    name: "jpeg_dcf_phys_addr",
                    offset: ::core::ptr::addr_of!((*base).jpeg_dcf_phys_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).jpeg_dcf_phys_addr)),
                },
                FieldLayout {
                    name: "isp_info_phys_addr",
                    offset: ::core::ptr::addr_of!((*base).isp_info_phys_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).isp_info_phys_addr)),
                },
                FieldLayout {
                    name: "low_delay_phys_addr",
                    offset: ::core::ptr::addr_of!((*base).low_delay_phys_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).low_delay_phys_addr)),
                },
                FieldLayout {
                    name: "bnr_rnt_phys_addr",
                    offset: ::core::ptr::addr_of!((*base).bnr_rnt_phys_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).bnr_rnt_phys_addr)),
                },
                FieldLayout {
                    name: "motion_data_phys_addr",
                    offset: ::core::ptr::addr_of!((*base).motion_data_phys_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).motion_data_phys_addr)),
                },
                FieldLayout {
                    name: "frame_dng_phys_addr",
                    offset: ::core::ptr::addr_of!((*base).union1.frame_dng_phys_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.frame_dng_phys_addr)),
                },
                FieldLayout {
                    name: "offset",
                    offset: ::core::ptr::addr_of!((*base).union1.offset) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.offset)),
                },
                FieldLayout {
                    name: "misc_info_virt_addr",
                    offset: ::core::ptr::addr_of!((*base).misc_info_virt_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).misc_info_virt_addr)),
                },
                FieldLayout {
                    name: "jpeg_dcf_virt_addr",
                    offset: ::core::ptr::addr_of!((*base).jpeg_dcf_virt_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).jpeg_dcf_virt_addr)),
                },
                FieldLayout {
                    name: "isp_info_virt_addr",
                    offset: ::core::ptr::addr_of!((*base).isp_info_virt_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).isp_info_virt_addr)),
                },
                FieldLayout {
                    name: "low_delay_virt_addr",
                    offset: ::core::ptr::addr_of!((*base).low_delay_virt_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).low_delay_virt_addr)),
                },
                FieldLayout {
                    name: "bnr_mot_virt_addr",
                    offset: ::core::ptr::addr_of!((*base).bnr_mot_virt_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).bnr_mot_virt_addr)),
                },
                FieldLayout {
                    name: "motion_data_virt_addr",
                    offset: ::core::ptr::addr_of!((*base).motion_data_virt_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).motion_data_virt_addr)),
                },
                FieldLayout {
                    name: "frame_dng_virt_addr",
                    offset: ::core::ptr::addr_of!((*base).frame_dng_virt_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).frame_dng_virt_addr)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_video_supplement",
            size: ::core::mem::size_of::<hi_video_supplement>(),
            align: ::core::mem::align_of::<hi_video_supplement>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_stream>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "pack",
                    offset: ::core::ptr::addr_of!((*base).pack) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pack)),
                },
                FieldLayout {
                    name: "pack_cnt",
                    offset: ::core::ptr::addr_of!((*base).pack_cnt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pack_cnt)),
                },
                FieldLayout {
                    name: "seq",
                    offset: ::core::ptr::addr_of!((*base).seq) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).seq)),
                },
                FieldLayout {
                    name: "h264_info",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_info)),
                },
                FieldLayout {
                    name: "jpeg_info",
                    offset: ::core::ptr::addr_of!((*base).union1.jpeg_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.jpeg_info)),
                },
                FieldLayout {
                    name: "h265_info",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_info)),
                },
                FieldLayout {
                    name: "prores_info",
                    offset: ::core::ptr::addr_of!((*base).union1.prores_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.prores_info)),
                },
                FieldLayout {
                    name: "h264_adv_info",
                    offset: ::core::ptr::addr_of!((*base).union2.h264_adv_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union2.h264_adv_info)),
                },
                FieldLayout {
                    name: "h265_adv_info",
                    offset: ::core::ptr::addr_of!((*base).union2.h265_adv_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union2.h265_adv_info)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_stream",
            size: ::core::mem::size_of::<hi_venc_stream>(),
            align: ::core::mem::align_of::<hi_venc_stream>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_pack>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "phys_addr",
                    offset: ::core::ptr::addr_of!((*base).union1.phys_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.phys_addr)),
                },
                FieldLayout {
                    name: "input_addr",
                    offset: ::core::ptr::addr_of!((*base).union1.input_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.input_addr)),
                },
                FieldLayout {
                    name: "addr",
                    offset: ::core::ptr::addr_of!((*base).addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).addr)),
                },
                FieldLayout {
                    name: "len",
                    offset: ::core::ptr::addr_of!((*base).len) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).len)),
                },
                FieldLayout {
                    name: "pts",
                    offset: ::core::ptr::addr_of!((*base).pts) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pts)),
                },
                FieldLayout {
                    name: "is_frame_end",
                    offset: ::core::ptr::addr_of!((*base).is_frame_end) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).is_frame_end)),
                },
                FieldLayout {
                    name: "data_type",
                    offset: ::core::ptr::addr_of!((*base).data_type) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).data_type)),
                },
                FieldLayout {
                    name: "offset",
                    offset: ::core::ptr::addr_of!((*base).offset) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).offset)),
                },
                FieldLayout {
                    name: "data_num",
                    offset: ::core::ptr::addr_of!((*base).data_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).data_num)),
                },
                FieldLayout {
                    name: "pack_info",
                    offset: ::core::ptr::addr_of!((*base).pack_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pack_info)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_pack",
            size: ::core::mem::size_of::<hi_venc_pack>(),
            align: ::core::mem::align_of::<hi_venc_pack>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_pack_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "pack_type",
                    offset: ::core::ptr::addr_of!((*base).pack_type) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pack_type)),
                },
                FieldLayout {
                    name: "pack_offset",
                    offset: ::core::ptr::addr_of!((*base).pack_offset) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pack_offset)),
                },
                FieldLayout {
                    name: "pack_len",
                    offset: ::core::ptr::addr_of!((*base).pack_len) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pack_len)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_pack_info",
            size: ::core::mem::size_of::<hi_venc_pack_info>(),
            align: ::core::mem::align_of::<hi_venc_pack_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_data_type>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "h264_type",
                    offset: ::core::ptr::addr_of!((*base).h264_type) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).h264_type)),
                },
                FieldLayout {
                    name: "jpeg_type",
                    offset: ::core::ptr::addr_of!((*base).jpeg_type) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).jpeg_type)),
                },
                FieldLayout {
                    name: "h265_type",
                    offset: ::core::ptr::addr_of!((*base).h265_type) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).h265_type)),
                },
                FieldLayout {
                    name: "prores_type",
                    offset: ::core::ptr::addr_of!((*base).prores_type) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).prores_type)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_data_type",
            size: ::core::mem::size_of::<hi_venc_data_type>(),
            align: ::core::mem::align_of::<hi_venc_data_type>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_stream_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "pic_bytes",
                    offset: ::core::ptr::addr_of!((*base).pic_bytes) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pic_bytes)),
                },
                FieldLayout {
                    name: "inter16x16_mb_num",
                    offset: ::core::ptr::addr_of!((*base).inter16x16_mb_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).inter16x16_mb_num)),
                },
                FieldLayout {
                    name: "inter8x8_mb_num",
                    offset: ::core::ptr::addr_of!((*base).inter8x8_mb_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).inter8x8_mb_num)),
                },
                FieldLayout {
                    name: "intra16_mb_num",
                    offset: ::core::ptr::addr_of!((*base).intra16_mb_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).intra16_mb_num)),
                },
                FieldLayout {
                    name: "intra8_mb_num",
                    offset: ::core::ptr::addr_of!((*base).intra8_mb_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).intra8_mb_num)),
                },
                FieldLayout {
                    name: "intra4_mb_num",
                    offset: ::core::ptr::addr_of!((*base).intra4_mb_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).intra4_mb_num)),
                },
                FieldLayout {
                    name: "ref_type",
                    offset: ::core::ptr::addr_of!((*base).ref_type) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).ref_type)),
                },
                FieldLayout {
                    name: "update_attr_cnt",
                    offset: ::core::ptr::addr_of!((*base).update_attr_cnt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).update_attr_cnt)),
                },
                FieldLayout {
                    name: "start_qp",
                    offset: ::core::ptr::addr_of!((*base).start_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).start_qp)),
                },
                FieldLayout {
                    name: "mean_qp",
                    offset: ::core::ptr::addr_of!((*base).mean_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).mean_qp)),
                },
                FieldLayout {
                    name: "is_p_skip",
                    offset: ::core::ptr::addr_of!((*base).is_p_skip) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).is_p_skip)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_stream_info",
            size: ::core::mem::size_of::<hi_venc_h264_stream_info>(),
            align: ::core::mem::align_of::<hi_venc_h264_stream_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h265_stream_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "pic_bytes",
                    offset: ::core::ptr::addr_of!((*base).pic_bytes) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pic_bytes)),
                },
                FieldLayout {
                    name: "inter64x64_cu_num",
                    offset: ::core::ptr::addr_of!((*base).inter64x64_cu_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).inter64x64_cu_num)),
                },
                FieldLayout {
                    name: "inter32x32_cu_num",
                    offset: ::core::ptr::addr_of!((*base).inter32x32_cu_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).inter32x32_cu_num)),
                },
                FieldLayout {
                    name: "inter16x16_cu_num",
                    offset: ::core::ptr::addr_of!((*base).inter16x16_cu_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).inter16x16_cu_num)),
                },
                FieldLayout {
                    name: "inter8x8_cu_num",
                    offset: ::core::ptr::addr_of!((*base).inter8x8_cu_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).inter8x8_cu_num)),
                },
                FieldLayout {
                    name: "intra32x32_cu_num",
                    offset: ::core::ptr::addr_of!((*base).intra32x32_cu_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).intra32x32_cu_num)),
                },
                FieldLayout {
                    name: "intra16x16_cu_num",
                    offset: ::core::ptr::addr_of!((*base).intra16x16_cu_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).intra16x16_cu_num)),
                },
                FieldLayout {
                    name: "intra8x8_cu_num",
                    offset: ::core::ptr::addr_of!((*base).intra8x8_cu_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).intra8x8_cu_num)),
                },
                FieldLayout {
                    name: "intra4x4_cu_num",
                    offset: ::core::ptr::addr_of!((*base).intra4x4_cu_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).intra4x4_cu_num)),
                },
                FieldLayout {
                    name: "ref_type",
                    offset: ::core::ptr::addr_of!((*base).ref_type) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).ref_type)),
                },
                FieldLayout {
                    name: "update_attr_cnt",
                    offset: ::core::ptr::addr_of!((*base).update_attr_cnt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).update_attr_cnt)),
                },
                FieldLayout {
                    name: "start_qp",
                    offset: ::core::ptr::addr_of!((*base).start_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).start_qp)),
                },
                FieldLayout {
                    name: "mean_qp",
                    offset: ::core::ptr::addr_of!((*base).mean_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).mean_qp)),
                },
                FieldLayout {
                    name: "is_p_skip",
                    offset: ::core::ptr::addr_of!((*base).is_p_skip) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).is_p_skip)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h265_stream_info",
            size: ::core::mem::size_of::<hi_venc_h265_stream_info>(),
            align: ::core::mem::align_of::<hi_venc_h265_stream_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_jpeg_stream_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "pic_bytes",
                    offset: ::core::ptr::addr_of!((*base).pic_bytes) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pic_bytes)),
                },
                FieldLayout {
                    name: "update_attr_cnt",
                    offset: ::core::ptr::addr_of!((*base).update_attr_cnt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).update_attr_cnt)),
                },
                FieldLayout {
                    name: "qfactor",
                    offset: ::core::ptr::addr_of!((*base).qfactor) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qfactor)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_jpeg_stream_info",
            size: ::core::mem::size_of::<hi_venc_jpeg_stream_info>(),
            align: ::core::mem::align_of::<hi_venc_jpeg_stream_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_prores_stream_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "pic_bytes",
                    offset: ::core::ptr::addr_of!((*base).pic_bytes) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pic_bytes)),
                },
                FieldLayout {
                    name: "update_attr_cnt",
                    offset: ::core::ptr::addr_of!((*base).update_attr_cnt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).update_attr_cnt)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_prores_stream_info",
            size: ::core::mem::size_of::<hi_venc_prores_stream_info>(),
            align: ::core::mem::align_of::<hi_venc_prores_stream_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_adv_stream_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "residual_bits",
                    offset: ::core::ptr::addr_of!((*base).residual_bits) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).residual_bits)),
                },
                FieldLayout {
                    name: "head_bits",
                    offset: ::core::ptr::addr_of!((*base).head_bits) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).head_bits)),
                },
                FieldLayout {
                    name: "madi_val",
                    offset: ::core::ptr::addr_of!((*base).madi_val) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).madi_val)),
                },
                FieldLayout {
                    name: "madp_val",
                    offset: ::core::ptr::addr_of!((*base).madp_val) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).madp_val)),
                },
                FieldLayout {
                    name: "psnr_val",
                    offset: ::core::ptr::addr_of!((*base).psnr_val) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).psnr_val)),
                },
                FieldLayout {
                    name: "sse_lcu_cnt",
                    offset: ::core::ptr::addr_of!((*base).sse_lcu_cnt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).sse_lcu_cnt)),
                },
                FieldLayout {
                    name: "sse_sum",
                    offset: ::core::ptr::addr_of!((*base).sse_sum) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).sse_sum)),
                },
                FieldLayout {
                    name: "sse_info",
                    offset: ::core::ptr::addr_of!((*base).sse_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).sse_info)),
                },
                FieldLayout {
                    name: "qp_hist",
                    offset: ::core::ptr::addr_of!((*base).qp_hist) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qp_hist)),
                },
                FieldLayout {
                    name: "move_scene16x16_num",
                    offset: ::core::ptr::addr_of!((*base).move_scene16x16_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).move_scene16x16_num)),
                },
                FieldLayout {
                    name: "move_scene_bits",
                    offset: ::core::ptr::addr_of!((*base).move_scene_bits) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).move_scene_bits)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_adv_stream_info",
            size: ::core::mem::size_of::<hi_venc_h264_adv_stream_info>(),
            align: ::core::mem::align_of::<hi_venc_h264_adv_stream_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h265_adv_stream_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "residual_bits",
                    offset: ::core::ptr::addr_of!((*base).residual_bits) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).residual_bits)),
                },
                FieldLayout {
                    name: "head_bits",
                    offset: ::core::ptr::addr_of!((*base).head_bits) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).head_bits)),
                },
                FieldLayout {
                    name: "madi_val",
                    offset: ::core::ptr::addr_of!((*base).madi_val) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).madi_val)),
                },
                FieldLayout {
                    name: "madp_val",
                    offset: ::core::ptr::addr_of!((*base).madp_val) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).madp_val)),
                },
                FieldLayout {
                    name: "psnr_val",
                    offset: ::core::ptr::addr_of!((*base).psnr_val) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).psnr_val)),
                },
                FieldLayout {
                    name: "sse_lcu_cnt",
                    offset: ::core::ptr::addr_of!((*base).sse_lcu_cnt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).sse_lcu_cnt)),
                },
                FieldLayout {
                    name: "sse_sum",
                    offset: ::core::ptr::addr_of!((*base).sse_sum) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).sse_sum)),
                },
                FieldLayout {
                    name: "sse_info",
                    offset: ::core::ptr::addr_of!((*base).sse_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).sse_info)),
                },
                FieldLayout {
                    name: "qp_hist",
                    offset: ::core::ptr::addr_of!((*base).qp_hist) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qp_hist)),
                },
                FieldLayout {
                    name: "move_scene32x32_num",
                    offset: ::core::ptr::addr_of!((*base).move_scene32x32_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).move_scene32x32_num)),
                },
                FieldLayout {
                    name: "move_scene_bits",
                    offset: ::core::ptr::addr_of!((*base).move_scene_bits) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).move_scene_bits)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h265_adv_stream_info",
            size: ::core::mem::size_of::<hi_venc_h265_adv_stream_info>(),
            align: ::core::mem::align_of::<hi_venc_h265_adv_stream_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_sse_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "enable",
                    offset: ::core::ptr::addr_of!((*base).enable) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).enable)),
                },
                FieldLayout {
                    name: "sse_val",
                    offset: ::core::ptr::addr_of!((*base).sse_val) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).sse_val)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_sse_info",
            size: ::core::mem::size_of::<hi_venc_sse_info>(),
            align: ::core::mem::align_of::<hi_venc_sse_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_chn_status>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "left_pics",
                    offset: ::core::ptr::addr_of!((*base).left_pics) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).left_pics)),
                },
                FieldLayout {
                    name: "left_stream_bytes",
                    offset: ::core::ptr::addr_of!((*base).left_stream_bytes) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).left_stream_bytes)),
                },
                FieldLayout {
                    name: "left_stream_frames",
                    offset: ::core::ptr::addr_of!((*base).left_stream_frames) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).left_stream_frames)),
                },
                FieldLayout {
                    name: "cur_packs",
                    offset: ::core::ptr::addr_of!((*base).cur_packs) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).cur_packs)),
                },
                FieldLayout {
                    name: "left_recv_pics",
                    offset: ::core::ptr::addr_of!((*base).left_recv_pics) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).left_recv_pics)),
                },
                FieldLayout {
                    name: "left_enc_pics",
                    offset: ::core::ptr::addr_of!((*base).left_enc_pics) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).left_enc_pics)),
                },
                FieldLayout {
                    name: "is_jpeg_snap_end",
                    offset: ::core::ptr::addr_of!((*base).is_jpeg_snap_end) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).is_jpeg_snap_end)),
                },
                FieldLayout {
                    name: "release_pic_pts",
                    offset: ::core::ptr::addr_of!((*base).release_pic_pts) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).release_pic_pts)),
                },
                FieldLayout {
                    name: "stream_info",
                    offset: ::core::ptr::addr_of!((*base).stream_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).stream_info)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_chn_status",
            size: ::core::mem::size_of::<hi_venc_chn_status>(),
            align: ::core::mem::align_of::<hi_venc_chn_status>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_stream_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "ref_type",
                    offset: ::core::ptr::addr_of!((*base).ref_type) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).ref_type)),
                },
                FieldLayout {
                    name: "pic_bytes",
                    offset: ::core::ptr::addr_of!((*base).pic_bytes) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pic_bytes)),
                },
                FieldLayout {
                    name: "pic_cnt",
                    offset: ::core::ptr::addr_of!((*base).pic_cnt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pic_cnt)),
                },
                FieldLayout {
                    name: "start_qp",
                    offset: ::core::ptr::addr_of!((*base).start_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).start_qp)),
                },
                FieldLayout {
                    name: "mean_qp",
                    offset: ::core::ptr::addr_of!((*base).mean_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).mean_qp)),
                },
                FieldLayout {
                    name: "is_p_skip",
                    offset: ::core::ptr::addr_of!((*base).is_p_skip) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).is_p_skip)),
                },
                FieldLayout {
                    name: "residual_bits",
                    offset: ::core::ptr::addr_of!((*base).residual_bits) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).residual_bits)),
                },
                FieldLayout {
                    name: "head_bits",
                    offset: ::core::ptr::addr_of!((*base).head_bits) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).head_bits)),
                },
                FieldLayout {
                    name: "madi_val",
                    offset: ::core::ptr::addr_of!((*base).madi_val) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).madi_val)),
                },
                FieldLayout {
                    name: "madp_val",
                    offset: ::core::ptr::addr_of!((*base).madp_val) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).madp_val)),
                },
                FieldLayout {
                    name: "sse_sum",
                    offset: ::core::ptr::addr_of!((*base).sse_sum) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).sse_sum)),
                },
                FieldLayout {
                    name: "sse_lcu_cnt",
                    offset: ::core::ptr::addr_of!((*base).sse_lcu_cnt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).sse_lcu_cnt)),
                },
                FieldLayout {
                    name: "psnr_val",
                    offset: ::core::ptr::addr_of!((*base).psnr_val) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).psnr_val)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_stream_info",
            size: ::core::mem::size_of::<hi_venc_stream_info>(),
            align: ::core::mem::align_of::<hi_venc_stream_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_jpeg_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "qfactor",
                    offset: ::core::ptr::addr_of!((*base).qfactor) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qfactor)),
                },
                FieldLayout {
                    name: "y_qt",
                    offset: ::core::ptr::addr_of!((*base).y_qt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).y_qt)),
                },
                FieldLayout {
                    name: "cb_qt",
                    offset: ::core::ptr::addr_of!((*base).cb_qt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).cb_qt)),
                },
                FieldLayout {
                    name: "cr_qt",
                    offset: ::core::ptr::addr_of!((*base).cr_qt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).cr_qt)),
                },
                FieldLayout {
                    name: "mcu_per_ecs",
                    offset: ::core::ptr::addr_of!((*base).mcu_per_ecs) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).mcu_per_ecs)),
                },
                FieldLayout {
                    name: "ecs_output_en",
                    offset: ::core::ptr::addr_of!((*base).ecs_output_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).ecs_output_en)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_jpeg_param",
            size: ::core::mem::size_of::<hi_venc_jpeg_param>(),
            align: ::core::mem::align_of::<hi_venc_jpeg_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_rc_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "threshold_i",
                    offset: ::core::ptr::addr_of!((*base).threshold_i) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).threshold_i)),
                },
                FieldLayout {
                    name: "threshold_p",
                    offset: ::core::ptr::addr_of!((*base).threshold_p) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).threshold_p)),
                },
                FieldLayout {
                    name: "threshold_b",
                    offset: ::core::ptr::addr_of!((*base).threshold_b) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).threshold_b)),
                },
                FieldLayout {
                    name: "direction",
                    offset: ::core::ptr::addr_of!((*base).direction) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).direction)),
                },
                FieldLayout {
                    name: "row_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).row_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).row_qp_delta)),
                },
                FieldLayout {
                    name: "first_frame_start_qp",
                    offset: ::core::ptr::addr_of!((*base).first_frame_start_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).first_frame_start_qp)),
                },
                FieldLayout {
                    name: "scene_chg_detect",
                    offset: ::core::ptr::addr_of!((*base).scene_chg_detect) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).scene_chg_detect)),
                },
                FieldLayout {
                    name: "h264_cbr_param",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_cbr_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_cbr_param)),
                },
                FieldLayout {
                    name: "h264_vbr_param",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_vbr_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_vbr_param)),
                },
                FieldLayout {
                    name: "h264_avbr_param",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_avbr_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_avbr_param)),
                },
                FieldLayout {
                    name: "h264_qvbr_param",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_qvbr_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_qvbr_param)),
                },
                FieldLayout {
                    name: "h264_cvbr_param",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_cvbr_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_cvbr_param)),
                },
                FieldLayout {
                    name: "h265_cbr_param",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_cbr_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_cbr_param)),
                },
                FieldLayout {
                    name: "h265_vbr_param",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_vbr_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_vbr_param)),
                },
                FieldLayout {
                    name: "h265_avbr_param",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_avbr_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_avbr_param)),
                },
                FieldLayout {
                    name: "h265_qvbr_param",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_qvbr_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_qvbr_param)),
                },
                FieldLayout {
                    name: "h265_cvbr_param",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_cvbr_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_cvbr_param)),
                },
                FieldLayout {
                    name: "mjpeg_cbr_param",
                    offset: ::core::ptr::addr_of!((*base).union1.mjpeg_cbr_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.mjpeg_cbr_param)),
                },
                FieldLayout {
                    name: "mjpeg_vbr_param",
                    offset: ::core::ptr::addr_of!((*base).union1.mjpeg_vbr_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.mjpeg_vbr_param)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_rc_param",
            size: ::core::mem::size_of::<hi_venc_rc_param>(),
            align: ::core::mem::align_of::<hi_venc_rc_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_dvpp_epoll_event>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "events",
                    offset: ::core::ptr::addr_of!((*base).events) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).events)),
                },
                FieldLayout {
                    name: "data",
                    offset: ::core::ptr::addr_of!((*base).data) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).data)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_dvpp_epoll_event",
            size: ::core::mem::size_of::<hi_dvpp_epoll_event>(),
            align: ::core::mem::align_of::<hi_dvpp_epoll_event>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_img_stream>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "type",
                    offset: ::core::ptr::addr_of!((*base).r#type) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).r#type)),
                },
                FieldLayout {
                    name: "addr",
                    offset: ::core::ptr::addr_of!((*base).addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).addr)),
                },
                FieldLayout {
                    name: "len",
                    offset: ::core::ptr::addr_of!((*base).len) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).len)),
                },
                FieldLayout {
                    name: "pts",
                    offset: ::core::ptr::addr_of!((*base).pts) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pts)),
                },
                FieldLayout {
                    name: "reserved",
                    offset: ::core::ptr::addr_of!((*base).reserved) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).reserved)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_img_stream",
            size: ::core::mem::size_of::<hi_img_stream>(),
            align: ::core::mem::align_of::<hi_img_stream>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_coefficient>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "csc_matrix_r0_c0",
                    offset: ::core::ptr::addr_of!((*base).csc_matrix_r0_c0) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).csc_matrix_r0_c0)),
                },
                FieldLayout {
                    name: "csc_matrix_r0_c1",
                    offset: ::core::ptr::addr_of!((*base).csc_matrix_r0_c1) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).csc_matrix_r0_c1)),
                },
                FieldLayout {
                    name: "csc_matrix_r0_c2",
                    offset: ::core::ptr::addr_of!((*base).csc_matrix_r0_c2) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).csc_matrix_r0_c2)),
                },
                FieldLayout {
                    name: "csc_matrix_r1_c0",
                    offset: ::core::ptr::addr_of!((*base).csc_matrix_r1_c0) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).csc_matrix_r1_c0)),
                },
                FieldLayout {
                    name: "csc_matrix_r1_c1",
                    offset: ::core::ptr::addr_of!((*base).csc_matrix_r1_c1) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).csc_matrix_r1_c1)),
                },
                FieldLayout {
                    name: "csc_matrix_r1_c2",
                    offset: ::core::ptr::addr_of!((*base).csc_matrix_r1_c2) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).csc_matrix_r1_c2)),
                },
                FieldLayout {
                    name: "csc_matrix_r2_c0",
                    offset: ::core::ptr::addr_of!((*base).csc_matrix_r2_c0) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).csc_matrix_r2_c0)),
                },
                FieldLayout {
                    name: "csc_matrix_r2_c1",
                    offset: ::core::ptr::addr_of!((*base).csc_matrix_r2_c1) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).csc_matrix_r2_c1)),
                },
                FieldLayout {
                    name: "csc_matrix_r2_c2",
                    offset: ::core::ptr::addr_of!((*base).csc_matrix_r2_c2) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).csc_matrix_r2_c2)),
                },
                FieldLayout {
                    name: "csc_bias_r0",
                    offset: ::core::ptr::addr_of!((*base).csc_bias_r0) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).csc_bias_r0)),
                },
                FieldLayout {
                    name: "csc_bias_r1",
                    offset: ::core::ptr::addr_of!((*base).csc_bias_r1) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).csc_bias_r1)),
                },
                FieldLayout {
                    name: "csc_bias_r2",
                    offset: ::core::ptr::addr_of!((*base).csc_bias_r2) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).csc_bias_r2)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_coefficient",
            size: ::core::mem::size_of::<hi_coefficient>(),
            align: ::core::mem::align_of::<hi_coefficient>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_crop_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "enable",
                    offset: ::core::ptr::addr_of!((*base).enable) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).enable)),
                },
                FieldLayout {
                    name: "rect",
                    offset: ::core::ptr::addr_of!((*base).rect) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).rect)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_crop_info",
            size: ::core::mem::size_of::<hi_crop_info>(),
            align: ::core::mem::align_of::<hi_crop_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_csc_coefficient>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "yuv_to_rgb_coefficient",
                    offset: ::core::ptr::addr_of!((*base).yuv_to_rgb_coefficient) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).yuv_to_rgb_coefficient)),
                },
                FieldLayout {
                    name: "rgb_to_yuv_coefficient",
                    offset: ::core::ptr::addr_of!((*base).rgb_to_yuv_coefficient) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).rgb_to_yuv_coefficient)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_csc_coefficient",
            size: ::core::mem::size_of::<hi_csc_coefficient>(),
            align: ::core::mem::align_of::<hi_csc_coefficient>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_frame_rate_ctrl>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "src_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).src_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).src_frame_rate)),
                },
                FieldLayout {
                    name: "dst_frame_rate",
                    offset: ::core::ptr::addr_of!((*base).dst_frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dst_frame_rate)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_frame_rate_ctrl",
            size: ::core::mem::size_of::<hi_frame_rate_ctrl>(),
            align: ::core::mem::align_of::<hi_frame_rate_ctrl>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_img_align_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "width_stride",
                    offset: ::core::ptr::addr_of!((*base).width_stride) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).width_stride)),
                },
                FieldLayout {
                    name: "height_stride",
                    offset: ::core::ptr::addr_of!((*base).height_stride) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).height_stride)),
                },
                FieldLayout {
                    name: "img_buf_size",
                    offset: ::core::ptr::addr_of!((*base).img_buf_size) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).img_buf_size)),
                },
                FieldLayout {
                    name: "reserved",
                    offset: ::core::ptr::addr_of!((*base).reserved) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).reserved)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_img_align_info",
            size: ::core::mem::size_of::<hi_img_align_info>(),
            align: ::core::mem::align_of::<hi_img_align_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_img_base_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "width",
                    offset: ::core::ptr::addr_of!((*base).width) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).width)),
                },
                FieldLayout {
                    name: "height",
                    offset: ::core::ptr::addr_of!((*base).height) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).height)),
                },
                FieldLayout {
                    name: "pixel_format",
                    offset: ::core::ptr::addr_of!((*base).pixel_format) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pixel_format)),
                },
                FieldLayout {
                    name: "reserved",
                    offset: ::core::ptr::addr_of!((*base).reserved) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).reserved)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_img_base_info",
            size: ::core::mem::size_of::<hi_img_base_info>(),
            align: ::core::mem::align_of::<hi_img_base_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_mpp_chn>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "mod_id",
                    offset: ::core::ptr::addr_of!((*base).mod_id) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).mod_id)),
                },
                FieldLayout {
                    name: "dev_id",
                    offset: ::core::ptr::addr_of!((*base).dev_id) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dev_id)),
                },
                FieldLayout {
                    name: "chn_id",
                    offset: ::core::ptr::addr_of!((*base).chn_id) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).chn_id)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_mpp_chn",
            size: ::core::mem::size_of::<hi_mpp_chn>(),
            align: ::core::mem::align_of::<hi_mpp_chn>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_rect>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "x",
                    offset: ::core::ptr::addr_of!((*base).x) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).x)),
                },
                FieldLayout {
                    name: "y",
                    offset: ::core::ptr::addr_of!((*base).y) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).y)),
                },
                FieldLayout {
                    name: "width",
                    offset: ::core::ptr::addr_of!((*base).width) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).width)),
                },
                FieldLayout {
                    name: "height",
                    offset: ::core::ptr::addr_of!((*base).height) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).height)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_rect",
            size: ::core::mem::size_of::<hi_rect>(),
            align: ::core::mem::align_of::<hi_rect>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_user_frame_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "user_frame",
                    offset: ::core::ptr::addr_of!((*base).user_frame) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).user_frame)),
                },
                FieldLayout {
                    name: "user_rc_info",
                    offset: ::core::ptr::addr_of!((*base).user_rc_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).user_rc_info)),
                },
                FieldLayout {
                    name: "user_roi_map",
                    offset: ::core::ptr::addr_of!((*base).user_roi_map) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).user_roi_map)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_user_frame_info",
            size: ::core::mem::size_of::<hi_user_frame_info>(),
            align: ::core::mem::align_of::<hi_user_frame_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_user_rc_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "qp_map_valid",
                    offset: ::core::ptr::addr_of!((*base).qp_map_valid) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qp_map_valid)),
                },
                FieldLayout {
                    name: "skip_weight_valid",
                    offset: ::core::ptr::addr_of!((*base).skip_weight_valid) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).skip_weight_valid)),
                },
                FieldLayout {
                    name: "blk_start_qp",
                    offset: ::core::ptr::addr_of!((*base).blk_start_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).blk_start_qp)),
                },
                FieldLayout {
                    name: "qp_map_phy_addr",
                    offset: ::core::ptr::addr_of!((*base).qp_map_phy_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qp_map_phy_addr)),
                },
                FieldLayout {
                    name: "skip_weight_phy_addr",
                    offset: ::core::ptr::addr_of!((*base).skip_weight_phy_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).skip_weight_phy_addr)),
                },
                FieldLayout {
                    name: "frame_type",
                    offset: ::core::ptr::addr_of!((*base).frame_type) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).frame_type)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_user_rc_info",
            size: ::core::mem::size_of::<hi_user_rc_info>(),
            align: ::core::mem::align_of::<hi_user_rc_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_user_roi_map>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "valid",
                    offset: ::core::ptr::addr_of!((*base).valid) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).valid)),
                },
                FieldLayout {
                    name: "phy_addr",
                    offset: ::core::ptr::addr_of!((*base).phy_addr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).phy_addr)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_user_roi_map",
            size: ::core::mem::size_of::<hi_user_roi_map>(),
            align: ::core::mem::align_of::<hi_user_roi_map>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_chn_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "color_to_grey_en",
                    offset: ::core::ptr::addr_of!((*base).color_to_grey_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).color_to_grey_en)),
                },
                FieldLayout {
                    name: "priority",
                    offset: ::core::ptr::addr_of!((*base).priority) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).priority)),
                },
                FieldLayout {
                    name: "max_stream_cnt",
                    offset: ::core::ptr::addr_of!((*base).max_stream_cnt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_stream_cnt)),
                },
                FieldLayout {
                    name: "poll_wake_up_frame_cnt",
                    offset: ::core::ptr::addr_of!((*base).poll_wake_up_frame_cnt) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).poll_wake_up_frame_cnt)),
                },
                FieldLayout {
                    name: "crop_info",
                    offset: ::core::ptr::addr_of!((*base).crop_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).crop_info)),
                },
                FieldLayout {
                    name: "frame_rate",
                    offset: ::core::ptr::addr_of!((*base).frame_rate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).frame_rate)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_chn_param",
            size: ::core::mem::size_of::<hi_venc_chn_param>(),
            align: ::core::mem::align_of::<hi_venc_chn_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_cu_prediction>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "pred_mode",
                    offset: ::core::ptr::addr_of!((*base).pred_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pred_mode)),
                },
                FieldLayout {
                    name: "intra32_cost",
                    offset: ::core::ptr::addr_of!((*base).intra32_cost) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).intra32_cost)),
                },
                FieldLayout {
                    name: "intra16_cost",
                    offset: ::core::ptr::addr_of!((*base).intra16_cost) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).intra16_cost)),
                },
                FieldLayout {
                    name: "intra8_cost",
                    offset: ::core::ptr::addr_of!((*base).intra8_cost) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).intra8_cost)),
                },
                FieldLayout {
                    name: "intra4_cost",
                    offset: ::core::ptr::addr_of!((*base).intra4_cost) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).intra4_cost)),
                },
                FieldLayout {
                    name: "inter64_cost",
                    offset: ::core::ptr::addr_of!((*base).inter64_cost) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).inter64_cost)),
                },
                FieldLayout {
                    name: "inter32_cost",
                    offset: ::core::ptr::addr_of!((*base).inter32_cost) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).inter32_cost)),
                },
                FieldLayout {
                    name: "inter16_cost",
                    offset: ::core::ptr::addr_of!((*base).inter16_cost) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).inter16_cost)),
                },
                FieldLayout {
                    name: "inter8_cost",
                    offset: ::core::ptr::addr_of!((*base).inter8_cost) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).inter8_cost)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_cu_prediction",
            size: ::core::mem::size_of::<hi_venc_cu_prediction>(),
            align: ::core::mem::align_of::<hi_venc_cu_prediction>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_avbr_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "chg_pos",
                    offset: ::core::ptr::addr_of!((*base).chg_pos) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).chg_pos)),
                },
                FieldLayout {
                    name: "max_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).max_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_proportion)),
                },
                FieldLayout {
                    name: "min_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).min_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_proportion)),
                },
                FieldLayout {
                    name: "max_reencode_times",
                    offset: ::core::ptr::addr_of!((*base).max_reencode_times) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_reencode_times)),
                },
                FieldLayout {
                    name: "qpmap_en",
                    offset: ::core::ptr::addr_of!((*base).qpmap_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_en)),
                },
                FieldLayout {
                    name: "min_still_percent",
                    offset: ::core::ptr::addr_of!((*base).min_still_percent) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_still_percent)),
                },
                FieldLayout {
                    name: "max_still_qp",
                    offset: ::core::ptr::addr_of!((*base).max_still_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_still_qp)),
                },
                FieldLayout {
                    name: "min_still_psnr",
                    offset: ::core::ptr::addr_of!((*base).min_still_psnr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_still_psnr)),
                },
                FieldLayout {
                    name: "max_qp",
                    offset: ::core::ptr::addr_of!((*base).max_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qp)),
                },
                FieldLayout {
                    name: "min_qp",
                    offset: ::core::ptr::addr_of!((*base).min_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp)),
                },
                FieldLayout {
                    name: "max_i_qp",
                    offset: ::core::ptr::addr_of!((*base).max_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_qp)),
                },
                FieldLayout {
                    name: "min_i_qp",
                    offset: ::core::ptr::addr_of!((*base).min_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_qp)),
                },
                FieldLayout {
                    name: "min_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).min_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp_delta)),
                },
                FieldLayout {
                    name: "motion_sensitivity",
                    offset: ::core::ptr::addr_of!((*base).motion_sensitivity) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).motion_sensitivity)),
                },
                FieldLayout {
                    name: "save_bitrate_en",
                    offset: ::core::ptr::addr_of!((*base).save_bitrate_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).save_bitrate_en)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_avbr_param",
            size: ::core::mem::size_of::<hi_venc_h264_avbr_param>(),
            align: ::core::mem::align_of::<hi_venc_h264_avbr_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_cbr_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "max_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).max_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_proportion)),
                },
                FieldLayout {
                    name: "min_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).min_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_proportion)),
                },
                FieldLayout {
                    name: "max_qp",
                    offset: ::core::ptr::addr_of!((*base).max_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qp)),
                },
                FieldLayout {
                    name: "min_qp",
                    offset: ::core::ptr::addr_of!((*base).min_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp)),
                },
                FieldLayout {
                    name: "max_i_qp",
                    offset: ::core::ptr::addr_of!((*base).max_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_qp)),
                },
                FieldLayout {
                    name: "min_i_qp",
                    offset: ::core::ptr::addr_of!((*base).min_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_qp)),
                },
                FieldLayout {
                    name: "max_reencode_times",
                    offset: ::core::ptr::addr_of!((*base).max_reencode_times) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_reencode_times)),
                },
                FieldLayout {
                    name: "qpmap_en",
                    offset: ::core::ptr::addr_of!((*base).qpmap_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_en)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_cbr_param",
            size: ::core::mem::size_of::<hi_venc_h264_cbr_param>(),
            align: ::core::mem::align_of::<hi_venc_h264_cbr_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_cvbr_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "max_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).max_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_proportion)),
                },
                FieldLayout {
                    name: "min_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).min_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_proportion)),
                },
                FieldLayout {
                    name: "max_reencode_times",
                    offset: ::core::ptr::addr_of!((*base).max_reencode_times) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_reencode_times)),
                },
                FieldLayout {
                    name: "qpmap_en",
                    offset: ::core::ptr::addr_of!((*base).qpmap_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_en)),
                },
                FieldLayout {
                    name: "max_qp",
                    offset: ::core::ptr::addr_of!((*base).max_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qp)),
                },
                FieldLayout {
                    name: "min_qp",
                    offset: ::core::ptr::addr_of!((*base).min_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp)),
                },
                FieldLayout {
                    name: "max_i_qp",
                    offset: ::core::ptr::addr_of!((*base).max_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_qp)),
                },
                FieldLayout {
                    name: "min_i_qp",
                    offset: ::core::ptr::addr_of!((*base).min_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_qp)),
                },
                FieldLayout {
                    name: "min_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).min_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp_delta)),
                },
                FieldLayout {
                    name: "max_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).max_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qp_delta)),
                },
                FieldLayout {
                    name: "extra_bit_percent",
                    offset: ::core::ptr::addr_of!((*base).extra_bit_percent) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).extra_bit_percent)),
                },
                FieldLayout {
                    name: "long_term_stats_time_unit",
                    offset: ::core::ptr::addr_of!((*base).long_term_stats_time_unit) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).long_term_stats_time_unit)),
                },
                FieldLayout {
                    name: "save_bitrate_en",
                    offset: ::core::ptr::addr_of!((*base).save_bitrate_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).save_bitrate_en)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_cvbr_param",
            size: ::core::mem::size_of::<hi_venc_h264_cvbr_param>(),
            align: ::core::mem::align_of::<hi_venc_h264_cvbr_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_mod_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "one_stream_buf",
                    offset: ::core::ptr::addr_of!((*base).one_stream_buf) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).one_stream_buf)),
                },
                FieldLayout {
                    name: "mini_buf_mode",
                    offset: ::core::ptr::addr_of!((*base).mini_buf_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).mini_buf_mode)),
                },
                FieldLayout {
                    name: "low_power_mode",
                    offset: ::core::ptr::addr_of!((*base).low_power_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).low_power_mode)),
                },
                FieldLayout {
                    name: "vb_src",
                    offset: ::core::ptr::addr_of!((*base).vb_src) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).vb_src)),
                },
                FieldLayout {
                    name: "qp_hist_en",
                    offset: ::core::ptr::addr_of!((*base).qp_hist_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qp_hist_en)),
                },
                FieldLayout {
                    name: "max_user_data_len",
                    offset: ::core::ptr::addr_of!((*base).max_user_data_len) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_user_data_len)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_mod_param",
            size: ::core::mem::size_of::<hi_venc_h264_mod_param>(),
            align: ::core::mem::align_of::<hi_venc_h264_mod_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_qvbr_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "max_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).max_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_proportion)),
                },
                FieldLayout {
                    name: "min_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).min_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_proportion)),
                },
                FieldLayout {
                    name: "max_reencode_times",
                    offset: ::core::ptr::addr_of!((*base).max_reencode_times) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_reencode_times)),
                },
                FieldLayout {
                    name: "qpmap_en",
                    offset: ::core::ptr::addr_of!((*base).qpmap_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_en)),
                },
                FieldLayout {
                    name: "max_qp",
                    offset: ::core::ptr::addr_of!((*base).max_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qp)),
                },
                FieldLayout {
                    name: "min_qp",
                    offset: ::core::ptr::addr_of!((*base).min_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp)),
                },
                FieldLayout {
                    name: "max_i_qp",
                    offset: ::core::ptr::addr_of!((*base).max_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_qp)),
                },
                FieldLayout {
                    name: "min_i_qp",
                    offset: ::core::ptr::addr_of!((*base).min_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_qp)),
                },
                FieldLayout {
                    name: "max_bit_percent",
                    offset: ::core::ptr::addr_of!((*base).max_bit_percent) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_bit_percent)),
                },
                FieldLayout {
                    name: "min_bit_percent",
                    offset: ::core::ptr::addr_of!((*base).min_bit_percent) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_bit_percent)),
                },
                FieldLayout {
                    name: "max_psnr_fluctuate",
                    offset: ::core::ptr::addr_of!((*base).max_psnr_fluctuate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_psnr_fluctuate)),
                },
                FieldLayout {
                    name: "min_psnr_fluctuate",
                    offset: ::core::ptr::addr_of!((*base).min_psnr_fluctuate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_psnr_fluctuate)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_qvbr_param",
            size: ::core::mem::size_of::<hi_venc_h264_qvbr_param>(),
            align: ::core::mem::align_of::<hi_venc_h264_qvbr_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_vbr_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "chg_pos",
                    offset: ::core::ptr::addr_of!((*base).chg_pos) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).chg_pos)),
                },
                FieldLayout {
                    name: "max_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).max_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_proportion)),
                },
                FieldLayout {
                    name: "min_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).min_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_proportion)),
                },
                FieldLayout {
                    name: "max_reencode_times",
                    offset: ::core::ptr::addr_of!((*base).max_reencode_times) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_reencode_times)),
                },
                FieldLayout {
                    name: "qpmap_en",
                    offset: ::core::ptr::addr_of!((*base).qpmap_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_en)),
                },
                FieldLayout {
                    name: "max_qp",
                    offset: ::core::ptr::addr_of!((*base).max_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qp)),
                },
                FieldLayout {
                    name: "min_qp",
                    offset: ::core::ptr::addr_of!((*base).min_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp)),
                },
                FieldLayout {
                    name: "max_i_qp",
                    offset: ::core::ptr::addr_of!((*base).max_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_qp)),
                },
                FieldLayout {
                    name: "min_i_qp",
                    offset: ::core::ptr::addr_of!((*base).min_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_qp)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_vbr_param",
            size: ::core::mem::size_of::<hi_venc_h264_vbr_param>(),
            align: ::core::mem::align_of::<hi_venc_h264_vbr_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h264_vui>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "vui_aspect_ratio",
                    offset: ::core::ptr::addr_of!((*base).vui_aspect_ratio) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).vui_aspect_ratio)),
                },
                FieldLayout {
                    name: "vui_time_info",
                    offset: ::core::ptr::addr_of!((*base).vui_time_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).vui_time_info)),
                },
                FieldLayout {
                    name: "vui_video_signal",
                    offset: ::core::ptr::addr_of!((*base).vui_video_signal) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).vui_video_signal)),
                },
                FieldLayout {
                    name: "vui_bitstream_restric",
                    offset: ::core::ptr::addr_of!((*base).vui_bitstream_restric) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).vui_bitstream_restric)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h264_vui",
            size: ::core::mem::size_of::<hi_venc_h264_vui>(),
            align: ::core::mem::align_of::<hi_venc_h264_vui>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h265_avbr_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "chg_pos",
                    offset: ::core::ptr::addr_of!((*base).chg_pos) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).chg_pos)),
                },
                FieldLayout {
                    name: "max_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).max_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_proportion)),
                },
                FieldLayout {
                    name: "min_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).min_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_proportion)),
                },
                FieldLayout {
                    name: "max_reencode_times",
                    offset: ::core::ptr::addr_of!((*base).max_reencode_times) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_reencode_times)),
                },
                FieldLayout {
                    name: "min_still_percent",
                    offset: ::core::ptr::addr_of!((*base).min_still_percent) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_still_percent)),
                },
                FieldLayout {
                    name: "max_still_qp",
                    offset: ::core::ptr::addr_of!((*base).max_still_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_still_qp)),
                },
                FieldLayout {
                    name: "min_still_psnr",
                    offset: ::core::ptr::addr_of!((*base).min_still_psnr) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_still_psnr)),
                },
                FieldLayout {
                    name: "max_qp",
                    offset: ::core::ptr::addr_of!((*base).max_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qp)),
                },
                FieldLayout {
                    name: "min_qp",
                    offset: ::core::ptr::addr_of!((*base).min_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp)),
                },
                FieldLayout {
                    name: "max_i_qp",
                    offset: ::core::ptr::addr_of!((*base).max_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_qp)),
                },
                FieldLayout {
                    name: "min_i_qp",
                    offset: ::core::ptr::addr_of!((*base).min_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_qp)),
                },
                FieldLayout {
                    name: "min_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).min_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp_delta)),
                },
                FieldLayout {
                    name: "motion_sensitivity",
                    offset: ::core::ptr::addr_of!((*base).motion_sensitivity) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).motion_sensitivity)),
                },
                FieldLayout {
                    name: "qpmap_en",
                    offset: ::core::ptr::addr_of!((*base).qpmap_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_en)),
                },
                FieldLayout {
                    name: "qpmap_mode",
                    offset: ::core::ptr::addr_of!((*base).qpmap_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_mode)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h265_avbr_param",
            size: ::core::mem::size_of::<hi_venc_h265_avbr_param>(),
            align: ::core::mem::align_of::<hi_venc_h265_avbr_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h265_cbr_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "max_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).max_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_proportion)),
                },
                FieldLayout {
                    name: "min_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).min_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_proportion)),
                },
                FieldLayout {
                    name: "max_qp",
                    offset: ::core::ptr::addr_of!((*base).max_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qp)),
                },
                FieldLayout {
                    name: "min_qp",
                    offset: ::core::ptr::addr_of!((*base).min_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp)),
                },
                FieldLayout {
                    name: "max_i_qp",
                    offset: ::core::ptr::addr_of!((*base).max_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_qp)),
                },
                FieldLayout {
                    name: "min_i_qp",
                    offset: ::core::ptr::addr_of!((*base).min_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_qp)),
                },
                FieldLayout {
                    name: "max_reencode_times",
                    offset: ::core::ptr::addr_of!((*base).max_reencode_times) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_reencode_times)),
                },
                FieldLayout {
                    name: "qpmap_en",
                    offset: ::core::ptr::addr_of!((*base).qpmap_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_en)),
                },
                FieldLayout {
                    name: "qpmap_mode",
                    offset: ::core::ptr::addr_of!((*base).qpmap_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_mode)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h265_cbr_param",
            size: ::core::mem::size_of::<hi_venc_h265_cbr_param>(),
            align: ::core::mem::align_of::<hi_venc_h265_cbr_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h265_cvbr_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "max_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).max_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_proportion)),
                },
                FieldLayout {
                    name: "min_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).min_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_proportion)),
                },
                FieldLayout {
                    name: "max_reencode_times",
                    offset: ::core::ptr::addr_of!((*base).max_reencode_times) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_reencode_times)),
                },
                FieldLayout {
                    name: "qpmap_en",
                    offset: ::core::ptr::addr_of!((*base).qpmap_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_en)),
                },
                FieldLayout {
                    name: "qpmap_mode",
                    offset: ::core::ptr::addr_of!((*base).qpmap_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_mode)),
                },
                FieldLayout {
                    name: "max_qp",
                    offset: ::core::ptr::addr_of!((*base).max_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qp)),
                },
                FieldLayout {
                    name: "min_qp",
                    offset: ::core::ptr::addr_of!((*base).min_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp)),
                },
                FieldLayout {
                    name: "max_i_qp",
                    offset: ::core::ptr::addr_of!((*base).max_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_qp)),
                },
                FieldLayout {
                    name: "min_i_qp",
                    offset: ::core::ptr::addr_of!((*base).min_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_qp)),
                },
                FieldLayout {
                    name: "min_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).min_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp_delta)),
                },
                FieldLayout {
                    name: "max_qp_delta",
                    offset: ::core::ptr::addr_of!((*base).max_qp_delta) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qp_delta)),
                },
                FieldLayout {
                    name: "extra_bit_percent",
                    offset: ::core::ptr::addr_of!((*base).extra_bit_percent) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).extra_bit_percent)),
                },
                FieldLayout {
                    name: "long_term_stats_time_unit",
                    offset: ::core::ptr::addr_of!((*base).long_term_stats_time_unit) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).long_term_stats_time_unit)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h265_cvbr_param",
            size: ::core::mem::size_of::<hi_venc_h265_cvbr_param>(),
            align: ::core::mem::align_of::<hi_venc_h265_cvbr_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h265_mod_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "one_stream_buf",
                    offset: ::core::ptr::addr_of!((*base).one_stream_buf) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).one_stream_buf)),
                },
                FieldLayout {
                    name: "mini_buf_mode",
                    offset: ::core::ptr::addr_of!((*base).mini_buf_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).mini_buf_mode)),
                },
                FieldLayout {
                    name: "low_power_mode",
                    offset: ::core::ptr::addr_of!((*base).low_power_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).low_power_mode)),
                },
                FieldLayout {
                    name: "vb_src",
                    offset: ::core::ptr::addr_of!((*base).vb_src) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).vb_src)),
                },
                FieldLayout {
                    name: "qp_hist_en",
                    offset: ::core::ptr::addr_of!((*base).qp_hist_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qp_hist_en)),
                },
                FieldLayout {
                    name: "max_user_data_len",
                    offset: ::core::ptr::addr_of!((*base).max_user_data_len) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_user_data_len)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h265_mod_param",
            size: ::core::mem::size_of::<hi_venc_h265_mod_param>(),
            align: ::core::mem::align_of::<hi_venc_h265_mod_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h265_qvbr_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "max_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).max_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_proportion)),
                },
                FieldLayout {
                    name: "min_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).min_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_proportion)),
                },
                FieldLayout {
                    name: "max_reencode_times",
                    offset: ::core::ptr::addr_of!((*base).max_reencode_times) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_reencode_times)),
                },
                FieldLayout {
                    name: "qpmap_en",
                    offset: ::core::ptr::addr_of!((*base).qpmap_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_en)),
                },
                FieldLayout {
                    name: "qpmap_mode",
                    offset: ::core::ptr::addr_of!((*base).qpmap_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_mode)),
                },
                FieldLayout {
                    name: "max_qp",
                    offset: ::core::ptr::addr_of!((*base).max_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qp)),
                },
                FieldLayout {
                    name: "min_qp",
                    offset: ::core::ptr::addr_of!((*base).min_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp)),
                },
                FieldLayout {
                    name: "max_i_qp",
                    offset: ::core::ptr::addr_of!((*base).max_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_qp)),
                },
                FieldLayout {
                    name: "min_i_qp",
                    offset: ::core::ptr::addr_of!((*base).min_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_qp)),
                },
                FieldLayout {
                    name: "max_bit_percent",
                    offset: ::core::ptr::addr_of!((*base).max_bit_percent) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_bit_percent)),
                },
                FieldLayout {
                    name: "min_bit_percent",
                    offset: ::core::ptr::addr_of!((*base).min_bit_percent) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_bit_percent)),
                },
                FieldLayout {
                    name: "max_psnr_fluctuate",
                    offset: ::core::ptr::addr_of!((*base).max_psnr_fluctuate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_psnr_fluctuate)),
                },
                FieldLayout {
                    name: "min_psnr_fluctuate",
                    offset: ::core::ptr::addr_of!((*base).min_psnr_fluctuate) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_psnr_fluctuate)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h265_qvbr_param",
            size: ::core::mem::size_of::<hi_venc_h265_qvbr_param>(),
            align: ::core::mem::align_of::<hi_venc_h265_qvbr_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h265_vbr_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "chg_pos",
                    offset: ::core::ptr::addr_of!((*base).chg_pos) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).chg_pos)),
                },
                FieldLayout {
                    name: "max_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).max_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_proportion)),
                },
                FieldLayout {
                    name: "min_i_proportion",
                    offset: ::core::ptr::addr_of!((*base).min_i_proportion) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_proportion)),
                },
                FieldLayout {
                    name: "max_reencode_times",
                    offset: ::core::ptr::addr_of!((*base).max_reencode_times) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_reencode_times)),
                },
                FieldLayout {
                    name: "max_qp",
                    offset: ::core::ptr::addr_of!((*base).max_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qp)),
                },
                FieldLayout {
                    name: "min_qp",
                    offset: ::core::ptr::addr_of!((*base).min_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qp)),
                },
                FieldLayout {
                    name: "max_i_qp",
                    offset: ::core::ptr::addr_of!((*base).max_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_i_qp)),
                },
                FieldLayout {
                    name: "min_i_qp",
                    offset: ::core::ptr::addr_of!((*base).min_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_i_qp)),
                },
                FieldLayout {
                    name: "qpmap_en",
                    offset: ::core::ptr::addr_of!((*base).qpmap_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_en)),
                },
                FieldLayout {
                    name: "qpmap_mode",
                    offset: ::core::ptr::addr_of!((*base).qpmap_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qpmap_mode)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h265_vbr_param",
            size: ::core::mem::size_of::<hi_venc_h265_vbr_param>(),
            align: ::core::mem::align_of::<hi_venc_h265_vbr_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_h265_vui>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "vui_aspect_ratio",
                    offset: ::core::ptr::addr_of!((*base).vui_aspect_ratio) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).vui_aspect_ratio)),
                },
                FieldLayout {
                    name: "vui_time_info",
                    offset: ::core::ptr::addr_of!((*base).vui_time_info) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).vui_time_info)),
                },
                FieldLayout {
                    name: "vui_video_signal",
                    offset: ::core::ptr::addr_of!((*base).vui_video_signal) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).vui_video_signal)),
                },
                FieldLayout {
                    name: "vui_bitstream_restric",
                    offset: ::core::ptr::addr_of!((*base).vui_bitstream_restric) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).vui_bitstream_restric)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_h265_vui",
            size: ::core::mem::size_of::<hi_venc_h265_vui>(),
            align: ::core::mem::align_of::<hi_venc_h265_vui>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_huffman_ac_table>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "ac_bits",
                    offset: ::core::ptr::addr_of!((*base).ac_bits) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).ac_bits)),
                },
                FieldLayout {
                    name: "ac_value",
                    offset: ::core::ptr::addr_of!((*base).ac_value) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).ac_value)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_huffman_ac_table",
            size: ::core::mem::size_of::<hi_venc_huffman_ac_table>(),
            align: ::core::mem::align_of::<hi_venc_huffman_ac_table>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_huffman_dc_table>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "dc_bits",
                    offset: ::core::ptr::addr_of!((*base).dc_bits) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dc_bits)),
                },
                FieldLayout {
                    name: "dc_value",
                    offset: ::core::ptr::addr_of!((*base).dc_value) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dc_value)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_huffman_dc_table",
            size: ::core::mem::size_of::<hi_venc_huffman_dc_table>(),
            align: ::core::mem::align_of::<hi_venc_huffman_dc_table>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_intra_refresh>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "refresh_enable",
                    offset: ::core::ptr::addr_of!((*base).refresh_enable) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).refresh_enable)),
                },
                FieldLayout {
                    name: "intra_refresh_mode",
                    offset: ::core::ptr::addr_of!((*base).intra_refresh_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).intra_refresh_mode)),
                },
                FieldLayout {
                    name: "refresh_num",
                    offset: ::core::ptr::addr_of!((*base).refresh_num) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).refresh_num)),
                },
                FieldLayout {
                    name: "req_i_qp",
                    offset: ::core::ptr::addr_of!((*base).req_i_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).req_i_qp)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_intra_refresh",
            size: ::core::mem::size_of::<hi_venc_intra_refresh>(),
            align: ::core::mem::align_of::<hi_venc_intra_refresh>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_jpeg_huffman_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "dc_tables",
                    offset: ::core::ptr::addr_of!((*base).dc_tables) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dc_tables)),
                },
                FieldLayout {
                    name: "ac_tables",
                    offset: ::core::ptr::addr_of!((*base).ac_tables) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).ac_tables)),
                },
                FieldLayout {
                    name: "reserved",
                    offset: ::core::ptr::addr_of!((*base).reserved) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).reserved)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_jpeg_huffman_param",
            size: ::core::mem::size_of::<hi_venc_jpeg_huffman_param>(),
            align: ::core::mem::align_of::<hi_venc_jpeg_huffman_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_jpeg_mod_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "one_stream_buf",
                    offset: ::core::ptr::addr_of!((*base).one_stream_buf) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).one_stream_buf)),
                },
                FieldLayout {
                    name: "mini_buf_mode",
                    offset: ::core::ptr::addr_of!((*base).mini_buf_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).mini_buf_mode)),
                },
                FieldLayout {
                    name: "clear_stream_buf",
                    offset: ::core::ptr::addr_of!((*base).clear_stream_buf) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).clear_stream_buf)),
                },
                FieldLayout {
                    name: "dering_mode",
                    offset: ::core::ptr::addr_of!((*base).dering_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).dering_mode)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_jpeg_mod_param",
            size: ::core::mem::size_of::<hi_venc_jpeg_mod_param>(),
            align: ::core::mem::align_of::<hi_venc_jpeg_mod_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_mjpeg_cbr_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "max_qfactor",
                    offset: ::core::ptr::addr_of!((*base).max_qfactor) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qfactor)),
                },
                FieldLayout {
                    name: "min_qfactor",
                    offset: ::core::ptr::addr_of!((*base).min_qfactor) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qfactor)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_mjpeg_cbr_param",
            size: ::core::mem::size_of::<hi_venc_mjpeg_cbr_param>(),
            align: ::core::mem::align_of::<hi_venc_mjpeg_cbr_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_mjpeg_vbr_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "chg_pos",
                    offset: ::core::ptr::addr_of!((*base).chg_pos) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).chg_pos)),
                },
                FieldLayout {
                    name: "max_qfactor",
                    offset: ::core::ptr::addr_of!((*base).max_qfactor) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).max_qfactor)),
                },
                FieldLayout {
                    name: "min_qfactor",
                    offset: ::core::ptr::addr_of!((*base).min_qfactor) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).min_qfactor)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_mjpeg_vbr_param",
            size: ::core::mem::size_of::<hi_venc_mjpeg_vbr_param>(),
            align: ::core::mem::align_of::<hi_venc_mjpeg_vbr_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_mod_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "mod_type",
                    offset: ::core::ptr::addr_of!((*base).mod_type) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).mod_type)),
                },
                FieldLayout {
                    name: "venc_mod_param",
                    offset: ::core::ptr::addr_of!((*base).union1.venc_mod_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.venc_mod_param)),
                },
                FieldLayout {
                    name: "h264_mod_param",
                    offset: ::core::ptr::addr_of!((*base).union1.h264_mod_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h264_mod_param)),
                },
                FieldLayout {
                    name: "h265_mod_param",
                    offset: ::core::ptr::addr_of!((*base).union1.h265_mod_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.h265_mod_param)),
                },
                FieldLayout {
                    name: "jpeg_mod_param",
                    offset: ::core::ptr::addr_of!((*base).union1.jpeg_mod_param) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).union1.jpeg_mod_param)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_mod_param",
            size: ::core::mem::size_of::<hi_venc_mod_param>(),
            align: ::core::mem::align_of::<hi_venc_mod_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_ref_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "base",
                    offset: ::core::ptr::addr_of!((*base).base) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).base)),
                },
                FieldLayout {
                    name: "enhance",
                    offset: ::core::ptr::addr_of!((*base).enhance) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).enhance)),
                },
                FieldLayout {
                    name: "pred_en",
                    offset: ::core::ptr::addr_of!((*base).pred_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).pred_en)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_ref_param",
            size: ::core::mem::size_of::<hi_venc_ref_param>(),
            align: ::core::mem::align_of::<hi_venc_ref_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_roi_attr>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "idx",
                    offset: ::core::ptr::addr_of!((*base).idx) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).idx)),
                },
                FieldLayout {
                    name: "enable",
                    offset: ::core::ptr::addr_of!((*base).enable) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).enable)),
                },
                FieldLayout {
                    name: "is_abs_qp",
                    offset: ::core::ptr::addr_of!((*base).is_abs_qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).is_abs_qp)),
                },
                FieldLayout {
                    name: "qp",
                    offset: ::core::ptr::addr_of!((*base).qp) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).qp)),
                },
                FieldLayout {
                    name: "rect",
                    offset: ::core::ptr::addr_of!((*base).rect) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).rect)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_roi_attr",
            size: ::core::mem::size_of::<hi_venc_roi_attr>(),
            align: ::core::mem::align_of::<hi_venc_roi_attr>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_scene_chg_detect>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "detect_scene_chg_en",
                    offset: ::core::ptr::addr_of!((*base).detect_scene_chg_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).detect_scene_chg_en)),
                },
                FieldLayout {
                    name: "adapt_insert_idr_frame_en",
                    offset: ::core::ptr::addr_of!((*base).adapt_insert_idr_frame_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).adapt_insert_idr_frame_en)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_scene_chg_detect",
            size: ::core::mem::size_of::<hi_venc_scene_chg_detect>(),
            align: ::core::mem::align_of::<hi_venc_scene_chg_detect>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_slice_split>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "split_enable",
                    offset: ::core::ptr::addr_of!((*base).split_enable) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).split_enable)),
                },
                FieldLayout {
                    name: "split_mode",
                    offset: ::core::ptr::addr_of!((*base).split_mode) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).split_mode)),
                },
                FieldLayout {
                    name: "split_size",
                    offset: ::core::ptr::addr_of!((*base).split_size) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).split_size)),
                },
                FieldLayout {
                    name: "slice_output_en",
                    offset: ::core::ptr::addr_of!((*base).slice_output_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).slice_output_en)),
                },
                FieldLayout {
                    name: "reserved",
                    offset: ::core::ptr::addr_of!((*base).reserved) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).reserved)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_slice_split",
            size: ::core::mem::size_of::<hi_venc_slice_split>(),
            align: ::core::mem::align_of::<hi_venc_slice_split>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_streamcopy_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "copy_en",
                    offset: ::core::ptr::addr_of!((*base).copy_en) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).copy_en)),
                },
                FieldLayout {
                    name: "copy_interval",
                    offset: ::core::ptr::addr_of!((*base).copy_interval) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).copy_interval)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_streamcopy_param",
            size: ::core::mem::size_of::<hi_venc_streamcopy_param>(),
            align: ::core::mem::align_of::<hi_venc_streamcopy_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_venc_mod_param>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "buf_cache",
                    offset: ::core::ptr::addr_of!((*base).buf_cache) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).buf_cache)),
                },
                FieldLayout {
                    name: "frame_buf_recycle",
                    offset: ::core::ptr::addr_of!((*base).frame_buf_recycle) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).frame_buf_recycle)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_venc_mod_param",
            size: ::core::mem::size_of::<hi_venc_venc_mod_param>(),
            align: ::core::mem::align_of::<hi_venc_venc_mod_param>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_vui_aspect_ratio>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "aspect_ratio_info_present_flag",
                    offset: ::core::ptr::addr_of!((*base).aspect_ratio_info_present_flag) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).aspect_ratio_info_present_flag)),
                },
                FieldLayout {
                    name: "aspect_ratio_idc",
                    offset: ::core::ptr::addr_of!((*base).aspect_ratio_idc) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).aspect_ratio_idc)),
                },
                FieldLayout {
                    name: "overscan_info_present_flag",
                    offset: ::core::ptr::addr_of!((*base).overscan_info_present_flag) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).overscan_info_present_flag)),
                },
                FieldLayout {
                    name: "overscan_appropriate_flag",
                    offset: ::core::ptr::addr_of!((*base).overscan_appropriate_flag) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).overscan_appropriate_flag)),
                },
                FieldLayout {
                    name: "sar_width",
                    offset: ::core::ptr::addr_of!((*base).sar_width) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).sar_width)),
                },
                FieldLayout {
                    name: "sar_height",
                    offset: ::core::ptr::addr_of!((*base).sar_height) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).sar_height)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_vui_aspect_ratio",
            size: ::core::mem::size_of::<hi_venc_vui_aspect_ratio>(),
            align: ::core::mem::align_of::<hi_venc_vui_aspect_ratio>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_vui_bitstream_restric>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![FieldLayout {
                name: "bitstream_restriction_flag",
                offset: ::core::ptr::addr_of!((*base).bitstream_restriction_flag) as usize - base as usize,
                size: size_of_pointee(::core::ptr::addr_of!((*base).bitstream_restriction_flag)),
            }]
        };
        v.push(StructLayout {
            name: "hi_venc_vui_bitstream_restric",
            size: ::core::mem::size_of::<hi_venc_vui_bitstream_restric>(),
            align: ::core::mem::align_of::<hi_venc_vui_bitstream_restric>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_vui_h264_time_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "timing_info_present_flag",
                    offset: ::core::ptr::addr_of!((*base).timing_info_present_flag) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).timing_info_present_flag)),
                },
                FieldLayout {
                    name: "fixed_frame_rate_flag",
                    offset: ::core::ptr::addr_of!((*base).fixed_frame_rate_flag) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).fixed_frame_rate_flag)),
                },
                FieldLayout {
                    name: "num_units_in_tick",
                    offset: ::core::ptr::addr_of!((*base).num_units_in_tick) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).num_units_in_tick)),
                },
                FieldLayout {
                    name: "time_scale",
                    offset: ::core::ptr::addr_of!((*base).time_scale) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).time_scale)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_vui_h264_time_info",
            size: ::core::mem::size_of::<hi_venc_vui_h264_time_info>(),
            align: ::core::mem::align_of::<hi_venc_vui_h264_time_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_vui_h265_time_info>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "timing_info_present_flag",
                    offset: ::core::ptr::addr_of!((*base).timing_info_present_flag) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).timing_info_present_flag)),
                },
                FieldLayout {
                    name: "num_units_in_tick",
                    offset: ::core::ptr::addr_of!((*base).num_units_in_tick) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).num_units_in_tick)),
                },
                FieldLayout {
                    name: "time_scale",
                    offset: ::core::ptr::addr_of!((*base).time_scale) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).time_scale)),
                },
                FieldLayout {
                    name: "num_ticks_poc_diff_one_minus1",
                    offset: ::core::ptr::addr_of!((*base).num_ticks_poc_diff_one_minus1) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).num_ticks_poc_diff_one_minus1)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_vui_h265_time_info",
            size: ::core::mem::size_of::<hi_venc_vui_h265_time_info>(),
            align: ::core::mem::align_of::<hi_venc_vui_h265_time_info>(),
            fields,
        });
    }
    {
        let u = ::core::mem::MaybeUninit::<hi_venc_vui_video_signal>::uninit();
        let base = u.as_ptr();
        // SAFETY: addr_of! computes member addresses inside `u` without reading it or making references.
        let fields = unsafe {
            vec![
                FieldLayout {
                    name: "video_signal_type_present_flag",
                    offset: ::core::ptr::addr_of!((*base).video_signal_type_present_flag) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).video_signal_type_present_flag)),
                },
                FieldLayout {
                    name: "video_format",
                    offset: ::core::ptr::addr_of!((*base).video_format) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).video_format)),
                },
                FieldLayout {
                    name: "video_full_range_flag",
                    offset: ::core::ptr::addr_of!((*base).video_full_range_flag) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).video_full_range_flag)),
                },
                FieldLayout {
                    name: "colour_description_present_flag",
                    offset: ::core::ptr::addr_of!((*base).colour_description_present_flag) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).colour_description_present_flag)),
                },
                FieldLayout {
                    name: "colour_primaries",
                    offset: ::core::ptr::addr_of!((*base).colour_primaries) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).colour_primaries)),
                },
                FieldLayout {
                    name: "transfer_characteristics",
                    offset: ::core::ptr::addr_of!((*base).transfer_characteristics) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).transfer_characteristics)),
                },
                FieldLayout {
                    name: "matrix_coefficients",
                    offset: ::core::ptr::addr_of!((*base).matrix_coefficients) as usize - base as usize,
                    size: size_of_pointee(::core::ptr::addr_of!((*base).matrix_coefficients)),
                },
            ]
        };
        v.push(StructLayout {
            name: "hi_venc_vui_video_signal",
            size: ::core::mem::size_of::<hi_venc_vui_video_signal>(),
            align: ::core::mem::align_of::<hi_venc_vui_video_signal>(),
            fields,
        });
    }
    v
}

/// Every enum's size and named values.
pub fn enums() -> Vec<EnumLayout> {
    vec![
        EnumLayout {
            name: "acldvppStreamFormat",
            size: ::core::mem::size_of::<acldvppStreamFormat>(),
            values: acldvppStreamFormat::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "acldvppPixelFormat",
            size: ::core::mem::size_of::<acldvppPixelFormat>(),
            values: acldvppPixelFormat::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "aclvencChannelDescParamType",
            size: ::core::mem::size_of::<aclvencChannelDescParamType>(),
            values: aclvencChannelDescParamType::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "aclrtCallbackBlockType",
            size: ::core::mem::size_of::<aclrtCallbackBlockType>(),
            values: aclrtCallbackBlockType::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "aclrtRunMode",
            size: ::core::mem::size_of::<aclrtRunMode>(),
            values: aclrtRunMode::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "aclrtMemcpyKind",
            size: ::core::mem::size_of::<aclrtMemcpyKind>(),
            values: aclrtMemcpyKind::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "aclrtMemMallocPolicy",
            size: ::core::mem::size_of::<aclrtMemMallocPolicy>(),
            values: aclrtMemMallocPolicy::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_bool",
            size: ::core::mem::size_of::<hi_bool>(),
            values: hi_bool::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_color_gamut",
            size: ::core::mem::size_of::<hi_color_gamut>(),
            values: hi_color_gamut::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_compress_mode",
            size: ::core::mem::size_of::<hi_compress_mode>(),
            values: hi_compress_mode::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_csc_matrix",
            size: ::core::mem::size_of::<hi_csc_matrix>(),
            values: hi_csc_matrix::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_data_bit_width",
            size: ::core::mem::size_of::<hi_data_bit_width>(),
            values: hi_data_bit_width::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_dvpp_epoll_ctl_op",
            size: ::core::mem::size_of::<hi_dvpp_epoll_ctl_op>(),
            values: hi_dvpp_epoll_ctl_op::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_dvpp_epoll_event_type",
            size: ::core::mem::size_of::<hi_dvpp_epoll_event_type>(),
            values: hi_dvpp_epoll_event_type::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_dynamic_range",
            size: ::core::mem::size_of::<hi_dynamic_range>(),
            values: hi_dynamic_range::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_err_level",
            size: ::core::mem::size_of::<hi_err_level>(),
            values: hi_err_level::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_errno",
            size: ::core::mem::size_of::<hi_errno>(),
            values: hi_errno::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_mod_id",
            size: ::core::mem::size_of::<hi_mod_id>(),
            values: hi_mod_id::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_module_type",
            size: ::core::mem::size_of::<hi_module_type>(),
            values: hi_module_type::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_op_mode",
            size: ::core::mem::size_of::<hi_op_mode>(),
            values: hi_op_mode::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_payload_type",
            size: ::core::mem::size_of::<hi_payload_type>(),
            values: hi_payload_type::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_pixel_format",
            size: ::core::mem::size_of::<hi_pixel_format>(),
            values: hi_pixel_format::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_vb_src",
            size: ::core::mem::size_of::<hi_vb_src>(),
            values: hi_vb_src::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_frame_type",
            size: ::core::mem::size_of::<hi_venc_frame_type>(),
            values: hi_venc_frame_type::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_gop_mode",
            size: ::core::mem::size_of::<hi_venc_gop_mode>(),
            values: hi_venc_gop_mode::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_h264_nalu_type",
            size: ::core::mem::size_of::<hi_venc_h264_nalu_type>(),
            values: hi_venc_h264_nalu_type::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_h265_nalu_type",
            size: ::core::mem::size_of::<hi_venc_h265_nalu_type>(),
            values: hi_venc_h265_nalu_type::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_intra_refresh_mode",
            size: ::core::mem::size_of::<hi_venc_intra_refresh_mode>(),
            values: hi_venc_intra_refresh_mode::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_jpege_pack_type",
            size: ::core::mem::size_of::<hi_venc_jpege_pack_type>(),
            values: hi_venc_jpege_pack_type::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_mod_type",
            size: ::core::mem::size_of::<hi_venc_mod_type>(),
            values: hi_venc_mod_type::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_pic_recv_mode",
            size: ::core::mem::size_of::<hi_venc_pic_recv_mode>(),
            values: hi_venc_pic_recv_mode::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_prores_aspect_ratio",
            size: ::core::mem::size_of::<hi_venc_prores_aspect_ratio>(),
            values: hi_venc_prores_aspect_ratio::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_prores_frame_rate",
            size: ::core::mem::size_of::<hi_venc_prores_frame_rate>(),
            values: hi_venc_prores_frame_rate::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_prores_pack_type",
            size: ::core::mem::size_of::<hi_venc_prores_pack_type>(),
            values: hi_venc_prores_pack_type::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_rc_mode",
            size: ::core::mem::size_of::<hi_venc_rc_mode>(),
            values: hi_venc_rc_mode::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_rc_qpmap_mode",
            size: ::core::mem::size_of::<hi_venc_rc_qpmap_mode>(),
            values: hi_venc_rc_qpmap_mode::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_ref_type",
            size: ::core::mem::size_of::<hi_venc_ref_type>(),
            values: hi_venc_ref_type::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_venc_scene_mode",
            size: ::core::mem::size_of::<hi_venc_scene_mode>(),
            values: hi_venc_scene_mode::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_video_field",
            size: ::core::mem::size_of::<hi_video_field>(),
            values: hi_video_field::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
        EnumLayout {
            name: "hi_video_format",
            size: ::core::mem::size_of::<hi_video_format>(),
            values: hi_video_format::VALUES.iter().map(|(k, v)| (*k, v.0 as i64)).collect(),
        },
    ]
}

/// Every constant with its value (hi_mpi error codes as their unsigned 32-bit value, as in the JSON).
pub fn constants() -> Vec<(&'static str, i64)> {
    vec![
        ("ACL_COMPILE_FLAG_BIN_SELECTOR", ACL_COMPILE_FLAG_BIN_SELECTOR as i64),
        ("ACL_ERROR_API_NOT_SUPPORT", ACL_ERROR_API_NOT_SUPPORT as i64),
        ("ACL_ERROR_BAD_ALLOC", ACL_ERROR_BAD_ALLOC as i64),
        ("ACL_ERROR_BIN_SELECTOR_ALREADY_REGISTERED", ACL_ERROR_BIN_SELECTOR_ALREADY_REGISTERED as i64),
        ("ACL_ERROR_BIN_SELECTOR_NOT_REGISTERED", ACL_ERROR_BIN_SELECTOR_NOT_REGISTERED as i64),
        ("ACL_ERROR_COMPILING_STUB_MODE", ACL_ERROR_COMPILING_STUB_MODE as i64),
        ("ACL_ERROR_DESERIALIZE_MODEL", ACL_ERROR_DESERIALIZE_MODEL as i64),
        ("ACL_ERROR_DRV_FAILURE", ACL_ERROR_DRV_FAILURE as i64),
        ("ACL_ERROR_DUMP_ALREADY_RUN", ACL_ERROR_DUMP_ALREADY_RUN as i64),
        ("ACL_ERROR_DUMP_NOT_RUN", ACL_ERROR_DUMP_NOT_RUN as i64),
        ("ACL_ERROR_FAILURE", ACL_ERROR_FAILURE as i64),
        ("ACL_ERROR_FEATURE_UNSUPPORTED", ACL_ERROR_FEATURE_UNSUPPORTED as i64),
        ("ACL_ERROR_FILE_ATTR_INVALID", ACL_ERROR_FILE_ATTR_INVALID as i64),
        ("ACL_ERROR_FILE_MISSING_ATTR", ACL_ERROR_FILE_MISSING_ATTR as i64),
        ("ACL_ERROR_FORMAT_NOT_MATCH", ACL_ERROR_FORMAT_NOT_MATCH as i64),
        ("ACL_ERROR_GROUP_NOT_CREATE", ACL_ERROR_GROUP_NOT_CREATE as i64),
        ("ACL_ERROR_GROUP_NOT_SET", ACL_ERROR_GROUP_NOT_SET as i64),
        ("ACL_ERROR_INTERNAL_ERROR", ACL_ERROR_INTERNAL_ERROR as i64),
        ("ACL_ERROR_INVALID_BUNDLE_MODEL_ID", ACL_ERROR_INVALID_BUNDLE_MODEL_ID as i64),
        ("ACL_ERROR_INVALID_DEVICE", ACL_ERROR_INVALID_DEVICE as i64),
        ("ACL_ERROR_INVALID_DUMP_CONFIG", ACL_ERROR_INVALID_DUMP_CONFIG as i64),
        ("ACL_ERROR_INVALID_FILE", ACL_ERROR_INVALID_FILE as i64),
        ("ACL_ERROR_INVALID_FILE_SIZE", ACL_ERROR_INVALID_FILE_SIZE as i64),
        ("ACL_ERROR_INVALID_MAX_OPQUEUE_NUM_CONFIG", ACL_ERROR_INVALID_MAX_OPQUEUE_NUM_CONFIG as i64),
        ("ACL_ERROR_INVALID_MODEL_ID", ACL_ERROR_INVALID_MODEL_ID as i64),
        ("ACL_ERROR_INVALID_OPP_PATH", ACL_ERROR_INVALID_OPP_PATH as i64),
        ("ACL_ERROR_INVALID_PARAM", ACL_ERROR_INVALID_PARAM as i64),
        ("ACL_ERROR_INVALID_PROFILING_CONFIG", ACL_ERROR_INVALID_PROFILING_CONFIG as i64),
        ("ACL_ERROR_INVALID_QUEUE_ID", ACL_ERROR_INVALID_QUEUE_ID as i64),
        ("ACL_ERROR_INVALID_RESOURCE_HANDLE", ACL_ERROR_INVALID_RESOURCE_HANDLE as i64),
        ("ACL_ERROR_KERNEL_ALREADY_REGISTERED", ACL_ERROR_KERNEL_ALREADY_REGISTERED as i64),
        ("ACL_ERROR_KERNEL_NOT_FOUND", ACL_ERROR_KERNEL_NOT_FOUND as i64),
        ("ACL_ERROR_MEMORY_ADDRESS_UNALIGNED", ACL_ERROR_MEMORY_ADDRESS_UNALIGNED as i64),
        ("ACL_ERROR_MODEL_INPUT_NOT_MATCH", ACL_ERROR_MODEL_INPUT_NOT_MATCH as i64),
        ("ACL_ERROR_MODEL_MISSING_ATTR", ACL_ERROR_MODEL_MISSING_ATTR as i64),
        ("ACL_ERROR_MODEL_NOT_DYNAMIC", ACL_ERROR_MODEL_NOT_DYNAMIC as i64),
        ("ACL_ERROR_MODEL_OUTPUT_NOT_MATCH", ACL_ERROR_MODEL_OUTPUT_NOT_MATCH as i64),
        ("ACL_ERROR_MODEL_SIZE_INVALID", ACL_ERROR_MODEL_SIZE_INVALID as i64),
        ("ACL_ERROR_NONE", ACL_ERROR_NONE as i64),
        ("ACL_ERROR_NOT_STATIC_AIPP", ACL_ERROR_NOT_STATIC_AIPP as i64),
        ("ACL_ERROR_OP_ATTR_NOT_MATCH", ACL_ERROR_OP_ATTR_NOT_MATCH as i64),
        ("ACL_ERROR_OP_INPUT_NOT_MATCH", ACL_ERROR_OP_INPUT_NOT_MATCH as i64),
        ("ACL_ERROR_OP_LOAD_FAILED", ACL_ERROR_OP_LOAD_FAILED as i64),
        ("ACL_ERROR_OP_NOT_FOUND", ACL_ERROR_OP_NOT_FOUND as i64),
        ("ACL_ERROR_OP_OUTPUT_NOT_MATCH", ACL_ERROR_OP_OUTPUT_NOT_MATCH as i64),
        ("ACL_ERROR_OP_TYPE_NOT_MATCH", ACL_ERROR_OP_TYPE_NOT_MATCH as i64),
        ("ACL_ERROR_OP_UNSUPPORTED_DYNAMIC", ACL_ERROR_OP_UNSUPPORTED_DYNAMIC as i64),
        ("ACL_ERROR_PARSE_FILE", ACL_ERROR_PARSE_FILE as i64),
        ("ACL_ERROR_PARSE_MODEL", ACL_ERROR_PARSE_MODEL as i64),
        ("ACL_ERROR_PROFILING_FAILURE", ACL_ERROR_PROFILING_FAILURE as i64),
        ("ACL_ERROR_PROF_ALREADY_RUN", ACL_ERROR_PROF_ALREADY_RUN as i64),
        ("ACL_ERROR_PROF_API_CONFLICT", ACL_ERROR_PROF_API_CONFLICT as i64),
        ("ACL_ERROR_PROF_MODULES_UNSUPPORTED", ACL_ERROR_PROF_MODULES_UNSUPPORTED as i64),
        ("ACL_ERROR_PROF_NOT_RUN", ACL_ERROR_PROF_NOT_RUN as i64),
        ("ACL_ERROR_PROF_REPEAT_SUBSCRIBE", ACL_ERROR_PROF_REPEAT_SUBSCRIBE as i64),
        ("ACL_ERROR_READ_MODEL_FAILURE", ACL_ERROR_READ_MODEL_FAILURE as i64),
        ("ACL_ERROR_RELATIVE_RESOURCE_NOT_CLEARED", ACL_ERROR_RELATIVE_RESOURCE_NOT_CLEARED as i64),
        ("ACL_ERROR_REPEAT_FINALIZE", ACL_ERROR_REPEAT_FINALIZE as i64),
        ("ACL_ERROR_REPEAT_INITIALIZE", ACL_ERROR_REPEAT_INITIALIZE as i64),
        ("ACL_ERROR_REPEAT_SUBSCRIBE", ACL_ERROR_REPEAT_SUBSCRIBE as i64),
        ("ACL_ERROR_RESOURCE_NOT_MATCH", ACL_ERROR_RESOURCE_NOT_MATCH as i64),
        ("ACL_ERROR_RT_ADDR_UNALIGNED", ACL_ERROR_RT_ADDR_UNALIGNED as i64),
        ("ACL_ERROR_RT_AICORE_EXCEPTION", ACL_ERROR_RT_AICORE_EXCEPTION as i64),
        ("ACL_ERROR_RT_AICORE_OVER_FLOW", ACL_ERROR_RT_AICORE_OVER_FLOW as i64),
        ("ACL_ERROR_RT_AICORE_TIMEOUT", ACL_ERROR_RT_AICORE_TIMEOUT as i64),
        ("ACL_ERROR_RT_AICORE_TRAP_EXCEPTION", ACL_ERROR_RT_AICORE_TRAP_EXCEPTION as i64),
        ("ACL_ERROR_RT_AICORE_TRAP_READ_OVERFLOW", ACL_ERROR_RT_AICORE_TRAP_READ_OVERFLOW as i64),
        ("ACL_ERROR_RT_AICORE_TRAP_WRITE_OVERFLOW", ACL_ERROR_RT_AICORE_TRAP_WRITE_OVERFLOW as i64),
        ("ACL_ERROR_RT_AICPU_DATADUMP_RSP_ERR", ACL_ERROR_RT_AICPU_DATADUMP_RSP_ERR as i64),
        ("ACL_ERROR_RT_AICPU_EXCEPTION", ACL_ERROR_RT_AICPU_EXCEPTION as i64),
        ("ACL_ERROR_RT_AICPU_INFO_LOAD_RSP_ERR", ACL_ERROR_RT_AICPU_INFO_LOAD_RSP_ERR as i64),
        ("ACL_ERROR_RT_AICPU_INTERNAL_ERROR", ACL_ERROR_RT_AICPU_INTERNAL_ERROR as i64),
        ("ACL_ERROR_RT_AICPU_MODEL_RSP_ERR", ACL_ERROR_RT_AICPU_MODEL_RSP_ERR as i64),
        ("ACL_ERROR_RT_AICPU_TIMEOUT", ACL_ERROR_RT_AICPU_TIMEOUT as i64),
        ("ACL_ERROR_RT_AIVEC_OVER_FLOW", ACL_ERROR_RT_AIVEC_OVER_FLOW as i64),
        ("ACL_ERROR_RT_CAPTURE_DEPENDENCY", ACL_ERROR_RT_CAPTURE_DEPENDENCY as i64),
        ("ACL_ERROR_RT_CAPTURE_MODE_NOT_SUPPORT", ACL_ERROR_RT_CAPTURE_MODE_NOT_SUPPORT as i64),
        ("ACL_ERROR_RT_CDQ_BATCH_ABNORMAL", ACL_ERROR_RT_CDQ_BATCH_ABNORMAL as i64),
        ("ACL_ERROR_RT_CONTEXT_NULL", ACL_ERROR_RT_CONTEXT_NULL as i64),
        ("ACL_ERROR_RT_CONTEXT_RELEASE_ERROR", ACL_ERROR_RT_CONTEXT_RELEASE_ERROR as i64),
        ("ACL_ERROR_RT_COPY_DATA", ACL_ERROR_RT_COPY_DATA as i64),
        ("ACL_ERROR_RT_DEBUG_REGISTER_FAIL", ACL_ERROR_RT_DEBUG_REGISTER_FAIL as i64),
        ("ACL_ERROR_RT_DEBUG_UNREGISTER_FAIL", ACL_ERROR_RT_DEBUG_UNREGISTER_FAIL as i64),
        ("ACL_ERROR_RT_DEVICE_MEM_ERROR", ACL_ERROR_RT_DEVICE_MEM_ERROR as i64),
        ("ACL_ERROR_RT_DEVICE_OOM", ACL_ERROR_RT_DEVICE_OOM as i64),
        ("ACL_ERROR_RT_DEVICE_TASK_ABORT", ACL_ERROR_RT_DEVICE_TASK_ABORT as i64),
        ("ACL_ERROR_RT_DEV_SETUP_ERROR", ACL_ERROR_RT_DEV_SETUP_ERROR as i64),
        ("ACL_ERROR_RT_DIE_MODE_CHANGE_ERROR", ACL_ERROR_RT_DIE_MODE_CHANGE_ERROR as i64),
        ("ACL_ERROR_RT_DIE_MODE_NOT_SET", ACL_ERROR_RT_DIE_MODE_NOT_SET as i64),
        ("ACL_ERROR_RT_DIE_SET_ERROR", ACL_ERROR_RT_DIE_SET_ERROR as i64),
        ("ACL_ERROR_RT_DRV_INTERNAL_ERROR", ACL_ERROR_RT_DRV_INTERNAL_ERROR as i64),
        ("ACL_ERROR_RT_END_OF_SEQUENCE", ACL_ERROR_RT_END_OF_SEQUENCE as i64),
        ("ACL_ERROR_RT_EVENT_CAPTURED", ACL_ERROR_RT_EVENT_CAPTURED as i64),
        ("ACL_ERROR_RT_EVENT_NOT_COMPLETE", ACL_ERROR_RT_EVENT_NOT_COMPLETE as i64),
        ("ACL_ERROR_RT_EVENT_SYNC_TIMEOUT", ACL_ERROR_RT_EVENT_SYNC_TIMEOUT as i64),
        ("ACL_ERROR_RT_EVENT_TIMESTAMP_INVALID", ACL_ERROR_RT_EVENT_TIMESTAMP_INVALID as i64),
        ("ACL_ERROR_RT_EVENT_TIMESTAMP_REVERSAL", ACL_ERROR_RT_EVENT_TIMESTAMP_REVERSAL as i64),
        ("ACL_ERROR_RT_FAILURE", ACL_ERROR_RT_FAILURE as i64),
        ("ACL_ERROR_RT_FEATURE_NOT_SUPPORT", ACL_ERROR_RT_FEATURE_NOT_SUPPORT as i64),
        ("ACL_ERROR_RT_FFTS_PLUS_EXCEPTION", ACL_ERROR_RT_FFTS_PLUS_EXCEPTION as i64),
        ("ACL_ERROR_RT_FFTS_PLUS_TIMEOUT", ACL_ERROR_RT_FFTS_PLUS_TIMEOUT as i64),
        ("ACL_ERROR_RT_FFTS_PLUS_TRAP_EXCEPTION", ACL_ERROR_RT_FFTS_PLUS_TRAP_EXCEPTION as i64),
        ("ACL_ERROR_RT_FILE_OPEN", ACL_ERROR_RT_FILE_OPEN as i64),
        ("ACL_ERROR_RT_FILE_WRITE", ACL_ERROR_RT_FILE_WRITE as i64),
        ("ACL_ERROR_RT_GROUP_NOT_CREATE", ACL_ERROR_RT_GROUP_NOT_CREATE as i64),
        ("ACL_ERROR_RT_GROUP_NOT_SET", ACL_ERROR_RT_GROUP_NOT_SET as i64),
        ("ACL_ERROR_RT_HBM_MULTI_BIT_ECC_ERROR", ACL_ERROR_RT_HBM_MULTI_BIT_ECC_ERROR as i64),
        ("ACL_ERROR_RT_INTERNAL_ERROR", ACL_ERROR_RT_INTERNAL_ERROR as i64),
        ("ACL_ERROR_RT_INVALID_DEVICEID", ACL_ERROR_RT_INVALID_DEVICEID as i64),
        ("ACL_ERROR_RT_INVALID_DIEID", ACL_ERROR_RT_INVALID_DIEID as i64),
        ("ACL_ERROR_RT_INVALID_HANDLE", ACL_ERROR_RT_INVALID_HANDLE as i64),
        ("ACL_ERROR_RT_INVALID_MALLOC_TYPE", ACL_ERROR_RT_INVALID_MALLOC_TYPE as i64),
        ("ACL_ERROR_RT_INVALID_MEMORY_TYPE", ACL_ERROR_RT_INVALID_MEMORY_TYPE as i64),
        ("ACL_ERROR_RT_IPC_ERROR", ACL_ERROR_RT_IPC_ERROR as i64),
        ("ACL_ERROR_RT_KERNEL_DUPLICATE", ACL_ERROR_RT_KERNEL_DUPLICATE as i64),
        ("ACL_ERROR_RT_KERNEL_LOOKUP", ACL_ERROR_RT_KERNEL_LOOKUP as i64),
        ("ACL_ERROR_RT_KERNEL_UNREGISTERING", ACL_ERROR_RT_KERNEL_UNREGISTERING as i64),
        ("ACL_ERROR_RT_LABEL_CONTEXT", ACL_ERROR_RT_LABEL_CONTEXT as i64),
        ("ACL_ERROR_RT_LOST_HEARTBEAT", ACL_ERROR_RT_LOST_HEARTBEAT as i64),
        ("ACL_ERROR_RT_MEMORY_ALLOCATION", ACL_ERROR_RT_MEMORY_ALLOCATION as i64),
        ("ACL_ERROR_RT_MEMORY_FREE", ACL_ERROR_RT_MEMORY_FREE as i64),
        ("ACL_ERROR_RT_MODEL_ABORT_NORMAL", ACL_ERROR_RT_MODEL_ABORT_NORMAL as i64),
        ("ACL_ERROR_RT_MODEL_CAPTURED", ACL_ERROR_RT_MODEL_CAPTURED as i64),
        ("ACL_ERROR_RT_MODEL_CONTEXT", ACL_ERROR_RT_MODEL_CONTEXT as i64),
        ("ACL_ERROR_RT_MODEL_EXECUTE", ACL_ERROR_RT_MODEL_EXECUTE as i64),
        ("ACL_ERROR_RT_NO_CDQ_RESOURCE", ACL_ERROR_RT_NO_CDQ_RESOURCE as i64),
        ("ACL_ERROR_RT_NO_DEVICE", ACL_ERROR_RT_NO_DEVICE as i64),
        ("ACL_ERROR_RT_NO_EVENT_RESOURCE", ACL_ERROR_RT_NO_EVENT_RESOURCE as i64),
        ("ACL_ERROR_RT_NO_MODEL_RESOURCE", ACL_ERROR_RT_NO_MODEL_RESOURCE as i64),
        ("ACL_ERROR_RT_NO_NOTIFY_RESOURCE", ACL_ERROR_RT_NO_NOTIFY_RESOURCE as i64),
        ("ACL_ERROR_RT_NO_PERMISSION", ACL_ERROR_RT_NO_PERMISSION as i64),
        ("ACL_ERROR_RT_NO_STREAM_RESOURCE", ACL_ERROR_RT_NO_STREAM_RESOURCE as i64),
        ("ACL_ERROR_RT_OVER_FLOW", ACL_ERROR_RT_OVER_FLOW as i64),
        ("ACL_ERROR_RT_OVER_LIMIT", ACL_ERROR_RT_OVER_LIMIT as i64),
        ("ACL_ERROR_RT_PARAM_INVALID", ACL_ERROR_RT_PARAM_INVALID as i64),
        ("ACL_ERROR_RT_PROFILING_ERROR", ACL_ERROR_RT_PROFILING_ERROR as i64),
        ("ACL_ERROR_RT_PROGRAM_USE_OUT", ACL_ERROR_RT_PROGRAM_USE_OUT as i64),
        ("ACL_ERROR_RT_QUEUE_EMPTY", ACL_ERROR_RT_QUEUE_EMPTY as i64),
        ("ACL_ERROR_RT_QUEUE_FULL", ACL_ERROR_RT_QUEUE_FULL as i64),
        ("ACL_ERROR_RT_REPEATED_INIT", ACL_ERROR_RT_REPEATED_INIT as i64),
        ("ACL_ERROR_RT_REPORT_TIMEOUT", ACL_ERROR_RT_REPORT_TIMEOUT as i64),
        ("ACL_ERROR_RT_RESOURCE_ALLOC_FAIL", ACL_ERROR_RT_RESOURCE_ALLOC_FAIL as i64),
        ("ACL_ERROR_RT_RINGBUFFER_NOT_INIT", ACL_ERROR_RT_RINGBUFFER_NOT_INIT as i64),
        ("ACL_ERROR_RT_RINGBUFFER_NO_DATA", ACL_ERROR_RT_RINGBUFFER_NO_DATA as i64),
        ("ACL_ERROR_RT_SEND_MSG", ACL_ERROR_RT_SEND_MSG as i64),
        ("ACL_ERROR_RT_SOCKET_CLOSE", ACL_ERROR_RT_SOCKET_CLOSE as i64),
        ("ACL_ERROR_RT_SOC_VERSION", ACL_ERROR_RT_SOC_VERSION as i64),
        ("ACL_ERROR_RT_STREAM_ABORT", ACL_ERROR_RT_STREAM_ABORT as i64),
        ("ACL_ERROR_RT_STREAM_CAPTURED", ACL_ERROR_RT_STREAM_CAPTURED as i64),
        ("ACL_ERROR_RT_STREAM_CAPTURE_IMPLICIT", ACL_ERROR_RT_STREAM_CAPTURE_IMPLICIT as i64),
        ("ACL_ERROR_RT_STREAM_CAPTURE_INVALIDATED", ACL_ERROR_RT_STREAM_CAPTURE_INVALIDATED as i64),
        ("ACL_ERROR_RT_STREAM_CONTEXT", ACL_ERROR_RT_STREAM_CONTEXT as i64),
        ("ACL_ERROR_RT_STREAM_MODEL", ACL_ERROR_RT_STREAM_MODEL as i64),
        ("ACL_ERROR_RT_STREAM_NOT_CAPTURED", ACL_ERROR_RT_STREAM_NOT_CAPTURED as i64),
        ("ACL_ERROR_RT_STREAM_NOT_COMPLETE", ACL_ERROR_RT_STREAM_NOT_COMPLETE as i64),
        ("ACL_ERROR_RT_STREAM_NO_CB_REG", ACL_ERROR_RT_STREAM_NO_CB_REG as i64),
        ("ACL_ERROR_RT_STREAM_SUBSCRIBE", ACL_ERROR_RT_STREAM_SUBSCRIBE as i64),
        ("ACL_ERROR_RT_STREAM_SYNC_TIMEOUT", ACL_ERROR_RT_STREAM_SYNC_TIMEOUT as i64),
        ("ACL_ERROR_RT_STREAM_TASK_EMPTY", ACL_ERROR_RT_STREAM_TASK_EMPTY as i64),
        ("ACL_ERROR_RT_STREAM_TASK_FULL", ACL_ERROR_RT_STREAM_TASK_FULL as i64),
        ("ACL_ERROR_RT_STREAM_UNJOINED", ACL_ERROR_RT_STREAM_UNJOINED as i64),
        ("ACL_ERROR_RT_SYSPARAMOPT_NOT_SET", ACL_ERROR_RT_SYSPARAMOPT_NOT_SET as i64),
        ("ACL_ERROR_RT_SYS_DMA", ACL_ERROR_RT_SYS_DMA as i64),
        ("ACL_ERROR_RT_TASK_TIMEOUT", ACL_ERROR_RT_TASK_TIMEOUT as i64),
        ("ACL_ERROR_RT_TASK_TYPE_NOT_SUPPORT", ACL_ERROR_RT_TASK_TYPE_NOT_SUPPORT as i64),
        ("ACL_ERROR_RT_THREAD_SUBSCRIBE", ACL_ERROR_RT_THREAD_SUBSCRIBE as i64),
        ("ACL_ERROR_RT_TS_ERROR", ACL_ERROR_RT_TS_ERROR as i64),
        ("ACL_ERROR_RT_VECTOR_CORE_EXCEPTION", ACL_ERROR_RT_VECTOR_CORE_EXCEPTION as i64),
        ("ACL_ERROR_RT_VECTOR_CORE_TIMEOUT", ACL_ERROR_RT_VECTOR_CORE_TIMEOUT as i64),
        ("ACL_ERROR_RT_VECTOR_CORE_TRAP_EXCEPTION", ACL_ERROR_RT_VECTOR_CORE_TRAP_EXCEPTION as i64),
        ("ACL_ERROR_RT_VECTOR_CORE_TRAP_READ_OVERFLOW", ACL_ERROR_RT_VECTOR_CORE_TRAP_READ_OVERFLOW as i64),
        ("ACL_ERROR_RT_VECTOR_CORE_TRAP_WRITE_OVERFLOW", ACL_ERROR_RT_VECTOR_CORE_TRAP_WRITE_OVERFLOW as i64),
        ("ACL_ERROR_RT_WAIT_TIMEOUT", ACL_ERROR_RT_WAIT_TIMEOUT as i64),
        ("ACL_ERROR_STORAGE_OVER_LIMIT", ACL_ERROR_STORAGE_OVER_LIMIT as i64),
        ("ACL_ERROR_STREAM_CAPTURE_CONFLICT", ACL_ERROR_STREAM_CAPTURE_CONFLICT as i64),
        ("ACL_ERROR_STREAM_NOT_SUBSCRIBE", ACL_ERROR_STREAM_NOT_SUBSCRIBE as i64),
        ("ACL_ERROR_STREAM_TASK_GROUP_INTR", ACL_ERROR_STREAM_TASK_GROUP_INTR as i64),
        ("ACL_ERROR_STREAM_TASK_GROUP_STATUS", ACL_ERROR_STREAM_TASK_GROUP_STATUS as i64),
        ("ACL_ERROR_THREAD_NOT_SUBSCRIBE", ACL_ERROR_THREAD_NOT_SUBSCRIBE as i64),
        ("ACL_ERROR_UNINITIALIZE", ACL_ERROR_UNINITIALIZE as i64),
        ("ACL_ERROR_UNSUPPORTED_DATA_TYPE", ACL_ERROR_UNSUPPORTED_DATA_TYPE as i64),
        ("ACL_ERROR_UNSUPPORTED_JPEG", ACL_ERROR_UNSUPPORTED_JPEG as i64),
        ("ACL_ERROR_WAIT_CALLBACK_TIMEOUT", ACL_ERROR_WAIT_CALLBACK_TIMEOUT as i64),
        ("ACL_ERROR_WRITE_FILE", ACL_ERROR_WRITE_FILE as i64),
        ("ACL_RT_SUCCESS", ACL_RT_SUCCESS as i64),
        ("ACL_SUCCESS", ACL_SUCCESS as i64),
        ("ALIGN_NUM", ALIGN_NUM as i64),
        ("DEFAULT_ALIGN", DEFAULT_ALIGN as i64),
        ("HI_ERR_APP_ID", HI_ERR_APP_ID as i64),
        ("HI_ERR_SYS_BUSY", HI_ERR_SYS_BUSY as u32 as i64),
        ("HI_ERR_SYS_ERR", HI_ERR_SYS_ERR as u32 as i64),
        ("HI_ERR_SYS_EXIST", HI_ERR_SYS_EXIST as u32 as i64),
        ("HI_ERR_SYS_ILLEGAL_PARAM", HI_ERR_SYS_ILLEGAL_PARAM as u32 as i64),
        ("HI_ERR_SYS_NOT_PERM", HI_ERR_SYS_NOT_PERM as u32 as i64),
        ("HI_ERR_SYS_NOT_READY", HI_ERR_SYS_NOT_READY as u32 as i64),
        ("HI_ERR_SYS_NOT_SUPPORT", HI_ERR_SYS_NOT_SUPPORT as u32 as i64),
        ("HI_ERR_SYS_NO_MEM", HI_ERR_SYS_NO_MEM as u32 as i64),
        ("HI_ERR_SYS_NULL_PTR", HI_ERR_SYS_NULL_PTR as u32 as i64),
        ("HI_ERR_SYS_UNEXIST", HI_ERR_SYS_UNEXIST as u32 as i64),
        ("HI_ERR_VENC_BAD_ADDR", HI_ERR_VENC_BAD_ADDR as u32 as i64),
        ("HI_ERR_VENC_BUF_EMPTY", HI_ERR_VENC_BUF_EMPTY as u32 as i64),
        ("HI_ERR_VENC_BUF_FULL", HI_ERR_VENC_BUF_FULL as u32 as i64),
        ("HI_ERR_VENC_BUSY", HI_ERR_VENC_BUSY as u32 as i64),
        ("HI_ERR_VENC_EXIST", HI_ERR_VENC_EXIST as u32 as i64),
        ("HI_ERR_VENC_ILLEGAL_PARAM", HI_ERR_VENC_ILLEGAL_PARAM as u32 as i64),
        ("HI_ERR_VENC_INVALID_CHN_ID", HI_ERR_VENC_INVALID_CHN_ID as u32 as i64),
        ("HI_ERR_VENC_NOT_CFG", HI_ERR_VENC_NOT_CFG as u32 as i64),
        ("HI_ERR_VENC_NOT_PERM", HI_ERR_VENC_NOT_PERM as u32 as i64),
        ("HI_ERR_VENC_NOT_SUPPORT", HI_ERR_VENC_NOT_SUPPORT as u32 as i64),
        ("HI_ERR_VENC_NO_BUF", HI_ERR_VENC_NO_BUF as u32 as i64),
        ("HI_ERR_VENC_NO_MEM", HI_ERR_VENC_NO_MEM as u32 as i64),
        ("HI_ERR_VENC_NULL_PTR", HI_ERR_VENC_NULL_PTR as u32 as i64),
        ("HI_ERR_VENC_SYS_ERROR", HI_ERR_VENC_SYS_ERROR as u32 as i64),
        ("HI_ERR_VENC_SYS_NOT_READY", HI_ERR_VENC_SYS_NOT_READY as u32 as i64),
        ("HI_ERR_VENC_UNEXIST", HI_ERR_VENC_UNEXIST as u32 as i64),
        ("HI_FAILURE", HI_FAILURE as i64),
        ("HI_MAX_COLOR_COMPONENT", HI_MAX_COLOR_COMPONENT as i64),
        ("HI_MAX_USER_DATA_NUM", HI_MAX_USER_DATA_NUM as i64),
        ("HI_NULL", HI_NULL as i64),
        ("HI_SUCCESS", HI_SUCCESS as i64),
        ("HI_VENC_JPEG_QT_COEF_NUM", HI_VENC_JPEG_QT_COEF_NUM as i64),
        ("HI_VENC_MAX_MPF_NUM", HI_VENC_MAX_MPF_NUM as i64),
        ("HI_VENC_MAX_PACK_INFO_NUM", HI_VENC_MAX_PACK_INFO_NUM as i64),
        ("HI_VENC_MAX_SSE_NUM", HI_VENC_MAX_SSE_NUM as i64),
        ("HI_VENC_PRORES_MAX_ID_CHAR_NUM", HI_VENC_PRORES_MAX_ID_CHAR_NUM as i64),
        ("HI_VENC_QP_HIST_NUM", HI_VENC_QP_HIST_NUM as i64),
        ("HI_VENC_TEXTURE_THRESHOLD_SIZE", HI_VENC_TEXTURE_THRESHOLD_SIZE as i64),
    ]
}
