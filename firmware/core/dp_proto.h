/* Dartboard board protocol, board side. Frames are dp_frame.h's; payload layouts (LE):
 *
 * Host -> board                                  Board -> host (same seq as the request)
 * 0x01 HELLO  (empty)                            0x81 INFO
 * 0x02 BEGIN  size u32, crc32 u32, slot u8       ACK value = next expected offset (0, or the
 *             (0xFF = the non-boot slot),            resume point if the same upload is in progress)
 *             model_id u32                 (13 B)
 * 0x03 DATA   offset u32, bytes[1..256]          ACK value = next expected offset; an offset
 *                                                    already received is ACKed again (duplicate);
 *                                                    a later offset gets NAK OUT_OF_ORDER with
 *                                                    value = the expected offset
 * 0x04 END    (empty): flush, verify CRC         ACK value = crc32 read back from flash
 * 0x05 COMMIT (empty): write the slot header     ACK value = the new generation
 * 0x06 ABORT  (empty)                            ACK value = 0
 * 0x07 INFER  input bytes (int8 features,        0x87 RESULT model_id u32, cycles u32, n u8,
 *             frames x features, row-major)          scores int8[n] (the model's int8 logits);
 *                                                    NAK BAD_MODEL (blob refused by dp_model_open),
 *                                                    BAD_LENGTH (value = input bytes the model takes),
 *                                                    NO_RAM (value = arena bytes it needs)
 *                                                0x89 DETECT (unsolicited, board's own seq): model_id
 *                                                    u32, label u8, score i8, time_ms u32
 *                                                0x88 LOG (unsolicited, board's own seq):
 *                                                    level u8 (0 debug,1 info,2 warn,3 error), text
 *                                                0x90 ACK acked_seq u16, value u32          (6 B)
 *                                                0x91 NAK acked_seq u16, reason u8, value u32 (7 B)
 * INFO: proto u8 (=1), fw major u8, minor u8, patch u8, name_len u8, name[name_len] (ASCII),
 *       free_ram u32, free_flash u32 (bytes a new model may use), slot_capacity u32,
 *       boot_slot u8 (0xFF none), slot_count u8, then per slot:
 *       state u8 (0 empty, 1 valid, 2 corrupt, 3 receiving), generation u32, model_id u32,
 *       size u32, crc32 u32                                                         (17 B each)
 * A frame that fails its CRC is answered with NAK BAD_FRAME (seq taken from the damaged header).
 * BEGIN, END, COMMIT and ABORT replay their cached answer when the same seq arrives again, so a
 * retry after a lost ACK never executes twice. Single-threaded: feed bytes from one loop. */
#ifndef DP_PROTO_H
#define DP_PROTO_H
#include <stddef.h>
#include <stdint.h>

#include "dp_frame.h"
#include "dp_store.h"

#define DP_PROTO_VERSION 1u
#define DP_MAX_DATA 256u

enum {
    DP_HELLO = 0x01, DP_BEGIN = 0x02, DP_DATA = 0x03, DP_END = 0x04, DP_COMMIT = 0x05,
    DP_ABORT = 0x06, DP_INFER = 0x07,
    DP_INFO = 0x81, DP_RESULT = 0x87, DP_LOG = 0x88, DP_DETECT = 0x89, DP_ACK = 0x90, DP_NAK = 0x91
};

enum {
    DP_NAK_BAD_FRAME = 1, DP_NAK_UNKNOWN_TYPE = 2, DP_NAK_BAD_LENGTH = 3, DP_NAK_BAD_STATE = 4,
    DP_NAK_OUT_OF_ORDER = 5, DP_NAK_TOO_LARGE = 6, DP_NAK_BAD_SLOT = 7, DP_NAK_CRC_MISMATCH = 8,
    DP_NAK_FLASH = 9, DP_NAK_NO_MODEL = 10, DP_NAK_NOT_SUPPORTED = 11, DP_NAK_OVERRUN = 12,
    DP_NAK_BAD_MODEL = 13, DP_NAK_NO_RAM = 14
};

/* Runs the boot model on one input. Returns the number of scores written (<= max_scores), or a
 * negative DP_INFER_* code; *value: detail for the NAK (expected input bytes, arena bytes).
 * *cycles: CPU cycles the run took (0 if unknown). */
enum { DP_INFER_BAD_MODEL = -1, DP_INFER_BAD_INPUT = -2, DP_INFER_NO_RAM = -3, DP_INFER_UNSUPPORTED = -4 };
typedef int (*dp_infer_fn)(void *ctx, const dp_store *store, const uint8_t *input, uint16_t len,
                           int8_t *scores, uint8_t max_scores, uint32_t *cycles, uint32_t *value);

typedef struct {
    const char *board_name;          /* <= 32 ASCII characters */
    uint8_t fw_major, fw_minor, fw_patch;
    void (*send)(void *ctx, const uint8_t *bytes, size_t n); /* must send all n bytes */
    uint32_t (*free_ram)(void *ctx);
    void *ctx;                       /* passed to send and free_ram */
    dp_infer_fn infer;               /* NULL: INFER is NAKed NOT_SUPPORTED */
    void *infer_ctx;                 /* passed to infer (e.g. a dp_runner) */
} dp_proto_config;

typedef struct {
    dp_proto_config cfg;
    dp_store *store;
    dp_parser parser;
    uint16_t log_seq;
    uint8_t cached_type;            /* 0: no cached answer */
    uint16_t cached_seq;
    uint8_t cached[DP_HEADER_LEN + 8 + DP_CRC_LEN];
    size_t cached_len;
    uint8_t tx[DP_MAX_FRAME];
} dp_proto;

void dp_proto_init(dp_proto *p, const dp_proto_config *cfg, dp_store *store);
void dp_proto_feed(dp_proto *p, const uint8_t *bytes, size_t n);
/* Call after ~20 ms without input: drops a partial frame that will never complete. */
void dp_proto_idle(dp_proto *p);
void dp_proto_log(dp_proto *p, uint8_t level, const char *text);
/* Reports a keyword detection of the boot model (unsolicited DETECT frame). */
void dp_proto_detect(dp_proto *p, uint8_t label, int8_t score, uint32_t time_ms);

#endif
