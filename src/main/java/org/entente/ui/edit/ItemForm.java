package org.entente.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.entente.logic.edit.Edit;
import org.entente.logic.edit.Ids;
import org.entente.logic.edit.ModelCheck;
import org.entente.logic.load.Problem;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.PartialDate;
import org.entente.model.Relation;

/**
 * The view-model of one add or edit form: its fields, the problems of what is typed so far (checked as
 * you type by the loader's own validator, with its messages), and the edit it makes. The id follows the
 * name until the user types one. Subclasses say which fields a kind of item has and how to build it.
 */
public abstract class ItemForm {

    private final Map<String, FormField> fields = new LinkedHashMap<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    private final ModelCheck check = new ModelCheck();
    protected final Dataset dataset;
    /** The id of the item edited, or null when the form adds one. */
    protected final String editedId;
    private boolean ready;
    private boolean idTyped;
    private boolean settingId;

    protected ItemForm(Dataset dataset, String editedId) {
        this.dataset = dataset;
        this.editedId = editedId;
    }

    /** "New actor", "Edit tie Japan → NSATU": the dialog's title. */
    public abstract String title();

    /** The item the fields describe; throws {@link IllegalArgumentException} with a message when a value cannot be read. */
    protected abstract Object build();

    /** The edit that adds or changes the item. */
    protected abstract Edit edit(Object item);

    /** The kind's list in the file ("actors"), where the validator's problems about the item are found. */
    protected abstract String list();

    /** Adds the item to a dataset of the sources and actors, for the validator. */
    protected abstract Dataset withItem(Dataset sourcesAndActors, Object item);

    /** The fields in the order the form shows them. */
    public List<FormField> fields() { return List.copyOf(fields.values()); }

    public FormField field(String key) { return fields.get(key); }

    /** What is wrong with the item as typed (errors first, then warnings), in the validator's words. */
    public ObservableList<String> problems() { return problems; }

    /** True when the item has no errors (warnings allowed): OK may make it. */
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }

    public boolean isValid() { return valid.get(); }

    /** The edit that OK applies; empty while there are errors. */
    public Optional<Edit> result() {
        if (!isValid()) return Optional.empty();
        return Optional.of(edit(build()));
    }

    /**
     * The value a field starts with. An item of a file opened to fix may have a date the loader could not
     * read: it is kept as written among the item's unknown fields (so Save writes it back), and the form
     * shows it, so that the user sees what to correct instead of an empty field.
     */
    private String keptAsWritten(String key, String initial) {
        if (editedId == null || (initial != null && !initial.isEmpty())) return initial;
        return org.entente.logic.load.KeptAsWritten.text(dataset, Dataset.extrasKey(list(), editedId), key).orElse(initial);
    }

    // ----- for subclasses

    protected FormField add(String key, String label, FormField.Shape shape, Supplier<List<String>> suggestions, String initial) {
        FormField f = new FormField(key, label, shape, suggestions, keptAsWritten(key, initial));
        fields.put(key, f);
        f.textProperty().addListener(obs -> {
            if (ready) validate();
        });
        return f;
    }

    /** An id field that follows {@code name} (made unique in the dataset) until the user types in it. */
    protected void idFollows(FormField id, FormField name) {
        idTyped = editedId != null || !id.text().isBlank();
        id.textProperty().addListener(obs -> {
            if (!settingId) idTyped = true;
        });
        name.textProperty().addListener(obs -> {
            if (idTyped) return;
            settingId = true;
            try {
                id.setText(name.text().isBlank() ? "" : Ids.fromName(name.text(), this::taken));
            } finally {
                settingId = false;
            }
        });
    }

    /** Whether {@code id} is used by another item of the dataset. */
    protected boolean taken(String id) {
        if (id.equals(editedId)) return false;
        return dataset.actor(id).isPresent() || dataset.relation(id).isPresent() || dataset.event(id).isPresent()
                || dataset.source(id).isPresent() || dataset.disputes().stream().anyMatch(d -> d.id().equals(id));
    }

    protected static PartialDate date(FormField f) {
        String v = f.value();
        if (v == null) return null;
        try {
            return PartialDate.parse(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(f.label() + ": '" + v + "' is not a date: write 2025, 2025-04 or 2025-04-09 (~ before it when approximate)");
        }
    }

    protected List<String> actorIds() { return dataset.actors().stream().map(Actor::id).toList(); }

    protected List<String> sourceIds() { return dataset.sources().stream().map(s -> s.id()).toList(); }

    protected List<String> relationIds() { return dataset.relations().stream().map(Relation::id).toList(); }

    /** Runs the checks; subclasses call it once all their fields are added, and every change of a field then does. */
    protected final void validate() {
        ready = true;
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            Object item = build();
            FormField id = fields.get("id");
            if (id != null && id.value() != null && taken(id.value())) {
                errors.add("the id '" + id.value() + "' is already used: choose another");
            }
            Dataset base = new Dataset(dataset.schema(), dataset.title(), dataset.description(), dataset.sources(),
                    "actors".equals(list()) ? dataset.actors().stream().filter(a -> !a.id().equals(editedId)).toList() : dataset.actors(),
                    List.of(), List.of(), List.of());
            Dataset probe = withItem(base, item);
            String at = "$." + list() + "[" + (count(probe) - 1) + "]";
            for (Problem p : check.problems(probe)) {
                boolean mine = p.jsonPath().equals(at) || p.jsonPath().startsWith(at + ".") || p.jsonPath().startsWith(at + "[");
                if (!mine) continue;
                (p.isError() ? errors : warnings).add(p.message());
            }
        } catch (IllegalArgumentException e) {
            errors.add(e.getMessage());
        }
        List<String> all = new ArrayList<>(errors);
        all.addAll(warnings.stream().map(w -> "warning: " + w).toList());
        problems.setAll(all);
        valid.set(errors.isEmpty());
    }

    private int count(Dataset probe) {
        return switch (list()) {
            case "actors" -> probe.actors().size();
            case "relations" -> probe.relations().size();
            case "events" -> probe.events().size();
            case "sources" -> probe.sources().size();
            default -> probe.disputes().size();
        };
    }

    /** "" for a blank text, for required fields the validator reports as missing. */
    protected static String required(FormField f) {
        return f.value() == null ? "" : f.value();
    }
}
