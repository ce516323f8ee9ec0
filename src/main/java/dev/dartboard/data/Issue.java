package dev.dartboard.data;

/**
 * A problem with one input, as the reports print it.
 *
 * @param file   the path relative to the data set root, '/'-separated
 * @param reason why, without the file name
 */
public record Issue(String file, String reason) { }
