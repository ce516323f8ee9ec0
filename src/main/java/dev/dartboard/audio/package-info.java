/** Audio in: robust WAV reading and writing, resampling, microphone capture, augmentation, TTS synthesis. No ND4J, no JavaFX. */
package dev.dartboard.audio;
