#include "dp_model.h"

#include <string.h>

#include "dp_bytes.h"
#include "dp_crc32.h"
#include "kws_kernels.h"

enum { K_CONV, K_DW, K_AVG, K_MAX, K_ADD, K_MEAN, K_FC, K_COUNT };

/* Field offsets inside an op record. */
enum { R_KIND = 0, R_NIN = 1, R_IN0 = 4, R_IN1 = 6, R_GEOM = 8, R_IN0ZP = 36, R_IN1ZP = 44, R_OUTZP = 52,
       R_ACTMIN = 56, R_ACTMAX = 60, R_OUTOFF = 64, R_W = 68, R_WLEN = 72, R_B = 76, R_BN = 80,
       R_M = 84, R_S = 88, R_MN = 92, R_SC = 96, R_SCN = 100 };

static int16_t get_i16(const uint8_t *p) { return (int16_t)dp_get_u16(p); }
static int32_t get_i32(const uint8_t *p) { return (int32_t)dp_get_u32(p); }
static const uint8_t *record(const dp_model *m, uint32_t i) { return m->blob + m->ops_offset + i * DP_MODEL_OP_BYTES; }
static uint32_t dims(const uint8_t *r, int first) {
    return (uint32_t)get_i16(r + R_GEOM + 2 * first) * (uint32_t)get_i16(r + R_GEOM + 2 * first + 2)
           * (uint32_t)get_i16(r + R_GEOM + 2 * first + 4);
}

static void geom(const uint8_t *r, kws_geom_t *g) {
    int16_t v[12];
    for (int k = 0; k < 12; k++) v[k] = get_i16(r + R_GEOM + 2 * k);
    g->in_h = v[0]; g->in_w = v[1]; g->in_c = v[2]; g->out_h = v[3]; g->out_w = v[4]; g->out_c = v[5];
    g->k_h = v[6]; g->k_w = v[7]; g->stride_h = v[8]; g->stride_w = v[9]; g->pad_top = v[10]; g->pad_left = v[11];
    g->in_zp = get_i32(r + R_IN0ZP); g->out_zp = get_i32(r + R_OUTZP);
    g->act_min = get_i32(r + R_ACTMIN); g->act_max = get_i32(r + R_ACTMAX);
}

/* An array of n elements of elem bytes at off lies inside the blob, 4-byte aligned; n == 0 needs off == 0. */
static int array_ok(const dp_model *m, uint32_t off, uint32_t n, uint32_t elem, uint32_t want) {
    if (n != want) return 0;
    if (n == 0) return off == 0;
    uint64_t end = (uint64_t)off + (uint64_t)n * elem;
    return off % 4 == 0 && off >= DP_MODEL_HEADER_BYTES && end <= m->size;
}

/* The shape [h, w, c] an op reads from source src (-1 = the model input). */
static void source_shape(const dp_model *m, int32_t src, int16_t *s) {
    if (src < 0) { for (int k = 0; k < 3; k++) s[k] = get_i16(m->blob + 16 + 2 * k); return; }
    for (int k = 0; k < 3; k++) s[k] = get_i16(record(m, (uint32_t)src) + R_GEOM + 6 + 2 * k);
}

static int source_ok(const dp_model *m, uint32_t i, int32_t src, const uint8_t *r) {
    int16_t s[3];
    if (src < -1 || src >= (int32_t)i) return 0;
    source_shape(m, src, s);
    return s[0] == get_i16(r + R_GEOM) && s[1] == get_i16(r + R_GEOM + 2) && s[2] == get_i16(r + R_GEOM + 4);
}

/* Weight, bias and multiplier counts that kind needs; 0 on a kind/shape mismatch. */
static int wanted(const uint8_t *r, uint32_t *w, uint32_t *b, uint32_t *mn) {
    uint8_t kind = r[R_KIND];
    int16_t ic = get_i16(r + R_GEOM + 4), oc = get_i16(r + R_GEOM + 10), kh = get_i16(r + R_GEOM + 12), kw = get_i16(r + R_GEOM + 14);
    uint32_t ucc = (uint32_t)oc;
    *w = 0; *b = 0; *mn = 0;
    switch (kind) {
        case K_CONV: *w = ucc * (uint32_t)(kh * kw) * (uint32_t)ic; *b = ucc; *mn = ucc; return 1;
        case K_DW: *w = (uint32_t)(kh * kw) * ucc; *b = ucc; *mn = ucc; return ic == oc;
        case K_FC: *w = ucc * dims(r, 0); *b = ucc; *mn = 1; return dims(r, 3) == ucc;
        case K_AVG: case K_MAX: return ic == oc;
        case K_ADD: *mn = 3; return dims(r, 0) == dims(r, 3);
        case K_MEAN: *mn = 1; return ic == oc;
        default: return 0;
    }
}

