package dev.dartboard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 item 4 through the real entry point ({@link Main#commandLine()}): every bad option value names the
 * option, the value and the accepted form and exits 2 in every command; every file error names the file and
 * what is wrong with it, never a parser's or Java's class names. Each case failed before (see the list).
 */
class CliMessagesTest {
    @TempDir Path dir;
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private void assertReadable() {
        String e = err.toString();
        assertFalse(e.contains("Exception") || e.contains("dev.dartboard") || e.contains("For input string")
                || e.contains("`") || e.contains("[Source"), e);
        assertEquals("", out.toString(), "nothing on stdout for a failure");
    }

    private void assertUsage(String option, String value, String form, String... args) {
        assertEquals(ExitCodes.USAGE, run(args), err.toString());
        String first = err.toString().lines().findFirst().orElse("");
        assertTrue(first.contains(option) && first.contains("'" + value + "'") && first.contains(form), first);
        assertReadable();
    }

    @Test
    void badSizesAndDurationsNameTheOptionTheValueAndTheFormAndExitTwo() {
        Path data = dir.resolve("data"), run = dir.resolve("run");
        assertUsage("--sram", "abc", "24k", "search", "--data", data.toString(), "--out", run.toString(), "--sram", "abc");
        assertEquals("error: --sram: 'abc' is not a size; use e.g. 24k or 24576 (bytes; k = 1024, m = 1024k)",
                err.toString().lines().findFirst().orElse(""));
        assertTrue(err.toString().contains("see 'dartboard search --help'"), err.toString());
        assertUsage("--flash", "10XB", "24k", "search", "--data", data.toString(), "--out", run.toString(), "--flash", "10XB");
        assertUsage("--latency", "fast", "200ms", "search", "--data", data.toString(), "--out", run.toString(), "--latency", "fast");
        assertUsage("--sram", "-4k", "24k", "pipeline", "--data", data.toString(), "--out", run.toString(), "--sram", "-4k");
        assertUsage("--latency", "0s", "200ms", "pipeline", "--data", data.toString(), "--out", run.toString(), "--latency", "0s");
        assertFalse(Files.exists(run), "nothing is written for a usage error");
    }

    @Test
    void badValuesExitTwoInEveryCommand() {
        String data = dir.resolve("data").toString(), run = dir.resolve("run").toString();
        assertUsage("--epochs", "many", "int", "search", "--data", data, "--out", run, "--epochs", "many");
        assertUsage("--epochs", "many", "int", "train", "--data", data, "--out", run, "--epochs", "many");
        assertUsage("--optimizer", "rmsprop", "sgd or adam", "train", "--data", data, "--out", run, "--optimizer", "rmsprop");
        assertUsage("--augment", "wobble", "audio+speed", "train", "--data", data, "--out", run, "--augment", "wobble");
        assertUsage("--model-id", "x1", "long", "flash", "--port", "/dev/null", "--model", "m.blob", "--model-id", "x1");
        assertUsage("--calibration", "lots", "int", "quantize", "--data", data, "--run", run, "--calibration", "lots");
        assertUsage("--hop-ms", "short", "double", "features", "--hop-ms", "short", "x.wav");
        // a value each parses, but the settings they make are impossible: still a usage error
        assertEquals(ExitCodes.USAGE, run("train", "--data", data, "--out", run, "--epochs", "0"), err.toString());
        assertTrue(err.toString().contains("epochs"), err.toString());
        assertEquals(ExitCodes.USAGE, run("search", "--data", data, "--out", run, "--weight-opt", "rmsprop"), err.toString());
        assertTrue(err.toString().contains("sgd or adam"), err.toString());
        assertEquals(ExitCodes.USAGE, run("device", "simulate", "--average", "99"), err.toString());
        assertTrue(err.toString().contains("invalid detection rule"), err.toString());
    }

    @Test
    void aMissingGenotypeFileIsNamedNotCalledAnUnknownReference() {
        Path missing = dir.resolve("nope").resolve("genotype.json");
        assertEquals(ExitCodes.FAILED, run("train", "--data", dir.toString(), "--out", dir.resolve("run").toString(),
                "--genotype", missing.toString()));
        assertTrue(err.toString().contains(missing.toString()) && err.toString().contains("not found"), err.toString());
        assertFalse(err.toString().contains("unknown reference genotype"), err.toString());
        assertReadable();
        assertUsage("--genotype", "dscnn-xl", "dscnn-s", "train", "--data", dir.toString(), "--out", dir.resolve("run").toString(),
                "--genotype", "dscnn-xl");
    }

    @Test
    void aCorruptGenotypeFileIsNamedWithTheLine() throws IOException {
        Path g = dir.resolve("genotype.json");
        Files.writeString(g, "{\n  \"name\": \"g\",\n  \"dataConfig\": {\"sampleRate\": 16000,,\n}\n");
        assertEquals(ExitCodes.FAILED, run("train", "--data", dir.toString(), "--out", dir.resolve("run").toString(), "--genotype", g.toString()));
        String e = err.toString().strip();
        assertTrue(e.startsWith("error: " + g + ": not valid JSON at line 3"), e);
        assertEquals(1, e.lines().count(), e);
        assertReadable();
        Files.writeString(g, "{\"name\": \"g\", \"layers\": [");
        assertEquals(ExitCodes.FAILED, run("train", "--data", dir.toString(), "--out", dir.resolve("run").toString(), "--genotype", g.toString()));
        assertTrue(err.toString().startsWith("error: " + g + ": ends early"), err.toString());
        assertReadable();
    }

    @Test
    void exportOfAHalfWrittenRunNamesTheFileAndNoInternalClass() throws IOException {
        Path run = Files.createDirectories(dir.resolve("run"));
        byte[] whole = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(dev.dartboard.quant.TestModels.dsCnnS(1, 4));
        Files.write(run.resolve("model.float.json"), java.util.Arrays.copyOf(whole, whole.length / 2));   // a crash mid-write
        assertEquals(ExitCodes.FAILED, run("export", "--run", run.toString(), "--out", dir.resolve("exp").toString()));
        assertTrue(err.toString().contains(run.resolve("model.float.json") + ": ends early"), err.toString());
        assertReadable();
        Files.writeString(run.resolve("model.float.json"), "{\"dataConfig\": 7, \"ops\": \"none\"}");
        assertEquals(ExitCodes.FAILED, run("export", "--run", run.toString(), "--out", dir.resolve("exp").toString()));
        assertTrue(err.toString().contains(run.resolve("model.float.json") + ": not a valid float model"), err.toString());
        assertReadable();
    }

    @Test
    void searchIntoAnExistingRegularFileSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("run"), "not a folder");
        assertEquals(ExitCodes.FAILED, run("search", "--data", dir.toString(), "--out", file.toString()));
        assertTrue(err.toString().strip().matches("error: .*" + java.util.regex.Pattern.quote(file.toString()) + ".*(not a folder|already exists).*"),
                err.toString());
        assertReadable();
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void flashOfAMissingBlobSaysNotFound() throws IOException {
        Path blob = dir.resolve("nope.blob");
        assertEquals(ExitCodes.FAILED, run("flash", "--port", "/dev/null", "--model", blob.toString()));
        assertEquals("error: " + blob + ": not found", err.toString().strip());
        assertReadable();
        assertEquals(ExitCodes.FAILED, run("flash", "--port", "/dev/null", "--model", dir.toString()));
        assertEquals("error: " + dir + ": is a folder, expected a model blob file", err.toString().strip());
        Files.write(blob, new byte[] {1, 2, 3});
        assertEquals(ExitCodes.FAILED, run("flash", "--port", "/dev/null", "--model", blob.toString()));
        assertEquals("error: " + blob + ": not a Dartboard model blob (magic DBKW missing); nothing was sent to the board", err.toString().strip());
    }

    @Test
    void anEmptyDataFolderSaysThereAreNoClips() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(ExitCodes.FAILED, run("train", "--data", empty.toString(), "--out", dir.resolve("run").toString(),
                "--cache", dir.resolve("cache").toString()));
        assertTrue(err.toString().contains(empty + ": no clips found"), err.toString());
        assertTrue(err.toString().contains("one folder per word"), err.toString());
        assertReadable();
    }

    @Test
    void aBadBoardProfileOrSearchSpaceFileIsNamedWithWhatIsWrong() throws IOException {
        Path board = Files.writeString(dir.resolve("myboard.json"), "{\"id\": \"myboard\",\n \"sramBytes\": 12k}\n");
        assertEquals(ExitCodes.FAILED, run("search", "--data", dir.toString(), "--out", dir.resolve("run").toString(), "--board", board.toString()));
        assertTrue(err.toString().startsWith("error: " + board + ": not valid JSON at line 2"), err.toString());
        assertReadable();
        Path space = dir.resolve("nope").resolve("space.json");
        assertEquals(ExitCodes.FAILED, run("search", "--data", dir.toString(), "--out", dir.resolve("run").toString(), "--space", space.toString()));
        assertEquals("error: " + space + ": not found", err.toString().strip());
        Files.createDirectories(space.getParent());
        Files.writeString(space, "{\"preset\": \"default\", \"stemChannels\": \"wide\"}");
        assertEquals(ExitCodes.FAILED, run("search", "--data", dir.toString(), "--out", dir.resolve("run").toString(), "--space", space.toString()));
        assertTrue(err.toString().startsWith("error: " + space + ": not a valid search space (field 'stemChannels')"), err.toString());
        assertReadable();
        assertFalse(Files.exists(dir.resolve("run")), "nothing is written before the inputs are read");
    }
}
