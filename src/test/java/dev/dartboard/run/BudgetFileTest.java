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

/**
 * budget.json: written in the one budget spelling (as genotype.json and pareto.json spell it), read back equal; the
 * spelling from before (sramBytes, flashBytes) still reads; absent is empty, damaged names the file.
 */
class BudgetFileTest {
    @TempDir Path dir;
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void roundTripsInTheOneBudgetSpelling() throws IOException {
        RunFolder run = RunFolder.of(dir);
        BudgetFile file = new BudgetFile(mapper);
        assertEquals(Optional.empty(), file.read(run));
        Budget b = new Budget(64 * 1024, 256 * 1024, 200.5);
        file.write(run, b);
        assertEquals(Optional.of(b), file.read(run));
        assertEquals("{\"sram\":65536,\"flash\":262144,\"latencyMs\":200.5}", Files.readString(run.budget()));
        assertEquals(mapper.writeValueAsString(GenotypeJson.budget(b)), Files.readString(run.budget()), "as genotype.json spells it");
    }

    @Test
    void aBudgetJsonWrittenBeforeStillReads() throws IOException {
        Files.writeString(dir.resolve(RunFolder.BUDGET), "{\"sramBytes\":65536,\"flashBytes\":262144,\"latencyMs\":200.5}");
        assertEquals(Optional.of(new Budget(64 * 1024, 256 * 1024, 200.5)), new BudgetFile(mapper).read(RunFolder.of(dir)));
    }

    @Test
    void aDamagedFileIsAnErrorNamingIt() throws IOException {
        Files.writeString(dir.resolve(RunFolder.BUDGET), "{\"sramBytes\":");
        IOException e = assertThrows(IOException.class, () -> new BudgetFile(mapper).read(RunFolder.of(dir)));
        assertTrue(e.getMessage().contains(RunFolder.BUDGET), e.getMessage());
    }
}
