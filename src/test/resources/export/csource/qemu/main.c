/* QEMU (mps2-an386, Cortex-M4F) driver for the generated Dartboard C library: runs kws_infer on the
 * int8 inputs embedded by the test in inputs.h and prints one line of logits per input through
 * semihosting printf, bracketed by "BEGIN" and "END" lines. */
#include <stdio.h>
#include <stdlib.h>
#include "kws.h"
#include "inputs.h"

static int8_t scores[KWS_LABEL_COUNT];

/* Kept out of line so an execution trace can find the inference boundaries by symbol. */
__attribute__((noinline)) void qemu_marker_begin(void) { __asm volatile("" ::: "memory"); }
__attribute__((noinline)) void qemu_marker_end(void) { __asm volatile("" ::: "memory"); }

int main(void) {
    int k, i;
    printf("BEGIN\n");
    for (k = 0; k < QEMU_INPUT_COUNT; k++) {
        qemu_marker_begin();
        kws_infer(qemu_inputs[k], scores);
        qemu_marker_end();
        for (i = 0; i < KWS_LABEL_COUNT; i++) printf(i ? " %d" : "%d", scores[i]);
        printf("\n");
    }
    printf("END\n");
    exit(0);
}
