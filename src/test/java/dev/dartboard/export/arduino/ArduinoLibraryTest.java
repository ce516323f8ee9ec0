package dev.dartboard.export.arduino;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.export.TrainedRun;
import dev.dartboard.export.csource.CSourceExporter;
import dev.dartboard.features.FeatureExtractor;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantModelStore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Arduino library of a run trained on samples/: the 1.5 layout and library.properties fields; the
 * sources build for the Cortex-M4F; the kws_micro sketch, compiled for the host against stub Arduino.h /
 * PDM.h, listens to four samples/ clips streamed through its PDM callback, and every inference it makes
 * has Int8Interpreter's argmax on the Java features of the same second of audio.
 */
class ArduinoLibraryTest {
    private static final Path STUBS = Path.of("src/test/resources/export/arduino");
    private static final String[] CLIPS = {"samples/yes/011415fc_nohash_9.wav", "samples/no", "samples/up", "samples/down"};

    @Test
    void layoutAndPropertiesAsTheIdeExpects() throws Exception {
        Path lib = export("layout");
        String name = lib.getFileName().toString();
        assertEquals("Dartboard_tiny", name);
        Map<String, String> p = properties(lib.resolve("library.properties"));
        for (String k : List.of("name", "version", "author", "maintainer", "sentence", "paragraph", "category", "url", "architectures", "includes"))
            assertTrue(p.containsKey(k), "library.properties lacks " + k);
        assertEquals(name, p.get("name"));
        assertTrue(p.get("version").matches("\\d+\\.\\d+\\.\\d+"), p.get("version"));
        assertTrue(List.of(p.get("architectures").split(",")).contains("mbed_nano"), p.get("architectures"));
        assertEquals(name + ".h", p.get("includes"));
        assertTrue(Files.isRegularFile(lib.resolve("src").resolve(name + ".h")));
        for (String f : CSourceExporter.STATIC_FILES) assertTrue(Files.isRegularFile(lib.resolve("src").resolve(f)), f);
        assertTrue(Files.readString(lib.resolve("src/model_settings.h")).contains("#define KWS_HOP_SAMPLES 320"));
        String ino = Files.readString(lib.resolve("examples/kws_micro/kws_micro.ino"));
        assertTrue(ino.contains("#include <" + name + ".h>") && ino.contains("#include <PDM.h>") && !ino.contains("@"), "placeholders filled");
    }

    @Test
    void librarySourcesBuildForCortexM4() throws Exception {
        assumeTrue(tool("arm-none-eabi-gcc"), "skipped: no arm-none-eabi-gcc");
        Path lib = export("m4");
        for (Path c : sources(lib.resolve("src")))
            run(List.of("arm-none-eabi-gcc", "-std=c99", "-Wall", "-Werror", "-mcpu=cortex-m4", "-mthumb", "-mfpu=fpv4-sp-d16",
                    "-mfloat-abi=softfp", "-Os", "-c", c.toString(), "-o", c.toString().replace(".c", ".o")), null);
        run(List.of("arm-none-eabi-g++", "-x", "c++", "-std=gnu++11", "-Wall", "-mcpu=cortex-m4", "-mthumb", "-mfpu=fpv4-sp-d16",
                "-mfloat-abi=softfp", "-Os", "-I", STUBS.toString(), "-I", lib.resolve("src").toString(), "-c",
                lib.resolve("examples/kws_micro/kws_micro.ino").toString(), "-o", lib.resolve("kws_micro.o").toString()), null);
    }

