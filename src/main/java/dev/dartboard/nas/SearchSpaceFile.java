package dev.dartboard.nas;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.DataSpace;
import dev.dartboard.model.Primitive;
import dev.dartboard.model.SearchSpace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads a user's search space ({@code --space FILE}): JSON with exactly one of {@code preset}
 * ({@code default}, {@code paper8}), {@code dataConfigs} (a list of DataConfig objects) or
 * {@code dataSpace} (a DataSpace, thinned to N configs); optional {@code stemChannels}, {@code layers},
 * {@code widths}, {@code primitives} (CLI names) override the presets' network part. Unknown fields are
 * errors. Thread-safe.
 */
public final class SearchSpaceFile {
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file's contents. */
    record Content(String preset, List<DataConfig> dataConfigs, DataSpace dataSpace, Integer stemChannels, Integer layers,
                   List<Integer> widths, List<String> primitives) {}

    /** The space of {@code file} with at most {@code configs} data configs. */
    public SearchSpace read(Path file, int configs) throws IOException {
        Content c;
        c = dev.dartboard.io.JsonFiles.read(json, file, Content.class, "search space");
        SearchSpace base = c.preset() != null ? SpacePresets.named(c.preset(), configs)
                : SpacePresets.network(c.dataConfigs() != null ? c.dataConfigs().subList(0, Math.min(configs, c.dataConfigs().size()))
                : DataSpaces.select(require(c.dataSpace(), file), configs));
        int stem = c.stemChannels() == null ? base.stemChannels() : c.stemChannels();
        return new SearchSpace(base.dataConfigs(), stem, c.layers() == null ? base.layers() : c.layers(),
                c.widths() == null ? List.of(stem) : c.widths(), Set.of(),
                c.primitives() == null ? base.primitives() : c.primitives().stream().map(Primitive::parse).toList());
    }

    private static DataSpace require(DataSpace s, Path file) throws IOException {
        if (s == null) throw new IOException(file + ": give one of preset, dataConfigs or dataSpace");
        return s;
    }
}
