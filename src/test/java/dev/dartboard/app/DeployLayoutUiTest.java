package dev.dartboard.app;

import dev.dartboard.ui.deploy.TestRuns;
import dev.dartboard.ui.fx.FxTaskExecutor;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Deploy page in a 1024 × 700 window: every button shows its whole text (they used to collapse to "…"), the page scrolls instead. */
@ExtendWith(ApplicationExtension.class)
class DeployLayoutUiTest {
    @TempDir static Path dir;
    private Studio studio;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio = StudioUiTest.studio(dir.resolve("recent.json"), new StudioUiTest.Dialogs());
        stage.setScene(studio.scene());
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException { studio.close(); }

    @Test
    void atTheSmallScreenSizeNoButtonOrLabelIsCut(FxRobot robot) throws Exception {
        Path run = TestRuns.write(dir.resolve("run"));
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            studio.deploy().currentRunProperty().set(run);
        });
        robot.clickOn("#nav-deploy");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> studio.deploy().export().cardProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(1024, stage.getScene().getWidth(), 1);
        List<Button> buttons = robot.lookup("#deploy-page .button").queryAllAs(Button.class).stream().toList();
        assertTrue(buttons.size() >= 12, "the page's buttons: " + buttons.size());
        for (Button b : buttons)
            assertTrue(b.getWidth() + 0.5 >= b.prefWidth(-1), "'" + b.getText() + "' is cut: " + b.getWidth() + " < " + b.prefWidth(-1));
        for (Labeled l : robot.lookup("#deploy-page .label").queryAllAs(Labeled.class))
            if (l.isVisible() && !l.isWrapText() && !l.getText().isEmpty())
                assertTrue(l.getWidth() + 0.5 >= l.prefWidth(-1), "'" + l.getText() + "' is cut: " + l.getWidth() + " < " + l.prefWidth(-1));
    }
}
