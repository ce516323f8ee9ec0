/**
 * The engine: every use of ND4J/SameDiff internals and every workaround for them lives below this package —
 * {@code engine.ops} (libnd4j ops under Dartboard names with their own backward, native threads),
 * {@code engine.exec} (planned execution of SameDiff graphs, array pool, heap settings) and
 * {@code engine.profile} (per-op native time through listener hooks). The rest of Dartboard uses ND4J's public
 * graph and array API only ({@code LayeringTest#nd4jInternalsStayInTheEngine}). The engine imports nothing of the
 * project above it: the search ({@code nas}) and the trainer ({@code train}) call it.
 */
package dev.dartboard.engine;
