// Dartboard firmware for the Arduino Nano 33 BLE (Sense): the firmware core (firmware/core, copied
// into src/core by `make sketch`) on USB CDC serial, with the model store in the nRF52840's
// internal flash. NOT YET RUN ON HARDWARE (compile-checked core only). INFER runs the boot model
// blob in place from memory-mapped flash (dp_runner + dp_model + the C export's kws_kernels);
// cycles come from the DWT cycle counter (64 MHz). PCM INFER and microphone detections: not yet.
//
// Flash layout: the store uses 0x80000..0xFFFFF (512 KB = 2 slots x (4 KB header + 252 KB));
// the sketch itself (bootloader 0x00000..0x0FFFF, application from 0x10000) must stay below
// 0x80000, i.e. under 448 KB. Page 4 KB; NVMC writes 32-bit words; an erase stalls the CPU ~85 ms.
#include <Arduino.h>
#include "nrf.h"

extern "C" {
#include "src/core/dp_proto.h"
#include "src/core/dp_store.h"
#include "src/core/dp_runner.h"
}

static const uint32_t STORE_BASE = 0x80000u;
static const uint32_t STORE_SIZE = 0x80000u;
static const uint32_t PAGE = 4096u;
static const uint32_t IDLE_MS = 20;
static const uint32_t ARENA_BYTES = 96u * 1024u;  // activations of the largest model we accept

static void nvmc_wait() { while (NRF_NVMC->READY == NVMC_READY_READY_Busy) { } }

static int nvmc_erase(void *, uint32_t addr) {
  nvmc_wait();
  NRF_NVMC->CONFIG = NVMC_CONFIG_WEN_Een;
  nvmc_wait();
  NRF_NVMC->ERASEPAGE = STORE_BASE + addr - addr % PAGE;
  nvmc_wait();
  NRF_NVMC->CONFIG = NVMC_CONFIG_WEN_Ren;
  nvmc_wait();
  return 0;
}

static int nvmc_write(void *, uint32_t addr, const uint8_t *data, uint32_t len) {
  if (addr % 4 || len % 4 || addr + len > STORE_SIZE) return 1;
  NRF_NVMC->CONFIG = NVMC_CONFIG_WEN_Wen;
  nvmc_wait();
  for (uint32_t i = 0; i < len; i += 4) {
    uint32_t w;
    memcpy(&w, data + i, 4);  // data may be unaligned
    *(volatile uint32_t *)(STORE_BASE + addr + i) = w;
    nvmc_wait();
  }
  NRF_NVMC->CONFIG = NVMC_CONFIG_WEN_Ren;
  nvmc_wait();
  return 0;
}

static int nvmc_read(void *, uint32_t addr, uint8_t *out, uint32_t len) {
  if (addr + len > STORE_SIZE) return 1;
  memcpy(out, (const void *)(STORE_BASE + addr), len);  // flash is memory mapped
  return 0;
}

static void serial_send(void *, const uint8_t *bytes, size_t n) { Serial.write(bytes, n); }

static uint32_t free_ram(void *) {
  char top;
  extern char *sbrk(int);
  return (uint32_t)(&top - sbrk(0));  // gap between heap end and stack: a lower bound
}

// The store's region is memory mapped: the runner reads the blob in place (4 KB aligned).
static const uint8_t *map_flash(void *, uint32_t offset) { return (const uint8_t *)(STORE_BASE + offset); }

static uint32_t cycle_counter() { return DWT->CYCCNT; }

static void enable_cycle_counter() {
  CoreDebug->DEMCR |= CoreDebug_DEMCR_TRCENA_Msk;
  DWT->CYCCNT = 0;
  DWT->CTRL |= DWT_CTRL_CYCCNTENA_Msk;
}

static dp_flash flash = {PAGE, STORE_SIZE, nvmc_erase, nvmc_write, nvmc_read, nullptr};
static int8_t arena[ARENA_BYTES] __attribute__((aligned(16)));
static dp_runner runner;
static dp_store store;
static dp_proto proto;
static uint32_t last_byte_ms;

void setup() {
  pinMode(LED_BUILTIN, OUTPUT);
  Serial.begin(115200);  // USB CDC: the baud rate is ignored
  enable_cycle_counter();
  dp_store_mount(&store, &flash);
  dp_runner_init(&runner, arena, ARENA_BYTES, nullptr, 0, map_flash, nullptr, cycle_counter);
  dp_proto_config cfg = {"Nano33BLE", 1, 0, 0, serial_send, free_ram, nullptr, dp_runner_infer, &runner};
  dp_proto_init(&proto, &cfg, &store);
  digitalWrite(LED_BUILTIN, store.active == DP_NO_SLOT ? LOW : HIGH);  // LED on: a model is committed
}

void loop() {
  uint8_t buf[64];
  int n = 0;
  while (n < (int)sizeof buf && Serial.available() > 0) buf[n++] = (uint8_t)Serial.read();
  if (n > 0) {
    dp_proto_feed(&proto, buf, (size_t)n);
    last_byte_ms = millis();
    digitalWrite(LED_BUILTIN, store.active == DP_NO_SLOT ? LOW : HIGH);
  } else if (proto.parser.n > 0 && millis() - last_byte_ms > IDLE_MS) {
    dp_proto_idle(&proto);
  }
}
