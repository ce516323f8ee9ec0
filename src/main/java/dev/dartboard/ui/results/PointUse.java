package dev.dartboard.ui.results;

import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoPick;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.common.StatusModel;

import java.io.IOException;
import java.util.function.Consumer;

/** "Use this point": writes a front point to the run's genotype.json ({@link ParetoPick}) in the background. FX thread. */
final class PointUse {
    private final ParetoPick picker;
    private final TaskExecutor executor;
    private final StatusModel status;

    PointUse(ParetoPick picker, TaskExecutor executor, StatusModel status) {
        this.picker = picker;
        this.executor = executor;
        this.status = status;
    }

    /** Picks point {@code id} of {@code s}; {@code done} gets the front with that point chosen. Errors go to the banner. */
    void use(ResultsSnapshot s, int id, Consumer<ParetoFront> done) {
        executor.run("Use point " + id, ctx -> chosen(s, id), status.track("Use point " + id, done));
    }

    private ParetoFront chosen(ResultsSnapshot s, int id) throws IOException {
        picker.pick(s.run(), id);
        ParetoFront f = s.front();
        return new ParetoFront(f.board(), f.budget(), f.points(), f.front(), id);
    }
}
