package dev.dartboard.data;

/**
 * One labelled training example.
 *
 * @param source where its samples come from
 * @param label  class index in the {@code LabelSet}'s {@code labels()} order
 */
public record Example(Source source, int label) { }
