/* Dartboard audio front end in C (float32), the computation of dev.dartboard.model.DataConfig:
 * frame t = pcm[t*hop, t*hop + win) / 32768 times a periodic Hann window, zero-padded to n_fft;
 * power spectrum by a radix-2 real FFT; HTK mel filterbank (sparse tables); ln(mel + 1e-6);
 * orthonormal DCT-II (MFCC) or the log-mel itself. Tables: kws_frontend_tables.c (generated).
 * Uses static scratch buffers: not reentrant. */
#ifndef KWS_FRONTEND_H
#define KWS_FRONTEND_H

#include <stdint.h>
#include "model_settings.h"

/* pcm: KWS_CLIP_SAMPLES samples at KWS_SAMPLE_RATE; out: KWS_FRAMES x KWS_FEATURES floats, row-major. */
void kws_frontend_compute(const int16_t* pcm, float* out);

/* One frame: pcm points at the frame's first sample (KWS_WINDOW_SAMPLES readable); out: KWS_FEATURES floats. */
void kws_frontend_frame(const int16_t* pcm, float* out);

#endif
