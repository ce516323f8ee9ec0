package dev.dartboard.data;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * What {@code dataset check} prints. Accepted files are counted, never listed.
 *
 * @param root     the data set folder
 * @param labels   per word folder (sorted): accepted clips per split
 * @param accepted files read without error (word clips and background noise)
 * @param rejected files that could not be read, sorted by path
 * @param warnings scanning oddities and reader notes (file read, but something was unusual)
 */
@JsonPropertyOrder({"root", "labels", "accepted", "rejected", "warnings"})
public record CheckReport(String root, Map<String, SplitCounts> labels, int accepted,
                          List<Issue> rejected, List<Issue> warnings) {
    public CheckReport {
        labels = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(labels));
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }
}
