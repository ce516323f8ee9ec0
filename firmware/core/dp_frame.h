/* Dartboard link frame (docs/architecture.md#board-link, firmware/README.md), all fields little-endian:
 *
 *   offset 0  A5 5A        magic
 *          2  type   u8
 *          3  seq    u16   request: chosen by the host; response: echoes the request's seq
 *          5  len    u16   payload length, 0..DP_MAX_PAYLOAD
 *          7  payload[len]
 *     7+len  crc32  u32   CRC-32/IEEE over bytes 2 .. 7+len-1, i.e. type, seq, len and payload
 *                          (not the magic, not the CRC itself)
 *
 * The streaming parser resynchronises on garbage: it scans for the magic, waits for the whole
 * frame, and on a bad CRC or an oversize len drops one byte and rescans, so a damaged frame costs
 * only itself. Not thread-safe: one parser per byte stream. */
#ifndef DP_FRAME_H
#define DP_FRAME_H
#include <stddef.h>
#include <stdint.h>

#define DP_MAGIC0 0xA5u
#define DP_MAGIC1 0x5Au
#define DP_HEADER_LEN 7u
#define DP_CRC_LEN 4u
#define DP_MAX_PAYLOAD 2048u
#define DP_MAX_FRAME (DP_HEADER_LEN + DP_MAX_PAYLOAD + DP_CRC_LEN)

typedef struct {
    uint8_t type;
    uint16_t seq;
    uint16_t len;
    const uint8_t *payload; /* borrowed: valid only during the callback that receives it */
} dp_frame;

/* Writes one frame into out; returns its length, or 0 if len > DP_MAX_PAYLOAD or cap is too small. */
size_t dp_frame_encode(uint8_t type, uint16_t seq, const uint8_t *payload, uint16_t len,
                       uint8_t *out, size_t cap);

/* Called for every good frame, and for every frame whose CRC failed (bad != 0; then type/seq
 * come from the damaged header and may themselves be wrong). */
typedef void (*dp_frame_handler)(void *ctx, const dp_frame *frame, int bad);

typedef struct {
    uint8_t buf[DP_MAX_FRAME];
    size_t n;
    uint32_t frames_ok;
    uint32_t frames_bad;     /* CRC failures */
    uint32_t bytes_skipped;  /* garbage discarded while hunting for the magic */
    dp_frame_handler handler;
    void *ctx;
} dp_parser;

void dp_parser_init(dp_parser *p, dp_frame_handler handler, void *ctx);
void dp_parser_feed(dp_parser *p, const uint8_t *data, size_t n);
/* The line has been quiet: a partial frame in the buffer will not complete, so rescan past it. */
void dp_parser_idle(dp_parser *p);

#endif
