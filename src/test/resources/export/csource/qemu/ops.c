/* Per-op instruction counts for the latency driver (latency.c): linked with -Wl,--wrap=kws_conv
 * (and the other kernels), each kernel call of model.c goes through a wrapper that times it with
 * SysTick (40 instructions per tick under qemu -icount shift=0) and prints
 * "op KIND MACS OUTPUTS INSTRUCTIONS"; MACs counted as the cost model does (every kernel tap). */
#include <stdio.h>
#include "kws_kernels.h"

#define SYST_CVR (*(volatile uint32_t*)0xE000E018u)

static uint32_t t_start;

static void begin(void) { t_start = SYST_CVR; }

static void end(const char* kind, long macs, long outputs) {
    uint32_t n = ((t_start - SYST_CVR) & 0xFFFFFFu) * 40u;
    printf("op %s %ld %ld %lu\n", kind, macs, outputs, (unsigned long)n);
}

static long cells(const kws_geom_t* g) { return (long)g->out_h * g->out_w * g->out_c; }

void __real_kws_conv(const kws_geom_t*, const int8_t*, const int8_t*, const int32_t*, const int32_t*, const int32_t*, int8_t*);
void __real_kws_depthwise(const kws_geom_t*, const int8_t*, const int8_t*, const int32_t*, const int32_t*, const int32_t*, int8_t*);
void __real_kws_fully_connected(const kws_geom_t*, int32_t, const int8_t*, const int8_t*, const int32_t*, int32_t, int32_t, int8_t*);
void __real_kws_avg_pool(const kws_geom_t*, const int8_t*, int8_t*);
void __real_kws_max_pool(const kws_geom_t*, const int8_t*, int8_t*);
void __real_kws_add(int32_t, const int8_t*, int32_t, const int8_t*, int32_t, const int32_t*, const int32_t*, int32_t, int32_t, int32_t, int8_t*);
void __real_kws_mean(const kws_geom_t*, const int8_t*, int32_t, int32_t, int8_t*);

void __wrap_kws_conv(const kws_geom_t* g, const int8_t* in, const int8_t* w, const int32_t* b, const int32_t* m,
                     const int32_t* s, int8_t* out) {
    begin();
    __real_kws_conv(g, in, w, b, m, s, out);
    end(g->k_h == 1 && g->k_w == 1 ? "pointwise" : "conv", cells(g) * g->k_h * g->k_w * g->in_c, cells(g));
}

void __wrap_kws_depthwise(const kws_geom_t* g, const int8_t* in, const int8_t* w, const int32_t* b, const int32_t* m,
                          const int32_t* s, int8_t* out) {
    begin();
    __real_kws_depthwise(g, in, w, b, m, s, out);
    end("depthwise", cells(g) * g->k_h * g->k_w, cells(g));
}

void __wrap_kws_fully_connected(const kws_geom_t* g, int32_t n, const int8_t* in, const int8_t* w, const int32_t* b,
                                int32_t m, int32_t s, int8_t* out) {
    begin();
    __real_kws_fully_connected(g, n, in, w, b, m, s, out);
    end("fc", (long)n * g->out_c, g->out_c);
}

void __wrap_kws_avg_pool(const kws_geom_t* g, const int8_t* in, int8_t* out) {
    begin();
    __real_kws_avg_pool(g, in, out);
    end("avgpool", cells(g) * g->k_h * g->k_w, cells(g));
}

void __wrap_kws_max_pool(const kws_geom_t* g, const int8_t* in, int8_t* out) {
    begin();
    __real_kws_max_pool(g, in, out);
    end("maxpool", cells(g) * g->k_h * g->k_w, cells(g));
}

void __wrap_kws_add(int32_t n, const int8_t* a, int32_t az, const int8_t* b, int32_t bz, const int32_t* m,
                    const int32_t* s, int32_t oz, int32_t lo, int32_t hi, int8_t* out) {
    begin();
    __real_kws_add(n, a, az, b, bz, m, s, oz, lo, hi, out);
    end("add", n, n);
}

void __wrap_kws_mean(const kws_geom_t* g, const int8_t* in, int32_t m, int32_t s, int8_t* out) {
    begin();
    __real_kws_mean(g, in, m, s, out);
    end("mean", (long)g->in_h * g->in_w * g->in_c, g->in_c);
}
