#include "dp_store.h"

#include <string.h>

#include "dp_bytes.h"
#include "dp_crc32.h"

#define HDR_LEN 24u
#define CHUNK 256u

static uint32_t slot_base(const dp_store *s, uint8_t slot) { return slot * (s->flash->size / 2); }
static uint32_t data_base(const dp_store *s, uint8_t slot) { return slot_base(s, slot) + s->flash->page_size; }

uint32_t dp_store_capacity(const dp_store *s) { return s->flash->size / 2 - s->flash->page_size; }

/* CRC of `size` bytes of a slot's data, read back from flash; returns nonzero on a read error. */
static int data_crc(const dp_store *s, uint8_t slot, uint32_t size, uint32_t *crc) {
    uint8_t buf[CHUNK];
    uint32_t c = 0;
    for (uint32_t off = 0; off < size; off += CHUNK) {
        uint32_t k = size - off < CHUNK ? size - off : CHUNK;
        if (s->flash->read(s->flash->ctx, data_base(s, slot) + off, buf, k)) return DP_STORE_FLASH;
        c = dp_crc32(c, buf, k);
    }
    *crc = c;
    return DP_STORE_OK;
}

static void load_slot(dp_store *s, uint8_t slot) {
    uint8_t h[HDR_LEN];
    dp_slot_info *info = &s->slots[slot];
    memset(info, 0, sizeof *info);
    if (s->flash->read(s->flash->ctx, slot_base(s, slot), h, HDR_LEN)) { info->state = DP_SLOT_CORRUPT; return; }
    if (dp_get_u32(h) != DP_STORE_MAGIC) return; /* erased or never committed: empty */
    info->state = DP_SLOT_CORRUPT;
    if (dp_crc32(0, h, HDR_LEN - 4) != dp_get_u32(h + 20)) return;
    info->generation = dp_get_u32(h + 4);
    info->model_id = dp_get_u32(h + 8);
    info->size = dp_get_u32(h + 12);
    info->crc32 = dp_get_u32(h + 16);
    uint32_t crc;
    if (info->size > dp_store_capacity(s) || data_crc(s, slot, info->size, &crc) || crc != info->crc32) return;
    info->state = DP_SLOT_VALID;
}

static void pick_active(dp_store *s) {
    s->active = DP_NO_SLOT;
    for (uint8_t i = 0; i < DP_SLOTS; i++) {
        if (s->slots[i].state != DP_SLOT_VALID) continue;
        if (s->active == DP_NO_SLOT || s->slots[i].generation > s->slots[s->active].generation) s->active = i;
    }
}

int dp_store_mount(dp_store *s, const dp_flash *flash) {
    memset(s, 0, sizeof *s);
    s->flash = flash;
    s->wslot = DP_NO_SLOT;
    for (uint8_t i = 0; i < DP_SLOTS; i++) load_slot(s, i);
    pick_active(s);
    return DP_STORE_OK;
}

int dp_store_begin(dp_store *s, uint8_t slot, uint32_t size, uint32_t crc32, uint32_t model_id) {
    if (slot == DP_NO_SLOT) slot = s->active == 0 ? 1 : 0;
    if (slot >= DP_SLOTS || slot == s->active) return DP_STORE_BAD_SLOT;
    if (size == 0 || size > dp_store_capacity(s)) return DP_STORE_TOO_LARGE;
    s->wslot = DP_NO_SLOT;
    memset(&s->slots[slot], 0, sizeof s->slots[slot]);
    if (s->flash->erase_page(s->flash->ctx, slot_base(s, slot))) return DP_STORE_FLASH;
    s->wslot = slot;
    s->wsize = size;
    s->wcrc = crc32;
    s->wmodel = model_id;
    s->received = 0;
    s->running_crc = 0;
    s->tail_n = 0;
    s->finished = 0;
    return DP_STORE_OK;
}

/* Writes whole words at data offset off, erasing each page when the write first reaches it. */
static int write_words(dp_store *s, uint32_t off, const uint8_t *data, uint32_t len) {
    const uint32_t page = s->flash->page_size;
    while (len > 0) {
        uint32_t in_page = off % page;
        uint32_t k = page - in_page < len ? page - in_page : len;
        uint32_t addr = data_base(s, s->wslot) + off;
        if (in_page == 0 && s->flash->erase_page(s->flash->ctx, addr)) return DP_STORE_FLASH;
        if (s->flash->write(s->flash->ctx, addr, data, k)) return DP_STORE_FLASH;
        off += k;
        data += k;
        len -= k;
    }
    return DP_STORE_OK;
}

