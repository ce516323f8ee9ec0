package dev.dartboard.ui.search;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** The decoded genotype of the finished search: front end, layers, exact costs, repairs and the run folder. Binds only. */
final class ResultView {
    private ResultView() { }

    static VBox build(SearchViewModel vm) {
        Label text = new Label("The decoded model appears here when the search ends.");
        text.setId("search-result");
        text.setWrapText(true);
        LiveSearch live = vm.live();
        Runnable show = () -> {
            SearchSummary r = vm.resultProperty().get();
            text.setText(r != null ? describe(r) : vm.runningProperty().get() ? live.stateProperty().get()
                    : "The decoded model appears here when the search ends. " + live.stateProperty().get());
        };
        vm.resultProperty().addListener(o -> show.run());
        live.stateProperty().addListener(o -> show.run());
        vm.runningProperty().addListener(o -> show.run());
        VBox box = new VBox(4, text);
        return box;
    }

    static String describe(SearchSummary r) {
        return String.format(Locale.ROOT, "Front end: %s%nLayers: %s%nExact costs: SRAM %.1f KB, flash %.1f KB, latency %.1f ms%n"
                        + "Repairs: %s%nSearch loop: %.1f s%nRun folder: %s",
                r.dataConfig(), String.join(", ", r.layers()), r.sramBytes() / 1024.0, r.flashBytes() / 1024.0, r.latencyMs(),
                r.repairs().isEmpty() ? "none" : String.join("; ", r.repairs()), r.seconds(), r.run());
    }
}
