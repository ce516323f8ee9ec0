package dev.dartboard.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;

/**
 * The run the studio carries from page to page (search → results → deploy), so no page asks for a folder
 * in the happy path. One per window, shared by the pages; the composition root connects the writers:
 * <ul>
 *   <li>{@link #searchRunProperty()}: the search run just finished on the Search page, or the one the
 *       Results page opened;</li>
 *   <li>{@link #trainedRunProperty()}: the training run the Results page just finished (a folder with
 *       genotype.json, labels.json, model.float.json, metrics.json) — the Deploy page opens it;</li>
 *   <li>{@link #lastFlashProperty()}: the Deploy page's last flash outcome ("" before one).</li>
 * </ul>
 * Null means "none yet". Threading: FX thread only.
 */
public final class CurrentRun {
    private final ObjectProperty<Path> searchRun = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> trainedRun = new SimpleObjectProperty<>();
    private final StringProperty lastFlash = new SimpleStringProperty("");

    public ObjectProperty<Path> searchRunProperty() { return searchRun; }

    public ObjectProperty<Path> trainedRunProperty() { return trainedRun; }

    public StringProperty lastFlashProperty() { return lastFlash; }
}
