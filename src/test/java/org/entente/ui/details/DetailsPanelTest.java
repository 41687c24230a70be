package org.entente.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.entente.logic.filter.GraphFilter;
import org.entente.ui.state.AppState;
import org.entente.ui.state.Selection;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The details panel in a real scene: selecting fills it, clicking its links selects related items. */
class DetailsPanelTest extends ApplicationTest {

    private AppState state;

    @Override
    public void start(Stage stage) throws Exception {
        Clock clock = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        state = new AppState(new GraphFilter(), clock);
        state.datasetProperty().set(DetailsViewModelTest.fixture());
        DetailsPanel panel = new DetailsPanel(new DetailsViewModel(state));
        Scene scene = new Scene(panel, 420, 900);
        scene.getStylesheets().setAll(Theme.DARK.stylesheetUrls());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    private String title() {
        return lookup("#details-title").queryAs(Label.class).getText();
    }

    private Node link(String text) {
        return lookup(".details-link").match((Text t) -> t.getText().equals(text)).query();
    }

    @Test
    void selectingAnActorFillsThePanelAndClickingALinkSelectsTheRelatedActor() {
        assertEquals("Small test world", title());
        assertTrue(lookup(".details-text").match((Text t) -> t.getText().startsWith("Click an actor")).tryQuery().isPresent());

        interact(() -> state.select(Selection.actor("japan")));
        assertEquals("Japan", title());
        assertTrue(lookup(".details-link").match((Text t) -> t.getText().equals("Japan announces NSATU staff")).tryQuery().isPresent());
        assertTrue(lookup(".details-text").match((Text t) -> t.getText().contains("日本")).tryQuery().isPresent());

        clickOn(link("G7"));
        assertEquals(Selection.actor("g7"), state.getSelection());
        assertEquals("G7", title());

        clickOn("#details-back");
        assertEquals(Selection.actor("japan"), state.getSelection());

        clickOn(link("Japan announces NSATU staff"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Selection.event("announce"), state.getSelection());
        assertEquals("Japan announces NSATU staff", title());

        clickOn("#details-overview");
        assertEquals(Selection.NONE, state.getSelection());
    }
}
