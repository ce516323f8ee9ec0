/** picocli commands: parse options, run the use cases of {@code dev.dartboard.flow}, print JSON on stdout, logs on stderr. No JavaFX. */
package dev.dartboard.cli;
