//! Channel lifecycle (docs/validation-rules.md B): create, destroy, start and stop receiving, set attributes, the
//! epoll fd.

use super::attr::check_chn_attr;
use super::rc::rate_target;
use super::{chn, chn_id_ok, is_video, non_null};
use crate::calls::v2::args::*;
use crate::chassis::{Cx, Hooks};
use crate::site::Origin;
use crate::state::figures::{meter_for, next_track};
use crate::state::v2::Recv;
use crate::tap;
use crate::validate::rules::Rule;
use aclvenc_abi::*;
use aclvenc_bitstream::{Codec, Expect, Profile};
use aclvenc_interface::report::RateTarget;

impl Hooks for hi_mpi_venc_create_chn {
    fn check(&self, cx: &mut Cx<'_>) {
        if !chn_id_ok(cx, self.chn) || !non_null(cx, self.attr, "attr") {
            return;
        }
        if cx.v2().chns.contains(self.chn) {
            let c = self.chn;
            cx.report(Rule::MpiChnExist, || format!("channel {c} already exists; destroy it first or use a free id"));
            return;
        }
        if let Some(a) = self.attr().read() {
            check_chn_attr(cx, &a);
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == HI_SUCCESS {
            if let Some(a) = self.attr().read() {
                let device = cx.pipe().device_of(cx.thread()).unwrap_or(0);
                let (target, gop) = asked_rate(&a);
                let mut meter = meter_for(&cx.shim.settings, target);
                if let Some(m) = &mut meter {
                    m.set_reordering(a.gop_attr.gop_mode == hi_venc_gop_mode::HI_VENC_GOP_MODE_BIPRED_B);
                }
                let (origin, track) = (Origin::capture(cx.func), next_track());
                if tap::on(tap::Api::V2) {
                    if let Some(expect) = expect(&a, gop) {
                        let (c, origin) = (self.chn, origin.clone());
                        let (name, stem) = (format!("channel {c}"), format!("chn{c}"));
                        let function = "hi_mpi_venc_get_stream";
                        tap::open(tap::Opening { track, name, stem, expect, function, origin });
                    }
                }
                if crate::timeline::timeline_on() {
                    let codec = Codec::from_v2_payload_type(a.venc_attr.r#type.0 as u32).map_or("", Codec::name);
                    crate::timeline::channel_track(track, format!("chn {} {codec}", self.chn));
                }
                cx.v2().chn_created(self.chn, &a, gop, device, origin, (meter, track));
            }
        }
    }
}

impl Hooks for hi_mpi_venc_destroy_chn {
    fn check(&self, cx: &mut Cx<'_>) {
        let fd = cx.v2().chns.on(self.chn, |c| c.fd).flatten();
        if let Some(fd) = fd {
            let epolls = cx.pipe().epolls_watching(fd);
            if !epolls.is_empty() {
                let c = self.chn;
                cx.report(Rule::MpiEpollSet, || {
                    format!("channel {c}'s fd {fd} is still registered with epoll instances {epolls:?}: delete it with hi_mpi_sys_ctl_epoll(HI_DVPP_EPOLL_CTL_DEL) before destroying the channel, or the epoll thread waits on a dead fd")
                });
            }
        }
        let Some(s) = chn(cx, self.chn) else { return };
        let c = self.chn;
        if let Recv::Receiving { .. } = s.recv {
            cx.report(Rule::MpiStopBeforeDestroy, || {
                format!("channel {c} is still receiving; call hi_mpi_venc_stop_chn before hi_mpi_venc_destroy_chn")
            });
        }
        if s.outstanding > 0 {
            let n = s.outstanding;
            cx.report(Rule::MpiDestroyUnreleased, || {
                format!("channel {c} has {n} streams obtained with get_stream and not released; release them first")
            });
        }
    }

    fn entered(&self, cx: &Cx<'_>) {
        cx.v2().chn_destroying(self.chn);
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        let ok = *ret == HI_SUCCESS;
        if let Some((track, kbps)) = cx.v2().chn_destroyed(self.chn, ok, || Origin::capture(cx.func)) {
            crate::validate::stream::ended(track, kbps);
        }
    }
}

impl Hooks for hi_mpi_venc_start_chn {
    fn check(&self, cx: &mut Cx<'_>) {
        let Some(s) = chn(cx, self.chn) else { return };
        if !non_null(cx, self.recv_param, "recv_param") {
            return;
        }
        let Some(p) = self.recv_param().read() else { return };
        let n = p.recv_pic_num;
        if n == 0 || n < -1 {
            cx.report(Rule::MpiStartRecvNum, || {
                format!("recv_pic_num {n} must be -1 (unlimited) or a positive number of pictures")
            });
        } else if let Recv::Receiving { limit } = s.recv {
            if limit != -1 || n != -1 {
                let c = self.chn;
                cx.report(Rule::MpiStartRestartCounted, || {
                    format!("channel {c} is already receiving (recv_pic_num {limit}); only a repeated start with -1 is allowed")
                });
            }
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == HI_SUCCESS {
            cx.v2().chn_started(self.chn, self.recv_param().read().map_or(-1, |p| p.recv_pic_num));
        }
    }
}

impl Hooks for hi_mpi_venc_stop_chn {
    fn check(&self, cx: &mut Cx<'_>) {
        chn(cx, self.chn);
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == HI_SUCCESS {
            cx.v2().chn_stopped(self.chn);
        }
    }
}

impl Hooks for hi_mpi_venc_get_fd {
    fn check(&self, cx: &mut Cx<'_>) {
        if !chn_id_ok(cx, self.chn) {
            return;
        }
        if !cx.v2().chns.contains(self.chn) {
            let c = self.chn;
            cx.report(Rule::MpiGetfdOrder, || {
                format!("channel {c} does not exist; call hi_mpi_venc_get_fd after create_chn")
            });
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret >= 0 {
            cx.v2().fd_obtained(self.chn, *ret);
        }
    }
}

impl Hooks for hi_mpi_venc_set_chn_attr {
    fn check(&self, cx: &mut Cx<'_>) {
        if chn(cx, self.chn).is_some() && non_null(cx, self.chn_attr, "chn_attr") {
            if let Some(a) = self.chn_attr().read() {
                check_chn_attr(cx, &a);
            }
        }
    }

    fn record(&self, ret: &i32, cx: &Cx<'_>) {
        if *ret == HI_SUCCESS {
            if let Some(a) = self.chn_attr().read() {
                let (target, gop) = asked_rate(&a);
                let track = cx.v2().track(self.chn);
                if let (Some(track), Some(expect)) = (track, expect(&a, gop)) {
                    tap::reconfigure(track, expect);
                }
                cx.v2().attr_changed(self.chn, &a, target, gop);
            }
        }
    }
}

/// What a channel's outputs should be, for the stream checks (`None`: a payload they do not check).
///
/// The IDR interval is checked only where the rate control's `gop` is it: not in the SMART_P modes (their IDR comes
/// every `bg_interval` pictures, a multiple of `gop`), and not when the channel hands out a picture in several
/// streams (`is_by_frame` false: outputs are not pictures).
fn expect(a: &hi_venc_chn_attr, gop: Option<u32>) -> Option<Expect> {
    use hi_venc_gop_mode as G;
    let va = &a.venc_attr;
    let codec = Codec::from_v2_payload_type(u32::try_from(va.r#type.0).ok()?)?;
    let profile = Profile::from_v2(codec, va.profile);
    let smart = matches!(a.gop_attr.gop_mode, G::HI_VENC_GOP_MODE_SMART_P | G::HI_VENC_GOP_MODE_ADV_SMART_P);
    let gop = gop.filter(|_| !smart && va.is_by_frame == hi_bool::HI_TRUE);
    Some(Expect { codec, width: va.pic_width, height: va.pic_height, gop, profile })
}

/// The rate control and GOP a channel attribute asks for (none for JPEG).
fn asked_rate(a: &hi_venc_chn_attr) -> (Option<RateTarget>, Option<u32>) {
    let codec = a.venc_attr.r#type;
    match is_video(codec).then(|| rate_target(codec, &a.rc_attr)).flatten() {
        Some((target, gop)) => (Some(target), Some(gop)),
        None => (None, None),
    }
}
