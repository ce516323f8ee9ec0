// Dartboard firmware for the Arduino Nano 33 BLE (Sense): the firmware core (firmware/core, copied
// into src/core by `make sketch`) on USB CDC serial, with the model store in the nRF52840's
// internal flash. NOT YET RUN ON HARDWARE (compile-checked core only). INFER runs the boot model
// blob in place from memory-mapped flash (dp_runner + dp_model + the C export's kws_kernels);
// cycles come from the DWT cycle counter (64 MHz). Chunked INFER (features or PCM through the blob's
// front end) uses infer_stream. The PDM microphone (16 kHz mono) feeds mic_stream: dp_listen runs the
// boot model's front end, model and detection rule; a detection is sent as a DETECT frame (with the
// word) and lights the LED for LED_MS. Models at 8 kHz get pair-averaged samples; other rates are
// not listened to.
//
// Flash layout: the store uses 0x80000..0xFFFFF (512 KB = 2 slots x (4 KB header + 252 KB));
// the sketch itself (bootloader 0x00000..0x0FFFF, application from 0x10000) must stay below
// 0x80000, i.e. under 448 KB. Page 4 KB; NVMC writes 32-bit words; an erase stalls the CPU ~85 ms.
#include <Arduino.h>
#include <PDM.h>
#include "nrf.h"

extern "C" {
#include "src/core/dp_listen.h"
#include "src/core/dp_proto.h"
#include "src/core/dp_store.h"
#include "src/core/dp_runner.h"
}

static const uint32_t STORE_BASE = 0x80000u;
static const uint32_t STORE_SIZE = 0x80000u;
static const uint32_t PAGE = 4096u;
static const uint32_t IDLE_MS = 20;
static const uint32_t ARENA_BYTES = 96u * 1024u;  // activations of the largest model we accept
static const int PDM_RATE = 16000;
static const int PDM_SAMPLES = 320;                // one 20 ms buffer
static const uint32_t LED_MS = 500;
static const dp_listen_cfg LISTEN = {3, 0, 5, 1000}; // average, threshold, every frames, refractory ms (sim defaults)

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
static dp_stream infer_stream, mic_stream;
static dp_listener listener;
static const dp_model *listening;                    // model the listener runs, NULL: not listening
static uint32_t listening_gen, led_on_ms;
static int16_t pdm[2][PDM_SAMPLES];                   // written by on_pdm (interrupt), read by loop
static volatile int pdm_fill[2], pdm_write = 0;
static volatile bool pdm_full[2];
static int pdm_read = 0;

// Interrupt: copies PDM samples into the current buffer, switching buffers when one is full.
static void on_pdm() {
  int bytes = PDM.available();
  while (bytes >= 2) {
    int w = pdm_write, n = PDM_SAMPLES - pdm_fill[w];
    if (n > bytes / 2) n = bytes / 2;
    PDM.read(pdm[w] + pdm_fill[w], n * 2);
    pdm_fill[w] += n;
    bytes -= n * 2;
    if (pdm_fill[w] == PDM_SAMPLES) {
      pdm_full[w] = true;
      pdm_write = 1 - w;
      pdm_fill[1 - w] = 0;
    }
  }
}

static void on_detect(void *, uint8_t label, int8_t score, uint32_t ms, const char *name, uint8_t len) {
  dp_proto_detect_named(&proto, label, score, ms, name, len);
  digitalWrite(LED_BUILTIN, HIGH);
  led_on_ms = millis() | 1u;
}

// (Re)starts the listener when the boot model changes; NULL when it has no front end or another rate.
static void follow_model() {
  const dp_model *m = dp_runner_model(&runner, &store);
  uint32_t gen = store.active == DP_NO_SLOT ? 0 : store.slots[store.active].generation;
  if (m == listening && gen == listening_gen) return;
  listening_gen = gen;
  listening = m;
  if (!m || PDM_RATE % (int)m->fe.sample_rate != 0 || dp_listen_init(&listener, &LISTEN, m, &mic_stream, arena, ARENA_BYTES))
    listening = nullptr;
}

// One PDM buffer, decimated to the model's rate, into the listener.
static void hear(const int16_t *in) {
  follow_model();
  if (!listening) return;
  int k = PDM_RATE / (int)listening->fe.sample_rate, n = PDM_SAMPLES / k;
  int16_t pcm[PDM_SAMPLES];
  for (int i = 0; i < n; i++) {
    int32_t s = 0;
    for (int j = 0; j < k; j++) s += in[i * k + j];
    pcm[i] = (int16_t)(s / k);
  }
  dp_listen_push(&listener, pcm, n, on_detect, nullptr);
}

void setup() {
  pinMode(LED_BUILTIN, OUTPUT);
  Serial.begin(115200);  // USB CDC: the baud rate is ignored
  enable_cycle_counter();
  dp_store_mount(&store, &flash);
  dp_runner_init(&runner, arena, ARENA_BYTES, nullptr, 0, map_flash, nullptr, cycle_counter);
  runner.stream = &infer_stream;
  dp_proto_config cfg = {"Nano33BLE", 1, 0, 0, serial_send, free_ram, nullptr, dp_runner_infer, &runner, &dp_runner_chunked};
  dp_proto_init(&proto, &cfg, &store);
  PDM.onReceive(on_pdm);
  PDM.setBufferSize(PDM_SAMPLES * 2);
  if (!PDM.begin(1, PDM_RATE)) dp_proto_log(&proto, 3, "PDM microphone failed to start");
  digitalWrite(LED_BUILTIN, LOW);  // the LED now means: a keyword was heard
}

void loop() {
  uint8_t buf[64];
  int n = 0;
  while (n < (int)sizeof buf && Serial.available() > 0) buf[n++] = (uint8_t)Serial.read();
  if (n > 0) {
    dp_proto_feed(&proto, buf, (size_t)n);
    last_byte_ms = millis();
  } else if (proto.parser.n > 0 && millis() - last_byte_ms > IDLE_MS) {
    dp_proto_idle(&proto);
  }
  while (pdm_full[pdm_read]) {
    hear(pdm[pdm_read]);
    pdm_full[pdm_read] = false;
    pdm_read = 1 - pdm_read;
  }
  if (led_on_ms && millis() - led_on_ms > LED_MS) {
    digitalWrite(LED_BUILTIN, LOW);
    led_on_ms = 0;
  }
}
