package dev.dartboard.export.tflite;

/**
 * One tensor of the .tflite subgraph before serialisation.
 *
 * @param shape      dimensions (activations NHWC with batch 1; FC output [1, C])
 * @param type       a {@code org.tensorflow.lite.schema.TensorType} constant
 * @param data       little-endian constant data, or null for activations
 * @param scales     quantization scales (one, or one per channel of {@code quantDim})
 * @param zeroPoints matching zero points
 * @param quantDim   the per-channel axis (0 for conv weights and all biases, 3 for depthwise weights)
 */
record TensorSpec(String name, int[] shape, byte type, byte[] data, float[] scales, long[] zeroPoints, int quantDim) {
}
