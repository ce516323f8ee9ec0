package dev.dartboard.cli;

import dev.dartboard.data.DatasetImport;
import dev.dartboard.data.DatasetScanner;
import dev.dartboard.data.SpeakerSplit;
import dev.dartboard.model.Split;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dartboard dataset add}: the user's recordings (or another engine's voices) as a validation or test split. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Add a folder of <word>/*.wav clips (your own recordings, or another speech engine's voices) to a "
                + "data set as its validation or test split; the clips already there keep their split.")
public final class DatasetAddCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "Folder of <word>/*.wav clips to add (left unchanged).")
    Path from;
    @Option(names = "--into", required = true, paramLabel = "DIR", description = "Data set folder to add them to.")
    Path into;
    @Option(names = "--split", defaultValue = "validation", paramLabel = "validation|test", description = "Split the clips join (default ${DEFAULT-VALUE}).")
    String split;
    @Option(names = "--group", defaultValue = "added", paramLabel = "NAME", description = "Speaker-group prefix of the copied files (default ${DEFAULT-VALUE}).")
    String group;

    @Override
    public Integer call() {
        Split s = switch (split) {
            case "validation" -> Split.VALIDATION;
            case "test" -> Split.TEST;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--split: '" + split + "' is not a split; use validation or test");
        };
        try {
            DatasetImport.Report r = new DatasetImport(new DatasetScanner(new SpeakerSplit())).add(from, into, s, group);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("into", into.toAbsolutePath().toString());
            json.put("split", s.jsonName());
            json.put("group", r.group());
            json.put("added", r.perWord());
            json.put("total", r.total());
            Json.print(spec.commandLine().getOut(), json);
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
