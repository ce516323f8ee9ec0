package dev.dartboard.ui.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.task.DirectTaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectViewModelTest {
    @TempDir Path dir;
    private final StatusModel status = new StatusModel();

    private ProjectViewModel newSession() {
        return new ProjectViewModel(new Workspace(), new ProjectStore(new ObjectMapper()),
                new RecentProjects(dir.resolve("config/recent.json"), new ObjectMapper()), new DirectTaskExecutor(), status);
    }

    @Test
    void everythingSetSurvivesSaveAndReopenInANewSession() {
        ProjectViewModel first = newSession();
        first.nameProperty().set("Kitchen words");
        first.targetWordsProperty().set("yes, no  up,down,yes");
        first.setDataFolder(dir.resolve("data"));
        DataConfig cfg = new DataConfig(8000, FeatureType.LOG_MEL, 32, 16, 20, 10, 750);
        first.workspace().update(p -> p.withDataConfig(cfg));
        assertFalse(first.save(), "an unsaved project has no file: the View must ask for one");
        first.saveAs(dir.resolve("k.dartboard.json"));

        ProjectViewModel second = newSession();
        assertEquals(List.of(dir.resolve("k.dartboard.json")), second.recentProjects());
        second.open(second.recentProjects().get(0));
        ProjectFile p = second.workspace().project();
        assertEquals(first.workspace().project(), p);
        assertEquals(List.of("yes", "no", "up", "down"), p.targetWords());
        assertEquals(cfg, p.dataConfig());
        assertEquals("Kitchen words", second.nameProperty().get());
        assertEquals("yes, no, up, down", second.targetWordsProperty().get());
    }

    @Test
    void saveLeavesNoTempFilesAndReplacesTheOldContent() throws Exception {
        ProjectViewModel vm = newSession();
        Path file = dir.resolve("p.dartboard.json");
        vm.saveAs(file);
        vm.nameProperty().set("second");
        assertTrue(vm.save());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("config", "p.dartboard.json"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals("second", new ProjectStore(new ObjectMapper()).load(file).name());
    }

    @Test
    void aBrokenFileIsAReadableErrorAndKeepsTheCurrentProject() throws Exception {
        ProjectViewModel vm = newSession();
        vm.nameProperty().set("keep me");
        Path bad = Files.writeString(dir.resolve("bad.dartboard.json"), "{ not json");
        vm.open(bad);
        assertEquals("keep me", vm.workspace().project().name());
        assertTrue(status.errorProperty().get().startsWith("Open — bad.dartboard.json is not a Dartboard project"),
                status.errorProperty().get());
        assertFalse(status.errorProperty().get().contains("Exception"));
    }

    @Test
    void recentListKeepsTheMostRecentFirstWithoutDuplicates() throws Exception {
        RecentProjects r = new RecentProjects(dir.resolve("recent.json"), new ObjectMapper());
        for (int i = 0; i < 12; i++) r.add(dir.resolve("p" + i + ".json"));
        List<Path> list = r.add(dir.resolve("p5.json"));
        assertEquals(RecentProjects.MAX, list.size());
        assertEquals(dir.resolve("p5.json"), list.get(0));
        assertEquals(dir.resolve("p11.json"), list.get(1));
        assertEquals(dir.resolve("p4.json"), list.get(7));
        assertEquals(dir.resolve("p2.json"), list.get(9));
    }
}
