package org.entente.logic.timeline;

/**
 * Measures how wide a label will be drawn, in pixels. The logic layer has no fonts, so the painter passes
 * its own measure in; tests pass a fixed width per character.
 */
@FunctionalInterface
public interface LabelWidth {

    double of(String text);

    /** A measure of {@code perChar} pixels per character. */
    static LabelWidth perChar(double perChar) {
        return text -> text.length() * perChar;
    }
}
