/* Dartboard board simulator: the firmware core on the host, speaking the protocol on a tty
 * (e.g. one end of a socat pty pair) or on stdin/stdout, with a file as its flash.
 *
 *   dartboard-sim --port PATH|- --flash IMAGE [--board NAME] [--fw MAJOR.MINOR.PATCH]
 *                 [--flash-kb 512] [--arena-kb 128] [--chatter MS] [--crash-in-commit]
 *                 [--mic WAV|DIR [--mic-speed X] [--average N] [--threshold Q] [--every-frames F]
 *                  [--refractory-ms MS]]
 *
 * INFER runs the boot model blob (copied from the flash image into RAM) with dp_model; cycles are 0.
 * Chunked INFER (features or PCM through the blob's front end) uses a dp_stream.
 * --mic plays the WAV(s) (sim_mic.h) into a dp_listener on the boot model, read again and from the start at every HELLO,
 * and sends a DETECT frame per detection; after the last sample, a LOG line with the counts. LISTEN sets the
 * detection rule (the --average ... options are its first value).
 *
 * Exit codes: 0 when the port closes, 2 usage, 1 I/O error, 3 simulated power cut. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "../core/dp_crc32.h"
#include "../core/dp_proto.h"
#include "../core/dp_listen.h"
#include "../core/dp_runner.h"
#include "sim_flash.h"
#include "sim_mic.h"

#define PAGE 4096u
#define IDLE_MS 20

typedef struct { int in, out; } sim_io;

static void sim_send(void *ctx, const uint8_t *bytes, size_t n) {
    sim_io *io = (sim_io *)ctx;
    while (n > 0) {
        ssize_t k = write(io->out, bytes, n);
        if (k < 0 && errno == EINTR) continue;
        if (k < 0 && errno == EAGAIN) {
            struct pollfd w = {io->out, POLLOUT, 0};
            poll(&w, 1, 10);
            continue;
        }
        if (k < 0) exit(1);
        bytes += k;
        n -= (size_t)k;
    }
}

static uint32_t sim_free_ram(void *ctx) { (void)ctx; return 200u * 1024u; } /* nominal, not measured */

/* --chatter MS: every MS milliseconds, a LOG line and, with a model, a DETECT of its top class on
 * pseudo-random features (xorshift32, seeded per tick) -- a stand-in for the board's microphone. */
typedef struct { uint32_t every_ms, ticks, elapsed_ms; dp_runner *runner; } sim_chatter;

static void chatter(dp_proto *p, sim_chatter *c) {
    char line[64];
    c->ticks++;
    snprintf(line, sizeof line, "tick %u", (unsigned)c->ticks);
    dp_proto_log(p, 1, line);
    const dp_model *m = dp_runner_model(c->runner, p->store);
    static int8_t in[DP_MAX_PAYLOAD], scores[255];
    if (!m || m->input_len > sizeof in) return;
    uint32_t x = 2463534242u ^ c->ticks;
    for (uint32_t i = 0; i < m->input_len; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; in[i] = (int8_t)x; }
    uint32_t cycles, value;
    int n = dp_runner_infer(c->runner, p->store, (const uint8_t *)in, (uint16_t)m->input_len, scores, 255, &cycles, &value);
    int best = 0;
    for (int i = 1; i < n; i++) if (scores[i] > scores[best]) best = i;
    if (n > 0) dp_proto_detect(p, (uint8_t)best, scores[best], c->ticks * c->every_ms);
}

static int open_port(const char *path, sim_io *io) {
    if (strcmp(path, "-") == 0) { io->in = 0; io->out = 1; return 0; }
    int fd = open(path, O_RDWR | O_NOCTTY);
    if (fd < 0) { perror(path); return 1; }
    struct termios t;
    if (tcgetattr(fd, &t) == 0) { /* raw mode by hand (cfmakeraw is not POSIX) */
        t.c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
        t.c_oflag &= ~(tcflag_t)OPOST;
        t.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
        t.c_cflag &= ~(tcflag_t)(CSIZE | PARENB);
        t.c_cflag |= CS8;
        tcsetattr(fd, TCSANOW, &t);
    }
    io->in = io->out = fd;
    return 0;
}

