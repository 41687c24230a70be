package org.entente.ui.present;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The large bar under the diagram in presentation mode: the step's title and its caption for students,
 * with the step number, in type big enough for the back row. Title and caption wrap onto as many lines
 * as they need, so nothing a class should read is ever cut off with an ellipsis, even on a narrow
 * projector; in a short window (1024×768) the type is a size smaller so the bar keeps to a fifth of the
 * height and the diagram stays the main thing.
 */
final class CaptionBar extends BorderPane {

    /** Windows shorter than this (a 1024×768 projector) get the compact type, so the bar keeps to a fifth of the height. */
    static final double COMPACT_BELOW = 900;

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
        VBox counter = new VBox(0, position, keys);
        counter.setAlignment(Pos.TOP_RIGHT);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        // the title wraps in what the counter leaves, so the two never meet; the caption takes the full width
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(16, title, counter);
        VBox texts = new VBox(2, top, caption);
        texts.setMinWidth(0);
        setCenter(texts);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                compact(scene.getHeight());
                scene.heightProperty().addListener((h, a, b) -> compact(b.doubleValue()));
            }
        });
    }

    private void compact(double windowHeight) {
        boolean small = windowHeight > 0 && windowHeight < COMPACT_BELOW;
        if (small && !getStyleClass().contains("compact")) getStyleClass().add("compact");
        if (!small) getStyleClass().remove("compact");
    }

    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMinWidth(0);
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
