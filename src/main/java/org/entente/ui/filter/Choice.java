package org.entente.ui.filter;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One line of a filter check list: a kind, relation type or region, how many items in the dataset have
 * it, and whether it is ticked. {@link #lastTickedProperty()} is true for the only ticked line left, so the
 * panel can stop the user from unticking everything (an empty filter would show nothing at all).
 */
public final class Choice {

    private final String value;
    private final String label;
    private final int count;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", true);
    private final ReadOnlyBooleanWrapper lastTicked = new ReadOnlyBooleanWrapper(this, "lastTicked", false);

    public Choice(String value, String label, int count) {
        this.value = value;
        this.label = label;
        this.count = count;
    }

    /** The vocabulary word stored in the criteria ("state", "member-of", "europe"). */
    public String value() { return value; }

    /** What the user reads ("State", "member of", "Europe"). */
    public String label() { return label; }

    /** How many actors or relations of the dataset have it. */
    public int count() { return count; }

    /** The label with its count: "State (30)". */
    public String text() { return label + " (" + count + ")"; }

    public BooleanProperty selectedProperty() { return selected; }
    public boolean isSelected() { return selected.get(); }
    public void setSelected(boolean value) { selected.set(value); }

    public ReadOnlyBooleanProperty lastTickedProperty() { return lastTicked.getReadOnlyProperty(); }
    void setLastTicked(boolean value) { lastTicked.set(value); }
}
