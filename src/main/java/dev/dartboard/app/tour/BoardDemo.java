package dev.dartboard.app.tour;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The board part of the tour, through the CLI's commands: {@code device simulate} (on a thread of its own) and
 * {@code flash --run RUN --simulator} to the port it prints; then the board restarts — {@code device simulate --mic
 * TAPE} on the same flash image boots the committed model — and {@code monitor} prints what it detects while the
 * tape plays (the tape starts at the monitor's HELLO, so every detection shown is of that play). Each simulator and
 * its socat are stopped before the next step, whatever happened.
 */
final class BoardDemo {
    /** The flash's result, the detections the monitor printed and the board's summary of the tape ("" if it sent none). */
    record Outcome(JsonNode flash, List<Heard> heard, String micSummary) { }

    /** One DETECT frame: the word the board named, its averaged int8 score, the stream time. */
    record Heard(String word, int score, long ms) { }

    /** Told as things happen. */
    interface Listener {
        /** The model is on the board: flash's JSON, the port used. */
        void flashed(JsonNode flash, String port);

        /** A detection, as the monitor printed it. */
        void heard(Heard h);
    }

    private static final long PORT_WAIT_MS = 120_000;   // the first start compiles the simulator with gcc
    private final InProcessCli cli;
    private final ObjectMapper mapper = new ObjectMapper();

    BoardDemo(InProcessCli cli) {
        this.cli = cli;
    }

    /**
     * @param boardDir where the simulator's flash image and pty links go (created by the caller)
     * @param listener told of the flash and of each detection as it arrives
     */
    Outcome run(Path run, Path boardDir, MicTape tape, double micSpeed, Listener listener)
            throws InProcessCli.Failed, IOException, InterruptedException {
        JsonNode flash;
        try (Simulator sim = new Simulator(boardDir, "flash-tty")) {
            flash = cli.json(null, "flash", "--port", sim.port, "--run", run.toString(), "--simulator");
            listener.flashed(flash, sim.port);
        }
        try (Simulator sim = new Simulator(boardDir, "listen-tty", "--mic", tape.wav().toString(), "--mic-speed", Double.toString(micSpeed))) {
            List<Heard> heard = new ArrayList<>();
            String[] mic = {""};
            LineWriter events = new LineWriter(line -> {
                JsonNode e = read(line);
                if (e == null) return;
                if ("detection".equals(e.path("kind").asText())) {
                    Heard h = new Heard(e.path("labelName").asText("label " + e.path("label").asInt()), e.path("score").asInt(), e.path("boardMs").asLong());
                    heard.add(h);
                    listener.heard(h);
                } else if (e.path("text").asText().contains("mic: end of audio")) {   // "info: mic: end of audio, N samples, …"
                    String text = e.path("text").asText();
                    mic[0] = text.substring(text.indexOf("mic: ") + "mic: ".length());
                }
            });
            long listenMs = (micSpeed > 0 ? Math.round(tape.durationMs() / micSpeed) : 1000) + 2000;
            StringWriter err = new StringWriter();
            String[] args = {"monitor", "--port", sim.port, "--model", run.resolve("model.blob").toString(), "--duration-ms", Long.toString(listenMs)};
            int code = cli.run(events, err, args);
            events.close();
            if (code != 0) throw new InProcessCli.Failed(List.of(args), code, err.toString());
            return new Outcome(flash, List.copyOf(heard), mic[0]);
        }
    }

    /** {@code device simulate} on the flash image {@code boardDir/flash.img}, running on a thread until closed. */
    private final class Simulator implements AutoCloseable {
        final String port;
        private final Thread thread;

        Simulator(Path boardDir, String link, String... extra) throws InProcessCli.Failed, InterruptedException {
            List<String> args = new ArrayList<>(List.of("device", "simulate", "--link", boardDir.resolve(link).toString(),
                    "--flash", boardDir.resolve("flash.img").toString()));
            args.addAll(List.of(extra));
            StringWriter out = new StringWriter(), err = new StringWriter();
            int[] code = {-1};
            thread = new Thread(() -> code[0] = cli.run(out, err, args.toArray(String[]::new)), "tour-simulator");
            thread.setDaemon(true);
            thread.start();
            String p = awaitPort(out);
            if (p == null) {
                close();
                throw new InProcessCli.Failed(args, code[0], err.toString().isBlank() ? "no port after " + PORT_WAIT_MS / 1000 + " s" : err.toString());
            }
            port = p;
        }

        /** The port {@code device simulate} printed, or null when it stopped (or took too long) first. */
        private String awaitPort(StringWriter out) throws InterruptedException {
            long end = System.currentTimeMillis() + PORT_WAIT_MS;
            while (System.currentTimeMillis() < end) {
                JsonNode j = read(out.toString());
                if (j != null && j.hasNonNull("port")) return j.get("port").asText();
                if (!thread.isAlive()) return null;
                Thread.sleep(50);
            }
            return null;
        }

        /** Stops the simulator and socat (device simulate returns when its thread is interrupted). */
        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
        }
    }

    private JsonNode read(String json) {
        if (json.isBlank()) return null;
        try {
            return mapper.readTree(json);
        } catch (IOException incomplete) {
            return null;
        }
    }
}
