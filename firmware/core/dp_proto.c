#include "dp_proto.h"

#include <string.h>

#include "dp_bytes.h"
#include "dp_model.h"

#define SLOT_RECEIVING 3u

static void send_frame(dp_proto *p, uint8_t type, uint16_t seq, const uint8_t *payload, uint16_t len) {
    size_t n = dp_frame_encode(type, seq, payload, len, p->tx, sizeof p->tx);
    if (n) p->cfg.send(p->cfg.ctx, p->tx, n);
}

/* Sends an ACK/NAK. Answers to BEGIN/END/COMMIT/ABORT are kept for replay on a retry. */
static void answer(dp_proto *p, const dp_frame *req, int ok, uint8_t reason, uint32_t value) {
    uint8_t pl[7];
    dp_put_u16(pl, req->seq);
    uint16_t len = 6;
    if (ok) dp_put_u32(pl + 2, value);
    else { pl[2] = reason; dp_put_u32(pl + 3, value); len = 7; }
    int cacheable = req->type == DP_BEGIN || req->type == DP_END || req->type == DP_COMMIT || req->type == DP_ABORT
                    || req->type == DP_INFER_BEGIN;
    uint8_t *out = cacheable ? p->cached : p->tx;
    size_t cap = cacheable ? sizeof p->cached : sizeof p->tx;
    size_t n = dp_frame_encode(ok ? DP_ACK : DP_NAK, req->seq, pl, len, out, cap);
    p->cfg.send(p->cfg.ctx, out, n);
    if (!cacheable) return;
    p->cached_type = req->type;
    p->cached_seq = req->seq;
    p->cached_len = n;
}

static uint8_t *put_slot(const dp_store *s, uint8_t i, uint8_t *o) {
    const dp_slot_info *si = &s->slots[i];
    *o++ = s->wslot == i ? SLOT_RECEIVING : si->state;
    dp_put_u32(o, si->generation); dp_put_u32(o + 4, si->model_id);
    dp_put_u32(o + 8, si->size); dp_put_u32(o + 12, si->crc32);
    return o + 16;
}

static void on_hello(dp_proto *p, const dp_frame *f) {
    uint8_t pl[64 + DP_SLOTS * 17];
    uint8_t *o = pl;
    size_t name_len = strlen(p->cfg.board_name);
    if (name_len > 32) name_len = 32;
    *o++ = DP_PROTO_VERSION; *o++ = p->cfg.fw_major; *o++ = p->cfg.fw_minor; *o++ = p->cfg.fw_patch;
    *o++ = (uint8_t)name_len;
    memcpy(o, p->cfg.board_name, name_len); o += name_len;
    dp_put_u32(o, p->cfg.free_ram ? p->cfg.free_ram(p->cfg.ctx) : 0);
    dp_put_u32(o + 4, dp_store_capacity(p->store)); /* a new model may fill the free slot */
    dp_put_u32(o + 8, dp_store_capacity(p->store)); o += 12;
    *o++ = p->store->active; *o++ = DP_SLOTS;
    for (uint8_t i = 0; i < DP_SLOTS; i++) o = put_slot(p->store, i, o);
    send_frame(p, DP_INFO, f->seq, pl, (uint16_t)(o - pl));
    p->hellos++;
}

static uint8_t store_reason(int st) {
    switch (st) {
        case DP_STORE_TOO_LARGE: return DP_NAK_TOO_LARGE;
        case DP_STORE_BAD_SLOT: return DP_NAK_BAD_SLOT;
        case DP_STORE_OVERRUN: return DP_NAK_OVERRUN;
        case DP_STORE_CRC: return DP_NAK_CRC_MISMATCH;
        case DP_STORE_STATE: return DP_NAK_BAD_STATE;
        default: return DP_NAK_FLASH;
    }
}

