package dev.dartboard.ui.deploy;

import dev.dartboard.device.PortInfo;
import dev.dartboard.ui.common.FileDialogs;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Deploy page: the run, its exports and its model card on the left, the board on the right; scrolls when the window is small. Builds and binds only. */
public final class DeployView {
    private DeployView() { }

    public static Node build(DeployViewModel vm, FileDialogs dialogs) {
        Label title = new Label("Deploy");
        title.getStyleClass().add("page-title");
        VBox left = run(vm, dialogs);
        VBox right = board(vm);
        left.setPrefWidth(500);
        right.setPrefWidth(500);
        // two columns side by side, one above the other when the window is narrower (1024 × 700): never cut
        FlowPane columns = new FlowPane(24, 16, left, right);
        VBox page = new VBox(10, title, columns);
        page.getStyleClass().add("page");
        page.setId("deploy-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        columns.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(60));
        return scroll;
    }

    private static VBox run(DeployViewModel vm, FileDialogs dialogs) {
        ExportModel m = vm.export();
        Button choose = button("Choose run folder…", "choose-run", "Another training run: genotype.json, labels.json, model.float.json, metrics.json");
        choose.setOnAction(e -> dialogs.chooseFolder("Training run folder").ifPresent(vm::chooseRun));
        TextField folder = new TextField();
        folder.setId("run-folder");
        folder.setEditable(false);
        folder.setPromptText("the run trained last opens here");
        folder.setTooltip(new Tooltip("The run this page deploys: the one trained last on the Results page, or the folder chosen here"));
        folder.textProperty().bind(Bindings.createStringBinding(() -> m.runProperty().get() == null ? "" : m.runProperty().get().folder().toAbsolutePath().toString(), m.runProperty()));
        folder.textProperty().addListener((o, a, b) -> folder.positionCaret(b.length()));   // the run's own name shows
        HBox.setHgrow(folder, Priority.ALWAYS);
        Label labels = text("run-labels", m.runProperty(), RunSummary::labelsText);
        labels.setVisible(false);
        labels.setManaged(false);
        Button tflite = button("Export .tflite", "export-tflite", "int8 (TFLite spec), TFLM builtin ops only, with the model blob the Dartboard firmware runs; written to <run>/export/");
        tflite.setOnAction(e -> m.exportTflite());
        Button c = button("Export C library", "export-c", "Interpreter-free C: weights as const arrays, a static arena, the feature front end; <run>/export/c/");
        c.setOnAction(e -> m.exportC());
        Button arduino = button("Export Arduino library", "export-arduino", "A ZIP for the Arduino IDE (Sketch → Include Library → Add .ZIP Library…) with the kws_micro example; <run>/export/arduino/");
        arduino.setOnAction(e -> m.exportArduino());
        for (Button b : new Button[]{tflite, c, arduino}) b.disableProperty().bind(m.busyProperty().or(m.runProperty().isNull()));
        choose.disableProperty().bind(m.busyProperty());
        ProgressBar bar = bar("export-progress", m.progressProperty());
        TextArea result = new TextArea();
        result.setId("export-result");
        result.setEditable(false);
        result.setWrapText(true);
        result.setPrefRowCount(3);
        result.setTooltip(new Tooltip("Full paths of what the last export wrote; select and copy them"));
        result.textProperty().bind(m.resultProperty());
        Label calib = new Label("Calibration: up to 300 clips of the project's data set (Data page), spread over every label.");
        calib.getStyleClass().add("hint");
        calib.setWrapText(true);
        FlowPane exports = new FlowPane(8, 8, tflite, c, arduino);
        return new VBox(8, section("Run"), new HBox(8, folder, choose), labels, section("Export"),
                exports, bar, result, calib, section("Model card"), ModelCardView.build(m.cardProperty()));
    }

    private static VBox board(DeployViewModel vm) {
        BoardModel m = vm.board();
        ComboBox<PortInfo> ports = new ComboBox<>(m.ports());
        ports.setId("port");
        ports.setPrefWidth(300);
        ports.valueProperty().bindBidirectional(m.portProperty());
        ports.setCellFactory(l -> cell(m));
        ports.setButtonCell(cell(m));
        Button refresh = button("Refresh", "refresh-ports", "List serial ports; an Arduino is recognised by its USB VID:PID");
        refresh.setOnAction(e -> m.refreshPorts());
        Button sim = button("Start simulator", "start-simulator", "The board's firmware core built for this PC, on a virtual serial port (socat): demos without a board");
        sim.setOnAction(e -> vm.startSimulator());
        Button stopSim = button("Stop simulator", "stop-simulator", "Stops the simulator and its virtual serial port (socat); closing the studio stops them too");
        stopSim.setOnAction(e -> m.stopSimulator());
        Button info = button("Read board info", "read-info", "HELLO/INFO: board, firmware, free memory and the two model slots");
        info.setOnAction(e -> m.readInfo());
        Button flash = button("Flash", "flash", DeployViewModel.PAYLOAD_NOTE);
        flash.setOnAction(e -> vm.flash());
        flash.disableProperty().bind(vm.canFlashProperty().not());
        for (Button b : new Button[]{refresh, sim, stopSim, info}) b.disableProperty().bind(vm.boardFreeProperty().not());
        Label note = new Label(DeployViewModel.PAYLOAD_NOTE);
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        Label outcome = label("flash-outcome", m.outcomeProperty());
        outcome.setStyle("-fx-font-weight: bold");
        return new VBox(8, section("Board"), new HBox(8, ports, refresh), new HBox(8, sim, stopSim, label("simulator-text", m.simulatorTextProperty())),
                info, label("board-info", m.infoProperty()), section("Flash"), flash, bar("flash-progress", m.progressProperty()), outcome, note,
                section("Test on the board"), test(vm), section("Live monitor"), monitor(vm));
    }

    private static VBox test(DeployViewModel vm) {
        DeviceTestModel t = vm.test();
        Spinner<Integer> clips = new Spinner<>(1, 2000, t.clipsProperty().get(), 10);
        clips.setId("test-clips");
        clips.setEditable(true);
        clips.setPrefWidth(90);
        clips.setTooltip(new Tooltip("At most this many clips of the data set's test split"));
        clips.valueProperty().addListener((o, a, b) -> t.clipsProperty().set(b));
        Button run = button("Test on the board", "test-on-board", "Streams the test clips as audio to the board (or the simulator): its front end and the flashed model "
                + "classify each; Java runs the same int8 model on the same audio to compare");
        run.setOnAction(e -> t.run());
        run.disableProperty().bind(vm.boardFreeProperty().not().or(vm.board().portProperty().isNull()).or(vm.export().tfliteProperty().isNull()));
        TableView<DeviceTestModel.ClassRow> table = new TableView<>(t.rows());
        table.setId("device-test-table");
        table.setPrefHeight(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Per-label accuracy appears here after a test."));
        table.getColumns().add(column("Label", r -> r.label()));
        table.getColumns().add(column("Clips", r -> Integer.toString(r.clips())));
        table.getColumns().add(column("Board", DeviceTestModel.ClassRow::boardText));
        table.getColumns().add(column("Java", DeviceTestModel.ClassRow::javaText));
        return new VBox(6, new HBox(8, run, new Label("clips:"), clips), bar("test-progress", t.progressProperty()),
                label("device-test-summary", t.summaryProperty()), table);
    }

    private static VBox monitor(DeployViewModel vm) {
        MonitorModel mon = vm.monitor();
        GridPane rule = new GridPane();
        rule.setHgap(8);
        rule.setVgap(4);
        rule.addRow(0, new Label("Average"), spinner("rule-average", mon.averageProperty(), 1, 8, 1, "Score vectors averaged before deciding (1..8)"),
                new Label("Threshold"), spinner("rule-threshold", mon.thresholdProperty(), -128, 127, 5, "int8 score the average must reach (−128..127)"));
        rule.addRow(1, new Label("Every"), spinner("rule-every", mon.everyFramesProperty(), 1, 100, 1, "Run the model every this many 20 ms frames"),
                new Label("Quiet ms"), spinner("rule-refractory", mon.refractoryMsProperty(), 0, 10000, 100, "No second detection for this long after one"));
        Button start = button("Start monitor", "monitor-start", "Opens the port, sends the rule and listens: the board's detections and log lines appear here");
        start.setOnAction(e -> vm.monitor().start());
        start.disableProperty().bind(vm.board().busyProperty().or(vm.test().busyProperty()).or(mon.runningProperty()).or(vm.board().portProperty().isNull()));
        Button stop = button("Stop monitor", "monitor-stop", "Closes the port");
        stop.setOnAction(e -> mon.stop());
        stop.disableProperty().bind(mon.runningProperty().not());
        Button send = button("Send rule", "monitor-send-rule", "Sends these settings to the board (LISTEN); its listener restarts with them");
        send.setOnAction(e -> mon.sendRule());
        send.disableProperty().bind(mon.runningProperty().not());
        NumberAxis time = new NumberAxis();
        time.setLabel("board time (s)");
        time.setForceZeroInRange(true);
        NumberAxis score = new NumberAxis(-128, 128, 32);
        score.setLabel("score (int8)");
        ScatterChart<Number, Number> chart = new ScatterChart<>(time, score);
        chart.setId("monitor-timeline");
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        chart.setMinHeight(160);
        Map<String, XYChart.Series<Number, Number>> series = new HashMap<>();
        mon.heard().addListener((ListChangeListener<MonitorModel.Heard>) c -> {
            while (c.next()) {
                if (c.wasRemoved() && mon.heard().isEmpty()) { chart.getData().clear(); series.clear(); }
                for (MonitorModel.Heard h : c.getAddedSubList()) {
                    XYChart.Series<Number, Number> s = series.computeIfAbsent(h.label(), k -> {
                        XYChart.Series<Number, Number> n = new XYChart.Series<>();
                        n.setName(k);
                        chart.getData().add(n);
                        return n;
                    });
                    s.getData().add(new XYChart.Data<>(h.seconds(), h.score()));
                }
            }
        });
        ListView<MonitorModel.Heard> list = new ListView<>(mon.heard());
        list.setId("monitor-detections");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label("Detections appear here."));
        list.setStyle("-fx-font-family: monospace");
        ListView<String> log = new ListView<>(mon.log());
        log.setId("monitor-log");
        log.setPrefHeight(80);
        log.setPlaceholder(new Label("The board's log lines appear here."));
        return new VBox(6, rule, new HBox(8, start, stop, send), label("monitor-state", mon.stateProperty()), chart, list, log);
    }

    private static Spinner<Integer> spinner(String id, javafx.beans.property.IntegerProperty value, int min, int max, int step, String tip) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get(), step);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(100);
        s.setTooltip(new Tooltip(tip));
        s.valueProperty().addListener((o, a, b) -> value.set(b));
        value.addListener((o, a, b) -> s.getValueFactory().setValue(b.intValue()));
        return s;
    }

    private static TableColumn<DeviceTestModel.ClassRow, String> column(String title, java.util.function.Function<DeviceTestModel.ClassRow, String> f) {
        TableColumn<DeviceTestModel.ClassRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    private static ListCell<PortInfo> cell(BoardModel m) {
        return new ListCell<>() {
            @Override protected void updateItem(PortInfo p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? "no port chosen (Refresh, or Start simulator)" : m.portText(p));
            }
        };
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static ProgressBar bar(String id, javafx.beans.value.ObservableDoubleValue value) {
        ProgressBar bar = new ProgressBar();
        bar.setId(id);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(value);
        return bar;
    }

    private static Label label(String id, javafx.beans.value.ObservableStringValue value) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(value);
        return l;
    }

    private static <T> Label text(String id, javafx.beans.value.ObservableObjectValue<T> value, java.util.function.Function<T, String> f) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(Bindings.createStringBinding(() -> value.get() == null ? "" : f.apply(value.get()), value));
        return l;
    }
}
