/**
 * The run folder: its file names ({@link dev.dartboard.run.RunFolder}), the lock a writer holds
 * ({@link dev.dartboard.run.RunLock}) and the provenance of derived files ({@link dev.dartboard.run.Provenance}).
 * Imports only {@code io} of the project, so every stage may use it.
 */
package dev.dartboard.run;
