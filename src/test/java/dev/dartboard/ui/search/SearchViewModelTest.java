package dev.dartboard.ui.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.search.SearchEvent;
import dev.dartboard.nas.search.SearchListener;
import dev.dartboard.nas.search.SearchRequest;
import dev.dartboard.nas.search.SearchRequestJson;
import dev.dartboard.task.DirectTaskExecutor;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Search page's ViewModel with a fake engine that emits scripted events (no JavaFX nodes). */
class SearchViewModelTest {
    @TempDir Path dir;
    private final Workspace workspace = new Workspace();
    private final StatusModel status = new StatusModel();
    private final List<SearchRequest> runs = new ArrayList<>();

    static SearchEvent event(int step, boolean frozen) {
        return new SearchEvent(step, 0, step < 2 ? "warmup" : "search", 0.02, 2.0 - 0.1 * step, step < 2 ? null : 1.9,
                step < 2 ? null : 0.1 * step, 0.5, new double[][]{{0.7, 0.1, 0.1, 0.1, 0, 0, 0, 0}}, new double[]{0.25, 0.75},
                70 * 1024, 100 * 1024, 50, frozen, frozen ? 1 : -1, null, null, null);
    }

    private SearchViewModel vm(SearchEngine engine) { return vm(engine, new DirectTaskExecutor()); }

    private SearchViewModel vm(SearchEngine engine, TaskExecutor executor) {
        workspace.update(p -> p.withDataFolder(dir.toString()));
        return new SearchViewModel(workspace, new SearchRequests(new BoardProfiles(), new SearchRequestJson(new ObjectMapper())),
                engine, executor, status, () -> LocalDateTime.of(2025, 3, 4, 5, 6, 7));
    }

    /** {@code clips} reads through the gate (as featurizing does), then {@code steps} events; hooks run before clip/step {@code at}. */
    private SearchEngine scripted(int clips, int steps, Runnable beforeClip, Runnable beforeStep) {
        return (r, listeners, gate) -> {
            runs.add(r);
            for (int c = 0; c < clips; c++) {
                if (c == clips / 2) beforeClip.run();
                gate.await();
            }
            for (int s = 0; s < steps; s++) {
                if (s == steps / 2) beforeStep.run();
                for (SearchListener l : listeners) l.onStep(event(s, s == steps - 1));
            }
            return new SearchSummary(r.run(), "mfcc-16k", List.of("conv-3x3 × 32"), 40_000, 90_000, 12.5, List.of(), 1.5, 0.6);
        };
    }

    private SearchEngine scripted(int steps, Runnable midway) { return scripted(0, steps, () -> { }, midway); }

