package dev.dartboard.ui.shell;

import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.ProjectFile;
import dev.dartboard.ui.project.Workspace;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;

/** The shell: the current page, the theme and the window title. Threading: FX thread only. */
public final class MainViewModel {
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.OVERVIEW);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final StatusModel status;
    private final StringBinding title;

    public MainViewModel(Workspace workspace, StatusModel status) {
        this.status = status;
        this.title = Bindings.createStringBinding(() -> titleOf(workspace.project(), workspace.fileProperty().get()),
                workspace.projectProperty(), workspace.fileProperty());
    }

    public ObjectProperty<Page> pageProperty() { return page; }

    public BooleanProperty darkProperty() { return dark; }

    public StatusModel status() { return status; }

    /** "Dartboard — name (file)"; the View binds the stage title to it. */
    public StringBinding titleBinding() { return title; }

    /** Selects the page of shortcut digit {@code d} (1-based); other digits are ignored. */
    public void goTo(int digit) {
        if (digit >= 1 && digit <= Page.values().length) page.set(Page.values()[digit - 1]);
    }

    public void toggleTheme() { dark.set(!dark.get()); }

    private static String titleOf(ProjectFile p, Path file) {
        String where = file == null ? "not saved" : file.getFileName().toString();
        return "Dartboard — " + (p.name().isBlank() ? "Untitled" : p.name()) + " (" + where + ")";
    }
}
