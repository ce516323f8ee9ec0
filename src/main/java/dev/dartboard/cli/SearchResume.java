package dev.dartboard.cli;

import dev.dartboard.nas.search.SearchRequest;
import picocli.CommandLine.ParseResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code search --resume}: the request saved in RUN/search.json wins; options given again on the command
 * line must agree with it (else one line naming each conflict), except {@code --samples}, which only
 * changes the Pareto explorer and may differ. Stateless.
 */
final class SearchResume {
    /** What each search-defining option sets, as a comparable value of the request. */
    private static final Map<String, Function<SearchRequest, Object>> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("--data", r -> r.data().toAbsolutePath().normalize());
        PARTS.put("--board", SearchRequest::board);
        PARTS.put("--sram", r -> r.budget().sramBytes());
        PARTS.put("--flash", r -> r.budget().flashBytes());
        PARTS.put("--latency", r -> r.budget().latencyMs());
        PARTS.put("--space", SearchRequest::space);
        PARTS.put("--configs", SearchRequest::space);
        PARTS.put("--words", SearchRequest::words);
        PARTS.put("--epochs", r -> r.config().epochs());
        PARTS.put("--warmup", r -> r.config().warmupEpochs());
        PARTS.put("--batch", r -> r.config().batch());
        PARTS.put("--seed", r -> r.config().seed());
        PARTS.put("--threads", r -> r.config().threads());
        PARTS.put("--pc", r -> r.config().partialChannels());
        PARTS.put("--superkernel", r -> r.config().superkernel());
        PARTS.put("--lambda", r -> r.config().lambdas());
        PARTS.put("--arch-lr", r -> r.config().archLr());
        PARTS.put("--free-op-penalty", r -> r.config().freeOpPenalty());
    }

    private SearchResume() {}

    /**
     * The saved request, resuming, with {@code --samples} from the command line if given.
     * @param given the request the command line alone describes (defaults for what it does not name)
     * @throws IllegalArgumentException naming every option that disagrees with {@code saved}
     */
    static SearchRequest merge(SearchRequest saved, SearchRequest given, ParseResult parsed, String file) {
        List<String> conflicts = new ArrayList<>();
        PARTS.forEach((option, part) -> {
            if (parsed.hasMatchedOption(option) && !Objects.equals(part.apply(saved), part.apply(given)))
                conflicts.add(option + " (saved: " + describe(part.apply(saved)) + ")");
        });
        if (!conflicts.isEmpty())
            throw new IllegalArgumentException(file + " was saved with other options: " + String.join(", ", conflicts)
                    + "; drop them to resume the saved search, or start a new run in another folder");
        int samples = parsed.hasMatchedOption("--samples") ? given.samples() : saved.samples();
        return new SearchRequest(saved.data(), given.run(), saved.space(), saved.board(), saved.budget(), saved.config(),
                saved.words(), true, samples);
    }

    private static String describe(Object v) {
        if (v instanceof dev.dartboard.model.BoardProfile b) return b.id();
        if (v instanceof dev.dartboard.model.SearchSpace s) return s.dataConfigs().size() + " data configs, " + s.layers() + " layers";
        return String.valueOf(v);
    }
}
