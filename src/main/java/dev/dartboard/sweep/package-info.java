/**
 * {@code dartboard sweep}: a grid of searches (boards × budgets × seeds × spaces × front-end bounds), one
 * task per point on a {@link dev.dartboard.sweep.SweepEngine}, merged into {@code sweep.json}
 * (docs/architecture.md#sweeps). Only {@code sweep.spark} touches Apache Spark, which is not part of the app:
 * {@link dev.dartboard.sweep.SweepEngines} looks for it on the classpath first.
 */
package dev.dartboard.sweep;
