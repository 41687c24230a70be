package org.entente.ui.present;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The large bar under the diagram in presentation mode: the step's title and its caption for students,
 * with the step number, in type big enough for the back row. Title and caption wrap onto as many lines
 * as they need, so nothing a class should read is ever cut off with an ellipsis, even on a narrow
 * projector.
 */
final class CaptionBar extends BorderPane {

    CaptionBar(TourPlayer player) {
        getStyleClass().add("caption-bar");
        setId("caption-bar");
        Label title = wrapping("caption-title");
        title.textProperty().bind(player.titleProperty());
        Label caption = wrapping("caption-text");
        caption.textProperty().bind(player.captionProperty());
        Label position = new Label();
        position.setId("caption-position");
        position.getStyleClass().add("caption-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        position.textProperty().bind(player.positionProperty());
        Label keys = new Label("→ next   ← back   N notes   Esc leave");
        keys.getStyleClass().add("caption-keys");
        keys.setMinWidth(Region.USE_PREF_SIZE);
        VBox texts = new VBox(4, title, caption);
        texts.setMinWidth(0);
        setCenter(texts);
        setRight(new VBox(4, position, keys));
    }

    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Height depends on width (the texts wrap), so the window asks for the height at its real width
     * rather than at the width the texts would take on one line.
     */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }
}
