// Dartboard firmware for the Arduino Nano 33 BLE (Sense): the firmware core (firmware/core, copied
// into src/core by `make sketch`) on USB CDC serial, with the model store in the nRF52840's
// internal flash. NOT YET RUN ON HARDWARE (compile-checked core only). INFER runs the boot model
// blob in place from memory-mapped flash (dp_runner + dp_model + the C export's kws_kernels);
// cycles come from the DWT cycle counter (64 MHz). Chunked INFER (features or PCM through the blob's
// front end) uses infer_stream. The PDM microphone (16 kHz mono) feeds mic_stream: dp_listen runs the
// boot model's front end, model and detection rule; a detection is sent as a DETECT frame (with the
// word) and lights the LED for LED_MS. Models at 8 kHz get pair-averaged samples; other rates are
// not listened to. The PDM interrupt fills a ring of RING_HOPS 20 ms buffers; a buffer that finds the ring
// full (loop() busy in a long inference or a flash erase) is dropped and counted, and the count goes out as a
// LOG line ("overruns N ...", level warn, at most once a second) that `dartboard monitor` prints.
// Free RAM in INFO is Mbed OS's heap statistics (the core's mbed_config.h enables MBED_ALL_STATS_ENABLED):
// the heap's reserved bytes less those allocated and their bookkeeping. Static buffers (the arena, the ring)
// are outside the heap; loop() runs on its own Mbed thread stack, so `&local - sbrk(0)` would not measure
// anything useful here.
//
// Flash layout: the store uses 0x80000..0xFFFFF (512 KB = 2 slots x (4 KB header + 252 KB));
// the sketch itself (bootloader 0x00000..0x0FFFF, application from 0x10000) must stay below
// 0x80000, i.e. under 448 KB. Page 4 KB; NVMC writes 32-bit words; an erase stalls the CPU ~85 ms.
#include <Arduino.h>
#include <PDM.h>
#include <stdio.h>
#include "nrf.h"
#include "mbed_stats.h"

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
// 16 x 20 ms = 320 ms of audio (10 KB). One hop's front end + one inference of the largest reference model,
// DS-CNN-S, is ~187 ms at 64 MHz by the cost model: ceil(187 / 20) + 2 = 12 buffers (the export's AudioRing
// rule; AudioRingTest checks this constant against it). A model slower than the listener's cadence (an
// inference every LISTEN.every_frames hops) falls behind whatever the ring's size: the overruns line says so.
static const int RING_HOPS = 16;
static const uint32_t OVERRUN_LOG_MS = 1000;
static const uint32_t LED_MS = 500;
static dp_listen_cfg LISTEN = {3, 0, 5, 1000}; // average, threshold, every frames, refractory ms (sim defaults; LISTEN sets it)

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

// Heap bytes not allocated (fragmentation not counted), from Mbed OS's heap statistics.
static uint32_t free_ram(void *) {
  mbed_stats_heap_t h;
  mbed_stats_heap_get(&h);
  uint32_t used = h.current_size + h.overhead_size;
  return h.reserved_size > used ? h.reserved_size - used : 0;
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
static int16_t ring[RING_HOPS][PDM_SAMPLES];          // ring[ring_head] is being written; ring_tail .. head-1 wait
static volatile int ring_head = 0, ring_tail = 0;     // head: the interrupt's, tail: loop()'s
static volatile uint32_t overruns = 0;                // 20 ms buffers dropped because the ring was full
static int ring_fill = 0;                             // samples in ring[ring_head] (interrupt only)
static uint32_t logged_overruns = 0, overrun_log_ms = 0;

// Interrupt: copies PDM samples into ring[ring_head]; a full buffer moves the head on, or is dropped (and
// counted) when the next slot still waits for loop(), so the queued buffers stay intact.
static void on_pdm() {
  int bytes = PDM.available();
  while (bytes >= 2) {
    int n = PDM_SAMPLES - ring_fill;
    if (n > bytes / 2) n = bytes / 2;
    PDM.read(ring[ring_head] + ring_fill, n * 2);
    ring_fill += n;
    bytes -= n * 2;
    if (ring_fill == PDM_SAMPLES) {
      ring_fill = 0;
      int next = (ring_head + 1) % RING_HOPS;
      if (next == ring_tail) overruns++;
      else ring_head = next;
    }
  }
}

// A LOG line when buffers were dropped since the last one, at most every OVERRUN_LOG_MS.
static void log_overruns() {
  uint32_t n = overruns, now = millis();
  if (n == logged_overruns || (overrun_log_ms != 0 && now - overrun_log_ms < OVERRUN_LOG_MS)) return;
  char text[64];
  snprintf(text, sizeof text, "overruns %lu (20 ms microphone buffers dropped)", (unsigned long)n);
  dp_proto_log(&proto, 2, text);
  logged_overruns = n;
  overrun_log_ms = now | 1u;
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

// LISTEN from the host: the new detection rule; the listener restarts with it at the next buffer.
static void on_listen(void *, const dp_listen_cfg *cfg) {
  LISTEN = *cfg;
  listening = nullptr;
  listening_gen = (uint32_t)-1;
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
  // firmware 1.1.0: reads model blobs v4 (a Q15 front end); the host checks it before sending one
  dp_proto_config cfg = {"Nano33BLE", 1, 1, 0, serial_send, free_ram, nullptr, dp_runner_infer, &runner, &dp_runner_chunked,
                         on_listen, nullptr};
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
  while (ring_tail != ring_head) {
    hear(ring[ring_tail]);
    ring_tail = (ring_tail + 1) % RING_HOPS;
  }
  log_overruns();
  if (led_on_ms && millis() - led_on_ms > LED_MS) {
    digitalWrite(LED_BUILTIN, LOW);
    led_on_ms = 0;
  }
}
