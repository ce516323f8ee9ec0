package dev.dartboard.ui.space;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.DataSpace;
import dev.dartboard.model.SearchSpace;
import dev.dartboard.nas.DataSpaces;
import dev.dartboard.nas.SpacePresets;
import dev.dartboard.ui.project.SpaceSettings;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The project's bounds as the search space a search of the studio runs on: the corner values of each range,
 * thinned to the Search page's front-end count ({@link DataSpaces#select}); widths below the supernet's channel
 * count plus that count. The one conversion both Start and the feasibility check use. Stateless.
 */
public final class SearchSpaces {
    private SearchSpaces() { }

    /** @throws IllegalArgumentException when no front end inside the bounds is valid */
    public static SearchSpace of(SpaceSettings b, int frontEnds) {
        DataSpace ds = new DataSpace(b.sampleRates(), b.featureTypes(), range(b.windowMinMs(), b.windowMaxMs()),
                range(b.hopMinMs(), b.hopMaxMs()), List.of(b.melBinsMin(), b.melBinsMax()).stream().distinct().toList(),
                List.of(b.coeffs()), range(b.clipMaxMs(), b.clipMaxMs()));
        List<DataConfig> chosen = DataSpaces.select(ds, frontEnds);
        if (chosen.isEmpty()) throw new IllegalArgumentException("no valid front end inside the space's bounds");
        List<Integer> widths = Stream.concat(b.widths().stream().filter(w -> w < SpacePresets.CHANNELS),
                Stream.of(SpacePresets.CHANNELS)).toList();
        return new SearchSpace(chosen, SpacePresets.CHANNELS, b.layers(), widths, Set.of(), b.primitives());
    }

    private static List<Double> range(double min, double max) { return min == max ? List.of(min) : List.of(min, max); }
}
