/* The trace file (ACLVENC_SHIM_TRACE_FILE) at the end of a process (issue 8, defects 5 and 11).
 *
 *   trace_exit kill <trace.json>
 *       A process that keeps making calls is killed with SIGKILL once its trace file has grown; the file must
 *       load as a trace viewer loads it (the JSON Array Format: an array whose closing `]` may be missing).
 *   trace_exit stall <fifo> <bound-ms>
 *       The trace file is a FIFO read very slowly (64 bytes every 100 ms) while a process makes more calls than the trace
 *       queue holds and exits: the time from the end of its main to its exit must stay within <bound-ms> (the
 *       documented bound, exit::EXIT_WAIT, which CMake reads from src/exit.rs) plus MARGIN_MS.
 *   trace_exit poll <trace.json>
 *       A busy poll: a process makes POLL_CALLS identical calls back to back, more than the trace queue holds, and
 *       exits. The finished file must stand for every one of them (the first call, then runs of repeats, each one
 *       event with its number of calls) in a handful of events, and drop none.
 *   trace_exit logflood <marker>
 *       The trace log (ACLVENC_SHIM_LOG=warn,aclvenc_shim::trace=trace) of LOG_CALLS calls fills the output queue
 *       while nobody reads the process's stderr (a pipe), then the process makes a call that breaks a rule: its
 *       finding must still be printed, once the reader drains the pipe, because trace lines leave the last part
 *       of the queue to findings; the exit says how many trace lines were dropped.
 *
 * Each mode runs itself as the child (`--app`) with ACLVENC_SHIM_TRACE_FILE set. */
#define _POSIX_C_SOURCE 200809L /* setenv, fork, execve, waitpid, kill, mkfifo, nanosleep */
#include "exit_support.h"
#include "exec_self.h"
#include "test_support.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define MARGIN_MS 1000
#define GIVE_UP_MS 30000
/* More than the trace writer's queue holds (16,384 events). */
#define BURST_CALLS 40000
#define POLL_CALLS 100000
/* Two trace lines each: many times the output queue (4,096 lines). */
#define LOG_CALLS 20000
/* Events the poll may take: its first call, then a run of repeats per second it lasts (RUN_SPAN_NS). */
#define POLL_EVENTS_MAX 20

/* The child: `loop` makes calls until killed; `burst <file>` makes BURST_CALLS calls, each one different from the
 * one before (identical ones would be one event), writes the time its main returns (CLOCK_MONOTONIC, ms) to
 * <file>, and returns; `poll` makes POLL_CALLS identical calls. */
static int app(int argc, char **argv)
{
    aclvencChannelDesc *desc = aclvencCreateChannelDesc();
    if (desc == NULL)
        return 3;
    if (strcmp(argv[2], "loop") == 0) {
        for (;;) {
            (void)aclvencSetChannelDescPicWidth(desc, 1280);
            (void)aclvencGetChannelDescPicWidth(desc);
        }
    }
    if (strcmp(argv[2], "burst") == 0 && argc == 4) {
        FILE *f;
        for (int i = 0; i < BURST_CALLS; i++) {
            if (i % 2)
                (void)aclvencGetChannelDescPicWidth(desc);
            else
                (void)aclvencSetChannelDescPicWidth(desc, 1280);
        }
        (void)aclvencDestroyChannelDesc(desc);
        f = fopen(argv[3], "w");
        if (f == NULL)
            return 4;
        fprintf(f, "%.3f\n", now_ms());
        fclose(f);
        return 0;
    }
    if (strcmp(argv[2], "logflood") == 0 && argc == 4) {
        FILE *f;
        for (int i = 0; i < LOG_CALLS; i++)
            (void)aclvencGetChannelDescPicWidth(desc);
        /* MISTAKE: a NULL channel desc (VENC-CHDESC-NULL). */
        (void)aclvencSetChannelDescPicWidth(NULL, 1280);
        (void)aclvencDestroyChannelDesc(desc);
        f = fopen(argv[3], "w");
        if (f == NULL)
            return 4;
        fclose(f);
        return 0;
    }
    if (strcmp(argv[2], "poll") == 0) {
        for (int i = 0; i < POLL_CALLS; i++)
            (void)aclvencGetChannelDescPicWidth(desc);
        (void)aclvencDestroyChannelDesc(desc);
        return 0;
    }
    return 2;
}

