//! Checks for the `acl*` / `aclrt*` runtime functions an encoder program calls, `libascendcl.so`.

use crate::calls::rt::args::*;
use crate::chassis::Hooks;

impl Hooks for aclInit {}
impl Hooks for aclFinalize {}
impl Hooks for aclrtSetDevice {}
impl Hooks for aclrtCreateContext {}
impl Hooks for aclrtGetRunMode {}
impl Hooks for aclrtCreateStream {}
impl Hooks for aclrtSubscribeReport {}
impl Hooks for aclrtProcessReport {}
impl Hooks for aclrtLaunchCallback {}
impl Hooks for aclrtResetDevice {}
impl Hooks for aclrtDestroyContext {}
impl Hooks for aclrtSetCurrentContext {}
impl Hooks for aclrtGetCurrentContext {}
impl Hooks for aclrtGetDeviceCount {}
impl Hooks for aclrtDestroyStream {}
impl Hooks for aclrtSynchronizeStream {}
impl Hooks for aclrtUnSubscribeReport {}
impl Hooks for aclrtMalloc {}
impl Hooks for aclrtFree {}
impl Hooks for aclrtMallocHost {}
impl Hooks for aclrtFreeHost {}
impl Hooks for aclrtMemcpy {}
impl Hooks for aclrtGetSocName {}
