package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.FakeAudioSource;
import dev.dartboard.ui.common.FileDialogs;
import dev.dartboard.ui.data.LabelRow;
import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.project.ProjectStore;
import dev.dartboard.ui.record.RecordPlan;
import dev.dartboard.ui.record.Take;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static dev.dartboard.ui.record.RecordViewModelTestAccess.spokenWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The studio headless (Monocle): shell, navigation and each landed page driven through its nodes. */
@ExtendWith(ApplicationExtension.class)
class StudioUiTest {
    static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    @TempDir static Path dir;
    private Studio studio;
    private final Dialogs dialogs = new Dialogs();

    /**
     * The studio's settings in UI tests: recent projects in {@code recent}, no audio output, a microphone that speaks a
     * synthetic word ({@code spokenWord}) and the recording plan every UI test uses.
     */
    static StudioSettings settings(Path recent) {
        return new StudioSettings(recent, clip -> { }, meter -> new FakeAudioSource(spokenWord(), 1600, meter), new RecordPlan(250, 1500, 500));
    }

    /** The studio of a UI test: {@link #settings} with recent projects in {@code recent}, one task thread, {@code dialogs}. */
    static Studio studio(Path recent, FileDialogs dialogs) {
        return new Studio(settings(recent), new FxTaskExecutor(1), dialogs);
    }

    /** Answers the file dialogs as a user would. */
    static final class Dialogs implements FileDialogs {
        Path save, open, folder, file;
        @Override public Optional<Path> openProject() { return Optional.ofNullable(open); }
        @Override public Optional<Path> saveProject() { return Optional.ofNullable(save); }
        @Override public Optional<Path> chooseFolder(String title) { return Optional.ofNullable(folder); }
        @Override public Optional<Path> openFile(String title, String extension) { return Optional.ofNullable(file); }
    }

    @Start
    void start(Stage stage) {
        studio = studio(dir.resolve("recent-" + System.nanoTime() + ".json"), dialogs);
        stage.setScene(studio.scene());
        stage.show();
    }

    @Test
    void shortcutsAndTheListNavigateToEveryPage(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#record-page").tryQuery().isPresent());
        robot.clickOn("#nav-results");
        assertTrue(robot.lookup("#results-page").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#wizard-page").tryQuery().isPresent());
        robot.clickOn("#nav-data");
        assertTrue(robot.lookup("#data-page").tryQuery().isPresent());
        robot.clickOn("#theme-toggle");
        assertTrue(studio.main().darkProperty().get());
        assertEquals(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet(), robot.lookup("#main").query().getScene().getUserAgentStylesheet());
    }

    @Test
    void dataPageOpensSamplesShowsTheCountsAndDrawsTheClip(FxRobot robot) throws Exception {
        dialogs.folder = SAMPLES;
        robot.clickOn("#nav-data").clickOn("#open-data");
        TableView<LabelRow> table = robot.lookup("#labels").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 10 && studio.clip().pictureProperty().get() != null);
        assertTrue(table.getItems().contains(new LabelRow("yes", 25, 9, 6, 40)));
        assertTrue(table.getItems().contains(new LabelRow("no", 32, 2, 6, 40)));
        assertTrue(table.getItems().contains(new LabelRow("up", 33, 3, 4, 40)));
        assertTrue(table.getItems().contains(new LabelRow("down", 32, 4, 4, 40)));
        ListView<?> clips = robot.lookup("#clips").queryListView();
        robot.interact(() -> clips.getSelectionModel().select(100));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> studio.clip().pictureProperty().get() != null
                && studio.clip().pictureProperty().get().name().equals(studio.data().clips().get(100).relPath()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(colours(robot, "#waveform") > 2, "the waveform canvas is blank");
        assertTrue(colours(robot, "#features") > 20, "the feature image is blank");
    }

    @Test
    void projectSavedWithCtrlSReopensEqual(FxRobot robot) throws Exception {
        dialogs.save = dir.resolve("ui-" + System.nanoTime() + ProjectStore.EXTENSION);
        robot.clickOn("#nav-project").clickOn("#project-name").eraseText(20).write("Pet names");
        robot.clickOn("#target-words").write("marvin, sheila");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(dialogs.save));
        var saved = new ProjectStore(new ObjectMapper()).load(dialogs.save);
        assertEquals("Pet names", saved.name());
        assertEquals(java.util.List.of("marvin", "sheila"), saved.targetWords());
        assertEquals(studio.workspace().project(), saved);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.project().recentProjects().contains(dialogs.save));
    }

    @Test
    void recordPageRecordsATakeFromAFakeSourceAndSavesIt(FxRobot robot) throws Exception {
        Path data = Files.createDirectories(dir.resolve("rec-" + System.nanoTime()));
        robot.interact(() -> studio.project().setDataFolder(data));
        robot.clickOn("#nav-record").clickOn("#record-word").write("marvin");
        robot.interact(() -> studio.record().takeCountProperty().unbind());
        robot.interact(() -> studio.record().takeCountProperty().set(1));
        robot.clickOn("#record-start");
        ListView<Take> takes = robot.lookup("#takes").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> takes.getItems().size() == 1);
        robot.clickOn("#save-takes");
        Path wav = data.resolve("marvin/studio_nohash_0.wav");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(wav));
        assertEquals(44 + 2 * 9920, Files.size(wav));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> takes.getItems().isEmpty());
    }

    /** Distinct colours in a canvas's snapshot: a blank canvas has one. */
    private static int colours(FxRobot robot, String id) throws Exception {
        Canvas c = robot.lookup(id).queryAs(Canvas.class);
        WritableImage img = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> c.snapshot(null, null)));
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2)
            for (int x = 0; x < img.getWidth(); x += 2) seen.add(img.getPixelReader().getArgb(x, y));
        return seen.size();
    }
}
