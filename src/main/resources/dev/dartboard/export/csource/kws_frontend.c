/* See kws_frontend.h. Real FFT of n_fft points as a complex FFT of n_fft/2 points
 * (z[n] = x[2n] + i x[2n+1]) followed by the split step. One hop, stage by stage:
 *   fe_window  window × pcm (the / 32768 is in fe_power), stored at bit-reversed positions (kws_fft_slot; no
 *              separate reversal pass), with
 *              the first radix-2 stage when log2(n_fft/2) is odd
 *   fft_half   radix-4 decimation-in-time stages; twiddles read in order from a const table made at
 *              export time (kws_fft_twiddles), no trig at run time
 *   fe_power   split step, bins k and n_fft/2 - k from one pair of loads; |X|^2
 *   fe_mel     sparse rows: each filter sums only its non-zero weights
 *   fe_log     ln by exponent + atanh series (|error| < 2e-7 absolute), no libm
 *   fe_dct     precomputed DCT-II matrix (MFCC) or the log-mel itself
 * The float results differ from the Java FeatureExtractor's by rounding only (CLibraryHostTest). */
#include <string.h>
#include "kws_frontend.h"
#include "kws_frontend_tables.h"

#define HALF (KWS_FFT_SIZE / 2)
#define QUARTER (KWS_FFT_SIZE / 4)

static float buf[KWS_FFT_SIZE];      /* HALF complex values, interleaved re, im */
static float power[HALF + 1];
static float mel[KWS_MEL_BINS];

#define ODD_LOG2_HALF ((HALF & 0xAAAAAAAA) != 0)

#if defined(__GNUC__)
#define KWS_FE_INLINE static inline __attribute__((always_inline))
#else
#define KWS_FE_INLINE static inline
#endif

/* x[2n] + i x[2n+1] of the windowed frame times 32768 (zero past the window): the FFT is linear and
 * scaling by a power of two is exact, so the 1 / 32768 of the PCM is applied once, on the power. */
KWS_FE_INLINE void z_at(const int16_t* pcm, int n, float* re, float* im) {
    *re = 2 * n < KWS_WINDOW_SAMPLES ? pcm[2 * n] * kws_window[2 * n] : 0.0f;
    *im = 2 * n + 1 < KWS_WINDOW_SAMPLES ? pcm[2 * n + 1] * kws_window[2 * n + 1] : 0.0f;
}

#if ODD_LOG2_HALF
/* n < PAIRED: z[n + HALF/2] may be non-zero. */
#define PAIRED (KWS_WINDOW_SAMPLES > HALF ? (KWS_WINDOW_SAMPLES - HALF + 1) / 2 : 0)

/* The FFT's input in bit-reversed order with its first radix-2 stage (twiddle 1) done: slots j and
 * j + 1 (j = 2 rev(n), rev in log2(HALF) - 1 bits; kws_fft_slot[n] = 2 j) hold z[n] ± z[n + HALF/2]. */
static void fe_window(const int16_t* pcm) {
    int n;
    for (n = 0; n < HALF / 2; n++) {
        float ar, ai;
        float* s = buf + kws_fft_slot[n];
        z_at(pcm, n, &ar, &ai);
        if (n < PAIRED) {
            float br, bi;
            z_at(pcm, n + HALF / 2, &br, &bi);
            s[0] = ar + br; s[1] = ai + bi; s[2] = ar - br; s[3] = ai - bi;
        } else {
            s[0] = ar; s[1] = ai; s[2] = ar; s[3] = ai;          /* z[n + HALF/2] = 0 */
        }
    }
}
#else
/* The FFT's input in bit-reversed order: z[n] at slot rev(n), rev in log2(HALF) bits (kws_fft_slot[n] = 2 rev(n)). */
static void fe_window(const int16_t* pcm) {
    int n;
    for (n = 0; n < HALF; n++) z_at(pcm, n, buf + kws_fft_slot[n], buf + kws_fft_slot[n] + 1);
}
#endif

/* The additions of one radix-4 butterfly: a at p, b, c, d (already times W^2k, W^k, W^3k) at
 * p + 2 len, p + 4 len, p + 6 len (floats). */
KWS_FE_INLINE void radix4(float* p, int len, float br, float bi, float cr, float ci, float dr, float di) {
    float* pb = p + 2 * len;
    float* pc = p + 4 * len;
    float* pd = p + 6 * len;
    float ar = p[0], ai = p[1];
    float sr = ar + br, si = ai + bi, tr = ar - br, ti = ai - bi;      /* a ± b */
    float ur = cr + dr, ui = ci + di, vr = cr - dr, vi = ci - di;      /* c ± d */
    p[0] = sr + ur; p[1] = si + ui;                                    /* q = 0 */
    pb[0] = tr + vi; pb[1] = ti - vr;                                  /* q = 1: -i (c - d) */
    pc[0] = sr - ur; pc[1] = si - ui;                                  /* q = 2 */
    pd[0] = tr - vi; pd[1] = ti + vr;                                  /* q = 3: +i (c - d) */
}

/* In place: radix-4 DIT of HALF points on bit-reversed input. A radix-4 stage merges four DFTs of len
 * points (a, b, c, d: of x[4n], x[4n+2], x[4n+1], x[4n+3]) into one of 4 len points:
 * X[k + q len] = (a + W^2k b) + (-i)^q W^k c + i^q W^3k d,  W = e^{-2 pi i / (4 len)}. */
