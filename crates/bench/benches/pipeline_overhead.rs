//! The shim's added cost on the companion calls an encoder program makes on its hot path, around the encoder:
//! DVPP memory (`acldvppMalloc` + `acldvppFree`, `hi_mpi_dvpp_malloc` + `hi_mpi_dvpp_free`), pic desc setters,
//! and the copy of an output to the host (`aclrtMemcpy`), measured side by side in one run:
//!
//!   cargo build --release -p aclvenc-shim -p aclvenc-emu-ascendcl -p aclvenc-emu-dvpp -p aclvenc-emu-mpi && cargo bench -p aclvenc-bench --bench pipeline-overhead
//!
//! The emulated driver (`libascendcl.so`, `libacl_dvpp.so`, `libacl_dvpp_mpi.so` of `target/release`) is loaded
//! into this process directly, and the shim with `ACLVENC_SHIM_DRIVER_RT`/`_V1`/`_V2` naming those same files, so
//! both sides reach the one emulated driver instance and the difference is the shim's: its checks, and its
//! tracking of every block (with the creating and freeing stack), pic desc field and runtime object. As a real
//! program does, the run first calls `aclInit`, `aclrtSetDevice(0)`, `aclrtCreateContext` and `hi_mpi_sys_init`
//! through the shim (and undoes them through it at the end). Each side frees what it allocates: every iteration
//! of an allocation benchmark frees its block, and the pic desc and source block of each side are made and
//! destroyed through that side. Each call is a criterion group with the functions `shim` and `direct`; after
//! criterion's report, a table of criterion's median ns per call of both, the difference and the ratio (as
//! shim-overhead prints). A short run: `cargo bench -p aclvenc-bench --bench pipeline-overhead -- --warm-up-time 1
//! --measurement-time 2`.

use aclvenc_abi::*;
use aclvenc_bench::{lib_dir, load, protos, sym, Runtime, SideBySide};
use core::ffi::c_void;
use libloading::{Library, Symbol};

const BUILD: &str =
    "cargo build --release -p aclvenc-shim -p aclvenc-emu-ascendcl -p aclvenc-emu-dvpp -p aclvenc-emu-mpi";

/// The size of each benchmarked allocation.
const BLOCK: usize = 1 << 20;
/// The size of the device-to-host copy.
const COPY: usize = 4 << 10;

/// One side's way in (the shim, or the three emulated libraries) and the objects it made for the benchmarks.
struct Side<'l> {
    malloc: Symbol<'l, protos::acldvppMalloc>,
    free: Symbol<'l, protos::acldvppFree>,
    destroy_pic: Symbol<'l, protos::acldvppDestroyPicDesc>,
    set_width: Symbol<'l, protos::acldvppSetPicDescWidth>,
    set_data: Symbol<'l, protos::acldvppSetPicDescData>,
    memcpy: Symbol<'l, protos::aclrtMemcpy>,
    mpi_malloc: Symbol<'l, protos::hi_mpi_dvpp_malloc>,
    mpi_free: Symbol<'l, protos::hi_mpi_dvpp_free>,
    /// A pic desc made by this side's `acldvppCreatePicDesc`.
    pic: *mut acldvppPicDesc,
    /// `COPY` bytes of this side's `acldvppMalloc`: the copy's source and the pic desc's data.
    src: *mut c_void,
    host: Vec<u8>,
}

