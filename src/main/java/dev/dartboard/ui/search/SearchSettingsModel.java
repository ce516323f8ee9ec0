package dev.dartboard.ui.search;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;

/** The Search page's own knobs as properties (the rest comes from the project). FX thread only. */
public final class SearchSettingsModel {
    private final IntegerProperty epochs = new SimpleIntegerProperty(4);
    private final LongProperty seed = new SimpleLongProperty(1);
    private final IntegerProperty configs = new SimpleIntegerProperty(4);
    private final IntegerProperty batch = new SimpleIntegerProperty(64);

    public IntegerProperty epochsProperty() { return epochs; }

    public LongProperty seedProperty() { return seed; }

    /** How many front ends of the project's bounds the search mixes. */
    public IntegerProperty configsProperty() { return configs; }

    /** Examples per step (no field on the page; tests and demos make it small). */
    public IntegerProperty batchProperty() { return batch; }

    /** The values now, for one run. */
    SearchSettings snapshot() { return new SearchSettings(epochs.get(), seed.get(), configs.get(), batch.get()); }
}
