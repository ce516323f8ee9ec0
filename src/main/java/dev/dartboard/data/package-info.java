/** Data sets (GSC layout and folder-per-label), splits, label sets, the on-disk feature cache and ND4J batches. No JavaFX. */
package dev.dartboard.data;
