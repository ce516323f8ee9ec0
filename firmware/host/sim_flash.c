#define _POSIX_C_SOURCE 200809L
#include "sim_flash.h"

#include <string.h>
#include <unistd.h>

static int io_at(sim_flash *f, uint32_t addr) { return fseek(f->file, (long)addr, SEEK_SET); }

static int sim_read(void *ctx, uint32_t addr, uint8_t *out, uint32_t len) {
    sim_flash *f = (sim_flash *)ctx;
    if (addr + len > f->flash.size || io_at(f, addr)) return 1;
    return fread(out, 1, len, f->file) != len;
}

static int put(sim_flash *f, uint32_t addr, const uint8_t *data, uint32_t len) {
    if (io_at(f, addr) || fwrite(data, 1, len, f->file) != len) return 1;
    return fflush(f->file) != 0;
}

static int sim_erase(void *ctx, uint32_t addr) {
    sim_flash *f = (sim_flash *)ctx;
    uint8_t ff[4096];
    uint32_t page = f->flash.page_size, base = addr - addr % page;
    memset(ff, 0xFF, sizeof ff);
    for (uint32_t o = 0; o < page; o += sizeof ff)
        if (put(f, base + o, ff, page - o < sizeof ff ? page - o : (uint32_t)sizeof ff)) return 1;
    return 0;
}

static int sim_write(void *ctx, uint32_t addr, const uint8_t *data, uint32_t len) {
    sim_flash *f = (sim_flash *)ctx;
    uint8_t old[256];
    if (addr % 4 || len % 4 || addr + len > f->flash.size) return 1;
    if (f->crash_in_commit && addr % (f->flash.size / 2) == 0) {
        put(f, addr, data, len / 2);
        _exit(3); /* power cut half way through the header */
    }
    for (uint32_t o = 0; o < len; o += sizeof old) {
        uint32_t k = len - o < sizeof old ? len - o : (uint32_t)sizeof old;
        if (sim_read(f, addr + o, old, k)) return 1;
        for (uint32_t i = 0; i < k; i++) old[i] &= data[o + i]; /* NOR: bits only clear */
        if (put(f, addr + o, old, k)) return 1;
    }
    return 0;
}

int sim_flash_open(sim_flash *f, const char *path, uint32_t size, uint32_t page_size) {
    memset(f, 0, sizeof *f);
    f->file = fopen(path, "r+b");
    if (!f->file) f->file = fopen(path, "w+b");
    if (!f->file) return 1;
    f->flash = (dp_flash){page_size, size, sim_erase, sim_write, sim_read, f};
    if (fseek(f->file, 0, SEEK_END)) return 1;
    long have = ftell(f->file);
    for (uint32_t a = have < 0 ? 0 : (uint32_t)have - (uint32_t)have % page_size; a < size; a += page_size)
        if (sim_erase(f, a)) return 1;
    return 0;
}

void sim_flash_close(sim_flash *f) {
    if (f->file) fclose(f->file);
    f->file = NULL;
}
