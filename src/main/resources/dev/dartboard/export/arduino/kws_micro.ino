/* Dartboard keyword spotter for the Arduino Nano 33 BLE (Sense), model '@MODEL@'.
 * PDM microphone (interrupt fills a ring of RING_HOPS hop-sized buffers) -> streaming front end (kws_stream:
 * one feature frame per hop) -> int8 model every INFER_EVERY_FRAMES frames -> softmax averaged over the
 * last AVERAGE inferences -> a keyword above THRESHOLD is printed on Serial and lights the LED.
 * The ring covers the longest loop() iteration that Dartboard's cost model estimates for this model on the
 * Nano 33 BLE (one hop's front end + one inference, @BUSY_MS@ ms): a hop that finds the ring full is dropped
 * and counted, and the count is printed ("overruns N") whenever it grows (at most once a second).
 * Every front-end constant is in model_settings.h (generated with the model). */
#include <Arduino.h>
#include <PDM.h>
#include <math.h>
#include <@HEADER@>

#define PDM_RATE 16000                                   /* the Nano's PDM runs at 16 kHz */
#define DECIMATE (PDM_RATE / KWS_SAMPLE_RATE)            /* 1, or 2 for 8 kHz models (pair average) */
#if PDM_RATE % KWS_SAMPLE_RATE != 0
#error "the model's sample rate must divide the PDM's 16 kHz"
#endif
#define DMA_SAMPLES (KWS_HOP_SAMPLES * DECIMATE)         /* one hop per buffer */
#define RING_HOPS @RING_HOPS@ /* ceil(@BUSY_MS@ ms / hop) + 2: the hops completed while loop() is busy, + written, + read */
#define INFER_EVERY_FRAMES ((200 * KWS_SAMPLE_RATE / 1000 + KWS_HOP_SAMPLES - 1) / KWS_HOP_SAMPLES) /* ~200 ms */
#define AVERAGE 3
#define THRESHOLD 0.70f
#define SUPPRESS_MS 1000
#define LED_MS 500
#define OVERRUN_REPORT_MS 1000

static kws_stream_t stream;                              /* window + hop PCM and the int8 feature matrix */
static int16_t ring[RING_HOPS][DMA_SAMPLES];             /* ring[head] is being written; tail .. head-1 wait */
static volatile int head = 0, tail = 0;                  /* head is the interrupt's, tail is loop()'s */
static volatile unsigned long overruns = 0;              /* hops dropped because the ring was full */
static int fill = 0;                                     /* samples in ring[head] (interrupt only) */
static int framesSinceInfer = 0, slot = 0;
static unsigned long reportedOverruns = 0, lastReport = 0;
static int16_t pcm[KWS_HOP_SAMPLES];
static int8_t scores[KWS_LABEL_COUNT];
static float history[AVERAGE][KWS_LABEL_COUNT];
static unsigned long lastDetect = 0, ledOn = 0;

/* Interrupt: copies the PDM samples into ring[head]; a full hop moves head on, or is dropped (and
 * counted) when the next slot is still waiting for loop(): the hops already queued stay intact. */
static void onPDMdata() {
  int bytes = PDM.available();
  while (bytes >= 2) {
    int n = DMA_SAMPLES - fill;
    if (n > bytes / 2) n = bytes / 2;
    PDM.read(ring[head] + fill, n * 2);
    fill += n;
    bytes -= n * 2;
    if (fill == DMA_SAMPLES) {
      fill = 0;
      int next = (head + 1) % RING_HOPS;
      if (next == tail) overruns++;
      else head = next;
    }
  }
}

/* Softmax of the dequantized logits into history[slot]. */
static void probabilities(float* p) {
  float max = -1e30f, sum = 0;
  for (int i = 0; i < KWS_LABEL_COUNT; i++) {
    p[i] = KWS_OUTPUT_SCALE * (scores[i] - KWS_OUTPUT_ZERO_POINT);
    if (p[i] > max) max = p[i];
  }
  for (int i = 0; i < KWS_LABEL_COUNT; i++) sum += (p[i] = expf(p[i] - max));
  for (int i = 0; i < KWS_LABEL_COUNT; i++) p[i] /= sum;
}

/* Averages the last AVERAGE inferences; reports a keyword (labels starting with '_' are not words). */
static void recognize(int best) {
  probabilities(history[slot]);
  slot = (slot + 1) % AVERAGE;
  float avg = 0;
  for (int k = 0; k < AVERAGE; k++) avg += history[k][best] / AVERAGE;
#ifdef KWS_MICRO_VERBOSE
  Serial.print("infer "); Serial.print((long)stream.frames); Serial.print(' '); Serial.print(best);
  for (int i = 0; i < KWS_LABEL_COUNT; i++) { Serial.print(' '); Serial.print((int)scores[i]); }
  Serial.println();
#endif
  unsigned long now = millis();
  if (kws_labels[best][0] == '_' || avg < THRESHOLD || (lastDetect != 0 && now - lastDetect < SUPPRESS_MS)) return;
  lastDetect = ledOn = now;
  digitalWrite(LED_BUILTIN, HIGH);
  Serial.print("heard ");
  Serial.print(kws_labels[best]);
  Serial.print(" (");
  Serial.print(avg);
  Serial.println(")");
}

/* Decimates one DMA buffer to KWS_SAMPLE_RATE, streams it, and runs the model when it is due. */
static void consume(const int16_t* in) {
  for (int i = 0; i < KWS_HOP_SAMPLES; i++) {
    int32_t s = 0;
    for (int k = 0; k < DECIMATE; k++) s += in[i * DECIMATE + k];
    pcm[i] = (int16_t)(s / DECIMATE);
  }
  framesSinceInfer += kws_stream_push(&stream, pcm, KWS_HOP_SAMPLES);
  if (!kws_stream_ready(&stream) || framesSinceInfer < INFER_EVERY_FRAMES) return;
  framesSinceInfer = 0;
  recognize(kws_infer(stream.features, scores));
}

void setup() {
  Serial.begin(115200);
  pinMode(LED_BUILTIN, OUTPUT);
  kws_stream_init(&stream);
  PDM.onReceive(onPDMdata);
  PDM.setBufferSize(DMA_SAMPLES * 2);
  if (!PDM.begin(1, PDM_RATE)) {
    Serial.println("Dartboard: PDM microphone failed to start");
    while (1) { }
  }
  Serial.print("Dartboard keyword spotter '@MODEL@': ");
  for (int i = 0; i < KWS_LABEL_COUNT; i++) { Serial.print(kws_labels[i]); Serial.print(i + 1 < KWS_LABEL_COUNT ? ", " : "\n"); }
}

/* Prints the overrun count when it has grown, at most once every OVERRUN_REPORT_MS. */
static void reportOverruns() {
  unsigned long n = overruns, now = millis();
  if (n == reportedOverruns || (lastReport != 0 && now - lastReport < OVERRUN_REPORT_MS)) return;
  reportedOverruns = n;
  lastReport = now | 1;
  Serial.print("overruns ");
  Serial.println(n);
}

void loop() {
  while (tail != head) {
    consume(ring[tail]);
    tail = (tail + 1) % RING_HOPS;
  }
  reportOverruns();
  if (ledOn != 0 && millis() - ledOn > LED_MS) {
    digitalWrite(LED_BUILTIN, LOW);
    ledOn = 0;
  }
}
