/* Keyword detection on a continuous PCM stream (the board's microphone, or the simulator's --mic WAV):
 * the boot model's front end (dp_stream) produces one frame per hop; once the feature matrix is full,
 * the model runs every `every_frames` frames, and a detection rule in the manner of TFLM micro_speech's
 * RecognizeCommands (our own, integer-only so the host can reproduce it exactly) decides:
 *   keep the last `average` int8 score vectors; when there are that many, sum them per label;
 *   top = the label with the largest sum (lowest index on ties); report top when its name does not
 *   start with '_' (silence, unknown), sum[top] >= threshold * average, and at least refractory_ms
 *   have passed since the last detection. The reported score is sum[top] / average (truncated).
 * Time is the stream's: ms = samples consumed * 1000 / sample_rate, taken when the frame ends.
 * The mirror on the host is dev.dartboard.device.DetectionRule. Caller-owned state; not reentrant. */
#ifndef DP_LISTEN_H
#define DP_LISTEN_H
#include <stdint.h>

#include "dp_frontend.h"
#include "dp_model.h"

#define DP_LISTEN_MAX_AVERAGE 8u
#define DP_LISTEN_MAX_LABELS 64u

typedef struct {
    uint8_t average;        /* 1 .. DP_LISTEN_MAX_AVERAGE score vectors averaged */
    int8_t threshold;       /* int8 score the average must reach */
    uint16_t every_frames;  /* run the model every this many frames (>= 1) */
    uint32_t refractory_ms; /* quiet time after a detection */
} dp_listen_cfg;

typedef void (*dp_detect_fn)(void *ctx, uint8_t label, int8_t score, uint32_t time_ms, const char *name, uint8_t name_len);

typedef struct {
    dp_listen_cfg cfg;
    const dp_model *model;
    dp_stream *stream;
    int8_t *arena;
    uint32_t arena_size;
    int8_t ring[DP_LISTEN_MAX_AVERAGE][DP_LISTEN_MAX_LABELS];
    uint8_t count, slot;
    uint32_t since_infer, inferences, detections;
    uint64_t samples;
    int64_t last_ms;        /* -1: no detection yet */
} dp_listener;

/* Returns 0, or -1 if the model has no front end, more labels than DP_LISTEN_MAX_LABELS, needs more
 * arena than given, or cfg is out of range. model, stream and arena must outlive the listener. */
int dp_listen_init(dp_listener *l, const dp_listen_cfg *cfg, const dp_model *model, dp_stream *stream,
                   int8_t *arena, uint32_t arena_size);

/* Consumes n samples; calls on_detect (if not NULL) for every detection; returns how many there were. */
int dp_listen_push(dp_listener *l, const int16_t *pcm, int32_t n, dp_detect_fn on_detect, void *ctx);

/* Label i's name inside the blob (not terminated); *len its length. NULL if i is out of range. */
const char *dp_model_label(const dp_model *m, uint32_t i, uint8_t *len);

#endif
