package dev.dartboard.ui.results;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrainedMetricsTest {
    @Test
    void theDetectionLineCountsTheUnknownRow() {
        // unknown row: 1 silence + 6 unknown rejected, 2 marvin + 1 sheila accepted → 7 of 10 rejected
        TrainedMetrics m = TrainedMetrics.of(Map.of("accuracy", 0.5, "split", "test",
                "labels", List.of("_silence_", "_unknown_", "marvin", "sheila"),
                "confusion", List.of(List.of(3, 0, 0, 0), List.of(1, 6, 2, 1), List.of(0, 1, 5, 0), List.of(0, 0, 0, 4))));
        assertEquals("other words rejected 70.0% (7 of 10), false accepts: marvin 2, sheila 1", m.detectionLine());
        TrainedMetrics none = TrainedMetrics.of(Map.of("accuracy", 1.0, "labels", List.of("_silence_", "_unknown_", "a"),
                "confusion", List.of(List.of(1, 0, 0), List.of(0, 0, 0), List.of(0, 0, 2))));
        assertEquals("", none.detectionLine());
    }
}
