/* The simulator's "microphone": 16-bit PCM mono WAV files (one file, or every *.wav of a folder in
 * name order, back to back) played into a dp_listener at real time (speed 1), faster, or as fast as
 * the loop allows (speed 0). Every HELLO re-reads the files (the host may have written them again, e.g. at its
 * model's sample rate) and (re)starts playback from the beginning (a host is then listening). */
#ifndef SIM_MIC_H
#define SIM_MIC_H
#include <stdint.h>

#include "../core/dp_listen.h"

typedef struct {
    const char *path;     /* what sim_mic_load read (not owned), for sim_mic_reload */
    int16_t *pcm;         /* all the audio, heap, owned */
    uint32_t samples, rate, played;
    double speed;         /* 1 = real time, 0 = unpaced */
    int started, finished;
    double start_s;       /* wall clock at start */
} sim_mic;

/* Loads path (file or folder). Returns 0, or 1 after printing the file and the problem on stderr. */
int sim_mic_load(sim_mic *m, const char *path);

/* Drops the audio and reads the last loaded path again. Returns 0, or 1 (no audio then) after printing why. */
int sim_mic_reload(sim_mic *m);

/* How many samples are due now (all remaining when unpaced, at most `cap`). */
uint32_t sim_mic_due(sim_mic *m, uint32_t cap);

#endif
