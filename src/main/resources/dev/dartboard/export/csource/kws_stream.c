/* See kws_stream.h. The PCM buffer slides: when full, the unconsumed tail (< one window) moves to the front.
 * Invariant after each push step: fill - next < KWS_WINDOW_SAMPLES, and next + window <= capacity. */
#include <math.h>
#include <string.h>
#include "kws.h"
#include "kws_frontend.h"
#include "kws_stream.h"

static float frame_scratch[KWS_FEATURES];

void kws_stream_init(kws_stream_t* s) {
    memset(s, 0, sizeof(*s));
}

/* Computes the frame at s->next, shifts the matrix up one row and quantizes the frame into the last row. */
static void emit_frame(kws_stream_t* s) {
    int i;
    int8_t* row = s->features + (KWS_FRAMES - 1) * KWS_FEATURES;
    kws_frontend_frame(s->pcm + s->next, frame_scratch);
    memmove(s->features, s->features + KWS_FEATURES, (KWS_FRAMES - 1) * KWS_FEATURES);
    for (i = 0; i < KWS_FEATURES; i++) {
        int32_t q = (int32_t)roundf(frame_scratch[i] / KWS_INPUT_SCALE) + KWS_INPUT_ZERO_POINT;
        row[i] = (int8_t)(q < -128 ? -128 : (q > 127 ? 127 : q));
    }
    s->next += KWS_HOP_SAMPLES;
    s->frames++;
}

int kws_stream_push(kws_stream_t* s, const int16_t* samples, int32_t n) {
    int made = 0;
    while (n > 0) {
        int32_t room, take;
        if (s->fill == KWS_STREAM_PCM) {          /* slide: keep what the next frames still need */
            int32_t keep = s->fill - s->next;     /* < 0 only when hop > window: samples to skip */
            if (keep > 0) memmove(s->pcm, s->pcm + s->next, (size_t)keep * sizeof(int16_t));
            s->fill = keep > 0 ? keep : 0;
            s->next = keep < 0 ? -keep : 0;
        }
        room = KWS_STREAM_PCM - s->fill;
        take = n < room ? n : room;
        memcpy(s->pcm + s->fill, samples, (size_t)take * sizeof(int16_t));
        s->fill += take;
        samples += take;
        n -= take;
        while (s->fill - s->next >= KWS_WINDOW_SAMPLES) {
            emit_frame(s);
            made++;
        }
    }
    return made;
}

int kws_stream_ready(const kws_stream_t* s) {
    return s->frames >= KWS_FRAMES;
}
