package dev.dartboard.ui.common;

import java.nio.file.Path;

/**
 * A folder as the pages show it: relative when it lies under the working folder (e.g. "samples"),
 * "~/…" under the user's home, else absolute. Display only: the project keeps absolute paths. Pure.
 */
public final class FolderText {
    private FolderText() { }

    public static String of(String folder) {
        return folder == null || folder.isBlank() ? "" : of(Path.of(folder), Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
    }

    static String of(Path folder, Path working, Path home) {
        Path f = folder.toAbsolutePath().normalize();
        if (f.startsWith(working) && !f.equals(working)) return working.relativize(f).toString();
        if (f.startsWith(home) && !f.equals(home)) return "~/" + home.relativize(f);
        return f.toString();
    }
}
