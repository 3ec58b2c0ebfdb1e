/* ACLVENC_SHIM_LEAK_EXITCODE skips nothing the application registered (issue 8, defect 7): an application that
 * registers an atexit handler before its first encoder call and leaks a channel description exits with the leak
 * status, and its handler has run and its buffered stdout is written.
 *
 *   atexit <dir>      runs itself as a child with ACLVENC_SHIM_LEAK_EXITCODE=23 and checks the outcome
 *
 * Built linked against the shim, and against the null driver alone for a run with the shim preloaded. */
#define _POSIX_C_SOURCE 200809L /* setenv, fork, execve, waitpid, dup2 */
#include "exec_self.h"
#include "test_support.h"

#include <fcntl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define LEAK_EXITCODE 23

static char g_marker[4096];

static void app_handler(void)
{
    FILE *f = fopen(g_marker, "w");
    if (f != NULL) {
        fputs("the application's exit handler ran\n", f);
        fclose(f);
    }
}

static int child(const char *dir)
{
    snprintf(g_marker, sizeof g_marker, "%s/atexit-handler.txt", dir);
    /* Registered before the first encoder call, so before the shim has done anything. */
    if (atexit(app_handler) != 0)
        return 5;
    if (aclvencCreateChannelDesc() == NULL) /* leaked */
        return 3;
    printf("buffered application output\n"); /* stdout is a file: fully buffered, written at exit */
    return 0;
}

int main(int argc, char **argv)
{
    char marker[4096], out[4096], *text;
    pid_t pid;
    int status = 0;

    if (argc == 3 && strcmp(argv[1], "--child") == 0)
        return child(argv[2]);
    if (argc != 2) {
        fprintf(stderr, "usage: %s <dir>\n", argv[0]);
        return 2;
    }
    snprintf(marker, sizeof marker, "%s/atexit-handler.txt", argv[1]);
    snprintf(out, sizeof out, "%s/atexit-stdout.txt", argv[1]);
    remove(marker);
    remove(out);

    pid = fork();
    if (pid < 0) {
        perror("fork");
        return 2;
    }
    if (pid == 0) {
        char *child_argv[] = {argv[0], (char *)"--child", argv[1], NULL};
        int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0 || dup2(fd, 1) < 0)
            _exit(126);
        setenv("ACLVENC_SHIM_LEAK_EXITCODE", "23", 1);
        exec_self(child_argv);
        _exit(127);
    }
    if (waitpid(pid, &status, 0) != pid) {
        perror("waitpid");
        return 2;
    }
    CHECK(WIFEXITED(status));
    printf("child exit status %d (want %d)\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1, LEAK_EXITCODE);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == LEAK_EXITCODE);

    text = read_file(marker);
    printf("application's exit handler: %s", text != NULL ? text : "did not run\n");
    CHECK(text != NULL && strcmp(text, "the application's exit handler ran\n") == 0);
    free(text);
    text = read_file(out);
    printf("application's stdout: %s", text != NULL && text[0] != '\0' ? text : "(empty)\n");
    CHECK(text != NULL && strcmp(text, "buffered application output\n") == 0);
    free(text);
    return g_failures == 0 ? 0 : 1;
}
