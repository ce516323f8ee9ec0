/* See kws_kernels.h. Fixed-point helpers: gemmlowp / TFLM common.h (no TFLITE_SINGLE_ROUNDING). */
#include "kws_kernels.h"

static int32_t clamp_i32(int32_t v, int32_t lo, int32_t hi) { return v < lo ? lo : (v > hi ? hi : v); }

static int32_t srdhm(int32_t a, int32_t b) {
    int64_t ab;
    int64_t nudge;
    if (a == INT32_MIN && b == INT32_MIN) return INT32_MAX;
    ab = (int64_t)a * (int64_t)b;
    nudge = ab >= 0 ? (1LL << 30) : (1LL - (1LL << 30));
    return (int32_t)((ab + nudge) / (1LL << 31));
}

static int32_t rounding_divide_by_pot(int32_t x, int32_t exponent) {
    int32_t mask = (int32_t)((1LL << exponent) - 1);
    int32_t remainder = x & mask;
    int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
    return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

int32_t kws_multiply_by_quantized_multiplier(int32_t x, int32_t q, int32_t shift) {
    int32_t left = shift > 0 ? shift : 0;
    int32_t right = shift > 0 ? 0 : -shift;
    return rounding_divide_by_pot(srdhm((int32_t)((uint32_t)x << left), q), right);
}

static int8_t requant(int32_t acc, int32_t q, int32_t shift, const kws_geom_t* g) {
    int32_t v = kws_multiply_by_quantized_multiplier(acc, q, shift) + g->out_zp;
    return (int8_t)clamp_i32(v, g->act_min, g->act_max);
}

void kws_conv(const kws_geom_t* g, const int8_t* in, const int8_t* w, const int32_t* bias,
              const int32_t* mult, const int32_t* shift, int8_t* out) {
    int oy, ox, oc, dy, dx, ic;
    for (oy = 0; oy < g->out_h; oy++)
        for (ox = 0; ox < g->out_w; ox++)
            for (oc = 0; oc < g->out_c; oc++) {
                int32_t y0 = oy * g->stride_h - g->pad_top, x0 = ox * g->stride_w - g->pad_left, acc = 0;
                for (dy = 0; dy < g->k_h; dy++) {
                    int32_t iy = y0 + dy;
                    if (iy < 0 || iy >= g->in_h) continue;
                    for (dx = 0; dx < g->k_w; dx++) {
                        int32_t ix = x0 + dx;
                        const int8_t* xp;
                        const int8_t* wp;
                        if (ix < 0 || ix >= g->in_w) continue;
                        xp = in + (iy * g->in_w + ix) * g->in_c;
                        wp = w + ((oc * g->k_h + dy) * g->k_w + dx) * g->in_c;
                        for (ic = 0; ic < g->in_c; ic++) acc += wp[ic] * (xp[ic] - g->in_zp);
                    }
                }
                out[(oy * g->out_w + ox) * g->out_c + oc] = requant(acc + bias[oc], mult[oc], shift[oc], g);
            }
}

void kws_depthwise(const kws_geom_t* g, const int8_t* in, const int8_t* w, const int32_t* bias,
                   const int32_t* mult, const int32_t* shift, int8_t* out) {
    int oy, ox, c, dy, dx;
    for (oy = 0; oy < g->out_h; oy++)
        for (ox = 0; ox < g->out_w; ox++)
            for (c = 0; c < g->out_c; c++) {
                int32_t y0 = oy * g->stride_h - g->pad_top, x0 = ox * g->stride_w - g->pad_left, acc = 0;
                for (dy = 0; dy < g->k_h; dy++) {
                    int32_t iy = y0 + dy;
                    if (iy < 0 || iy >= g->in_h) continue;
                    for (dx = 0; dx < g->k_w; dx++) {
                        int32_t ix = x0 + dx;
                        if (ix < 0 || ix >= g->in_w) continue;
                        acc += w[(dy * g->k_w + dx) * g->in_c + c] * (in[(iy * g->in_w + ix) * g->in_c + c] - g->in_zp);
                    }
                }
                out[(oy * g->out_w + ox) * g->out_c + c] = requant(acc + bias[c], mult[c], shift[c], g);
            }
}

void kws_fully_connected(const kws_geom_t* g, int32_t in_len, const int8_t* in, const int8_t* w,
                         const int32_t* bias, int32_t mult, int32_t shift, int8_t* out) {
    int o, i;
    for (o = 0; o < g->out_c; o++) {
        int32_t acc = 0;
        const int8_t* wp = w + o * in_len;
        for (i = 0; i < in_len; i++) acc += wp[i] * (in[i] - g->in_zp);
        out[o] = requant(acc + bias[o], mult, shift, g);
    }
}

/* acc / n rounded half away from zero with truncating division, as TFLM. */
static int32_t divide_rounded(int32_t acc, int32_t n) {
    return acc > 0 ? (acc + n / 2) / n : (acc - n / 2) / n;
}

static void pool(const kws_geom_t* g, const int8_t* in, int8_t* out, int is_max) {
    int oy, ox, c, iy, ix;
    for (oy = 0; oy < g->out_h; oy++)
        for (ox = 0; ox < g->out_w; ox++) {
            int32_t y0 = oy * g->stride_h - g->pad_top, x0 = ox * g->stride_w - g->pad_left;
            int32_t y_lo = y0 < 0 ? 0 : y0, x_lo = x0 < 0 ? 0 : x0;
            int32_t y_hi = y0 + g->k_h < g->in_h ? y0 + g->k_h : g->in_h;
            int32_t x_hi = x0 + g->k_w < g->in_w ? x0 + g->k_w : g->in_w;
            for (c = 0; c < g->in_c; c++) {
                int32_t acc = is_max ? -128 : 0, count = 0;
                for (iy = y_lo; iy < y_hi; iy++)
                    for (ix = x_lo; ix < x_hi; ix++) {
                        int32_t v = in[(iy * g->in_w + ix) * g->in_c + c];
                        if (is_max) acc = v > acc ? v : acc; else acc += v;
                        count++;
                    }
                if (!is_max) acc = divide_rounded(acc, count);
                out[(oy * g->out_w + ox) * g->in_c + c] = (int8_t)clamp_i32(acc, g->act_min, g->act_max);
            }
        }
}

void kws_avg_pool(const kws_geom_t* g, const int8_t* in, int8_t* out) { pool(g, in, out, 0); }

void kws_max_pool(const kws_geom_t* g, const int8_t* in, int8_t* out) { pool(g, in, out, 1); }

void kws_add(int32_t n, const int8_t* a, int32_t a_zp, const int8_t* b, int32_t b_zp,
             const int32_t* mult, const int32_t* shift, int32_t out_zp, int32_t act_min, int32_t act_max, int8_t* out) {
    int32_t i;
    for (i = 0; i < n; i++) {
        int32_t sa = kws_multiply_by_quantized_multiplier((a[i] - a_zp) * (1 << 20), mult[0], shift[0]);
        int32_t sb = kws_multiply_by_quantized_multiplier((b[i] - b_zp) * (1 << 20), mult[1], shift[1]);
        int32_t v = kws_multiply_by_quantized_multiplier(sa + sb, mult[2], shift[2]) + out_zp;
        out[i] = (int8_t)clamp_i32(v, act_min, act_max);
    }
}

void kws_mean(const kws_geom_t* g, const int8_t* in, int32_t mult, int32_t shift, int8_t* out) {
    int32_t n = g->in_h * g->in_w, c, p;
    for (c = 0; c < g->in_c; c++) {
        int32_t acc = 0;
        for (p = 0; p < n; p++) acc += in[p * g->in_c + c] - g->in_zp;
        acc = divide_rounded(kws_multiply_by_quantized_multiplier(acc, mult, shift), n);
        out[c] = (int8_t)clamp_i32(acc + g->out_zp, -128, 127);
    }
}
