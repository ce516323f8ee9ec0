package dev.dartboard.quant;

/**
 * A float model that holds a NaN or infinite weight or bias, or whose calibration activations are not
 * finite: it cannot be quantized (scales and multipliers would be garbage). The message names the tensor.
 */
public final class NonFiniteModelException extends IllegalArgumentException {
    public NonFiniteModelException(String message) {
        super(message);
    }
}
