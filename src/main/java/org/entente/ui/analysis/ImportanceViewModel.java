package org.entente.ui.analysis;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.entente.logic.analysis.ActorScore;
import org.entente.logic.analysis.Importance;
import org.entente.logic.analysis.Measure;
import org.entente.logic.filter.VisibleGraph;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.task.JobHandle;

/**
 * Importance: ranks the actors of the visible graph by degree, betweenness or closeness, sizes the
 * graph's nodes by the chosen measure when asked and colours them by community when asked. The measures
 * run in the background (betweenness is heavy on big graphs) and only while someone looks at them: when
 * the Importance tab is showing or nodes are sized or coloured by them.
 */
public final class ImportanceViewModel {

    /** Rows in the ranked table. */
    public static final int TOP = 20;

    private final AppState state;
    private final BackgroundExecutor executor;
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(this, "measure", Measure.DEGREE);
    private final BooleanProperty sizeNodes = new SimpleBooleanProperty(this, "sizeNodes", false);
    private final BooleanProperty colourByCommunity = new SimpleBooleanProperty(this, "colourByCommunity", false);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ObservableList<ActorScore> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Importance latest;
    private VisibleGraph measured;
    private JobHandle running;

    public ImportanceViewModel(AppState state, BackgroundExecutor executor) {
        this.state = state;
        this.executor = executor;
        state.visibleGraphProperty().addListener(obs -> refresh());
        active.addListener(obs -> refresh());
        sizeNodes.addListener(obs -> { refresh(); publish(); });
        colourByCommunity.addListener(obs -> { refresh(); publish(); });
        measure.addListener(obs -> { showRows(); publish(); });
    }

    private boolean wanted() {
        return active.get() || sizeNodes.get() || colourByCommunity.get();
    }

    private void refresh() {
        VisibleGraph v = state.getVisibleGraph();
        if (!wanted() || v == measured) {
            return;
        }
        if (running != null) running.cancel();
        status.set("Measuring " + v.actorCount() + " actors…");
        running = executor.submit("Measuring importance", p -> Importance.of(v.graph()), result -> {
            latest = result;
            measured = v;
            showRows();
            publish();
        }, error -> status.set("Could not measure importance: " + error.getMessage()));
    }

    private void showRows() {
        if (latest == null) {
            rows.clear();
            return;
        }
        rows.setAll(latest.top(measure.get(), TOP));
        int actors = latest.scores().size();
        status.set(actors == 0 ? "Nothing is shown." : measure.get().explanation() + " " + actors + " actors, "
                + latest.communityCount() + " communities.");
    }

    /** Writes node sizes and community colours to the shared state, or clears them. */
    private void publish() {
        state.nodeWeightsProperty().set(sizeNodes.get() && latest != null ? latest.normalised(measure.get()) : null);
        state.communitiesProperty().set(colourByCommunity.get() && latest != null ? latest.communities() : null);
    }

    /** Selects the actor of a table row. */
    public void select(ActorScore row) {
        if (row != null) state.select(Selection.actor(row.actor().id()));
    }

    /** The display value of a row for the current measure: "12" ties, "34.5", "0.62". */
    public String valueText(ActorScore row) {
        double v = row.value(measure.get());
        return switch (measure.get()) {
            case DEGREE -> String.valueOf((int) v);
            case BETWEENNESS -> String.format(java.util.Locale.ROOT, "%.1f", v);
            case CLOSENESS -> String.format(java.util.Locale.ROOT, "%.2f", v);
        };
    }

    public ObjectProperty<Measure> measureProperty() { return measure; }
    public BooleanProperty sizeNodesProperty() { return sizeNodes; }
    public BooleanProperty colourByCommunityProperty() { return colourByCommunity; }
    /** True while the Importance tab is showing. */
    public BooleanProperty activeProperty() { return active; }
    public ObservableList<ActorScore> rows() { return rows; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
