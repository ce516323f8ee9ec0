/*
 * Runs the train / eval commands before they are registered in cli.Main:
 *   bench/run-train-cli.sh train --data samples --epochs 20 --out /tmp/run
 *   bench/run-train-cli.sh eval --data samples --run /tmp/run --split test --float
 * JSON on stdout, progress on stderr, exit code as the CLI's.
 */

import dev.dartboard.cli.EvalCommand;
import dev.dartboard.cli.TrainCommand;
import picocli.CommandLine;

import java.util.Arrays;

public class TrainCli {
    public static void main(String[] args) {
        Object cmd = args[0].equals("train") ? new TrainCommand() : new EvalCommand();
        System.exit(new CommandLine(cmd).execute(Arrays.copyOfRange(args, 1, args.length)));
    }
}