static void fft_half(void) {
    float* const end = buf + 2 * HALF;
    int len = ODD_LOG2_HALF ? 2 : 1, k;           /* an odd log2(HALF)'s radix-2 stage is in fe_window */
    const float* tw = kws_fft_twiddles;           /* stage by stage, k by k (FftTables.java) */
    float* p;
    for (; len < HALF; len *= 4) {
        for (p = buf; p < end; p += 8 * len)     /* k = 0: all twiddles 1 */
            radix4(p, len, p[2 * len], p[2 * len + 1], p[4 * len], p[4 * len + 1], p[6 * len], p[6 * len + 1]);
        for (k = 1; k < len; k++, tw += 6) {
            /* W^jk = c - i s, (c, s) = tw[2j - 2], tw[2j - 1]: cos, sin of 2 pi j k step / n_fft */
            float w1r = tw[0], w1s = tw[1], w2r = tw[2], w2s = tw[3], w3r = tw[4], w3s = tw[5];
            for (p = buf + 2 * k; p < end; p += 8 * len) {
                const float* pb = p + 2 * len;
                const float* pc = p + 4 * len;
                const float* pd = p + 6 * len;
                radix4(p, len, pb[0] * w2r + pb[1] * w2s, pb[1] * w2r - pb[0] * w2s,
                       pc[0] * w1r + pc[1] * w1s, pc[1] * w1r - pc[0] * w1s,
                       pd[0] * w3r + pd[1] * w3s, pd[1] * w3r - pd[0] * w3s);
            }
        }
    }
}

/* power[k] = |X[k]|^2, k = 0..HALF, from Z = FFT_HALF(z): with E = Z[k] + conj Z[HALF-k],
 * D = Z[k] - conj Z[HALF-k] and T = W^k D (W = e^{-2 pi i / n_fft}), X[k] = (E - i T) / 2 and
 * X[HALF-k] = (conj E - i conj T) / 2. The halving and the PCM's 1 / 32768 are one exact * 2^-32 on the squares. */
#define POWER_SCALE 0x1p-32f                     /* (1 / 2 / 32768)^2 */
static void fe_power(void) {
    int k;
    float zr = buf[0], zi = buf[1];
    power[0] = POWER_SCALE * 4.0f * ((zr + zi) * (zr + zi));
    power[HALF] = POWER_SCALE * 4.0f * ((zr - zi) * (zr - zi));
    for (k = 1; k <= QUARTER; k++) {
        const float* z = buf + 2 * k;
        const float* c = buf + 2 * (HALF - k);
        float er = z[0] + c[0], ei = z[1] - c[1], dr = z[0] - c[0], di = z[1] + c[1];
        float wr = kws_twiddle_cos[k], wi = -kws_twiddle_sin[k];
        float tr = wr * dr - wi * di, ti = wr * di + wi * dr;
        float xr = er + ti, xi = ei - tr, yr = er - ti, yi = ei + tr;
        power[k] = POWER_SCALE * (xr * xr + xi * xi);
        power[HALF - k] = POWER_SCALE * (yr * yr + yi * yi);
    }
}

static void fe_mel(void) {
    const float* w = kws_mel_weights;
    int j;
    for (j = 0; j < KWS_MEL_BINS; j++) {
        const float* p = power + kws_mel_first[j];
        const float* const w_end = kws_mel_weights + kws_mel_offset[j + 1];
        float s = 0.0f;
        while (w < w_end) s += *w++ * *p++;
        mel[j] = s;
    }
}

/* ln(x) for x >= 1e-6: x = 2^e m with m in [sqrt(1/2), sqrt(2)); ln m = 2 atanh(s), s = (m - 1) / (m + 1),
 * |s| < 0.1716, by its series to s^9 (truncation < 2e-9). */
static float fast_ln(float x) {
    uint32_t u, t;
    int32_t e;
    float m, s, s2;
    memcpy(&u, &x, 4);
    t = u - 0x3F3504F3u;                                  /* bits of sqrt(1/2) */
    e = (int32_t)t >> 23;
    u -= t & 0xFF800000u;                                 /* m = x / 2^e */
    memcpy(&m, &u, 4);
    s = (m - 1.0f) / (m + 1.0f);
    s2 = s * s;
    return (float)e * 0.693147181f + 2.0f * s * (1.0f + s2 * (1.0f / 3 + s2 * (1.0f / 5 + s2 * (1.0f / 7 + s2 * (1.0f / 9)))));
}

static void fe_log(void) {
    int j;
    for (j = 0; j < KWS_MEL_BINS; j++) mel[j] = fast_ln(mel[j] + KWS_LOG_OFFSET);
}

static void fe_dct(float* out) {
#if KWS_FEATURE_MFCC
    const float* d = kws_dct;
    int i, j;
    for (i = 0; i < KWS_MFCC_COEFFS; i++) {
        float s = 0.0f;
        for (j = 0; j < KWS_MEL_BINS; j++) s += *d++ * mel[j];
        out[i] = s;
    }
#else
    memcpy(out, mel, sizeof mel);
#endif
}

void kws_frontend_frame(const int16_t* pcm, float* out) {
    fe_window(pcm);
    fft_half();
    fe_power();
    fe_mel();
    fe_log();
    fe_dct(out);
}

void kws_frontend_compute(const int16_t* pcm, float* out) {
    int t;
    for (t = 0; t < KWS_FRAMES; t++) kws_frontend_frame(pcm + t * KWS_HOP_SAMPLES, out + t * KWS_FEATURES);
}
