package dev.dartboard.ui.data;

import dev.dartboard.data.ClipRef;
import dev.dartboard.data.Issue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Data page shows of a loaded data set: labels with counts per split, rejected files with reasons,
 * the clip list and its selected clip, the set's root and a one-line summary. FX thread only.
 */
final class DataContents {
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No data set open.");
    private final ObservableList<LabelRow> labels = FXCollections.observableArrayList();
    private final ObservableList<Issue> rejected = FXCollections.observableArrayList();
    private final ObservableList<ClipRef> clips = FXCollections.observableArrayList();
    private final ObjectProperty<ClipRef> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> root = new SimpleObjectProperty<>();
    private final ObjectProperty<String> labelFilter = new SimpleObjectProperty<>();
    private final javafx.collections.transformation.FilteredList<ClipRef> shown = new javafx.collections.transformation.FilteredList<>(clips);

    DataContents() {
        labelFilter.addListener((o, a, w) -> {
            shown.setPredicate(w == null ? null : c -> c.word().equals(w));
            if (w != null && !shown.isEmpty() && (selected.get() == null || !selected.get().word().equals(w))) selected.set(shown.get(0));
        });
    }

    /** The label whose clips the list shows; null shows every clip. */
    ObjectProperty<String> labelFilterProperty() { return labelFilter; }

    /** The clips of {@link #labelFilterProperty()} (all while it is null), in scan order. */
    ObservableList<ClipRef> shownClips() { return shown; }

    ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    ObservableList<LabelRow> labels() { return labels; }

    ObservableList<Issue> rejected() { return rejected; }

    ObservableList<ClipRef> clips() { return clips; }

    ObjectProperty<ClipRef> selectedProperty() { return selected; }

    ObjectProperty<Path> rootProperty() { return root; }

    /** Empties everything; the summary says whether a folder is loading. */
    void clear(boolean loading) {
        labels.clear();
        rejected.clear();
        clips.clear();
        labelFilter.set(null);
        selected.set(null);
        summary.set(loading ? "Loading…" : "No data set open.");
    }

    /** Shows {@code o} and selects its first clip. */
    void show(DataOverview o) {
        List<LabelRow> rows = new ArrayList<>();
        o.report().labels().forEach((label, counts) -> rows.add(LabelRow.of(label, counts)));
        labels.setAll(rows);
        rejected.setAll(o.report().rejected());
        clips.setAll(o.dataset().clips());
        root.set(o.dataset().root());
        summary.set(o.dataset().clips().size() + " clips in " + rows.size() + " labels, "
                + o.report().rejected().size() + " rejected, " + o.dataset().noiseFiles().size() + " noise files");
        if (!clips.isEmpty()) selected.set(clips.get(0));
    }
}
