/* See kws_frontend.h. One hop, stage by stage, with the arithmetic of kws_fe_core.h (shared with the
 * firmware's dp_frontend.c) at this library's sizes; bench/device-speed.sh times each stage on its own.
 * The float results differ from the Java FeatureExtractor's by rounding only (CLibraryHostTest). */
#include "kws_frontend.h"
#include "kws_frontend_tables.h"
#include "kws_fe_core.h"

#define HALF (KWS_FFT_SIZE / 2)
#define ODD_LOG2_HALF ((HALF & 0xAAAAAAAA) != 0)

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
