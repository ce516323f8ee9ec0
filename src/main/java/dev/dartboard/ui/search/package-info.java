/** The Search page: runs a search from the project's settings and shows its events live (α, γ, curves, costs). */
package dev.dartboard.ui.search;
