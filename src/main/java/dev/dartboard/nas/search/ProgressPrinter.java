package dev.dartboard.nas.search;


import java.io.PrintStream;

/** One stderr line per search step: epoch, losses, accuracy, expected costs, γ state. Search thread only. */
public final class ProgressPrinter implements SearchListener {
    private final PrintStream err;
    private final int epochs;

    public ProgressPrinter(PrintStream err, int epochs) {
        this.err = err;
        this.epochs = epochs;
    }

    @Override
    public void onStep(SearchEvent e) {
        err.printf("step %d epoch %d/%d %s train %.3f%s  E[sram] %.0f B  E[flash] %.0f B  E[lat] %.1f ms%s  penalty %.4f%s%n",
                e.step(), e.epoch() + 1, epochs, e.phase(), e.trainLoss(),
                e.valLoss() == null ? "" : String.format(" val %.3f acc %.2f", e.valLoss(), e.valAccuracy()),
                e.expectedSramBytes(), e.expectedFlashBytes(), e.expectedLatencyMs(),
                e.argmaxSramBytes() == null ? "" : String.format("  argmax %.0f B / %.0f B / %.1f ms", e.argmaxSramBytes(),
                        e.argmaxFlashBytes(), e.argmaxLatencyMs()), e.penalty(),
                e.gammaFrozen() ? "  γ frozen on " + e.frozenConfig() : "");
    }
}
