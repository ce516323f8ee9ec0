package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.nas.decode.Feasibility;
import dev.dartboard.nas.decode.InfeasibleBudgetException;
import dev.dartboard.nas.search.SearchConfig;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.nas.search.SearchRequestJson;
import dev.dartboard.ui.fx.FxTaskExecutor;
import dev.dartboard.ui.search.SearchRequests;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Space and Search agree on whether a budget can be met (issue 18): one service, the same numbers in KB on both
 * pages — those of the check the search itself throws (in bytes) — Start disabled with the reason, and a start
 * forced anyway makes no run folder.
 */
@ExtendWith(ApplicationExtension.class)
class FeasibilityUiTest {
    @TempDir static Path dir;
    private Studio studio;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        studio = StudioUiTest.studio(dir.resolve("recent-" + System.nanoTime() + ".json"), new StudioUiTest.Dialogs());
        data = Files.createDirectories(dir.resolve("data-" + System.nanoTime()));
        studio.workspace().update(p -> p.withDataFolder(data.toString()));
        stage.setScene(studio.scene());
        stage.show();
    }

    @Test
    void anImpossibleBudgetShowsTheSearchsOwnNumbersInKbOnBothPagesAndStartsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> studio.workspace().update(p -> p.withBudget(p.budget().withLimits(2048, p.budget().flashBytes(), p.budget().latencyMs()))));
        robot.clickOn("#nav-space");
        String space = bannerText(robot);
        robot.clickOn("#nav-search");
        String search = bannerText(robot);
        assertEquals(space, search, "Space and Search show different verdicts");

        // the reference: the search's own check on the request Start builds, which reports bytes
        SearchRequest r = new SearchRequests(new BoardProfiles(), new SearchRequestJson(new ObjectMapper()))
                .build(studio.workspace().project(), null, settings(), LocalDateTime.now());
        String thrown;
        try {
            Feasibility.check(new CostModel(r.board(), new GenotypeLowering()), r.space(),
                    SupernetSpec.of(r.space(), 2, SearchConfig.defaults(1).superkernel()).stems(), 2, r.budget());
            throw new AssertionError("2 KB of SRAM should be impossible");
        } catch (InfeasibleBudgetException e) {
            thrown = e.getMessage();
        }
        Matcher m = Pattern.compile("smallest achievable are SRAM (\\d+) B").matcher(thrown);
        assertTrue(m.find(), thrown);
        String kb = String.format(Locale.ROOT, "%.1f KB", Long.parseLong(m.group(1)) / 1024.0);
        assertTrue(search.startsWith("Impossible budget: the smallest network needs SRAM " + kb + " (budget 2.0 KB)"), search + " vs " + thrown);

        Button start = robot.lookup("#start-search").queryButton();
        assertTrue(start.isDisabled(), "Start is enabled on an impossible budget");
        assertEquals(search, start.getTooltip().getText());
        robot.interact(() -> studio.search().start());   // forced (e.g. a shortcut): nothing starts
        WaitForAsyncUtils.waitForFxEvents(3);
        assertFalse(studio.search().runningProperty().get());
        assertFalse(Files.exists(data.resolve("runs")), "a failed start made a run folder");
        assertTrue(studio.main().status().errorProperty().get().contains("Impossible budget"), studio.main().status().errorProperty().get());

        robot.interact(() -> studio.workspace().update(p -> p.withBudget(p.budget().withLimits(64 * 1024, p.budget().flashBytes(), p.budget().latencyMs()))));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertFalse(start.isDisabled());
        assertTrue(bannerText(robot).startsWith("Smallest network of the search space"), bannerText(robot));
    }

    /**
     * Every number of the Space page's own rows and costs block is the Search banner's (issue 18: the rows once came
     * from another estimate, 6.8 KB against the banner's 9.2 KB), and follows the Search page's front-end count.
     */
    @Test
    void theSpacePagesRowsShowTheSearchBannersNumbersForItsFrontEnds(FxRobot robot) throws Exception {
        for (int frontEnds : new int[]{4, 1}) {
            robot.interact(() -> studio.search().settings().configsProperty().set(frontEnds));
            robot.clickOn("#nav-search");
            Matcher banner = Pattern.compile("\\((\\d+) front ends\\): SRAM ([\\d.]+ KB) of [\\d.]+ KB · flash ([\\d.]+ KB) of [\\d.]+ KB · "
                    + "latency ([\\d.]+ ms) of").matcher(bannerText(robot));
            assertTrue(banner.find(), bannerText(robot));
            assertEquals(Integer.toString(frontEnds), banner.group(1));
            robot.clickOn("#nav-space");
            WaitForAsyncUtils.waitForFxEvents(3);
            assertTrue(label(robot, "#sram-verdict").startsWith("smallest " + banner.group(2) + " ✔ · DS-CNN-S "), label(robot, "#sram-verdict"));
            assertTrue(label(robot, "#flash-verdict").startsWith("smallest " + banner.group(3) + " ✔ · DS-CNN-S "), label(robot, "#flash-verdict"));
            assertTrue(label(robot, "#latency-verdict").startsWith("smallest " + banner.group(4) + " ✔ · DS-CNN-S "), label(robot, "#latency-verdict"));
            assertEquals("SRAM " + banner.group(2) + " · flash " + banner.group(3) + " · latency " + banner.group(4), label(robot, "#smallest-costs"));
            assertTrue(label(robot, "#smallest-title").contains("(" + frontEnds + " front ends"), label(robot, "#smallest-title"));
        }
    }

    private static String label(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    private dev.dartboard.ui.search.SearchSettings settings() {
        var s = studio.search().settings();
        return new dev.dartboard.ui.search.SearchSettings(s.epochsProperty().get(), s.seedProperty().get(), s.configsProperty().get(),
                s.batchProperty().get());
    }

    private static String bannerText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(3);
        return robot.lookup("#search-feasibility-text").match(javafx.scene.Node::isVisible).queryAs(Label.class).getText();
    }
}
