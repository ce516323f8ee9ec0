/* Minimal Cortex-M4F startup for QEMU's mps2-an386: a 16-entry vector table at 0x0 whose reset
 * handler enables the FPU (CP10/CP11 full access) and jumps to newlib's rdimon _start, which sets up
 * the stack and heap via semihosting, clears .bss, runs main and exits via semihosting. */
#include <stdint.h>

extern void _start(void);
extern uint32_t __stack_top, __etext, __data_start__, __data_end__;

void reset_handler(void) {
    volatile uint32_t *cpacr = (volatile uint32_t *)0xE000ED88u;
    *cpacr |= 0xFu << 20;
    __asm volatile("dsb\n\tisb" ::: "memory");
    /* QEMU loads .data at its load address after the code; rdimon's crt0 does not copy it. */
    for (uint32_t *src = &__etext, *dst = &__data_start__; dst < &__data_end__;) *dst++ = *src++;
    _start();
    for (;;) {
    }
}

/* Any fault ends QEMU with a non-zero status: semihosting SYS_EXIT (0x18) with a reason other than
 * ADP_Stopped_ApplicationExit (here RunTimeErrorUnknown, 0x20023) makes QEMU exit 1. */
void fault_handler(void) {
    __asm volatile("mov r0, #0x18\n\tldr r1, =0x20023\n\tbkpt 0xab" ::: "r0", "r1", "memory");
    for (;;) {
    }
}

__attribute__((section(".vectors"), used)) void (*const vectors[16])(void) = {
    (void (*)(void))&__stack_top, reset_handler, fault_handler, fault_handler, fault_handler, fault_handler,
    fault_handler, 0, 0, 0, 0, fault_handler, fault_handler, 0, fault_handler, fault_handler,
};
