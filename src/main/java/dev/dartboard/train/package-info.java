/** Training and evaluation of a discrete network built from a genotype. No JavaFX. */
package dev.dartboard.train;
