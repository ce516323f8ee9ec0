package dev.dartboard.ui.results;

import java.util.List;

/**
 * What the detail panel shows of the selected point (or of the baseline).
 *
 * @param title     e.g. "Point 3 · sample · 81.0% (supernet weights)"
 * @param boxes     the genotype diagram, input first
 * @param dataConfig the front end in words
 * @param costs     one line per resource: exact cost vs budget, e.g. "SRAM 19.6 KB of 50.0 KB (39%)"
 * @param over      per line of {@code costs}: whether it is over budget
 * @param trained   the trained run's metrics, or null when not trained
 * @param trainedRun where the point's training run is (or will be) written
 */
public record PointDetail(int id, String title, List<LayerBox> boxes, String dataConfig, List<String> costs, List<Boolean> over,
                          TrainedMetrics trained, java.nio.file.Path trainedRun) {
    public PointDetail {
        boxes = List.copyOf(boxes);
        costs = List.copyOf(costs);
        over = List.copyOf(over);
    }
}
