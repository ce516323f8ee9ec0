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
 * 0x05 COMMIT (empty): write the slot header     ACK value = the new generation; NAK BAD_PAYLOAD when the
 *             (a v3 model blob's payload CRC is      upload is a v3 blob whose payload CRC does not match
 *             checked first, read from flash)        (the upload is dropped, the old model keeps booting)
 * 0x06 ABORT  (empty)                            ACK value = 0
 * 0x07 INFER  input bytes (int8 features,        0x87 RESULT model_id u32, cycles u32, n u8,
 *             frames x features, row-major)          scores int8[n] (the model's int8 logits);
 *                                                    NAK BAD_MODEL (blob refused by dp_model_open),
 *                                                    BAD_LENGTH (value = input bytes the model takes),
 *                                                    NO_RAM (value = arena bytes it needs)
 * 0x08 INFER_BEGIN kind u8 (0 int8 features,    ACK value = 0; NAK NO_MODEL, BAD_MODEL, NOT_SUPPORTED
 *             1 int16 LE PCM at the model's rate),   (value = kind: no such kind, or a v1 blob without a
 *             total u32 (bytes)          (5 B)       front end for PCM), BAD_LENGTH (value = the bytes the
 *                                                    model takes: features in_h*in_w, PCM 2*clip_samples),
 *                                                    NO_RAM (value = arena bytes, or the largest input)
 * 0x09 INFER_DATA offset u32, bytes[1..2044]     as DATA: ACK value = next expected offset, duplicates
 *             (PCM: even offset and length)          ACKed again, NAK OUT_OF_ORDER (value = expected),
 *                                                    OVERRUN (value = total), BAD_STATE (no INFER_BEGIN),
 *                                                    BAD_LENGTH (value = 2044, or 2: odd PCM chunk)
 * 0x0A INFER_RUN (empty): runs the model on the  RESULT as INFER plus fe_cycles u32 after the scores
 *             gathered input; may be repeated        (front-end cycles spent on the PCM); NAK BAD_STATE
 *                                                    (value = bytes received so far) until all arrived
 *             A PCM clip runs the model's own front end (dp_frontend) as it streams in.
 * 0x0B LISTEN average u8, threshold i8,           ACK value = 0: the keyword detection rule (dp_listen.h)
 *             every_frames u16, refractory_ms u32     is now this one, the listener restarts with it; NAK
 *             (8 B)                                   BAD_LENGTH (value = 8), BAD_VALUE (average not 1..8
 *                                                     or every_frames 0), NOT_SUPPORTED (no listener)
 *                                                0x89 DETECT (unsolicited, board's own seq): model_id
 *                                                    u32, label u8, score i8, time_ms u32, then
 *                                                    name_len u8, name (the label's name; optional)
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
 * BEGIN, END, COMMIT, ABORT and INFER_BEGIN replay their cached answer when the same seq arrives again, so a
 * retry after a lost ACK never executes twice. Single-threaded: feed bytes from one loop. */
#ifndef DP_PROTO_H
#define DP_PROTO_H
#include <stddef.h>
#include <stdint.h>

#include "dp_frame.h"
#include "dp_listen.h"
#include "dp_store.h"

#define DP_PROTO_VERSION 1u
#define DP_MAX_DATA 256u
#define DP_MAX_INFER_CHUNK (DP_MAX_PAYLOAD - 4u)
enum { DP_INFER_KIND_FEATURES = 0, DP_INFER_KIND_PCM = 1 };

enum {
    DP_HELLO = 0x01, DP_BEGIN = 0x02, DP_DATA = 0x03, DP_END = 0x04, DP_COMMIT = 0x05,
    DP_ABORT = 0x06, DP_INFER = 0x07, DP_INFER_BEGIN = 0x08, DP_INFER_DATA = 0x09, DP_INFER_RUN = 0x0A, DP_LISTEN = 0x0B,
    DP_INFO = 0x81, DP_RESULT = 0x87, DP_LOG = 0x88, DP_DETECT = 0x89, DP_ACK = 0x90, DP_NAK = 0x91
};

enum {
    DP_NAK_BAD_FRAME = 1, DP_NAK_UNKNOWN_TYPE = 2, DP_NAK_BAD_LENGTH = 3, DP_NAK_BAD_STATE = 4,
    DP_NAK_OUT_OF_ORDER = 5, DP_NAK_TOO_LARGE = 6, DP_NAK_BAD_SLOT = 7, DP_NAK_CRC_MISMATCH = 8,
    DP_NAK_FLASH = 9, DP_NAK_NO_MODEL = 10, DP_NAK_NOT_SUPPORTED = 11, DP_NAK_OVERRUN = 12,
    DP_NAK_BAD_MODEL = 13, DP_NAK_NO_RAM = 14, DP_NAK_BAD_PAYLOAD = 15, DP_NAK_BAD_VALUE = 16
};

/* Runs the boot model on one input. Returns the number of scores written (<= max_scores), or a
 * negative DP_INFER_* code; *value: detail for the NAK (expected input bytes, arena bytes).
 * *cycles: CPU cycles the run took (0 if unknown). */
enum { DP_INFER_BAD_MODEL = -1, DP_INFER_BAD_INPUT = -2, DP_INFER_NO_RAM = -3, DP_INFER_UNSUPPORTED = -4,
       DP_INFER_BAD_STATE = -5 };
typedef int (*dp_infer_fn)(void *ctx, const dp_store *store, const uint8_t *input, uint16_t len,
                           int8_t *scores, uint8_t max_scores, uint32_t *cycles, uint32_t *value);

/* Chunked INFER, called by dp_proto (which checks offsets, duplicates and totals): begin checks kind and
 * total against the boot model (0 or a DP_INFER_* code); data gets the new bytes at offset, in order;
 * run works as dp_infer_fn on the gathered input and reports the front end's cycles. ctx = infer_ctx. */
typedef struct {
    int (*begin)(void *ctx, const dp_store *store, uint8_t kind, uint32_t total, uint32_t *value);
    int (*data)(void *ctx, uint32_t offset, const uint8_t *bytes, uint32_t n, uint32_t *value);
    int (*run)(void *ctx, const dp_store *store, int8_t *scores, uint8_t max_scores, uint32_t *cycles,
               uint32_t *fe_cycles, uint32_t *value);
} dp_infer_ops;

typedef struct {
    const char *board_name;          /* <= 32 ASCII characters */
    uint8_t fw_major, fw_minor, fw_patch;
    void (*send)(void *ctx, const uint8_t *bytes, size_t n); /* must send all n bytes */
    uint32_t (*free_ram)(void *ctx);
    void *ctx;                       /* passed to send and free_ram */
    dp_infer_fn infer;               /* NULL: INFER is NAKed NOT_SUPPORTED */
    void *infer_ctx;                 /* passed to infer and chunked (e.g. a dp_runner) */
    const dp_infer_ops *chunked;     /* NULL: INFER_BEGIN is NAKed NOT_SUPPORTED */
    void (*listen)(void *ctx, const dp_listen_cfg *cfg); /* NULL: LISTEN is NAKed NOT_SUPPORTED; cfg is in range */
    void *listen_ctx;                /* passed to listen */
} dp_proto_config;

typedef struct {
    dp_proto_config cfg;
    dp_store *store;
    dp_parser parser;
    uint16_t log_seq;
    uint32_t hellos;                /* HELLOs answered (the simulator's mic starts at the first) */
    uint8_t in_open;                /* chunked INFER session: begun, total and received bytes */
    uint32_t in_total, in_received;
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
/* The same with the label's name (name_len bytes, at most 64 are sent). */
void dp_proto_detect_named(dp_proto *p, uint8_t label, int8_t score, uint32_t time_ms, const char *name, uint8_t name_len);

#endif
