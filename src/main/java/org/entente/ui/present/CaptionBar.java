package org.entente.ui.present;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The large bar under the diagram in presentation mode: the step's title and its caption for students,
 * with the step number, in type big enough for the back row.
 */
final class CaptionBar extends BorderPane {

    CaptionBar(TourPlayer player) {
        getStyleClass().add("caption-bar");
        setId("caption-bar");
        Label title = new Label();
        title.setId("caption-title");
        title.getStyleClass().add("caption-title");
        title.textProperty().bind(player.titleProperty());
        Label caption = new Label();
        caption.setId("caption-text");
        caption.getStyleClass().add("caption-text");
        caption.setWrapText(true);
        caption.textProperty().bind(player.captionProperty());
        Label position = new Label();
        position.setId("caption-position");
        position.getStyleClass().add("caption-position");
        position.textProperty().bind(player.positionProperty());
        Label keys = new Label("→ next   ← back   N notes   Esc leave");
        keys.getStyleClass().add("caption-keys");
        setCenter(new VBox(4, title, caption));
        setRight(new VBox(4, position, keys));
    }
}
