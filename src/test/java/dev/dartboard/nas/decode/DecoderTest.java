package dev.dartboard.nas.decode;

import dev.dartboard.model.Budget;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.StemSpec;
import dev.dartboard.nas.SupernetSpec;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.Costs;
import dev.dartboard.nas.cost.GenotypeLowering;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decoder never returns a model over budget, repairs visibly, and refuses impossible budgets with the true minima. */
class DecoderTest {
    static final List<DataConfig> CONFIGS = List.of(
            new DataConfig(16000, FeatureType.MFCC, 40, 20, 40, 10, 1000),
            new DataConfig(16000, FeatureType.LOG_MEL, 25, 10, 40, 0, 1000),
            new DataConfig(8000, FeatureType.LOG_MEL, 40, 20, 20, 0, 1000));
    static final SearchSpace SPACE = new SearchSpace(CONFIGS, 32, 3, List.of(8, 16, 32), Set.of(), List.of(Primitive.values()));
    static final int CLASSES = 6;
    final List<StemSpec> stems = SupernetSpec.of(SPACE, CLASSES, false).stems();

    CostModel model() throws IOException { return new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering()); }

    @Test
    void decodedModelsAlwaysFitAndTheirCostsAreTheExactOnes() throws IOException {
        Decoder d = new Decoder(model(), SPACE, stems, CLASSES);
        // Latency budgets above the cheapest front end + network at QEMU-calibrated costs (about 45 ms).
        List<Budget> budgets = List.of(new Budget(200_000, 900_000, 1000), new Budget(40_000, 60_000, 150),
                new Budget(20_000, 40_000, 90), new Budget(16_000, 30_000, 60));
        int repaired = 0;
        for (long seed = 1; seed <= 6; seed++)
            for (Budget b : budgets) {
                Decoded r = d.decode("t", randomAlphas(seed), randomGamma(seed), b);
                Costs exact = model().of(r.genotype(), CLASSES);
                assertTrue(exact.fits(b), r.genotype() + " " + exact + " over " + b);
                assertEquals(exact.sramBytes(), r.costs().sramBytes());
                assertEquals(exact.flashBytes(), r.costs().flashBytes());
                assertFalse(r.genotype().layers().stream().anyMatch(l -> l.op() == Primitive.ZERO));
                if (!r.repairs().isEmpty()) repaired++;
            }
        assertTrue(repaired > 0, "the tight budgets needed repairs");
    }

    @Test
    void theArgmaxIsKeptWhenItFits() throws IOException {
        double[][] alphas = new double[3][8];
        for (double[] a : alphas) { java.util.Arrays.fill(a, 0.05); a[0] = 0.3; a[7] = 0.35; }   // ZERO highest: skipped
        Decoded r = new Decoder(model(), SPACE, stems, CLASSES).decode("t", alphas, new double[]{0.2, 0.3, 0.5}, new Budget(256_000, 900_000, 1000));
        assertEquals(List.of(), r.repairs());
        assertEquals(CONFIGS.get(2), r.genotype().dataConfig());
        assertTrue(r.genotype().layers().stream().allMatch(l -> l.op() == Primitive.DW_SEP_3X3 && l.width() == 32));
    }

    @Test
    void aFittingNetworkIsWidenedToTheWidestLadderWidthThatFits() throws IOException {
        double[][] alphas = new double[3][8];
        for (double[] a : alphas) { java.util.Arrays.fill(a, 0.05); a[0] = 0.3; }   // dw-sep-3x3 everywhere
        double[] gamma = {0.6, 0.2, 0.2};
        Budget b = new Budget(40_000, 120_000, 120);
        Decoded narrow = new Decoder(model(), SPACE, stems, CLASSES).decode("t", alphas, gamma, b);
        Decoded wide = new Decoder(model(), SPACE, stems, CLASSES, 128).decode("t", alphas, gamma, b);
        assertEquals(32, narrow.genotype().layers().get(0).width(), "without a maximum the search's width is kept");
        // Independent reference: every multiple of 8 above 32 costed on its own; the widest fitting one wins.
        int expected = 32;
        for (int w = 40; w <= 128; w += 8) {
            Genotype g = new Choice(0, w, List.of(Primitive.DW_SEP_3X3, Primitive.DW_SEP_3X3, Primitive.DW_SEP_3X3)).genotype("w", SPACE, stems);
            if (model().of(g, CLASSES).fits(b)) expected = w;
        }
        assertTrue(expected > 32 && expected < 128, "the budget is chosen to widen part way: " + expected);
        final int want = expected;
        assertTrue(wide.genotype().layers().stream().allMatch(l -> l.width() == want), wide.genotype().toString());
        assertEquals(expected, wide.genotype().stem().channels());
        assertTrue(model().of(wide.genotype(), CLASSES).fits(b));
        assertEquals(List.of("width 32 → " + expected + " (widened to fill the budget)"), wide.repairs());
    }

    @Test
    void aNarrowedNetworkIsNotWidenedAgain() throws IOException {
        double[][] alphas = new double[3][8];
        for (double[] a : alphas) { java.util.Arrays.fill(a, 0.05); a[2] = 0.3; }
        Budget tight = new Budget(16_000, 30_000, 60);
        Decoded r = new Decoder(model(), SPACE, stems, CLASSES, 128).decode("t", alphas, new double[]{0.2, 0.3, 0.5}, tight);
        assertTrue(model().of(r.genotype(), CLASSES).fits(tight));
        assertTrue(r.repairs().stream().noneMatch(s -> s.contains("widened")), r.repairs().toString());
    }

    @Test
    void impossibleBudgetsAreRefusedWithTheSmallestAchievableNumbers() throws IOException {
        long minSram = Long.MAX_VALUE;
        for (int i = 0; i < CONFIGS.size(); i++) {
            Genotype g = new Genotype("min", CONFIGS.get(i), stems.get(i).deployed(8),
                    List.of(new Genotype.Layer(Primitive.SKIP, 8, 1), new Genotype.Layer(Primitive.SKIP, 8, 1), new Genotype.Layer(Primitive.SKIP, 8, 1)));
            minSram = Math.min(minSram, model().of(g, CLASSES).sramBytes());
        }
        Budget impossible = new Budget(minSram - 1, 900_000, 1000);
        InfeasibleBudgetException e = assertThrows(InfeasibleBudgetException.class,
                () -> Feasibility.check(model(), SPACE, stems, CLASSES, impossible));
        assertTrue(e.getMessage().contains("smallest achievable are SRAM " + minSram + " B"), e.getMessage());
        Feasibility.check(model(), SPACE, stems, CLASSES, new Budget(minSram, 900_000, 1000));
    }

    static double[][] randomAlphas(long seed) {
        Random r = new Random(seed);
        double[][] a = new double[3][8];
        for (double[] row : a) {
            double sum = 0;
            for (int p = 0; p < 8; p++) sum += row[p] = Math.exp(r.nextGaussian());
            for (int p = 0; p < 8; p++) row[p] /= sum;
        }
        return a;
    }

    static double[] randomGamma(long seed) {
        Random r = new Random(seed * 7);
        double a = r.nextDouble(), b = r.nextDouble(), c = r.nextDouble();
        return new double[]{a / (a + b + c), b / (a + b + c), c / (a + b + c)};
    }
}
