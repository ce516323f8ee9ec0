/* See dp_frontend.h. frame() and frame_q15() run the C export's kws_fe_core.h (src/main/resources/dev/dartboard/export/
 * csource/, the same source as kws_frontend_frame) and dp_stream_push mirrors kws_stream_push operation
 * for operation, so the float results are the same; keep the streaming in step. */
#include "dp_frontend.h"

#include <math.h>
#include <string.h>

#include "dp_bytes.h"
#include "kws_fe_core.h"

static uint32_t align4(uint32_t x) { return (x + 3u) & ~3u; }

/* Header fields and limits; 0 if acceptable. */
static int fields(dp_frontend *fe, const uint8_t *blob, uint16_t in_h, uint16_t in_w, uint16_t coeffs) {
    uint8_t code = blob[44];
    uint32_t zp = dp_get_u32(blob + 28);
    memcpy(&fe->in_scale, blob + 24, 4);
    fe->in_zp = (int32_t)zp;
    fe->mfcc = code == 1;
    fe->sample_rate = dp_get_u32(blob + 48);
    fe->mel_bins = dp_get_u16(blob + 52);
    fe->clip_samples = dp_get_u32(blob + 84);
    fe->window = dp_get_u16(blob + 88); fe->hop = dp_get_u16(blob + 90); fe->fft = dp_get_u16(blob + 92);
    fe->features = fe->mfcc ? coeffs : fe->mel_bins;
    fe->frames = in_h;
    if ((code != 1 && code != 2) || fe->sample_rate < 1) return -1;
    if (fe->fft < 4 || fe->fft > DP_FE_MAX_FFT || (fe->fft & (fe->fft - 1u)) || fe->window < 1 || fe->window > fe->fft) return -1;
    if (fe->hop < 1 || (uint32_t)fe->window + fe->hop > DP_FE_MAX_PCM) return -1;
    if (fe->mel_bins < 1 || fe->mel_bins > DP_FE_MAX_MEL || fe->mel_bins > fe->fft / 2u + 1u) return -1;
    if (fe->mfcc && (coeffs < 1 || coeffs > fe->mel_bins)) return -1;
    if (fe->features != in_w || in_h < 1 || (uint32_t)in_h * in_w > DP_FE_MAX_INPUT) return -1;
    if (fe->clip_samples < (uint32_t)(in_h - 1) * fe->hop + fe->window) return -1;
    return fe->in_scale > 0.0f && fe->in_scale < 1e30f ? 0 : -1;
}

/* The mel tables: offsets from 0 to count, non-decreasing, every filter inside the FFT bins. */
static int mel_ok(const dp_frontend *fe, uint32_t count) {
    if (fe->mel_offset[0] != 0 || fe->mel_offset[fe->mel_bins] != count) return 0;
    for (uint32_t j = 0; j < fe->mel_bins; j++) {
        if (fe->mel_offset[j + 1] < fe->mel_offset[j]) return 0;
        if ((uint32_t)fe->mel_first[j] + fe->mel_offset[j + 1] - fe->mel_offset[j] > fe->fft / 2u + 1u) return 0;
    }
    return 1;
}

/* Float section (v2, v3): window, cos, sin f32, mel_first, mel_offset u16, mel weights, DCT f32; the FFT plan made here. */
static int float_tables(dp_frontend *fe, const uint8_t *blob, uint32_t size, uint32_t off, uint32_t count) {
    uint32_t half = fe->fft / 2u;
    uint32_t o_cos = off + 4u * fe->window, o_sin = o_cos + 4u * half, o_first = o_sin + 4u * half;
    uint32_t o_offset = o_first + align4(2u * fe->mel_bins), o_w = o_offset + align4(2u * (fe->mel_bins + 1u));
    uint32_t o_dct = o_w + 4u * count, end = o_dct + (fe->mfcc ? 4u * fe->features * fe->mel_bins : 0u);
    if (end > size || end < off) return -1;
    fe->win = (const float *)(const void *)(blob + off);
    fe->cos = (const float *)(const void *)(blob + o_cos);
    fe->sin = (const float *)(const void *)(blob + o_sin);
    fe->mel_first = (const uint16_t *)(const void *)(blob + o_first);
    fe->mel_offset = (const uint16_t *)(const void *)(blob + o_offset);
    fe->mel_w = (const float *)(const void *)(blob + o_w);
    fe->dct = fe->mfcc ? (const float *)(const void *)(blob + o_dct) : 0;
    if (!mel_ok(fe, count)) return -1;
    kws_fe_plan(fe->fft / 2, fe->cos, fe->sin, fe->fft_tw, fe->fft_slot);
    return 0;
}

