// The generated ABI assertions (generated/abi_asserts.c) compiled as C++17.
#include "generated/abi_asserts.c"
