/* The arithmetic of one front-end hop, shared by the C export (kws_frontend.c: sizes from model_settings.h,
 * tables in flash made at export by FftTables / FrontendTablesWriter) and the firmware (firmware/core/
 * dp_frontend.c: sizes and tables from a model blob, the FFT plan made by kws_fe_plan at open), so both
 * compute the same floats. Real FFT of n_fft = 2 half points as a complex FFT of half points
 * (z[n] = x[2n] + i x[2n+1]) followed by the split step:
 *   kws_fe_window  window × pcm (the / 32768 is in kws_fe_power), stored at bit-reversed positions (slot
 *                  table; no separate reversal pass), with the first radix-2 stage when log2(half) is odd
 *   kws_fe_fft     radix-4 decimation-in-time stages; twiddles read in order from a table, no trig
 *   kws_fe_power   split step, bins k and half - k from one pair of loads; |X|^2
 *   kws_fe_mel     sparse rows: each filter sums only its non-zero weights
 *   kws_fe_log     ln by exponent + atanh series (|error| < 2e-7 absolute), no libm
 *   kws_fe_dct     precomputed DCT-II matrix (MFCC)
 * Every function is inlined (GCC: always), so constant sizes fold as if written for one configuration.
 * The float results differ from the Java FeatureExtractor's by rounding only (CLibraryHostTest). */
#ifndef KWS_FE_CORE_H
#define KWS_FE_CORE_H

#include <stdint.h>
#include <string.h>

#if defined(__GNUC__)
#define KWS_FE_INLINE static inline __attribute__((always_inline))
#else
#define KWS_FE_INLINE static inline
#endif

/* 1 if log2(half) is odd (half a power of two >= 2). */
KWS_FE_INLINE int kws_fe_odd_log2(uint32_t half) {
    return (half & 0xAAAAAAAAu) != 0;
}

/* x[2n] + i x[2n+1] of the windowed frame times 32768 (zero past the window): the FFT is linear and
 * scaling by a power of two is exact, so the 1 / 32768 of the PCM is applied once, on the power. */
KWS_FE_INLINE void kws_fe_z(const int16_t* pcm, const float* win, int window, int n, float* re, float* im) {
    *re = 2 * n < window ? pcm[2 * n] * win[2 * n] : 0.0f;
    *im = 2 * n + 1 < window ? pcm[2 * n + 1] * win[2 * n + 1] : 0.0f;
}

/* The FFT's input in bit-reversed order. Odd log2(half): slots j and j + 1 (j = 2 rev(n), rev in
 * log2(half) - 1 bits; slot[n] = 2 j, n < half / 2) hold z[n] ± z[n + half/2], the first radix-2
 * stage done. Even: z[n] at slot[n] = 2 rev(n), rev in log2(half) bits, n < half. */
KWS_FE_INLINE void kws_fe_window(float* buf, const int16_t* pcm, const float* win, int window, int half, int odd,
                                 const uint16_t* slot) {
    int n;
    if (odd) {
        int paired = window > half ? (window - half + 1) / 2 : 0;    /* n < paired: z[n + half/2] may be non-zero */
        for (n = 0; n < half / 2; n++) {
            float ar, ai;
            float* s = buf + slot[n];
            kws_fe_z(pcm, win, window, n, &ar, &ai);
            if (n < paired) {
                float br, bi;
                kws_fe_z(pcm, win, window, n + half / 2, &br, &bi);
                s[0] = ar + br; s[1] = ai + bi; s[2] = ar - br; s[3] = ai - bi;
            } else {
                s[0] = ar; s[1] = ai; s[2] = ar; s[3] = ai;          /* z[n + half/2] = 0 */
            }
        }
    } else {
        for (n = 0; n < half; n++) kws_fe_z(pcm, win, window, n, buf + slot[n], buf + slot[n] + 1);
    }
}

/* The additions of one radix-4 butterfly: a at p, b, c, d (already times W^2k, W^k, W^3k) at
 * p + 2 len, p + 4 len, p + 6 len (floats). */
