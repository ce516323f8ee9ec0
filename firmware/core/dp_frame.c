#include "dp_frame.h"

#include <string.h>

#include "dp_bytes.h"
#include "dp_crc32.h"

size_t dp_frame_encode(uint8_t type, uint16_t seq, const uint8_t *payload, uint16_t len,
                       uint8_t *out, size_t cap) {
    size_t total = DP_HEADER_LEN + (size_t)len + DP_CRC_LEN;
    if (len > DP_MAX_PAYLOAD || cap < total) return 0;
    out[0] = DP_MAGIC0;
    out[1] = DP_MAGIC1;
    out[2] = type;
    dp_put_u16(out + 3, seq);
    dp_put_u16(out + 5, len);
    if (len) memcpy(out + DP_HEADER_LEN, payload, len);
    dp_put_u32(out + DP_HEADER_LEN + len, dp_crc32(0, out + 2, DP_HEADER_LEN - 2 + (size_t)len));
    return total;
}

void dp_parser_init(dp_parser *p, dp_frame_handler handler, void *ctx) {
    memset(p, 0, sizeof *p);
    p->handler = handler;
    p->ctx = ctx;
}

static void drop(dp_parser *p, size_t k) {
    memmove(p->buf, p->buf + k, p->n - k);
    p->n -= k;
}

/* Discards bytes before the first possible magic; a lone A5 at the end may start one. */
static void hunt_magic(dp_parser *p) {
    size_t i = 0;
    while (i < p->n) {
        if (p->buf[i] == DP_MAGIC0 && (i + 1 == p->n || p->buf[i + 1] == DP_MAGIC1)) break;
        i++;
    }
    p->bytes_skipped += (uint32_t)i;
    if (i) drop(p, i);
}

/* Delivers every complete frame in the buffer; returns how many were delivered (good or bad). */
static int process(dp_parser *p) {
    int delivered = 0;
    for (;;) {
        hunt_magic(p);
        if (p->n < DP_HEADER_LEN) return delivered;
        uint16_t len = dp_get_u16(p->buf + 5);
        if (len > DP_MAX_PAYLOAD) { drop(p, 1); continue; }
        size_t total = DP_HEADER_LEN + (size_t)len + DP_CRC_LEN;
        if (p->n < total) return delivered;
        uint32_t want = dp_get_u32(p->buf + DP_HEADER_LEN + len);
        int bad = dp_crc32(0, p->buf + 2, DP_HEADER_LEN - 2 + (size_t)len) != want;
        dp_frame f = {p->buf[2], dp_get_u16(p->buf + 3), len, p->buf + DP_HEADER_LEN};
        if (bad) p->frames_bad++; else p->frames_ok++;
        if (p->handler) p->handler(p->ctx, &f, bad);
        drop(p, bad ? 1 : total);
        delivered++;
    }
}

void dp_parser_feed(dp_parser *p, const uint8_t *data, size_t n) {
    while (n > 0) {
        size_t room = sizeof p->buf - p->n;
        size_t k = n < room ? n : room;
        memcpy(p->buf + p->n, data, k);
        p->n += k;
        data += k;
        n -= k;
        process(p);
    }
}

void dp_parser_idle(dp_parser *p) {
    while (p->n > 0) {
        drop(p, 1);
        p->bytes_skipped++;
        if (process(p) > 0) return;
    }
}
