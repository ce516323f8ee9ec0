package dev.dartboard.ui.space;

import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableIntegerValue;

/**
 * The studio's current {@link SearchFeasibility} verdict: the project's budget and bounds with the Search page's
 * front-end count, recomputed on every change of either. One per studio (the Search page owns it and gates Start
 * on it; the Space page shows it), so both pages show one verdict. Threading: FX thread only.
 */
public final class FeasibilityModel {
    private final Workspace workspace;
    private final SearchFeasibility service;
    private final ObservableIntegerValue frontEnds;
    private final ReadOnlyObjectWrapper<SearchFeasibility.Verdict> verdict = new ReadOnlyObjectWrapper<>();

    public FeasibilityModel(Workspace workspace, SearchFeasibility service, ObservableIntegerValue frontEnds) {
        this.workspace = workspace;
        this.service = service;
        this.frontEnds = frontEnds;
        workspace.projectProperty().addListener(o -> refresh());
        frontEnds.addListener(o -> refresh());
        refresh();
    }

    /** Never null. */
    public ReadOnlyObjectProperty<SearchFeasibility.Verdict> verdictProperty() { return verdict.getReadOnlyProperty(); }

    /** Checks again (e.g. right before Start). */
    public void refresh() {
        try {
            verdict.set(service.check(workspace.project(), frontEnds.get()));
        } catch (RuntimeException e) {   // e.g. an unusable budget: Start then reports it as before
            verdict.set(SearchFeasibility.Verdict.without("", ""));
        }
    }
}
