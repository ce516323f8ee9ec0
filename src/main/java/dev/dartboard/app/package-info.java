/** Composition root: creates the services and injects them. */
package dev.dartboard.app;
