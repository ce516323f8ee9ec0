package dev.dartboard.data;

import dev.dartboard.model.Split;

/**
 * One audio file of a data set, not yet read.
 *
 * @param relPath path relative to the data set root, '/'-separated (as in GSC's list files)
 * @param word    the folder it lives in (its label before a {@code LabelSet} maps it)
 * @param speaker the speaker id: the name before {@code _nohash_}, else the file stem
 * @param split   the split it belongs to
 */
public record ClipRef(String relPath, String word, String speaker, Split split) { }