static void parse_version(const char *v, dp_proto_config *c) {
    unsigned a = 0, b = 0, d = 0;
    sscanf(v, "%u.%u.%u", &a, &b, &d);
    c->fw_major = (uint8_t)a; c->fw_minor = (uint8_t)b; c->fw_patch = (uint8_t)d;
}

/* --mic: the audio, the listener on the boot model (re-initialised when the model changes). */
typedef struct {
    sim_mic mic;
    dp_listen_cfg cfg;
    dp_listener listener;
    dp_stream stream;
    dp_runner *runner;
    const dp_model *model;
    uint32_t generation, hellos;
} sim_ear;

/* LISTEN: the new rule; the listener restarts with it at the next step. */
static void on_listen(void *ctx, const dp_listen_cfg *cfg) {
    sim_ear *e = (sim_ear *)ctx;
    e->cfg = *cfg;
    e->model = NULL;
    e->generation = (uint32_t)-1;
}

static void on_detect(void *ctx, uint8_t label, int8_t score, uint32_t ms, const char *name, uint8_t len) {
    dp_proto_detect_named((dp_proto *)ctx, label, score, ms, name, len);
}

/* Plays what is due; returns the poll timeout for the next round. */
static int listen_step(dp_proto *p, sim_ear *e) {
    sim_mic *m = &e->mic;
    if (!m->path) return IDLE_MS;
    if (p->hellos != e->hellos) { /* every HELLO re-reads the audio (the host may have rewritten it) and starts it from its beginning */
        e->hellos = p->hellos;
        if (sim_mic_reload(m)) dp_proto_log(p, 3, "mic: cannot read the audio files again: not listening");
        m->started = 1; m->finished = 0; m->played = 0; m->start_s = 0;
        e->model = NULL; e->generation = (uint32_t)-1;
    }
    if (!m->pcm) return IDLE_MS;
    if (!m->started || m->finished) return IDLE_MS;
    const dp_model *model = dp_runner_model(e->runner, p->store);
    uint32_t gen = p->store->active == DP_NO_SLOT ? 0 : p->store->slots[p->store->active].generation;
    if (model != e->model || gen != e->generation) {
        e->model = model; e->generation = gen;
        if (!model || dp_listen_init(&e->listener, &e->cfg, model, &e->stream, e->runner->arena, e->runner->arena_size)) {
            dp_proto_log(p, 3, "mic: the boot model has no front end or does not fit: not listening");
            e->model = NULL;
        } else if (model->fe.sample_rate != m->rate) {
            dp_proto_log(p, 3, "mic: the audio's sample rate differs from the model's: not listening");
            e->model = NULL;
        }
    }
    if (!e->model) return IDLE_MS;
    uint32_t due = sim_mic_due(m, 1600);
    dp_listen_push(&e->listener, m->pcm + m->played, (int32_t)due, on_detect, p);
    m->played += due;
    if (m->played == m->samples) {
        char line[96];
        m->finished = 1;
        snprintf(line, sizeof line, "mic: end of audio, %u samples, %u inferences, %u detections",
                 (unsigned)m->samples, (unsigned)e->listener.inferences, (unsigned)e->listener.detections);
        dp_proto_log(p, 1, line);
    }
    return m->speed > 0 ? 5 : 0;
}

static int serve(dp_proto *p, sim_io *io, sim_chatter *c, sim_ear *e) {
    uint8_t buf[4096];
    struct pollfd pfd = {io->in, POLLIN, 0};
    for (;;) {
        int wait = listen_step(p, e);
        int r = poll(&pfd, 1, wait);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) return 1;
        if (r == 0) {
            if (wait == 0) continue;
            if (p->parser.n) dp_proto_idle(p);
            if (c->every_ms && (c->elapsed_ms += IDLE_MS) >= c->every_ms) { c->elapsed_ms = 0; chatter(p, c); }
            continue;
        }
        ssize_t k = read(io->in, buf, sizeof buf);
        if (k < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (k <= 0) return k == 0 ? 0 : 1;
        dp_proto_feed(p, buf, (size_t)k);
    }
}

