/* Dartboard keyword spotter: the whole library's API. Generated for one trained model;
 * constants in model_settings.h. Not reentrant (static buffers); no heap. */
#ifndef KWS_H
#define KWS_H

#include <stdint.h>
#include "model_settings.h"

/* pcm: KWS_CLIP_SAMPLES int16 samples at KWS_SAMPLE_RATE (caller-owned, read only).
 * features: KWS_INPUT_SIZE int8, row-major frames x features, quantized with
 * KWS_INPUT_SCALE / KWS_INPUT_ZERO_POINT: q = clamp(round(x / scale) + zp). */
void kws_features(const int16_t* pcm, int8_t* features);

/* in: KWS_INPUT_SIZE int8 features; scores: KWS_LABEL_COUNT int8 logits
 * (real = KWS_OUTPUT_SCALE * (q - KWS_OUTPUT_ZERO_POINT)). Returns the argmax label index. */
int kws_infer(const int8_t* in, int8_t* scores);

/* Quantizes KWS_INPUT_SIZE float features (as kws_features does). */
void kws_quantize_features(const float* x, int8_t* features);

#endif
