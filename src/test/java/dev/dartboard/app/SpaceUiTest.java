package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.project.ProjectStore;
import javafx.scene.control.Label;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Space &amp; budgets page headless: typing a budget flags it live; the space's checkboxes change the smallest costs; Ctrl+S keeps both. */
@ExtendWith(ApplicationExtension.class)
class SpaceUiTest {
    @TempDir static Path dir;
    private Studio studio;
    private final StudioUiTest.Dialogs dialogs = new StudioUiTest.Dialogs();

    @Start
    void start(Stage stage) {
        studio = StudioUiTest.studio(dir.resolve("recent.json"), dialogs);
        stage.setScene(studio.scene());
        stage.show();
    }

    @Test
    void aTooSmallSramBudgetIsFlaggedRedAndTheSpaceAndBudgetAreSaved(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.space().checkProperty().get() != null);
        Label sram = robot.lookup("#sram-verdict").queryAs(Label.class);
        assertTrue(sram.getStyleClass().contains("verdict-ok"), sram.getText());
        robot.doubleClickOn("#sram-budget").eraseText(6).write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> studio.space().checkProperty().get() != null
                && studio.space().checkProperty().get().impossible());
        WaitForAsyncUtils.waitForFxEvents();
        Label impossible = robot.lookup("#search-feasibility-text").match(javafx.scene.Node::isVisible).queryAs(Label.class);
        assertTrue(impossible.getText().startsWith("Impossible budget: the smallest network needs SRAM ") && impossible.getText().contains(" (budget 2.0 KB)"),
                impossible.getText());
        assertTrue(sram.getStyleClass().contains("verdict-over"), sram.getText());
        assertTrue(robot.lookup("#flash-verdict").queryAs(Label.class).getStyleClass().contains("verdict-ok"));

        String with8k = robot.lookup("#smallest-costs").queryAs(Label.class).getText();
        robot.clickOn("#rate-8k");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#smallest-costs").queryAs(Label.class).getText().equals(with8k));
        dialogs.save = dir.resolve("space" + ProjectStore.EXTENSION);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(dialogs.save));
        var saved = new ProjectStore(new ObjectMapper()).load(dialogs.save);
        assertEquals(2048, saved.budget().sramBytes());
        assertEquals(List.of(16000), saved.space().sampleRates());
    }
}
