package org.entente.ui.analysis;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Accordion;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;

import org.entente.ui.controls.LazySection;
import org.entente.ui.search.SearchViewModel;

/**
 * The questions a student can ask of the graph, under the filters: Focus, Path ("how are A and B
 * connected?"), Importance and Compare (two dates). An accordion rather than tabs, so every title reads in
 * full in the narrow left column, even with the projector theme's large type (and a narrow column never
 * widens because of them: they give way with an ellipsis); one question is open at a
 * time. Each section is bound to its own view-model. A section's controls are built when it is first
 * opened: the closed ones cost nothing before the window first appears (they were two fifths of its nodes).
 */
public final class QuestionsPanel extends Accordion {

    private final javafx.beans.property.ReadOnlyBooleanWrapper showsAList = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "showsAList");

    public QuestionsPanel(FocusViewModel focus, PathViewModel path, ImportanceViewModel importance,
                          CompareViewModel compare, SearchViewModel search) {
        setId("questions-panel");
        getStyleClass().add("questions-panel");
        TitledPane focusPane = section("Focus", "question-focus", () -> new FocusPane(focus, search::suggestActors));
        TitledPane pathPane = section("How are two connected?", "question-path", () -> new PathPane(path, search::suggestActors));
        TitledPane importancePane = section("Who matters most?", "question-importance", () -> new ImportancePane(importance));
        TitledPane comparePane = section("What changed?", "question-compare", () -> new ComparePane(compare));
        importance.activeProperty().bind(importancePane.expandedProperty());
        getPanes().setAll(focusPane, pathPane, importancePane, comparePane);
        setExpandedPane(pathPane);
        showsAList.bind(expandedPaneProperty().isEqualTo(comparePane).or(expandedPaneProperty().isEqualTo(importancePane)));
        setMinWidth(0);
        setMinHeight(0);
    }

    /** True while the open question answers with a list (What changed?, Who matters most?), which wants height. */
    public javafx.beans.property.ReadOnlyBooleanProperty showsAListProperty() {
        return showsAList.getReadOnlyProperty();
    }

    /**
     * A question whose content is made by {@code content} when it is first opened; the content scrolls when
     * the column is short (the projector theme's large type).
     */
    private static TitledPane section(String title, String id, Supplier<Node> content) {
        TitledPane pane = LazySection.of(title, false, () -> scrolling(content.get()));
        pane.setId(id);
        pane.getStyleClass().add("question-section");
        pane.setMinWidth(0);
        pane.setMinHeight(0);
        return pane;
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("question-scroll");
        scroll.setMinHeight(0);
        return scroll;
    }
}
