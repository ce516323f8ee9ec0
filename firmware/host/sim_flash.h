/* File-backed NOR flash for the host simulator: the image file is the flash region, byte for
 * byte; erased bytes are 0xFF, writes AND into the old contents as NOR flash does. Every call
 * flushes to the kernel, so a killed simulator leaves exactly what it had written. */
#ifndef SIM_FLASH_H
#define SIM_FLASH_H
#include <stdio.h>

#include "../core/dp_flash.h"

typedef struct {
    FILE *file;
    dp_flash flash;
    int crash_in_commit; /* test hook: tear the first header write in half, then _exit(3) */
} sim_flash;

/* Opens (creating and erasing if needed) an image of `size` bytes; returns 0 on success. */
int sim_flash_open(sim_flash *f, const char *path, uint32_t size, uint32_t page_size);
void sim_flash_close(sim_flash *f);

#endif
