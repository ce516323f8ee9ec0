package dev.dartboard.data;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * What {@code dataset stats} prints (from WAV headers only).
 *
 * @param root            the data set folder
 * @param labels          clips per word folder (sorted) and split; unreadable headers excluded
 * @param clips           word clips with a readable header
 * @param durationMs      min / mean / max clip duration in milliseconds (zeros when no clip)
 * @param sampleRates     clips and noise files per sample rate (Hz, as text keys)
 * @param formats         clips and noise files per format, e.g. {@code PCM 16-bit mono}
 * @param backgroundNoise the noise files, their seconds and the total
 * @param rejected        files whose header could not be read, sorted by path
 */
@JsonPropertyOrder({"root", "labels", "clips", "durationMs", "sampleRates", "formats", "backgroundNoise", "rejected"})
public record StatsReport(String root, Map<String, SplitCounts> labels, int clips, Durations durationMs,
                          Map<String, Integer> sampleRates, Map<String, Integer> formats,
                          Noise backgroundNoise, List<Issue> rejected) {

    /** Milliseconds. */
    @JsonPropertyOrder({"min", "mean", "max"})
    public record Durations(double min, double mean, double max) { }

    /** @param totalSeconds sum of the files' durations, seconds */
    @JsonPropertyOrder({"files", "totalSeconds"})
    public record Noise(List<NoiseEntry> files, double totalSeconds) { }

    /** @param seconds duration, seconds */
    public record NoiseEntry(String file, double seconds) { }
}
