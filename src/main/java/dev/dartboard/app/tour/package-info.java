/**
 * The headless tour: what {@code mvn javafx:run} shows without a display. It drives the CLI's own commands
 * in this JVM on {@code samples/} (search, train, quantize, eval, export, device simulate, flash, monitor) into a
 * fresh run folder and prints one line per step.
 */
package dev.dartboard.app.tour;
