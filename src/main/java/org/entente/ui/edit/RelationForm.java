package org.entente.ui.edit;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.entente.logic.edit.DatasetEdits;
import org.entente.logic.edit.Edit;
import org.entente.model.Dataset;
import org.entente.model.Relation;
import org.entente.model.Vocabulary;

/** The form of a tie: from, type, to, dates, certainty, summary, sources; the id follows the ends and type. */
public final class RelationForm extends ItemForm {

    /** The certainties the views know. */
    static final List<String> CERTAINTIES = List.of("confirmed", "reported", "planned", "disputed");

    private final Relation old;

    /** A form for a new tie between {@code from} and {@code to} (either may be null) or for editing {@code old}. */
    public RelationForm(Dataset dataset, Relation old, String from, String to, String defaultSource) {
        super(dataset, old == null ? null : old.id());
        this.old = old;
        FormField f = add("from", "From (actor)", FormField.Shape.CHOICE, this::actorIds, old == null ? from : old.from());
        FormField type = add("type", "Type", FormField.Shape.CHOICE, this::types, old == null ? "partner-of" : old.type());
        FormField t = add("to", "To (actor)", FormField.Shape.CHOICE, this::actorIds, old == null ? to : old.to());
        FormField id = add("id", "Id", FormField.Shape.TEXT, null, old == null ? "" : old.id());
        FormField name = new FormField("auto", "", FormField.Shape.TEXT, null, "");
        idFollows(id, name);
        for (FormField x : List.of(f, type, t)) {
            x.textProperty().addListener(obs -> name.setText(f.text() + " " + type.text() + " " + t.text()));
        }
        name.setText(f.text() + " " + type.text() + " " + t.text());
        add("start", "From (date)", FormField.Shape.TEXT, null, old == null || old.start() == null ? "" : old.start().toString());
        add("end", "Until (date)", FormField.Shape.TEXT, null, old == null || old.end() == null ? "" : old.end().toString());
        add("certainty", "Certainty", FormField.Shape.CHOICE, () -> CERTAINTIES, old == null ? "" : old.certainty());
        add("summary", "Summary", FormField.Shape.LONG_TEXT, null, old == null ? "" : old.summary());
        add("sources", "Sources", FormField.Shape.LIST, this::sourceIds,
                old == null ? (defaultSource == null ? "" : defaultSource) : String.join(", ", old.sources()));
        validate();
    }

    @Override
    public String title() {
        return old == null ? "New tie" : "Edit tie " + DatasetEdits.tieName(dataset, old);
    }

    private List<String> types() {
        return new TreeSet<>(Stream.concat(Vocabulary.DEFAULT_TYPES.keySet().stream(), dataset.relations().stream().map(Relation::type))
                .toList()).stream().toList();
    }

    @Override
    protected Object build() {
        return new Relation(required(field("id")), required(field("from")), required(field("to")), required(field("type")),
                date(field("start")), date(field("end")), field("summary").value(), field("certainty").value(),
                old == null ? null : old.note(), old == null ? List.of() : old.figures(), field("sources").values(),
                old == null ? null : old.knownBy());
    }

    @Override
    protected Edit edit(Object item) {
        return old == null ? DatasetEdits.addRelation(dataset, (Relation) item) : DatasetEdits.changeRelation(dataset, (Relation) item);
    }

    @Override
    protected String list() { return "relations"; }

    @Override
    protected Dataset withItem(Dataset d, Object item) {
        return DatasetEdits.addRelation(d, (Relation) item).applyTo(d);
    }
}
