/** int8 post-training quantization and the reference integer interpreter. No JavaFX. */
package dev.dartboard.quant;
