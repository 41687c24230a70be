package org.entente.ui.search;

import java.util.List;
import java.util.Set;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.entente.logic.search.SearchHit;
import org.entente.logic.search.SearchIndex;
import org.entente.model.Dataset;
import org.entente.ui.state.HighlightSlot;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;

/**
 * The toolbar search: ranked suggestions for what is typed, and "go to" for the chosen one, which
 * selects it (the graph centres on the selection, the timeline scrolls to it, the details panel shows
 * it) and highlights it. The index is made at the first search in each dataset.
 */
public final class SearchViewModel {

    /** How many suggestions the list shows. */
    public static final int LIMIT = 12;

    private final AppState state;
    private final HighlightSlot highlight;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private SearchIndex index;
    private Dataset indexed;

    public SearchViewModel(AppState state) {
        this.state = state;
        this.highlight = new HighlightSlot(state, org.entente.logic.tour.Highlights.Owner.SEARCH);
        state.datasetProperty().addListener((obs, o, n) -> highlight.clear());
    }

    /**
     * The index of the current dataset, made at the first search after a dataset is opened rather than
     * when it opens: nobody has typed anything before the first frame, which need not wait for it.
     */
    private SearchIndex index() {
        Dataset now = state.getDataset();
        if (index == null || indexed != now) {
            index = new SearchIndex(now);
            indexed = now;
        }
        return index;
    }

    /** Ranked suggestions for {@code query}. */
    public List<SearchHit> suggest(String query) {
        List<SearchHit> hits = index().search(query, LIMIT);
        message.set(query == null || query.isBlank() || !hits.isEmpty() ? "" : "Nothing matches '" + query.trim() + "'");
        return hits;
    }

    /** Actors only, for pickers. */
    public List<SearchHit> suggestActors(String query) {
        return index().searchActors(query, LIMIT);
    }

    /** Selects and highlights the chosen item; says so when the filter or the date hides it. */
    public void go(SearchHit hit) {
        state.batch(() -> goNow(hit));
    }

    private void goNow(SearchHit hit) {
        if (hit.isActor()) {
            state.select(Selection.actor(hit.id()));
            boolean shown = state.getVisibleGraph().showsActor(hit.id());
            message.set(shown ? "" : hit.label() + " is hidden by the filter or the as-of date");
            highlight.replace(Set.of(hit.id()));
        } else {
            state.select(Selection.event(hit.id()));
            boolean shown = state.getVisibleGraph().eventIds().contains(hit.id());
            message.set(shown ? "" : hit.label() + " is hidden by the filter or the time window");
            // the event and its actors, so the graph shows who took part
            Set<String> ids = new java.util.LinkedHashSet<>();
            ids.add(hit.id());
            state.getDataset().event(hit.id()).ifPresent(e -> ids.addAll(e.actors()));
            highlight.replace(ids);
        }
    }

    /** The search box was emptied: what the search highlighted goes back to normal. */
    public void clear() {
        message.set("");
        highlight.clear();
    }

    /** Why the last search or choice did not show anything; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
