/* Compile-only stand-in for the Arduino core, just what dartboard_fw.ino uses (declarations; the
 * firmware sketch is compiled, not linked). PDM.h comes from src/test/resources/export/arduino. */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#define LED_BUILTIN 13
#define HIGH 1
#define LOW 0
#define OUTPUT 1
unsigned long millis(void);
void pinMode(int pin, int mode);
void digitalWrite(int pin, int value);
struct HostSerial {
    void begin(long);
    size_t write(const uint8_t* bytes, size_t n);
    int available();
    int read();
};
extern HostSerial Serial;
