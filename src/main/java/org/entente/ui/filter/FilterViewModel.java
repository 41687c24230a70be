package org.entente.ui.filter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;

import org.entente.logic.filter.FilterCriteria;
import org.entente.model.Actor;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.model.PartialDate;
import org.entente.model.Relation;
import org.entente.model.Vocabulary;
import org.entente.ui.state.AppState;

/**
 * The filter panel's state and commands, kept in step with {@link AppState#filterProperty()} and
 * {@link AppState#timeWindowProperty()} both ways: ticking a box writes new criteria; Reset, a saved view
 * or the timeline's brush writing the state updates the boxes and the date fields.
 */
public final class FilterViewModel {

    private final AppState state;
    private final ChoiceList kinds = new ChoiceList(s -> update(c -> c.withKinds(s)));
    private final ChoiceList types = new ChoiceList(s -> update(c -> c.withRelationTypes(s)));
    private final ChoiceList regions = new ChoiceList(s -> update(c -> c.withRegions(s)));
    private final BooleanProperty onlyDisputed = new SimpleBooleanProperty(this, "onlyDisputed");
    private final IntegerProperty minTies = new SimpleIntegerProperty(this, "minTies");
    private final BooleanProperty hideIsolated = new SimpleBooleanProperty(this, "hideIsolated");
    private final StringProperty windowFrom = new SimpleStringProperty(this, "windowFrom", "");
    private final StringProperty windowTo = new SimpleStringProperty(this, "windowTo", "");
    private final ReadOnlyStringWrapper windowError = new ReadOnlyStringWrapper(this, "windowError", "");
    private boolean syncing;

    public FilterViewModel(AppState state) {
        this.state = state;
        onlyDisputed.addListener((obs, o, n) -> update(c -> c.withOnlyDisputed(n)));
        minTies.addListener((obs, o, n) -> update(c -> c.withMinTies(n.intValue())));
        hideIsolated.addListener((obs, o, n) -> update(c -> c.withHideIsolated(n)));
        state.datasetProperty().addListener((obs, o, n) -> rebuild());
        state.filterProperty().addListener((obs, o, n) -> sync());
        state.timeWindowProperty().addListener((obs, o, n) -> showWindow(n));
        rebuild();
        showWindow(state.timeWindowProperty().get());
    }

    private FilterCriteria criteria() {
        FilterCriteria c = state.filterProperty().get();
        return c == null ? FilterCriteria.NONE : c;
    }

    private void update(Function<FilterCriteria, FilterCriteria> change) {
        if (!syncing) {
            state.filterProperty().set(change.apply(criteria()));
        }
    }

    private void rebuild() {
        Dataset d = state.getDataset();
        FilterCriteria c = criteria();
        Map<String, Integer> kindCounts = ordered(Vocabulary.DEFAULT_KINDS);
        for (Actor a : d.actors()) kindCounts.merge(a.kind(), 1, Integer::sum);
        Map<String, Integer> typeCounts = ordered(Vocabulary.DEFAULT_TYPES.keySet());
        for (Relation r : d.relations()) typeCounts.merge(r.type(), 1, Integer::sum);
        Map<String, Integer> regionCounts = ordered(Vocabulary.DEFAULT_REGIONS);
        for (Actor a : d.actors()) regionCounts.merge(a.region() == null ? FilterCriteria.OTHER_REGION : a.region(), 1, Integer::sum);
        Map<String, Integer> presentKinds = present(kindCounts);
        Map<String, Integer> presentTypes = present(typeCounts);
        Map<String, Integer> presentRegions = present(regionCounts);
        FilterCriteria fitted = c.withKinds(fit(c.kinds(), presentKinds.keySet()))
                .withRelationTypes(fit(c.relationTypes(), presentTypes.keySet()))
                .withRegions(fit(c.regions(), presentRegions.keySet()));
        kinds.rebuild(presentKinds, FilterViewModel::capitalised, fitted.kinds());
        types.rebuild(presentTypes, t -> t.replace('-', ' '), fitted.relationTypes());
        regions.rebuild(presentRegions, FilterViewModel::capitalised, fitted.regions());
        if (!fitted.equals(c)) {
            state.filterProperty().set(fitted);
        }
    }

