/**
 * libnd4j ops under Dartboard names that carry their own backward ({@link dev.dartboard.engine.ops.NativeAlias}):
 * training-mode batch norm, relu, depthwise "same" convolution; and the native thread count.
 */
package dev.dartboard.engine.ops;