int dp_store_append(dp_store *s, const uint8_t *data, uint32_t n) {
    if (s->wslot == DP_NO_SLOT || s->finished) return DP_STORE_STATE;
    if (n > s->wsize - s->received) return DP_STORE_OVERRUN;
    uint32_t word_off = s->received - s->tail_n; /* flash offset of tail[0], word aligned */
    s->running_crc = dp_crc32(s->running_crc, data, n);
    s->received += n;
    while (n > 0 && s->tail_n > 0) { /* complete the pending word first */
        s->tail[s->tail_n++] = *data++;
        n--;
        if (s->tail_n == 4) {
            if (write_words(s, word_off, s->tail, 4)) return DP_STORE_FLASH;
            word_off += 4;
            s->tail_n = 0;
        }
    }
    if (n == 0) return DP_STORE_OK; /* the pending word is still incomplete */
    uint32_t whole = n & ~3u;
    if (whole && write_words(s, word_off, data, whole)) return DP_STORE_FLASH;
    memcpy(s->tail, data + whole, n - whole);
    s->tail_n = (uint8_t)(n - whole);
    return DP_STORE_OK;
}

int dp_store_finish(dp_store *s) {
    if (s->wslot == DP_NO_SLOT) return DP_STORE_STATE;
    if (s->finished) return DP_STORE_OK;
    if (s->received != s->wsize) return DP_STORE_STATE;
    if (s->tail_n > 0) {
        memset(s->tail + s->tail_n, 0xFF, 4u - s->tail_n);
        if (write_words(s, s->received - s->tail_n, s->tail, 4)) return DP_STORE_FLASH;
        s->tail_n = 0;
    }
    uint32_t crc;
    if (data_crc(s, s->wslot, s->wsize, &crc)) return DP_STORE_FLASH;
    if (crc != s->wcrc) { s->wslot = DP_NO_SLOT; return DP_STORE_CRC; }
    s->finished = 1;
    return DP_STORE_OK;
}

int dp_store_commit(dp_store *s) {
    if (s->wslot == DP_NO_SLOT || !s->finished) return DP_STORE_STATE;
    uint32_t gen = 1;
    for (uint8_t i = 0; i < DP_SLOTS; i++)
        if (s->slots[i].state == DP_SLOT_VALID && s->slots[i].generation >= gen) gen = s->slots[i].generation + 1;
    uint8_t h[HDR_LEN];
    dp_put_u32(h, DP_STORE_MAGIC);
    dp_put_u32(h + 4, gen);
    dp_put_u32(h + 8, s->wmodel);
    dp_put_u32(h + 12, s->wsize);
    dp_put_u32(h + 16, s->wcrc);
    dp_put_u32(h + 20, dp_crc32(0, h, HDR_LEN - 4));
    if (s->flash->write(s->flash->ctx, slot_base(s, s->wslot), h, HDR_LEN)) return DP_STORE_FLASH;
    dp_slot_info *info = &s->slots[s->wslot];
    info->state = DP_SLOT_VALID;
    info->generation = gen;
    info->model_id = s->wmodel;
    info->size = s->wsize;
    info->crc32 = s->wcrc;
    s->wslot = DP_NO_SLOT;
    pick_active(s);
    return DP_STORE_OK;
}

void dp_store_abort(dp_store *s) { s->wslot = DP_NO_SLOT; }

int dp_store_read_pending(const dp_store *s, uint32_t offset, uint8_t *out, uint32_t len) {
    if (s->wslot == DP_NO_SLOT || !s->finished || offset > s->wsize || len > s->wsize - offset) return DP_STORE_STATE;
    return s->flash->read(s->flash->ctx, data_base(s, s->wslot) + offset, out, len) ? DP_STORE_FLASH : DP_STORE_OK;
}

int dp_store_read_model(const dp_store *s, uint32_t offset, uint8_t *out, uint32_t len) {
    if (s->active == DP_NO_SLOT || offset > s->slots[s->active].size || len > s->slots[s->active].size - offset)
        return DP_STORE_STATE;
    return s->flash->read(s->flash->ctx, data_base(s, s->active) + offset, out, len) ? DP_STORE_FLASH : DP_STORE_OK;
}

uint32_t dp_store_model_addr(const dp_store *s) { return s->active == DP_NO_SLOT ? 0 : data_base(s, s->active); }
