package dev.dartboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DataPreparer;

import java.nio.file.Path;

/** Test access to the CLI's production data step (package-private in cli). */
public final class TestAccess {
    private TestAccess() { }

    public static DataPreparer preparer(Path cache) {
        return new dev.dartboard.flow.DataStep(cache, new ObjectMapper()).preparer();
    }
}
