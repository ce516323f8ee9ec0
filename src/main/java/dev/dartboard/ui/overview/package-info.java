/** The Overview page: where the project stands along the pipeline, with each step's next action. */
package dev.dartboard.ui.overview;
