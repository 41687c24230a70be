package org.entente.ui.analysis;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;

import org.entente.logic.search.SearchHit;
import org.entente.ui.search.SuggestField;

/**
 * A field for choosing one actor by typing part of its name or an alias, bound to a property holding the
 * actor's id: choosing writes the id, and a change of the id (swap, clear) shows the new name.
 */
final class ActorPicker extends SuggestField {

    ActorPicker(String id, String prompt, Function<String, List<SearchHit>> actors, ObjectProperty<String> value,
                Function<String, String> nameOf) {
        super(actors, hit -> value.set(hit.id()));
        setId(id);
        setPromptText(prompt);
        value.addListener((obs, o, n) -> showChosen(nameOf.apply(n)));
        showChosen(nameOf.apply(value.get()));
    }
}
