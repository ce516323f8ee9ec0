/** Exporters: .tflite, interpreter-free C library, Arduino library. No JavaFX. */
package dev.dartboard.export;
