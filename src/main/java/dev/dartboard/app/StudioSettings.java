package dev.dartboard.app;

import dev.dartboard.audio.AudioSource;
import dev.dartboard.audio.LevelMeter;
import dev.dartboard.audio.MicrophoneSource;
import dev.dartboard.ui.data.ClipPlayer;
import dev.dartboard.ui.record.RecordPlan;
import java.util.function.Function;
import dev.dartboard.ui.data.SoundClipPlayer;
import dev.dartboard.ui.project.RecentProjects;

import java.nio.file.Path;

/**
 * Where the studio keeps its state, overridable for tests and screenshots.
 *
 * @param recentFile the recent-projects list (JSON)
 * @param player     plays clips (javax.sound in the studio; a fake in tests)
 * @param sources    makes the capture source for each take from a meter (the microphone; fakes in tests)
 * @param plan       count-in and take lengths
 */
public record StudioSettings(Path recentFile, ClipPlayer player, Function<LevelMeter, AudioSource> sources, RecordPlan plan) {
    /** Blocks of 100 ms from the microphone: 10 level updates per second. */
    public static StudioSettings defaults() {
        return new StudioSettings(RecentProjects.defaultFile(), new SoundClipPlayer(),
                meter -> new MicrophoneSource(1600, meter), RecordPlan.standard());
    }
}
