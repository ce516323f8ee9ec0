/* See kws_frontend.h. One hop, stage by stage, with the arithmetic of kws_fe_core.h (shared with the
 * firmware's dp_frontend.c) at this library's sizes; bench/device-speed.sh times each stage on its own.
 * Float (KWS_FRONTEND_Q15 0): the results differ from the Java FeatureExtractor's by rounding only
 * (CLibraryHostTest). Q15: integers throughout, equal to Java's FixedPointFrontEnd bit for bit; the Q16
 * results become floats exactly. */
#include "kws_frontend.h"
#include "kws_frontend_tables.h"
#include "kws_fe_core.h"

#define HALF (KWS_FFT_SIZE / 2)
#define ODD_LOG2_HALF ((HALF & 0xAAAAAAAA) != 0)

#if KWS_FRONTEND_Q15

static int32_t buf[KWS_FFT_SIZE];    /* HALF complex values, interleaved re, im */
static uint64_t power[HALF + 1];
static uint64_t mel[KWS_MEL_BINS];
static int32_t logmel[KWS_MEL_BINS];
static int shift;                    /* the frame's block exponent */

static void fe_window(const int16_t* pcm) {
    shift = kws_fe_q15_window(buf, pcm, kws_q15_window, KWS_WINDOW_SAMPLES, HALF, ODD_LOG2_HALF, kws_fft_slot);
}

static void fft_half(void) { kws_fe_q15_fft(buf, HALF, ODD_LOG2_HALF, kws_q15_twiddles); }

static void fe_power(void) { kws_fe_q15_power(buf, power, HALF, kws_q15_cos, kws_q15_sin); }

static void fe_mel(void) { kws_fe_q15_mel(power, mel, KWS_MEL_BINS, kws_mel_first, kws_mel_offset, kws_q15_mel_weights); }

static void fe_log(void) { kws_fe_q15_log(mel, logmel, KWS_MEL_BINS, shift); }

static void fe_dct(float* out) {
    int i;
#if KWS_FEATURE_MFCC
    int32_t q[KWS_MFCC_COEFFS];
    kws_fe_q15_dct(logmel, q, KWS_MFCC_COEFFS, KWS_MEL_BINS, kws_q15_dct);
    for (i = 0; i < KWS_MFCC_COEFFS; i++) out[i] = (float)q[i] * (1.0f / 65536);
#else
    for (i = 0; i < KWS_MEL_BINS; i++) out[i] = (float)logmel[i] * (1.0f / 65536);
#endif
}

#else

static float buf[KWS_FFT_SIZE];      /* HALF complex values, interleaved re, im */
static float power[HALF + 1];
static float mel[KWS_MEL_BINS];

static void fe_window(const int16_t* pcm) {
    kws_fe_window(buf, pcm, kws_window, KWS_WINDOW_SAMPLES, HALF, ODD_LOG2_HALF, kws_fft_slot);
}

static void fft_half(void) { kws_fe_fft(buf, HALF, ODD_LOG2_HALF, kws_fft_twiddles); }

static void fe_power(void) { kws_fe_power(buf, power, HALF, kws_twiddle_cos, kws_twiddle_sin); }

static void fe_mel(void) { kws_fe_mel(power, mel, KWS_MEL_BINS, kws_mel_first, kws_mel_offset, kws_mel_weights); }

static void fe_log(void) { kws_fe_log(mel, KWS_MEL_BINS, KWS_LOG_OFFSET); }

static void fe_dct(float* out) {
#if KWS_FEATURE_MFCC
    kws_fe_dct(mel, out, KWS_MFCC_COEFFS, KWS_MEL_BINS, kws_dct);
#else
    memcpy(out, mel, sizeof mel);
#endif
}

#endif

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