    @Test
    void sketchOnTheHostDetectsWhatTheInterpreterPredicts() throws Exception {
        assumeTrue(tool("g++"), "skipped: no host g++");
        Path lib = export("host");
        QuantModel q = new QuantModelStore(new ObjectMapper()).load(TrainedRun.quantized());
        Path exe = buildSketch(lib);
        short[] pcm = audio(q.dataConfig().clipSamples());
        List<String> out = run(List.of(exe.toString()), bytes(pcm));
        assertTrue(out.get(0).startsWith("Dartboard keyword spotter 'tiny': _silence_, _unknown_"), out.get(0));
        assertEquals("done " + pcm.length + " samples, led 0", out.get(out.size() - 1).replaceAll("led \\d", "led 0"));
        Int8Interpreter int8 = new Int8Interpreter(q);
        FeatureExtractor fe = new FeatureExtractor(q.dataConfig());
        int inferences = 0, agree = 0, hop = q.dataConfig().hopSamples(), frames = q.dataConfig().frames();
        for (String line : out) {
            if (!line.startsWith("infer ")) continue;
            String[] f = line.split(" ");
            int start = (Integer.parseInt(f[1]) - frames) * hop;
            float[] window = new float[q.dataConfig().clipSamples()], x = new float[frames * q.dataConfig().features()];
            for (int i = 0; i < window.length; i++) window[i] = pcm[start + i] / 32768f;
            fe.extract(window, x);
            inferences++;
            if (int8.predict(x) == Integer.parseInt(f[2])) agree++;
        }
        System.out.printf("kws_micro on the host: %d inferences, %d with Int8Interpreter's argmax%n", inferences, agree);
        assertEquals((4 * pcm.length / 4 / hop - frames) / 10 + 1, inferences, 1, "one inference per 10 hops once 49 frames exist");
        assertTrue(agree >= inferences - 1, agree + " of " + inferences + " (1-LSB feature differences may flip one close call)");
    }

    /**
     * library.properties against the Arduino library specification (1.5 rev. 2.2, with arduino-lint's "specification"
     * rules): every required field, the name's characters and length, a semver version, a maintainer with an e-mail,
     * a category from the specification's list, a URL, architectures, includes naming a header of src/. Checked for
     * the tiny run and for a model whose name has spaces, punctuation, a non-ASCII dash and is too long for a name.
     */
    @Test
    void propertiesFollowTheLibrarySpecification() throws Exception {
        QuantModel q = new QuantModelStore(new ObjectMapper()).load(TrainedRun.quantized());
        String odd = "keyword spotter, 4 words (v2) \u2014 tuned for the Nano 33 BLE Sense at 16 kHz, seed 7";
        QuantModel renamed = new QuantModel(odd, q.dataConfig(), q.inputShape(), q.input(), q.ops(), q.labels());
        for (Path lib : List.of(export("spec"), export("spec-odd", renamed))) {
            List<String> problems = specificationProblems(lib);
            assertTrue(problems.isEmpty(), lib + "/library.properties: " + problems);
        }
        assertEquals(63, export("spec-odd", renamed).getFileName().toString().length(), "a name is cut to 63 characters");
    }

    /** dartboard export --maintainer/--url reach library.properties; a maintainer without an e-mail is refused, naming the option. */
    @Test
    void exportCommandTakesTheMaintainerAndUrl() throws Exception {
        Path out = Path.of("target", "arduino-test", "cli");
        TrainedRun.exec(new dev.dartboard.cli.ExportCommand(), "--run", TrainedRun.quantized().toString(), "--out", out.toString(),
                "--format", "arduino", "--maintainer", "Ada Lovelace <ada@example.org>", "--url", "https://example.org/kws");
        Map<String, String> p = properties(out.resolve("arduino/Dartboard_tiny/library.properties"));
        assertEquals("Ada Lovelace <ada@example.org>", p.get("maintainer"));
        assertEquals("https://example.org/kws", p.get("url"));
        AssertionError e = assertThrows(AssertionError.class, () -> TrainedRun.exec(new dev.dartboard.cli.ExportCommand(), "--run",
                TrainedRun.quantized().toString(), "--out", out.toString(), "--format", "arduino", "--maintainer", "Ada Lovelace"));
        assertTrue(e.getMessage().contains("--maintainer must be 'Name <e-mail>'"), e.getMessage());
        e = assertThrows(AssertionError.class, () -> TrainedRun.exec(new dev.dartboard.cli.ExportCommand(), "--run",
                TrainedRun.quantized().toString(), "--out", out.toString(), "--format", "arduino", "--url", "example.org"));
        assertTrue(e.getMessage().contains("--url must be an absolute http(s) address"), e.getMessage());
    }

