"""Tests of the acl package and aclvenc_video (run: python/CMakeLists.txt registers them with ctest)."""
