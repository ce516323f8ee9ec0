/* Runs a Dartboard model blob v1, v2, v3 or v4 (layout in firmware/README.md, writer dev.dartboard.export.blob)
 * with the shared int8 kernels (kws_kernels.c of the C export, bit-exact with Int8Interpreter).
 *
 * Ownership: the blob is borrowed (a pointer into memory-mapped flash on the board, a RAM copy in
 * the simulator); it must stay valid and unchanged while the dp_model is used, and must start on a
 * 4-byte boundary (int32 arrays inside it are read in place). The arena and the scores are the
 * caller's. Little-endian targets only (Cortex-M4, x86-64): dp_model_open refuses otherwise.
 * Not reentrant per arena; no allocation; no floats. */
#ifndef DP_MODEL_H
#define DP_MODEL_H
#include <stdint.h>

#include "dp_frontend.h"

#define DP_MODEL_MAGIC 0x574B4244u /* "DBKW" */
#define DP_MODEL_VERSION 3u            /* v3 = v2 fields (0 without a front end) + payload CRC-32 */
#define DP_MODEL_VERSION_4 4u          /* v4 = v3 with a Q15 front end (arithmetic 1 at byte 45, dp_frontend.h) */
#define DP_MODEL_HEADER_BYTES 80u      /* v1 */
#define DP_MODEL_HEADER_BYTES_V2 96u   /* v2 = v1 + a front-end section (dp_frontend.h) */
#define DP_MODEL_HEADER_BYTES_V3 100u
#define DP_MODEL_CRC_OFFSET 96u        /* v3, v4: CRC-32 of every blob byte except these 4 */
#define DP_MODEL_OP_BYTES 104u

enum {
    DP_MODEL_OK = 0,
    DP_MODEL_BAD_BLOB = -1,  /* magic, version, size or an op record is wrong */
    DP_MODEL_BAD_INPUT = -2, /* input length differs from in_h * in_w * in_c */
    DP_MODEL_NO_ARENA = -3   /* the caller's arena is smaller than arena_bytes */
};

typedef struct {
    const uint8_t *blob; /* borrowed, see above */
    uint32_t size;
    uint16_t op_count, label_count;
    uint32_t input_len;   /* bytes of int8 input the model takes */
    uint32_t arena_bytes; /* bytes of activation RAM it needs */
    uint32_t ops_offset;
    dp_frontend fe;       /* fe.present: a blob whose front end the board can run on PCM (v2, v3 with one, v4) */
} dp_model;

/* Checks every header field, op record, array bound and shape chain, a v3/v4 blob's payload CRC and a
 * v2/v3/v4 blob's front-end section (dp_frontend_open); 0 or DP_MODEL_BAD_BLOB. */
int dp_model_open(dp_model *m, const uint8_t *blob, uint32_t size);

/* Reads len bytes of a blob at offset off into buf; nonzero on failure. */
typedef int (*dp_model_read_fn)(void *ctx, uint32_t off, uint8_t *buf, uint32_t len);

/* Payload check of `size` bytes read through `read` (flash: no RAM copy of the blob needed).
 * Returns 1 for a v3/v4 blob whose payload CRC matches, 0 for a v3/v4 blob whose CRC does not match (or an
 * unreadable one), -1 for bytes that are no v3/v4 blob (v1/v2 blobs carry no checksum). */
int dp_model_check_payload(dp_model_read_fn read, void *ctx, uint32_t size);

/* Runs the model on input[input_len] (int8 features, row-major frames x features) and writes
 * label_count int8 logits to scores (if max_scores is smaller, only the first max_scores).
 * Returns label_count, or DP_MODEL_BAD_INPUT / DP_MODEL_NO_ARENA. */
int dp_model_run(const dp_model *m, const int8_t *input, uint32_t input_len, int8_t *arena,
                 uint32_t arena_size, int8_t *scores, uint32_t max_scores);

#endif
