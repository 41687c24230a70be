package org.entente.ui.edit;

import org.entente.logic.edit.DatasetEdits;
import org.entente.logic.edit.Edit;
import org.entente.model.Dataset;
import org.entente.model.Source;

/** The form of a source: title, id, publisher, author, date, address. Only what the work itself shows. */
public final class SourceForm extends ItemForm {

    private final Source old;

    public SourceForm(Dataset dataset, Source old) {
        super(dataset, old == null ? null : old.id());
        this.old = old;
        FormField title = add("title", "Title", FormField.Shape.TEXT, null, old == null ? "" : old.title());
        FormField id = add("id", "Id", FormField.Shape.TEXT, null, old == null ? "" : old.id());
        idFollows(id, title);
        add("publisher", "Publisher", FormField.Shape.TEXT, null, old == null ? "" : old.publisher());
        add("author", "Author", FormField.Shape.TEXT, null, old == null ? "" : old.author());
        add("date", "Date", FormField.Shape.TEXT, null, old == null || old.date() == null ? "" : old.date().toString());
        add("url", "Address (URL)", FormField.Shape.TEXT, null, old == null ? "" : old.url());
        validate();
    }

    /** The source as typed, for the New dataset dialog (which has no dataset to add it to yet). */
    public Source source() {
        return (Source) build();
    }

    @Override
    public String title() {
        return old == null ? "New source" : "Edit source " + old.title();
    }

    @Override
    protected Object build() {
        return new Source(required(field("id")), required(field("title")), field("publisher").value(), field("author").value(),
                date(field("date")), field("url").value(), old == null ? null : old.note());
    }

    @Override
    protected Edit edit(Object item) {
        return old == null ? DatasetEdits.addSource(dataset, (Source) item) : DatasetEdits.changeSource(dataset, (Source) item);
    }

    @Override
    protected String list() { return "sources"; }

    @Override
    protected Dataset withItem(Dataset d, Object item) {
        Source s = (Source) item;
        Dataset without = new Dataset(d.schema(), d.title(), d.description(),
                d.sources().stream().filter(x -> !x.id().equals(editedId)).toList(), d.actors(), d.relations(), d.events(), d.disputes());
        return DatasetEdits.addSource(without, s).applyTo(without);
    }
}
