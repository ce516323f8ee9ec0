/** picocli commands: parse, call services, print JSON on stdout, logs on stderr. No JavaFX. */
package dev.dartboard.cli;
