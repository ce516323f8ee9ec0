package dev.dartboard.app;

import dev.dartboard.ui.data.ClipPlayer;
import dev.dartboard.ui.data.SoundClipPlayer;
import dev.dartboard.ui.project.RecentProjects;

import java.nio.file.Path;

/**
 * Where the studio keeps its state, overridable for tests and screenshots.
 *
 * @param recentFile the recent-projects list (JSON)
 * @param player     plays clips (javax.sound in the studio; a fake in tests)
 */
public record StudioSettings(Path recentFile, ClipPlayer player) {
    public static StudioSettings defaults() {
        return new StudioSettings(RecentProjects.defaultFile(), new SoundClipPlayer());
    }
}
