package dev.dartboard.ui.fx;

import dev.dartboard.ui.common.FileDialogs;
import dev.dartboard.ui.project.ProjectStore;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link FileDialogs} with JavaFX's native choosers, owned by the main window. FX thread only. */
public final class FxFileDialogs implements FileDialogs {
    private final Supplier<Window> owner;

    public FxFileDialogs(Supplier<Window> owner) { this.owner = owner; }

    @Override
    public Optional<Path> openProject() {
        return Optional.ofNullable(chooser("Open project").showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> saveProject() {
        FileChooser c = chooser("Save project");
        c.setInitialFileName("project" + ProjectStore.EXTENSION);
        return Optional.ofNullable(c.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        return Optional.ofNullable(c.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> openFile(String title, String extension) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension + " files", "*" + extension));
        return Optional.ofNullable(c.showOpenDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Dartboard projects", "*" + ProjectStore.EXTENSION));
        return c;
    }
}
