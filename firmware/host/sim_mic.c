#define _POSIX_C_SOURCE 200809L
#include "sim_mic.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static uint32_t u32(const uint8_t *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t u16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }

static double now_s(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

/* Appends one WAV file's samples; checks RIFF/WAVE, PCM, 16 bit, mono, and the same rate as before. */
static int load_wav(sim_mic *m, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return 1; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *b = size > 12 ? malloc((size_t)size) : NULL;
    int ok = b && fread(b, 1, (size_t)size, f) == (size_t)size && !memcmp(b, "RIFF", 4) && !memcmp(b + 8, "WAVE", 4);
    fclose(f);
    const char *why = "not a RIFF/WAVE file";
    uint32_t at = 12, rate = 0, bits = 0, channels = 0, format = 0;
    while (ok && at + 8 <= (uint32_t)size) {
        uint32_t len = u32(b + at + 4);
        if (len > (uint32_t)size - at - 8) len = (uint32_t)size - at - 8; /* truncated data chunk: keep what is there */
        if (!memcmp(b + at, "fmt ", 4) && len >= 16) { format = u16(b + at + 8); channels = u16(b + at + 10); rate = u32(b + at + 12); bits = u16(b + at + 22); }
        if (!memcmp(b + at, "data", 4)) {
            why = format != 1 || bits != 16 || channels != 1 ? "not 16-bit PCM mono" : (m->rate && rate != m->rate) ? "sample rate differs from the files before it" : NULL;
            if (why) break;
            uint32_t n = len / 2;
            int16_t *grown = realloc(m->pcm, (size_t)(m->samples + n) * sizeof(int16_t));
            if (!grown) { why = "out of memory"; break; }
            m->pcm = grown;
            for (uint32_t i = 0; i < n; i++) m->pcm[m->samples + i] = (int16_t)u16(b + at + 8 + 2 * i);
            m->samples += n;
            m->rate = rate;
            free(b);
            return 0;
        }
        at += 8 + len + (len & 1u);
    }
    if (ok && !why) why = "no data chunk";
    fprintf(stderr, "%s: %s\n", path, why ? why : "no data chunk");
    free(b);
    return 1;
}

static int wav_name(const struct dirent *e) {
    size_t n = strlen(e->d_name);
    return n > 4 && !strcmp(e->d_name + n - 4, ".wav");
}

int sim_mic_load(sim_mic *m, const char *path) {
    struct stat st;
    m->path = path;
    if (stat(path, &st)) { perror(path); return 1; }
    if (!S_ISDIR(st.st_mode)) return load_wav(m, path);
    struct dirent **list;
    int n = scandir(path, &list, wav_name, alphasort), rc = n > 0 ? 0 : 1;
    if (n <= 0) fprintf(stderr, "%s: no .wav files\n", path);
    for (int i = 0; i < n; i++) {
        char file[4096];
        snprintf(file, sizeof file, "%s/%s", path, list[i]->d_name);
        if (!rc) rc = load_wav(m, file);
        free(list[i]);
    }
    if (n > 0) free(list);
    return rc;
}

int sim_mic_reload(sim_mic *m) {
    free(m->pcm);
    m->pcm = NULL;
    m->samples = m->rate = m->played = 0;
    return m->path ? sim_mic_load(m, m->path) : 1;
}

uint32_t sim_mic_due(sim_mic *m, uint32_t cap) {
    if (!m->started || m->finished) return 0;
    if (m->start_s == 0) m->start_s = now_s();
    uint32_t left = m->samples - m->played, due = left;
    if (m->speed > 0) {
        double target = (now_s() - m->start_s) * m->rate * m->speed;
        due = target > m->played ? (uint32_t)(target - m->played) : 0;
        if (due > left) due = left;
    }
    return due < cap ? due : cap;
}