    /**
     * The part of a criterion the new dataset can show; no restriction when nothing of it is left (a
     * filter kept from another dataset must not blank the graph).
     */
    private static Set<String> fit(Set<String> wanted, Set<String> present) {
        Set<String> kept = new java.util.HashSet<>(wanted);
        kept.retainAll(present);
        return kept.size() == present.size() ? Set.of() : kept;
    }

    private static Map<String, Integer> ordered(Iterable<String> known) {
        Map<String, Integer> m = new LinkedHashMap<>();
        known.forEach(k -> m.put(k, 0));
        return m;
    }

    private static Map<String, Integer> present(Map<String, Integer> counts) {
        Map<String, Integer> m = new LinkedHashMap<>();
        counts.forEach((k, v) -> { if (v > 0 && k != null) m.put(k, v); });
        return m;
    }

    static String capitalised(String word) {
        String w = word.replace('-', ' ');
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    private void sync() {
        FilterCriteria c = criteria();
        syncing = true;
        try {
            kinds.sync(c.kinds());
            types.sync(c.relationTypes());
            regions.sync(c.regions());
            onlyDisputed.set(c.onlyDisputed());
            minTies.set(c.minTies());
            hideIsolated.set(c.hideIsolated());
        } finally {
            syncing = false;
        }
    }

    private void showWindow(DateRange w) {
        windowFrom.set(w == null || w.start() == null ? "" : w.start().toString());
        windowTo.set(w == null || w.end() == null ? "" : w.end().toString());
        windowError.set("");
    }

    /**
     * Sets the time window from the two fields (YYYY, YYYY-MM or YYYY-MM-DD; blank = open end). A year
     * in "from" means its first day, in "to" its last. Bad input leaves the window and says why.
     */
    public void applyWindow() {
        LocalDate from;
        LocalDate to;
        try {
            from = parse(windowFrom.get(), true, "From");
            to = parse(windowTo.get(), false, "To");
        } catch (IllegalArgumentException e) {
            windowError.set(e.getMessage());
            return;
        }
        if (from != null && to != null && to.isBefore(from)) {
            windowError.set("The window ends (" + to + ") before it starts (" + from + ").");
            return;
        }
        windowError.set("");
        state.timeWindowProperty().set(new DateRange(from, to));
    }

    private static LocalDate parse(String text, boolean start, String field) {
        if (text == null || text.isBlank()) return null;
        try {
            PartialDate d = PartialDate.parse(text.trim());
            return start ? d.earliest() : d.latest();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }

    /** Clears the time window (the whole time line). */
    public void clearWindow() {
        state.timeWindowProperty().set(DateRange.ALL);
        showWindow(DateRange.ALL);
    }

    /** Everything back to "show all": criteria, window, focus and highlights, as one change (one undo step). */
    public void reset() {
        state.batch(() -> {
            state.filterProperty().set(FilterCriteria.NONE);
            state.focusActorProperty().set(null);
            state.clearHighlights();
            clearWindow();
        });
    }

    public ObservableList<Choice> kinds() { return kinds.choices(); }
    public ObservableList<Choice> relationTypes() { return types.choices(); }
    public ObservableList<Choice> regions() { return regions.choices(); }
    public BooleanProperty onlyDisputedProperty() { return onlyDisputed; }
    public IntegerProperty minTiesProperty() { return minTies; }
    public BooleanProperty hideIsolatedProperty() { return hideIsolated; }
    public StringProperty windowFromProperty() { return windowFrom; }
    public StringProperty windowToProperty() { return windowTo; }
    public ReadOnlyStringProperty windowErrorProperty() { return windowError.getReadOnlyProperty(); }

    /** Ticks only the given kinds (all when empty), as if the user had. */
    public void showOnlyKinds(Set<String> values) {
        state.filterProperty().set(criteria().withKinds(values));
    }
}
