/* Dartboard int8 kernels: TFLM's reference integer kernels (NHWC, batch 1), transcribed from
 * dev.dartboard.quant.Int8Kernels / Int8PoolKernels, which they must equal bit for bit.
 * Out-of-bounds taps are skipped (= padding with the input zero point). No allocation, no floats. */
#ifndef KWS_KERNELS_H
#define KWS_KERNELS_H

#include <stdint.h>

/* Geometry and quantization of one windowed op. in_zp/out_zp are the tensors' zero points;
 * act_min..act_max the fused activation's int8 range. */
typedef struct {
    int16_t in_h, in_w, in_c, out_h, out_w, out_c;
    int16_t k_h, k_w, stride_h, stride_w, pad_top, pad_left;
    int32_t in_zp, out_zp, act_min, act_max;
} kws_geom_t;

int32_t kws_multiply_by_quantized_multiplier(int32_t x, int32_t q, int32_t shift);

/* CONV_2D, weights [out_c][k_h][k_w][in_c], per-channel mult/shift [out_c]. */
void kws_conv(const kws_geom_t* g, const int8_t* in, const int8_t* w, const int32_t* bias,
              const int32_t* mult, const int32_t* shift, int8_t* out);
/* DEPTHWISE_CONV_2D (multiplier 1), weights [k_h][k_w][c], per-channel mult/shift [c]. */
void kws_depthwise(const kws_geom_t* g, const int8_t* in, const int8_t* w, const int32_t* bias,
                   const int32_t* mult, const int32_t* shift, int8_t* out);
/* FULLY_CONNECTED, weights [out_c][in_len], per-tensor mult/shift; input flattened HWC. */
void kws_fully_connected(const kws_geom_t* g, int32_t in_len, const int8_t* in, const int8_t* w,
                         const int32_t* bias, int32_t mult, int32_t shift, int8_t* out);
void kws_avg_pool(const kws_geom_t* g, const int8_t* in, int8_t* out);
void kws_max_pool(const kws_geom_t* g, const int8_t* in, int8_t* out);
/* ADD with TFLM's left shift 20; mult/shift = {input1, input2, output}. */
void kws_add(int32_t n, const int8_t* a, int32_t a_zp, const int8_t* b, int32_t b_zp,
             const int32_t* mult, const int32_t* shift, int32_t out_zp, int32_t act_min, int32_t act_max, int8_t* out);
/* MEAN over H and W (keep dims): sum(x - in_zp), multiplier in/out, / (H*W) rounded, + out_zp. */
void kws_mean(const kws_geom_t* g, const int8_t* in, int32_t mult, int32_t shift, int8_t* out);

#endif
