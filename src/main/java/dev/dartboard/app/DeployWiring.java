package dev.dartboard.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.audio.WavReader;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DataPreparer;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.FeatureCache;
import dev.dartboard.data.LabelSetResolver;
import dev.dartboard.model.LabelSet;
import dev.dartboard.device.PortDiscovery;
import dev.dartboard.quant.Calibrator;
import dev.dartboard.quant.FloatForward;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.quant.Quantizer;
import dev.dartboard.quant.RunQuantizer;
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
    /** Training clips int8 calibration uses (as {@code dartboard quantize} by default). */
    static final int CALIBRATION_CLIPS = 300;

    private DeployWiring() { }

    static DeployViewModel create(Workspace workspace, DatasetScanner scanner, ObjectMapper mapper, TaskExecutor executor, StatusModel status) {
        DataPreparer preparer = new DataPreparer(scanner, new LabelSetResolver(mapper, LabelSet.DEFAULT_SHARE, LabelSet.DEFAULT_SHARE),
                ClipReader.wav(new WavReader()), new FeatureCache(FeatureCache.defaultDir(), mapper, Runtime.getRuntime().availableProcessors()));
        QuantModelStore store = new QuantModelStore(mapper);
        RunQuantizer quantizer = new RunQuantizer(new Quantizer(new Calibrator(new FloatForward())), store, CALIBRATION_CLIPS);
        BoardProfiles boards = new BoardProfiles();
        ExportModel export = new ExportModel(workspace, new RunReader(new RunStore(mapper), mapper), new ModelCardReader(mapper),
                new ModelExporter(preparer, quantizer, store, mapper, boards::load), boards::load, executor, status);
        SimulatorControl simulator = new SimulatorControl(Path.of("firmware"), Path.of("target", "device-sim"));
        BoardSession session = new BoardSession();
        BoardModel board = new BoardModel(workspace, PortDiscovery.linux(), simulator, session, executor, status);
        board.refreshPorts();
        DeviceTestModel test = new DeviceTestModel(workspace, board, export, session, preparer, boards::load, executor, status);
        return new DeployViewModel(export, board, test, new MonitorModel(board, export, executor.callbacks()));
    }
}
