/** Immutable records and enums shared by the whole pipeline. Imports nothing of the project. */
package dev.dartboard.model;
