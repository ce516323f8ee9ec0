#include "dp_runner.h"

#include <stddef.h>
#include <string.h>

#include "dp_bytes.h"

void dp_runner_init(dp_runner *r, int8_t *arena, uint32_t arena_size, uint32_t *copy, uint32_t copy_size,
                    const uint8_t *(*map)(void *, uint32_t), void *map_ctx, uint32_t (*cycle_counter)(void)) {
    r->arena = arena; r->arena_size = arena_size;
    r->copy = copy; r->copy_size = copy_size;
    r->map = map; r->map_ctx = map_ctx;
    r->cycle_counter = cycle_counter;
    r->slot = DP_NO_SLOT;
    r->open_status = 1;
    r->stream = NULL;
    r->kind = 0;
}

static const uint8_t *blob_of(dp_runner *r, const dp_store *s, uint32_t size) {
    if (r->map) return r->map(r->map_ctx, dp_store_model_addr(s));
    if (!r->copy || size > r->copy_size) return NULL;
    return dp_store_read_model(s, 0, (uint8_t *)r->copy, size) == DP_STORE_OK ? (const uint8_t *)r->copy : NULL;
}

const dp_model *dp_runner_model(dp_runner *r, const dp_store *s) {
    if (s->active == DP_NO_SLOT) return NULL;
    const dp_slot_info *si = &s->slots[s->active];
    if (r->slot != s->active || r->generation != si->generation || r->crc != si->crc32) {
        const uint8_t *blob = blob_of(r, s, si->size);
        r->open_status = (uint8_t)(blob == NULL || dp_model_open(&r->model, blob, si->size) != DP_MODEL_OK);
        r->slot = s->active; r->generation = si->generation; r->crc = si->crc32;
    }
    return r->open_status == 0 && r->model.label_count <= 255 ? &r->model : NULL;
}

int dp_runner_infer(void *ctx, const dp_store *s, const uint8_t *input, uint16_t len,
                    int8_t *scores, uint8_t max_scores, uint32_t *cycles, uint32_t *value) {
    dp_runner *r = (dp_runner *)ctx;
    const dp_model *m = dp_runner_model(r, s);
    if (!m) return DP_INFER_BAD_MODEL;
    if (len != m->input_len) { *value = m->input_len; return DP_INFER_BAD_INPUT; }
    if (r->arena_size < m->arena_bytes) { *value = m->arena_bytes; return DP_INFER_NO_RAM; }
    uint32_t t0 = r->cycle_counter ? r->cycle_counter() : 0;
    int n = dp_model_run(m, (const int8_t *)input, len, r->arena, r->arena_size, scores, max_scores);
    *cycles = r->cycle_counter ? r->cycle_counter() - t0 : 0;
    return n < 0 ? DP_INFER_BAD_MODEL : (n > max_scores ? max_scores : n);
}

/* Chunked INFER (dp_infer_ops): features are gathered in stream->features, PCM goes through the
 * stream's front end as it arrives (only window + hop samples are ever held). */
static int chunk_begin(void *ctx, const dp_store *s, uint8_t kind, uint32_t total, uint32_t *value) {
    dp_runner *r = (dp_runner *)ctx;
    const dp_model *m = dp_runner_model(r, s);
    r->kind = 0;
    if (!m) return DP_INFER_BAD_MODEL;
    if (!r->stream || kind > DP_INFER_KIND_PCM) { *value = kind; return DP_INFER_UNSUPPORTED; }
    if (kind == DP_INFER_KIND_PCM && !m->fe.present) { *value = kind; return DP_INFER_UNSUPPORTED; }
    if (kind == DP_INFER_KIND_FEATURES && m->input_len > DP_FE_MAX_INPUT) { *value = DP_FE_MAX_INPUT; return DP_INFER_NO_RAM; }
    uint32_t want = kind == DP_INFER_KIND_PCM ? 2u * m->fe.clip_samples : m->input_len;
    if (total != want) { *value = want; return DP_INFER_BAD_INPUT; }
    if (r->arena_size < m->arena_bytes) { *value = m->arena_bytes; return DP_INFER_NO_RAM; }
    if (kind == DP_INFER_KIND_PCM) dp_stream_init(r->stream, &r->model.fe);
    r->kind = (uint8_t)(kind + 1u);
    r->session_gen = s->slots[s->active].generation;
    r->fe_cycles = 0;
    return 0;
}

static int chunk_data(void *ctx, uint32_t offset, const uint8_t *bytes, uint32_t n, uint32_t *value) {
    dp_runner *r = (dp_runner *)ctx;
    if (r->kind == DP_INFER_KIND_FEATURES + 1u) { memcpy(r->stream->features + offset, bytes, n); return 0; }
    if (offset % 2u || n % 2u) { *value = 2; return DP_INFER_BAD_INPUT; } /* whole samples only */
    uint32_t t0 = r->cycle_counter ? r->cycle_counter() : 0;
    int16_t pcm[128];
    for (uint32_t done = 0; done < n / 2u;) {
        uint32_t k = n / 2u - done < 128u ? n / 2u - done : 128u;
        for (uint32_t i = 0; i < k; i++) pcm[i] = (int16_t)dp_get_u16(bytes + 2u * (done + i));
        dp_stream_push(r->stream, pcm, (int32_t)k);
        done += k;
    }
    if (r->cycle_counter) r->fe_cycles += r->cycle_counter() - t0;
    return 0;
}

static int chunk_run(void *ctx, const dp_store *s, int8_t *scores, uint8_t max_scores, uint32_t *cycles,
                     uint32_t *fe_cycles, uint32_t *value) {
    dp_runner *r = (dp_runner *)ctx;
    const dp_model *m = dp_runner_model(r, s);
    if (!m) return DP_INFER_BAD_MODEL;
    if (s->slots[s->active].generation != r->session_gen) { r->kind = 0; *value = 0; return DP_INFER_BAD_STATE; }
    *fe_cycles = r->fe_cycles;
    if (r->kind == DP_INFER_KIND_PCM + 1u && !dp_stream_ready(r->stream)) { *value = r->stream->frames; return DP_INFER_BAD_STATE; }
    return dp_runner_infer(r, s, (const uint8_t *)r->stream->features, (uint16_t)m->input_len, scores, max_scores, cycles, value);
}

const dp_infer_ops dp_runner_chunked = {chunk_begin, chunk_data, chunk_run};
