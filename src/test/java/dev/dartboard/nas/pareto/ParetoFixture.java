package dev.dartboard.nas.pareto;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Budget;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.nas.cost.CostModel;
import dev.dartboard.nas.cost.GenotypeLowering;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written Pareto front for tests: six real genotypes of growing size with their exact
 * {@link CostModel} costs on the Nano 33 BLE ({@value #LABELS} labels) and hand-set accuracies, under
 * a 50 KB / 200 KB / 100 ms budget. DS-CNN-S (too slow: about 119 ms with the DSP kernels and the real FFT) does not fit; one fitting point is dominated.
 */
public final class ParetoFixture {
    public static final int LABELS = 6;
    public static final Budget BUDGET = new Budget(50 * 1024, 200 * 1024, 100);
    static final double[] ACCURACY = {0.62, 0.58, 0.74, 0.81, 0.86, 0.90};

    private ParetoFixture() { }

    public static CostModel costModel() throws IOException {
        return new CostModel(new BoardProfiles().load("nano33ble"), new GenotypeLowering());
    }

    /** The genotypes, smallest first; point 1 is point 0 made wider and slower yet less accurate. */
    public static List<Genotype> genotypes() {
        DataConfig small = new DataConfig(16000, FeatureType.MFCC, 40, 20, 40, 10, 1000);
        DataConfig mel8k = new DataConfig(8000, FeatureType.LOG_MEL, 32, 16, 20, 10, 1000);
        return List.of(
                net("p0", mel8k, 8, List.of(layer(Primitive.DW_SEP_3X3, 8, 2), layer(Primitive.AVG_POOL_3X3, 8, 1))),
                net("p1", mel8k, 16, List.of(layer(Primitive.CONV_3X3, 16, 2), layer(Primitive.MAX_POOL_3X3, 16, 1))),
                net("p2", small, 16, List.of(layer(Primitive.DW_SEP_3X3, 16, 2), layer(Primitive.DW_SEP_3X3, 32, 1))),
                net("p3", small, 32, List.of(layer(Primitive.DW_SEP_3X3, 32, 1), layer(Primitive.DW_SEP_5X5, 32, 2))),
                net("p4", small, 32, List.of(layer(Primitive.INV_RES_3X3, 32, 1), layer(Primitive.DW_SEP_3X3, 64, 2),
                        layer(Primitive.DW_SEP_3X3, 64, 1))),
                Genotype.dscnnS());
    }

    /** The front: points 0..5 from {@link #genotypes()}, fits and front computed, chosen = {@code chosen}. */
    public static ParetoFront front(int chosen) throws IOException {
        CostModel model = costModel();
        List<Genotype> gs = genotypes();
        List<ParetoPoint> pts = new ArrayList<>();
        for (int i = 0; i < gs.size(); i++) {
            var c = model.of(gs.get(i), LABELS);
            pts.add(new ParetoPoint(i, i == chosen ? ParetoPoint.DECODED : ParetoPoint.SAMPLE, ACCURACY[i], c, c.fits(BUDGET), gs.get(i)));
        }
        return new ParetoFront("nano33ble", BUDGET, pts, ParetoFront.nonDominated(pts), chosen);
    }

    /** Writes {@link #front(int)} (chosen 3) to {@code run/pareto.json} with {@link ParetoJson#write}. */
    public static ParetoFront write(Path run) throws IOException {
        ParetoFront f = front(3);
        new ParetoJson(new ObjectMapper()).write(run.resolve(ParetoJson.FILE), f);
        return f;
    }

    private static Genotype net(String name, DataConfig dc, int stem, List<Genotype.Layer> layers) {
        return new Genotype(name, dc, new Genotype.Stem(stem, 3, 3, 2, 2), layers);
    }

    private static Genotype.Layer layer(Primitive op, int width, int stride) { return new Genotype.Layer(op, width, stride); }
}
