#include "dp_runner.h"

#include <stddef.h>

#include "dp_proto.h"

void dp_runner_init(dp_runner *r, int8_t *arena, uint32_t arena_size, uint32_t *copy, uint32_t copy_size,
                    const uint8_t *(*map)(void *, uint32_t), void *map_ctx, uint32_t (*cycle_counter)(void)) {
    r->arena = arena; r->arena_size = arena_size;
    r->copy = copy; r->copy_size = copy_size;
    r->map = map; r->map_ctx = map_ctx;
    r->cycle_counter = cycle_counter;
    r->slot = DP_NO_SLOT;
    r->open_status = 1;
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
