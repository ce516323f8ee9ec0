package dev.dartboard.ui.space;

import dev.dartboard.ui.common.FileDialogs;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.NumberStringConverter;

import java.util.Locale;

/** The Space &amp; budgets page: board and budgets with live feedback on the left, the space's bounds on the right. Builds and binds only. */
public final class SpaceView {
    static final String SRAM_TIP = "SRAM: the board's working memory. Holds the audio ring buffer, the feature matrix and the largest "
            + "pair of layer activations at once (the arena), plus the runtime. Over budget = the sketch does not link or crashes.";
    static final String FLASH_TIP = "Flash: read-only program memory. Holds the int8 weights, int32 biases, quantization "
            + "parameters, the kernels' code and the front end's tables (window, FFT twiddles, mel filters, DCT).";
    static final String LATENCY_TIP = "Latency: time for one decision on the board's CPU: the features of one clip plus the "
            + "network, estimated from MACs × cycles per MAC at the board's clock. Keep it below the hop you stream at.";

    private SpaceView() { }

    /** Under the title, the studio's feasibility banner: the Search page's verdict, the same numbers in the same units. */
    public static Node build(SpaceViewModel vm, FileDialogs dialogs) {
        Label title = new Label("Space & budgets");
        title.getStyleClass().add("page-title");
        VBox left = new VBox(10, section("Board"), board(vm.budget(), dialogs), section("Budgets"), budgets(vm),
                section("What the space needs"), FeedbackView.build(vm));
        left.setPrefWidth(630);
        left.setMinWidth(630);
        // side by side where they fit, the search space below the budgets in a narrow window (nothing past the right edge)
        javafx.scene.layout.FlowPane body = new javafx.scene.layout.FlowPane(24, 16, left, new VBox(10, section("Search space"), SpaceBoundsView.build(vm.space())));
        body.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        body.setRowValignment(javafx.geometry.VPos.TOP);
        VBox page = new VBox(10, title, FeasibilityBanner.build(vm.feasibilityProperty()), body);
        page.getStyleClass().add("page");
        page.setId("space-page");
        return page;
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Node board(BudgetForm form, FileDialogs dialogs) {
        ComboBox<String> boards = new ComboBox<>(form.boards());
        boards.setId("board");
        boards.valueProperty().bindBidirectional(form.boardProperty());
        boards.setTooltip(new Tooltip("The microcontroller board the model must fit: bundled profiles or your own .json"));
        Button load = new Button("Load .json…");
        load.setId("load-board");
        load.setOnAction(e -> dialogs.openFile("Board profile", ".json").ifPresent(form::loadFile));
        Label text = new Label();
        text.setId("board-text");
        text.setWrapText(true);
        text.getStyleClass().add("hint");
        text.textProperty().bind(form.boardTextProperty());
        return new VBox(6, new HBox(8, boards, load), text);
    }

    private static Node budgets(SpaceViewModel vm) {
        BudgetForm f = vm.budget();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, vm, Resource.SRAM, f.sramKbProperty(), f.sramMaxKbProperty(), "KB", SRAM_TIP);
        row(grid, 1, vm, Resource.FLASH, f.flashKbProperty(), f.flashMaxKbProperty(), "KB", FLASH_TIP);
        row(grid, 2, vm, Resource.LATENCY, f.latencyMsProperty(), null, "ms", LATENCY_TIP);
        return grid;
    }

    private static void row(GridPane grid, int r, SpaceViewModel vm, Resource res, DoubleProperty value,
                            ReadOnlyDoubleProperty max, String unit, String tip) {
        String id = res.name().toLowerCase(Locale.ROOT);
        Label name = new Label(res == Resource.SRAM ? "SRAM" : res == Resource.FLASH ? "Flash" : "Latency");
        name.setTooltip(new Tooltip(tip));
        TextField field = new TextField();
        field.setId(id + "-budget");
        field.setPrefColumnCount(6);
        TextFormatter<Number> fmt = new TextFormatter<>(new NumberStringConverter(Locale.ROOT, "0.#"));
        field.setTextFormatter(fmt);
        fmt.valueProperty().bindBidirectional(value);
        field.setTooltip(new Tooltip(tip));
        Slider slider = new Slider(1, max == null ? 1000 : max.get(), value.get());
        slider.setId(id + "-slider");
        if (max != null) slider.maxProperty().bind(max);
        slider.setPrefWidth(140);
        slider.valueProperty().bindBidirectional(value);
        Label verdict = new Label();
        verdict.setId(id + "-verdict");
        FeedbackView.colour(verdict, vm, res);
        Label units = new Label(unit);
        for (Label l : new Label[]{name, units, verdict}) l.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(r, name, field, units, slider, verdict);
    }
}
