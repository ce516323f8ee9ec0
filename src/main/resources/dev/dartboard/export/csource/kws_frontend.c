/* See kws_frontend.h. Real FFT of n_fft points as a complex FFT of n_fft/2 points
 * (z[n] = x[2n] + i x[2n+1]) followed by the split step. */
#include <math.h>
#include "kws_frontend.h"
#include "kws_frontend_tables.h"

#define HALF (KWS_FFT_SIZE / 2)

static float buf[KWS_FFT_SIZE];      /* HALF complex values, interleaved re, im */
static float power[HALF + 1];
static float mel[KWS_MEL_BINS];

/* In-place radix-2 DIT complex FFT of HALF points; twiddles e^{-2 pi i k / HALF} = table[2k]. */
static void fft_half(void) {
    int i, j = 0, len, k;
    for (i = 1; i < HALF; i++) {
        int bit = HALF >> 1;
        for (; j & bit; bit >>= 1) j ^= bit;
        j ^= bit;
        if (i < j) {
            float tr = buf[2 * i], ti = buf[2 * i + 1];
            buf[2 * i] = buf[2 * j]; buf[2 * i + 1] = buf[2 * j + 1];
            buf[2 * j] = tr; buf[2 * j + 1] = ti;
        }
    }
    /* Twiddle-outer order: each twiddle is loaded once per stage; the butterfly's arithmetic is unchanged. */
    for (len = 2; len <= HALF; len <<= 1) {
        int step = KWS_FFT_SIZE / len;            /* index into the n_fft twiddle table */
        for (k = 0; k < len / 2; k++) {
            float wr = kws_twiddle_cos[k * step], wi = -kws_twiddle_sin[k * step];
            float* a = buf + 2 * k;
            float* const end = buf + 2 * HALF;
            for (; a < end; a += 2 * len) {
                float* b = a + len;
                float ar = a[0], ai = a[1], br = b[0], bi = b[1];
                float xr = br * wr - bi * wi, xi = br * wi + bi * wr;
                b[0] = ar - xr; b[1] = ai - xi;
                a[0] = ar + xr; a[1] = ai + xi;
            }
        }
    }
}

/* power[k] = |X[k]|^2 for k = 0..HALF from Z = FFT_HALF(z). */
static void split_power(void) {
    int k;
    for (k = 0; k <= HALF; k++) {
        int a = k % HALF, b = (HALF - k) % HALF;
        float zr = buf[2 * a], zi = buf[2 * a + 1], cr = buf[2 * b], ci = -buf[2 * b + 1];
        float er = 0.5f * (zr + cr), ei = 0.5f * (zi + ci);       /* even part */
        float dr = 0.5f * (zr - cr), di = 0.5f * (zi - ci);       /* odd part times i */
        float wr = k < HALF ? kws_twiddle_cos[k] : -1.0f, wi = k < HALF ? -kws_twiddle_sin[k] : 0.0f;
        /* X = E - i W D */
        float tr = wr * dr - wi * di, ti = wr * di + wi * dr;
        float xr = er + ti, xi = ei - tr;
        power[k] = xr * xr + xi * xi;
    }
}

/* The stages of one frame, in order (bench/device-speed.sh times each on its own). */
static void fe_window(const int16_t* pcm) {
    int i;
    for (i = 0; i < KWS_WINDOW_SAMPLES; i++) buf[i] = (pcm[i] / 32768.0f) * kws_window[i];  /* even i → re, odd → im */
    for (; i < KWS_FFT_SIZE; i++) buf[i] = 0.0f;
}

static void fe_mel(void) {
    int i, j;
    for (j = 0; j < KWS_MEL_BINS; j++) {
        float s = 0.0f;
        int first = kws_mel_first[j];
        for (i = kws_mel_offset[j]; i < kws_mel_offset[j + 1]; i++) s += kws_mel_weights[i] * power[first + i - kws_mel_offset[j]];
        mel[j] = s;
    }
}

static void fe_log(void) {
    int j;
    for (j = 0; j < KWS_MEL_BINS; j++) mel[j] = logf(mel[j] + KWS_LOG_OFFSET);
}

static void fe_dct(float* out) {
    int i, j;
#if KWS_FEATURE_MFCC
    for (i = 0; i < KWS_MFCC_COEFFS; i++) {
        float s = 0.0f;
        for (j = 0; j < KWS_MEL_BINS; j++) s += kws_dct[i * KWS_MEL_BINS + j] * mel[j];
        out[i] = s;
    }
#else
    (void)i;
    for (j = 0; j < KWS_MEL_BINS; j++) out[j] = mel[j];
#endif
}

void kws_frontend_frame(const int16_t* pcm, float* out) {
    fe_window(pcm);
    fft_half();
    split_power();
    fe_mel();
    fe_log();
    fe_dct(out);
}

void kws_frontend_compute(const int16_t* pcm, float* out) {
    int t;
    for (t = 0; t < KWS_FRAMES; t++) kws_frontend_frame(pcm + t * KWS_HOP_SAMPLES, out + t * KWS_FEATURES);
}
