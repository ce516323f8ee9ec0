package dev.dartboard.nas;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Building a supernet and stepping it writes nothing to stdout (stdout carries the CLI's JSON). */
class QuietStdoutTest {

    @Test
    void buildAndStepsPrintNothing() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            SameDiff sd = Tiny.net(true, 21);
            new Architect(sd, Architect.defaultWeightUpdater(), Architect.defaultArchUpdater())
                    .iterate(Tiny.feeds(true, 22, 2), Tiny.feeds(true, 23, 2));
        } finally {
            System.setOut(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}