static int op_ok(const dp_model *m, uint32_t i) {
    const uint8_t *r = record(m, i);
    uint32_t w, b, mn;
    for (int k = 0; k < 12; k++) if (get_i16(r + R_GEOM + 2 * k) < (k < 10 ? 1 : 0)) return 0;
    if (r[R_KIND] >= K_COUNT || r[R_NIN] != (r[R_KIND] == K_ADD ? 2 : 1) || !wanted(r, &w, &b, &mn)) return 0;
    if (!source_ok(m, i, get_i16(r + R_IN0), r)) return 0;
    if (r[R_NIN] == 2 && !source_ok(m, i, get_i16(r + R_IN1), r)) return 0;
    if ((uint64_t)dp_get_u32(r + R_OUTOFF) + dims(r, 3) > m->arena_bytes) return 0;
    return array_ok(m, dp_get_u32(r + R_W), dp_get_u32(r + R_WLEN), 1, w) && array_ok(m, dp_get_u32(r + R_B), dp_get_u32(r + R_BN), 4, b)
           && array_ok(m, dp_get_u32(r + R_M), dp_get_u32(r + R_MN), 4, mn) && array_ok(m, dp_get_u32(r + R_S), dp_get_u32(r + R_MN), 4, mn)
           && array_ok(m, dp_get_u32(r + R_SC), dp_get_u32(r + R_SCN), 4, dp_get_u32(r + R_SCN));
}

static int read_ram(void *ctx, uint32_t off, uint8_t *buf, uint32_t len) {
    memcpy(buf, (const uint8_t *)ctx + off, len);
    return 0;
}

int dp_model_check_payload(dp_model_read_fn read, void *ctx, uint32_t size) {
    uint8_t buf[128];
    if (size < DP_MODEL_HEADER_BYTES_V3 || read(ctx, 0, buf, DP_MODEL_HEADER_BYTES_V3)) return size < DP_MODEL_HEADER_BYTES_V3 ? -1 : 0;
    uint16_t version = dp_get_u16(buf + 4);
    if (dp_get_u32(buf) != DP_MODEL_MAGIC || (version != DP_MODEL_VERSION && version != DP_MODEL_VERSION_4)) return -1;
    uint32_t want = dp_get_u32(buf + DP_MODEL_CRC_OFFSET);
    uint32_t crc = dp_crc32(0, buf, DP_MODEL_CRC_OFFSET);
    for (uint32_t off = DP_MODEL_HEADER_BYTES_V3; off < size; off += sizeof buf) {
        uint32_t k = size - off < sizeof buf ? size - off : (uint32_t)sizeof buf;
        if (read(ctx, off, buf, k)) return 0;
        crc = dp_crc32(crc, buf, k);
    }
    return crc == want;
}

