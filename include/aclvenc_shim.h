/* generated from src/api.rs by cbindgen 0.29.4 through `cargo run -p xtask -- gen`; do not edit */
/* aclvenc-shim's own C API. The vendor functions it intercepts are declared in the vendor-compatible headers
 * (acl/ops/acl_dvpp.h, acl/dvpp/hi_dvpp.h). */

#ifndef ACLVENC_SHIM_H
#define ACLVENC_SHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

// The shim's version as a NUL-terminated string (`"0.1.0"`), owned by the shim; never NULL.
const char *aclvencShimVersion(void);

// Logs every live object now (kind, handle, creating thread and creation backtrace, grouped by creation site:
// channel descs, channels, frame configs, V2 channels and streams obtained but not released) and returns how
// many there are.
size_t aclvencShimReportLeaks(void);

// How many findings of the rule `rule_id` (a NUL-terminated ID such as `"MPI-NULL-PTR"`) the shim has made so
// far, or of every rule when `rule_id` is NULL. The outputs already handed to the stream checks are checked first
// (waiting at most [`STREAM_WAIT`]), so their `STREAM-*` findings count.
//
// # Safety
// `rule_id` is NULL or a NUL-terminated string.
size_t aclvencShimFindingCount(const char *rule_id);

// Writes the JSON report (settings, driver, call counts, findings, leaks, channels; format in
// docs/shim-interface.md) to the NUL-terminated `path`, after the outputs already handed to the stream checks are
// checked (waiting at most [`STREAM_WAIT`]). Returns 0 on success, -1 when `path` is NULL or the
// file cannot be written (the reason is logged).
//
// # Safety
// `path` is NULL or a NUL-terminated string.
int aclvencShimWriteReport(const char *path);

// Forgets every finding made so far, those of the outputs already handed to the stream checks included (tracked
// objects are kept). For tests that check one call at a time.
void aclvencShimResetFindings(void);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus

#endif  /* ACLVENC_SHIM_H */
