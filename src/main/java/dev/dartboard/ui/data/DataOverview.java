package dev.dartboard.ui.data;

import dev.dartboard.data.CheckReport;
import dev.dartboard.data.Dataset;

/** What loading a data folder yields: the scanned clips and the checker's report. Immutable. */
record DataOverview(Dataset dataset, CheckReport report) { }
