package dev.dartboard.ui.data;

import dev.dartboard.data.SplitCounts;

/** One row of the Data page's label table: accepted clips of a word folder per split. */
public record LabelRow(String label, int train, int validation, int test, int total) {
    static LabelRow of(String label, SplitCounts c) {
        return new LabelRow(label, c.train(), c.validation(), c.test(), c.total());
    }
}