/* Q15 section (v4, dev.dartboard.export.blob.FixedPointSection), 16-bit arrays each 4-byte aligned: window, cos, sin,
 * radix-4 twiddles (6 per k of every stage), slots (half / 2 or half), mel_first, mel_offset, mel weights, DCT. */
static int q15_tables(dp_frontend *fe, const uint8_t *blob, uint32_t size, uint32_t off, uint32_t count) {
    uint32_t half = fe->fft / 2u, tw = 0, slots = fe->odd ? half / 2u : half;
    for (uint32_t len = fe->odd ? 2u : 1u; len < half; len *= 4u) tw += 6u * (len - 1u);
    uint32_t o_cos = off + align4(2u * fe->window), o_sin = o_cos + align4(2u * half), o_tw = o_sin + align4(2u * half);
    uint32_t o_slot = o_tw + align4(2u * tw), o_first = o_slot + align4(2u * slots);
    uint32_t o_offset = o_first + align4(2u * fe->mel_bins), o_w = o_offset + align4(2u * (fe->mel_bins + 1u));
    uint32_t o_dct = o_w + align4(2u * count), end = o_dct + (fe->mfcc ? align4(2u * fe->features * fe->mel_bins) : 0u);
    if (end > size || end < off) return -1;
    fe->q_win = (const uint16_t *)(const void *)(blob + off);
    fe->q_cos = (const int16_t *)(const void *)(blob + o_cos);
    fe->q_sin = (const int16_t *)(const void *)(blob + o_sin);
    fe->q_tw = (const int16_t *)(const void *)(blob + o_tw);
    fe->q_slot = (const uint16_t *)(const void *)(blob + o_slot);
    fe->mel_first = (const uint16_t *)(const void *)(blob + o_first);
    fe->mel_offset = (const uint16_t *)(const void *)(blob + o_offset);
    fe->q_mel_w = (const uint16_t *)(const void *)(blob + o_w);
    fe->q_dct = fe->mfcc ? (const int16_t *)(const void *)(blob + o_dct) : 0;
    if (!mel_ok(fe, count)) return -1;
    /* kws_fe_q15_window writes buf[slot .. slot + 3] (odd log2) or [slot, slot + 1]: every slot inside 2 half int32 */
    for (uint32_t n = 0; n < slots; n++)
        if (fe->q_slot[n] > 2u * half - (fe->odd ? 4u : 2u)) return -1;
    return 0;
}

int dp_frontend_open(dp_frontend *fe, const uint8_t *blob, uint32_t size, uint16_t in_h, uint16_t in_w) {
    memset(fe, 0, sizeof *fe);
    if (fields(fe, blob, in_h, in_w, dp_get_u16(blob + 54))) { memset(fe, 0, sizeof *fe); return -1; }
    uint32_t off = dp_get_u32(blob + 80), count = dp_get_u16(blob + 94);
    fe->q15 = blob[45] == 1;
    fe->odd = kws_fe_odd_log2(fe->fft / 2u);
    if (off % 4u || off < 96u || off > size || (fe->q15 ? q15_tables : float_tables)(fe, blob, size, off, count)) {
        memset(fe, 0, sizeof *fe);
        return -1;
    }
    fe->present = 1;
    return 0;
}

