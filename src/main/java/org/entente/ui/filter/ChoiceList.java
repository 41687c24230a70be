package org.entente.ui.filter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A check list for one criterion (kinds, relation types or regions): rebuilt from the dataset's counts,
 * turned into the criterion's set ("all ticked" is the empty set, meaning no restriction) and set back
 * from a criteria value when someone else changes the filter (Reset, a saved view, a lesson tour).
 */
final class ChoiceList {

    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final Consumer<Set<String>> onChange;
    private boolean syncing;

    ChoiceList(Consumer<Set<String>> onChange) {
        this.onChange = onChange;
    }

    ObservableList<Choice> choices() {
        return choices;
    }

    /** Replaces the lines: {@code counts} in display order, value to count; labels from {@code labels}. */
    void rebuild(Map<String, Integer> counts, java.util.function.Function<String, String> labels, Set<String> ticked) {
        syncing = true;
        try {
            List<Choice> fresh = counts.entrySet().stream()
                    .map(e -> new Choice(e.getKey(), labels.apply(e.getKey()), e.getValue())).toList();
            for (Choice c : fresh) {
                c.setSelected(ticked.isEmpty() || ticked.contains(c.value()));
                c.selectedProperty().addListener((obs, o, n) -> changed());
            }
            choices.setAll(fresh);
            markLast();
        } finally {
            syncing = false;
        }
    }

    /** Ticks the lines named in {@code ticked} (all when empty) without reporting a change. */
    void sync(Set<String> ticked) {
        syncing = true;
        try {
            for (Choice c : choices) {
                c.setSelected(ticked.isEmpty() || ticked.contains(c.value()));
            }
            markLast();
        } finally {
            syncing = false;
        }
    }

    /** The criterion's set: empty when everything is ticked. */
    Set<String> selection() {
        Set<String> ticked = new LinkedHashSet<>();
        for (Choice c : choices) {
            if (c.isSelected()) ticked.add(c.value());
        }
        return ticked.size() == choices.size() ? Set.of() : ticked;
    }

    private void changed() {
        markLast();
        if (!syncing) {
            onChange.accept(selection());
        }
    }

    private void markLast() {
        long ticked = choices.stream().filter(Choice::isSelected).count();
        for (Choice c : choices) {
            c.setLastTicked(ticked == 1 && c.isSelected());
        }
    }
}
