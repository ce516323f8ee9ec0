package dev.dartboard.features;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Java features vs torchaudio (float64) for every fixture case: max |err| ≤ 1e-3 · max |ref|. */
class FeatureReferenceTest {
    private static final StringBuilder REPORT = new StringBuilder();

    static List<ReferenceFixtures.Case> cases() { return ReferenceFixtures.cases(); }

    @Test
    void fixturesCoverBothRatesBothTypesAndEightyMels() {
        List<ReferenceFixtures.Case> all = cases();
        for (int sr : new int[]{8000, 16000}) {
            assertTrue(all.stream().filter(c -> c.config().sampleRate() == sr).map(c -> c.id()).distinct().count() >= 3);
        }
        assertTrue(all.stream().anyMatch(c -> c.config().melBins() == 80));
        assertTrue(all.stream().anyMatch(c -> c.config().hopMs() != Math.rint(c.config().hopMs())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesTorchaudio(ReferenceFixtures.Case c) {
        assertEquals(c.id(), c.config().id());
        assertEquals(c.frames(), c.config().frames());
        assertEquals(c.features(), c.config().features());
        float[] actual = new float[c.frames() * c.features()];
        new FeatureExtractor(c.config()).extract(ReferenceFixtures.clip(c.clip()), actual);
        double maxRef = 0, maxErr = 0;
        for (int i = 0; i < actual.length; i++) {
            maxRef = Math.max(maxRef, Math.abs(c.expected()[i]));
            maxErr = Math.max(maxErr, Math.abs(actual[i] - c.expected()[i]));
        }
        synchronized (REPORT) {
            REPORT.append(String.format(Locale.ROOT, "%-44s %-16s max|ref| %8.3f  max|err| %.3e  rel %.2e%n",
                    c.id(), c.clip(), maxRef, maxErr, maxErr / maxRef));
        }
        assertTrue(maxErr <= 1e-3 * maxRef, c + ": max error " + maxErr + " > 1e-3 · " + maxRef);
    }

    @AfterAll
    static void printReport() {
        System.out.print(REPORT);
    }
}
