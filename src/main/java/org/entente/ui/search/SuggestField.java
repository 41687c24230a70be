package org.entente.ui.search;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import org.entente.logic.search.SearchHit;

/**
 * A text field with a ranked suggestion list under it, updated as you type. Down and Up move through
 * the list, Enter takes the highlighted suggestion (the best one when none is), Escape closes it, a click
 * takes one. Keyboard focus stays in the field, so typing never stops. Used by the toolbar search and by
 * every "pick an actor" field (path finder, focus).
 */
public class SuggestField extends TextField {

    private static final String CSS = "/org/entente/ui/search/search.css";

    /** Height of a two-line suggestion, for sizing the list to its content. */
    private static final double ROW_HEIGHT = 42;

    private final Function<String, List<SearchHit>> provider;
    private final Consumer<SearchHit> onChoose;
    private final ObservableList<SearchHit> suggestions = FXCollections.observableArrayList();
    /** The list and its popup, made when there is first something to suggest (most fields never need them). */
    private ListView<SearchHit> list;
    private Popup popup;
    private boolean choosing;

    public SuggestField(Function<String, List<SearchHit>> provider, Consumer<SearchHit> onChoose) {
        this.provider = provider;
        this.onChoose = onChoose;
        getStyleClass().add("suggest-field");
        textProperty().addListener((obs, o, n) -> { if (!choosing) refresh(n); });
        focusedProperty().addListener((obs, o, n) -> { if (!n) hidePopup(); });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void makePopup() {
        if (popup != null) return;
        list = new ListView<>(suggestions);
        list.getStyleClass().add("suggest-list");
        list.getStylesheets().add(SuggestField.class.getResource(CSS).toExternalForm());
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new HitCell());
        list.setPrefHeight(300);
        list.setOnMouseClicked(e -> {
            SearchHit hit = list.getSelectionModel().getSelectedItem();
            if (hit != null) choose(hit);
        });
        popup = new Popup();
        popup.getContent().add(list);
        popup.setAutoHide(true);
    }

    private void hidePopup() {
        if (popup != null) popup.hide();
    }

    /** The suggestions for the current text, best first (for tests and the view-model). */
    public ObservableList<SearchHit> suggestions() {
        return suggestions;
    }

    /** Shows {@code hit}'s name in the field without searching again. */
    public void showChosen(String label) {
        choosing = true;
        try {
            setText(label == null ? "" : label);
        } finally {
            choosing = false;
        }
        suggestions.clear();
        hidePopup();
    }

    private void refresh(String text) {
        suggestions.setAll(provider.apply(text == null ? "" : text));
        if (suggestions.isEmpty()) {
            hidePopup();
            return;
        }
        makePopup();
        list.getSelectionModel().clearSelection();
        list.setPrefHeight(Math.min(8, suggestions.size()) * ROW_HEIGHT + 8);
        list.setPrefWidth(Math.max(getWidth(), 340));
        if (popup.isShowing()) popup.sizeToScene();
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            Bounds b = localToScreen(getBoundsInLocal());
            if (b != null) {
                popup.show(this, b.getMinX(), b.getMaxY());
                popup.getScene().getStylesheets().setAll(getScene().getStylesheets());
            }
        }
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            if (suggestions.isEmpty() || list == null) return;
            int i = list.getSelectionModel().getSelectedIndex();
            int next = code == KeyCode.DOWN ? Math.min(suggestions.size() - 1, i + 1) : Math.max(0, i - 1);
            list.getSelectionModel().select(next);
            list.scrollTo(next);
            e.consume();
        } else if (code == KeyCode.ENTER) {
            if (suggestions.isEmpty()) refresh(getText());
            if (!suggestions.isEmpty()) {
                SearchHit hit = list == null ? null : list.getSelectionModel().getSelectedItem();
                choose(hit != null ? hit : suggestions.get(0));
            }
            e.consume();
        } else if (code == KeyCode.ESCAPE && popup != null && popup.isShowing()) {
            popup.hide();
            e.consume();
        }
    }

    private void choose(SearchHit hit) {
        showChosen(hit.label());
        onChoose.accept(hit);
    }

    /** A suggestion: the name in full, and why it matched (alias, kind or date) under it. */
    private static final class HitCell extends ListCell<SearchHit> {
        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(hit.label());
            name.getStyleClass().add("suggest-name");
            Label detail = new Label((hit.isActor() ? "" : "event · ") + (hit.detail() == null ? "" : hit.detail()));
            detail.getStyleClass().add("suggest-detail");
            setText(null);
            setGraphic(new VBox(name, detail));
            setPrefWidth(0);
        }
    }
}
