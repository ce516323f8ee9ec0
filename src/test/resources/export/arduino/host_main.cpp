/* Runs kws_micro.ino on the host: int16 LE PCM at 16 kHz on stdin is delivered to the sketch's PDM
 * callback in chunks of 512 bytes (as the board's PDM buffer does), loop() runs after each chunk. */
#include <stdio.h>
#include <string.h>
#include "Arduino.h"
#include "PDM.h"

void setup();
void loop();

HostSerial Serial;
PDMClass PDM;
static unsigned long samplesFed = 0;
static int16_t chunk[256];
static int chunkBytes = 0, chunkRead = 0, led = 0;

unsigned long millis(void) { return samplesFed / 16; }
void pinMode(int, int) { }
void digitalWrite(int, int value) { led = value; }

int PDMClass::available() { return chunkBytes - chunkRead; }

int PDMClass::read(void* dst, int bytes) {
    if (bytes > available()) bytes = available();
    memcpy(dst, (char*)chunk + chunkRead, bytes);
    chunkRead += bytes;
    return bytes;
}

int main() {
    setup();
    size_t n;
    while ((n = fread(chunk, sizeof(int16_t), 256, stdin)) > 0) {
        chunkBytes = (int)n * 2;
        chunkRead = 0;
        samplesFed += n;
        PDM.callback();
        loop();
    }
    printf("done %lu samples, led %d\n", samplesFed, led);
    return 0;
}