    /** The page's listeners, then 20 ms per step: a search slow enough to pause by hand. */
    private static List<SearchListener> slowed(List<SearchListener> listeners) {
        List<SearchListener> all = new ArrayList<>(listeners);
        all.add(e -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
        });
        return all;
    }

    @Test
    void aFinishedSearchShowsEveryCurvePointTheLatestEventCostsAndTheResult() {
        SearchViewModel vm = vm(scripted(30, () -> { }));
        vm.settings().configsProperty().set(2);
        vm.start();
        Path run = dir.resolve("runs").resolve("search-20250304-050607");
        assertEquals(List.of(run), runs.stream().map(SearchRequest::run).toList());
        assertEquals(run, vm.runFolderProperty().get());
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
        assertFalse(vm.resumableProperty().get(), "the fake wrote no checkpoint");
        assertEquals("Search: done", status.messageProperty().get());
    }

    @Test
    void cancelStopsTheSearchAtTheNextStepAndSaysNoEpochWasSaved() {
        SearchViewModel[] holder = new SearchViewModel[1];
        holder[0] = vm(scripted(20, () -> holder[0].cancel()));   // cancelled while step 11 (index 10) computes
        holder[0].start();
        assertEquals(11, holder[0].live().points().size(), "the step that was under way when Cancel came is shown, no later one");
        assertNull(holder[0].resultProperty().get());
        assertEquals("Search: cancelled after step 11; no epoch was saved yet, Start begins again", status.messageProperty().get());
        assertFalse(holder[0].runningProperty().get());
        assertFalse(holder[0].resumableProperty().get());
    }

    @Test
    void cancelWhileFeaturesArePreparedStopsBeforeTheFirstStep() {
        SearchViewModel[] holder = new SearchViewModel[1];
        holder[0] = vm(scripted(40, 20, () -> holder[0].cancel(), () -> { }));
        holder[0].start();
        assertEquals(1, runs.size());
        assertTrue(holder[0].live().points().isEmpty());
        assertNull(holder[0].live().latestProperty().get());
        assertNull(holder[0].resultProperty().get());
        assertFalse(holder[0].runningProperty().get());
        assertEquals("Search: cancelled while preparing features; nothing was searched yet", status.messageProperty().get());
        assertEquals("", status.errorProperty().get(), "a cancel is not an error");
    }

    @Test
    void withoutADataFolderTheErrorSaysWhatToDo() {
        SearchViewModel vm = vm(scripted(3, () -> { }));
        workspace.update(p -> p.withDataFolder(""));
        vm.start();
        assertEquals("Search — choose a data folder on the Data page first", status.errorProperty().get());
        assertTrue(runs.isEmpty());
    }

    @Test
    void aCancelledRunWithACheckpointResumesWithTheRequestItSaved() throws Exception {
        SearchViewModel[] holder = new SearchViewModel[1];
        SearchEngine saving = (r, listeners, gate) -> {
            if (!r.resume()) {   // what SearchService leaves after its first epoch: search.json and a checkpoint
                new SearchRequestJson(new ObjectMapper()).write(r);
                Files.createDirectories(r.run().resolve("checkpoint"));
                Files.write(r.run().resolve("checkpoint").resolve("search.ckpt"), new byte[]{1});
            }
            SearchSummary done = scripted(8, () -> { if (!r.resume()) holder[0].cancel(); }).run(r, listeners, gate);
            Files.writeString(r.run().resolve("pareto.json"), "{}");   // only a search that ran to its end gets here
            return done;
        };
        holder[0] = vm(saving);
        holder[0].settings().seedProperty().set(77);
        holder[0].settings().epochsProperty().set(3);
        holder[0].start();
        assertTrue(holder[0].resumableProperty().get());
        assertEquals("Search: cancelled after step 5; Resume continues from the last saved epoch", status.messageProperty().get());
        holder[0].settings().seedProperty().set(5);   // the saved request wins, as search --resume
        holder[0].resume();
        assertEquals(2, runs.size());
        SearchRequest first = runs.get(0), again = runs.get(1);
        assertTrue(again.resume());
        assertEquals(first.run(), again.run());
        assertEquals(77, again.config().seed());
        assertEquals(first.config(), again.config());
        assertEquals(first.space(), again.space());
        assertEquals("Search: done", status.messageProperty().get());
        assertFalse(holder[0].resumableProperty().get(), "a finished run has nothing to resume");
    }

    @Test
    void aChosenFolderIsResumableOnlyWithSavedOptionsACheckpointAndNoFront() throws Exception {
        SearchViewModel vm = vm(scripted(3, () -> { }));
        Path run = dir.resolve("runs").resolve("old");
        Files.createDirectories(run.resolve("checkpoint"));
        vm.runFolderProperty().set(run);
        assertFalse(vm.resumableProperty().get());
        Files.write(run.resolve("checkpoint").resolve("search.ckpt"), new byte[]{1});
        Files.writeString(run.resolve(SearchRequestJson.FILE), "{}");
        vm.runFolderProperty().set(null);
        vm.runFolderProperty().set(run);
        assertTrue(vm.resumableProperty().get());
        vm.resume();   // the saved options are unreadable: one readable error naming the file
        assertTrue(status.errorProperty().get().contains(run.resolve(SearchRequestJson.FILE).toString()), status.errorProperty().get());
        Files.writeString(run.resolve("pareto.json"), "{}");
        vm.runFolderProperty().set(null);
        vm.runFolderProperty().set(run);
        assertFalse(vm.resumableProperty().get(), "a finished run has nothing to resume");
    }

    @Test
    void pauseBlocksTheSearchBetweenStepsAndResumeContinuesWithoutLosingAStep() throws Exception {
        List<PauseGate> gates = new ArrayList<>();
        SearchEngine engine = (r, listeners, gate) -> {
            synchronized (gates) { gates.add(gate); }
            return scripted(60, () -> { }).run(r, slowed(listeners), gate);
        };
        try (QueuedExecutor executor = new QueuedExecutor()) {
            SearchViewModel vm = vm(engine, executor);
            vm.start();
            executor.drainUntil(() -> vm.live().points().size() >= 3);   // three steps shown, the search goes on
            vm.pause();
            assertTrue(vm.pausedProperty().get());
            PauseGate gate;
            synchronized (gates) { gate = gates.get(0); }
            executor.drainUntil(() -> gate.waiting() == 1);
            executor.drain();
            int shown = vm.live().points().size();
            int at = vm.live().latestProperty().get().step();
            assertEquals(at + 1, shown, "the step the search stopped at is on screen");
            assertTrue(shown < 60);
            Thread.sleep(300);
            executor.drain();
            assertEquals(shown, vm.live().points().size(), "no events while paused");
            assertEquals(1, gate.waiting());
            assertEquals(SearchJob.pausedText(at), status.messageProperty().get());
            vm.resume();
            executor.drainUntil(() -> !vm.runningProperty().get());
            assertEquals(IntStream.range(0, 60).boxed().toList(), vm.live().points().stream().map(CurvePoint::step).toList());
            assertEquals("mfcc-16k", vm.resultProperty().get().dataConfig());
            assertFalse(vm.pausedProperty().get());
        }
    }

    @Test
    void cancelReleasesAPausedSearch() throws Exception {
        List<PauseGate> gates = new ArrayList<>();
        SearchEngine engine = (r, listeners, gate) -> {
            synchronized (gates) { gates.add(gate); }
            return scripted(60, () -> { }).run(r, slowed(listeners), gate);
        };
        try (QueuedExecutor executor = new QueuedExecutor()) {
            SearchViewModel vm = vm(engine, executor);
            vm.start();
            executor.drainUntil(() -> !vm.live().points().isEmpty());
            vm.pause();
            executor.drainUntil(() -> { synchronized (gates) { return gates.get(0).waiting() == 1; } });
            vm.cancel();
            executor.drainUntil(() -> !vm.runningProperty().get());
            assertTrue(vm.live().points().size() < 60);
            assertNull(vm.resultProperty().get());
            assertTrue(status.messageProperty().get().startsWith("Search: cancelled after step "), status.messageProperty().get());
        }
    }
}
