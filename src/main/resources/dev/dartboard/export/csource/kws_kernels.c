/* See kws_kernels.h. Fixed-point helpers: gemmlowp / TFLM common.h (no TFLITE_SINGLE_ROUNDING).
 * Speed: the accumulators start at the bias and sum w * (x - in_zp) in a different order than the
 * reference (integer sums: the same value); where a channel's accumulator bound allows, the
 * requantization takes a shorter form with the same result (rq_t; requant_check.c compares them).
 * On a core with the DSP extension (Cortex-M4/M7/M33: __ARM_FEATURE_DSP; -DKWS_NO_DSP forces plain C):
 *  - pointwise and k x k convolutions run 2 pixel x 2 output channel tiles in Thumb-2 assembly
 *    (tile_2x2_dsp / tile_2x2w_dsp): int8 widened by SXTB16, SMLAD two MACs per instruction, the
 *    requantization (SMMULR, SSAT, SSUB8/SEL for the activation range) and stores in the same call;
 *    pointwise weights are widened once per channel pair onto the stack (15 instructions per 16 MACs),
 *    k x k windows are copied as im2col columns (<= 256 taps; larger ones run a row at a time);
 *  - depthwise runs 4 channels per call over the window's in-bounds rows (k_w 3 or 5; other windows
 *    gathered with zero-point padding), SXTAB16 subtracting in_zp, SMLABB / SMLATT, requantized in place;
 *  - pooling and MEAN take 4 channels at a time (SXTAB16 sums, SSUB8 / SEL maximum).
 * Odd pixel or channel counts are paired with a neighbour (computed twice, the same bytes written). */
#include <string.h>
#include "kws_kernels.h"

#if defined(__ARM_FEATURE_DSP) && defined(__ARM_FEATURE_SIMD32) && !defined(KWS_NO_DSP)   /* -DKWS_NO_DSP: plain C */
#include <arm_acle.h>
#define KWS_DSP 1
/* Four int8 from any address (Cortex-M4 LDR allows unaligned addresses). */
static inline int32_t ld4(const int8_t* p) { int32_t v; memcpy(&v, p, 4); return v; }
/* SXTB16 / SXTAB16 of bytes 1 and 3 (the instructions' own rotate; GCC 12's ACLE has no __ror). */
static inline int32_t sxtb16_hi(int32_t v) { int32_t r; __asm("sxtb16 %0, %1, ror #8" : "=r"(r) : "r"(v)); return r; }
static inline int32_t sxtab16_hi(int32_t a, int32_t v) {
    int32_t r;
    __asm("sxtab16 %0, %1, %2, ror #8" : "=r"(r) : "r"(a), "r"(v));
    return r;
}
/* -zp in both halfwords: SXTAB16(nzp, x) = (x0 - zp, x2 - zp), exact in int16. */
static inline int32_t neg_zp2(int32_t zp) { return (int32_t)(((uint32_t)(-zp) & 0xFFFFu) * 0x10001u); }
#else
#define KWS_DSP 0
#endif
#if defined(__GNUC__)
#define KWS_UNUSED __attribute__((unused))       /* parameters read by a naked function's assembly */
#define KWS_NOINLINE __attribute__((noinline))   /* keeps a hot loop's registers its own */
#define KWS_INLINE __attribute__((always_inline)) inline
#else
#define KWS_UNUSED
#define KWS_NOINLINE
#define KWS_INLINE inline
#endif

static int32_t clamp_i32(int32_t v, int32_t lo, int32_t hi) { return v < lo ? lo : (v > hi ? hi : v); }

/* gemmlowp SaturatingRoundingDoublingHighMul: (a*b + nudge) / 2^31 truncated, nudge = 2^30 for a
 * non-negative product, 1 - 2^30 otherwise. For a negative product ceil((ab + 1 - 2^30) / 2^31) =
 * floor((ab + 2^30) / 2^31), so both cases are one arithmetic shift of ab + 2^30 (SMULL, ADDS, ADC and
 * two shifts on a Cortex-M4); bit-exact with the reference form (a host test compares the two). */
static KWS_INLINE int32_t srdhm(int32_t a, int32_t b) {
    if (a == INT32_MIN && b == INT32_MIN) return INT32_MAX;
    return (int32_t)(((int64_t)a * (int64_t)b + (1LL << 30)) >> 31);
}

