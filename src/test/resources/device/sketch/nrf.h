/* Compile-only stand-in for the nRF52840 register definitions dartboard_fw.ino uses. */
#pragma once
#include <stdint.h>
typedef struct { volatile uint32_t READY, CONFIG, ERASEPAGE; } NRF_NVMC_Type;
typedef struct { volatile uint32_t CTRL, CYCCNT; } DWT_Type;
typedef struct { volatile uint32_t DEMCR; } CoreDebug_Type;
#define NRF_NVMC ((NRF_NVMC_Type*)0x4001E400u)
#define DWT ((DWT_Type*)0xE0001000u)
#define CoreDebug ((CoreDebug_Type*)0xE000EDF0u)
#define NVMC_READY_READY_Busy 0u
#define NVMC_CONFIG_WEN_Ren 0u
#define NVMC_CONFIG_WEN_Wen 1u
#define NVMC_CONFIG_WEN_Een 2u
#define DWT_CTRL_CYCCNTENA_Msk 1u
#define CoreDebug_DEMCR_TRCENA_Msk (1u << 24)
