//! The rule table: every rule the shim checks, with its stable ID (from `docs/validation-rules.md`, the repository's
//! copy of `docs/validation-rules.md`, or ours where the summary starts with "(ours)"), severity, the
//! vendor's return code (what `ACLVENC_SHIM_MODE=reject` returns) and what it catches. The [`Rule`] enum is
//! generated from this one table, so a mistyped rule is a compile error; `docs/rules.md` is rendered from it
//! ([`crate::docs::rules_markdown`]).

use crate::Severity;
use aclvenc_abi::*;

macro_rules! rules {
    ($($(#[doc = $doc:literal])* $name:ident = ($id:literal, $sev:ident, $code:expr);)*) => {
        /// A validation rule; [`Rule::id`] is its stable ID.
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
        pub enum Rule {
            $($(#[doc = $doc])* $name,)*
        }

        impl Rule {
            /// Every rule, in table order.
            pub const ALL: &'static [Rule] = &[$(Rule::$name),*];

            /// The stable rule ID, such as `"VENC-CHDESC-NULL"`.
            pub fn id(self) -> &'static str {
                match self { $(Rule::$name => $id,)* }
            }

            /// How bad breaking it is.
            pub fn severity(self) -> Severity {
                match self { $(Rule::$name => Severity::$sev,)* }
            }

            /// The vendor's return code for a call that breaks it (what reject mode returns): an `aclError` for
            /// V1 rules, an `hi_s32` `HI_ERR_VENC_*` code for V2 rules.
            pub fn code(self) -> i32 {
                match self { $(Rule::$name => $code,)* }
            }

            /// The one-line description of the rule (its doc comment in the table).
            pub fn summary(self) -> &'static str {
                match self { $(Rule::$name => concat!($($doc),*).trim_ascii(),)* }
            }
        }
    };
}

impl Rule {
    /// The rule family: the ID's first word, `VENC` (V1, `aclvenc*`) or `MPI` (V2, `hi_mpi_venc_*`).
    pub fn prefix(self) -> &'static str {
        self.id().split_once('-').map_or(self.id(), |(family, _)| family)
    }

    /// The rule whose ID is `id`, or `None`.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }

    /// The vendor's name for [`Rule::code`], such as `ACL_ERROR_INVALID_PARAM`, when it has one.
    pub fn code_name(self) -> Option<&'static str> {
        aclvenc_abi::acl_error_name(self.code()).or_else(|| aclvenc_abi::hi_error_name(self.code()))
    }
}

const INVALID: i32 = ACL_ERROR_INVALID_PARAM;
const UNSUPPORTED: i32 = ACL_ERROR_FEATURE_UNSUPPORTED;

