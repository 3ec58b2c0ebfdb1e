// headers.c compiled as C++17.
#include "headers.c"
