package dev.dartboard.model;

/**
 * Resource limits a searched model must meet on its board (front end included).
 *
 * @param sramBytes peak RAM the model and its streaming front end may use, bytes
 * @param flashBytes read-only bytes for weights, biases, quantization params, code and tables
 * @param latencyMs  time for one inference including the features of one clip, milliseconds
 */
public record Budget(long sramBytes, long flashBytes, double latencyMs) {
    public Budget {
        if (sramBytes <= 0 || flashBytes <= 0 || !(latencyMs > 0))
            throw new IllegalArgumentException("budgets must be positive: " + sramBytes + " B, " + flashBytes + " B, " + latencyMs + " ms");
    }
}
