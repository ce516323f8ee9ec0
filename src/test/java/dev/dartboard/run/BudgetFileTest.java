package dev.dartboard.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.model.Budget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** budget.json: written as search.json spells a budget, read back equal; absent is empty, damaged names the file. */
class BudgetFileTest {
    @TempDir Path dir;
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void roundTripsInTheSearchJsonSpelling() throws IOException {
        RunFolder run = RunFolder.of(dir);
        BudgetFile file = new BudgetFile(mapper);
        assertEquals(Optional.empty(), file.read(run));
        Budget b = new Budget(64 * 1024, 256 * 1024, 200.5);
        file.write(run, b);
        assertEquals(Optional.of(b), file.read(run));
        assertEquals("{\"sramBytes\":65536,\"flashBytes\":262144,\"latencyMs\":200.5}", Files.readString(run.budget()));
    }

    @Test
    void aDamagedFileIsAnErrorNamingIt() throws IOException {
        Files.writeString(dir.resolve(RunFolder.BUDGET), "{\"sramBytes\":");
        IOException e = assertThrows(IOException.class, () -> new BudgetFile(mapper).read(RunFolder.of(dir)));
        assertTrue(e.getMessage().contains(RunFolder.BUDGET), e.getMessage());
    }
}
