package dev.dartboard.ui.space;

import dev.dartboard.ui.common.Banner;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * A {@link SearchFeasibility} verdict as a banner: an error (the reason Start is disabled) while no network of the
 * space meets the budget, else a note with the smallest costs. The Search and Space pages each show one, bound to
 * the same verdict. Builds and binds only; FX thread only.
 */
public final class FeasibilityBanner {
    private FeasibilityBanner() { }

    /** The banner's id is "search-feasibility", its text label's "search-feasibility-text". */
    public static Node build(ObservableValue<SearchFeasibility.Verdict> verdict) {
        var text = Bindings.createStringBinding(() -> verdict.getValue().ok() ? verdict.getValue().line() : verdict.getValue().problem(), verdict);
        var kind = Bindings.createObjectBinding(() -> verdict.getValue().ok() ? Banner.Kind.INFO : Banner.Kind.ERROR, verdict);
        Node banner = Banner.of("search-feasibility", text, kind, null);
        banner.getProperties().put("text", text);
        return banner;
    }
}
