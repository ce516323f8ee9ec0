package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dartboard.export.ExportFormat;
import dev.dartboard.export.TrainedRun;
import dev.dartboard.flow.DataStep;
import dev.dartboard.flow.ExportFlow;
import dev.dartboard.flow.FlowDefaults;
import dev.dartboard.flow.Flows;
import dev.dartboard.flow.Ranking;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.search.SearchRequestJson;
import dev.dartboard.task.DirectTaskExecutor;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.deploy.ExportModel;
import dev.dartboard.ui.deploy.ExportModelTest;
import dev.dartboard.model.FeatureType;
import dev.dartboard.ui.project.BudgetSettings;
import dev.dartboard.ui.project.SpaceSettings;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.search.FlowSearchEngine;
import dev.dartboard.ui.search.SearchRequests;
import dev.dartboard.ui.search.SearchViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The studio and the CLI run the same flows: the Search page's ViewModel (headless, its real engine) and
 * {@code dartboard search} on the same data, space, budget and seed leave byte-identical genotype.json and
 * pareto.json — both ranked; and {@code dartboard export} writes the same file names and bytes as
 * {@link ExportFlow} called as a view model would, and the Deploy page's exports equal {@code dartboard export}'s. The search loop's wall time (genotype.json's
 * {@code search.seconds}) is the one input that is not data: both runs get the same fixed clock.
 */
