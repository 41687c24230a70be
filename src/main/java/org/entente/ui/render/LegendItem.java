package org.entente.ui.render;

/** One legend entry: a swatch and its label, grouped under a heading such as "Kinds" or "Ties". */
public record LegendItem(String group, String label, Swatch swatch) {
}
