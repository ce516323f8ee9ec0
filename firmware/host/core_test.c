/* Host unit test of the firmware core: CRC reference value, a hand-built frame, parser resync,
 * and the store's power-cut rule (a torn header never replaces the committed model). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>

#include "../core/dp_crc32.h"
#include "../core/dp_frame.h"
#include "../core/dp_model.h"
#include "../core/dp_store.h"
#include "sim_flash.h"

static int failures;
#define CHECK(c) do { if (!(c)) { printf("FAIL %s:%d %s\n", __FILE__, __LINE__, #c); failures++; } } while (0)

static int got_ok, got_bad;
static uint16_t got_seq;
static void on_frame(void *ctx, const dp_frame *f, int bad) { (void)ctx; if (bad) got_bad++; else { got_ok++; got_seq = f->seq; } }

static void test_crc_and_frame(void) {
    CHECK(dp_crc32(0, (const uint8_t *)"123456789", 9) == 0xCBF43926u);
    uint8_t out[32], pl[2] = {0xAB, 0xCD};
    size_t n = dp_frame_encode(0x03, 0x1234, pl, 2, out, sizeof out);
    const uint8_t head[] = {0xA5, 0x5A, 0x03, 0x34, 0x12, 0x02, 0x00, 0xAB, 0xCD};
    CHECK(n == 13 && memcmp(out, head, sizeof head) == 0);
    dp_parser p;
    dp_parser_init(&p, on_frame, NULL);
    const uint8_t junk[] = {0x00, 0xA5, 0x11, 0xA5, 0xA5};
    dp_parser_feed(&p, junk, sizeof junk);
    dp_parser_feed(&p, out, n);
    CHECK(got_ok == 1 && got_seq == 0x1234);
    out[8] ^= 0x10;
    dp_parser_feed(&p, out, n);
    CHECK(got_bad == 1 && got_ok == 1);
}

static void test_store_power_cut(const char *image) {
    static sim_flash f;
    static dp_store s;
    uint8_t model[10001];
    remove(image);
    if (sim_flash_open(&f, image, 64 * 1024, 4096) != 0) {
        fprintf(stderr, "core_test: cannot open flash image %s\n", image);
        failures++;
        return;
    }
    for (size_t i = 0; i < sizeof model; i++) model[i] = (uint8_t)(i * 7 + 3);
    uint32_t crc = dp_crc32(0, model, sizeof model);
    dp_store_mount(&s, &f.flash);
    CHECK(s.active == DP_NO_SLOT && dp_store_capacity(&s) == 28 * 1024);
    CHECK(dp_store_begin(&s, DP_NO_SLOT, sizeof model, crc, 42) == DP_STORE_OK);
    for (size_t o = 0; o < sizeof model; o += 333) /* odd chunks exercise the word tail */
        CHECK(dp_store_append(&s, model + o, sizeof model - o < 333 ? (uint32_t)(sizeof model - o) : 333) == 0);
    CHECK(dp_store_finish(&s) == DP_STORE_OK && dp_store_commit(&s) == DP_STORE_OK);
    dp_store_mount(&s, &f.flash);
    CHECK(s.active == 0 && s.slots[0].model_id == 42 && s.slots[0].generation == 1);
    CHECK(dp_store_begin(&s, 0, 100, 0, 43) == DP_STORE_BAD_SLOT);
    CHECK(dp_store_begin(&s, DP_NO_SLOT, 100000, 0, 43) == DP_STORE_TOO_LARGE);
    CHECK(dp_store_begin(&s, DP_NO_SLOT, 4, 0x12345678u, 43) == DP_STORE_OK);
    CHECK(dp_store_append(&s, model, 4) == 0 && dp_store_finish(&s) == DP_STORE_CRC);
    dp_store_mount(&s, &f.flash); /* "power cut" after a failed upload: the old model boots */
    CHECK(s.active == 0 && s.slots[1].state == DP_SLOT_EMPTY);
    uint8_t back[16];
    CHECK(dp_store_read_model(&s, 9990, back, 11) == 0 && memcmp(back, model + 9990, 11) == 0);
    sim_flash_close(&f);
}

static int read_buf(void *ctx, uint32_t off, uint8_t *buf, uint32_t len) { memcpy(buf, (const uint8_t *)ctx + off, len); return 0; }

/* A v3 blob's payload CRC covers every byte but its own field; v1/v2 blobs and other bytes have none. */
static void test_payload_check(void) {
    static uint8_t b[1000];
    for (size_t i = 0; i < sizeof b; i++) b[i] = (uint8_t)(i * 13 + 1);
    const uint8_t head[] = {0x44, 0x42, 0x4B, 0x57, 3, 0, 100, 0};
    memcpy(b, head, sizeof head);
    uint32_t crc = dp_crc32(dp_crc32(0, b, 96), b + 100, sizeof b - 100);
    for (int i = 0; i < 4; i++) b[96 + i] = (uint8_t)(crc >> (8 * i));
    CHECK(dp_model_check_payload(read_buf, b, sizeof b) == 1);
    b[700] ^= 0x08;
    CHECK(dp_model_check_payload(read_buf, b, sizeof b) == 0);
    b[700] ^= 0x08;
    b[97] ^= 0x01;
    CHECK(dp_model_check_payload(read_buf, b, sizeof b) == 0);
    b[4] = 2;
    CHECK(dp_model_check_payload(read_buf, b, sizeof b) == -1);
}

int main(int argc, char **argv) {
    test_crc_and_frame();
    test_payload_check();
    test_store_power_cut(argc > 1 ? argv[1] : "build/core_test.img");
    printf(failures ? "core_test: %d FAILED\n" : "core_test: all passed\n", failures);
    return failures != 0;
}
