/* fork while the shim's threads work (issue 8, defects 4 and 5): the report snapshot thread rewrites the report
 * every millisecond and another thread keeps making calls (creating objects, whose stacks the snapshots
 * symbolise, and findings, which the output writer prints) while the main thread forks again and again. The
 * driver's own locks are not the shim's to guard: the other thread's calls that reach the driver pass through
 * this test's own fork gate, so no fork lands inside the driver; its calls with a handle that was never created
 * stop in the shim and are not gated, so forks land inside the shim on that thread too. Every
 * child makes calls of its own (the first ones more than the trace queue holds) and exits; each must exit, with
 * status 0, within a deadline, and leave its own report and trace file (with its pid in the name) as valid JSON.
 *
 *   fork <report.json> <trace.json> <forks>
 *
 * Run with ACLVENC_SHIM_REPORT=<report.json>, ACLVENC_SHIM_REPORT_INTERVAL_MS=1 and
 * ACLVENC_SHIM_TRACE_FILE=<trace.json>. */
#define _POSIX_C_SOURCE 200809L /* fork, waitpid, kill, nanosleep, pthread_atfork */
#include "exit_support.h"
#include "test_support.h"

#include <pthread.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define CHILD_DEADLINE_MS 15000
/* More than the trace writer's queue holds (16,384 events). */
#define MANY_CALLS 17000

static volatile int g_stop;
/* Held by the calling thread around its calls that reach the driver, and by this test's fork handlers. */
static pthread_mutex_t g_driver_gate = PTHREAD_MUTEX_INITIALIZER;

static void gate_lock(void)
{
    pthread_mutex_lock(&g_driver_gate);
}

static void gate_unlock(void)
{
    pthread_mutex_unlock(&g_driver_gate);
}

/* One round of calls: a desc created and destroyed, one call with a finding (a width out of range). */
static void calls(void)
{
    aclvencChannelDesc *desc = aclvencCreateChannelDesc();
    if (desc != NULL) {
        (void)aclvencSetChannelDescPicWidth(desc, 5000);
        (void)aclvencDestroyChannelDesc(desc);
    }
}

static void *caller(void *arg)
{
    aclvencChannelDesc *never_created = (aclvencChannelDesc *)(uintptr_t)0x1234;
    (void)arg;
    while (!g_stop) {
        gate_lock();
        calls();
        gate_unlock();
        for (int i = 0; i < 20; i++) { /* refused by the shim: a finding each, never forwarded */
            (void)aclvencSetChannelDescPicWidth(never_created, 1280);
            (void)aclvencGetChannelDescPicWidth(never_created);
        }
    }
    return NULL;
}

static int child_work(int many)
{
    aclvencChannelDesc *desc;
    calls();
    if (many) {
        desc = aclvencCreateChannelDesc();
        for (int i = 0; i < MANY_CALLS && desc != NULL; i++)
            (void)aclvencGetChannelDescPicWidth(desc);
        if (desc != NULL)
            (void)aclvencDestroyChannelDesc(desc);
    }
    return 0;
}

/* The child's own file `<path>.<pid>` exists, is valid JSON (a trace: as a viewer loads it) and names a call. */
static void check_child_file(const char *path, pid_t pid, int trace)
{
    char own[4096];
    char *text;
    long n = 0;
    snprintf(own, sizeof own, "%s.%d", path, (int)pid);
    text = read_file(own);
    if (text == NULL) {
        fprintf(stderr, "child %d left no %s\n", (int)pid, own);
        g_failures++;
        return;
    }
    if (trace ? !trace_loadable(text, &n) : !json_valid(text, NULL)) {
        fprintf(stderr, "child %d: %s is not valid JSON\n", (int)pid, own);
        g_failures++;
    }
    CHECK(strstr(text, "aclvencCreateChannelDesc") != NULL);
    free(text);
    remove(own);
}

int main(int argc, char **argv)
{
    pthread_t thread;
    int forks, hung = 0;
    double worst = 0;

    if (argc != 4) {
        fprintf(stderr, "usage: %s <report.json> <trace.json> <forks>\n", argv[0]);
        return 2;
    }
    forks = atoi(argv[3]);
    calls(); /* the shim starts its threads and registers its fork handlers */
    /* Registered after the shim's, so this prepare handler runs before the shim's: the calling thread leaves
     * the driver (and the shim) before the shim's prepare handler takes the shim's locks. */
    if (pthread_atfork(gate_lock, gate_unlock, gate_unlock) != 0)
        return 2;
    if (pthread_create(&thread, NULL, caller, NULL) != 0)
        return 2;
    sleep_ms(20);

    for (int i = 0; i < forks && hung == 0; i++) {
        int status = 0;
        double started = now_ms(), took;
        pid_t pid, got = 0;
        fflush(NULL); /* a child must not write this process's buffered output again */
        pid = fork();
        if (pid < 0) {
            perror("fork");
            return 2;
        }
        if (pid == 0)
            exit(child_work(i < 2));
        while ((got = waitpid(pid, &status, WNOHANG)) == 0 && now_ms() - started < CHILD_DEADLINE_MS)
            sleep_ms(1);
        took = now_ms() - started;
        if (got != pid) {
            fprintf(stderr, "fork %d: child %d still running after %d ms: it hangs; killed\n", i, (int)pid,
                    CHILD_DEADLINE_MS);
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            hung++;
            g_failures++;
            continue;
        }
        worst = took > worst ? took : worst;
        if (took > 500)
            printf("fork %d: child took %.0f ms (fork to reaped)\n", i, took);
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        check_child_file(argv[1], pid, 0);
        check_child_file(argv[2], pid, 1);
    }
    g_stop = 1;
    pthread_join(thread, NULL);
    printf("%d forks, %d hung, slowest child %.0f ms (fork to reaped)\n", forks, hung, worst);
    return g_failures == 0 ? 0 : 1;
}