impl<'l> Side<'l> {
    /// The functions of `rt` (acl runtime), `dvpp` (acldvpp) and `mpi` (hi_mpi_dvpp), and this side's pic desc and
    /// source block, made through them.
    ///
    /// # Safety
    /// The libraries export the vendor functions (the shim, or the emulated driver); the acl runtime is set up.
    unsafe fn new(rt: &'l Library, dvpp: &'l Library, mpi: &'l Library) -> Side<'l> {
        // SAFETY: each name is looked up with its vendor prototype; the calls below pass live out-params.
        unsafe {
            let mut side = Side {
                malloc: sym(dvpp, "acldvppMalloc"),
                free: sym(dvpp, "acldvppFree"),
                destroy_pic: sym(dvpp, "acldvppDestroyPicDesc"),
                set_width: sym(dvpp, "acldvppSetPicDescWidth"),
                set_data: sym(dvpp, "acldvppSetPicDescData"),
                memcpy: sym(rt, "aclrtMemcpy"),
                mpi_malloc: sym(mpi, "hi_mpi_dvpp_malloc"),
                mpi_free: sym(mpi, "hi_mpi_dvpp_free"),
                pic: sym::<protos::acldvppCreatePicDesc>(dvpp, "acldvppCreatePicDesc")(),
                src: std::ptr::null_mut(),
                host: vec![0; COPY],
            };
            assert!(!side.pic.is_null(), "acldvppCreatePicDesc failed");
            assert_eq!((side.malloc)(&mut side.src, COPY), ACL_SUCCESS, "acldvppMalloc of the copy source");
            side
        }
    }

    /// One `acldvppMalloc` of `BLOCK` bytes and the `acldvppFree` of it.
    fn dvpp_block(&self) -> aclError {
        let mut p = std::ptr::null_mut();
        // SAFETY: vendor prototypes; `p` is a live out-param, and freed only when the allocation succeeded.
        unsafe {
            match (self.malloc)(&mut p, BLOCK) {
                ACL_SUCCESS => (self.free)(p),
                e => e,
            }
        }
    }

    fn set_width(&self) -> aclError {
        // SAFETY: vendor prototype; this side's live pic desc.
        unsafe { (self.set_width)(self.pic, 1920) }
    }

    fn set_data(&self) -> aclError {
        // SAFETY: vendor prototype; this side's live pic desc and block.
        unsafe { (self.set_data)(self.pic, self.src) }
    }

    /// `COPY` bytes from this side's DVPP block to its host buffer.
    fn copy_out(&mut self) -> aclError {
        let kind = aclrtMemcpyKind::ACL_MEMCPY_DEVICE_TO_HOST;
        // SAFETY: vendor prototype; `host` has `COPY` bytes and `src` is a live block of `COPY` bytes.
        unsafe { (self.memcpy)(self.host.as_mut_ptr().cast(), COPY, self.src, COPY, kind) }
    }

    /// One `hi_mpi_dvpp_malloc` of `BLOCK` bytes on device 0 and the `hi_mpi_dvpp_free` of it.
    fn mpi_block(&self) -> hi_s32 {
        let mut p = std::ptr::null_mut();
        // SAFETY: vendor prototypes; `p` is a live out-param, and freed only when the allocation succeeded.
        unsafe {
            match (self.mpi_malloc)(0, &mut p, BLOCK as hi_u64) {
                HI_SUCCESS => (self.mpi_free)(p),
                e => e,
            }
        }
    }

    /// Every benchmarked call once, failing loudly, so that no benchmark measures an error path.
    fn check(&mut self, which: &str) {
        assert_eq!(self.dvpp_block(), ACL_SUCCESS, "{which}: acldvppMalloc + acldvppFree");
        assert_eq!(self.set_width(), ACL_SUCCESS, "{which}: acldvppSetPicDescWidth");
        assert_eq!(self.set_data(), ACL_SUCCESS, "{which}: acldvppSetPicDescData");
        assert_eq!(self.copy_out(), ACL_SUCCESS, "{which}: aclrtMemcpy");
        assert_eq!(self.mpi_block(), HI_SUCCESS, "{which}: hi_mpi_dvpp_malloc + hi_mpi_dvpp_free");
    }

    /// Destroys this side's pic desc and frees its block, through this side.
    fn close(self) {
        // SAFETY: vendor prototypes; the desc and block this side made, each released once.
        unsafe {
            assert_eq!((self.destroy_pic)(self.pic), ACL_SUCCESS, "acldvppDestroyPicDesc");
            assert_eq!((self.free)(self.src), ACL_SUCCESS, "acldvppFree of the copy source");
        }
    }
}

fn main() {
    let mut run = SideBySide::new();
    let dir = lib_dir();
    let (rt_path, dvpp_path, mpi_path) =
        (dir.join("libascendcl.so"), dir.join("libacl_dvpp.so"), dir.join("libacl_dvpp_mpi.so"));
    std::env::set_var("ACLVENC_SHIM_DRIVER_RT", &rt_path);
    std::env::set_var("ACLVENC_SHIM_DRIVER_V1", &dvpp_path);
    std::env::set_var("ACLVENC_SHIM_DRIVER_V2", &mpi_path);
    std::env::set_var("ACLVENC_SHIM_BANNER", "0");
    std::env::set_var("ACLVENC_SHIM_LOG", "error");
    let (rt, dvpp, mpi) = (load(&rt_path, BUILD), load(&dvpp_path, BUILD), load(&mpi_path, BUILD));
    let shim = load(&dir.join("libaclvenc_shim.so"), BUILD);

    // SAFETY: the shim and the emulated libraries export the vendor's functions (Runtime::open); every call uses
    // the vendor prototype from the ABI table and live out-params.
    unsafe {
        // What a real program does first, through the shim.
        let runtime = Runtime::open(&shim);

        let (mut s, mut d) = (Side::new(&shim, &shim, &shim), Side::new(&rt, &dvpp, &mpi));
        s.check("shim");
        d.check("direct");
        run.bench("acldvppMalloc + acldvppFree (1 MiB)", || s.dvpp_block(), || d.dvpp_block());
        run.bench("acldvppSetPicDescWidth", || s.set_width(), || d.set_width());
        run.bench("acldvppSetPicDescData", || s.set_data(), || d.set_data());
        run.bench("aclrtMemcpy 4 KiB device to host", || s.copy_out(), || d.copy_out());
        run.bench("hi_mpi_dvpp_malloc + free (1 MiB)", || s.mpi_block(), || d.mpi_block());
        s.close();
        d.close();

        // Leave nothing behind, so the shim's exit report stays quiet.
        runtime.close();
    }
    run.finish("pipeline-overhead");
}
