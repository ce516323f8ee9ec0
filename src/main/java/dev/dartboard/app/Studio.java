package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.LevelMeter;
import dev.dartboard.audio.SilenceTrimmer;
import dev.dartboard.audio.WavReader;
import dev.dartboard.audio.WavWriter;
import dev.dartboard.ui.record.RecordView;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.ui.space.BudgetForm;
import dev.dartboard.ui.deploy.DeployView;
import dev.dartboard.ui.deploy.DeployViewModel;
import dev.dartboard.ui.space.SpaceForm;
import dev.dartboard.ui.space.SpaceView;
import dev.dartboard.ui.space.SpaceViewModel;
import dev.dartboard.ui.record.RecordViewModel;
import dev.dartboard.ui.results.ResultsView;
import dev.dartboard.ui.results.ResultsViewModel;
import dev.dartboard.ui.search.SearchView;
import dev.dartboard.ui.wizard.WizardView;
import dev.dartboard.ui.wizard.WizardViewModel;
import dev.dartboard.ui.search.SearchViewModel;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DatasetChecker;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.ui.data.ClipViewModel;
import dev.dartboard.ui.data.DataView;
import dev.dartboard.ui.data.DataViewModel;
import dev.dartboard.ui.data.FrontEndForm;
import dev.dartboard.ui.common.CurrentRun;
import dev.dartboard.ui.common.FileDialogs;
import dev.dartboard.ui.overview.OverviewView;
import dev.dartboard.ui.overview.OverviewViewModel;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.project.ProjectStore;
import dev.dartboard.ui.project.ProjectView;
import dev.dartboard.ui.project.ProjectViewModel;
import dev.dartboard.ui.project.RecentProjects;
import dev.dartboard.ui.project.Workspace;
import dev.dartboard.ui.shell.MainView;
import dev.dartboard.ui.shell.MainViewModel;
import dev.dartboard.ui.shell.Page;
import javafx.scene.Node;
import javafx.scene.Scene;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Composition root of the studio: creates the services and ViewModels, injects them, builds the
 * Views. One instance per window; no singletons. Construct and use on the FX thread.
 */
public final class Studio {
    private final StudioSettings settings;
    private final TaskExecutor executor;
    private final FileDialogs dialogs;
    private final StatusModel status = new StatusModel();
    private final Workspace workspace = new Workspace();
    private final ObjectMapper mapper = new ObjectMapper();
    private final MainViewModel main = new MainViewModel(workspace, status);
    private final ProjectViewModel project;
    private final FrontEndForm frontEnd;
    private final DataViewModel data;
    private final ClipViewModel clip;
    private final RecordViewModel record;
    private final SpaceViewModel space;
    private final SearchViewModel search;
    private final DeployViewModel deploy;
    private final ResultsViewModel results;
    private final WizardViewModel wizard;
    private final CurrentRun currentRun = new CurrentRun();
    private final OverviewViewModel overview;

    public Studio(StudioSettings settings, TaskExecutor executor, FileDialogs dialogs) {
        this.settings = settings;
        this.executor = executor;
        this.dialogs = dialogs;
        this.project = new ProjectViewModel(workspace, new ProjectStore(mapper),
                new RecentProjects(settings.recentFile(), mapper), executor, status);
        DatasetScanner scanner = new DatasetScanner(new SpeakerSplit());
        this.frontEnd = new FrontEndForm(workspace);
        this.data = new DataViewModel(workspace, scanner,
                new DatasetChecker(scanner, ClipReader.wav(new WavReader()), 16000, 2), executor, status);
        this.clip = new ClipViewModel(data, frontEnd, new WavReader(), settings.player(), executor, status);
        LevelMeter meter = new LevelMeter();
        this.record = new RecordViewModel(workspace, () -> settings.sources().apply(meter), meter,
                new SilenceTrimmer(-45, 20, 100, meter), new WavWriter(), executor, settings.plan(), data::reload);
        this.search = SearchWiring.create(workspace, scanner, mapper, executor, status);
        this.space = new SpaceViewModel(workspace, new BudgetForm(workspace, new BoardProfiles(), executor, status),
                new SpaceForm(workspace), search.feasibilityProperty());
        this.deploy = DeployWiring.create(workspace, scanner, mapper, executor, status);
        this.results = ResultsWiring.create(workspace, scanner, mapper, executor, status, search);
        this.wizard = WizardWiring.create(workspace, scanner, settings, executor, status, () -> main.pageProperty().set(Page.SEARCH));
        CurrentRunWiring.connect(currentRun, search, results, deploy);
        this.overview = new OverviewViewModel(workspace, data, results, currentRun, mapper, executor, status);
        main.pageProperty().addListener((o, a, p) -> { if (p == Page.OVERVIEW) overview.refresh(); });
    }

    /** The window's scene with every page built, 1280 × 800. */
    public Scene scene() { return scene(dev.dartboard.ui.shell.WindowSize.WIDTH, dev.dartboard.ui.shell.WindowSize.HEIGHT); }

    /** The window's scene with every page built, {@code width} × {@code height}. */
    public Scene scene(double width, double height) {
        Map<Page, Node> pages = new EnumMap<>(Page.class);
        pages.put(Page.OVERVIEW, OverviewView.build(overview, main.pageProperty()::set));
        pages.put(Page.PROJECT, ProjectView.build(project, dialogs));
        pages.put(Page.DATA, DataView.build(data, clip, frontEnd, dialogs));
        pages.put(Page.RECORD, RecordView.build(record));
        pages.put(Page.SPACE, SpaceView.build(space, dialogs));
        pages.put(Page.SEARCH, SearchView.build(search, dialogs));
        pages.put(Page.RESULTS, ResultsView.build(results, dialogs));
        pages.put(Page.WIZARD, WizardView.build(wizard, dialogs));
        pages.put(Page.DEPLOY, DeployView.build(deploy, dialogs));
        return new MainView(main, pages).scene(project, dialogs, width, height);
    }

    public MainViewModel main() { return main; }

    public ProjectViewModel project() { return project; }

    public Workspace workspace() { return workspace; }

    public DataViewModel data() { return data; }

    public ClipViewModel clip() { return clip; }

    public FrontEndForm frontEnd() { return frontEnd; }

    public RecordViewModel record() { return record; }

    public SpaceViewModel space() { return space; }

    public SearchViewModel search() { return search; }

    public DeployViewModel deploy() { return deploy; }

    public ResultsViewModel results() { return results; }

    public WizardViewModel wizard() { return wizard; }

    /** The run carried from page to page (search → results → deploy). */
    public CurrentRun currentRun() { return currentRun; }

    public OverviewViewModel overview() { return overview; }

    /** Stops what the studio started: the board monitor, the board simulator and its socat. Blocks briefly. */
    public void close() throws InterruptedException { deploy.close(); }

    /** @return settings this studio was made with */
    public StudioSettings settings() { return settings; }

    /** Points the Data page at {@code folder} on start (the README's samples/, when present). */
    public void openDataFolder(Path folder) { project.setDataFolder(folder); }
}
