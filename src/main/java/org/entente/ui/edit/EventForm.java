package org.entente.ui.edit;

import java.util.List;

import org.entente.logic.edit.DatasetEdits;
import org.entente.logic.edit.Edit;
import org.entente.model.Dataset;
import org.entente.model.Event;

/** The form of an event: title, id, date, end, actors, tags, summary, sources. */
public final class EventForm extends ItemForm {

    private final Event old;

    /** A form for a new event on {@code date} (may be blank) with {@code actors}, or for editing {@code old}. */
    public EventForm(Dataset dataset, Event old, String date, List<String> actors, String defaultSource) {
        super(dataset, old == null ? null : old.id());
        this.old = old;
        FormField title = add("title", "Title", FormField.Shape.TEXT, null, old == null ? "" : old.title());
        FormField id = add("id", "Id", FormField.Shape.TEXT, null, old == null ? "" : old.id());
        idFollows(id, title);
        add("date", "Date", FormField.Shape.TEXT, null, old == null ? date : old.date().toString());
        add("end", "Until (date)", FormField.Shape.TEXT, null, old == null || old.end() == null ? "" : old.end().toString());
        add("actors", "Actors", FormField.Shape.LIST, this::actorIds, String.join(", ", old == null ? actors : old.actors()));
        add("tags", "Tags", FormField.Shape.LIST, null, old == null ? "" : String.join(", ", old.tags()));
        add("summary", "Summary", FormField.Shape.LONG_TEXT, null, old == null ? "" : old.summary());
        add("sources", "Sources", FormField.Shape.LIST, this::sourceIds,
                old == null ? (defaultSource == null ? "" : defaultSource) : String.join(", ", old.sources()));
        validate();
    }

    @Override
    public String title() {
        return old == null ? "New event" : "Edit event " + old.title();
    }

    @Override
    protected Object build() {
        var d = date(field("date"));
        if (d == null) throw new IllegalArgumentException("Date: an event needs a date (2025, 2025-04 or 2025-04-09)");
        return new Event(required(field("id")), d, date(field("end")), required(field("title")), field("summary").value(),
                field("actors").values(), field("tags").values(), old == null ? null : old.note(),
                old == null ? List.of() : old.figures(), field("sources").values());
    }

    @Override
    protected Edit edit(Object item) {
        return old == null ? DatasetEdits.addEvent(dataset, (Event) item) : DatasetEdits.changeEvent(dataset, (Event) item);
    }

    @Override
    protected String list() { return "events"; }

    @Override
    protected Dataset withItem(Dataset d, Object item) {
        return DatasetEdits.addEvent(d, (Event) item).applyTo(d);
    }
}