int dp_model_open(dp_model *m, const uint8_t *blob, uint32_t size) {
    const uint16_t probe = 1;
    memset(m, 0, sizeof *m);
    if (*(const uint8_t *)&probe != 1 || ((uintptr_t)blob & 3u) || size < DP_MODEL_HEADER_BYTES) return DP_MODEL_BAD_BLOB;
    uint16_t version = dp_get_u16(blob + 4), header = dp_get_u16(blob + 6);
    int v1 = version == 1u && header == DP_MODEL_HEADER_BYTES;
    int v2 = version == 2u && header == DP_MODEL_HEADER_BYTES_V2 && size >= DP_MODEL_HEADER_BYTES_V2;
    int v3 = version == DP_MODEL_VERSION && header == DP_MODEL_HEADER_BYTES_V3 && size >= DP_MODEL_HEADER_BYTES_V3;
    int v4 = version == DP_MODEL_VERSION_4 && header == DP_MODEL_HEADER_BYTES_V3 && size >= DP_MODEL_HEADER_BYTES_V3;
    if (dp_get_u32(blob) != DP_MODEL_MAGIC || !(v1 || v2 || v3 || v4) || dp_get_u32(blob + 8) != size) return DP_MODEL_BAD_BLOB;
    if ((v3 || v4) && dp_model_check_payload(read_ram, (void *)(uintptr_t)blob, size) != 1) return DP_MODEL_BAD_BLOB;
    /* arithmetic (byte 45): v3 float (0), v4 Q15 (1) with a front end; v1/v2 predate the field */
    if ((v3 && blob[45] != 0) || (v4 && (blob[45] != 1 || blob[44] == 0))) return DP_MODEL_BAD_BLOB;
    int has_fe = v2 || ((v3 || v4) && blob[44] != 0);
    m->blob = blob; m->size = size;
    m->op_count = dp_get_u16(blob + 12); m->label_count = dp_get_u16(blob + 14);
    m->arena_bytes = dp_get_u32(blob + 32); m->ops_offset = dp_get_u32(blob + 36);
    int16_t h = get_i16(blob + 16), w = get_i16(blob + 18), c = get_i16(blob + 20);
    m->input_len = h > 0 && w > 0 && c > 0 ? (uint32_t)h * (uint32_t)w * (uint32_t)c : 0;
    uint64_t table_end = (uint64_t)m->ops_offset + (uint64_t)m->op_count * DP_MODEL_OP_BYTES;
    int ok = m->input_len && m->op_count && m->ops_offset % 4 == 0 && m->ops_offset >= DP_MODEL_HEADER_BYTES && table_end <= size;
    for (uint32_t i = 0; ok && i < m->op_count; i++) ok = op_ok(m, i);
    if (ok) ok = dims(record(m, m->op_count - 1u), 3) == m->label_count && m->label_count > 0;
    if (ok && has_fe) ok = c == 1 && dp_frontend_open(&m->fe, blob, size, (uint16_t)h, (uint16_t)w) == 0;
    if (!ok) { memset(m, 0, sizeof *m); return DP_MODEL_BAD_BLOB; }
    return DP_MODEL_OK;
}

static const int32_t *i32_at(const dp_model *m, const uint8_t *r, int field) {
    return (const int32_t *)(const void *)(m->blob + dp_get_u32(r + field)); /* aligned, checked at open */
}

static void run_op(const dp_model *m, const uint8_t *r, const int8_t *x, const int8_t *y, int8_t *out) {
    kws_geom_t g;
    geom(r, &g);
    const int8_t *w = (const int8_t *)(m->blob + dp_get_u32(r + R_W));
    const int32_t *bias = i32_at(m, r, R_B), *mult = i32_at(m, r, R_M), *shift = i32_at(m, r, R_S);
    switch (r[R_KIND]) {
        case K_CONV: kws_conv(&g, x, w, bias, mult, shift, out); break;
        case K_DW: kws_depthwise(&g, x, w, bias, mult, shift, out); break;
        case K_FC: kws_fully_connected(&g, (int32_t)dims(r, 0), x, w, bias, mult[0], shift[0], out); break;
        case K_AVG: kws_avg_pool(&g, x, out); break;
        case K_MAX: kws_max_pool(&g, x, out); break;
        case K_ADD: kws_add((int32_t)dims(r, 3), x, g.in_zp, y, get_i32(r + R_IN1ZP), mult, shift, g.out_zp, g.act_min, g.act_max, out); break;
        default: kws_mean(&g, x, mult[0], shift[0], out); break;
    }
}

int dp_model_run(const dp_model *m, const int8_t *input, uint32_t input_len, int8_t *arena,
                 uint32_t arena_size, int8_t *scores, uint32_t max_scores) {
    if (!m->blob || input_len != m->input_len) return DP_MODEL_BAD_INPUT;
    if (arena_size < m->arena_bytes) return DP_MODEL_NO_ARENA;
    for (uint32_t i = 0; i < m->op_count; i++) {
        const uint8_t *r = record(m, i);
        int16_t s0 = get_i16(r + R_IN0), s1 = get_i16(r + R_IN1);
        const int8_t *x = s0 < 0 ? input : arena + dp_get_u32(record(m, (uint32_t)s0) + R_OUTOFF);
        const int8_t *y = r[R_NIN] < 2 ? 0 : s1 < 0 ? input : arena + dp_get_u32(record(m, (uint32_t)s1) + R_OUTOFF);
        run_op(m, r, x, y, arena + dp_get_u32(r + R_OUTOFF));
    }
    uint32_t n = m->label_count < max_scores ? m->label_count : max_scores;
    memcpy(scores, arena + dp_get_u32(record(m, m->op_count - 1u) + R_OUTOFF), n);
    return m->label_count;
}
