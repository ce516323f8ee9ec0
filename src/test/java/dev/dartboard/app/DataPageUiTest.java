package dev.dartboard.app;

import dev.dartboard.audio.FakeAudioSource;
import dev.dartboard.data.ClipRef;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.ui.data.LabelRow;
import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.record.RecordPlan;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.dartboard.ui.record.RecordViewModelTestAccess.spokenWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Data page's fixes (issue 18), at the 1024 × 700 window size: play failure, label filter, heat-map axes, front-end fields. */
@ExtendWith(ApplicationExtension.class)
class DataPageUiTest {
    /** What javax.sound says on a machine without an audio output (long, as in the issue). */
    static final String NO_OUTPUT = "No line matching interface SourceDataLine supporting format PCM_SIGNED 16000.0 Hz, 16 bit, mono, "
            + "2 bytes/frame, little-endian is supported. (java.lang.IllegalArgumentException at com.sun.media.sound.DirectAudioDeviceProvider)";
    @TempDir static Path dir;
    private Studio studio;

    @Start
    void start(Stage stage) {
        StudioSettings settings = new StudioSettings(dir.resolve("recent-" + System.nanoTime() + ".json"),
                clip -> { throw new IllegalArgumentException(NO_OUTPUT); },
                meter -> new FakeAudioSource(spokenWord(), 1600, meter), new RecordPlan(250, 1500, 500));
        studio = new Studio(settings, new FxTaskExecutor(1), new StudioUiTest.Dialogs());
        studio.openDataFolder(StudioUiTest.SAMPLES);
        stage.setScene(studio.scene(1008, 660));
        stage.show();
    }

    private void openData(FxRobot robot) throws Exception {
        robot.clickOn("#nav-data");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> studio.clip().pictureProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    @Test
    void aPlayFailureIsAWrappedBannerAndTheTablesKeepTheirWidth(FxRobot robot) throws Exception {
        openData(robot);
        double labels = robot.lookup("#labels").query().getBoundsInParent().getWidth();
        double clips = robot.lookup("#clips").query().getBoundsInParent().getWidth();
        robot.clickOn("#play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.clip().playbackProperty().get().startsWith("Cannot play"));
        WaitForAsyncUtils.waitForFxEvents(3);
        Node banner = robot.lookup("#playback").query();
        assertTrue(banner.isVisible() && banner.getStyleClass().contains("banner-warning"), banner.getStyleClass().toString());
        assertEquals(labels, robot.lookup("#labels").query().getBoundsInParent().getWidth(), 1, "the label table was squeezed");
        assertEquals(clips, robot.lookup("#clips").query().getBoundsInParent().getWidth(), 1, "the clip list was squeezed");
        assertTrue(LayoutUiTest.truncated(robot.lookup("#main").queryParent()).isEmpty(), LayoutUiTest.truncated(robot.lookup("#main").queryParent()).toString());
        // another clip: the message goes, the layout stays
        ListView<ClipRef> list = robot.lookup("#clips").queryListView();
        robot.interact(() -> list.getSelectionModel().select(5));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertFalse(banner.isVisible());
        assertEquals(clips, robot.lookup("#clips").query().getBoundsInParent().getWidth(), 1);
    }

    @Test
    void selectingALabelListsOnlyItsClips(FxRobot robot) throws Exception {
        openData(robot);
        long yes;
        try (Stream<Path> s = Files.list(StudioUiTest.SAMPLES.resolve("yes"))) { yes = s.filter(p -> p.toString().endsWith(".wav")).count(); }
        TableView<LabelRow> table = robot.lookup("#labels").queryTableView();
        ListView<ClipRef> list = robot.lookup("#clips").queryListView();
        assertEquals(studio.data().clips().size(), list.getItems().size());
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream().filter(r -> r.label().equals("yes")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertEquals(yes, list.getItems().size());
        assertTrue(list.getItems().stream().allMatch(c -> c.relPath().startsWith("yes/")), list.getItems().toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.clip().pictureProperty().get().name().startsWith("yes/"));
        robot.interact(() -> table.getSelectionModel().clearSelection());
        assertEquals(studio.data().clips().size(), list.getItems().size());
    }

    @Test
    void theHeatMapHasAxesAndTheFrontEndUsesHumanNames(FxRobot robot) throws Exception {
        openData(robot);
        DataConfig d = DataConfig.defaults();
        ComboBox<FeatureType> type = robot.lookup("#feature-type").queryComboBox();
        robot.interact(() -> type.setValue(FeatureType.MFCC));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#features-y-axis").equals("MFCC coefficient"));
        assertEquals(Integer.toString(d.coeffs() - 1), text(robot, "#features-y-top"));
        assertEquals("0", text(robot, "#features-y-bottom"));
        assertEquals(Math.round(d.clipMs()) + " ms", text(robot, "#features-x-end"));
        assertEquals("0 ms", text(robot, "#features-x-start"));
        assertFalse(robot.lookup("#coeffs").query().isDisabled());
        assertEquals("MFCC", type.getButtonCell().getText());

        robot.interact(() -> type.setValue(FeatureType.LOG_MEL));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#features-y-axis").equals("mel bin"));
        assertEquals(Integer.toString(d.melBins() - 1), text(robot, "#features-y-top"));
        assertTrue(robot.lookup("#coeffs").query().isDisabled(), "Coeffs stays editable for log-mel");
        assertEquals("Log-mel", type.getButtonCell().getText());
        assertTrue(type.getItems().stream().map(t -> type.getConverter().toString(t)).noneMatch(s -> s.contains("_")));
    }

    private static String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }
}
