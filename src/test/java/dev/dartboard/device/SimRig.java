package dev.dartboard.device;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Test rig: socat pty pair, the gcc-built simulator on end A with a flash image, a client on end B. */
final class SimRig implements AutoCloseable {
    final Path image;
    final Path log;
    private final Path binary;
    private final PtyPair pty;
    private SimulatorProcess sim;
    private SerialLink link;

    SimRig(Path dir) throws IOException, InterruptedException {
        assumeTrue(PtyPair.socatAvailable(), "socat is not installed: pty tests skipped (apt-get install socat)");
        binary = new SimulatorBuild(Path.of("firmware"), Path.of("target", "device-sim")).build();
        image = dir.resolve("flash.img");
        log = dir.resolve("sim.log");
        pty = PtyPair.open(Path.of("/tmp", "dartboard-" + UUID.randomUUID().toString().substring(0, 8)));
    }

    SimRig start(String... args) throws IOException {
        sim = SimulatorProcess.start(binary, pty.a(), image, log, args);
        return this;
    }

    SimulatorProcess sim() { return sim; }

    /** The host end of the pty pair. */
    Path portB() { return pty.b(); }

    /** A fresh client on end B; {@code wrap} may decorate the link (fault injection). */
    BoardClient client(RetryPolicy policy, UnaryOperator<SerialLink> wrap) throws IOException {
        if (link != null) link.close();
        link = wrap.apply(JsscSerialLink.open(pty.b().toString()));
        return new BoardClient(new FrameChannel(link, new Random().nextInt(0x10000), f -> { }), policy);
    }

    BoardClient client() throws IOException {
        return client(RetryPolicy.SIMULATOR, l -> l);
    }

    static byte[] blob(long seed, int size) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Override
    public void close() throws Exception {
        if (link != null) link.close();
        if (sim != null) sim.close();
        pty.close();
    }
}
