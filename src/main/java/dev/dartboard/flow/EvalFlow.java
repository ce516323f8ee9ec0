package dev.dartboard.flow;

import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.PreparedData;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.Split;
import dev.dartboard.quant.QuantEvaluation;
import dev.dartboard.run.RunLock;
import dev.dartboard.train.Confusion;
import dev.dartboard.train.Detection;
import dev.dartboard.train.Evaluator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A run's float or int8 model on a data set's splits ({@code dartboard eval}, the pipeline's last stage): the
 * confusion over the sampled label set and keyword detection over every other-word clip of the splits (the same
 * model on a preparation whose unknown share takes them all, no silence). The int8 model is quantized first when
 * the run has none ({@link QuantizeFlow#int8}), under the run's lock. Blocking.
 */
public final class EvalFlow {
    private final QuantizeFlow quantize;
    private final DataPreparer allOtherWords;

    /** @param data the data step whose {@link DataStep#allOtherWords()} gives the detection's preparation */
    public EvalFlow(QuantizeFlow quantize, DataStep data) {
        this.quantize = quantize;
        this.allOtherWords = data.allOtherWords();
    }

    /** The accuracy's confusion and the detection. */
    public record Result(Confusion confusion, Detection detection) { }

    public Result evaluate(Path run, Path data, List<Split> splits, boolean int8, Consumer<String> notices) throws IOException {
        try (RunLock lock = int8 ? RunLock.ifExists(run, "Dartboard eval --int8") : null) {   // --int8 may quantize the run
            FloatModel model = quantize.trainedModel(run);
            PreparedData prepared = quantize.data(run, data, model);
            Confusion c = confusion(run, model, prepared, splits, int8, notices);
            PreparedData all = quantize.data(allOtherWords, run, data, model);
            return new Result(c, Detection.of(confusion(run, model, all, splits, int8, notices)));
        }
    }

    private Confusion confusion(Path run, FloatModel model, PreparedData prepared, List<Split> splits, boolean int8,
                                Consumer<String> notices) throws IOException {
        return int8 ? new QuantEvaluation().of(null, quantize.int8(run, model, prepared, notices), prepared, splits).int8Confusion()
                : new Evaluator(prepared).of(model, splits);
    }
}