    static final List<String> REQUIRED = List.of("name", "version", "author", "maintainer", "sentence", "paragraph", "category", "url", "architectures");
    static final List<String> CATEGORIES = List.of("Display", "Communication", "Signal Input/Output", "Sensors", "Device Control",
            "Timing", "Data Storage", "Data Processing", "Other");

    /** Every rule of the specification that library.properties in lib breaks (empty: none). */
    static List<String> specificationProblems(Path lib) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> p = new HashMap<>();
        for (String line : Files.readAllLines(lib.resolve("library.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq <= 0) { problems.add("not key=value: " + line); continue; }
            if (p.put(line.substring(0, eq), line.substring(eq + 1)) != null) problems.add("duplicate " + line.substring(0, eq));
        }
        for (String k : REQUIRED) if (!p.containsKey(k) || (!k.equals("paragraph") && p.get(k).isBlank())) problems.add("missing or empty " + k);
        if (!problems.isEmpty()) return problems;
        String name = p.get("name");
        if (!name.matches("(([a-zA-Z][a-zA-Z0-9 _.\\-]*)|([0-9][a-zA-Z0-9 _.\\-]*[a-zA-Z][a-zA-Z0-9 _.\\-]*))*") || name.length() > 63)
            problems.add("name: letters, digits, space, _ . - only, starting with a letter, at most 63: " + name);
        if (name.toLowerCase(java.util.Locale.ROOT).startsWith("arduino")) problems.add("name starts with Arduino");
        if (!name.equals(lib.getFileName().toString())) problems.add("name differs from the folder " + lib.getFileName());
        if (!p.get("version").matches("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?"))
            problems.add("version is not semver: " + p.get("version"));
        if (!p.get("maintainer").matches("[^<>]*\\S[^<>]* <[^<>@\\s]+@[^<>@\\s]+\\.[^<>@\\s]+>")) problems.add("maintainer lacks 'Name <e-mail>': " + p.get("maintainer"));
        if (p.get("maintainer").toLowerCase(java.util.Locale.ROOT).startsWith("arduino")) problems.add("maintainer starts with Arduino");
        if (!CATEGORIES.contains(p.get("category"))) problems.add("category not in the specification's list: " + p.get("category"));
        try {
            java.net.URI u = new java.net.URI(p.get("url"));
            if (!u.isAbsolute() || u.getHost() == null) problems.add("url is not an absolute address: " + p.get("url"));
        } catch (java.net.URISyntaxException e) {
            problems.add("url: " + e.getMessage());
        }
        if (!p.get("architectures").matches("\\*|[A-Za-z0-9_]+(,[A-Za-z0-9_]+)*")) problems.add("architectures: " + p.get("architectures"));
        if (p.containsKey("includes"))
            for (String h : p.get("includes").split(","))
                if (!Files.isRegularFile(lib.resolve("src").resolve(h.strip()))) problems.add("includes names a missing header: " + h);
        for (Map.Entry<String, String> e : p.entrySet())
            if (e.getValue().chars().anyMatch(Character::isISOControl)) problems.add(e.getKey() + " has a control character");
        return problems;
    }

    /**
     * loop() held back for the first second (as a slow inference would): the ring keeps RING_HOPS - 1 completed
     * hops, every further hop of that second is dropped, and the sketch prints exactly that count once; without
     * a stall nothing is dropped or printed. (The old double buffer never reported a dropped hop.)
     */
    @Test
    void hopsThatFindTheRingFullAreCountedAndPrinted() throws Exception {
        assumeTrue(tool("g++"), "skipped: no host g++");
        Path lib = export("overrun");
        QuantModel q = new QuantModelStore(new ObjectMapper()).load(TrainedRun.quantized());
        String ino = Files.readString(lib.resolve("examples/kws_micro/kws_micro.ino"));
        java.util.regex.Matcher def = java.util.regex.Pattern.compile("#define RING_HOPS (\\d+)").matcher(ino);
        assertTrue(def.find(), "the example defines RING_HOPS");
        int ringHops = Integer.parseInt(def.group(1)), hop = q.dataConfig().hopSamples(), second = 16000;
        assertEquals(AudioRing.of(costs(q), q.dataConfig()).hops(), ringHops);
        Path exe = buildSketch(lib);
        byte[] pcm = bytes(audio(q.dataConfig().clipSamples()));
        List<String> stalled = run(List.of(exe.toString(), Integer.toString(second)), pcm);
        int dropped = second / hop - (ringHops - 1);
        assertTrue(dropped > 0, "a one-second stall must overflow a " + ringHops + "-hop ring");
        assertEquals(List.of("overruns " + dropped), stalled.stream().filter(l -> l.startsWith("overruns")).toList(), String.join("\n", stalled));
        List<String> smooth = run(List.of(exe.toString()), pcm);
        assertTrue(smooth.stream().noneMatch(l -> l.startsWith("overruns")), "no hop is dropped when loop() keeps up");
    }

    private static Path export(String name) throws IOException {
        return export(name, new QuantModelStore(new ObjectMapper()).load(TrainedRun.quantized()));
    }

    static Path export(String name, QuantModel q) throws IOException {
        Path parent = Path.of("target", "arduino-test", name);
        return new ArduinoLibraryExporter(new CSourceExporter(), Publisher.PLACEHOLDER).export(q, costs(q), parent);
    }

    /** The tiny run's estimated costs on the Nano 33 BLE. */
    static Costs costs(QuantModel q) throws IOException {
        return new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering()).of(TrainedRun.genotype(), q.labels().size());
    }

