package dev.dartboard.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.io.JsonFiles;
import dev.dartboard.model.LabelSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the target words of a data set, first match wins: the words given explicitly; the
 * {@code targets} of a {@code dartboard.json} manifest in the root (which may also set
 * {@code silenceShare} / {@code unknownShare}); the GSC ten when all ten folders exist; else every
 * word folder. The default unknown share is resized for detectors of a few names
 * ({@link LabelSet#unknownShareFor}); a manifest's share is used as written. Stateless apart from its default
 * shares; thread-safe.
 */
public final class LabelSetResolver {
    public static final String MANIFEST = "dartboard.json";
    private final ObjectMapper mapper;
    private final double silenceShare;
    private final double unknownShare;

    public LabelSetResolver(ObjectMapper mapper, double silenceShare, double unknownShare) {
        this.mapper = mapper;
        this.silenceShare = silenceShare;
        this.unknownShare = unknownShare;
    }

    /** The label set of {@code dataset}; {@code explicit} may be empty. A data set without clips and unknown targets are errors naming the folder. */
    public LabelSet resolve(Dataset dataset, List<String> explicit) throws IOException {
        Path manifest = dataset.root().resolve(MANIFEST);
        if (dataset.clips().isEmpty())
            throw new IOException(dataset.root() + ": no clips found: expected one folder per word holding .wav files"
                    + " (e.g. yes/a.wav, no/b.wav)" + (dataset.warnings().isEmpty() ? "" : "; " + dataset.warnings().size()
                    + " entries were skipped, see dartboard dataset check"));
        LabelSet set;
        if (!explicit.isEmpty()) set = sized(explicit);
        else if (Files.isRegularFile(manifest)) set = fromManifest(manifest);
        else if (dataset.words().containsAll(LabelSet.GSC_TEN)) set = sized(LabelSet.GSC_TEN);
        else set = sized(dataset.words());
        requirePresent(dataset, set);
        return set;
    }

    private LabelSet sized(List<String> targets) {
        return new LabelSet(targets, silenceShare, LabelSet.unknownShareFor(targets.size(), unknownShare));
    }

    private LabelSet fromManifest(Path manifest) throws IOException {
        JsonNode root = JsonFiles.readTree(mapper, manifest, "data set manifest");
        JsonNode targets = root == null ? null : root.get("targets");
        if (targets == null || !targets.isArray() || targets.isEmpty())
            throw new IOException(manifest + ": \"targets\" must be a non-empty array of words");
        List<String> words = new ArrayList<>();
        for (JsonNode t : targets) words.add(t.asText());
        JsonNode u = root.get("unknownShare");
        return new LabelSet(words, root.path("silenceShare").asDouble(silenceShare),
                u != null && u.isNumber() ? u.asDouble() : LabelSet.unknownShareFor(words.size(), unknownShare));
    }

    private static void requirePresent(Dataset dataset, LabelSet set) {
        List<String> missing = new ArrayList<>(set.targets());
        missing.removeAll(dataset.words());
        if (!missing.isEmpty())
            throw new IllegalArgumentException("target words without clips in " + dataset.root() + ": " + missing);
    }
}
