/* The flash the model store lives on: a region of `size` bytes made of erasable pages.
 * NOR semantics, as on the nRF52840 NVMC: erase sets a page to 0xFF; write can only clear bits;
 * addresses are offsets from the start of the region; write addresses and lengths are multiples
 * of 4 (one NVMC word). Each call returns 0 on success, nonzero on failure. */
#ifndef DP_FLASH_H
#define DP_FLASH_H
#include <stdint.h>

typedef struct {
    uint32_t page_size; /* bytes, a multiple of 4 (4096 on the nRF52840) */
    uint32_t size;      /* bytes of the region, a multiple of 2 * page_size */
    int (*erase_page)(void *ctx, uint32_t addr);
    int (*write)(void *ctx, uint32_t addr, const uint8_t *data, uint32_t len);
    int (*read)(void *ctx, uint32_t addr, uint8_t *out, uint32_t len);
    void *ctx;
} dp_flash;

#endif