rules! {
    // ---- V1: channel desc lifecycle and the generic param plumbing (A.1) ----
    /// A channel desc setter or aclvencSetChannelDescParam got a NULL desc.
    VencChdescNull = ("VENC-CHDESC-NULL", Error, INVALID);
    /// A desc pointer that aclvencCreateChannelDesc never returned, or that was destroyed (use after free).
    VencChdescUnknownHandle = ("VENC-CHDESC-UNKNOWN-HANDLE", Error, INVALID);
    /// A typed getter got a NULL desc; it returns a default value and hides the error.
    VencChdescGetNull = ("VENC-CHDESC-GET-NULL", Warning, INVALID);
    /// aclvencSetChannelDescParam with param == NULL.
    VencChdescParamNull = ("VENC-CHDESC-PARAM-NULL", Error, INVALID);
    /// paramType is not one of the 13 aclvencChannelDescParamType values.
    VencChdescParamType = ("VENC-CHDESC-PARAM-TYPE", Error, INVALID);
    /// length is larger than the value's storage (8 bytes for ids/pointers, 4 otherwise).
    VencChdescParamLenOver = ("VENC-CHDESC-PARAM-LEN-OVER", Error, INVALID);
    /// length is smaller than the value: the vendor silently truncates it.
    VencChdescParamLenUnder = ("VENC-CHDESC-PARAM-LEN-UNDER", Warning, INVALID);
    /// aclvencGetChannelDescParam with a NULL desc, paramRetSize or param.
    VencChdescGetparamNull = ("VENC-CHDESC-GETPARAM-NULL", Error, INVALID);
    /// aclvencGetChannelDescParam with length smaller than the value size.
    VencChdescGetparamLen = ("VENC-CHDESC-GETPARAM-LEN", Error, INVALID);
    /// An attribute changed after aclvencCreateChannel: it never reaches the encoder.
    VencChdescSetAfterCreate = ("VENC-CHDESC-SET-AFTER-CREATE", Warning, INVALID);
    /// Destroying a desc whose channel is still live.
    VencChdescDestroyLive = ("VENC-CHDESC-DESTROY-LIVE", Error, INVALID);
    /// The same desc destroyed twice.
    VencChdescDoubleDestroy = ("VENC-CHDESC-DOUBLE-DESTROY", Error, INVALID);

    // ---- V1: attribute values (A.2) ----
    /// The callback set is NULL.
    VencChdescCallbackNull = ("VENC-CHDESC-CALLBACK-NULL", Error, INVALID);
    /// No callback set before aclvencCreateChannel: every result is dropped.
    VencChdescCallbackMissing = ("VENC-CHDESC-CALLBACK-MISSING", Error, INVALID);
    /// No report thread id set before aclvencCreateChannel.
    VencChdescThreadidMissing = ("VENC-CHDESC-THREADID-MISSING", Error, ACL_ERROR_RT_THREAD_SUBSCRIBE);
    /// The registered report thread is not looping on aclrtProcessReport: it is the thread sending pictures, or the
    /// EOS send or aclvencDestroyChannel waits for callbacks of a thread that never called aclrtProcessReport.
    VencChdescThreadidNotPumping = ("VENC-CHDESC-THREADID-NOT-PUMPING", Error, INVALID);
    /// Picture format other than NV12 (1) or NV21 (2).
    VencChdescPicformat = ("VENC-CHDESC-PICFORMAT", Error, INVALID);
    /// Picture format never set: the device default (YUV400) is unsupported.
    VencChdescPicformatMissing = ("VENC-CHDESC-PICFORMAT-MISSING", Warning, INVALID);
    /// enType outside 0..=3 (H265 main, H264 baseline/main/high).
    VencChdescEntype = ("VENC-CHDESC-ENTYPE", Error, INVALID);
    /// Width outside the chip's range.
    VencChdescWidthRange = ("VENC-CHDESC-WIDTH-RANGE", Error, INVALID);
    /// Height outside the chip's range.
    VencChdescHeightRange = ("VENC-CHDESC-HEIGHT-RANGE", Error, INVALID);
    /// Odd width (NV12/NV21 need even sizes).
    VencChdescWidthAlign = ("VENC-CHDESC-WIDTH-ALIGN", Error, INVALID);
    /// Odd height.
    VencChdescHeightAlign = ("VENC-CHDESC-HEIGHT-ALIGN", Error, INVALID);
    /// Width or height never set before aclvencCreateChannel.
    VencChdescDimsMissing = ("VENC-CHDESC-DIMS-MISSING", Error, INVALID);
    /// Key frame interval outside [1, 65536].
    VencChdescKeyframeRange = ("VENC-CHDESC-KEYFRAME-RANGE", Error, INVALID);
    /// rcMode not 0 (default), 1 (VBR) or 2 (CBR).
    VencChdescRcmodeRange = ("VENC-CHDESC-RCMODE-RANGE", Error, INVALID);
    /// Source frame rate not 0 and outside the chip's range.
    VencChdescSrcrateRange = ("VENC-CHDESC-SRCRATE-RANGE", Error, INVALID);
    /// Maximum bit rate not 0 and outside the chip's range (kbit/s).
    VencChdescMaxbitrateRange = ("VENC-CHDESC-MAXBITRATE-RANGE", Error, INVALID);
    /// MAX_IP_PROP not 0 and outside [1, 100] (310).
    VencChdescIppropRange = ("VENC-CHDESC-IPPROP-RANGE", Error, INVALID);
    /// MAX_IP_PROP used on 310P/310B, where it is not available.
    VencChdescIppropUnsupported = ("VENC-CHDESC-IPPROP-UNSUPPORTED", Error, UNSUPPORTED);
    /// Output buffer address/size set on 310, where the buffer is internal.
    VencChdescBufUnsupported = ("VENC-CHDESC-BUF-UNSUPPORTED", Error, UNSUPPORTED);
    /// Output buffer address NULL.
    VencChdescBufaddrNull = ("VENC-CHDESC-BUFADDR-NULL", Error, INVALID);
    /// Output buffer address set a second time.
    VencChdescBufaddrTwice = ("VENC-CHDESC-BUFADDR-TWICE", Error, INVALID);
    /// Output buffer size under 5 MiB.
    VencChdescBufsizeMin = ("VENC-CHDESC-BUFSIZE-MIN", Error, INVALID);
    /// Only one of output buffer address and size set.
    VencChdescBufPair = ("VENC-CHDESC-BUF-PAIR", Error, ACL_ERROR_RT_FAILURE);

    // ---- V1: channel create and destroy (A.3) ----
    /// aclvencCreateChannel with a NULL desc.
    VencChanCreateNull = ("VENC-CHAN-CREATE-NULL", Error, INVALID);
    /// aclvencCreateChannel on a desc whose channel is live.
    VencChanCreateTwice = ("VENC-CHAN-CREATE-TWICE", Error, INVALID);
    /// aclvencDestroyChannel with a NULL desc.
    VencChanDestroyNull = ("VENC-CHAN-DESTROY-NULL", Error, INVALID);
    /// aclvencDestroyChannel on a desc with no live channel.
    VencChanDestroyNotCreated = ("VENC-CHAN-DESTROY-NOT-CREATED", Error, INVALID);
    /// aclvencDestroyChannel from inside an aclvencCallback: destroy waits for the callbacks, so it deadlocks
    /// (seen with ACLVENC_SHIM_WRAP_CALLBACKS=1).
    VencChanDestroyInCallback = ("VENC-CHAN-DESTROY-IN-CALLBACK", Error, ACL_ERROR_FAILURE);

    // ---- V1: frame config and aclvencSendFrame (A.4) ----
    /// A frame config function got NULL.
    VencFramecfgNull = ("VENC-FRAMECFG-NULL", Error, INVALID);
    /// (ours) A frame config aclvencCreateFrameConfig never returned, or one already destroyed.
    VencFramecfgUnknownHandle = ("VENC-FRAMECFG-UNKNOWN-HANDLE", Error, INVALID);
    /// aclvencSendFrame with a NULL desc.
    VencSendNullDesc = ("VENC-SEND-NULL-DESC", Error, INVALID);
    /// aclvencSendFrame on a desc with no live channel.
    VencSendNotCreated = ("VENC-SEND-NOT-CREATED", Error, INVALID);
    /// aclvencSendFrame with a NULL frame config.
    VencSendNullConfig = ("VENC-SEND-NULL-CONFIG", Error, INVALID);
    /// aclvencSendFrame with a NULL picture and EOS 0.
    VencSendNullInput = ("VENC-SEND-NULL-INPUT", Error, INVALID);
    /// A picture sent after EOS on the same channel.
    VencSendAfterEos = ("VENC-SEND-AFTER-EOS", Warning, INVALID);

    // ---- V1: callback and output (A.5) ----
    /// An output delivered with a non-zero retCode or size 0: that frame failed to encode (seen with
    /// ACLVENC_SHIM_WRAP_CALLBACKS=1).
    VencCbRetcode = ("VENC-CB-RETCODE", Warning, INVALID);

    // ---- V2: shared (B) ----
    /// hi_mpi_venc on a chip without V2 encoding (Ascend 310).
    MpiNotSupportedChip = ("MPI-NOT-SUPPORTED-CHIP", Error, HI_ERR_VENC_NOT_SUPPORT);
    /// Channel id outside the chip's range.
    MpiChnRange = ("MPI-CHN-RANGE", Error, HI_ERR_VENC_INVALID_CHN_ID);
    /// create_chn on a channel id already created.
    MpiChnExist = ("MPI-CHN-EXIST", Error, HI_ERR_VENC_EXIST);
    /// A channel that was never created, or was destroyed.
    MpiChnUnexist = ("MPI-CHN-UNEXIST", Error, HI_ERR_VENC_UNEXIST);
    /// A required pointer is NULL.
    MpiNullPtr = ("MPI-NULL-PTR", Error, HI_ERR_VENC_NULL_PTR);
    /// A picture sent to a channel that is not receiving (start_chn first).
    MpiStartBeforeSend = ("MPI-START-BEFORE-SEND", Error, HI_ERR_VENC_NOT_PERM);
    /// recv_pic_num is 0 or below -1.
    MpiStartRecvNum = ("MPI-START-RECV-NUM", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// start_chn again on a receiving channel with a picture count.
    MpiStartRestartCounted = ("MPI-START-RESTART-COUNTED", Error, HI_ERR_VENC_NOT_PERM);
    /// destroy_chn on a channel still receiving (stop_chn first).
    MpiStopBeforeDestroy = ("MPI-STOP-BEFORE-DESTROY", Error, HI_ERR_VENC_NOT_PERM);
    /// destroy_chn while streams are obtained and not released.
    MpiDestroyUnreleased = ("MPI-DESTROY-UNRELEASED", Warning, HI_ERR_VENC_NOT_PERM);
    /// milli_sec below -1.
    MpiMillisecRange = ("MPI-MILLISEC-RANGE", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// get_stream with stream.pack NULL or pack_cnt 0.
    MpiGetstreamPack = ("MPI-GETSTREAM-PACK", Error, HI_ERR_VENC_NULL_PTR);
    /// get_stream succeeded but a pack has len 0: that frame failed to encode.
    MpiGetstreamLen0 = ("MPI-GETSTREAM-LEN0", Warning, HI_ERR_VENC_ILLEGAL_PARAM);
    /// release_stream out of the order the streams were obtained in.
    MpiReleaseOrder = ("MPI-RELEASE-ORDER", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// release_stream of a stream get_stream did not return on this channel, or one already released.
    MpiReleaseInvalid = ("MPI-RELEASE-INVALID", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// get_fd before create_chn.
    MpiGetfdOrder = ("MPI-GETFD-ORDER", Error, HI_ERR_VENC_UNEXIST);

    // ---- V2: JPEG (C) ----
    /// JPEG channel with a profile other than 0 (baseline).
    MpiJpegeType = ("MPI-JPEGE-TYPE", Error, HI_ERR_VENC_NOT_SUPPORT);
    /// JPEG channel size outside the chip's range, or odd.
    MpiJpegeChnRes = ("MPI-JPEGE-CHN-RES", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// send_jpege_frame on a channel created with buf_size != 0.
    MpiJpegeBufsizeMode = ("MPI-JPEGE-BUFSIZE-MODE", Error, HI_ERR_VENC_NOT_SUPPORT);
    /// JPEG buf_size not a multiple of 64, or below the picture's minimum.
    MpiJpegeBufsizeRange = ("MPI-JPEGE-BUFSIZE-RANGE", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// A picture larger than the JPEG channel.
    MpiJpegeFrameLeChn = ("MPI-JPEGE-FRAME-LE-CHN", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// JPEG input format not NV12/NV21/packed 4:2:2.
    MpiJpegeFormat = ("MPI-JPEGE-FORMAT", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// JPEG input with an odd width (or odd height for 4:2:0).
    MpiJpegeAlign = ("MPI-JPEGE-ALIGN", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// JPEG input stride not a multiple of 16 covering the row.
    MpiJpegeStride = ("MPI-JPEGE-STRIDE", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// send_jpege_frame output buffer NULL or not 16-byte aligned.
    MpiJpegeOutbuf = ("MPI-JPEGE-OUTBUF", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// get_jpege_predicted_size with a NULL frame or size.
    MpiJpegePredsizeArgs = ("MPI-JPEGE-PREDSIZE-ARGS", Error, HI_ERR_VENC_NULL_PTR);
    /// qfactor not in [1, 100] and not 0xFFFFFFFF (user tables).
    MpiJpegeQfactor = ("MPI-JPEGE-QFACTOR", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// set_jpeg_param on a channel that is not JPEG.
    MpiJpegeSetparamType = ("MPI-JPEGE-SETPARAM-TYPE", Warning, HI_ERR_VENC_NOT_SUPPORT);

    // ---- V2: H.264 / H.265 (D) ----
    /// Payload type not H.264, H.265 or JPEG.
    MpiVencType = ("MPI-VENC-TYPE", Error, HI_ERR_VENC_NOT_SUPPORT);
    /// Video picture size outside the chip's range (or the H.264 area limit).
    MpiVencPicRange = ("MPI-VENC-PIC-RANGE", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// max_pic_width/height odd or smaller than the picture.
    MpiVencMaxpic = ("MPI-VENC-MAXPIC", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// Odd video width or height.
    MpiVencAlign = ("MPI-VENC-ALIGN", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// buf_size not a multiple of 64, or outside [32 KiB, 1 GiB].
    MpiVencBufsize = ("MPI-VENC-BUFSIZE", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// buf_size below one raw picture: frames get re-encoded and dropped.
    MpiVencBufsizeSmall = ("MPI-VENC-BUFSIZE-SMALL", Warning, HI_ERR_VENC_ILLEGAL_PARAM);
    /// Profile not 0/1/2 for H.264 or not 0 for H.265.
    MpiVencProfile = ("MPI-VENC-PROFILE", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// rc_mode of another codec (H264_* for H.264, H265_* for H.265).
    MpiVencRcmodeMatch = ("MPI-VENC-RCMODE-MATCH", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// gop outside [1, 65536].
    MpiVencRcGop = ("MPI-VENC-RC-GOP", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// stats_time outside [1, 60] s.
    MpiVencRcStatstime = ("MPI-VENC-RC-STATSTIME", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// src/dst frame rate outside [1, 240], or dst > src.
    MpiVencRcFramerate = ("MPI-VENC-RC-FRAMERATE", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// Bit rate outside [2, 614400] kbit/s.
    MpiVencRcBitrate = ("MPI-VENC-RC-BITRATE", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// FIXQP qp outside [0, 51].
    MpiVencRcQp = ("MPI-VENC-RC-QP", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// Picture size differs from the video channel's.
    MpiVencFrameSize = ("MPI-VENC-FRAME-SIZE", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// Video input format not NV12/NV21.
    MpiVencFrameFormat = ("MPI-VENC-FRAME-FORMAT", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// Video input stride not a multiple of 16 covering the width.
    MpiVencFrameStride = ("MPI-VENC-FRAME-STRIDE", Error, HI_ERR_VENC_ILLEGAL_PARAM);

    // ---- The pipeline around the encoder: DVPP memory and pic descs meeting the encoder (A.4, B, E, G) ----
    /// acldvppFree / acldvppDestroyPicDesc of an input a V1 frame in flight still reads (before its callback).
    VencSendInputFreeEarly = ("VENC-SEND-INPUT-FREE-EARLY", Error, INVALID);
    /// hi_mpi_dvpp_free of an input (or send_jpege_frame output) before get_stream returned that frame's result.
    MpiInputFreeEarly = ("MPI-INPUT-FREE-EARLY", Error, HI_ERR_SYS_NOT_PERM);
    /// (ours) A DVPP block freed a second time.
    DvppMemDoubleFree = ("DVPP-MEM-DOUBLE-FREE", Error, INVALID);
    /// (ours) A free of a pointer no allocator returned (an interior pointer, a stack or heap address).
    DvppMemFreeUnknown = ("DVPP-MEM-FREE-UNKNOWN", Error, INVALID);
    /// (ours) A pic desc acldvppCreatePicDesc never returned (or already destroyed), passed to a pic desc function
    /// or as aclvencSendFrame's input, or such a stream desc passed to a stream desc setter or destroy; refused.
    DvppDescUnknownHandle = ("DVPP-DESC-UNKNOWN-HANDLE", Error, INVALID);
    /// The V1 input data is not in memory from acldvppMalloc (310P/310B also allow aclrtMalloc).
    VencSendInputProvenance = ("VENC-SEND-INPUT-PROVENANCE", Error, INVALID);
    /// The V1 input data is not 16-byte aligned.
    VencSendInputAlign = ("VENC-SEND-INPUT-ALIGN", Error, INVALID);
    /// The V1 input (pic desc size or its block) is smaller than widthStride x heightStride x 3/2.
    VencSendInputSizeMin = ("VENC-SEND-INPUT-SIZE-MIN", Error, INVALID);
    /// 310 only: the pic desc size is outside [w x h x 3/2, w x h x 3) for the channel size.
    VencSendInputSizeRange = ("VENC-SEND-INPUT-SIZE-RANGE", Error, INVALID);
    /// The pic desc widthStride is not a multiple of 16 covering the width.
    VencSendStride = ("VENC-SEND-STRIDE", Error, INVALID);
    /// The pic desc heightStride is below the height, or odd.
    VencSendHstride = ("VENC-SEND-HSTRIDE", Warning, INVALID);
    /// The pic desc width or height differs from the channel's; the encoder uses the channel's.
    VencSendPicdescDims = ("VENC-SEND-PICDESC-DIMS", Warning, INVALID);
    /// The pic desc format differs from the channel's picFormat; it is ignored.
    VencSendPicdescFormatIgnored = ("VENC-SEND-PICDESC-FORMAT-IGNORED", Warning, INVALID);
    /// The V2 input (or JPEG output) is not in memory from hi_mpi_dvpp_malloc.
    MpiMemDvpp = ("MPI-MEM-DVPP", Error, HI_ERR_VENC_BAD_ADDR);
    /// The V2 input block is smaller than width_stride x height x 3/2.
    MpiMemSize = ("MPI-MEM-SIZE", Error, HI_ERR_VENC_ILLEGAL_PARAM);
    /// The user output buffer is not acldvppMalloc memory of at least bufSize bytes.
    VencChdescBufaddrProvenance = ("VENC-CHDESC-BUFADDR-PROVENANCE", Error, INVALID);
    /// The user output buffer is freed while its channel is live.
    VencChdescBufaddrLifetime = ("VENC-CHDESC-BUFADDR-LIFETIME", Error, INVALID);
    /// Output memory read after it was handed back (a V1 output after its callback, a V2 stream after release).
    VencCbOutputLifetime = ("VENC-CB-OUTPUT-LIFETIME", Error, INVALID);

    // ---- The runtime, the MPI system and threads (A.3, B, E) ----
    /// A hi_mpi_venc_* call or hi_mpi_dvpp_malloc before hi_mpi_sys_init.
    MpiSysInitRequired = ("MPI-SYS-INIT-REQUIRED", Error, HI_ERR_VENC_SYS_NOT_READY);
    /// hi_mpi_sys_init before aclInit and aclrtSetDevice.
    MpiSysInitOrder = ("MPI-SYS-INIT-ORDER", Error, HI_ERR_SYS_NOT_PERM);
    /// hi_mpi_sys_exit while V2 channels still exist or epoll instances are still open.
    MpiSysExitOrder = ("MPI-SYS-EXIT-ORDER", Error, HI_ERR_SYS_NOT_PERM);
    /// The epoll calls not used as a set: a channel fd still registered at destroy_chn, or an epoll instance
    /// still open at hi_mpi_sys_exit.
    MpiEpollSet = ("MPI-EPOLL-SET", Error, HI_ERR_SYS_NOT_PERM);
    /// hi_mpi_venc_close_fd (reserved in recent docs) while its channel still exists.
    MpiClosefd = ("MPI-CLOSEFD", Warning, HI_ERR_VENC_NOT_PERM);
    /// aclvencCreateChannelDesc / aclvencCreateChannel on a thread with no current acl context.
    VencChanCreateNoContext = ("VENC-CHAN-CREATE-NO-CONTEXT", Error, ACL_ERROR_RT_CONTEXT_NULL);
    /// aclvencSendFrame from a thread whose current context is not the channel's.
    VencSendContext = ("VENC-SEND-CONTEXT", Warning, ACL_ERROR_RT_STREAM_CONTEXT);
    /// A V1 callback calls acl functions on a report thread with no acl context.
    VencCbThreadContext = ("VENC-CB-THREAD-CONTEXT", Warning, ACL_ERROR_RT_CONTEXT_NULL);
    /// A member the call reads holds a value no program sets on purpose (an uninitialised struct).
    MpiStructUninit = ("MPI-STRUCT-UNINIT", Warning, HI_ERR_VENC_ILLEGAL_PARAM);
    /// (ours) The driver failed the call: its code, what it means and the likely cause (counted per code).
    DriverError = ("DRIVER-ERROR", Warning, ACL_ERROR_FAILURE);

    // ---- Encoder output (issue 11) ----
    /// (ours) An output with no pack, a pack of 0 bytes, or an H.264/H.265 pack with no NAL unit in it.
    StreamEmptyPack = ("STREAM-EMPTY-PACK", Error, ACL_ERROR_FAILURE);
    /// (ours) An H.264/H.265 output whose first pack does not start with an Annex B start code (00 00 01).
    StreamNotAnnexb = ("STREAM-NOT-ANNEXB", Error, ACL_ERROR_FAILURE);
    /// (ours) The channel's first picture is not an IDR picture (H.265: not IRAP): decoding cannot start there.
    StreamFirstNotIdr = ("STREAM-FIRST-NOT-IDR", Error, ACL_ERROR_FAILURE);
    /// (ours) The first IDR/IRAP picture arrives before SPS and PPS (H.265: VPS, SPS and PPS).
    StreamParamsetsMissing = ("STREAM-PARAMSETS-MISSING", Error, ACL_ERROR_FAILURE);
    /// (ours) The configured GOP's worth of pictures passed since the last IDR/IRAP and the output is still not one.
    StreamIdrInterval = ("STREAM-IDR-INTERVAL", Warning, ACL_ERROR_FAILURE);
    /// (ours) An IDR was requested for a picture (V1 forceIFrame, V2 hi_mpi_venc_request_idr) and it is not one.
    StreamForcedIdrMissing = ("STREAM-FORCED-IDR-MISSING", Warning, ACL_ERROR_FAILURE);
    /// (ours) An SPS that cannot be parsed.
    StreamSpsInvalid = ("STREAM-SPS-INVALID", Error, ACL_ERROR_FAILURE);
    /// (ours) The SPS's cropped picture size differs from the channel's width x height.
    StreamSpsSize = ("STREAM-SPS-SIZE", Warning, ACL_ERROR_FAILURE);
    /// (ours) The SPS's profile_idc differs from the profile the channel asked for (V1 enType, V2 profile).
    StreamSpsProfile = ("STREAM-SPS-PROFILE", Warning, ACL_ERROR_FAILURE);
    /// (ours) A JPEG output without SOI at its start, without EOI at its end, or without a frame header.
    StreamJpegMarkers = ("STREAM-JPEG-MARKERS", Error, ACL_ERROR_FAILURE);
    /// (ours) The JPEG frame header's width or height is larger than the channel's (the largest picture it takes).
    StreamJpegSize = ("STREAM-JPEG-SIZE", Warning, ACL_ERROR_FAILURE);
    /// (ours) A channel had frames in flight and no output for longer than `ACLVENC_SHIM_STALL_FRAMES` frame
    /// intervals (and 100 ms): the encoder or the application's output loop stalled.
    StreamStall = ("STREAM-STALL", Warning, ACL_ERROR_FAILURE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_code_name_and_lookup() {
        assert_eq!(Rule::VencChdescNull.prefix(), "VENC");
        assert_eq!(Rule::MpiNullPtr.prefix(), "MPI");
        assert_eq!(Rule::VencChdescNull.code_name(), Some("ACL_ERROR_INVALID_PARAM"));
        assert_eq!(Rule::MpiNullPtr.code_name(), Some("HI_ERR_VENC_NULL_PTR"));
        assert_eq!(Rule::from_id("MPI-NULL-PTR"), Some(Rule::MpiNullPtr));
        assert_eq!(Rule::from_id("MPI-NULL"), None);
        for r in Rule::ALL {
            assert!(r.code_name().is_some(), "{}: code {} has no vendor name", r.id(), r.code());
        }
    }
}
