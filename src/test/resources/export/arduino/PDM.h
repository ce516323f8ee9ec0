/* Host stand-in for the Nano 33 BLE's PDM library: host_main.cpp hands it chunks of PCM and calls the callback. */
#pragma once
#include <stdint.h>
class PDMClass {
public:
    void onReceive(void (*cb)(void)) { callback = cb; }
    void setBufferSize(int bytes) { bufferSize = bytes; }
    int begin(int channels, long rate) { return channels == 1 && rate == 16000; }
    void setGain(int) { }
    int available();
    int read(void* dst, int bytes);
    void (*callback)(void) = 0;
    int bufferSize = 512;
};
extern PDMClass PDM;
