package org.entente.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.entente.logic.edit.DatasetEdits;
import org.entente.logic.edit.Edit;
import org.entente.model.Dataset;
import org.entente.model.Dispute;

/**
 * The form of a dispute: what it is about, the items it concerns, and its positions, one a line written
 * {@code claim | source, source}.
 */
public final class DisputeForm extends ItemForm {

    private final Dispute old;

    public DisputeForm(Dataset dataset, Dispute old, List<String> subjects, String defaultSource) {
        super(dataset, old == null ? null : old.id());
        this.old = old;
        FormField summary = add("summary", "What is disputed", FormField.Shape.LONG_TEXT, null, old == null ? "" : old.summary());
        FormField id = add("id", "Id", FormField.Shape.TEXT, null, old == null ? "" : old.id());
        idFollows(id, summary);
        add("subjects", "About (ids)", FormField.Shape.LIST,
                () -> Stream.concat(actorIds().stream(), relationIds().stream()).toList(),
                String.join(", ", old == null ? subjects : old.subjects()));
        add("positions", "Positions (claim | sources, one a line)", FormField.Shape.LONG_TEXT, null,
                old == null ? "| " + (defaultSource == null ? "" : defaultSource)
                        : String.join("\n", old.positions().stream().map(p -> p.claim() + " | " + String.join(", ", p.sources())).toList()));
        validate();
    }

    @Override
    public String title() {
        return old == null ? "New dispute" : "Edit dispute " + old.id();
    }

    @Override
    protected Object build() {
        List<Dispute.Position> positions = new ArrayList<>();
        for (String line : field("positions").text().split("\n")) {
            if (line.isBlank()) continue;
            int bar = line.indexOf('|');
            String claim = (bar < 0 ? line : line.substring(0, bar)).strip();
            List<String> sources = bar < 0 ? List.of() : new FormField("s", "", FormField.Shape.LIST, null, line.substring(bar + 1)).values();
            positions.add(new Dispute.Position(claim, sources, oldExtras(claim, positions.size())));
        }
        return new Dispute(required(field("id")), required(field("summary")), field("subjects").values(), positions);
    }

    /**
     * The unknown file fields of the position a line edits: the old position with the same claim, else the
     * one on the same line, so that editing a dispute keeps what the app does not know about its positions.
     */
    private java.util.Map<String, String> oldExtras(String claim, int line) {
        if (old == null) return java.util.Map.of();
        for (Dispute.Position p : old.positions()) {
            if (p.claim().equals(claim)) return p.extras();
        }
        return line < old.positions().size() ? old.positions().get(line).extras() : java.util.Map.of();
    }

    @Override
    protected Edit edit(Object item) {
        return old == null ? DatasetEdits.addDispute(dataset, (Dispute) item) : DatasetEdits.changeDispute(dataset, (Dispute) item);
    }

    @Override
    protected String list() { return "disputes"; }

    @Override
    protected Dataset withItem(Dataset d, Object item) {
        Dataset all = new Dataset(d.schema(), d.title(), d.description(), d.sources(), d.actors(), dataset.relations(), dataset.events(), List.of());
        return DatasetEdits.addDispute(all, (Dispute) item).applyTo(all);
    }
}
