package org.entente.ui.edit;

import java.util.List;

import org.entente.logic.edit.DatasetEdits;
import org.entente.logic.edit.Edit;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Figure;

/** The form of a figure of an actor, tie or event: label, amount, bound, unit, date, sources. */
public final class FigureForm extends ItemForm {

    private final String owner;
    private final int index;
    /** The edited figure's unknown file fields, kept through the edit. */
    private final java.util.Map<String, String> extras;

    /** A form for a new figure of {@code owner} ({@code index} -1) or for editing its figure number {@code index}. */
    public FigureForm(Dataset dataset, String owner, int index, Figure old, String defaultSource) {
        super(dataset, null);
        this.owner = owner;
        this.index = index;
        this.extras = old == null ? java.util.Map.of() : old.extras();
        add("label", "Label", FormField.Shape.TEXT, null, old == null ? "" : old.label());
        add("value", "Amount", FormField.Shape.TEXT, null, old == null ? "" : Double.toString(old.value()).replaceAll("\\.0$", ""));
        add("qualifier", "Bound", FormField.Shape.CHOICE, () -> Figure.QUALIFIERS, old == null ? "" : old.qualifier());
        add("unit", "Unit", FormField.Shape.TEXT, null, old == null ? "" : old.unit());
        add("when", "Date", FormField.Shape.TEXT, null, old == null || old.when() == null ? "" : old.when().toString());
        add("sources", "Sources", FormField.Shape.LIST, this::sourceIds,
                old == null ? (defaultSource == null ? "" : defaultSource) : String.join(", ", old.sources()));
        validate();
    }

    @Override
    public String title() {
        return (index < 0 ? "New figure of " : "Edit figure of ") + owner;
    }

    @Override
    protected Object build() {
        String v = field("value").value();
        double value;
        try {
            value = Double.parseDouble(v == null ? "" : v.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Amount: '" + (v == null ? "" : v) + "' is not a number");
        }
        return new Figure(required(field("label")), value, field("unit").value() == null ? "" : field("unit").value(),
                date(field("when")), field("sources").values(), field("qualifier").value(), extras);
    }

    @Override
    protected Edit edit(Object item) {
        return index < 0 ? DatasetEdits.addFigure(dataset, owner, (Figure) item) : DatasetEdits.changeFigure(dataset, owner, index, (Figure) item);
    }

    @Override
    protected String list() { return "actors"; }

    /** The figure is checked on a stand-in actor, since the rules for figures are the same on every owner. */
    @Override
    protected Dataset withItem(Dataset d, Object item) {
        Actor holder = new Actor("~figure-holder", "figure holder", "state", List.of(), null, null, null, null, null,
                List.of((Figure) item), d.sources().isEmpty() ? List.of() : List.of(d.sources().get(0).id()));
        return DatasetEdits.addActor(d, holder).applyTo(d);
    }
}