    private static Path buildSketch(Path lib) throws Exception {
        List<String> objects = new ArrayList<>();
        for (Path c : sources(lib.resolve("src"))) {
            String o = c.toString().replace(".c", ".host.o");
            run(List.of("gcc", "-std=c99", "-O2", "-c", c.toString(), "-o", o), null);
            objects.add(o);
        }
        Path exe = lib.resolve("kws_micro_host");
        List<String> cmd = new ArrayList<>(List.of("g++", "-std=gnu++11", "-Wall", "-Werror", "-DKWS_MICRO_VERBOSE", "-I", STUBS.toString(),
                "-I", lib.resolve("src").toString(), "-x", "c++", lib.resolve("examples/kws_micro/kws_micro.ino").toString(),
                STUBS.resolve("host_main.cpp").toString(), "-x", "none"));
        cmd.addAll(objects);
        cmd.addAll(List.of("-lm", "-o", exe.toString()));
        run(cmd, null);
        return exe;
    }

    /** The four clips back to back as 16 kHz int16 (one second each). */
    private static short[] audio(int clip) throws IOException {
        short[] pcm = new short[4 * clip];
        for (int k = 0; k < 4; k++) {
            Path p = Path.of(CLIPS[k]);
            if (Files.isDirectory(p)) try (Stream<Path> s = Files.list(p)) { p = s.sorted().findFirst().orElseThrow(); }
            float[] x = new WavReader().read(p, 16000).clip().fitTo(clip).samples();
            for (int i = 0; i < clip; i++) pcm[k * clip + i] = (short) Math.max(-32768, Math.min(32767, Math.round(x[i] * 32768)));
        }
        return pcm;
    }

    private static byte[] bytes(short[] pcm) {
        ByteBuffer b = ByteBuffer.allocate(2 * pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : pcm) b.putShort(s);
        return b.array();
    }

    private static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) { return s.filter(p -> p.toString().endsWith(".c")).sorted().toList(); }
    }

    private static Map<String, String> properties(Path f) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(f)) {
            int eq = line.indexOf('=');
            if (eq > 0) m.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return m;
    }

    static boolean tool(String name) {
        try {
            return new ProcessBuilder(name, "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static List<String> run(List<String> cmd, byte[] stdin) throws IOException, InterruptedException {
        Path in = Files.createTempFile("kws", ".pcm");
        Files.write(in, stdin == null ? new byte[0] : stdin);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(in.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes());
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        Files.delete(in);
        if (!done || p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
        return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
    }
}
