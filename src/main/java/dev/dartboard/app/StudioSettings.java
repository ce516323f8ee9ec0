package dev.dartboard.app;

import dev.dartboard.ui.project.RecentProjects;

import java.nio.file.Path;

/**
 * Where the studio keeps its state, overridable for tests and screenshots.
 *
 * @param recentFile the recent-projects list (JSON)
 */
public record StudioSettings(Path recentFile) {
    public static StudioSettings defaults() {
        return new StudioSettings(RecentProjects.defaultFile());
    }
}
