package dev.dartboard.quant;

import dev.dartboard.data.Example;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Split;
import dev.dartboard.train.Confusion;

import java.util.List;

/**
 * Float and int8 predictions on the same examples: the float model by {@link FloatForward}, the int8
 * model by {@link Int8Interpreter} on the features quantized with the model's input params. Examples
 * whose input the cache rejected are skipped (as the training evaluator does). Labels are the data's,
 * which must be the model's. Stateless.
 */
public final class QuantEvaluation {

    /** @param agree examples where float and int8 argmax are the same */
    public record Result(Confusion floatConfusion, Confusion int8Confusion, int agree) {
        /** int8 − float accuracy, in points (0..100 scale). */
        public double deltaPoints() {
            return 100 * (int8Confusion.accuracy() - floatConfusion.accuracy());
        }
    }

    /** @param floatModel null to run the int8 model only (the float confusion then stays empty) */
    public Result of(FloatModel floatModel, QuantModel q, PreparedData data, List<Split> splits) {
        if (!q.labels().equals(data.plan().labels().labels()))
            throw new IllegalArgumentException("model labels " + q.labels() + " ≠ data labels " + data.plan().labels().labels());
        Confusion f = new Confusion(q.labels()), i8 = new Confusion(q.labels());
        Int8Interpreter int8 = new Int8Interpreter(q);
        FloatForward forward = new FloatForward();
        float[] x = new float[data.table().rowLength()];
        int agree = 0;
        for (Split s : splits)
            for (Example e : data.plan().of(s)) {
                int row = data.table().rowOf(e.source());
                if (row < 0) continue;
                data.table().copyRow(row, x, 0);
                int pi = int8.predict(x);
                i8.add(e.label(), pi);
                if (floatModel == null) continue;
                int pf = argmax(last(forward.run(floatModel, x)));
                f.add(e.label(), pf);
                if (pf == pi) agree++;
            }
        return new Result(f, i8, agree);
    }

    private static float[] last(List<float[]> outs) {
        return outs.get(outs.size() - 1);
    }

    static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