static void on_begin(dp_proto *p, const dp_frame *f) {
    if (f->len != 13) { answer(p, f, 0, DP_NAK_BAD_LENGTH, 13); return; }
    dp_store *s = p->store;
    uint32_t size = dp_get_u32(f->payload), crc = dp_get_u32(f->payload + 4), id = dp_get_u32(f->payload + 9);
    uint8_t slot = f->payload[8];
    int same = s->wslot != DP_NO_SLOT && !s->finished && s->wsize == size && s->wcrc == crc && s->wmodel == id
               && (slot == DP_NO_SLOT || slot == s->wslot);
    if (same) { answer(p, f, 1, 0, s->received); return; } /* resume the upload in progress */
    int st = dp_store_begin(s, slot, size, crc, id);
    uint32_t value = st == DP_STORE_TOO_LARGE ? dp_store_capacity(s) : st == DP_STORE_BAD_SLOT ? s->active : 0;
    answer(p, f, st == DP_STORE_OK, store_reason(st), value);
}

static void on_data(dp_proto *p, const dp_frame *f) {
    dp_store *s = p->store;
    if (f->len < 5 || f->len > 4 + DP_MAX_DATA) { answer(p, f, 0, DP_NAK_BAD_LENGTH, DP_MAX_DATA); return; }
    if (s->wslot == DP_NO_SLOT || s->finished) { answer(p, f, 0, DP_NAK_BAD_STATE, 0); return; }
    uint32_t off = dp_get_u32(f->payload), n = f->len - 4u;
    if (off > s->received) { answer(p, f, 0, DP_NAK_OUT_OF_ORDER, s->received); return; }
    if (off + n <= s->received) { answer(p, f, 1, 0, s->received); return; } /* duplicate */
    uint32_t skip = s->received - off; /* overlap with what we have: keep only the new bytes */
    int st = dp_store_append(s, f->payload + 4 + skip, n - skip);
    answer(p, f, st == DP_STORE_OK, store_reason(st), st == DP_STORE_OK ? s->received : s->wsize);
}

static void on_end(dp_proto *p, const dp_frame *f) {
    int st = dp_store_finish(p->store);
    answer(p, f, st == DP_STORE_OK, store_reason(st), p->store->wcrc);
}

static int read_pending(void *ctx, uint32_t off, uint8_t *buf, uint32_t len) {
    return dp_store_read_pending((const dp_store *)ctx, off, buf, len);
}

static void on_commit(dp_proto *p, const dp_frame *f) {
    uint8_t slot = p->store->wslot;
    /* A model blob that says it carries a payload checksum must match it before its slot may boot. */
    if (slot != DP_NO_SLOT && p->store->finished && dp_model_check_payload(read_pending, p->store, p->store->wsize) == 0) {
        dp_store_abort(p->store);
        dp_proto_log(p, 3, "model blob payload checksum mismatch: not committed, the old model still boots");
        answer(p, f, 0, DP_NAK_BAD_PAYLOAD, 0);
        return;
    }
    int st = dp_store_commit(p->store);
    answer(p, f, st == DP_STORE_OK, store_reason(st), st == DP_STORE_OK ? p->store->slots[slot].generation : 0);
    if (st == DP_STORE_OK) dp_proto_log(p, 1, "model committed");
}

static uint8_t infer_reason(int code) {
    switch (code) {
        case DP_INFER_BAD_MODEL: return DP_NAK_BAD_MODEL;
        case DP_INFER_BAD_INPUT: return DP_NAK_BAD_LENGTH;
        case DP_INFER_NO_RAM: return DP_NAK_NO_RAM;
        case DP_INFER_BAD_STATE: return DP_NAK_BAD_STATE;
        default: return DP_NAK_NOT_SUPPORTED;
    }
}

