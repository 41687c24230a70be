package org.entente.ui.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.entente.logic.analysis.DateComparison;
import org.entente.logic.analysis.RelationPhrase;
import org.entente.logic.filter.ChangesSince;
import org.entente.logic.filter.Focus;
import org.entente.logic.filter.GraphFilter;
import org.entente.model.Changes;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;
import org.entente.ui.state.AppState;
import org.entente.ui.state.HighlightSlot;
import org.entente.ui.state.Selection;
import org.entente.ui.details.DateWording;

/**
 * Compare two dates: the first is {@link AppState#compareDateProperty()} (which also turns on the graph's
 * "new / gone" marks), the second is the as-of date. Lists the ties that started or ended and the events
 * in between, in the filter's terms, and highlights them; clicking an item selects it.
 */
public final class CompareViewModel {

    private final AppState state;
    private final HighlightSlot highlight;
    private final GraphFilter graphFilter = new GraphFilter();
    private org.entente.logic.filter.VisibleGraph shownGraph;
    private LocalDate shownCompare;
    private final ObservableList<ChangeItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public CompareViewModel(AppState state) {
        this.state = state;
        this.highlight = new HighlightSlot(state, org.entente.logic.tour.Highlights.Owner.COMPARE);
        // once per action, after the visible graph is recomputed; not for selections or camera moves
        state.viewProperty().addListener(obs -> {
            if (state.getVisibleGraph() != shownGraph || !java.util.Objects.equals(state.compareDateProperty().get(), shownCompare)) {
                recompute();
            }
        });
        recompute();
    }

    private void recompute() {
        shownGraph = state.getVisibleGraph();
        shownCompare = state.compareDateProperty().get();
        LocalDate first = state.compareDateProperty().get();
        LocalDate second = state.getAsOf();
        items.clear();
        if (first == null || second == null) {
            summary.set("Pick a date to compare with the as-of date.");
            highlight.clear();
            return;
        }
        Dataset d = state.getDataset();
        Changes all = DateComparison.compare(d, first, second, state.filterProperty().get());
        // the ties in the same terms as the graph's new / gone marks: window, filter and focus
        ChangesSince since = ChangesSince.of(graphFilter, d, first, second, state.view().window(), state.view().filter(),
                new Focus(state.view().focusActor(), state.view().focusDepth()), state.getVisibleGraph());
        Changes c = new Changes(all.from(), all.to(), since.started(), since.ended(), all.events());
        List<ChangeItem> list = new ArrayList<>();
        c.started().forEach(r -> list.add(new ChangeItem(ChangeItem.Type.STARTED, Selection.relation(r.id()), clause(d, r))));
        c.ended().forEach(r -> list.add(new ChangeItem(ChangeItem.Type.ENDED, Selection.relation(r.id()), clause(d, r))));
        for (Event e : c.events()) {
            list.add(new ChangeItem(ChangeItem.Type.EVENT, Selection.event(e.id()), e.date().display() + ": " + e.title()));
        }
        items.setAll(list);
        summary.set(DateComparison.summary(c));
        highlight.replace(DateComparison.ids(c));
    }

    /** "Japan takes part in NSATU (from about April 2025)". */
    private static String clause(Dataset d, Relation r) {
        String from = d.actor(r.from()).map(a -> a.name()).orElse(r.from());
        String to = d.actor(r.to()).map(a -> a.name()).orElse(r.to());
        StringBuilder sb = new StringBuilder(from).append(' ').append(RelationPhrase.of(r.type()).active()).append(' ').append(to);
        if (r.isKnownOnlyBy()) {
            sb.append(" (").append(DateWording.span(r)).append(')');
        } else if (r.start() != null || r.end() != null) {
            sb.append(" (");
            if (r.start() != null) sb.append("from ").append(r.start().display());
            if (r.start() != null && r.end() != null) sb.append(' ');
            if (r.end() != null) sb.append("until ").append(r.end().display());
            sb.append(')');
        }
        return sb.toString();
    }

    /** Selects the item's tie or event. */
    public void select(ChangeItem item) {
        if (item != null) state.select(item.target());
    }

    /** Stops comparing: clears the first date, the list and the highlight. */
    public void stop() {
        state.compareDateProperty().set(null);
    }

    /** The first date (the graph's "changes since" reference). */
    public ObjectProperty<LocalDate> firstDateProperty() { return state.compareDateProperty(); }

    /** The second date: the as-of date. */
    public ObjectProperty<LocalDate> secondDateProperty() { return state.asOfProperty(); }

    public ObservableList<ChangeItem> items() { return items; }

    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
