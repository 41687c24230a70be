package org.entente.ui.search;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.entente.ui.controls.LazyTooltip;

/**
 * The search box in the toolbar (Ctrl+F): suggestions as you type, Enter goes to the best match. Installs
 * its shortcut on whatever scene it is placed in, so the composition root only has to add it.
 */
public final class SearchField extends HBox {

    private static final KeyCombination SHORTCUT = KeyCombination.keyCombination("Shortcut+F");

    private final SuggestField field;

    public SearchField(SearchViewModel vm) {
        field = new SuggestField(vm::suggest, vm::go);
        field.setId("search-field");
        field.setPromptText("Search actors and events (Ctrl+F)");
        field.setPrefColumnCount(24);
        LazyTooltip.set(field, "Names, aliases (日本 finds Japan), summaries and event titles; Enter goes to the best match");
        Label message = new Label();
        message.setId("search-message");
        message.getStyleClass().add("search-message");
        message.textProperty().bind(vm.messageProperty());
        field.textProperty().addListener((obs, o, n) -> {
            if (n == null || n.isBlank()) vm.clear();
        });
        getChildren().addAll(field, message);
        getStyleClass().add("search-box");
        sceneProperty().addListener((obs, o, n) -> install(o, n));
    }

    private void install(Scene old, Scene now) {
        Runnable focus = () -> {
            field.requestFocus();
            field.selectAll();
        };
        if (old != null) old.getAccelerators().remove(SHORTCUT);
        if (now != null) now.getAccelerators().put(SHORTCUT, focus);
    }

    /** The text field, for tests and for focusing. */
    public SuggestField field() {
        return field;
    }
}
