package dev.dartboard.ui.project;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The open project, shared by the pages: the Project page edits it, the Data page reads and sets
 * its data folder and front end, the Record page saves into its data folder.
 * Threading: FX thread only (plain properties; tests use the calling thread).
 */
public final class Workspace {
    private final ObjectProperty<ProjectFile> project = new SimpleObjectProperty<>(ProjectFile.untitled());
    /** Where the project was last opened or saved; null until then. */
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();

    public ObjectProperty<ProjectFile> projectProperty() { return project; }

    public ProjectFile project() { return project.get(); }

    public ObjectProperty<Path> fileProperty() { return file; }

    /** Replaces the project with {@code change} applied (no event when it comes back equal). */
    public void update(UnaryOperator<ProjectFile> change) {
        ProjectFile next = change.apply(project.get());
        if (!next.equals(project.get())) project.set(next);
    }
}
