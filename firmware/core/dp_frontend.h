/* The board's audio front end, at run time from a model blob v2, v3 or v4 (firmware/README.md): the computation
 * of the C export's kws_frontend.c / kws_stream.c (float32; each hop's arithmetic is the export's own
 * kws_fe_core.h, one source) with the constants and tables read from the blob's front-end section
 * instead of model_settings.h, so one firmware runs any model's front end; the FFT plan (radix-4
 * twiddles, bit-reversed slots), which the export makes at export time, is made at open by kws_fe_plan.
 * Frame t = pcm[t*hop, t*hop + window) / 32768 times the periodic Hann window, zero-padded to fft; power
 * spectrum by a real FFT (radix-4, fft/2 complex points); sparse HTK mel filterbank; ln(mel + 1e-6);
 * orthonormal DCT-II (MFCC) or the log-mel itself; quantized with the model's input scale and zero
 * point: q = clamp(roundf(x / scale) + zp).
 * A v4 blob's front end is Q15 (arithmetic 1 at byte 45): the same stages in integers, kws_fe_q15_* of the
 * same kws_fe_core.h (the export's kws_frontend.c with KWS_FRONTEND_Q15), on the blob's integer tables (twiddles
 * and slots included: no plan at open); each frame's Q16 features become floats exactly (q / 65536) and are
 * quantized as above, so they equal Java's FixedPointFrontEnd + QuantModel.quantizeInput bit for bit.
 *
 * Ownership: dp_frontend borrows the blob (like dp_model). dp_stream is caller-owned scratch (no
 * statics, no heap); one stream per audio source; not reentrant; push from one context. */
#ifndef DP_FRONTEND_H
#define DP_FRONTEND_H
#include <stdint.h>

#define DP_FE_MAX_FFT 1024u    /* largest fft_size (window <= fft) a blob may ask for */
#define DP_FE_MAX_MEL 128u     /* mel bins / values per frame */
#define DP_FE_MAX_PCM 2048u    /* window + hop samples the stream buffers */
#define DP_FE_MAX_INPUT 8192u  /* frames x features int8 */

typedef struct {
    uint8_t present, mfcc, q15;
    uint16_t window, hop, fft, mel_bins, features, frames;
    uint32_t clip_samples, sample_rate;
    float in_scale;
    int32_t in_zp;
    const float *win, *cos, *sin, *mel_w, *dct;   /* into the blob (float front end) */
    const uint16_t *mel_first, *mel_offset;
    const uint16_t *q_win, *q_mel_w, *q_slot;     /* into the blob (Q15 front end) */
    const int16_t *q_cos, *q_sin, *q_tw, *q_dct;
    int odd;                                      /* log2(fft / 2) odd (kws_fe_core.h) */
    float fft_tw[DP_FE_MAX_FFT];                  /* float: kws_fe_plan's radix-4 twiddles (< fft floats) */
    uint16_t fft_slot[DP_FE_MAX_FFT / 2u];        /* and bit-reversed slots (<= fft / 2); Q15: in the blob */
} dp_frontend;

/* Reads the front-end header fields (44..55, 80..95; arithmetic at 45) and the section of blob[size]; in_h/in_w are
 * the model's input shape. Returns 0 and fe->present = 1, or -1 if anything is out of bounds or inconsistent. */
int dp_frontend_open(dp_frontend *fe, const uint8_t *blob, uint32_t size, uint16_t in_h, uint16_t in_w);

typedef struct {
    const dp_frontend *fe;
    int16_t pcm[DP_FE_MAX_PCM];       /* samples not yet consumed, oldest first */
    int32_t fill, next;               /* valid samples; offset of the next frame's first sample */
    uint32_t frames;                  /* frames computed since dp_stream_init */
    int8_t features[DP_FE_MAX_INPUT]; /* the last fe->frames frames, quantized, oldest first */
    union { float f[DP_FE_MAX_FFT]; int32_t q[DP_FE_MAX_FFT]; } buf;   /* FFT, interleaved re, im */
    union { float f[DP_FE_MAX_FFT / 2u + 1u]; uint64_t q[DP_FE_MAX_FFT / 2u + 1u]; int32_t q16[DP_FE_MAX_MEL]; } power;
    union { float f[DP_FE_MAX_MEL]; uint64_t q[DP_FE_MAX_MEL]; int32_t q16[DP_FE_MAX_MEL]; } mel;
    float out[DP_FE_MAX_MEL];         /* the frame's features; Q15: power.q16 = log-mel, mel.q16 = MFCC (Q16) */
} dp_stream;

/* Starts a stream on fe (which must be present and outlive the stream): no samples, no frames. */
void dp_stream_init(dp_stream *s, const dp_frontend *fe);

/* Appends n samples; returns how many new frames were computed. After any clip of clip_samples
 * samples pushed from a fresh state, features equals the clip's features (as kws_features). */
int dp_stream_push(dp_stream *s, const int16_t *samples, int32_t n);

/* Nonzero once fe->frames frames exist. */
int dp_stream_ready(const dp_stream *s);

#endif
