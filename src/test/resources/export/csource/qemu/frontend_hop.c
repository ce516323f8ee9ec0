/* QEMU (mps2-an386) driver of bench/device-speed.sh: the instructions of one front-end hop of the
 * generated C library, stage by stage. Includes kws_frontend.c to reach its static stage functions;
 * each stage runs REPS times on the same deterministic noise window and is timed with SysTick as in
 * latency.c (one tick = 40 instructions under -icount shift=0; the per-stage mean is exact to 40 / REPS).
 * Prints "stage NAME N" per stage, "hop N" for kws_frontend_frame plus one frame's quantization
 * (what kws_stream_push does every hop, without the matrix shift), and "frames F". Built with -DFE_BEFORE
 * against the front end before the radix-4 rewrite (its stage functions had other names). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "kws_frontend.c"
#ifdef FE_BEFORE                 /* kws_frontend.c as of commit 5423405 (bench/device-speed.sh's "before") */
#define fe_power split_power
#endif
#include "kws.h"

#define SYST_CSR (*(volatile uint32_t*)0xE000E010u)
#define SYST_RVR (*(volatile uint32_t*)0xE000E014u)
#define SYST_CVR (*(volatile uint32_t*)0xE000E018u)
#define INSTRUCTIONS_PER_TICK 40u
#define REPS 40

static int16_t pcm[KWS_WINDOW_SAMPLES];
static float out[KWS_FEATURES];
static volatile int8_t q[KWS_FEATURES];        /* volatile: kept though never read */
static volatile uint32_t t0;

static uint32_t elapsed(void) { return ((t0 - SYST_CVR) & 0xFFFFFFu) * INSTRUCTIONS_PER_TICK; }
#define TIME(var, call) do { int r_; t0 = SYST_CVR; for (r_ = 0; r_ < REPS; r_++) { call; } var = elapsed() / REPS; } while (0)

static void quantize(void) {
    int i;
    for (i = 0; i < KWS_FEATURES; i++) {
        int32_t v = (int32_t)roundf(out[i] / KWS_INPUT_SCALE) + KWS_INPUT_ZERO_POINT;
        q[i] = (int8_t)(v < -128 ? -128 : (v > 127 ? 127 : v));
    }
}

int main(void) {
    uint32_t seed = 12345u, w, f, p, m, l, d, qu, hop;
    int i;
    for (i = 0; i < KWS_WINDOW_SAMPLES; i++) {        /* deterministic noise, about -20 dBFS, as latency.c */
        seed = seed * 1664525u + 1013904223u;
        pcm[i] = (int16_t)((int32_t)(seed >> 16) - 32768) / 8;
    }
    SYST_RVR = 0xFFFFFFu;
    SYST_CVR = 0u;
    SYST_CSR = 5u;
    TIME(w, fe_window(pcm));
    TIME(f, fe_window(pcm); fft_half());               /* the window is re-applied: fft is in place */
    TIME(p, fe_power());
    TIME(m, fe_mel());
    TIME(l, fe_mel(); fe_log());                       /* the mel sums are re-made: log is in place */
    TIME(d, fe_dct(out));
    TIME(qu, quantize());
    TIME(hop, kws_frontend_frame(pcm, out); quantize());
    printf("stage window %lu\nstage fft %lu\nstage power %lu\nstage mel %lu\nstage log %lu\nstage dct %lu\nstage quantize %lu\n",
           (unsigned long)w, (unsigned long)(f - w), (unsigned long)p, (unsigned long)m, (unsigned long)(l - m), (unsigned long)d,
           (unsigned long)qu);
    printf("hop %lu\nframes %d\n", (unsigned long)hop, KWS_FRAMES);
    exit(0);
}
