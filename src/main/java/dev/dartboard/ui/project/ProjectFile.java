package dev.dartboard.ui.project;

import dev.dartboard.model.DataConfig;

import java.util.List;

/**
 * Everything a user sets in the studio, as saved in a project's JSON file. Immutable; the
 * {@code with…} methods return changed copies. Fields added later read as their defaults when an older
 * file lacks them.
 *
 * @param version     file format version, {@value #VERSION}
 * @param name        shown in the title bar
 * @param dataFolder  the data set folder (absolute path text; "" when none chosen); recordings land here
 * @param targetWords the keywords to detect, in order (empty: the data set decides)
 * @param dataConfig  the front end the clip viewer shows (the search later starts from it)
 * @param budget      the board and its SRAM, flash and latency budgets (Space &amp; budgets page)
 * @param space       the search space's bounds (Space &amp; budgets page)
 */
public record ProjectFile(int version, String name, String dataFolder, List<String> targetWords, DataConfig dataConfig,
                          BudgetSettings budget, SpaceSettings space) {
    public static final int VERSION = 1;

    public ProjectFile {
        name = name == null ? "" : name;
        dataFolder = dataFolder == null ? "" : dataFolder;
        targetWords = targetWords == null ? List.of() : List.copyOf(targetWords);
        dataConfig = dataConfig == null ? DataConfig.defaults() : dataConfig;
        budget = budget == null ? BudgetSettings.defaults() : budget;
        space = space == null ? SpaceSettings.defaults() : space;
    }

    /** A fresh project: no data yet, the GSC-style default front end. */
    public static ProjectFile untitled() {
        return new ProjectFile(VERSION, "Untitled", "", List.of(), DataConfig.defaults(), null, null);
    }

    public ProjectFile withName(String n) { return new ProjectFile(version, n, dataFolder, targetWords, dataConfig, budget, space); }

    public ProjectFile withDataFolder(String f) { return new ProjectFile(version, name, f, targetWords, dataConfig, budget, space); }

    public ProjectFile withTargetWords(List<String> w) { return new ProjectFile(version, name, dataFolder, w, dataConfig, budget, space); }

    public ProjectFile withDataConfig(DataConfig c) { return new ProjectFile(version, name, dataFolder, targetWords, c, budget, space); }

    public ProjectFile withBudget(BudgetSettings b) { return new ProjectFile(version, name, dataFolder, targetWords, dataConfig, b, space); }

    public ProjectFile withSpace(SpaceSettings s) { return new ProjectFile(version, name, dataFolder, targetWords, dataConfig, budget, s); }
}
