package dev.dartboard.ui.wizard;

import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.record.RecordViewModel;

import java.nio.file.Path;

/**
 * What entering a wizard step prepares: Record points the recorder at {@code <folder>/<keyword>-takes} and
 * counts the takes; Synthesize suggests confusable negatives (once per keyword, so the user's edits stay while
 * the name does) and checks the TTS engine; Augment loads the generated set. FX thread.
 */
final class StepEntry {
    private final Workspace takesSpace;
    private final RecordViewModel recorder;
    private final SynthesisModel synthesis;
    private final AugmentModel augment;
    private final TakeCount takes;
    /** The keyword the negatives were suggested for. */
    private String suggestedFor;

    StepEntry(Workspace takesSpace, RecordViewModel recorder, SynthesisModel synthesis, AugmentModel augment, TakeCount takes) {
        this.takesSpace = takesSpace;
        this.recorder = recorder;
        this.synthesis = synthesis;
        this.augment = augment;
        this.takes = takes;
    }

    /** @param takesFolder {@code <folder>/<keyword>-takes} */
    void enter(WizardStep s, String keyword, Path takesFolder) {
        switch (s) {
            case RECORD -> {
                takesSpace.update(p -> p.withDataFolder(takesFolder.toString()));
                recorder.wordProperty().set(keyword);
                takes.count(takesFolder.resolve(keyword));
            }
            case SYNTHESIZE -> {
                if (!keyword.equals(suggestedFor)) synthesis.suggest(keyword);
                suggestedFor = keyword;
                synthesis.checkTts();
            }
            case AUGMENT -> augment.load(synthesis.datasetProperty().get(), keyword);
            default -> { }
        }
    }
}
