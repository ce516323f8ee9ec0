package dev.dartboard.ui.record;

import dev.dartboard.audio.PcmClip;

/** Shares the Record tests' synthetic take with the studio UI tests. */
public final class RecordViewModelTestAccess {
    private RecordViewModelTestAccess() { }

    public static PcmClip spokenWord() { return RecordViewModelTest.spokenWord(); }
}
