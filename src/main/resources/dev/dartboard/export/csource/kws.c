#include <math.h>
#include "kws.h"
#include "kws_frontend.h"
#include "model.h"

static float feature_scratch[KWS_FEATURES];

void kws_quantize_features(const float* x, int8_t* features) {
    int i;
    for (i = 0; i < KWS_INPUT_SIZE; i++) {
        int32_t q = (int32_t)roundf(x[i] / KWS_INPUT_SCALE) + KWS_INPUT_ZERO_POINT;
        features[i] = (int8_t)(q < -128 ? -128 : (q > 127 ? 127 : q));
    }
}

/* Frame by frame, so only one frame of floats is ever held. */
void kws_features(const int16_t* pcm, int8_t* features) {
    int t, i;
    for (t = 0; t < KWS_FRAMES; t++) {
        kws_frontend_frame(pcm + t * KWS_HOP_SAMPLES, feature_scratch);
        for (i = 0; i < KWS_FEATURES; i++) {
            int32_t q = (int32_t)roundf(feature_scratch[i] / KWS_INPUT_SCALE) + KWS_INPUT_ZERO_POINT;
            features[t * KWS_FEATURES + i] = (int8_t)(q < -128 ? -128 : (q > 127 ? 127 : q));
        }
    }
}

int kws_infer(const int8_t* in, int8_t* scores) {
    int i, best = 0;
    model_run(in, scores);
    for (i = 1; i < KWS_LABEL_COUNT; i++) if (scores[i] > scores[best]) best = i;
    return best;
}
