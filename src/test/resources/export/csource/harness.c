/* Host test driver for the generated Dartboard C library.
 *   harness infer    < N int8 inputs (KWS_INPUT_SIZE bytes each)   → one line of logits per input
 *   harness features < N int16 LE clips (KWS_CLIP_SAMPLES each)    → per clip: a line of float features,
 *                                                                     then a line of int8 features
 *   harness stream   < N int16 LE clips                            → per clip: the int8 matrix of a fresh
 *                                                                     kws_stream fed the clip in uneven chunks
 *   harness plan                                                   → "N T S": the radix-4 twiddles' float count,
 *                                                                     then 1 if kws_fe_plan (the firmware's run-time
 *                                                                     plan) made the export's kws_fft_twiddles and
 *                                                                     kws_fft_slot bit for bit, else 0 */
#include <stdio.h>
#include <string.h>
#include "kws.h"
#include "kws_frontend.h"
#include "kws_stream.h"
#include "kws_fe_core.h"
#include "kws_frontend_tables.h"

static int16_t pcm[KWS_CLIP_SAMPLES];
static float feats[KWS_INPUT_SIZE];
static int8_t q[KWS_INPUT_SIZE];

static void features(void) {
    int i;
    while (fread(pcm, sizeof(int16_t), KWS_CLIP_SAMPLES, stdin) == KWS_CLIP_SAMPLES) {
        kws_frontend_compute(pcm, feats);
        kws_features(pcm, q);
        for (i = 0; i < KWS_INPUT_SIZE; i++) printf(i ? " %.9g" : "%.9g", feats[i]);
        printf("\n");
        for (i = 0; i < KWS_INPUT_SIZE; i++) printf(i ? " %d" : "%d", q[i]);
        printf("\n");
    }
}

static kws_stream_t stream;

/* Chunks of 1, 7, 160, 333, 1000, 1, ... samples: every slide and boundary case of the PCM buffer. */
static void streamed(void) {
    static const int32_t chunks[] = {1, 7, 160, 333, 1000, 1, 4096, 64};
    int i, k = 0;
    while (fread(pcm, sizeof(int16_t), KWS_CLIP_SAMPLES, stdin) == KWS_CLIP_SAMPLES) {
        int32_t at = 0;
        kws_stream_init(&stream);
        while (at < KWS_CLIP_SAMPLES) {
            int32_t n = chunks[k++ % 8];
            if (n > KWS_CLIP_SAMPLES - at) n = KWS_CLIP_SAMPLES - at;
            kws_stream_push(&stream, pcm + at, n);
            at += n;
        }
        printf("%d %u", kws_stream_ready(&stream), (unsigned)stream.frames);
        for (i = 0; i < KWS_INPUT_SIZE; i++) printf(" %d", stream.features[i]);
        printf("\n");
    }
}

static void infer(void) {
    int i;
    int8_t scores[KWS_LABEL_COUNT];
    while (fread(q, 1, KWS_INPUT_SIZE, stdin) == KWS_INPUT_SIZE) {
        kws_infer(q, scores);
        for (i = 0; i < KWS_LABEL_COUNT; i++) printf(i ? " %d" : "%d", scores[i]);
        printf("\n");
    }
}

#if KWS_FRONTEND_Q15
static void plan(void) { printf("0 1 1\n"); }   /* the Q15 tables are the export's only (no run-time plan yet) */
#else
static void plan(void) {
    static float tw[KWS_FFT_SIZE];
    static uint16_t slot[KWS_FFT_SIZE / 2];
    const int half = KWS_FFT_SIZE / 2, odd = kws_fe_odd_log2(KWS_FFT_SIZE / 2);
    int len, n = 0, slots = odd ? half / 2 : half;
    kws_fe_plan(half, kws_twiddle_cos, kws_twiddle_sin, tw, slot);
    for (len = odd ? 2 : 1; len < half; len *= 4) n += 6 * (len - 1);
    printf("%d %d %d\n", n, memcmp(tw, kws_fft_twiddles, (size_t)n * sizeof(float)) == 0,
           memcmp(slot, kws_fft_slot, (size_t)slots * sizeof(uint16_t)) == 0);
}
#endif

int main(int argc, char** argv) {
    if (argc > 1 && strcmp(argv[1], "features") == 0) features();
    else if (argc > 1 && strcmp(argv[1], "stream") == 0) streamed();
    else if (argc > 1 && strcmp(argv[1], "plan") == 0) plan();
    else infer();
    return 0;
}
