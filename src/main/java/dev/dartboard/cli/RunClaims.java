package dev.dartboard.cli;

import dev.dartboard.run.RunFolder;
import dev.dartboard.run.RunLock;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Who may write into an existing run folder, per command (called with the folder's lock held). A run
 * folder is created by one command (search, train or pipeline) and then only resumed ({@code search
 * --resume}) or replaced ({@code --force}: every Dartboard file of the folder is deleted first, said on
 * stderr). {@code quantize} and {@code export} re-derive their files from the run's model and need neither.
 * Each method returns null when the command may go on, else the refusal (for exit 2).
 */
final class RunClaims {
    private RunClaims() { }

    /** One command's check of an existing folder: null to go on, else the refusal. */
    interface Claim { String check(RunFolder folder) throws IOException; }

    /** The command's work, run with the folder locked and claimed; returns the exit code. */
    interface Work { Integer run() throws Exception; }

    /**
     * Runs {@code work} holding {@code out}'s {@link RunLock} once {@code claim} lets it: exit 2 with the refusal
     * otherwise, exit 1 naming the holder when another command writes the folder.
     */
    static Integer owned(Path out, String command, Claim claim, PrintWriter err, Work work) throws Exception {
        try (RunLock lock = RunLock.acquire(out, command)) {
            String refusal = claim.check(RunFolder.of(out));
            if (refusal != null) {
                err.println("error: " + refusal);
                return ExitCodes.USAGE;
            }
            return work.run();
        } catch (RunLock.RunLockedException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /** Runs {@code work} holding the lock of the existing run {@code run} (none when it is no folder: the work fails on it). */
    static Integer existing(Path run, String command, PrintWriter err, Work work) throws Exception {
        try (RunLock lock = RunLock.ifExists(run, command)) {
            return work.run();
        } catch (RunLock.RunLockedException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /** search: a folder holding a search or a trained model is refused unless --resume (a search) or --force. */
    static String search(RunFolder f, boolean resume, boolean force, PrintWriter err) throws IOException {
        if (force) return replace(f, err);
        if (resume) return f.hasFloatModel() && f.searchFile() == null
                ? f.dir() + " holds a trained run (" + f.floatModel().getFileName() + "), not a search: nothing to resume" : null;
        Path search = f.searchFile();
        if (f.searchFinished())
            return f.dir() + " already holds a finished search (" + f.genotype() + "): add --resume to continue it, --force to replace it "
                    + "and everything made from it, or choose another --out";
        if (search != null)
            return f.dir() + " holds an interrupted search (" + search + "): add --resume to continue it, --force to start over, "
                    + "or choose another --out";
        if (f.hasFloatModel())
            return f.dir() + " holds a trained run (" + f.floatModel() + "): add --force to replace it, or choose another --out";
        return null;
    }

    /**
     * train: a folder holding a trained model or a search is refused unless --force. (Without a model, what is
     * left of earlier quantizations is removed by the training itself: it was made from another model.)
     */
    static String train(RunFolder f, boolean force, PrintWriter err) throws IOException {
        if (force) return replace(f, err);
        if (f.hasFloatModel())
            return f.dir() + " already holds a trained model (" + f.floatModel() + "): add --force to replace it (its int8 model, "
                    + "blob and exports go with it), or choose another --out";
        Path search = f.searchFile();
        if (search != null)
            return f.dir() + " holds a search (" + search + "): train into another folder (--genotype " + f.genotype()
                    + " --out NEW), or add --force to replace the search";
        return null;
    }

    /** pipeline: any Dartboard file in the folder is refused unless --force (the pipeline has no resume). */
    static String pipeline(RunFolder f, boolean force, PrintWriter err) throws IOException {
        if (force) return replace(f, err);
        List<Path> present = f.present();
        if (!present.isEmpty())
            return f.dir() + " already holds a run (" + present.get(0) + (present.size() > 1 ? " and " + (present.size() - 1) + " more" : "")
                    + "): add --force to replace it, or choose another --out";
        return null;
    }

    private static String replace(RunFolder f, PrintWriter err) throws IOException {
        List<Path> gone = f.clear();
        if (!gone.isEmpty()) err.println("--force: replacing " + f.dir() + " (deleted " + gone.size() + " of its files and folders)");
        return null;
    }
}
