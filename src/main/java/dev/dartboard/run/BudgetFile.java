package dev.dartboard.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.io.AtomicFiles;
import dev.dartboard.io.JsonFiles;
import dev.dartboard.model.Budget;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * {@code RUN/budget.json}: the budget a pipeline's search worked under, for the model card — {@code sramBytes},
 * {@code flashBytes}, {@code latencyMs} (the {@link Budget} record as Jackson writes it, as in {@code search.json}).
 * Written atomically; read with errors naming the file. Stateless apart from the mapper.
 */
public final class BudgetFile {
    private final ObjectMapper mapper;

    public BudgetFile(ObjectMapper mapper) { this.mapper = mapper; }

    public void write(RunFolder run, Budget budget) throws IOException {
        AtomicFiles.write(run.budget(), mapper.writeValueAsBytes(budget));
    }

    /** The run's budget; empty when the run has no budget.json (a run not made by the pipeline). */
    public Optional<Budget> read(RunFolder run) throws IOException {
        if (!Files.isRegularFile(run.budget())) return Optional.empty();
        return Optional.of(JsonFiles.read(mapper, run.budget(), Budget.class, "budget"));
    }
}
