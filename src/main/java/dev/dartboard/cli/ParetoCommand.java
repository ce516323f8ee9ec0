package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPick;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code dartboard pareto --run RUN [--pick ID]}: prints the search's Pareto front (RUN/pareto.json) as
 * JSON; with {@code --pick} first makes that point the run's model (RUN/genotype.json, atomically).
 * A point over budget is refused with exit 1 and one line naming the front.
 */
@Command(name = "pareto", mixinStandardHelpOptions = true,
        description = "Show a search's Pareto front; --pick makes a point the run's genotype.json.")
public final class ParetoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--run", required = true, paramLabel = "RUN", description = "Search run folder (holds pareto.json).") Path run;
    @Option(names = "--pick", paramLabel = "ID", description = "Point id to write into RUN/genotype.json.") Integer pick;

    @Override
    public Integer call() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        if (pick != null) {
            try {
                new ParetoPick(mapper).pick(run, pick);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        ParetoFront f = new ParetoJson(mapper).read(run.resolve(ParetoJson.FILE));
        Json.print(spec.commandLine().getOut(), ParetoJson.tree(f));
        return ExitCodes.OK;
    }
}