class StudioCliParityTest {
    @TempDir Path dir;
    private final ObjectMapper mapper = new ObjectMapper();
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 18, 0, 0);
    private static final Ranking RANKING = new Ranking(2, 1, FlowDefaults.RANK_CLIPS);

    private Flows flows(Path cache) { return new Flows(new DataStep(cache, mapper), mapper, () -> 0L); }

    @Test
    void theStudiosSearchAndTheCliSearchWriteTheSameGenotype() throws Exception {
        Path samples = Path.of("samples").toAbsolutePath(), cache = dir.resolve("cache");
        Workspace workspace = new Workspace();
        SpaceSettings small = new SpaceSettings(List.of(8000, 16000), List.of(FeatureType.MFCC), 40, 40, 20, 20, 40, 40, 10, 1000, 1000,
                2, List.of(16, 32), null);   // two front ends (8 and 16 kHz), two layers: a search of seconds
        workspace.update(p -> p.withDataFolder(samples.toString()).withSpace(small)
                .withBudget(new BudgetSettings("nano33ble", 64 * 1024, 256 * 1024, 200)));
        workspace.fileProperty().set(dir.resolve("studio").resolve("kws.dartboard"));
        StatusModel status = new StatusModel();
        SearchViewModel vm = new SearchViewModel(workspace, new SearchRequests(new BoardProfiles(), new SearchRequestJson(mapper)),
                new FlowSearchEngine(flows(cache), RANKING, System.err, line -> { }), new DirectTaskExecutor(), status, () -> NOW);
        vm.settings().epochsProperty().set(1);
        vm.settings().seedProperty().set(3);
        vm.settings().configsProperty().set(2);
        vm.settings().batchProperty().set(32);
        vm.start();
        assertNotNull(vm.resultProperty().get(), "the studio's search did not finish: " + status);
        Path studio = vm.runFolderProperty().get();
        assertEquals("search-20261207-180000", studio.getFileName().toString());
        assertTrue(Files.isRegularFile(studio.resolve("ranking.json")), "the studio's search ranks");

        // the same search from the command line: the studio's space as a --space file, its budget, seed and settings
        SearchSpace space = new SearchRequestJson(mapper).read(studio).space();
        ObjectNode file = mapper.createObjectNode();
        file.set("dataConfigs", mapper.valueToTree(space.dataConfigs()));
        file.put("stemChannels", space.stemChannels());
        file.put("layers", space.layers());
        file.set("widths", mapper.valueToTree(space.widths()));
        file.set("primitives", mapper.valueToTree(space.primitives().stream().map(Primitive::cliName).toList()));
        Path spaceFile = dir.resolve("space.json");
        Files.write(spaceFile, mapper.writeValueAsBytes(file));
        Path cli = dir.resolve("cli").resolve(studio.getFileName());
        CliRun r = CliRun.exec(new SearchCommand(this::flows), "--data", samples.toString(), "--out", cli.toString(),
                "--board", "nano33ble", "--sram", "64k", "--flash", "256k", "--latency", "200ms", "--epochs", "1", "--batch", "32",
                "--seed", "3", "--space", spaceFile.toString(), "--configs", "2", "--weight-opt", "adam",
                "--rank", "2", "--rank-epochs", "1", "--cache", cache.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());

        for (String f : List.of("genotype.json", "pareto.json"))
            assertArrayEquals(Files.readAllBytes(studio.resolve(f)), Files.readAllBytes(cli.resolve(f)), f + " differs:\n"
                    + Files.readString(studio.resolve(f)) + "\n---\n" + Files.readString(cli.resolve(f)));
        assertEquals(mapper.readTree(studio.resolve("ranking.json").toFile()).get("chosen"),
                mapper.readTree(cli.resolve("ranking.json").toFile()).get("chosen"));
    }

    @Test
    void cliExportAndTheExportFlowWriteTheSameFiles() throws Exception {
        Path run = TrainedRun.quantized();
        Path viaCli = dir.resolve("cli-export"), viaFlow = dir.resolve("flow-export");
        CliRun r = CliRun.exec(new ExportCommand(), "--run", run.toString(), "--out", viaCli.toString(),
                "--format", "tflite,c,arduino,blob");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        ExportFlow.Result flow = Flows.of(Path.of(TrainedRun.CACHE)).export().export(ExportFlow.Request.of(run, viaFlow,
                Set.of(ExportFormat.TFLITE, ExportFormat.C, ExportFormat.ARDUINO, ExportFormat.BLOB), FlowDefaults.BOARD, null), line -> { });
        Map<String, byte[]> a = tree(viaCli), b = tree(viaFlow);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.keySet().containsAll(List.of("model.tflite", "model.blob", "c/kws.c", "c/model_weights.c")), a.keySet().toString());
        for (String f : a.keySet()) if (!f.equals("provenance.json")) assertArrayEquals(a.get(f), b.get(f), f);
        assertEquals(flow.written().stream().map(p -> viaFlow.relativize(p).toString()).toList(),
                List.of("model.tflite", "c", "arduino/Dartboard_tiny", "arduino/Dartboard_tiny.zip", "model.blob"));
    }

    /**
     * The Deploy page's three exports (.tflite with the blob, C library, Arduino library; each with the card) of a run and
     * {@code dartboard export --run RUN --out RUN/export} of a copy of it leave the same file names and bytes.
     */
    @Test
    void theDeployPagesExportsEqualTheCliExport() throws Exception {
        Path studio = copy(TrainedRun.quantized(), dir.resolve("studio-run")), cli = copy(TrainedRun.quantized(), dir.resolve("cli-run"));
        Workspace workspace = new Workspace();
        StatusModel status = new StatusModel();
        ExportModel page = ExportModelTest.model(workspace, status);
        page.openRun(studio);
        page.exportTflite();
        page.exportC();
        page.exportArduino();
        assertTrue(page.resultProperty().get().startsWith("Arduino library folder: "), page.resultProperty().get());
        CliRun r = CliRun.exec(new ExportCommand(), "--run", cli.toString(), "--out", cli.resolve("export").toString(),
                "--board", workspace.project().budget().board());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        Map<String, byte[]> a = tree(studio.resolve("export")), b = tree(cli.resolve("export"));
        assertEquals(b.keySet(), a.keySet());
        assertTrue(a.keySet().containsAll(List.of("model.tflite", "model.blob", "c/kws.c", "model_card.json", "model_card.md",
                "arduino/Dartboard_tiny.zip")), a.keySet().toString());
        for (String f : a.keySet()) if (!f.equals("provenance.json")) assertArrayEquals(b.get(f), a.get(f), f);
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else if (!p.getFileName().toString().equals(".lock")) Files.copy(p, t);
            }
        }
        return to;
    }

    private static Map<String, byte[]> tree(Path root) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) { s.filter(Files::isRegularFile).forEach(files::add); }
        for (Path f : files) out.put(root.relativize(f).toString(), Files.readAllBytes(f));
        return out;
    }
}
