/* exec_self(): a test that checks what a whole process does at exit runs itself again as its child. Natively that
 * is execve("/proc/self/exe"). In a cross build the tests run under an emulator (c-tests/CMakeLists.txt sets
 * ACLVENC_TEST_EMULATOR, "qemu-aarch64-static -L /"), and the kernel cannot start the foreign program itself (no
 * binfmt_misc registration is assumed), so the child starts the emulator with the program. The including file
 * defines _POSIX_C_SOURCE (readlink, execvp). Compiles as C11 with -Wall -Wextra -Werror. */
#ifndef ACLVENC_EXEC_SELF_H
#define ACLVENC_EXEC_SELF_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

/* Replaces the calling process with this program and argv[1...] (argv[0] as given natively; the program's path
 * under the emulator). Returns only on failure, with errno set by execve/execvp. */
static inline void exec_self(char **argv)
{
    const char *emulator = getenv("ACLVENC_TEST_EMULATOR");
    char exe[4096];
    char words[1024];
    char *args[64];
    size_t n = 0;
    ssize_t len;

    if (emulator == NULL || emulator[0] == '\0') {
        execve("/proc/self/exe", argv, environ);
        return;
    }
    /* qemu-user answers readlink("/proc/self/exe") with the emulated program, not with itself. */
    len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len <= 0)
        return;
    exe[len] = '\0';
    snprintf(words, sizeof words, "%s", emulator);
    for (char *w = strtok(words, " "); w != NULL && n < 32; w = strtok(NULL, " "))
        args[n++] = w;
    args[n++] = exe;
    for (size_t i = 1; argv[i] != NULL && n < 63; i++)
        args[n++] = argv[i];
    args[n] = NULL;
    execvp(args[0], args);
}

#endif
