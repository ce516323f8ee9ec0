/* Host stand-in for the Arduino core, just what kws_micro.ino uses: Serial prints to stdout,
 * millis() is the simulated audio time of host_main.cpp, the LED is a variable. */
#pragma once
#include <stdint.h>
#include <stdio.h>
#include <math.h>
#define LED_BUILTIN 13
#define HIGH 1
#define LOW 0
#define OUTPUT 1
unsigned long millis(void);
void pinMode(int pin, int mode);
void digitalWrite(int pin, int value);
struct HostSerial {
    void begin(long) { }
    void print(const char* s) { fputs(s, stdout); }
    void print(char c) { putchar(c); }
    void print(int v) { printf("%d", v); }
    void print(long v) { printf("%ld", v); }
    void print(unsigned long v) { printf("%lu", v); }
    void print(double v) { printf("%.2f", v); }
    void println(const char* s) { puts(s); }
    void println() { putchar('\n'); }
    void println(unsigned long v) { printf("%lu\n", v); }
};
extern HostSerial Serial;
