package dev.dartboard.ui.deploy;

import dev.dartboard.device.BoardClient;
import dev.dartboard.device.BoardMonitor;
import dev.dartboard.device.DetectionRule;
import dev.dartboard.device.FrameChannel;
import dev.dartboard.device.JsscSerialLink;
import dev.dartboard.device.PortInfo;
import dev.dartboard.device.RetryPolicy;
import dev.dartboard.task.ErrorText;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live monitor (as {@code dartboard monitor}): keeps the chosen port open on its own thread, lists the board's
 * detections (label, score, the board's time) and log lines as they come, and sends the detection rule's settings
 * (LISTEN) when it starts and whenever "Send" is pressed. The board (or the simulator's microphone) starts listening
 * afresh at the monitor's HELLO; on the simulator, the microphone track is first written again for the open run (its words
 * at its model's sample rate, {@link BoardModel#micPlanFor}), which the simulator re-reads at that HELLO. Other board
 * actions wait while it runs. Threading: FX thread, except the reader thread.
 */
public final class MonitorModel implements AutoCloseable {
    /** One detection: seconds of the board's clock, the label, its averaged int8 score. */
    public record Heard(double seconds, String label, int score) {
        @Override public String toString() { return String.format(Locale.ROOT, "%7.2f s  %-12s score %d", seconds, label, score); }
    }

    private static final int LOG_LINES = 200;
    private final BoardModel board;
    private final ExportModel export;
    private final Executor fx;
    private final DetectionRule.Config defaults = DetectionRule.Config.defaults();
    private final IntegerProperty average = new SimpleIntegerProperty(defaults.average());
    private final IntegerProperty threshold = new SimpleIntegerProperty(defaults.threshold());
    private final IntegerProperty everyFrames = new SimpleIntegerProperty(defaults.everyFrames());
    private final IntegerProperty refractoryMs = new SimpleIntegerProperty((int) defaults.refractoryMs());
    private final ObservableList<Heard> heard = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("Not listening.");
    private final AtomicReference<DetectionRule.Config> pending = new AtomicReference<>();
    private volatile boolean stop;
    private Thread reader;

    /** @param fx where the reader thread's updates run (the FX thread) */
    public MonitorModel(BoardModel board, ExportModel export, Executor fx) {
        this.board = board;
        this.export = export;
        this.fx = fx;
    }

    public IntegerProperty averageProperty() { return average; }
    public IntegerProperty thresholdProperty() { return threshold; }
    public IntegerProperty everyFramesProperty() { return everyFrames; }
    public IntegerProperty refractoryMsProperty() { return refractoryMs; }
    /** Detections since the monitor started, oldest first. */
    public ObservableList<Heard> heard() { return heard; }
    /** The board's log lines (the last {@value #LOG_LINES}). */
    public ObservableList<String> log() { return log; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** What the monitor is doing, the rule the board has, or why it stopped. */
    public ReadOnlyStringProperty stateProperty() { return state.getReadOnlyProperty(); }

    /** The rule as set in the fields; throws IllegalArgumentException naming the ranges. */
    public DetectionRule.Config rule() {
        return new DetectionRule.Config(average.get(), threshold.get(), everyFrames.get(), refractoryMs.get());
    }

    public void start() {
        PortInfo p = board.portProperty().get();
        if (running.get()) return;
        if (p == null) { state.set("Choose a port first (or start the simulator)."); return; }
        DetectionRule.Config rule;
        try {
            rule = rule();
        } catch (IllegalArgumentException e) {
            state.set(e.getMessage());
            return;
        }
        List<String> labels = export.runProperty().get() == null ? List.of() : export.runProperty().get().labels().labels();
        boolean simulator = board.isSimulator(p);
        MicTrack.Plan mic = simulator ? board.micPlanFor(export.runProperty().get()) : null;
        heard.clear();
        log.clear();
        stop = false;
        pending.set(rule);
        running.set(true);
        state.set("Listening on " + p.path() + "…");
        reader = new Thread(() -> listen(p.path(), simulator, labels, mic), "board monitor");
        reader.setDaemon(true);
        reader.start();
    }

    /** Sends the fields' rule to the board (the monitor must be running). */
    public void sendRule() {
        try {
            pending.set(rule());
        } catch (IllegalArgumentException e) {
            state.set(e.getMessage());
        }
    }

    /** Stops listening and closes the port; blocks until the reader thread ended (at most ~1 s). */
    public void stop() {
        stop = true;
        Thread t = reader;
        if (t != null) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() { stop(); }

    private void listen(String port, boolean simulator, List<String> labels, MicTrack.Plan mic) {
        String end = "Stopped.";
        try (JsscSerialLink link = JsscSerialLink.open(port)) {
            if (mic != null) mic.write();   // before this monitor's HELLO, at which the simulator re-reads it
            // events the board sent before it answered this monitor's HELLO belong to an earlier session: dropped
            java.util.concurrent.atomic.AtomicBoolean greeted = new java.util.concurrent.atomic.AtomicBoolean();
            FrameChannel channel = new BoardMonitor(labels).channel(link, new Random().nextInt(0x10000), e -> { if (greeted.get()) fx.execute(() -> add(e)); });
            BoardClient client = new BoardClient(channel, simulator ? RetryPolicy.SIMULATOR : RetryPolicy.BOARD);
            while (!stop) {
                DetectionRule.Config rule = pending.getAndSet(null);
                if (rule != null) {
                    client.listen(rule);
                    fx.execute(() -> state.set(String.format(Locale.ROOT, "Listening on %s · rule sent: average %d, threshold %d, every %d frames, %d ms quiet after a detection",
                            port, rule.average(), rule.threshold(), rule.everyFrames(), rule.refractoryMs())));
                }
                if (!greeted.get()) { client.hello(); greeted.set(true); }   // after the first rule; the simulator's microphone starts at HELLO
                channel.receive(100);
            }
        } catch (RuntimeException | java.io.IOException e) {
            end = "Monitor stopped: " + ErrorText.of(e);
        }
        String said = end;
        fx.execute(() -> {
            running.set(false);
            state.set(said);
        });
    }

    private void add(BoardMonitor.BoardEvent e) {
        if ("detection".equals(e.kind())) {
            heard.add(new Heard(e.boardMs() / 1000.0, e.labelName() != null ? e.labelName() : "label " + e.label(), e.score()));
        } else {
            log.add(e.text());
            if (log.size() > LOG_LINES) log.remove(0);
        }
    }
}
