package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.nas.pareto.ParetoFront;
import dev.dartboard.nas.pareto.ParetoJson;
import dev.dartboard.nas.pareto.ParetoPick;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code dartboard pareto --run RUN [--pick ID | --rank N --data DIR]}: prints the search's Pareto front
 * (RUN/pareto.json) as JSON; with {@code --pick} first makes that point the run's model (RUN/genotype.json,
 * atomically); with {@code --rank} first judges candidates by short trainings as {@code search --rank} does.
 * A point over budget is refused with exit 1 and one line naming the front.
 */
@Command(name = "pareto", mixinStandardHelpOptions = true,
        description = "Show a search's Pareto front; --pick makes a point the run's genotype.json.")
public final class ParetoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--run", required = true, paramLabel = "RUN", description = "Search run folder (holds pareto.json).") Path run;
    @Option(names = "--pick", paramLabel = "ID", description = "Point id to write into RUN/genotype.json.") Integer pick;
    @Option(names = "--rank", paramLabel = "N", description = "As search --rank (needs --data).") Integer rank;
    @Option(names = "--rank-epochs", defaultValue = "" + dev.dartboard.flow.FlowDefaults.RANK_EPOCHS, description = "As search --rank-epochs (default ${DEFAULT-VALUE}).") int rankEpochs;
    @Option(names = "--rank-clips", defaultValue = "" + dev.dartboard.flow.FlowDefaults.RANK_CLIPS, paramLabel = "N", description = "As search --rank-clips (default ${DEFAULT-VALUE}).") int rankClips;
    @Option(names = "--data", paramLabel = "DIR", description = "Data set folder, for --rank.") Path data;
    @Option(names = "--words", split = ",", description = "Target words, for --rank (default: the data set's).") List<String> words = List.of();
    @Option(names = "--cache", paramLabel = "DIR", description = "Feature cache folder, for --rank.") Path cache;
    @Option(names = "--seed", defaultValue = "" + dev.dartboard.flow.FlowDefaults.SEED, description = "Seed of the ranking runs (default ${DEFAULT-VALUE}).") long seed;

    @Override
    public Integer call() throws Exception {
        if (pick == null && rank == null) return print(new ObjectMapper());
        PrintWriter err = spec.commandLine().getErr();   // --pick and --rank rewrite genotype.json (and ranking.json)
        return RunClaims.existing(run, "dartboard pareto", err, this::pickAndRank);
    }

    private Integer pickAndRank() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        if (pick != null) {
            try {
                new ParetoPick(mapper).pick(run, pick);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        if (rank != null) {
            if (data == null || rank < 1 || rankEpochs < 1 || rankClips < 0) {
                spec.commandLine().getErr().println("error: --rank takes N ≥ 1, --rank-epochs ≥ 1, --rank-clips ≥ 0 and --data DIR");
                return ExitCodes.USAGE;
            }
            dev.dartboard.flow.Flows.of(cache).search(System.err).rank(run, data, words, new dev.dartboard.flow.Ranking(rank, rankEpochs, rankClips), seed);
        }
        return print(mapper);
    }

    private Integer print(ObjectMapper mapper) throws java.io.IOException {
        ParetoFront f = new ParetoJson(mapper).read(run.resolve(ParetoJson.FILE));
        Json.print(spec.commandLine().getOut(), ParetoJson.tree(f));
        return ExitCodes.OK;
    }
}