/* One frame of features into s->out from pcm[0 .. window) (as kws_frontend_frame, with its kws_fe_core.h). */
static void frame(dp_stream *s, const int16_t *pcm) {
    const dp_frontend *fe = s->fe;
    int half = fe->fft / 2;
    kws_fe_window(s->buf.f, pcm, fe->win, fe->window, half, fe->odd, fe->fft_slot);
    kws_fe_fft(s->buf.f, half, fe->odd, fe->fft_tw);
    kws_fe_power(s->buf.f, s->power.f, half, fe->cos, fe->sin);
    kws_fe_mel(s->power.f, s->mel.f, fe->mel_bins, fe->mel_first, fe->mel_offset, fe->mel_w);
    kws_fe_log(s->mel.f, fe->mel_bins, 1e-6f);
    if (fe->mfcc) kws_fe_dct(s->mel.f, s->out, fe->features, fe->mel_bins, fe->dct);
    else memcpy(s->out, s->mel.f, (size_t)fe->mel_bins * sizeof(float));
}

/* The Q15 frame (as kws_frontend_frame with KWS_FRONTEND_Q15): integers, then the Q16 results as floats (exact). The
 * log-mel goes into power (no longer needed after the mel sums), the MFCC into mel (no longer needed after the log). */
static void frame_q15(dp_stream *s, const int16_t *pcm) {
    const dp_frontend *fe = s->fe;
    int half = fe->fft / 2;
    int shift = kws_fe_q15_window(s->buf.q, pcm, fe->q_win, fe->window, half, fe->odd, fe->q_slot);
    kws_fe_q15_fft(s->buf.q, half, fe->odd, fe->q_tw);
    kws_fe_q15_power(s->buf.q, s->power.q, half, fe->q_cos, fe->q_sin);
    kws_fe_q15_mel(s->power.q, s->mel.q, fe->mel_bins, fe->mel_first, fe->mel_offset, fe->q_mel_w);
    kws_fe_q15_log(s->mel.q, s->power.q16, fe->mel_bins, shift);
    const int32_t *q16 = s->power.q16;
    if (fe->mfcc) {
        kws_fe_q15_dct(s->power.q16, s->mel.q16, fe->features, fe->mel_bins, fe->q_dct);
        q16 = s->mel.q16;
    }
    for (int i = 0; i < fe->features; i++) s->out[i] = (float)q16[i] * (1.0f / 65536);
}

/* Computes the frame at s->next, shifts the matrix up one row and quantizes it into the last row. */
static void emit_frame(dp_stream *s) {
    const dp_frontend *fe = s->fe;
    int8_t *row = s->features + (fe->frames - 1) * fe->features;
    if (fe->q15) frame_q15(s, s->pcm + s->next);
    else frame(s, s->pcm + s->next);
    memmove(s->features, s->features + fe->features, (size_t)(fe->frames - 1) * fe->features);
    for (int i = 0; i < fe->features; i++) {
        int32_t q = (int32_t)roundf(s->out[i] / fe->in_scale) + fe->in_zp;
        row[i] = (int8_t)(q < -128 ? -128 : (q > 127 ? 127 : q));
    }
    s->next += fe->hop;
    s->frames++;
}

void dp_stream_init(dp_stream *s, const dp_frontend *fe) {
    s->fe = fe;
    s->fill = s->next = 0;
    s->frames = 0;
    memset(s->features, 0, sizeof s->features);
}

int dp_stream_push(dp_stream *s, const int16_t *samples, int32_t n) {
    const int32_t cap = s->fe->window + s->fe->hop;
    int made = 0;
    while (n > 0) {
        if (s->fill == cap) { /* slide: keep what the next frames still need */
            int32_t keep = s->fill - s->next;
            if (keep > 0) memmove(s->pcm, s->pcm + s->next, (size_t)keep * sizeof(int16_t));
            s->fill = keep > 0 ? keep : 0;
            s->next = keep < 0 ? -keep : 0;
        }
        int32_t room = cap - s->fill, take = n < room ? n : room;
        memcpy(s->pcm + s->fill, samples, (size_t)take * sizeof(int16_t));
        s->fill += take;
        samples += take;
        n -= take;
        while (s->fill - s->next >= s->fe->window) { emit_frame(s); made++; }
    }
    return made;
}

int dp_stream_ready(const dp_stream *s) { return s->frames >= s->fe->frames; }
