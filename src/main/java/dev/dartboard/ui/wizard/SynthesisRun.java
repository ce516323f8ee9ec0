package dev.dartboard.ui.wizard;

import dev.dartboard.audio.tts.DatasetSynthesizer;
import dev.dartboard.audio.tts.SynthSpec;
import dev.dartboard.task.ErrorText;
import dev.dartboard.task.TaskCancelledException;
import dev.dartboard.task.TaskContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The worker side of "Generate": speaks the spec ({@link DatasetSynth}) with progress (clips written / clips
 * planned), copies the user's takes in, and reports one line; a cancelled or failed run removes the folder it
 * created. {@link #run} is called on the task's worker thread; {@code progress} and {@code message} are called
 * on {@code callbacks} (the FX thread).
 */
final class SynthesisRun {
    private final DatasetSynth synth;
    private final TakeFiles takes;
    private final Executor callbacks;
    private final DoubleConsumer progress;
    private final Consumer<String> message;

    SynthesisRun(DatasetSynth synth, TakeFiles takes, Executor callbacks, DoubleConsumer progress, Consumer<String> message) {
        this.synth = synth;
        this.takes = takes;
        this.callbacks = callbacks;
        this.progress = progress;
        this.message = message;
    }

    Path run(SynthSpec spec, Path takesDir, TaskContext ctx) throws Exception {
        int total = spec.words().size() * spec.perWord() + spec.unknown().size() * spec.perUnknown();
        try {
            DatasetSynthesizer.Report r = synth.synthesize(spec, n -> {
                if (ctx.isCancelled()) throw new IllegalStateException("generation cancelled");
                ctx.updateProgress(n / (double) total);
                callbacks.execute(() -> progress.accept(n / (double) total));
            });
            int mine = takes.copyAll(takesDir, spec.out().resolve(SynthSpec.folderOf(spec.words().get(0))));
            tell(String.format("Wrote %d clips to %s: %d voices of '%s' + %d of your takes, %d negatives (%s).",
                    total + mine, spec.out(), spec.perWord(), spec.words().get(0), mine, spec.unknown().size() * spec.perUnknown(),
                    String.join(", ", spec.unknown())));
            return r.out();
        } catch (IOException | RuntimeException e) {
            WizardFiles.deleteTree(spec.out());
            if (ctx.isCancelled()) {
                tell("Cancelled; " + spec.out() + " was removed.");
                throw new TaskCancelledException();
            }
            tell(ErrorText.of(e));
            throw e;
        }
    }

    /** {@code parent/name}, or name-2, name-3… if that exists. */
    static Path free(Path parent, String name) {
        Path p = parent.resolve(name);
        for (int i = 2; Files.exists(p); i++) p = parent.resolve(name + "-" + i);
        return p;
    }

    private void tell(String text) { callbacks.execute(() -> message.accept(text)); }
}
