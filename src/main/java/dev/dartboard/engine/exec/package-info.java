/**
 * Planned execution of SameDiff graphs for training and inference passes: {@link dev.dartboard.engine.exec.GraphPlan}
 * (op order, last reads and output shapes computed once), {@link dev.dartboard.engine.exec.PlannedSession} (gradients and
 * forward outputs through plans, with SameDiff's own session as the fallback), a shape-keyed array pool and glibc
 * heap settings. Same values as SameDiff's session, bit for bit; used by the search (nas) and the trainer (train).
 */
package dev.dartboard.engine.exec;
