/* Runs the store's boot model for the protocol: a dp_infer_fn (ctx = the dp_runner) that finds the
 * boot model's blob, opens it once per committed model (cached by slot, generation and CRC) and
 * runs it with dp_model. Two ways to reach the blob:
 *   - map != NULL: map returns a pointer to the boot model's bytes (memory-mapped flash, board);
 *   - otherwise the blob is copied into `copy` with dp_store_read_model (simulator, or a board
 *     whose flash is not mapped); copy must hold a whole slot.
 * Every buffer is the caller's and must outlive the runner. Single-threaded, like dp_proto. */
#ifndef DP_RUNNER_H
#define DP_RUNNER_H
#include <stdint.h>

#include "dp_model.h"
#include "dp_proto.h"
#include "dp_store.h"

typedef struct {
    int8_t *arena;          /* activation RAM */
    uint32_t arena_size;    /* bytes */
    uint32_t *copy;         /* RAM for a blob copy (4-byte aligned), or NULL when map is set */
    uint32_t copy_size;     /* bytes */
    const uint8_t *(*map)(void *ctx, uint32_t region_offset); /* NULL: copy instead */
    void *map_ctx;
    uint32_t (*cycle_counter)(void); /* free-running CPU cycle counter, or NULL (cycles = 0) */
    dp_stream *stream;      /* chunked INFER's buffer and PCM front end (caller-owned), or NULL: not supported */
    /* chunked INFER session (dp_infer_ops), owned by the runner */
    uint8_t kind;           /* DP_INFER_KIND_* + 1 while a session is open, 0 none */
    uint32_t session_gen, fe_cycles;
    /* cache, owned by the runner */
    dp_model model;
    uint8_t slot, open_status; /* slot DP_NO_SLOT: nothing opened yet */
    uint32_t generation, crc;
} dp_runner;

/* Sets the caller's fields; the cache starts empty. */
void dp_runner_init(dp_runner *r, int8_t *arena, uint32_t arena_size, uint32_t *copy, uint32_t copy_size,
                    const uint8_t *(*map)(void *, uint32_t), void *map_ctx, uint32_t (*cycle_counter)(void));

/* dp_infer_fn: ctx is the dp_runner. */
int dp_runner_infer(void *ctx, const dp_store *store, const uint8_t *input, uint16_t len,
                    int8_t *scores, uint8_t max_scores, uint32_t *cycles, uint32_t *value);

/* dp_infer_ops (dp_proto.h) for chunked INFER; ctx is the dp_runner; needs r->stream (set it after init). */
extern const dp_infer_ops dp_runner_chunked;

/* The opened boot model, or NULL if there is none or it was refused (for detections). */
const dp_model *dp_runner_model(dp_runner *r, const dp_store *store);

#endif
