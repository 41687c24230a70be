package org.entente.ui.edit;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.entente.logic.edit.DatasetEdits;
import org.entente.logic.edit.Edit;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Vocabulary;

/** The form of an actor: name, id, short name, kind, region, dates, summary, aliases, sources. */
public final class ActorForm extends ItemForm {

    private final Actor old;

    /** A form for a new actor ({@code old} null) or for editing {@code old}. */
    public ActorForm(Dataset dataset, Actor old, String defaultSource) {
        super(dataset, old == null ? null : old.id());
        this.old = old;
        FormField name = add("name", "Name", FormField.Shape.TEXT, null, old == null ? "" : old.name());
        FormField id = add("id", "Id", FormField.Shape.TEXT, null, old == null ? "" : old.id());
        idFollows(id, name);
        add("short", "Short name", FormField.Shape.TEXT, null, old == null ? "" : old.shortName());
        add("kind", "Kind", FormField.Shape.CHOICE, this::kinds, old == null ? "state" : old.kind());
        add("region", "Region", FormField.Shape.CHOICE, this::regions, old == null ? "" : old.region());
        add("start", "From (date)", FormField.Shape.TEXT, null, old == null || old.start() == null ? "" : old.start().toString());
        add("end", "Until (date)", FormField.Shape.TEXT, null, old == null || old.end() == null ? "" : old.end().toString());
        add("summary", "Summary", FormField.Shape.LONG_TEXT, null, old == null ? "" : old.summary());
        add("aliases", "Also called", FormField.Shape.LIST, null, old == null ? "" : String.join(", ", old.aliases()));
        add("sources", "Sources", FormField.Shape.LIST, this::sourceIds,
                old == null ? (defaultSource == null ? "" : defaultSource) : String.join(", ", old.sources()));
        validate();
    }

    @Override
    public String title() {
        return old == null ? "New actor" : "Edit actor " + old.name();
    }

    private List<String> kinds() {
        return new TreeSet<>(Stream.concat(Vocabulary.DEFAULT_KINDS.stream(), dataset.actors().stream().map(Actor::kind)).toList())
                .stream().toList();
    }

    private List<String> regions() {
        return new TreeSet<>(Stream.concat(Vocabulary.DEFAULT_REGIONS.stream(),
                dataset.actors().stream().map(Actor::region).filter(r -> r != null)).toList()).stream().toList();
    }

    @Override
    protected Object build() {
        return new Actor(required(field("id")), required(field("name")), required(field("kind")), field("aliases").values(),
                field("region").value(), field("summary").value(), date(field("start")), date(field("end")),
                old == null ? null : old.note(), old == null ? List.of() : old.figures(), field("sources").values(), field("short").value());
    }

    @Override
    protected Edit edit(Object item) {
        return old == null ? DatasetEdits.addActor(dataset, (Actor) item) : DatasetEdits.changeActor(dataset, (Actor) item);
    }

    @Override
    protected String list() { return "actors"; }

    @Override
    protected Dataset withItem(Dataset d, Object item) {
        return DatasetEdits.addActor(d, (Actor) item).applyTo(d);
    }
}
