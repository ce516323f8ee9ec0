package dev.dartboard.ui.search;

import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.search.SearchEvent;
import dev.dartboard.nas.search.SearchListener;
import dev.dartboard.task.DirectTaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Search page's ViewModel with a fake engine that emits scripted events (no JavaFX nodes). */
class SearchViewModelTest {
    @TempDir Path dir;
    private final Workspace workspace = new Workspace();
    private final StatusModel status = new StatusModel();
    private final List<Path> runs = new ArrayList<>();

    static SearchEvent event(int step, boolean frozen) {
        return new SearchEvent(step, 0, step < 2 ? "warmup" : "search", 0.02, 2.0 - 0.1 * step, step < 2 ? null : 1.9,
                step < 2 ? null : 0.1 * step, 0.5, new double[][]{{0.7, 0.1, 0.1, 0.1, 0, 0, 0, 0}}, new double[]{0.25, 0.75},
                70 * 1024, 100 * 1024, 50, frozen, frozen ? 1 : -1, null, null, null);
    }

    private SearchViewModel vm(SearchEngine engine) {
        workspace.update(p -> p.withDataFolder(dir.toString()));
        return new SearchViewModel(workspace, new SearchRequests(new BoardProfiles()), engine, new DirectTaskExecutor(),
                status, () -> LocalDateTime.of(2025, 3, 4, 5, 6, 7));
    }

    private SearchEngine scripted(int steps, Runnable midway) {
        return (r, listeners) -> {
            runs.add(r.run());
            for (int s = 0; s < steps; s++) {
                if (s == steps / 2) midway.run();
                for (SearchListener l : listeners) l.onStep(event(s, s == steps - 1));
            }
            return new SearchSummary(r.run(), "mfcc-16k", List.of("conv-3x3 × 32"), 40_000, 90_000, 12.5, List.of(), 1.5);
        };
    }

    @Test
    void aFinishedSearchShowsEveryCurvePointTheLatestEventCostsAndTheResult() {
        SearchViewModel vm = vm(scripted(30, () -> { }));
        vm.configsProperty().set(2);
        vm.start();
        assertEquals(List.of(dir.resolve("runs").resolve("search-20250304-050607")), runs);
        assertEquals(30, vm.live().points().size());
        assertEquals(29, vm.live().latestProperty().get().step());
        assertEquals(List.of(29), vm.live().points().stream().skip(29).map(CurvePoint::step).toList());
        assertEquals(2, vm.live().configs().size());
        assertEquals("dw-sep-3x3", vm.live().ops().get(0));
        CostReading sram = vm.live().costs().get(0);
        assertEquals(70.0, sram.value(), 1e-9);
        assertEquals(64.0, sram.budget(), 1e-9);
        assertTrue(sram.over());
        assertFalse(vm.live().costs().get(1).over());
        assertEquals("mfcc-16k", vm.resultProperty().get().dataConfig());
        assertFalse(vm.runningProperty().get());
        assertEquals("Search: done", status.messageProperty().get());
    }

    @Test
    void cancelStopsTheSearchAtTheNextStep() {
        SearchViewModel[] holder = new SearchViewModel[1];
        holder[0] = vm(scripted(20, () -> holder[0].cancel()));
        holder[0].start();
        assertEquals(10, holder[0].live().points().size());
        assertNull(holder[0].resultProperty().get());
        assertEquals("Search: cancelled", status.messageProperty().get());
        assertFalse(holder[0].runningProperty().get());
    }

    @Test
    void withoutADataFolderTheErrorSaysWhatToDo() {
        SearchViewModel vm = vm(scripted(3, () -> { }));
        workspace.update(p -> p.withDataFolder(""));
        vm.start();
        assertEquals("Search — choose a data folder on the Data page first", status.errorProperty().get());
        assertTrue(runs.isEmpty());
    }
}
