/** The exact audio front end (MFCC and log-mel) for a {@link dev.dartboard.model.DataConfig}. No ND4J, no JavaFX. */
package dev.dartboard.features;
