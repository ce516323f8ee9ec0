package dev.dartboard.ui.shell;

import dev.dartboard.ui.common.Banner;
import dev.dartboard.ui.common.FileDialogs;
import dev.dartboard.ui.project.ProjectViewModel;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.StatusBar;

import java.util.Map;

/**
 * The main window's content: page list on the left, the page in the centre, an error banner on
 * top, a StatusBar below. Builds and binds only. FX thread only.
 */
public final class MainView {
    private final MainViewModel vm;
    private final Map<Page, Node> pages;
    private final StackPane centre = new StackPane();

    /** @param pages the built View of every landed page; the others get the pending panel */
    public MainView(MainViewModel vm, Map<Page, Node> pages) {
        this.vm = vm;
        this.pages = pages;
    }

    public Scene scene(ProjectViewModel project, FileDialogs dialogs) {
        return scene(project, dialogs, WindowSize.WIDTH, WindowSize.HEIGHT);
    }

    /** The scene at {@code width} × {@code height} (see {@link WindowSize#fit}). */
    public Scene scene(ProjectViewModel project, FileDialogs dialogs, double width, double height) {
        Scene scene = new Scene(build(), width, height);
        Themes.apply(scene, vm.darkProperty().get());
        vm.darkProperty().addListener((o, a, dark) -> Themes.apply(scene, dark));
        Shortcuts.install(scene, vm, project, dialogs);
        return scene;
    }

    private Parent build() {
        BorderPane root = new BorderPane();
        root.setId("main");
        root.setLeft(navigation());
        root.setCenter(centre);
        root.setTop(errorBanner());
        root.setBottom(statusBar());
        show(vm.pageProperty().get());
        vm.pageProperty().addListener((o, a, p) -> show(p));
        return root;
    }

    private ListView<Page> navigation() {
        ListView<Page> list = new ListView<>();
        list.setId("navigation");
        list.getItems().setAll(Page.values());
        list.setCellFactory(l -> new PageCell());
        list.setPrefWidth(170);
        list.setMinWidth(150);
        list.getSelectionModel().select(vm.pageProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> { if (p != null) vm.pageProperty().set(p); });
        vm.pageProperty().addListener((o, a, p) -> list.getSelectionModel().select(p));
        return list;
    }

    private void show(Page page) {
        Node node = pages.containsKey(page) ? pages.get(page) : PendingPageView.build(page);
        centre.getChildren().setAll(scrollable(node));
    }

    /**
     * A page fills the window and grows with it; below its minimum size (a small screen) it scrolls instead of
     * being cut. Pages that scroll themselves are shown as they are.
     */
    private final Map<Node, Node> wrapped = new java.util.HashMap<>();

    private Node scrollable(Node page) {
        if (page instanceof javafx.scene.control.ScrollPane) return page;
        return wrapped.computeIfAbsent(page, p -> {
            javafx.scene.control.ScrollPane s = new javafx.scene.control.ScrollPane(p);
            s.setFitToWidth(true);
            s.setFitToHeight(true);
            s.getStyleClass().add("page-scroll");
            return s;
        });
    }

    private Node errorBanner() {
        return Banner.of("error-banner", vm.status().errorProperty(), Banner.Kind.ERROR, vm.status()::dismissError);
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(vm.status().messageProperty());
        bar.progressProperty().bind(vm.status().progressProperty());
        ToggleButton dark = new ToggleButton("Dark theme");
        dark.setId("theme-toggle");
        dark.selectedProperty().bindBidirectional(vm.darkProperty());
        bar.getRightItems().add(dark);
        return bar;
    }

    /** Shows a page with its shortcut. */
    private static final class PageCell extends javafx.scene.control.ListCell<Page> {
        @Override
        protected void updateItem(Page page, boolean empty) {
            super.updateItem(page, empty);
            setText(empty || page == null ? null : page.title());
            setId(empty || page == null ? null : "nav-" + page.name().toLowerCase());
            getStyleClass().remove("pending");
            if (!empty && page != null && !page.landed()) getStyleClass().add("pending");
            setTooltip(empty || page == null ? null : new javafx.scene.control.Tooltip("Ctrl+" + page.shortcutDigit()));
        }
    }

    /** Ctrl+1..9, Ctrl+S, Ctrl+Shift+S, Ctrl+O, Ctrl+N. */
    private static final class Shortcuts {
        static void install(Scene scene, MainViewModel vm, ProjectViewModel project, FileDialogs dialogs) {
            var acc = scene.getAccelerators();
            for (Page p : Page.values())
                acc.put(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(p.shortcutDigit())),
                        KeyCombination.SHORTCUT_DOWN), () -> vm.goTo(p.shortcutDigit()));
            acc.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                    () -> { if (!project.save()) dialogs.saveProject().ifPresent(project::saveAs); });
            acc.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    () -> dialogs.saveProject().ifPresent(project::saveAs));
            acc.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                    () -> dialogs.openProject().ifPresent(project::open));
            acc.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), project::newProject);
        }
    }
}