static pid_t spawn(char **argv, const char *trace, const char *mode, const char *arg)
{
    pid_t pid = fork();
    if (pid == 0) {
        char *child_argv[] = {argv[0], (char *)"--app", (char *)mode, (char *)arg, NULL};
        setenv("ACLVENC_SHIM_TRACE_FILE", trace, 1);
        exec_self(child_argv);
        _exit(127);
    }
    return pid;
}

static int kill_test(char **argv, const char *trace)
{
    struct stat st;
    double started = now_ms();
    char *text;
    long events = 0;
    int status;
    pid_t pid;

    remove(trace);
    pid = spawn(argv, trace, "loop", NULL);
    if (pid < 0)
        return 2;
    /* Let the file grow past a few writes, then kill mid-run. */
    while ((stat(trace, &st) != 0 || st.st_size < 512 * 1024) && now_ms() - started < GIVE_UP_MS)
        sleep_ms(5);
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    text = read_file(trace);
    if (text == NULL) {
        fprintf(stderr, "no trace file %s\n", trace);
        return 1;
    }
    printf("killed after %.0f ms; trace file %zu bytes\n", now_ms() - started, strlen(text));
    CHECK(strlen(text) >= 512 * 1024);
    if (!trace_loadable(text, &events)) {
        size_t n = strlen(text);
        fprintf(stderr, "the killed process's trace does not load; it ends with: %s\n", text + (n > 300 ? n - 300 : 0));
        g_failures++;
    }
    printf("%ld events load\n", events);
    CHECK(events > 1000);
    CHECK(strstr(text, "\"name\":\"aclvencGetChannelDescPicWidth\"") != NULL);
    free(text);
    return g_failures == 0 ? 0 : 1;
}

static int stall_test(char **argv, const char *fifo, long bound_ms)
{
    char when_path[4096], buf[64], *when;
    double main_returned, exited = 0, delay;
    int fd, status = 0;
    long got = 0;
    pid_t pid;

    snprintf(when_path, sizeof when_path, "%s.main-returned", fifo);
    remove(fifo);
    remove(when_path);
    if (mkfifo(fifo, 0600) != 0) {
        perror("mkfifo");
        return 2;
    }
    fd = open(fifo, O_RDONLY | O_NONBLOCK); /* the reader, present before the writer opens */
    if (fd < 0) {
        perror("open");
        return 2;
    }
    pid = spawn(argv, fifo, "burst", when_path);
    if (pid < 0)
        return 2;
    /* A nearly stalled reader: 64 bytes every 100 ms (640 bytes/s), until the writer exits. */
    for (double started = now_ms(); now_ms() - started < GIVE_UP_MS;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n > 0)
            got += n;
        if (waitpid(pid, &status, WNOHANG) == pid) {
            exited = now_ms();
            break;
        }
        sleep_ms(100);
    }
    close(fd);
    if (exited == 0) {
        fprintf(stderr, "the process did not exit within %d ms of its start with a stalled trace reader\n",
                GIVE_UP_MS);
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        remove(fifo);
        return 1;
    }
    remove(fifo);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    when = read_file(when_path);
    if (when == NULL) {
        fprintf(stderr, "the process did not say when its main returned\n");
        return 1;
    }
    main_returned = atof(when);
    free(when);
    delay = exited - main_returned;
    printf("exit delay with a stalled trace reader: %.0f ms (bound %ld ms + %d ms margin); read %ld bytes\n", delay,
           bound_ms, MARGIN_MS, got);
    CHECK(delay <= (double)(bound_ms + MARGIN_MS));
    return g_failures == 0 ? 0 : 1;
}

