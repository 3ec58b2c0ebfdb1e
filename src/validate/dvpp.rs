//! Checks for the `acldvpp*` functions (picture and stream descs, DVPP memory), `libacl_dvpp.so`.

use crate::calls::dvpp::args::*;
use crate::chassis::Hooks;

impl Hooks for acldvppCreatePicDesc {}
impl Hooks for acldvppDestroyPicDesc {}
impl Hooks for acldvppSetPicDescData {}
impl Hooks for acldvppSetPicDescSize {}
impl Hooks for acldvppSetPicDescFormat {}
impl Hooks for acldvppSetPicDescWidth {}
impl Hooks for acldvppSetPicDescHeight {}
impl Hooks for acldvppSetPicDescWidthStride {}
impl Hooks for acldvppSetPicDescHeightStride {}
impl Hooks for acldvppSetPicDescRetCode {}
impl Hooks for acldvppGetPicDescData {}
impl Hooks for acldvppGetPicDescSize {}
impl Hooks for acldvppGetPicDescFormat {}
impl Hooks for acldvppGetPicDescWidth {}
impl Hooks for acldvppGetPicDescHeight {}
impl Hooks for acldvppGetPicDescWidthStride {}
impl Hooks for acldvppGetPicDescHeightStride {}
impl Hooks for acldvppGetPicDescRetCode {}
impl Hooks for acldvppCreateStreamDesc {}
impl Hooks for acldvppDestroyStreamDesc {}
impl Hooks for acldvppSetStreamDescData {}
impl Hooks for acldvppSetStreamDescSize {}
impl Hooks for acldvppSetStreamDescFormat {}
impl Hooks for acldvppSetStreamDescTimestamp {}
impl Hooks for acldvppSetStreamDescRetCode {}
impl Hooks for acldvppSetStreamDescEos {}
impl Hooks for acldvppGetStreamDescData {}
impl Hooks for acldvppGetStreamDescSize {}
impl Hooks for acldvppGetStreamDescFormat {}
impl Hooks for acldvppGetStreamDescTimestamp {}
impl Hooks for acldvppGetStreamDescRetCode {}
impl Hooks for acldvppGetStreamDescEos {}
impl Hooks for acldvppMalloc {}
impl Hooks for acldvppFree {}