static void on_infer(dp_proto *p, const dp_frame *f) {
    if (p->store->active == DP_NO_SLOT) { answer(p, f, 0, DP_NAK_NO_MODEL, 0); return; }
    if (!p->cfg.infer) { answer(p, f, 0, DP_NAK_NOT_SUPPORTED, 0); return; }
    uint8_t pl[9 + 255];
    uint32_t cycles = 0, value = 0;
    int n = p->cfg.infer(p->cfg.infer_ctx, p->store, f->payload, f->len, (int8_t *)(pl + 9), 255, &cycles, &value);
    if (n < 0) { answer(p, f, 0, infer_reason(n), value); return; }
    dp_put_u32(pl, p->store->slots[p->store->active].model_id);
    dp_put_u32(pl + 4, cycles);
    pl[8] = (uint8_t)n;
    send_frame(p, DP_RESULT, f->seq, pl, (uint16_t)(9 + n));
}

static void on_infer_begin(dp_proto *p, const dp_frame *f) {
    p->in_open = 0;
    if (f->len != 5) { answer(p, f, 0, DP_NAK_BAD_LENGTH, 5); return; }
    if (p->store->active == DP_NO_SLOT) { answer(p, f, 0, DP_NAK_NO_MODEL, 0); return; }
    if (!p->cfg.chunked) { answer(p, f, 0, DP_NAK_NOT_SUPPORTED, 0); return; }
    uint32_t value = 0, total = dp_get_u32(f->payload + 1);
    int st = p->cfg.chunked->begin(p->cfg.infer_ctx, p->store, f->payload[0], total, &value);
    if (st < 0) { answer(p, f, 0, infer_reason(st), value); return; }
    p->in_open = 1; p->in_total = total; p->in_received = 0;
    answer(p, f, 1, 0, 0);
}

static void on_infer_data(dp_proto *p, const dp_frame *f) {
    if (f->len < 5) { answer(p, f, 0, DP_NAK_BAD_LENGTH, DP_MAX_INFER_CHUNK); return; }
    if (!p->in_open) { answer(p, f, 0, DP_NAK_BAD_STATE, 0); return; }
    uint32_t off = dp_get_u32(f->payload), n = f->len - 4u, value = 0;
    if (off > p->in_received) { answer(p, f, 0, DP_NAK_OUT_OF_ORDER, p->in_received); return; }
    if (off + n <= p->in_received) { answer(p, f, 1, 0, p->in_received); return; } /* duplicate */
    if ((uint64_t)off + n > p->in_total) { answer(p, f, 0, DP_NAK_OVERRUN, p->in_total); return; }
    uint32_t skip = p->in_received - off;
    int st = p->cfg.chunked->data(p->cfg.infer_ctx, p->in_received, f->payload + 4 + skip, n - skip, &value);
    if (st < 0) { answer(p, f, 0, infer_reason(st), value); return; }
    p->in_received += n - skip;
    answer(p, f, 1, 0, p->in_received);
}

static void on_infer_run(dp_proto *p, const dp_frame *f) {
    if (!p->in_open || p->in_received != p->in_total) { answer(p, f, 0, DP_NAK_BAD_STATE, p->in_open ? p->in_received : 0); return; }
    if (p->store->active == DP_NO_SLOT) { answer(p, f, 0, DP_NAK_NO_MODEL, 0); return; }
    uint8_t pl[9 + 255 + 4];
    uint32_t cycles = 0, fe_cycles = 0, value = 0;
    int n = p->cfg.chunked->run(p->cfg.infer_ctx, p->store, (int8_t *)(pl + 9), 255, &cycles, &fe_cycles, &value);
    if (n < 0) { answer(p, f, 0, infer_reason(n), value); return; }
    dp_put_u32(pl, p->store->slots[p->store->active].model_id);
    dp_put_u32(pl + 4, cycles);
    pl[8] = (uint8_t)n;
    dp_put_u32(pl + 9 + n, fe_cycles);
    send_frame(p, DP_RESULT, f->seq, pl, (uint16_t)(13 + n));
}