/* x / 2^exponent rounded half away from zero (gemmlowp RoundingDivideByPOT), 0 <= exponent <= 31. */
static KWS_INLINE int32_t rounding_divide_by_pot(int32_t x, int32_t exponent) {
    int32_t mask = (int32_t)((1ULL << exponent) - 1u);
    int32_t remainder = x & mask;
    int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
    return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

int32_t kws_multiply_by_quantized_multiplier(int32_t x, int32_t q, int32_t shift) {
    int32_t left = shift > 0 ? shift : 0;
    int32_t right = shift > 0 ? 0 : -shift;
    return rounding_divide_by_pot(srdhm((int32_t)((uint32_t)x << left), q), right);
}

/* Inlined here so the kernels' requantization is one call, not two. */
static int8_t requant(int32_t acc, int32_t q, int32_t shift, const kws_geom_t* g) {
    int32_t left = shift > 0 ? shift : 0, right = shift > 0 ? 0 : -shift;
    int32_t v = rounding_divide_by_pot(srdhm((int32_t)((uint32_t)acc << left), q), right) + g->out_zp;
    return (int8_t)clamp_i32(v, g->act_min, g->act_max);
}

/* (a * b + 2^31) >> 32, the SMMULR instruction. */
static KWS_INLINE int32_t smmulr(int32_t a, int32_t b) {
#if KWS_DSP
    int32_t r;
    __asm("smmulr %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
    return r;
#else
    return (int32_t)(((int64_t)a * (int64_t)b + (1LL << 31)) >> 32);
#endif
}

/* One output channel's requantization, prepared once per channel (rq_init) for accumulators of at
 * most `taps` products w * (x - zp) plus the bias: |acc| <= |bias| + taps * 128 * 255. Where that
 * bound keeps x = acc << left inside [-2^30, 2^30) (fast = 1), the kernels use a shorter form equal
 * to requant's: SRDHM(x, q) = floor((x q + 2^30) / 2^31) = SMMULR(2x, q) (no saturation: x is never
 * INT32_MIN), and RoundingDivideByPOT(h, r) for r >= 1 = floor((h - [h < 0] + 2^(r-1)) / 2^r) =
 * u - (u >> 1) with u = (h - [h < 0]) >> (r - 1) (floor((u + 1) / 2) without overflow); r = 0 is h.
 * requant_check.c compares the two forms. Otherwise (fast = 0) requant's form is used. */
typedef struct { int32_t q, l1, rs1, fast, shift; } rq_t;

static void rq_init(rq_t* r, int32_t q, int32_t shift, int32_t bias, int32_t taps) {
    int32_t left = shift > 0 ? shift : 0, right = shift > 0 ? 0 : -shift;
    int64_t bound = (bias < 0 ? -(int64_t)bias : (int64_t)bias) + (int64_t)taps * 128 * 255;
    r->q = q;
    r->shift = shift;
    r->l1 = left + 1;
    r->rs1 = right - 1;
#if defined(KWS_REFERENCE_REQUANT)   /* tests: every kernel on its reference requantization path */
    r->fast = 0 && bound;
#else
    r->fast = left < 30 && bound < (1LL << (30 - left));
#endif
}

static KWS_INLINE int32_t rq_fast(int32_t acc, const rq_t* r) {
    int32_t h = smmulr((int32_t)((uint32_t)acc << r->l1), r->q), u;
    if (r->rs1 < 0) return h;
    u = (int32_t)(h - (int32_t)((uint32_t)h >> 31)) >> r->rs1;
    return u - (u >> 1);
}

static KWS_INLINE int8_t rq_out(int32_t acc, const rq_t* r, const kws_geom_t* g) {
    int32_t v = r->fast ? rq_fast(acc, r) : kws_multiply_by_quantized_multiplier(acc, r->q, r->shift);
    return (int8_t)clamp_i32(v + g->out_zp, g->act_min, g->act_max);
}

/* acc[j] += sum_r sum_i wj[r * w_row + i] * (x[r * x_row + i] - zp), r < rows, i < n, for channels
 * j = 0, 1: the in-bounds taps of one output pixel, one contiguous run of n bytes per kernel row. */
KWS_NOINLINE static void dot_1x2(const int8_t* x, int32_t x_row, const int8_t* w0, const int8_t* w1, int32_t w_row,
                                 int32_t rows, int32_t n, int32_t zp, int32_t* acc) {
    int32_t a0 = acc[0], a1 = acc[1];
#if KWS_DSP
    int32_t nzp = neg_zp2(zp);
#endif
    for (; rows > 0; rows--, x += x_row - n, w0 += w_row - n, w1 += w_row - n) {
        int32_t k = n & 3;
#if KWS_DSP
        const int8_t* end = x + (n & ~3);
        while (x != end) {
            int32_t xv = ld4(x), xa = __sxtab16(nzp, xv), xb = sxtab16_hi(nzp, xv);
            int32_t wv = ld4(w0);
            a0 = __smlad(__sxtb16(wv), xa, a0);
            a0 = __smlad(sxtb16_hi(wv), xb, a0);
            wv = ld4(w1);
            a1 = __smlad(__sxtb16(wv), xa, a1);
            a1 = __smlad(sxtb16_hi(wv), xb, a1);
            x += 4;
            w0 += 4;
            w1 += 4;
        }
#else
        k = n;
#endif
        while (k-- > 0) {
            int32_t xv = *x++ - zp;
            a0 += *w0++ * xv;
            a1 += *w1++ * xv;
        }
    }
    acc[0] = a0;
    acc[1] = a1;
}

/* The same for one channel. */
static int32_t dot_1x1(const int8_t* x, const int8_t* w, int32_t n, int32_t zp, int32_t acc) {
#if KWS_DSP
    int32_t nzp = neg_zp2(zp);
    const int8_t* end = x + (n & ~3);
    n &= 3;
    while (x != end) {
        int32_t xv = ld4(x), wv = ld4(w);
        acc = __smlad(__sxtb16(wv), __sxtab16(nzp, xv), acc);
        acc = __smlad(sxtb16_hi(wv), sxtab16_hi(nzp, xv), acc);
        x += 4;
        w += 4;
    }
#endif
    while (n-- > 0) acc += *w++ * (*x++ - zp);
    return acc;
}

#if KWS_DSP
/* One step of dot_2x2_dsp: 4 input channels of 2 weight rows (r9, r11 raw; r8..r11 widened) and of
 * 2 pixels (lr raw, r12 / lr widened), 8 SMLAD into a00 (r4), a01 (r5), a10 (r6), a11 (r7);
 * r0 = x, r1 = w (both advanced by 4), r2 = n - 4. 22 instructions for 16 MACs. */
#define KWS_DOT22_STEP                                                                              \
    "ldr r9, [r1], #4\n\t" "ldr r11, [r1, r2]\n\t"                                                  \
    "sxtb16 r8, r9\n\t" "sxtb16 r9, r9, ror #8\n\t" "sxtb16 r10, r11\n\t" "sxtb16 r11, r11, ror #8\n\t" \
    "ldr lr, [r0], #4\n\t" "sxtb16 r12, lr\n\t" "sxtb16 lr, lr, ror #8\n\t"                          \
    "smlad r4, r8, r12, r4\n\t" "smlad r5, r10, r12, r5\n\t" "smlad r4, r9, lr, r4\n\t" "smlad r5, r11, lr, r5\n\t" \
    "ldr lr, [r0, r2]\n\t" "sxtb16 r12, lr\n\t" "sxtb16 lr, lr, ror #8\n\t"                          \
    "smlad r6, r8, r12, r6\n\t" "smlad r7, r10, r12, r7\n\t" "smlad r6, r9, lr, r6\n\t" "smlad r7, r11, lr, r7\n\t"

/* Register A (an accumulator) requantized by the fast form of rq_t with left shift 0 and right shift
 * RS + 1 >= 1: u - (u >> 1), u = (SMMULR(2 A, Q) - sign) >> RS; then + ZP and SSAT to int8. */
#define KWS_RQ(A, Q, RS, ZP)                                                                          \
    "lsl " A ", " A ", #1\n\t" "smmulr " A ", " A ", " Q "\n\t" "sub " A ", " A ", " A ", lsr #31\n\t"  \
    "asr " A ", " A ", " RS "\n\t" "sub " A ", " A ", " A ", asr #1\n\t" "add " A ", " A ", " ZP "\n\t"  \
    "ssat " A ", #8, " A "\n\t"

/* One 2 x 2 tile for tile_2x2_dsp / tile_2x2w_dsp: two columns (pixels) x two output channels; word
 * offsets are the assembly's. */
typedef struct {
    const int8_t* x;         /* 0: column 0; column 1 at x + xoff */
    const int8_t* w;         /* 4: raw: weight rows w and w + xoff; wide: the widened words */
    int32_t steps;           /* 8: 4-byte steps, >= 1 */
    int32_t xoff;            /* 12 */
    int32_t init[4];         /* 16: start values of (column, channel) 00, 01, 10, 11 */
    int32_t q[2], rs[2];     /* 32, 40: as KWS_RQ */
    int32_t zp;              /* 48 */
    uint32_t min4, max4;     /* 52, 56: the activation range's bytes repeated */
    int8_t* o;               /* 60: the two outputs of column 0 */
    int8_t* o2;              /* 64: of column 1 */
} tile_job_t;

/* One step of tile_2x2w_dsp: as KWS_DOT22_STEP with the weights pre-widened (conv_1x1_dsp): 4 words
 * (w0 even, w0 odd, w1 even, w1 odd halfword pairs) in one LDM. 15 instructions for 16 MACs. */
#define KWS_DOT22W_STEP                                                                             \
    "ldm r1!, {r8-r11}\n\t"                                                                         \
    "ldr lr, [r0], #4\n\t" "sxtb16 r12, lr\n\t" "sxtb16 lr, lr, ror #8\n\t"                          \
    "smlad r4, r8, r12, r4\n\t" "smlad r5, r10, r12, r5\n\t" "smlad r4, r9, lr, r4\n\t" "smlad r5, r11, lr, r5\n\t" \
    "ldr lr, [r0, r2]\n\t" "sxtb16 r12, lr\n\t" "sxtb16 lr, lr, ror #8\n\t"                          \
    "smlad r6, r8, r12, r6\n\t" "smlad r7, r10, r12, r7\n\t" "smlad r6, r9, lr, r6\n\t" "smlad r7, r11, lr, r7\n\t"

/* The dot products of a tile (two steps per iteration, an odd step count entering at the second),
 * requantized and stored as two pairs of bytes. */
#define KWS_TILE_FN(NAME, STEP)                                                                     \
    __attribute__((naked, noinline)) static void NAME(tile_job_t* j KWS_UNUSED) {                              \
        __asm volatile(                                                                             \
            "push {r0, r4-r11, lr}\n\t"                                                             \
            "mov r12, r0\n\t"                                                                       \
            "ldm r12, {r0-r7}\n\t"                                                                  \
            "add r8, r0, r2, lsl #2\n\t"                                                            \
            "tst r2, #1\n\t"                                                                        \
            "sub r2, r3, #4\n\t"                                                                    \
            "mov r3, r8\n\t"                                                                        \
            "bne 2f\n\t"                                                                            \
            "1:\n\t" STEP                                                                           \
            "2:\n\t" STEP                                                                           \
            "cmp r0, r3\n\t"                                                                        \
            "bne 1b\n\t"                                                                            \
            "ldr r12, [sp]\n\t"                                                                     \
            "add r12, r12, #32\n\t"                                                                 \
            "ldm r12!, {r0-r3, r8}\n\t"                                                             \
            KWS_RQ("r4", "r0", "r2", "r8") KWS_RQ("r5", "r1", "r3", "r8")                           \
            KWS_RQ("r6", "r0", "r2", "r8") KWS_RQ("r7", "r1", "r3", "r8")                           \
            "ldm r12, {r1-r3, r9}\n\t"                                                              \
            "bfi r4, r5, #8, #8\n\t" "bfi r4, r6, #16, #8\n\t" "bfi r4, r7, #24, #8\n\t"            \
            "ssub8 r5, r4, r1\n\t" "sel r4, r4, r1\n\t" "ssub8 r5, r2, r4\n\t" "sel r4, r4, r2\n\t" \
            "strh r4, [r3]\n\t"                                                                     \
            "lsr r4, r4, #16\n\t"                                                                   \
            "strh r4, [r9]\n\t"                                                                     \
            "pop {r0, r4-r11, pc}\n\t");                                                            \
    }
KWS_TILE_FN(tile_2x2_dsp, KWS_DOT22_STEP)
KWS_TILE_FN(tile_2x2w_dsp, KWS_DOT22W_STEP)

/* Every output channel on the fast requantization with left shift 0 and a right shift (KWS_RQ)
 * for accumulators of `taps` products. */
static int all_fast(const kws_geom_t* g, const int32_t* bias, const int32_t* mult, const int32_t* shift, int32_t taps) {
    int32_t c;
    for (c = 0; c < g->out_c; c++) {
        rq_t r;
        rq_init(&r, mult[c], shift[c], bias[c], taps);
        if (!r.fast || shift[c] >= 0) return 0;
    }
    return 1;
}

/* The job's fields that depend on the layer and channel pair c0, c0 + 1 only. */
static void tile_job_init(tile_job_t* t, const kws_geom_t* g, int32_t n, const int32_t* mult, const int32_t* shift, int32_t c0) {
    t->steps = n >> 2;
    t->q[0] = mult[c0];
    t->q[1] = mult[c0 + 1];
    t->rs[0] = -shift[c0] - 1;
    t->rs[1] = -shift[c0 + 1] - 1;
    t->zp = g->out_zp;
    t->min4 = ((uint32_t)g->act_min & 0xFFu) * 0x01010101u;
    t->max4 = ((uint32_t)g->act_max & 0xFFu) * 0x01010101u;
}

/* Start values of a tile: init[j] for both columns plus the last n & 3 terms of each dot product
 * (the assembly does the first n & ~3): columns x0, x1, weight rows w0, w1. */
static void tile_start(tile_job_t* t, const int32_t* init, const int8_t* x0, const int8_t* x1, const int8_t* w0,
                       const int8_t* w1, int32_t n) {
    int32_t i = n & ~3, a00 = init[0], a01 = init[1], a10 = init[0], a11 = init[1];
    for (; i < n; i++) {
        a00 += w0[i] * x0[i];
        a01 += w1[i] * x0[i];
        a10 += w0[i] * x1[i];
        a11 += w1[i] * x1[i];
    }
    t->init[0] = a00;
    t->init[1] = a01;
    t->init[2] = a10;
    t->init[3] = a11;
}

#define KWS_PW_WIDE_MAX 256   /* input channels whose widened weights (4 bytes per channel pair) go on the stack */

/* acc[0..3] += the first n & ~3 terms of dot_2x2 (n >= 0): the loop in assembly (all 14 registers;
 * two steps per iteration, an odd step count enters at the second). */
__attribute__((naked, noinline)) static void dot_2x2_dsp(const int8_t* x KWS_UNUSED, const int8_t* w KWS_UNUSED, int32_t n KWS_UNUSED,
                                                         int32_t* acc KWS_UNUSED) {
    __asm volatile(
        "push {r3-r11, lr}\n\t"
        "ldm r3, {r4-r7}\n\t"
        "lsrs r3, r2, #2\n\t"
        "beq 3f\n\t"
        "add r3, r0, r3, lsl #2\n\t"          /* end of x */
        "tst r2, #4\n\t"
        "sub r2, r2, #4\n\t"
        "bne 2f\n\t"
        "1:\n\t" KWS_DOT22_STEP
        "2:\n\t" KWS_DOT22_STEP
        "cmp r0, r3\n\t"
        "bne 1b\n\t"
        "3:\n\t"
        "pop {r3}\n\t"
        "stm r3, {r4-r7}\n\t"
        "pop {r4-r11, pc}\n\t");
}
#endif

/* acc[2p + j] += sum_i w[j * n + i] * x[p * n + i], i < n, for pixels p = 0, 1 and channels j = 0, 1: two
 * adjacent pixels of a stride-1 pointwise convolution (or two im2col columns), the input zero point
 * already in acc. */
static void dot_2x2(const int8_t* x, const int8_t* w, int32_t n, int32_t* acc) {
    int32_t a00, a01, a10, a11, k = n;
#if KWS_DSP
    dot_2x2_dsp(x, w, n, acc);
    k = n & 3;
    x += n & ~3;
    w += n & ~3;
    if (k == 0) return;
#endif
    a00 = acc[0];
    a01 = acc[1];
    a10 = acc[2];
    a11 = acc[3];
    for (; k > 0; k--, x++, w++) {
        a00 += w[0] * x[0];
        a01 += w[n] * x[0];
        a10 += w[0] * x[n];
        a11 += w[n] * x[n];
    }
    acc[0] = a00;
    acc[1] = a01;
    acc[2] = a10;
    acc[3] = a11;
}

/* Input of output pixel p (row-major) of a 1x1 convolution without padding. */
static const int8_t* pixel_1x1(const kws_geom_t* g, const int8_t* in, int32_t p) {
    int32_t oy = p / g->out_w, ox = p - oy * g->out_w;
    return in + (oy * g->stride_h * g->in_w + ox * g->stride_w) * g->in_c;
}

/* A requantized value: out_zp added, clamped to the activation range. */
static KWS_INLINE int8_t rq_clamp(int32_t v, const kws_geom_t* g) {
    return (int8_t)clamp_i32(v + g->out_zp, g->act_min, g->act_max);
}

#if KWS_DSP
/* Pointwise CONV_2D on the DSP path: channel pairs outside (a last odd channel paired with the one
 * before it, which is computed twice), the pair's weights widened once onto the stack, pixel pairs
 * inside (a last odd pixel likewise), one tile_2x2w_dsp each; sum w * (x - zp) = sum w * x - zp * sum w
 * (the zero point in the start value, exact in int32). Returns 0 (nothing done) where the shapes or
 * the requantization do not fit. */
static int conv_1x1_dsp(const kws_geom_t* g, const int8_t* in, const int8_t* w, const int32_t* bias,
                        const int32_t* mult, const int32_t* shift, int8_t* out) {
    int32_t pixels = g->out_h * g->out_w, n = g->in_c, oc_n = g->out_c, zp = g->in_zp, n4 = n & ~3, p, oc, i;
    int32_t wide[KWS_PW_WIDE_MAX];
    int stride1 = g->stride_h == 1 && g->stride_w == 1;
    tile_job_t t;
    if (n < 4 || n > KWS_PW_WIDE_MAX || oc_n < 2 || pixels < 2 || !all_fast(g, bias, mult, shift, n)) return 0;
    t.xoff = n;
    t.w = (const int8_t*)wide;
    for (oc = 0; oc < oc_n; oc += 2) {
        int32_t c0 = oc + 1 < oc_n ? oc : oc_n - 2, s0 = 0, s1 = 0, init[2];
        const int8_t* w0 = w + c0 * n;
        const int8_t* w1 = w0 + n;
        for (i = 0; i < n; i++) {
            s0 += w0[i];
            s1 += w1[i];
        }
        init[0] = bias[c0] - zp * s0;
        init[1] = bias[c0 + 1] - zp * s1;
        for (i = 0; i < n4; i += 4) {
            int32_t v0 = ld4(w0 + i), v1 = ld4(w1 + i);
            wide[i] = __sxtb16(v0);
            wide[i + 1] = sxtb16_hi(v0);
            wide[i + 2] = __sxtb16(v1);
            wide[i + 3] = sxtb16_hi(v1);
        }
        tile_job_init(&t, g, n, mult, shift, c0);
        tile_start(&t, init, w0, w0, w0, w1, n4);             /* n4: no tail, init[j] for both columns */
        t.o = out + c0;
        t.o2 = t.o + oc_n;
        for (p = 0; p < pixels; p += 2, t.o += 2 * oc_n, t.o2 += 2 * oc_n) {
            const int8_t* x0;
            const int8_t* x1;
            if (p + 1 == pixels) {                               /* an odd last pixel: with the one before */
                t.o2 = t.o - oc_n;
                x0 = pixel_1x1(g, in, p);
                x1 = pixel_1x1(g, in, p - 1);
            } else if (stride1) {
                x0 = in + p * n;
                x1 = x0 + n;
            } else {
                x0 = pixel_1x1(g, in, p);
                x1 = pixel_1x1(g, in, p + 1);
            }
            t.x = x0;
            t.xoff = (int32_t)(x1 - x0);
            if (n != n4) tile_start(&t, init, x0, x1, w0, w1, n);
            tile_2x2w_dsp(&t);
        }
    }
    return 1;
}
#endif

/* Pointwise CONV_2D (1x1, no padding), channel pairs outside, pixels inside. Stride 1: two adjacent
 * pixels per step with sum w * (x - zp) = sum w * x - zp * sum w (the zero point in the start value,
 * exact in int32); otherwise (and for a last odd channel) one pixel at a time. */
static void conv_1x1(const kws_geom_t* g, const int8_t* in, const int8_t* w, const int32_t* bias,
                     const int32_t* mult, const int32_t* shift, int8_t* out) {
    int32_t pixels = g->out_h * g->out_w, n = g->in_c, oc_n = g->out_c, zp = g->in_zp, p, oc, i;
    int stride1 = g->stride_h == 1 && g->stride_w == 1;
#if KWS_DSP
    if (conv_1x1_dsp(g, in, w, bias, mult, shift, out)) return;
#endif
    for (oc = 0; oc < oc_n; oc += 2) {
        int pair = oc + 1 < oc_n;
        const int8_t* w0 = w + oc * n;
        const int8_t* w1 = pair ? w0 + n : w0;
        int32_t b0 = bias[oc], b1 = pair ? bias[oc + 1] : 0, s0 = 0, s1 = 0;
        int8_t* o = out + oc;
        rq_t r0, r1;
        rq_init(&r0, mult[oc], shift[oc], b0, n);
        rq_init(&r1, mult[oc + pair], shift[oc + pair], b1, n);
        for (i = 0; i < n; i++) {
            s0 += w0[i];
            s1 += w1[i];
        }
        for (p = 0; p < pixels; p++, o += oc_n) {
            int32_t acc[4];
            if (stride1 && pair && p + 1 < pixels) {
                acc[0] = acc[2] = b0 - zp * s0;
                acc[1] = acc[3] = b1 - zp * s1;
                dot_2x2(in + p * n, w0, n, acc);
                o[oc_n] = rq_out(acc[2], &r0, g);
                o[oc_n + 1] = rq_out(acc[3], &r1, g);
            } else {
                acc[0] = b0;
                acc[1] = b1;
                dot_1x2(pixel_1x1(g, in, p), n, w0, w1, n, 1, n, zp, acc);
            }
            o[0] = rq_out(acc[0], &r0, g);
            if (pair) o[1] = rq_out(acc[1], &r1, g);
            if (stride1 && pair && p + 1 < pixels) {
                p++;
                o += oc_n;
            }
        }
    }
}

/* Taps of a window starting at x0 (may be negative) inside [0, size): [*lo, *hi) of 0..k. */
static void clip(int32_t x0, int32_t k, int32_t size, int32_t* lo, int32_t* hi) {
    *lo = x0 < 0 ? -x0 : 0;
    *hi = x0 + k > size ? size - x0 : k;
    if (*hi < *lo) *hi = *lo;
}

#if KWS_DSP
#define KWS_IM2COL_MAX 256   /* taps (k_h x k_w x in_c) of one im2col column; two columns on the stack */
#define KWS_IM2COL_OC 64     /* output channels per pass over the pixels */

/* The k_h x k_w x in_c window of output pixel p as one contiguous column, out-of-bounds taps = in_zp. */
static void im2col(const kws_geom_t* g, const int8_t* in, int32_t p, int8_t* col) {
    int32_t oy = p / g->out_w, ox = p - oy * g->out_w, dy, c = g->in_c, run = g->k_w * c;
    int32_t y0 = oy * g->stride_h - g->pad_top, x0 = ox * g->stride_w - g->pad_left, dx_lo, dx_hi;
    clip(x0, g->k_w, g->in_w, &dx_lo, &dx_hi);
    for (dy = 0; dy < g->k_h; dy++, col += run) {
        int32_t y = y0 + dy;
        if (y < 0 || y >= g->in_h || dx_hi == dx_lo) {
            memset(col, g->in_zp, (size_t)run);
            continue;
        }
        if (dx_lo > 0) memset(col, g->in_zp, (size_t)(dx_lo * c));
        memcpy(col + dx_lo * c, in + (y * g->in_w + x0 + dx_lo) * c, (size_t)((dx_hi - dx_lo) * c));
        if (dx_hi < g->k_w) memset(col + dx_hi * c, g->in_zp, (size_t)((g->k_w - dx_hi) * c));
    }
}

#define KWS_IM2COL_WIDE 256  /* words of widened weights (channel pairs x padded taps) on the stack */

/* CONV_2D through im2col with every channel pair's weights widened once onto the stack, the taps padded
 * to a multiple of 4 with zero weights (no tail): for layers with few output channels and small windows
 * (stems), where conv_im2col's per-tile tail and unwidened weights cost the most. Returns 0 where the
 * weights do not fit KWS_IM2COL_WIDE words or the requantization does not fit. */
static int conv_im2col_wide(const kws_geom_t* g, const int8_t* in, const int8_t* w, const int32_t* bias,
                            const int32_t* mult, const int32_t* shift, int8_t* out) {
    int32_t wide[KWS_IM2COL_WIDE], init[KWS_IM2COL_OC];
    int8_t col[2 * KWS_IM2COL_MAX];
    int32_t k = g->k_h * g->k_w * g->in_c, k4 = (k + 3) & ~3, pixels = g->out_h * g->out_w, oc_n = g->out_c;
    int32_t pairs = (oc_n + 1) / 2, oc, p, i;
    tile_job_t t;
    if (k < 4 || 2 * k4 > (int32_t)sizeof col || oc_n < 2 || oc_n > KWS_IM2COL_OC || pairs * k4 > KWS_IM2COL_WIDE
        || pixels < 2 || !all_fast(g, bias, mult, shift, k))
        return 0;
    for (oc = 0; oc < oc_n; oc++) {
        int32_t sum = 0;
        for (i = 0; i < k; i++) sum += w[oc * k + i];
        init[oc] = bias[oc] - g->in_zp * sum;
    }
    for (oc = 0; oc < pairs; oc++) {                        /* pair j: channels c0, c0 + 1, a last odd one paired back */
        int32_t c0 = 2 * oc + 1 < oc_n ? 2 * oc : oc_n - 2, *dst = wide + oc * k4;
        for (i = 0; i < k4; i += 4) {
            int8_t b0[4] = {0, 0, 0, 0}, b1[4] = {0, 0, 0, 0};
            int32_t j, v0, v1;
            for (j = 0; j < 4 && i + j < k; j++) {
                b0[j] = w[c0 * k + i + j];
                b1[j] = w[(c0 + 1) * k + i + j];
            }
            v0 = ld4(b0);
            v1 = ld4(b1);
            dst[i] = __sxtb16(v0);
            dst[i + 1] = sxtb16_hi(v0);
            dst[i + 2] = __sxtb16(v1);
            dst[i + 3] = sxtb16_hi(v1);
        }
    }
    tile_job_init(&t, g, k4, mult, shift, 0);
    t.xoff = k4;
    t.x = col;
    memset(col, 0, sizeof col);                            /* the padding taps stay 0 (times 0 weights) */
    for (p = 0; p < pixels; p += 2) {
        int32_t p1 = p + 1 < pixels ? p + 1 : p - 1;
        im2col(g, in, p, col);
        im2col(g, in, p1, col + k4);
        for (oc = 0; oc < pairs; oc++) {
            int32_t c0 = 2 * oc + 1 < oc_n ? 2 * oc : oc_n - 2;
            t.w = (const int8_t*)(wide + oc * k4);
            t.init[0] = t.init[2] = init[c0];
            t.init[1] = t.init[3] = init[c0 + 1];
            t.q[0] = mult[c0];
            t.q[1] = mult[c0 + 1];
            t.rs[0] = -shift[c0] - 1;
            t.rs[1] = -shift[c0 + 1] - 1;
            t.o = out + p * oc_n + c0;
            t.o2 = out + p1 * oc_n + c0;
            tile_2x2w_dsp(&t);
        }
    }
    return 1;
}

/* CONV_2D through im2col: two output pixels' windows as two adjacent columns (padding = in_zp, so every
 * tap counts and sum w * (x - zp) = sum w * x - zp * sum w; a last odd pixel paired with the one before
 * it), one tile_2x2_dsp per channel pair (a last odd channel likewise), up to KWS_IM2COL_OC channels
 * per pass over the pixels. Returns 0 (nothing done) where the window is too large or small or the
 * requantization does not fit. */
static int conv_im2col(const kws_geom_t* g, const int8_t* in, const int8_t* w, const int32_t* bias,
                       const int32_t* mult, const int32_t* shift, int8_t* out) {
    int8_t col[2 * KWS_IM2COL_MAX];
    int32_t init[KWS_IM2COL_OC], rs[KWS_IM2COL_OC], k = g->k_h * g->k_w * g->in_c, pixels = g->out_h * g->out_w, oc_n = g->out_c;
    int32_t oc0, oc, p, i;
    tile_job_t t;
    if (k < 4 || k > KWS_IM2COL_MAX || oc_n < 2 || pixels < 2 || !all_fast(g, bias, mult, shift, k)) return 0;
    tile_job_init(&t, g, k, mult, shift, 0);
    t.xoff = k;
    for (oc0 = 0; oc0 < oc_n; oc0 += KWS_IM2COL_OC) {
        int32_t oc1 = oc0 + KWS_IM2COL_OC < oc_n ? oc0 + KWS_IM2COL_OC : oc_n;
        if (oc_n - oc1 == 1) oc1--;                          /* every pass at least 2 channels */
        for (oc = oc0; oc < oc1; oc++) {
            int32_t sum = 0;
            for (i = 0; i < k; i++) sum += w[oc * k + i];
            init[oc - oc0] = bias[oc] - g->in_zp * sum;
            rs[oc - oc0] = -shift[oc] - 1;
        }
        for (p = 0; p < pixels; p += 2) {
            int32_t p1 = p + 1 < pixels ? p + 1 : p - 1;
            im2col(g, in, p, col);
            im2col(g, in, p1, col + k);
            t.x = col;
            for (oc = oc0; oc < oc1; oc += 2) {
                int32_t c0 = oc + 1 < oc1 ? oc : oc1 - 2;
                const int8_t* w0 = w + c0 * k;
                t.w = w0;
                t.q[0] = mult[c0];
                t.q[1] = mult[c0 + 1];
                t.rs[0] = rs[c0 - oc0];
                t.rs[1] = rs[c0 - oc0 + 1];
                if (k & 3) {
                    tile_start(&t, init + (c0 - oc0), col, col + k, w0, w0 + k, k);
                } else {
                    t.init[0] = t.init[2] = init[c0 - oc0];
                    t.init[1] = t.init[3] = init[c0 - oc0 + 1];
                }
                t.o = out + p * oc_n + c0;
                t.o2 = out + p1 * oc_n + c0;
                tile_2x2_dsp(&t);
            }
        }
    }
    return 1;
}
#endif

void kws_conv(const kws_geom_t* g, const int8_t* in, const int8_t* w, const int32_t* bias,
              const int32_t* mult, const int32_t* shift, int8_t* out) {
    int32_t oy, ox, oc, dy, ky = g->k_w * g->in_c, kk = g->k_h * ky, row = g->in_w * g->in_c;
    if (g->k_h == 1 && g->k_w == 1 && g->pad_top == 0 && g->pad_left == 0) {
        conv_1x1(g, in, w, bias, mult, shift, out);
        return;
    }
#if KWS_DSP
    if (conv_im2col_wide(g, in, w, bias, mult, shift, out) || conv_im2col(g, in, w, bias, mult, shift, out)) return;
#endif
    for (oy = 0; oy < g->out_h; oy++)
        for (ox = 0; ox < g->out_w; ox++) {
            int32_t y0 = oy * g->stride_h - g->pad_top, x0 = ox * g->stride_w - g->pad_left;
            int32_t dy_lo, dy_hi, dx_lo, dx_hi, run;
            const int8_t* xp;
            int8_t* o = out + (oy * g->out_w + ox) * g->out_c;
            clip(y0, g->k_h, g->in_h, &dy_lo, &dy_hi);
            clip(x0, g->k_w, g->in_w, &dx_lo, &dx_hi);
            run = (dx_hi - dx_lo) * g->in_c;                  /* one kernel row's in-bounds taps, contiguous */
            xp = in + ((y0 + dy_lo) * g->in_w + x0 + dx_lo) * g->in_c;
            for (oc = 0; oc + 1 < g->out_c; oc += 2) {
                const int8_t* w0 = w + oc * kk + dy_lo * ky + dx_lo * g->in_c;
                int32_t acc[2];
                acc[0] = bias[oc];
                acc[1] = bias[oc + 1];
                dot_1x2(xp, row, w0, w0 + kk, ky, dy_hi - dy_lo, run, g->in_zp, acc);
                o[oc] = requant(acc[0], mult[oc], shift[oc], g);
                o[oc + 1] = requant(acc[1], mult[oc + 1], shift[oc + 1], g);
            }
            if (oc < g->out_c) {
                const int8_t* w0 = w + oc * kk + dy_lo * ky + dx_lo * g->in_c;
                int32_t acc = bias[oc];
                for (dy = dy_lo; dy < dy_hi; dy++)
                    acc = dot_1x1(xp + (dy - dy_lo) * row, w0 + (dy - dy_lo) * ky, run, g->in_zp, acc);
                o[oc] = requant(acc, mult[oc], shift[oc], g);
            }
        }
}

/* acc[j] += sum over rows x cols taps of w[tap][j] * (x[tap][j] - zp), j < 4: four adjacent channels.
 * Taps are ch bytes apart in both x and w; rows start x_row (input) and w_row (weights) bytes apart. */
KWS_NOINLINE static void dw_4ch(const int8_t* x, const int8_t* w, int32_t rows, int32_t cols, int32_t x_row,
                                int32_t w_row, int32_t ch, int32_t zp, int32_t* acc) {
    int32_t a0 = acc[0], a1 = acc[1], a2 = acc[2], a3 = acc[3], r, k;
#if KWS_DSP
    int32_t nzp = neg_zp2(zp);
#endif
    x_row -= cols * ch;
    w_row -= cols * ch;
    for (r = 0; r < rows; r++, x += x_row, w += w_row)
        for (k = cols; k > 0; k--, x += ch, w += ch) {
#if KWS_DSP
            int32_t xv = ld4(x), wv = ld4(w);
            int32_t xa = __sxtab16(nzp, xv), wa = __sxtb16(wv);
            a0 = __smlabb(wa, xa, a0);
            a2 = __smlatt(wa, xa, a2);
            xa = sxtab16_hi(nzp, xv);
            wa = sxtb16_hi(wv);
            a1 = __smlabb(wa, xa, a1);
            a3 = __smlatt(wa, xa, a3);
#else
            a0 += w[0] * (x[0] - zp);
            a1 += w[1] * (x[1] - zp);
            a2 += w[2] * (x[2] - zp);
            a3 += w[3] * (x[3] - zp);
#endif
        }
    acc[0] = a0;
    acc[1] = a1;
    acc[2] = a2;
    acc[3] = a3;
}

/* Channels [c_lo, c_hi) of kws_depthwise, one output pixel at a time. */
static void dw_pixels(const kws_geom_t* g, const int8_t* in, const int8_t* w, const int32_t* bias,
                      const int32_t* mult, const int32_t* shift, int8_t* out, int32_t c_lo, int32_t c_hi) {
    int32_t oy, ox, c, dy, dx, ch = g->in_c, row = g->in_w * ch, w_row = g->k_w * ch, zp = g->in_zp;
    for (oy = 0; oy < g->out_h; oy++)
        for (ox = 0; ox < g->out_w; ox++) {
            int32_t y0 = oy * g->stride_h - g->pad_top, x0 = ox * g->stride_w - g->pad_left;
            int32_t dy_lo, dy_hi, dx_lo, dx_hi, rows, cols;
            int8_t* o = out + (oy * g->out_w + ox) * ch;
            const int8_t* xbase;
            const int8_t* wbase;
            clip(y0, g->k_h, g->in_h, &dy_lo, &dy_hi);
            clip(x0, g->k_w, g->in_w, &dx_lo, &dx_hi);
            rows = dy_hi - dy_lo;
            cols = dx_hi - dx_lo;
            xbase = in + ((y0 + dy_lo) * g->in_w + x0 + dx_lo) * ch;
            wbase = w + (dy_lo * g->k_w + dx_lo) * ch;
            for (c = c_lo; c + 3 < c_hi; c += 4) {                 /* four channels: one 32-bit load per tap */
                int32_t acc[4], j;
                for (j = 0; j < 4; j++) acc[j] = bias[c + j];
                dw_4ch(xbase + c, wbase + c, rows, cols, row, w_row, ch, zp, acc);
                for (j = 0; j < 4; j++) o[c + j] = requant(acc[j], mult[c + j], shift[c + j], g);
            }
            for (; c < c_hi; c++) {
                int32_t acc = bias[c];
                for (dy = 0; dy < rows; dy++) {
                    const int8_t* xp = xbase + dy * row + c;
                    const int8_t* wp = wbase + dy * w_row + c;
                    for (dx = 0; dx < cols; dx++, xp += ch, wp += ch) acc += *wp * (*xp - zp);
                }
                o[c] = requant(acc, mult[c], shift[c], g);
            }
        }
}

#if KWS_DSP
/* Depthwise work for one output pixel and 4 channels c..c+3 (dw_c*_dsp, dw_taps_dsp); word offsets are
 * the assembly's. Requantization parameters: q, rs = right shift - 1 (left shift 0, right shift >= 1,
 * fast form of rq_t), out_zp, the activation range's bytes repeated (min4, max4), output address o. */
typedef struct {
    int32_t acc[4];          /* 0: bias in, not kept */
    int32_t nzp;             /* 16: -in_zp in both halfwords */
    const int8_t* x;         /* 20: tap (0, 0) of channel c */
    int32_t ch, row;         /* 24, 28: tap strides (dw_c*_dsp) */
    int32_t q[4], rs[4];     /* 32, 48 */
    int32_t zp;              /* 64 */
    uint32_t min4, max4;     /* 68, 72 */
    int8_t* o;               /* 76 */
    int32_t rows, wskip;     /* 80, 84: dw_c4_dsp / dw_c5_dsp: kernel rows left, weight bytes skipped per row */
} dw_job_t;

/* One tap: 4 channels' x (r9 raw) minus zp (r8) widened to r10 = (c0, c2), r9 = (c1, c3); weights
 * (r11, r12) pre-widened the same way; acc c0..c3 = r4..r7. */
#define KWS_DW_TAP(ADDR)                                                                              \
    "ldr r9, [" ADDR "]\n\t" "sxtab16 r10, r8, r9\n\t" "sxtab16 r9, r8, r9, ror #8\n\t"                 \
    "ldrd r11, r12, [r1], #8\n\t" "smlabb r4, r11, r10, r4\n\t" "smlatt r6, r11, r10, r6\n\t"            \
    "smlabb r5, r12, r9, r5\n\t" "smlatt r7, r12, r9, r7\n\t"
/* Requantizes r4..r7 with the job at [sp] and stores the 4 bytes at job->o; returns. */
#define KWS_DW_STORE                                                                                  \
    "ldr r12, [sp]\n\t" "add r12, r12, #32\n\t" "ldm r12!, {r1-r3, lr}\n\t" "ldm r12!, {r8-r11}\n\t"    \
    "ldr r0, [r12], #4\n\t"                                                                           \
    KWS_RQ("r4", "r1", "r8", "r0") KWS_RQ("r5", "r2", "r9", "r0") KWS_RQ("r6", "r3", "r10", "r0") KWS_RQ("r7", "lr", "r11", "r0") \
    "ldm r12, {r1-r3}\n\t"                                                                            \
    "bfi r4, r5, #8, #8\n\t" "bfi r4, r6, #16, #8\n\t" "bfi r4, r7, #24, #8\n\t"                      \
    "ssub8 r5, r4, r1\n\t" "sel r4, r4, r1\n\t" "ssub8 r5, r2, r4\n\t" "sel r4, r4, r2\n\t"            \
    "str r4, [r3]\n\t" "pop {r0, r4-r11, pc}\n\t"

/* A window of `rows` kernel rows of 3 (dw_c3_dsp) or 2 (dw_c2_dsp, skipping the third weight tap of
 * each row) in-bounds columns, k_w = 3: taps at x + dy * row + dx * ch; wb at the first tap's 2 words.
 * One body, ROW = the taps of one kernel row (and any weight skip). */
#define KWS_DW_ROWS_K3(NAME, ROW)                                                                     \
    __attribute__((naked, noinline)) static void NAME(dw_job_t* j KWS_UNUSED, const int32_t* wb KWS_UNUSED,  \
                                                      int32_t rows KWS_UNUSED) {                      \
        __asm volatile(                                                                               \
            "push {r0, r4-r11, lr}\n\t"                                                               \
            "mov lr, r2\n\t"                                                                          \
            "ldm r0, {r4-r8}\n\t"                                                                     \
            "ldr r2, [r0, #24]\n\t"                                                                   \
            "ldr r3, [r0, #28]\n\t"                                                                   \
            "ldr r0, [r0, #20]\n\t"                                                                   \
            "1:\n\t"                                                                                  \
            ROW                                                                                       \
            "add r0, r0, r3\n\t"                                                                      \
            "subs lr, lr, #1\n\t"                                                                     \
            "bne 1b\n\t"                                                                              \
            KWS_DW_STORE);                                                                            \
    }

KWS_DW_ROWS_K3(dw_c3_dsp, KWS_DW_TAP("r0") KWS_DW_TAP("r0, r2") KWS_DW_TAP("r0, r2, lsl #1"))
KWS_DW_ROWS_K3(dw_c2_dsp, KWS_DW_TAP("r0") KWS_DW_TAP("r0, r2") "add r1, r1, #8\n\t")

/* Any window, gathered: job->x = taps x 4 bytes (out-of-bounds taps = in_zp), wb = taps x 2 words. */
__attribute__((naked, noinline)) static void dw_taps_dsp(dw_job_t* j KWS_UNUSED, const int32_t* wb KWS_UNUSED, int32_t taps KWS_UNUSED) {
    __asm volatile(
        "push {r0, r4-r11, lr}\n\t"
        "mov lr, r2\n\t"
        "ldm r0, {r4-r8}\n\t"
        "ldr r0, [r0, #20]\n\t"
        "1:\n\t"
        KWS_DW_TAP("r0")
        "adds r0, r0, #4\n\t"
        "subs lr, lr, #1\n\t"
        "bne 1b\n\t"
        KWS_DW_STORE);
}

/* k_w = 5: windows of 5 or 4 in-bounds columns (taps at x + dx * ch, dx < 5 via ch and lr = 3 ch), the
 * row count and the weight skip (8 bytes per column left out) in the job. */
#define KWS_DW_ROWS_FN(NAME, TAPS)                                                                    \
    __attribute__((naked, noinline)) static void NAME(dw_job_t* j KWS_UNUSED, const int32_t* wb KWS_UNUSED) {               \
        __asm volatile(                                                                               \
            "push {r0, r4-r11, lr}\n\t"                                                               \
            "ldm r0, {r4-r8}\n\t"                                                                     \
            "ldr r2, [r0, #24]\n\t"                                                                   \
            "ldr r3, [r0, #28]\n\t"                                                                   \
            "ldr r0, [r0, #20]\n\t"                                                                   \
            "add lr, r2, r2, lsl #1\n\t"                                                              \
            "1:\n\t"                                                                                  \
            TAPS                                                                                      \
            "add r0, r0, r3\n\t"                                                                      \
            "ldr r9, [sp]\n\t"                                                                        \
            "ldrd r10, r11, [r9, #80]\n\t"                                                            \
            "add r1, r1, r11\n\t"                                                                     \
            "subs r10, r10, #1\n\t"                                                                   \
            "str r10, [r9, #80]\n\t"                                                                  \
            "bne 1b\n\t"                                                                              \
            KWS_DW_STORE);                                                                            \
    }
KWS_DW_ROWS_FN(dw_c5_dsp, KWS_DW_TAP("r0") KWS_DW_TAP("r0, r2") KWS_DW_TAP("r0, r2, lsl #1") KWS_DW_TAP("r0, lr")
                          KWS_DW_TAP("r0, r2, lsl #2"))
KWS_DW_ROWS_FN(dw_c4_dsp, KWS_DW_TAP("r0") KWS_DW_TAP("r0, r2") KWS_DW_TAP("r0, r2, lsl #1") KWS_DW_TAP("r0, lr"))

#define KWS_DW_MAX_TAPS 25
#endif

void kws_depthwise(const kws_geom_t* g, const int8_t* in, const int8_t* w, const int32_t* bias,
                   const int32_t* mult, const int32_t* shift, int8_t* out) {
    int32_t c = 0;
#if KWS_DSP
    int32_t ch = g->in_c, taps = g->k_h * g->k_w, oy, ox, t, j;
    int k3 = g->k_w == 3, k5 = g->k_w == 5;
    if (taps <= KWS_DW_MAX_TAPS && ch >= 4 && all_fast(g, bias, mult, shift, taps))
        for (; c < ch; c += 4) {
            int32_t wb[2 * KWS_DW_MAX_TAPS];
            uint32_t patch[KWS_DW_MAX_TAPS], zp4 = ((uint32_t)g->in_zp & 0xFFu) * 0x01010101u;
            dw_job_t job;
            if (c + 4 > ch) c = ch - 4;                            /* a last partial group overlaps the one before */
            for (j = 0; j < 4; j++) {
                job.q[j] = mult[c + j];
                job.rs[j] = -shift[c + j] - 1;
            }
            for (t = 0; t < taps; t++) {
                int32_t v = ld4(w + t * ch + c);
                wb[2 * t] = __sxtb16(v);
                wb[2 * t + 1] = sxtb16_hi(v);
            }
            job.nzp = neg_zp2(g->in_zp);
            job.ch = ch;
            job.row = g->in_w * ch;
            job.zp = g->out_zp;
            job.min4 = ((uint32_t)g->act_min & 0xFFu) * 0x01010101u;
            job.max4 = ((uint32_t)g->act_max & 0xFFu) * 0x01010101u;
            for (j = 0; j < 4; j++) job.acc[j] = bias[c + j];
            for (oy = 0; oy < g->out_h; oy++) {
                int32_t y0 = oy * g->stride_h - g->pad_top, dy_lo, dy_hi;
                const int8_t* xrow;
                const int32_t* wrow;
                clip(y0, g->k_h, g->in_h, &dy_lo, &dy_hi);
                xrow = in + (y0 + dy_lo) * job.row + c;
                wrow = wb + 2 * g->k_w * dy_lo;
                for (ox = 0; ox < g->out_w; ox++) {
                    int32_t x0 = ox * g->stride_w - g->pad_left, dy, dx;
                    job.o = out + (oy * g->out_w + ox) * ch + c;
                    if (k3 && dy_hi > dy_lo) {                    /* k_w = 3: 3 or 2 in-bounds columns */
                        if (x0 >= 0 && x0 + 3 <= g->in_w) {
                            job.x = xrow + x0 * ch;
                            dw_c3_dsp(&job, wrow, dy_hi - dy_lo);
                            continue;
                        }
                        if (x0 == -1 && g->in_w >= 2) {
                            job.x = xrow;
                            dw_c2_dsp(&job, wrow + 2, dy_hi - dy_lo);
                            continue;
                        }
                        if (x0 >= 0 && x0 + 2 == g->in_w) {
                            job.x = xrow + x0 * ch;
                            dw_c2_dsp(&job, wrow, dy_hi - dy_lo);
                            continue;
                        }
                    }
                    if (k5 && dy_hi > dy_lo) {                    /* k_w = 5: 5 or 4 in-bounds columns */
                        int32_t dx_lo, dx_hi;
                        clip(x0, 5, g->in_w, &dx_lo, &dx_hi);
                        if (dx_hi - dx_lo >= 4) {
                            job.x = xrow + (x0 + dx_lo) * ch;
                            job.rows = dy_hi - dy_lo;
                            job.wskip = 8 * (5 - (dx_hi - dx_lo));
                            if (dx_hi - dx_lo == 5) dw_c5_dsp(&job, wrow);
                            else dw_c4_dsp(&job, wrow + 2 * dx_lo);
                            continue;
                        }
                    }
                    for (dy = 0, t = 0; dy < g->k_h; dy++)
                        for (dx = 0; dx < g->k_w; dx++, t++) {
                            int32_t y = y0 + dy, x = x0 + dx;
                            patch[t] = y >= 0 && y < g->in_h && x >= 0 && x < g->in_w ? (uint32_t)ld4(in + (y * g->in_w + x) * ch + c) : zp4;
                        }
                    job.x = (const int8_t*)patch;
                    dw_taps_dsp(&job, wb, taps);
                }
            }
        }
#endif
    if (c < g->in_c) dw_pixels(g, in, w, bias, mult, shift, out, c, g->in_c);
}

void kws_fully_connected(const kws_geom_t* g, int32_t in_len, const int8_t* in, const int8_t* w,
                         const int32_t* bias, int32_t mult, int32_t shift, int8_t* out) {
    int32_t o;
    for (o = 0; o + 1 < g->out_c; o += 2) {
        int32_t acc[2];
        acc[0] = bias[o];
        acc[1] = bias[o + 1];
        dot_1x2(in, in_len, w + o * in_len, w + (o + 1) * in_len, in_len, 1, in_len, g->in_zp, acc);
        out[o] = requant(acc[0], mult, shift, g);
        out[o + 1] = requant(acc[1], mult, shift, g);
    }
    if (o < g->out_c) out[o] = requant(dot_1x1(in, w + o * in_len, in_len, g->in_zp, bias[o]), mult, shift, g);
}

/* acc / n rounded half away from zero with truncating division, as TFLM. */
static int32_t divide_rounded(int32_t acc, int32_t n) {
    return acc > 0 ? (acc + n / 2) / n : (acc - n / 2) / n;
}

#if KWS_DSP
/* Channels c..c+3 of one pooling window, [y_lo, y_hi) x [x_lo, x_hi) in bounds: per-byte maximum with
 * SSUB8 / SEL, or sums in two halfword pairs with SXTAB16 (count <= 255 taps: |sum| <= 128 * 255). */
static void pool4(const kws_geom_t* g, const int8_t* base, int32_t rows, int32_t cols, int8_t* o, int is_max) {
    int32_t ch = g->in_c, row = g->in_w * ch, r, k, e = 0, od = 0, count = rows * cols, j, v[4];
    uint32_t m = 0x80808080u, lo = ((uint32_t)g->act_min & 0xFFu) * 0x01010101u, hi = ((uint32_t)g->act_max & 0xFFu) * 0x01010101u;
    for (r = 0; r < rows; r++, base += row) {
        const int8_t* p = base;
        if (is_max)
            for (k = 0; k < cols; k++, p += ch) {
                uint32_t x = (uint32_t)ld4(p);
                (void)__ssub8(x, m);
                m = __sel(x, m);
            }
        else
            for (k = 0; k < cols; k++, p += ch) {
                int32_t x = ld4(p);
                e = __sxtab16(e, x);
                od = sxtab16_hi(od, x);
            }
    }
    if (is_max) {
        (void)__ssub8(m, lo);
        m = __sel(m, lo);
        (void)__ssub8(hi, m);
        m = __sel(m, hi);
        memcpy(o, &m, 4);
        return;
    }
    v[0] = (int16_t)e;
    v[1] = (int16_t)od;
    v[2] = e >> 16;
    v[3] = od >> 16;
    for (j = 0; j < 4; j++) o[j] = (int8_t)clamp_i32(divide_rounded(v[j], count), g->act_min, g->act_max);
}
#endif

static void pool(const kws_geom_t* g, const int8_t* in, int8_t* out, int is_max) {
    int32_t oy, ox, c, iy, ix, ch = g->in_c, row = g->in_w * ch;
#if KWS_DSP
    if (ch >= 4 && g->k_h * g->k_w <= 255) {
        for (oy = 0; oy < g->out_h; oy++)
            for (ox = 0; ox < g->out_w; ox++) {
                int32_t y0 = oy * g->stride_h - g->pad_top, x0 = ox * g->stride_w - g->pad_left, y_lo, y_hi, x_lo, x_hi;
                const int8_t* base;
                int8_t* o = out + (oy * g->out_w + ox) * ch;
                clip(y0, g->k_h, g->in_h, &y_lo, &y_hi);
                clip(x0, g->k_w, g->in_w, &x_lo, &x_hi);
                base = in + ((y0 + y_lo) * g->in_w + x0 + x_lo) * ch;
                for (c = 0; c < ch; c += 4) {
                    if (c + 4 > ch) c = ch - 4;          /* a last partial group overlaps the one before */
                    pool4(g, base + c, y_hi - y_lo, x_hi - x_lo, o + c, is_max);
                }
            }
        return;
    }
#endif
    for (oy = 0; oy < g->out_h; oy++)
        for (ox = 0; ox < g->out_w; ox++) {
            int32_t y0 = oy * g->stride_h - g->pad_top, x0 = ox * g->stride_w - g->pad_left;
            int32_t y_lo = y0 < 0 ? 0 : y0, x_lo = x0 < 0 ? 0 : x0;
            int32_t y_hi = y0 + g->k_h < g->in_h ? y0 + g->k_h : g->in_h;
            int32_t x_hi = x0 + g->k_w < g->in_w ? x0 + g->k_w : g->in_w;
            int32_t count = (y_hi - y_lo) * (x_hi - x_lo);
            const int8_t* base = in + (y_lo * g->in_w + x_lo) * ch;
            int8_t* o = out + (oy * g->out_w + ox) * ch;
            for (c = 0; c < ch; c++) {
                int32_t acc = is_max ? -128 : 0;
                const int8_t* rp = base + c;
                for (iy = y_lo; iy < y_hi; iy++, rp += row) {
                    const int8_t* p = rp;
                    if (is_max)
                        for (ix = x_lo; ix < x_hi; ix++, p += ch) acc = *p > acc ? *p : acc;
                    else
                        for (ix = x_lo; ix < x_hi; ix++, p += ch) acc += *p;
                }
                if (!is_max) acc = divide_rounded(acc, count);
                o[c] = (int8_t)clamp_i32(acc, g->act_min, g->act_max);
            }
        }
}

void kws_avg_pool(const kws_geom_t* g, const int8_t* in, int8_t* out) { pool(g, in, out, 0); }

void kws_max_pool(const kws_geom_t* g, const int8_t* in, int8_t* out) { pool(g, in, out, 1); }

void kws_add(int32_t n, const int8_t* a, int32_t a_zp, const int8_t* b, int32_t b_zp,
             const int32_t* mult, const int32_t* shift, int32_t out_zp, int32_t act_min, int32_t act_max, int8_t* out) {
    int32_t i;
    rq_t ra, rb, ro;
    /* The fast form (rq_t) where it holds: |x - zp| << 20 <= 255 * 2^20 per input and, with both input
     * multipliers below 1 (no left shift), their sum at most twice that. */
    rq_init(&ra, mult[0], shift[0], 255 << 20, 0);
    rq_init(&rb, mult[1], shift[1], 255 << 20, 0);
    rq_init(&ro, mult[2], shift[2], 2 * (255 << 20), 0);
    if (ra.fast && rb.fast && ro.fast && shift[0] <= 0 && shift[1] <= 0) {
        for (i = 0; i < n; i++) {
            int32_t v = rq_fast(rq_fast((a[i] - a_zp) * (1 << 20), &ra) + rq_fast((b[i] - b_zp) * (1 << 20), &rb), &ro) + out_zp;
            out[i] = (int8_t)clamp_i32(v, act_min, act_max);
        }
        return;
    }
    for (i = 0; i < n; i++) {
        int32_t sa = kws_multiply_by_quantized_multiplier((a[i] - a_zp) * (1 << 20), mult[0], shift[0]);
        int32_t sb = kws_multiply_by_quantized_multiplier((b[i] - b_zp) * (1 << 20), mult[1], shift[1]);
        int32_t v = kws_multiply_by_quantized_multiplier(sa + sb, mult[2], shift[2]) + out_zp;
        out[i] = (int8_t)clamp_i32(v, act_min, act_max);
    }
}

/* Channel c's MEAN from its sum of x (no zero point yet). */
static int8_t mean_out(const kws_geom_t* g, int32_t sum, int32_t n, int32_t mult, int32_t shift) {
    int32_t acc = divide_rounded(kws_multiply_by_quantized_multiplier(sum - n * g->in_zp, mult, shift), n);
    return (int8_t)clamp_i32(acc + g->out_zp, -128, 127);
}

void kws_mean(const kws_geom_t* g, const int8_t* in, int32_t mult, int32_t shift, int8_t* out) {
    int32_t n = g->in_h * g->in_w, ch = g->in_c, c = 0, p;
#if KWS_DSP
    if (ch >= 4 && n <= 255)                 /* 4 channels at a time in two halfword pairs: |sum| <= 128 n fits */
        for (; c < ch; c += 4) {
            int32_t e = 0, o = 0;
            const int8_t* x;
            if (c + 4 > ch) c = ch - 4;          /* a last partial group overlaps the one before */
            for (p = 0, x = in + c; p < n; p++, x += ch) {
                int32_t v = ld4(x);
                e = __sxtab16(e, v);
                o = sxtab16_hi(o, v);
            }
            out[c] = mean_out(g, (int16_t)e, n, mult, shift);
            out[c + 1] = mean_out(g, (int16_t)o, n, mult, shift);
            out[c + 2] = mean_out(g, e >> 16, n, mult, shift);
            out[c + 3] = mean_out(g, o >> 16, n, mult, shift);
        }
#endif
    for (; c < ch; c++) {
        int32_t sum = 0;
        const int8_t* x = in + c;
        for (p = 0; p < n; p++, x += ch) sum += *x;
        out[c] = mean_out(g, sum, n, mult, shift);
    }
}
