#include "dp_listen.h"

#include <string.h>

#include "dp_bytes.h"

const char *dp_model_label(const dp_model *m, uint32_t i, uint8_t *len) {
    uint32_t at = dp_get_u32(m->blob + 40);
    if (i >= m->label_count) return 0;
    for (uint32_t k = 0; at < m->size; k++) {
        uint8_t n = m->blob[at];
        if (at + 1u + n > m->size) return 0;
        if (k == i) { *len = n; return (const char *)(m->blob + at + 1u); }
        at += 1u + n;
    }
    return 0;
}

int dp_listen_init(dp_listener *l, const dp_listen_cfg *cfg, const dp_model *model, dp_stream *stream,
                   int8_t *arena, uint32_t arena_size) {
    memset(l, 0, sizeof *l);
    if (!model->fe.present || model->label_count > DP_LISTEN_MAX_LABELS || arena_size < model->arena_bytes) return -1;
    if (cfg->average < 1 || cfg->average > DP_LISTEN_MAX_AVERAGE || cfg->every_frames < 1) return -1;
    l->cfg = *cfg; l->model = model; l->stream = stream; l->arena = arena; l->arena_size = arena_size;
    l->last_ms = -1;
    dp_stream_init(stream, &model->fe);
    return 0;
}

/* The rule of dp_listen.h on the newest scores; 1 and (*top, *score) on a detection. */
static int decide(dp_listener *l, const int8_t *scores, uint32_t now_ms, uint8_t *top, int8_t *score) {
    uint32_t n = l->model->label_count, avg = l->cfg.average;
    memcpy(l->ring[l->slot], scores, n);
    l->slot = (uint8_t)((l->slot + 1u) % avg);
    if (l->count < avg) l->count++;
    if (l->count < avg) return 0;
    int32_t best = -1, best_sum = 0;
    for (uint32_t i = 0; i < n; i++) {
        int32_t sum = 0;
        for (uint32_t k = 0; k < avg; k++) sum += l->ring[k][i];
        if (best < 0 || sum > best_sum) { best = (int32_t)i; best_sum = sum; }
    }
    uint8_t len = 0;
    const char *name = dp_model_label(l->model, (uint32_t)best, &len);
    if (!name || (len > 0 && name[0] == '_') || best_sum < (int32_t)l->cfg.threshold * (int32_t)avg) return 0;
    if (l->last_ms >= 0 && (int64_t)now_ms - l->last_ms < (int64_t)l->cfg.refractory_ms) return 0;
    l->last_ms = now_ms;
    *top = (uint8_t)best;
    *score = (int8_t)(best_sum / (int32_t)avg);
    return 1;
}

/* One frame has just ended at l->samples: run the model if due and apply the rule. */
static int on_frame(dp_listener *l, dp_detect_fn on_detect, void *ctx) {
    int8_t scores[DP_LISTEN_MAX_LABELS];
    uint8_t top, len = 0;
    int8_t score;
    l->since_infer++;
    if (!dp_stream_ready(l->stream) || l->since_infer < l->cfg.every_frames) return 0;
    l->since_infer = 0;
    const dp_model *m = l->model;
    if (dp_model_run(m, l->stream->features, m->input_len, l->arena, l->arena_size, scores, DP_LISTEN_MAX_LABELS) < 0) return 0;
    l->inferences++;
    uint32_t now = (uint32_t)(l->samples * 1000u / m->fe.sample_rate);
    if (!decide(l, scores, now, &top, &score)) return 0;
    l->detections++;
    const char *name = dp_model_label(m, top, &len);
    if (on_detect) on_detect(ctx, top, score, now, name, len);
    return 1;
}

int dp_listen_push(dp_listener *l, const int16_t *pcm, int32_t n, dp_detect_fn on_detect, void *ctx) {
    int found = 0;
    while (n > 0) { /* push up to the end of the next frame, so each frame is judged at its own time */
        int32_t need = (int32_t)l->stream->fe->window - (l->stream->fill - l->stream->next);
        int32_t take = need < 1 ? 1 : (need < n ? need : n);
        int made = dp_stream_push(l->stream, pcm, take);
        l->samples += (uint64_t)take;
        pcm += take;
        n -= take;
        for (int k = 0; k < made; k++) found += on_frame(l, on_detect, ctx);
    }
    return found;
}
