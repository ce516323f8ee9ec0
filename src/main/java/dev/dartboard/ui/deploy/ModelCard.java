package dev.dartboard.ui.deploy;

import dev.dartboard.ui.results.LayerBox;
import dev.dartboard.ui.results.TrainedMetrics;

import java.util.List;

/**
 * A run's model card as the Deploy page renders it (the content of {@code model_card.json}, in words).
 * Immutable.
 *
 * @param title      e.g. "tiny · 4 labels: _silence_, _unknown_, yes, no"
 * @param frontEnd   the feature front end in words
 * @param layers     the network, input to classifier ({@code ui.results}' genotype diagram boxes)
 * @param sizes      flash, SRAM and latency: the cost model's estimate, the built library's size, the budget
 * @param accuracy   float vs int8 accuracy in one line, or why int8 is not known yet
 * @param floatMatrix the float model's confusion matrix (metrics.json), null when the run has none
 * @param int8Matrix  the int8 model's (quant.json), null until quantized
 */
public record ModelCard(String title, String frontEnd, List<LayerBox> layers, List<SizeRow> sizes, String accuracy,
                        TrainedMetrics floatMatrix, TrainedMetrics int8Matrix) {
    public ModelCard {
        layers = List.copyOf(layers);
        sizes = List.copyOf(sizes);
    }

    /** One row of the sizes table; "—" where a value is not known. */
    public record SizeRow(String what, String estimated, String built, String budget) { }
}