KWS_FE_INLINE void kws_fe_radix4(float* p, int len, float br, float bi, float cr, float ci, float dr, float di) {
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

/* In place: radix-4 DIT of half points on the bit-reversed input of kws_fe_window. A radix-4 stage merges
 * four DFTs of len points (a, b, c, d: of x[4n], x[4n+2], x[4n+1], x[4n+3]) into one of 4 len points:
 * X[k + q len] = (a + W^2k b) + (-i)^q W^k c + i^q W^3k d,  W = e^{-2 pi i / (4 len)}.
 * tw: per stage (len = 2 if odd else 1, times 4, below half) and k = 1 .. len - 1, six floats: cos, sin
 * of 2 pi j k step / n_fft for j = 1, 2, 3 (step = n_fft / (4 len)); W^jk = cos - i sin. */
KWS_FE_INLINE void kws_fe_fft(float* buf, int half, int odd, const float* tw) {
    float* const end = buf + 2 * half;
    int len = odd ? 2 : 1, k;                     /* an odd log2(half)'s radix-2 stage is in kws_fe_window */
    float* p;
    for (; len < half; len *= 4) {
        for (p = buf; p < end; p += 8 * len)     /* k = 0: all twiddles 1 */
            kws_fe_radix4(p, len, p[2 * len], p[2 * len + 1], p[4 * len], p[4 * len + 1], p[6 * len], p[6 * len + 1]);
        for (k = 1; k < len; k++, tw += 6) {
            float w1r = tw[0], w1s = tw[1], w2r = tw[2], w2s = tw[3], w3r = tw[4], w3s = tw[5];
            for (p = buf + 2 * k; p < end; p += 8 * len) {
                const float* pb = p + 2 * len;
                const float* pc = p + 4 * len;
                const float* pd = p + 6 * len;
                kws_fe_radix4(p, len, pb[0] * w2r + pb[1] * w2s, pb[1] * w2r - pb[0] * w2s,
                              pc[0] * w1r + pc[1] * w1s, pc[1] * w1r - pc[0] * w1s,
                              pd[0] * w3r + pd[1] * w3s, pd[1] * w3r - pd[0] * w3s);
            }
        }
    }
}

/* power[k] = |X[k]|^2, k = 0..half, from Z = FFT_half(z): with E = Z[k] + conj Z[half-k],
 * D = Z[k] - conj Z[half-k] and T = W^k D (W = e^{-2 pi i / n_fft}; cos, sin of 2 pi k / n_fft, k <= half/2),
 * X[k] = (E - i T) / 2 and X[half-k] = (conj E - i conj T) / 2. The halving and the PCM's 1 / 32768 are
 * one exact * 2^-32 on the squares. */
KWS_FE_INLINE void kws_fe_power(const float* buf, float* power, int half, const float* cos, const float* sin) {
    const float scale = 0x1p-32f;                /* (1 / 2 / 32768)^2 */
    int k;
    float zr = buf[0], zi = buf[1];
    power[0] = scale * 4.0f * ((zr + zi) * (zr + zi));
    power[half] = scale * 4.0f * ((zr - zi) * (zr - zi));
    for (k = 1; k <= half / 2; k++) {
        const float* z = buf + 2 * k;
        const float* c = buf + 2 * (half - k);
        float er = z[0] + c[0], ei = z[1] - c[1], dr = z[0] - c[0], di = z[1] + c[1];
        float wr = cos[k], wi = -sin[k];
        float tr = wr * dr - wi * di, ti = wr * di + wi * dr;
        float xr = er + ti, xi = ei - tr, yr = er - ti, yi = ei + tr;
        power[k] = scale * (xr * xr + xi * xi);
        power[half - k] = scale * (yr * yr + yi * yi);
    }
}

/* mel[j] = sum of weights[offset[j] ..< offset[j+1]] times power[first[j] ..]; offset[0] = 0. */
KWS_FE_INLINE void kws_fe_mel(const float* power, float* mel, int bins, const uint16_t* first, const uint16_t* offset,
                              const float* weights) {
    const float* w = weights;
    int j;
    for (j = 0; j < bins; j++) {
        const float* p = power + first[j];
        const float* const w_end = weights + offset[j + 1];
        float s = 0.0f;
        while (w < w_end) s += *w++ * *p++;
        mel[j] = s;
    }
}

/* ln(x) for x >= 1e-6: x = 2^e m with m in [sqrt(1/2), sqrt(2)); ln m = 2 atanh(s), s = (m - 1) / (m + 1),
 * |s| < 0.1716, by its series to s^9 (truncation < 2e-9). */
KWS_FE_INLINE float kws_fe_ln(float x) {
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

/* mel[j] = ln(mel[j] + offset) in place. */
KWS_FE_INLINE void kws_fe_log(float* mel, int bins, float offset) {
    int j;
    for (j = 0; j < bins; j++) mel[j] = kws_fe_ln(mel[j] + offset);
}

/* out[i] = sum over j of dct[i bins + j] mel[j], i < coeffs. */
KWS_FE_INLINE void kws_fe_dct(const float* mel, float* out, int coeffs, int bins, const float* dct) {
    int i, j;
    for (i = 0; i < coeffs; i++) {
        float s = 0.0f;
        for (j = 0; j < bins; j++) s += *dct++ * mel[j];
        out[i] = s;
    }
}

/* The tables of kws_fe_window and kws_fe_fft for half points, from cos / sin of 2 pi k / n_fft (k < half),
 * as FftTables.java makes them at export: tw gets 6 floats per radix-4 k (fewer than 2 half floats in all),
 * slot half / 2 (odd log2(half)) or half entries. Past a half turn both are negated (exact). */
KWS_FE_INLINE void kws_fe_plan(int half, const float* cos, const float* sin, float* tw, uint16_t* slot) {
    int odd = kws_fe_odd_log2((uint32_t)half), len, k, j, n, bits = 0;
    for (len = odd ? 2 : 1; len < half; len *= 4)
        for (k = 1; k < len; k++)
            for (j = 1; j <= 3; j++) {
                int m = j * k * (2 * half / (4 * len));
                *tw++ = m < half ? cos[m] : -cos[m - half];
                *tw++ = m < half ? sin[m] : -sin[m - half];
            }
    while ((1 << bits) < half) bits++;
    if (odd) bits--;
    for (n = 0; n < (1 << bits); n++) {
        int r = 0, b;
        for (b = 0; b < bits; b++) r |= ((n >> b) & 1) << (bits - 1 - b);
        slot[n] = (uint16_t)((odd ? 4 : 2) * r);
    }
}

/* ---- Q15 front end (DataConfig arithmetic "q15"): integers only, the same stages and FFT plan as above, so
 * that the features equal Java's FixedPointFrontEnd bit for bit. Tables: window as uint16 round(w 2^15)
 * (<= 32768), cos / sin and the radix-4 twiddles as int16 round(x 2^15) clamped to +-32767, mel weights as
 * uint16 round(w 2^15), DCT as int16 like the twiddles. Data:
 *   kws_fe_q15_window  v = pcm w (int32, |v| <= 2^30); s = the smallest shift with (peak >> s) < 2^(26 - log2 half)
 *                      (block floating point: quiet frames keep every bit, loud ones leave the FFT headroom);
 *                      v >> s into the bit-reversed slots as kws_fe_window does. Returns s.
 *   kws_fe_q15_fft     the radix-4 stages in int32; each twiddle product rounded once: (sum + 2^14) >> 15
 *   kws_fe_q15_power   the split step in int32; power = (xr^2 + xi^2) >> 9 (uint64), i.e. |X|^2 = power 2^(2s - 53)
 *                      in PCM full scale; by Parseval the bins sum to < 2^47 (|2X|^2 sums to <= 2^56)
 *   kws_fe_q15_mel     uint64 sums of weight x power (< 2^62): mel = sum 2^(2s - 68)
 *   kws_fe_q15_log     ln(mel + 1e-6) in Q16 (int32): log2 by the leading bit and a degree-7 polynomial in Q30
 *                      (|error| < 4e-7), the offset as (1e-6 2^68) >> 2s, times ln 2 in Q24
 *   kws_fe_q15_dct     Q16 log-mel x Q15 DCT, rounded to Q16
 * The caller converts Q16 to float exactly (q / 65536). */
#define KWS_FE_Q15_POWER_SHIFT 9
#define KWS_FE_Q15_LOG_OFFSET 295147905179353ULL       /* round(1e-6 2^68) */
#define KWS_FE_Q15_LN2_Q24 11629080                    /* round(ln 2 2^24) */

KWS_FE_INLINE int kws_fe_q15_bits(int half) {
    int l = 0;
    while ((1 << l) < half) l++;
    return 26 - l;
}

KWS_FE_INLINE int32_t kws_fe_q15_round(int64_t x) {
    return (int32_t)((x + 16384) >> 15);
}

KWS_FE_INLINE void kws_fe_q15_z(const int16_t* pcm, const uint16_t* win, int window, int n, int s, int32_t* re, int32_t* im) {
    *re = 2 * n < window ? (pcm[2 * n] * (int32_t)win[2 * n]) >> s : 0;
    *im = 2 * n + 1 < window ? (pcm[2 * n + 1] * (int32_t)win[2 * n + 1]) >> s : 0;
}

KWS_FE_INLINE int kws_fe_q15_window(int32_t* buf, const int16_t* pcm, const uint16_t* win, int window, int half, int odd,
                                    const uint16_t* slot) {
    uint32_t peak = 0;
    int n, s = 0;
    for (n = 0; n < window; n++) {
        int32_t v = pcm[n] * (int32_t)win[n];
        peak |= (uint32_t)(v < 0 ? -v : v);                 /* the OR has the bit length of the maximum */
    }
    while ((peak >> s) >> kws_fe_q15_bits(half)) s++;
    if (odd) {
        int paired = window > half ? (window - half + 1) / 2 : 0;
        for (n = 0; n < half / 2; n++) {
            int32_t ar, ai;
            int32_t* p = buf + slot[n];
            kws_fe_q15_z(pcm, win, window, n, s, &ar, &ai);
            if (n < paired) {
                int32_t br, bi;
                kws_fe_q15_z(pcm, win, window, n + half / 2, s, &br, &bi);
                p[0] = ar + br; p[1] = ai + bi; p[2] = ar - br; p[3] = ai - bi;
            } else {
                p[0] = ar; p[1] = ai; p[2] = ar; p[3] = ai;
            }
        }
    } else {
        for (n = 0; n < half; n++) kws_fe_q15_z(pcm, win, window, n, s, buf + slot[n], buf + slot[n] + 1);
    }
    return s;
}

KWS_FE_INLINE void kws_fe_q15_radix4(int32_t* p, int len, int32_t br, int32_t bi, int32_t cr, int32_t ci, int32_t dr, int32_t di) {
    int32_t* pb = p + 2 * len;
    int32_t* pc = p + 4 * len;
    int32_t* pd = p + 6 * len;
    int32_t ar = p[0], ai = p[1];
    int32_t sr = ar + br, si = ai + bi, tr = ar - br, ti = ai - bi;
    int32_t ur = cr + dr, ui = ci + di, vr = cr - dr, vi = ci - di;
    p[0] = sr + ur; p[1] = si + ui;
    pb[0] = tr + vi; pb[1] = ti - vr;
    pc[0] = sr - ur; pc[1] = si - ui;
    pd[0] = tr - vi; pd[1] = ti + vr;
}

KWS_FE_INLINE void kws_fe_q15_fft(int32_t* buf, int half, int odd, const int16_t* tw) {
    int32_t* const end = buf + 2 * half;
    int len = odd ? 2 : 1, k;
    int32_t* p;
    for (; len < half; len *= 4) {
        for (p = buf; p < end; p += 8 * len)
            kws_fe_q15_radix4(p, len, p[2 * len], p[2 * len + 1], p[4 * len], p[4 * len + 1], p[6 * len], p[6 * len + 1]);
        for (k = 1; k < len; k++, tw += 6) {
            int32_t w1r = tw[0], w1s = tw[1], w2r = tw[2], w2s = tw[3], w3r = tw[4], w3s = tw[5];
            for (p = buf + 2 * k; p < end; p += 8 * len) {
                const int32_t* pb = p + 2 * len;
                const int32_t* pc = p + 4 * len;
                const int32_t* pd = p + 6 * len;
                kws_fe_q15_radix4(p, len,
                        kws_fe_q15_round((int64_t)pb[0] * w2r + (int64_t)pb[1] * w2s),
                        kws_fe_q15_round((int64_t)pb[1] * w2r - (int64_t)pb[0] * w2s),
                        kws_fe_q15_round((int64_t)pc[0] * w1r + (int64_t)pc[1] * w1s),
                        kws_fe_q15_round((int64_t)pc[1] * w1r - (int64_t)pc[0] * w1s),
                        kws_fe_q15_round((int64_t)pd[0] * w3r + (int64_t)pd[1] * w3s),
                        kws_fe_q15_round((int64_t)pd[1] * w3r - (int64_t)pd[0] * w3s));
            }
        }
    }
}

KWS_FE_INLINE uint64_t kws_fe_q15_square(int32_t re, int32_t im) {
    return (uint64_t)(((int64_t)re * re + (int64_t)im * im) >> KWS_FE_Q15_POWER_SHIFT);
}

KWS_FE_INLINE void kws_fe_q15_power(const int32_t* buf, uint64_t* power, int half, const int16_t* cos, const int16_t* sin) {
    int k;
    int64_t dc = (int64_t)buf[0] + buf[1], ny = (int64_t)buf[0] - buf[1];   /* X[0], X[half]; |2X|^2 = 4 X^2 */
    power[0] = (uint64_t)((dc * dc) >> (KWS_FE_Q15_POWER_SHIFT - 2));
    power[half] = (uint64_t)((ny * ny) >> (KWS_FE_Q15_POWER_SHIFT - 2));
    for (k = 1; k <= half / 2; k++) {
        const int32_t* z = buf + 2 * k;
        const int32_t* c = buf + 2 * (half - k);
        int32_t er = z[0] + c[0], ei = z[1] - c[1], dr = z[0] - c[0], di = z[1] + c[1];
        int32_t wr = cos[k], wi = -sin[k];
        int32_t tr = kws_fe_q15_round((int64_t)wr * dr - (int64_t)wi * di);
        int32_t ti = kws_fe_q15_round((int64_t)wr * di + (int64_t)wi * dr);
        power[k] = kws_fe_q15_square(er + ti, ei - tr);
        power[half - k] = kws_fe_q15_square(er - ti, ei + tr);
    }
}

KWS_FE_INLINE void kws_fe_q15_mel(const uint64_t* power, uint64_t* mel, int bins, const uint16_t* first, const uint16_t* offset,
                                  const uint16_t* weights) {
    const uint16_t* w = weights;
    int j;
    for (j = 0; j < bins; j++) {
        const uint64_t* p = power + first[j];
        const uint16_t* const w_end = weights + offset[j + 1];
        uint64_t s = 0;
        while (w < w_end) s += *w++ * *p++;
        mel[j] = s;
    }
}

/* floor(log2 y), y >= 1. */
KWS_FE_INLINE int kws_fe_q15_ilog2(uint64_t y) {
    uint32_t hi = (uint32_t)(y >> 32), lo = (uint32_t)y;
#if defined(__GNUC__)
    return hi ? 63 - __builtin_clz(hi) : 31 - __builtin_clz(lo);
#else
    int e = 0;
    if (hi) { e = 32; lo = hi; }
    while (lo >>= 1) e++;
    return e;
#endif
}

/* ln(mel 2^(2s - 68) + 1e-6) in Q16. */
KWS_FE_INLINE int32_t kws_fe_q15_ln(uint64_t mel, int s) {
    uint64_t y = mel + (KWS_FE_Q15_LOG_OFFSET >> (2 * s));
    int e;
    uint32_t m;
    int64_t f, acc;
    if (y == 0) y = 1;
    e = kws_fe_q15_ilog2(y);
    m = e >= 30 ? (uint32_t)(y >> (e - 30)) : (uint32_t)y << (30 - e);   /* [2^30, 2^31) */
    f = (int64_t)m - (1 << 30);                                            /* x in [0, 1), Q30 */
    acc = 16243476;                                                        /* log2(1 + x) = x P(x), Q30 coefficients */
    acc = ((acc * f) >> 30) - 83921737;
    acc = ((acc * f) >> 30) + 206571880;
    acc = ((acc * f) >> 30) - 348554188;
    acc = ((acc * f) >> 30) + 508001586;
    acc = ((acc * f) >> 30) - 773647642;
    acc = ((acc * f) >> 30) + 1549048725;
    acc = (acc * f) >> 30;
    acc += (int64_t)(e + 2 * s - 68) * (1 << 30);                          /* log2, Q30 */
    return (int32_t)((acc * KWS_FE_Q15_LN2_Q24 + ((int64_t)1 << 37)) >> 38);
}

KWS_FE_INLINE void kws_fe_q15_log(const uint64_t* mel, int32_t* out, int bins, int s) {
    int j;
    for (j = 0; j < bins; j++) out[j] = kws_fe_q15_ln(mel[j], s);
}

KWS_FE_INLINE void kws_fe_q15_dct(const int32_t* logmel, int32_t* out, int coeffs, int bins, const int16_t* dct) {
    int i, j;
    for (i = 0; i < coeffs; i++) {
        int64_t s = 0;
        for (j = 0; j < bins; j++) s += (int64_t)*dct++ * logmel[j];
        out[i] = kws_fe_q15_round(s);
    }
}

#endif
