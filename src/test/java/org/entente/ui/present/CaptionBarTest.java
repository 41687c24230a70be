package org.entente.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The caption bar on a narrow projector (1024 px wide, projector theme's large type): every step's title and caption of the bundled
 * tour is shown whole, wrapping onto more lines, never cut with an ellipsis.
 */
class CaptionBarTest extends ApplicationTest {

    private TourPlayer player;

    @Override
    public void start(Stage stage) {
        player = new TourPlayer(Fixtures.state());
        player.play(BundledTours.defaultTour());
        BorderPane root = new BorderPane(new Pane());
        root.setBottom(new CaptionBar(player));
        Scene scene = new Scene(root, 1024, 768);
        scene.getStylesheets().setAll(org.entente.ui.theme.Theme.PROJECTOR.stylesheetUrls());
        scene.getStylesheets().add(CaptionBar.class.getResource("present.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyStepsTitleAndCaptionAreShownWhole() {
        int steps = player.tourProperty().get().steps().size();
        boolean wrapped = false;
        for (int step = 0; step < steps; step++) {
            int i = step;
            interact(() -> player.goTo(i));
            for (String id : new String[] {"#caption-title", "#caption-text"}) {
                Label label = lookup(id).queryAs(Label.class);
                String shown = from(label).lookup(".text").queryAs(Text.class).getText();
                assertEquals(label.getText(), shown, "step " + (step + 1) + " " + id + " is cut");
                if (id.equals("#caption-text")) wrapped |= label.getHeight() > 1.8 * label.getFont().getSize() * 1.2;
            }
        }
        assertTrue(wrapped, "some caption is long enough to need a second line at 1024 px");
    }
}
