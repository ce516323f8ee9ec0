package dev.dartboard.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every failed JSON read is "FILE: what is wrong", in words: never Jackson's or Java's class names. */
class JsonFilesTest {
    @TempDir Path dir;
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A small record with its own validation, as the project's model files have. */
    record Layer(String op, int width) {
        Layer {
            if (width <= 0) throw new IllegalArgumentException("width must be positive: " + width);
        }
    }

    record Net(String name, List<Layer> layers) { }

    private String failure(String content) throws IOException {
        Path f = Files.writeString(dir.resolve("net.json"), content);
        String m = assertThrows(IOException.class, () -> JsonFiles.read(mapper, f, Net.class, "network")).getMessage();
        assertTrue(m.startsWith(f + ": "), m);
        assertFalse(m.contains("`") || m.contains("dev.dartboard") || m.contains("[Source") || m.contains("Exception"), m);
        return m.substring((f + ": ").length());
    }

    @Test
    void readsAValidFile() throws IOException {
        Path f = Files.writeString(dir.resolve("net.json"), "{\"name\": \"n\", \"layers\": [{\"op\": \"conv\", \"width\": 8}]}");
        assertEquals(new Net("n", List.of(new Layer("conv", 8))), JsonFiles.read(mapper, f, Net.class, "network"));
    }

    @Test
    void saysWhatIsWrongWithWhere() throws IOException {
        assertEquals("ends early at line 1, column 35 (was it written completely?)", failure("{\"name\": \"n\", \"layers\": [{\"op\": \"c"));
        String bad = failure("{\"name\": \"n\",\n\n  \"layers\": [}");
        assertTrue(bad.startsWith("not valid JSON at line 3, column 14: Unexpected close marker"), bad);
        assertEquals("not a valid network (field 'layers[0]'): width must be positive: 0",
                failure("{\"name\": \"n\", \"layers\": [{\"op\": \"c\", \"width\": 0}]}"));
        assertTrue(failure("{\"name\": \"n\", \"layers\": [{\"op\": \"c\", \"width\": 1, \"depth\": 2}]}")
                .startsWith("not a valid network: unknown field 'depth' (field 'layers[0].depth')"));
        assertTrue(failure("{\"name\": \"n\", \"layers\": 7}").startsWith("not a valid network (field 'layers'): "));
        assertEquals("empty file (was it written completely?)", failure(""));
    }

    @Test
    void aMissingFileOrAFolderIsNamed() {
        Path missing = dir.resolve("a").resolve("net.json");
        assertEquals(missing + ": not found", assertThrows(IOException.class, () -> JsonFiles.read(mapper, missing, Net.class, "network")).getMessage());
        assertEquals(dir + ": is a folder, expected a file", assertThrows(IOException.class, () -> JsonFiles.readTree(mapper, dir, "network")).getMessage());
    }
}
