/* Dartboard streaming front end: PCM arrives in chunks of any size (e.g. from a PDM/DMA callback);
 * one feature frame is computed per hop, as soon as its window is complete, and appended to a rolling
 * int8 matrix of the last KWS_FRAMES frames (oldest first) that kws_infer reads directly.
 * Frame k covers stream samples [k*HOP, k*HOP + WINDOW), exactly as kws_features frames a clip: after
 * any clip of KWS_CLIP_SAMPLES samples pushed from a fresh state, the matrix equals kws_features(clip).
 * Memory: the state is caller-owned (no statics of its own): a window + hop PCM buffer and the matrix.
 * Not reentrant across threads: push from one context (e.g. loop(), not the interrupt). */
#ifndef KWS_STREAM_H
#define KWS_STREAM_H

#include <stdint.h>
#include "model_settings.h"

#define KWS_STREAM_PCM (KWS_WINDOW_SAMPLES + KWS_HOP_SAMPLES)

typedef struct {
    int16_t pcm[KWS_STREAM_PCM];             /* samples not yet consumed, oldest first */
    int32_t fill;                            /* valid samples in pcm */
    int32_t next;                            /* offset in pcm of the next frame's first sample */
    uint32_t frames;                         /* frames computed since kws_stream_init */
    int8_t features[KWS_INPUT_SIZE];         /* last KWS_FRAMES frames, quantized, oldest first */
} kws_stream_t;

void kws_stream_init(kws_stream_t* s);

/* Appends n samples; returns how many new frames were computed (0 .. n / hop + 1). */
int kws_stream_push(kws_stream_t* s, const int16_t* samples, int32_t n);

/* Nonzero once KWS_FRAMES frames exist (the matrix holds no start-up zeros). */
int kws_stream_ready(const kws_stream_t* s);

#endif
