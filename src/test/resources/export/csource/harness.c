/* Host test driver for the generated Dartboard C library.
 *   harness infer    < N int8 inputs (KWS_INPUT_SIZE bytes each)   → one line of logits per input
 *   harness features < N int16 LE clips (KWS_CLIP_SAMPLES each)    → per clip: a line of float features,
 *                                                                     then a line of int8 features */
#include <stdio.h>
#include <string.h>
#include "kws.h"
#include "kws_frontend.h"

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

static void infer(void) {
    int i;
    int8_t scores[KWS_LABEL_COUNT];
    while (fread(q, 1, KWS_INPUT_SIZE, stdin) == KWS_INPUT_SIZE) {
        kws_infer(q, scores);
        for (i = 0; i < KWS_LABEL_COUNT; i++) printf(i ? " %d" : "%d", scores[i]);
        printf("\n");
    }
}

int main(int argc, char** argv) {
    if (argc > 1 && strcmp(argv[1], "features") == 0) features(); else infer();
    return 0;
}