int main(int argc, char **argv) {
    const char *port = NULL, *image = NULL;
    static sim_flash flash;
    static dp_store store;
    static dp_proto proto;
    static sim_io io;
    static dp_runner runner;
    static uint32_t model_copy[512u * 1024u / 4u];
    static int8_t arena[1024u * 1024u];
    static sim_chatter chat;
    static dp_stream infer_stream;
    static sim_ear ear = {.cfg = {3, 0, 5, 1000}, .mic = {.speed = 1.0}};
    const char *mic = NULL;
    dp_proto_config cfg = {"Nano33BLE-sim", 1, 1, 0, sim_send, sim_free_ram, &io, dp_runner_infer, &runner, &dp_runner_chunked,
                           on_listen, &ear};
    uint32_t kb = 512, arena_kb = 128;
    int crash = 0;
    for (int i = 1; i < argc; i++) {
        int more = i + 1 < argc;
        if (!strcmp(argv[i], "--port") && more) port = argv[++i];
        else if (!strcmp(argv[i], "--flash") && more) image = argv[++i];
        else if (!strcmp(argv[i], "--board") && more) cfg.board_name = argv[++i];
        else if (!strcmp(argv[i], "--fw") && more) parse_version(argv[++i], &cfg);
        else if (!strcmp(argv[i], "--flash-kb") && more) kb = (uint32_t)strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--arena-kb") && more) arena_kb = (uint32_t)strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--chatter") && more) chat.every_ms = (uint32_t)strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--crash-in-commit")) crash = 1;
        else if (!strcmp(argv[i], "--mic") && more) mic = argv[++i];
        else if (!strcmp(argv[i], "--mic-speed") && more) ear.mic.speed = strtod(argv[++i], NULL);
        else if (!strcmp(argv[i], "--average") && more) ear.cfg.average = (uint8_t)strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--threshold") && more) ear.cfg.threshold = (int8_t)strtol(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--every-frames") && more) ear.cfg.every_frames = (uint16_t)strtoul(argv[++i], NULL, 10);
        else if (!strcmp(argv[i], "--refractory-ms") && more) ear.cfg.refractory_ms = (uint32_t)strtoul(argv[++i], NULL, 10);
        else { fprintf(stderr, "unknown argument: %s\n", argv[i]); return 2; }
    }
    if (!port || !image || kb < 16 || kb % 8 || kb > 1024 || arena_kb > 1024) { fprintf(stderr, "usage: dartboard-sim --port PATH|- --flash IMAGE\n"); return 2; }
    if (ear.cfg.average < 1 || ear.cfg.average > DP_LISTEN_MAX_AVERAGE || ear.cfg.every_frames < 1 || ear.mic.speed < 0) {
        fprintf(stderr, "--average must be 1..%u, --every-frames >= 1, --mic-speed >= 0\n", DP_LISTEN_MAX_AVERAGE); return 2;
    }
    if (mic && sim_mic_load(&ear.mic, mic)) return 2;
    if (sim_flash_open(&flash, image, kb * 1024u, PAGE)) { perror(image); return 1; }
    flash.crash_in_commit = crash;
    if (open_port(port, &io)) return 1;
    dp_store_mount(&store, &flash.flash);
    dp_runner_init(&runner, arena, arena_kb * 1024u, model_copy, sizeof model_copy, NULL, NULL, NULL);
    runner.stream = &infer_stream;
    chat.runner = &runner;
    ear.runner = &runner;
    dp_proto_init(&proto, &cfg, &store);
    fprintf(stderr, "dartboard-sim: %s on %s, boot slot %d\n", cfg.board_name, port,
            store.active == DP_NO_SLOT ? -1 : store.active);
    int rc = serve(&proto, &io, &chat, &ear);
    sim_flash_close(&flash);
    return rc;
}
