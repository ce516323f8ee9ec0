/* Two-slot model store. The region is split in two equal slots; each slot is one header page
 * followed by data pages, so a slot holds (size/2 - page_size) bytes of model.
 *
 * Header record (24 bytes, little-endian, at the start of the slot's header page):
 *   magic u32 = 0x314D4244 ("DBM1")  generation u32  model_id u32  size u32  crc32 u32
 *   hdr_crc u32 = CRC-32 of the 20 bytes before it
 * It is written only at COMMIT, after the data CRC was verified by reading the flash back.
 *
 * Power-cut safety: BEGIN erases only the target slot (never the boot slot), data pages are
 * erased lazily as the write reaches them, and the header is the last thing written. A cut at
 * any point leaves either no valid header on the target (the old model boots) or a complete one
 * (the new model boots); a torn header fails hdr_crc. Mount re-verifies each slot's data CRC and
 * boots the valid slot with the highest generation. */
#ifndef DP_STORE_H
#define DP_STORE_H
#include <stdint.h>

#include "dp_flash.h"

#define DP_SLOTS 2
#define DP_NO_SLOT 0xFFu
#define DP_STORE_MAGIC 0x314D4244u

typedef enum { DP_SLOT_EMPTY = 0, DP_SLOT_VALID = 1, DP_SLOT_CORRUPT = 2 } dp_slot_state;

typedef struct {
    uint8_t state; /* dp_slot_state */
    uint32_t generation, model_id, size, crc32;
} dp_slot_info;

typedef enum {
    DP_STORE_OK = 0, DP_STORE_FLASH = 1, DP_STORE_TOO_LARGE = 2, DP_STORE_BAD_SLOT = 3,
    DP_STORE_OVERRUN = 4, DP_STORE_CRC = 5, DP_STORE_STATE = 6
} dp_store_status;

typedef struct {
    const dp_flash *flash;
    dp_slot_info slots[DP_SLOTS];
    uint8_t active; /* boot slot, DP_NO_SLOT if none is valid */
    /* Write session (RAM only: a reset ends it). */
    uint8_t wslot;  /* DP_NO_SLOT when no session */
    uint32_t wsize, wcrc, wmodel, received, running_crc;
    uint8_t tail[4];
    uint8_t tail_n;
    uint8_t finished; /* data flushed and its CRC verified */
} dp_store;

uint32_t dp_store_capacity(const dp_store *s);
/* Reads both headers, verifies data CRCs, picks the boot slot. */
int dp_store_mount(dp_store *s, const dp_flash *flash);
/* slot DP_NO_SLOT picks the slot that is not the boot slot. Erases the target's header. */
int dp_store_begin(dp_store *s, uint8_t slot, uint32_t size, uint32_t crc32, uint32_t model_id);
/* Appends the next n bytes of the model (sequential; the protocol checks offsets). */
int dp_store_append(dp_store *s, const uint8_t *data, uint32_t n);
/* Flushes the last partial word and verifies the CRC by reading the slot back. */
int dp_store_finish(dp_store *s);
/* Reads bytes of the finished, not yet committed upload (to check its contents before COMMIT). */
int dp_store_read_pending(const dp_store *s, uint32_t offset, uint8_t *out, uint32_t len);
/* Writes the header: from here on the new slot boots. */
int dp_store_commit(dp_store *s);
void dp_store_abort(dp_store *s);
/* Reads model bytes of the boot slot (for the inference runner). */
int dp_store_read_model(const dp_store *s, uint32_t offset, uint8_t *out, uint32_t len);
/* Region offset of the boot model's first byte (page aligned), for memory-mapped flash. */
uint32_t dp_store_model_addr(const dp_store *s);

#endif
