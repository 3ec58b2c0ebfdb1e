//! Null driver for tests: exports the 85 vendor VENC symbols, records every call, returns scripted codes.
