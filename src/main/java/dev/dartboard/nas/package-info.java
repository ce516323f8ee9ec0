/** Data-aware differentiable architecture search: supernet, architect, cost model, runner, decoder, Pareto explorer. No JavaFX. */
package dev.dartboard.nas;
