package dev.dartboard.export.tflite;

import com.google.flatbuffers.FlatBufferBuilder;

import java.util.function.ToIntFunction;

/**
 * One operator before serialisation.
 *
 * @param builtin     a {@code BuiltinOperator} code
 * @param version     the op version TFLite's converter writes for int8
 * @param optionsType a {@code BuiltinOptions} union type
 * @param options     writes the options table into the builder, returns its offset
 */
record OperatorSpec(int builtin, int version, int[] inputs, int[] outputs, byte optionsType, ToIntFunction<FlatBufferBuilder> options) {
}
