package dev.dartboard.cli;

import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.DatasetStats;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.data.StatsReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code dartboard dataset stats DIR}: clips per label and split, durations, formats and background
 * noise, from the WAV headers only ({@link StatsReport} as JSON). Exit 0, 1 when some headers were
 * unreadable, 2 when DIR is not a folder.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Summarise a data set: clips per label and split, durations, formats, background noise (JSON).")
public final class DatasetStatsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Data set folder (GSC layout or one folder per label).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("error: data set folder not found or not a folder: " + dir.toAbsolutePath());
            return ExitCodes.USAGE;
        }
        StatsReport report = new DatasetStats(new DatasetScanner(new SpeakerSplit())).stats(dir);
        Json.print(spec.commandLine().getOut(), report);
        spec.commandLine().getErr().printf("%s: %d clips in %d labels, %d unreadable%n",
                report.root(), report.clips(), report.labels().size(), report.rejected().size());
        return report.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
