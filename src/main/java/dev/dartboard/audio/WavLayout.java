package dev.dartboard.audio;

import java.util.List;

/**
 * Where the samples of a parsed WAV file lie in its bytes.
 *
 * @param format     the decoded {@code fmt } chunk
 * @param dataOffset byte offset of the first sample in the file
 * @param frames     whole frames present in the file (≥ 1)
 * @param notes      recoverable oddities found while parsing (e.g. a truncated data chunk)
 */
record WavLayout(WavFormat format, int dataOffset, int frames, List<String> notes) { }
