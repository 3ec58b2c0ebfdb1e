/* Leak test: a process that creates a channel description and never destroys it exits with
 * ACLVENC_SHIM_LEAK_EXITCODE, and the report written at exit (ACLVENC_SHIM_REPORT) lists the leak.
 *
 *   leak <report.json> leak|clean     runs itself as a child with those settings and checks the outcome
 *
 * The parent calls no vendor function, so the shim in it has nothing to report. The child in "clean" mode
 * destroys what it creates: exit status 0, no leak listed. */
#define _POSIX_C_SOURCE 200809L /* setenv, fork, execve, waitpid */
#include "exec_self.h"
#include "test_support.h"

#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define LEAK_EXITCODE 23

/* The child writes the handle it leaks (as "0x%" PRIx64) to <report>.handle for the parent to look for. */
static int child(const char *report, const char *what)
{
    char path[4096];
    FILE *f;
    aclvencChannelDesc *desc = aclvencCreateChannelDesc();
    if (desc == NULL) {
        fprintf(stderr, "aclvencCreateChannelDesc returned NULL\n");
        return 3;
    }
    snprintf(path, sizeof path, "%s.handle", report);
    f = fopen(path, "w");
    if (f == NULL)
        return 5;
    fprintf(f, "0x%" PRIx64, ptr_word(desc));
    fclose(f);
    if (strcmp(what, "clean") == 0 && aclvencDestroyChannelDesc(desc) != ACL_SUCCESS)
        return 4;
    fflush(stdout);
    return 0;
}

int main(int argc, char **argv)
{
    const char *report, *what;
    char *json;
    pid_t pid;
    int status = 0, expect_leak;

    if (argc == 4 && strcmp(argv[1], "--child") == 0)
        return child(argv[2], argv[3]);
    if (argc != 3) {
        fprintf(stderr, "usage: %s <report.json> leak|clean\n", argv[0]);
        return 2;
    }
    report = argv[1];
    what = argv[2];
    expect_leak = strcmp(what, "leak") == 0;
    remove(report);

    pid = fork();
    if (pid < 0) {
        perror("fork");
        return 2;
    }
    if (pid == 0) {
        char *child_argv[] = {argv[0], (char *)"--child", (char *)report, (char *)what, NULL};
        setenv("ACLVENC_SHIM_LEAK_EXITCODE", "23", 1);
        setenv("ACLVENC_SHIM_REPORT", report, 1);
        exec_self(child_argv);
        perror("execve");
        _exit(127);
    }
    if (waitpid(pid, &status, 0) != pid) {
        perror("waitpid");
        return 2;
    }
    if (!WIFEXITED(status)) {
        fprintf(stderr, "child did not exit normally (status 0x%x)\n", status);
        return 1;
    }
    printf("child exit status %d\n", WEXITSTATUS(status));
    CHECK(WEXITSTATUS(status) == (expect_leak ? LEAK_EXITCODE : 0));

    json = read_file(report);
    if (json == NULL) {
        fprintf(stderr, "no report written to %s\n", report);
        return 1;
    }
    if (expect_leak) {
        char path[4096];
        char *handle;
        CHECK(json_count_key(json, "kind", "aclvencChannelDesc") == 1);
        CHECK(json_count_key(json, "kind", NULL) == 1);
        snprintf(path, sizeof path, "%s.handle", report);
        handle = read_file(path);
        CHECK(handle != NULL && handle[0] != '\0' && strstr(json, handle) != NULL);
        if (handle != NULL)
            printf("leaked handle %s is in the report\n", handle);
        free(handle);
    } else {
        CHECK(json_count_key(json, "kind", NULL) == 0);
    }
    if (g_failures != 0) {
        fprintf(stderr, "report:\n%s\n", json);
        free(json);
        return 1;
    }
    free(json);
    printf("leak %s: ok\n", what);
    return 0;
}
