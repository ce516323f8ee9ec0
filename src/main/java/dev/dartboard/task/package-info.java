/** UI-free background tasks with progress and cancellation. No JavaFX. */
package dev.dartboard.task;
