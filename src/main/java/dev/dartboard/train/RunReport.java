package dev.dartboard.train;

import dev.dartboard.model.Split;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON maps a run reports: {@code metrics.json} and the train command's summary. Stateless. */
public final class RunReport {
    private RunReport() { }

    /**
     * The kept training's epochs, time and model; the run's config and seed ({@code seed} drew the unknown and silence
     * examples: quantize and eval prepare the data again with it) and, for more than one training, {@code bestOf}: the
     * kept training's index and every training's seed, kept epoch and validation score.
     *
     * @param run       the run's settings
     * @param trained   its trainings
     * @param eval      the kept model on {@code split}
     * @param trainSize training examples per epoch (for clips per second)
     */
    public static Map<String, Object> metrics(TrainConfig run, BestOf.Outcome trained, Confusion eval, Split split, int trainSize) {
        TrainResult r = trained.kept();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("genotype", r.genotype().name());
        m.put("split", split.jsonName());
        m.putAll(eval.toJson());
        m.put("parameters", r.model().parameters());
        m.put("epochs", r.history().size());
        m.put("bestEpoch", r.bestEpoch());
        m.put("bestValAccuracy", r.history().get(r.bestEpoch()).valAccuracy());
        m.put("wallSeconds", trained.wallSeconds());
        double ms = meanMsPerStep(r.history());
        m.put("msPerStep", ms);
        m.put("batch", r.config().batchSize());
        m.put("trainClipsPerSecond", clipsPerSecond(r, trainSize));
        m.put("config", run);
        m.put("seed", run.seed());
        if (run.bestOf() > 1) {
            Map<String, Object> best = new LinkedHashMap<>();
            best.put("kept", trained.index());
            best.put("trainings", trained.trials());
            m.put("bestOf", best);
        }
        m.put("history", r.history());
        return m;
    }

    /** Mean ms per step over all epochs but the first (graph warm-up), or the first when it is the only one. */
    static double meanMsPerStep(List<EpochStats> h) {
        List<EpochStats> warm = h.size() > 1 ? h.subList(1, h.size()) : h;
        double ms = 0;
        int steps = 0;
        for (EpochStats s : warm) { ms += s.msPerStep() * s.steps(); steps += s.steps(); }
        return steps == 0 ? 0 : ms / steps;
    }

    private static double clipsPerSecond(TrainResult r, int trainSize) {
        List<EpochStats> h = r.history();
        List<EpochStats> warm = h.size() > 1 ? h.subList(1, h.size()) : h;
        double seconds = 0;
        for (EpochStats s : warm) seconds += s.msPerStep() * s.steps() / 1000.0;
        return seconds == 0 ? 0 : trainSize * warm.size() / seconds;
    }
}
