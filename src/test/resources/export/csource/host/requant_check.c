/* Compares the C kernels' fixed-point requantization (kws_kernels.c, included here to reach its
 * static helpers) with the gemmlowp / TFLM reference form, written out below as Dartboard had it
 * before the kernels were sped up: SaturatingRoundingDoublingHighMul with its sign-dependent nudge
 * and a 64-bit truncating division, then RoundingDivideByPOT. Edge values (INT32_MIN/MAX, 0, +-1,
 * +-2^30, ties) and 20 million pseudo-random (x, multiplier, shift) triples with shift in [-31, 7].
 * Prints "ok N" or the first mismatch and exits 1. */
#include <stdio.h>
#include "kws_kernels.c"

static int32_t ref_srdhm(int32_t a, int32_t b) {
    int64_t ab, nudge;
    if (a == INT32_MIN && b == INT32_MIN) return INT32_MAX;
    ab = (int64_t)a * (int64_t)b;
    nudge = ab >= 0 ? (1LL << 30) : (1LL - (1LL << 30));
    return (int32_t)((ab + nudge) / (1LL << 31));
}

static int32_t ref_rdbp(int32_t x, int32_t exponent) {
    int32_t mask = (int32_t)((1LL << exponent) - 1);
    int32_t remainder = x & mask;
    int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
    return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

static int32_t ref_mbqm(int32_t x, int32_t q, int32_t shift) {
    int32_t left = shift > 0 ? shift : 0, right = shift > 0 ? 0 : -shift;
    return ref_rdbp(ref_srdhm((int32_t)((uint32_t)x << left), q), right);
}

static uint32_t state = 2463534242u;
static uint32_t next(void) { state ^= state << 13; state ^= state >> 17; state ^= state << 5; return state; }

static long fasts;

static int check(int32_t x, int32_t q, int32_t s) {
    kws_geom_t g;
    int32_t want = ref_mbqm(x, q, s), got = kws_multiply_by_quantized_multiplier(x, q, s);
    int32_t want8 = want < -128 ? -128 : (want > 127 ? 127 : want);
    memset(&g, 0, sizeof g);
    g.out_zp = 0;
    g.act_min = -128;
    g.act_max = 127;
    if (x >= -(1 << 30) && x < (1 << 30) && s <= 29) {   /* the fast form's domain: |x << left| < 2^30 */
        rq_t r;
        int32_t fast;
        rq_init(&r, q, s, x, 0);
        if (r.fast) {
            fast = rq_fast(x, &r);
            fasts++;
            if (fast != want) {
                printf("fast form mismatch x=%ld q=%ld shift=%ld: %ld, reference %ld\n", (long)x, (long)q, (long)s, (long)fast, (long)want);
                return 0;
            }
        }
    }
    if (got != want || requant(x, q, s, &g) != want8) {
        printf("mismatch x=%ld q=%ld shift=%ld: %ld, reference %ld\n", (long)x, (long)q, (long)s, (long)got, (long)want);
        return 0;
    }
    return 1;
}

int main(void) {
    static const int32_t edge[] = {INT32_MIN, INT32_MIN + 1, -(1 << 30) - 1, -(1 << 30), -(1 << 30) + 1, -65536, -3, -2,
                                   -1, 0, 1, 2, 3, 65536, (1 << 30) - 1, 1 << 30, (1 << 30) + 1, INT32_MAX - 1, INT32_MAX};
    long n = 0, i;
    unsigned a, b;
    int32_t s;
    for (a = 0; a < sizeof edge / sizeof edge[0]; a++)
        for (b = 0; b < sizeof edge / sizeof edge[0]; b++)
            for (s = -31; s <= 0; s++, n++)
                if (!check(edge[a], edge[b], s)) return 1;
    for (i = 0; i < 20000000L; i++, n++) {
        int32_t x = (int32_t)next(), q = (int32_t)next(), sh = (int32_t)(next() % 39u) - 31;
        if (i & 1) x >>= next() % 31u;                 /* small accumulators too */
        if (sh > 0 && (i & 2)) x >>= 8;                /* left shifts mostly on values that do not wrap */
        if (!check(x, q, sh)) return 1;
    }
    if (fasts < 1000000L) {
        printf("fast form checked only %ld times\n", fasts);
        return 1;
    }
    printf("ok %ld\n", n);
    return 0;
}
