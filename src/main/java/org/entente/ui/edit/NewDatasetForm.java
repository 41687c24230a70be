package org.entente.ui.edit;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.entente.model.Dataset;
import org.entente.model.Source;

/**
 * File → New dataset, without the toolkit: a title, a description and the first source, which every item
 * made afterwards cites by default (so it is valid from the start).
 */
public final class NewDatasetForm {

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final SourceForm source = new SourceForm(Dataset.empty(), null);
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> !title.get().isBlank() && source.isValid(),
            title, source.validProperty());

    public StringProperty titleProperty() { return title; }

    public StringProperty descriptionProperty() { return description; }

    /** The first source's fields. */
    public SourceForm source() { return source; }

    public BooleanBinding validProperty() { return valid; }

    /** Starts the dataset in {@code session}. */
    public void create(EditSession session) {
        session.newDataset(title.get().strip(), description.get().strip(), source.source());
    }
}
