//! Emulated libascendcl.so: the acl runtime pieces an encoder app needs.