static int poll_test(char **argv, const char *trace)
{
    const char *name = "\"name\":\"aclvencGetChannelDescPicWidth\"";
    long events = 0, polls = 0, calls = 0;
    int status;
    char *text;
    pid_t pid;

    remove(trace);
    pid = spawn(argv, trace, "poll", NULL);
    if (pid < 0)
        return 2;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    text = read_file(trace);
    if (text == NULL) {
        fprintf(stderr, "no trace file %s\n", trace);
        return 1;
    }
    CHECK(trace_loadable(text, &events));
    /* One event per line: each poll event stands for its "calls", or for 1 call without it. */
    for (char *line = strtok(text, "\n"); line != NULL; line = strtok(NULL, "\n")) {
        const char *n = strstr(line, "\"calls\":");
        if (strstr(line, name) == NULL)
            continue;
        polls++;
        calls += n != NULL ? atol(n + strlen("\"calls\":")) : 1;
    }
    printf("%d identical calls: %ld events in the trace, standing for %ld calls\n", POLL_CALLS, polls, calls);
    CHECK(calls == POLL_CALLS);
    CHECK(polls >= 2 && polls <= POLL_EVENTS_MAX);
    free(text);
    text = read_file(trace);
    CHECK(text != NULL && strstr(text, "\"dropped_events\":0") != NULL);
    free(text);
    return g_failures == 0 ? 0 : 1;
}

static int logflood_test(char **argv, const char *marker)
{
    struct stat st;
    char buf[65536];
    size_t cap = 1 << 20, len = 0;
    char *out = (char *)malloc(cap);
    int fds[2], status;
    ssize_t n;
    pid_t pid;

    remove(marker);
    if (out == NULL || pipe(fds) != 0)
        return 2;
    pid = fork();
    if (pid == 0) {
        char *child_argv[] = {argv[0], (char *)"--app", (char *)"logflood", (char *)marker, NULL};
        dup2(fds[1], 2);
        close(fds[0]);
        close(fds[1]);
        setenv("ACLVENC_SHIM_LOG", "warn,aclvenc_shim::trace=trace", 1);
        exec_self(child_argv);
        _exit(127);
    }
    close(fds[1]);
    /* Nobody reads stderr until the process made its last call: the writer thread blocks on the full pipe and
     * the queue fills with trace lines. */
    for (double started = now_ms(); stat(marker, &st) != 0; sleep_ms(5)) {
        if (now_ms() - started > GIVE_UP_MS) {
            fprintf(stderr, "the process did not finish its calls within %d ms\n", GIVE_UP_MS);
            kill(pid, SIGKILL);
            break;
        }
    }
    while ((n = read(fds[0], buf, sizeof buf)) > 0) {
        if (len + (size_t)n + 1 > cap) {
            cap = 2 * cap + (size_t)n;
            out = (char *)realloc(out, cap);
            if (out == NULL)
                return 2;
        }
        memcpy(out + len, buf, (size_t)n);
        len += (size_t)n;
    }
    out[len] = '\0';
    close(fds[0]);
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    printf("stderr: %zu bytes\n", len);
    CHECK(strstr(out, "-> aclvencGetChannelDescPicWidth") != NULL);
    CHECK(strstr(out, "trace lines were dropped") != NULL);
    if (strstr(out, "[VENC-CHDESC-NULL]") == NULL) {
        fprintf(stderr, "the finding made after the trace lines filled the queue was not printed\n");
        g_failures++;
    }
    free(out);
    return g_failures == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "--app") == 0)
        return app(argc, argv);
    if (argc == 3 && strcmp(argv[1], "kill") == 0)
        return kill_test(argv, argv[2]);
    if (argc == 4 && strcmp(argv[1], "stall") == 0)
        return stall_test(argv, argv[2], atol(argv[3]));
    if (argc == 3 && strcmp(argv[1], "poll") == 0)
        return poll_test(argv, argv[2]);
    if (argc == 3 && strcmp(argv[1], "logflood") == 0)
        return logflood_test(argv, argv[2]);
    fprintf(stderr, "usage: %s kill <trace.json> | stall <fifo> <bound-ms> | poll <trace.json> | logflood <marker>\n",
            argv[0]);
    return 2;
}
