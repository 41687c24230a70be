package org.entente.ui.analysis;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.entente.ui.search.SearchViewModel;

/**
 * The questions a student can ask of the graph, as tabs under the filters: Focus, Path ("how are A and
 * B connected?"), Importance and Compare (two dates). Each tab is bound to its own view-model.
 */
public final class QuestionsPanel extends TabPane {

    private static final String CSS = "/org/entente/ui/analysis/analysis.css";

    public QuestionsPanel(FocusViewModel focus, PathViewModel path, ImportanceViewModel importance,
                          CompareViewModel compare, SearchViewModel search) {
        setId("questions-panel");
        getStyleClass().add("questions-panel");
        getStylesheets().add(QuestionsPanel.class.getResource(CSS).toExternalForm());
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab focusTab = tab("Focus", "tab-focus", new FocusPane(focus, search::suggestActors));
        Tab pathTab = tab("Path", "tab-path", new PathPane(path, search::suggestActors));
        Tab importanceTab = tab("Importance", "tab-importance", new ImportancePane(importance));
        Tab compareTab = tab("Compare", "tab-compare", new ComparePane(compare));
        importance.activeProperty().bind(importanceTab.selectedProperty());
        getTabs().setAll(focusTab, pathTab, importanceTab, compareTab);
        getSelectionModel().select(pathTab);
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }
}