static void on_listen(dp_proto *p, const dp_frame *f) {
    if (!p->cfg.listen) { answer(p, f, 0, DP_NAK_NOT_SUPPORTED, f->type); return; }
    if (f->len != 8) { answer(p, f, 0, DP_NAK_BAD_LENGTH, 8); return; }
    dp_listen_cfg c;
    c.average = f->payload[0];
    c.threshold = (int8_t)f->payload[1];
    c.every_frames = (uint16_t)(f->payload[2] | (f->payload[3] << 8));
    c.refractory_ms = dp_get_u32(f->payload + 4);
    if (c.average < 1 || c.average > DP_LISTEN_MAX_AVERAGE || c.every_frames < 1) { answer(p, f, 0, DP_NAK_BAD_VALUE, 0); return; }
    p->cfg.listen(p->cfg.listen_ctx, &c);
    answer(p, f, 1, 0, 0);
}

static void dispatch(dp_proto *p, const dp_frame *f) {
    switch (f->type) {
        case DP_HELLO: on_hello(p, f); break;
        case DP_BEGIN: on_begin(p, f); break;
        case DP_DATA: on_data(p, f); break;
        case DP_END: on_end(p, f); break;
        case DP_COMMIT: on_commit(p, f); break;
        case DP_ABORT: dp_store_abort(p->store); answer(p, f, 1, 0, 0); break;
        case DP_INFER: on_infer(p, f); break;
        case DP_INFER_BEGIN: on_infer_begin(p, f); break;
        case DP_INFER_DATA: on_infer_data(p, f); break;
        case DP_INFER_RUN: on_infer_run(p, f); break;
        case DP_LISTEN: on_listen(p, f); break;
        default: answer(p, f, 0, DP_NAK_UNKNOWN_TYPE, f->type); break;
    }
}

static void on_frame(void *ctx, const dp_frame *f, int bad) {
    dp_proto *p = (dp_proto *)ctx;
    if (bad) { /* answer as a non-cacheable request: the cached answer survives line noise */
        dp_frame g = *f;
        g.type = 0;
        answer(p, &g, 0, DP_NAK_BAD_FRAME, 0);
        return;
    }
    if (p->cached_type && f->type == p->cached_type && f->seq == p->cached_seq) {
        p->cfg.send(p->cfg.ctx, p->cached, p->cached_len); /* retry of an executed request */
        return;
    }
    dispatch(p, f);
}

void dp_proto_init(dp_proto *p, const dp_proto_config *cfg, dp_store *store) {
    memset(p, 0, sizeof *p);
    p->cfg = *cfg;
    p->store = store;
    dp_parser_init(&p->parser, on_frame, p);
}

void dp_proto_feed(dp_proto *p, const uint8_t *bytes, size_t n) { dp_parser_feed(&p->parser, bytes, n); }

void dp_proto_idle(dp_proto *p) { dp_parser_idle(&p->parser); }

void dp_proto_log(dp_proto *p, uint8_t level, const char *text) {
    uint8_t pl[1 + 200];
    size_t n = strlen(text);
    if (n > 200) n = 200;
    pl[0] = level;
    memcpy(pl + 1, text, n);
    send_frame(p, DP_LOG, p->log_seq++, pl, (uint16_t)(1 + n));
}

void dp_proto_detect(dp_proto *p, uint8_t label, int8_t score, uint32_t time_ms) {
    dp_proto_detect_named(p, label, score, time_ms, "", 0);
}

void dp_proto_detect_named(dp_proto *p, uint8_t label, int8_t score, uint32_t time_ms, const char *name, uint8_t name_len) {
    uint8_t pl[11 + 64];
    if (name_len > 64) name_len = 64;
    dp_put_u32(pl, p->store->active == DP_NO_SLOT ? 0 : p->store->slots[p->store->active].model_id);
    pl[4] = label;
    pl[5] = (uint8_t)score;
    dp_put_u32(pl + 6, time_ms);
    uint16_t len = 10;
    if (name_len) { pl[10] = name_len; memcpy(pl + 11, name, name_len); len = (uint16_t)(11 + name_len); }
    send_frame(p, DP_DETECT, p->log_seq++, pl, len);
}
