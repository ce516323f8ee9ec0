package dev.dartboard.cli;

import dev.dartboard.audio.WavReader;
import dev.dartboard.data.CheckReport;
import dev.dartboard.data.ClipReader;
import dev.dartboard.data.DatasetChecker;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.SpeakerSplit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code dartboard dataset check DIR}: reads every file, prints a {@link CheckReport} as JSON.
 * Exit 0 when nothing was rejected, 1 when some files were, 2 when DIR is not a folder.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Read every file of a data set and report labels, splits and unreadable files (JSON).")
public final class DatasetCheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Data set folder (GSC layout or one folder per label).")
    Path dir;

    @Option(names = "--rate", defaultValue = "16000", description = "Sample rate (Hz) files are read at (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--threads", description = "Reader threads (default: available cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("error: data set folder not found or not a folder: " + dir.toAbsolutePath());
            return ExitCodes.USAGE;
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        DatasetChecker checker = new DatasetChecker(new DatasetScanner(new SpeakerSplit()),
                ClipReader.wav(new WavReader()), rate, n);
        CheckReport report = checker.check(dir);
        Json.print(spec.commandLine().getOut(), report);
        spec.commandLine().getErr().printf("checked %s: %d accepted, %d rejected, %d warnings%n",
                report.root(), report.accepted(), report.rejected().size(), report.warnings().size());
        return report.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
