package dev.dartboard.ui.space;

import dev.dartboard.model.BoardProfile;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.BudgetSettings;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;

/**
 * The board picker and the three budgets (SRAM and flash in KB, latency in ms), two-way with the
 * project's {@link BudgetSettings}. Choosing a board loads its profile as a background task;
 * {@link #profileProperty()} is then the board the costs are computed for. Threading: FX thread only.
 */
public final class BudgetForm {
    private final Workspace workspace;
    private final BoardProfiles profiles;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final ObservableList<String> boards = FXCollections.observableArrayList();
    private final StringProperty board = new SimpleStringProperty();
    private final ObjectProperty<BoardProfile> profile = new SimpleObjectProperty<>();
    private final DoubleProperty sramKb = new SimpleDoubleProperty();
    private final DoubleProperty flashKb = new SimpleDoubleProperty();
    private final DoubleProperty latencyMs = new SimpleDoubleProperty();
    private final ReadOnlyDoubleWrapper sramMaxKb = new ReadOnlyDoubleWrapper(256), flashMaxKb = new ReadOnlyDoubleWrapper(1024);
    private final ReadOnlyStringWrapper boardText = new ReadOnlyStringWrapper("");
    private boolean filling;

    public BudgetForm(Workspace workspace, BoardProfiles profiles, TaskExecutor executor, StatusModel status) {
        this.workspace = workspace;
        this.profiles = profiles;
        this.executor = executor;
        this.status = status;
        fill(workspace.project().budget());
        workspace.projectProperty().addListener((o, a, p) -> fill(p.budget()));
        board.addListener((o, a, b) -> { push(); loadProfile(b); });
        for (DoubleProperty d : new DoubleProperty[]{sramKb, flashKb, latencyMs}) d.addListener(o -> push());
        executor.run("Boards", ctx -> profiles.ids(), status.track("Board profiles", this::listBoards));
        profile.addListener((o, a, b) -> describe(b));
        loadProfile(board.get());
    }

    /** The board's usable SRAM and flash in KB: the sliders' upper ends. */
    public ReadOnlyDoubleProperty sramMaxKbProperty() { return sramMaxKb.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty flashMaxKbProperty() { return flashMaxKb.getReadOnlyProperty(); }

    /** e.g. "Arduino Nano 33 BLE (Sense): cortex-m4f at 64 MHz, 192 KB SRAM and 960 KB flash usable". */
    public ReadOnlyStringProperty boardTextProperty() { return boardText.getReadOnlyProperty(); }

    private void describe(BoardProfile b) {
        if (b == null) return;
        sramMaxKb.set(b.usableSram() / 1024.0);
        flashMaxKb.set(b.usableFlash() / 1024.0);
        boardText.set(String.format(java.util.Locale.ROOT, "%s: %s at %d MHz, %d KB SRAM and %d KB flash usable by the model",
                b.name(), b.cpu(), b.clockHz() / 1_000_000, b.usableSram() / 1024, b.usableFlash() / 1024));
    }

    /** Bundled board ids plus any loaded .json paths. */
    public ObservableList<String> boards() { return boards; }
    public StringProperty boardProperty() { return board; }
    public ObjectProperty<BoardProfile> profileProperty() { return profile; }
    public DoubleProperty sramKbProperty() { return sramKb; }
    public DoubleProperty flashKbProperty() { return flashKb; }
    public DoubleProperty latencyMsProperty() { return latencyMs; }

    /** Uses a board profile file (the "Load .json…" button). */
    public void loadFile(Path json) {
        String path = json.toAbsolutePath().normalize().toString();
        if (!boards.contains(path)) boards.add(path);
        board.set(path);
    }

    private void listBoards(java.util.List<String> ids) {
        String current = board.get();
        boards.setAll(ids);
        if (current != null && !boards.contains(current)) boards.add(current);
    }

    private void loadProfile(String id) {
        executor.run("Board " + id, ctx -> profiles.load(id), status.track("Board profile", profile::set));
    }

    private void fill(BudgetSettings b) {
        filling = true;
        board.set(b.board());
        if (Math.round(sramKb.get() * 1024) != b.sramBytes()) sramKb.set(b.sramBytes() / 1024.0);
        if (Math.round(flashKb.get() * 1024) != b.flashBytes()) flashKb.set(b.flashBytes() / 1024.0);
        latencyMs.set(b.latencyMs());
        filling = false;
    }

    private void push() {
        if (filling) return;
        long sram = Math.round(sramKb.get() * 1024), flash = Math.round(flashKb.get() * 1024);
        workspace.update(p -> p.withBudget(new BudgetSettings(board.get(), sram, flash, latencyMs.get())));
    }
}
