/* QEMU (mps2-an386, Cortex-M4F) latency driver for the generated Dartboard C library: times one
 * kws_infer on the first embedded input and one clip of features (kws_features: every frame's
 * FFT, mel, log, DCT and quantization) with SysTick, and prints "infer N" / "features N" / "frames F"
 * in executed instructions, then "scores" and the inference's logits. Under qemu -icount shift=0 virtual time advances 1 ns per executed
 * instruction and SysTick counts the board's 25 MHz processor clock, so one tick = 40 instructions:
 * counts are multiples of 40 (checked against tools/qemu-m4-icount.sh's trace count). A Q15 front end's
 * features of the same clip follow as "q16" and the Q16 integers (exact: Q16 / 65536 is a float). */
#include <stdio.h>
#include <stdlib.h>
#include "kws.h"
#include "kws_frontend.h"
#include "inputs.h"

#define SYST_CSR (*(volatile uint32_t*)0xE000E010u)
#define SYST_RVR (*(volatile uint32_t*)0xE000E014u)
#define SYST_CVR (*(volatile uint32_t*)0xE000E018u)
#define INSTRUCTIONS_PER_TICK 40u

static int8_t scores[KWS_LABEL_COUNT];
static int8_t features[KWS_INPUT_SIZE];
static int16_t pcm[KWS_CLIP_SAMPLES];
#if KWS_FRONTEND_Q15
static float feats[KWS_INPUT_SIZE];
#endif

static uint32_t elapsed(uint32_t t0) { return ((t0 - SYST_CVR) & 0xFFFFFFu) * INSTRUCTIONS_PER_TICK; }

int main(void) {
    uint32_t t0, infer, fe, seed = 12345u;
    int i;
    for (i = 0; i < KWS_CLIP_SAMPLES; i++) {          /* deterministic noise, about -20 dBFS */
        seed = seed * 1664525u + 1013904223u;
        pcm[i] = (int16_t)((int32_t)(seed >> 16) - 32768) / 8;
    }
    SYST_RVR = 0xFFFFFFu;
    SYST_CVR = 0u;
    SYST_CSR = 5u;                                    /* enabled, processor clock, no interrupt */
    t0 = SYST_CVR;
    kws_infer(qemu_inputs[0], scores);
    infer = elapsed(t0);
    t0 = SYST_CVR;
    kws_features(pcm, features);
    fe = elapsed(t0);
    printf("infer %lu\nfeatures %lu\nframes %d\nscores", (unsigned long)infer, (unsigned long)fe, KWS_FRAMES);
    for (i = 0; i < KWS_LABEL_COUNT; i++) printf(" %d", scores[i]);
    printf("\n");
#if KWS_FRONTEND_Q15
    kws_frontend_compute(pcm, feats);
    printf("q16");
    for (i = 0; i < KWS_INPUT_SIZE; i++) printf(" %ld", (long)(feats[i] * 65536.0f));
    printf("\n");
#endif
    exit(0);
}
