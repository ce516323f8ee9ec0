package dev.dartboard.ui.project;

import dev.dartboard.model.DataConfig;

import java.util.List;

/**
 * Everything a user sets in the studio, as saved in a project's JSON file. Immutable; the
 * {@code with…} methods return changed copies. Budgets and search settings join when their pages land.
 *
 * @param version     file format version, {@value #VERSION}
 * @param name        shown in the title bar
 * @param dataFolder  the data set folder (absolute path text; "" when none chosen); recordings land here
 * @param targetWords the keywords to detect, in order (empty: the data set decides)
 * @param dataConfig  the front end the clip viewer shows (the search later starts from it)
 */
public record ProjectFile(int version, String name, String dataFolder, List<String> targetWords, DataConfig dataConfig) {
    public static final int VERSION = 1;

    public ProjectFile {
        name = name == null ? "" : name;
        dataFolder = dataFolder == null ? "" : dataFolder;
        targetWords = targetWords == null ? List.of() : List.copyOf(targetWords);
        dataConfig = dataConfig == null ? DataConfig.defaults() : dataConfig;
    }

    /** A fresh project: no data yet, the GSC-style default front end. */
    public static ProjectFile untitled() {
        return new ProjectFile(VERSION, "Untitled", "", List.of(), DataConfig.defaults());
    }

    public ProjectFile withName(String n) { return new ProjectFile(version, n, dataFolder, targetWords, dataConfig); }

    public ProjectFile withDataFolder(String f) { return new ProjectFile(version, name, f, targetWords, dataConfig); }

    public ProjectFile withTargetWords(List<String> w) { return new ProjectFile(version, name, dataFolder, w, dataConfig); }

    public ProjectFile withDataConfig(DataConfig c) { return new ProjectFile(version, name, dataFolder, targetWords, c); }
}
