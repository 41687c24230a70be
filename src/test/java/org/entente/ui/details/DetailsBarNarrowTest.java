package org.entente.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.entente.logic.filter.GraphFilter;
import org.entente.ui.state.AppState;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The details panel as narrow as a 1024×768 projector leaves it, in the projector theme's large type: its
 * Back and Overview buttons show their whole names (they were cut to "‹ B…" and "Overvi…") and stay inside
 * the panel.
 */
class DetailsBarNarrowTest extends ApplicationTest {

    private static final double NARROW = 210;

    @Override
    public void start(Stage stage) throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        AppState state = new AppState(new GraphFilter(), clock);
        state.datasetProperty().set(DetailsViewModelTest.fixture());
        Scene scene = new Scene(new DetailsPanel(new DetailsViewModel(state)), NARROW, 500);
        scene.getStylesheets().setAll(Theme.PROJECTOR.stylesheetUrls());
        // the test stage is shared: an earlier test's window may have left it a minimum size
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void backAndOverviewShowTheirWholeNamesInANarrowPanel() {
        assertEquals(NARROW, lookup("#details-panel").queryAs(DetailsPanel.class).getWidth(), 1, "the panel is as narrow as asked");
        for (String id : new String[] {"#details-back", "#details-overview"}) {
            Button button = lookup(id).queryAs(Button.class);
            Text shown = (Text) button.lookup(".text");
            assertEquals(button.getText(), shown.getText(), id + " shows its whole name");
            javafx.scene.Node panel = lookup("#details-panel").query();
            Bounds b = panel.sceneToLocal(button.localToScene(button.getLayoutBounds()));
            double width = panel.getLayoutBounds().getWidth();
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= width, id + " lies inside the panel, " + width + " wide: " + b);
        }
    }
}
