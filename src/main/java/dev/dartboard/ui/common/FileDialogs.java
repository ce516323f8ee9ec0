package dev.dartboard.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The file choosers the Views need, behind an interface so that headless tests answer them.
 * Threading: FX thread; the studio's implementation blocks in a modal dialog.
 */
public interface FileDialogs {
    Optional<Path> openProject();

    Optional<Path> saveProject();

    Optional<Path> chooseFolder(String title);

    /** An existing file whose name ends with {@code extension} (e.g. ".json"). */
    Optional<Path> openFile(String title, String extension);
}
