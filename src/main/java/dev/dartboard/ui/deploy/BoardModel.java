package dev.dartboard.ui.deploy;

import dev.dartboard.device.BoardInfo;
import dev.dartboard.device.FlashResult;
import dev.dartboard.device.PortDiscovery;
import dev.dartboard.device.PortInfo;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The board half of the Deploy page: ports (the board recognised by USB VID:PID), the simulator,
 * board info and flashing a model blob with progress and a clear outcome. Threading: FX thread only.
 */
public final class BoardModel {
    private final PortDiscovery discovery;
    private final SimulatorControl simulator;
    private final BoardSession session;
    private final PageTasks tasks;
    private final ObservableList<PortInfo> ports = FXCollections.observableArrayList();
    private final ObjectProperty<PortInfo> port = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper simulatorText = new ReadOnlyStringWrapper(SimulatorControl.missingTools());
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("No board read yet.");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    /** Clips of each target word the simulator's microphone plays (for the live monitor). */
    static final int MIC_CLIPS_PER_WORD = 2;
    private final Workspace workspace;

    public BoardModel(Workspace workspace, PortDiscovery discovery, SimulatorControl simulator, BoardSession session, TaskExecutor executor, StatusModel status) {
        this.workspace = workspace;
        this.discovery = discovery;
        this.simulator = simulator;
        this.session = session;
        this.tasks = new PageTasks(executor, status);
    }

    public ObservableList<PortInfo> ports() { return ports; }
    public ObjectProperty<PortInfo> portProperty() { return port; }
    /** "" or why the simulator cannot start here; its port while it runs. */
    public ReadOnlyStringProperty simulatorTextProperty() { return simulatorText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty infoProperty() { return info.getReadOnlyProperty(); }
    /** The last flash's outcome: "Flashed …" or "Flash failed: …". */
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }

    /** Lists the ports again, keeping the chosen one, else choosing a recognised board (or the simulator). */
    public void refreshPorts() { refreshPorts(port.get() == null ? null : port.get().path()); }

    private void refreshPorts(String prefer) {
        Path sim = simulator.port();
        tasks.run("Ports", ctx -> discovery.list(sim == null ? List.of() : List.of(sim.toString())), list -> {
            ports.setAll(list);
            port.set(list.stream().filter(p -> p.path().equals(prefer)).findFirst()
                    .orElse(list.stream().filter(p -> p.likelyBoard() != null || isSimulator(p)).findFirst().orElse(list.isEmpty() ? null : list.get(0))));
        }, info::set);
    }

    /**
     * Starts the simulator; its microphone plays {@code mic} ({@link #micPlanFor}), or nothing when null. The simulator
     * plays it from the start whenever the monitor starts.
     */
    public void startSimulator(MicTrack.Plan mic) {
        tasks.run("Start simulator", ctx -> simulator.start(mic == null ? null : mic.write()), p -> {
            simulatorText.set("Simulator running on " + p);
            refreshPorts(p.toString());
        }, simulatorText::set);
    }

    /**
     * The simulator's microphone track for a model: {@value #MIC_CLIPS_PER_WORD} clips of each of the run's words (else the
     * project's target words) from the project's data set in turns, at the run's sample rate (else the project front end's),
     * written into the simulator's folder, where the simulator reads it at start and again at every HELLO. Null when the
     * project has no data folder.
     */
    public MicTrack.Plan micPlanFor(RunSummary run) {
        String data = workspace.project().dataFolder();
        if (data.isBlank()) return null;
        List<String> words = run != null ? run.labels().labels().stream().filter(l -> !l.startsWith("_")).toList()
                : workspace.project().targetWords();
        int rate = run != null ? run.model().dataConfig().sampleRate() : workspace.project().dataConfig().sampleRate();
        return new MicTrack.Plan(Path.of(data), words, MIC_CLIPS_PER_WORD, rate, simulator.workDir().resolve("mic"));
    }

    /** Stops the simulator and its socat (the Stop button); the port list forgets the simulator's port. */
    public void stopSimulator() {
        tasks.run("Stop simulator", ctx -> { simulator.close(); return Boolean.TRUE; }, stopped -> {
            simulatorText.set("Simulator stopped");
            refreshPorts(null);
        }, simulatorText::set);
    }

    public void readInfo() {
        PortInfo p = port.get();
        if (p == null) { info.set("Choose a port first."); return; }
        tasks.run("Board info", ctx -> session.info(p.path(), isSimulator(p)), i -> info.set(describe(i)), info::set);
    }

    /** Flashes the model blob file {@code blob} to the chosen port. */
    public void flash(Path blob) {
        PortInfo p = port.get();
        if (p == null || blob == null) { outcome.set(p == null ? "Choose a port first." : "Export a .tflite first: its model blob is the payload."); return; }
        outcome.set("");
        tasks.run("Flash", ctx -> session.flash(p.path(), isSimulator(p), Files.readAllBytes(blob),
                (phase, done, total) -> { ctx.updateProgress((double) done / total); ctx.updateMessage(phase + " " + done + "/" + total + " bytes"); }),
                r -> { outcome.set(describe(r)); info.set(describe(r.info())); }, outcome::set);
    }

    /** Stops the simulator (the studio calls it on close). Blocks briefly; any thread. */
    public void close() throws InterruptedException { simulator.close(); }

    boolean isSimulator(PortInfo p) { Path s = simulator.port(); return s != null && s.toString().equals(p.path()); }

    /** e.g. "/dev/ttyACM0 — Arduino Nano 33 BLE (2341:805a)" or "/tmp/…/ttyB — board simulator". */
    public String portText(PortInfo p) {
        if (p == null) return "";
        if (isSimulator(p)) return p.path() + " — board simulator";
        String board = p.likelyBoard() != null ? p.likelyBoard() + " (" + p.usbId() + ")" : p.usbId() != null ? p.description() + " (" + p.usbId() + ")" : p.description();
        return p.path() + " — " + board;
    }

    static String describe(FlashResult r) {
        return String.format(Locale.ROOT, "Flashed %,d bytes (%,.0f B/s%s) — verified by CRC and committed: slot %d is the boot model.",
                r.bytes(), r.bytesPerSecond(), r.resumedFrom() > 0 ? ", resumed at " + r.resumedFrom() : "", r.info().bootSlot());
    }

    static String describe(BoardInfo i) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s · firmware %s (protocol %d) · free RAM %,d B · free flash %,d B · slot capacity %,d B",
                i.board(), i.firmwareVersion(), i.protocol(), i.freeRam(), i.freeFlash(), i.slotCapacity()));
        i.slots().forEach(s -> b.append(String.format(Locale.ROOT, "%nslot %d: %s, generation %d, %,d B, CRC %08x%s", s.index(),
                s.state().name().toLowerCase(Locale.ROOT), s.generation(), s.size(), s.crc32(), s.index() == i.bootSlot() ? " (boots)" : "")));
        return b.toString();
    }
}
