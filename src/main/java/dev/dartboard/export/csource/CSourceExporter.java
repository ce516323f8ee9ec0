package dev.dartboard.export.csource;

import dev.dartboard.nas.cost.ArenaPlan;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantOp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the interpreter-free C99 library of a {@link QuantModel} into a directory:
 * generated {@code model_settings.h/.c}, {@code model_weights.h/.c}, {@code model.h/.c},
 * {@code kws_frontend_tables.c}, plus the fixed sources {@code kws.h/.c} (API),
 * {@code kws_frontend.h/.c}, {@code kws_fe_core.h} (the per-hop arithmetic, shared with the firmware), {@code kws_frontend_tables.h}, {@code kws_kernels.h/.c} and the streaming
 * front end {@code kws_stream.h/.c} (caller-owned state: a window + hop PCM buffer and the feature matrix).
 * Needs only {@code <stdint.h>, <string.h>, <math.h>} (link with -lm). Stateless.
 */
public final class CSourceExporter {
    /** The fixed sources, copied from this package's resources. */
    public static final List<String> STATIC_FILES = List.of("kws.h", "kws.c", "kws_frontend.h", "kws_frontend.c",
            "kws_fe_core.h", "kws_frontend_tables.h", "kws_kernels.h", "kws_kernels.c", "kws_stream.h", "kws_stream.c");

    /** What was written. */
    public record Result(List<Path> files, ArenaPlan arena) {
        /** The .c files, for a compiler command line. */
        public List<Path> sources() {
            return files.stream().filter(p -> p.toString().endsWith(".c")).toList();
        }
    }

    public Result export(QuantModel m, Path dir) throws IOException {
        Files.createDirectories(dir);
        ArenaPlan plan = arenaOf(m);
        List<Path> files = new ArrayList<>();
        files.add(write(dir, "model_settings.h", SettingsWriter.header(m)));
        files.add(write(dir, "model_settings.c", SettingsWriter.source(m)));
        files.add(write(dir, "model_weights.h", WeightsWriter.header(m)));
        files.add(write(dir, "model_weights.c", WeightsWriter.source(m)));
        files.add(write(dir, "model.h", ModelWriter.header(m, plan)));
        files.add(write(dir, "model.c", ModelWriter.source(m, plan)));
        files.add(write(dir, "kws_frontend_tables.c", FrontendTablesWriter.source(m.dataConfig())));
        for (String f : STATIC_FILES) files.add(write(dir, f, resource(f)));
        return new Result(List.copyOf(files), plan);
    }

    /** The arena plan shared with the search's cost model: what the C arena is, the estimate counts. */
    static ArenaPlan arenaOf(QuantModel m) {
        int[] sizes = m.ops().stream().mapToInt(QuantOp::outSize).toArray();
        int[][] inputs = m.ops().stream().map(QuantOp::inputs).toArray(int[][]::new);
        return ArenaPlan.of(sizes, inputs);
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static String resource(String name) {
        try (InputStream in = CSourceExporter.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
