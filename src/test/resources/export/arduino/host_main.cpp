/* Runs kws_micro.ino on the host: int16 LE PCM at 16 kHz on stdin is delivered to the sketch's PDM
 * callback in chunks of 512 bytes (as the board's PDM buffer does), loop() runs after each chunk.
 * With an argument STALL, loop() does not run until STALL samples have been delivered (a loop() busy
 * that long, e.g. in a slow inference), so the sketch's ring must drop the hops it cannot hold. */
#include <stdio.h>
#include <stdlib.h>
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

int main(int argc, char** argv) {
    unsigned long stall = argc > 1 ? strtoul(argv[1], 0, 10) : 0;
    setup();
    size_t n;
    while ((n = fread(chunk, sizeof(int16_t), 256, stdin)) > 0) {
        chunkBytes = (int)n * 2;
        chunkRead = 0;
        samplesFed += n;
        PDM.callback();
        if (samplesFed >= stall) loop();
    }
    printf("done %lu samples, led %d\n", samplesFed, led);
    return 0;
}
