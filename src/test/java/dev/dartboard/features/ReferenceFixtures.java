package dev.dartboard.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The torchaudio fixtures under {@code src/test/resources/features/} written by
 * {@code tools/reference/frontend_reference.py}: clips and expected features as raw
 * little-endian float32, listed in {@code index.json}.
 */
final class ReferenceFixtures {
    private static final String DIR = "/features/";

    /** One clip under one config with torchaudio's features (frames × features, row-major). */
    record Case(String id, DataConfig config, String clip, int frames, int features, float[] expected) {
        @Override public String toString() { return id + " / " + clip; }
    }

    private ReferenceFixtures() { }

    static List<Case> cases() {
        JsonNode index = index();
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : index.get("cases")) {
            JsonNode shape = c.get("shape");
            cases.add(new Case(c.get("id").asText(), config(c.get("config")), c.get("clip").asText(),
                    shape.get(0).asInt(), shape.get(1).asInt(), floats(c.get("file").asText())));
        }
        return cases;
    }

    /** The samples of a named clip (e.g. {@code chirp-16k}). */
    static float[] clip(String name) {
        for (JsonNode c : index().get("clips"))
            if (c.get("name").asText().equals(name)) return floats(c.get("file").asText());
        throw new IllegalArgumentException("no clip " + name);
    }

    private static DataConfig config(JsonNode c) {
        return new DataConfig(c.get("sampleRate").asInt(), FeatureType.parse(c.get("type").asText()),
                c.get("windowMs").asDouble(), c.get("hopMs").asDouble(), c.get("melBins").asInt(),
                c.get("coeffs").asInt(), c.get("clipMs").asDouble());
    }

    private static JsonNode index() {
        try (InputStream in = open("index.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float[] floats(String file) {
        try (InputStream in = open(file)) {
            ByteBuffer b = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            float[] f = new float[b.remaining() / 4];
            b.asFloatBuffer().get(f);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = ReferenceFixtures.class.getResourceAsStream(DIR + file);
        if (in == null) throw new IOException("missing test resource " + DIR + file);
        return in;
    }
}
