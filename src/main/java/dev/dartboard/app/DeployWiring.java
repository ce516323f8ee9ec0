package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.flow.DataStep;
import dev.dartboard.flow.Flows;
import dev.dartboard.device.PortDiscovery;
import dev.dartboard.task.TaskExecutor;
import dev.dartboard.train.RunStore;
import dev.dartboard.ui.common.StatusModel;
import dev.dartboard.ui.deploy.BoardModel;
import dev.dartboard.ui.deploy.BoardSession;
import dev.dartboard.ui.deploy.DeployViewModel;
import dev.dartboard.ui.deploy.DeviceTestModel;
import dev.dartboard.ui.deploy.MonitorModel;
import dev.dartboard.ui.deploy.ExportModel;
import dev.dartboard.ui.deploy.ModelCardReader;
import dev.dartboard.ui.deploy.ModelExporter;
import dev.dartboard.nas.BoardProfiles;
import dev.dartboard.ui.deploy.RunReader;
import dev.dartboard.ui.deploy.SimulatorControl;
import dev.dartboard.ui.project.Workspace;

import java.nio.file.Path;

/** Builds the Deploy page's services and ViewModels (part of the composition root). FX thread. */
final class DeployWiring {
    private DeployWiring() { }

    static DeployViewModel create(Workspace workspace, DatasetScanner scanner, ObjectMapper mapper, TaskExecutor executor, StatusModel status) {
        Flows flows = new Flows(new DataStep(scanner, null, mapper), mapper, System::nanoTime);
        DataPreparer preparer = flows.data().preparer();
        BoardProfiles boards = new BoardProfiles();
        ExportModel export = new ExportModel(workspace, new RunReader(new RunStore(mapper), mapper), new ModelCardReader(mapper),
                new ModelExporter(flows.export()), boards::load, executor, status);
        SimulatorControl simulator = new SimulatorControl(Path.of("firmware"), Path.of("target", "device-sim"));
        BoardSession session = new BoardSession();
        BoardModel board = new BoardModel(workspace, PortDiscovery.linux(), simulator, session, executor, status);
        board.refreshPorts();
        DeviceTestModel test = new DeviceTestModel(workspace, board, export, session, preparer, boards::load, executor, status);
        return new DeployViewModel(export, board, test, new MonitorModel(board, export, executor.callbacks()));
    }
}
