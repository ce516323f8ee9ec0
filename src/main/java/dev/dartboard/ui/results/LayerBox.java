package dev.dartboard.ui.results;

/**
 * One box of the genotype diagram, top (input) to bottom (classifier).
 *
 * @param title  e.g. "dw-sep-3x3", "stem conv 3×3", "input"
 * @param detail e.g. "32 ch · stride 2 · 13×5"
 * @param kind   style: input, stem, layer, pool or head
 */
public record LayerBox(String title, String detail, String kind) { }
