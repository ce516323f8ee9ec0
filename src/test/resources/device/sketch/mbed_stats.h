/* Compile-only stand-in for Mbed OS's platform/mbed_stats.h: the heap statistics dartboard_fw.ino reads. */
#pragma once
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef struct {
    uint32_t current_size, max_size, total_size, reserved_size, alloc_cnt, alloc_fail_cnt, overhead_size;
} mbed_stats_heap_t;
void mbed_stats_heap_get(mbed_stats_heap_t *stats);
#ifdef __cplusplus
}
#endif
