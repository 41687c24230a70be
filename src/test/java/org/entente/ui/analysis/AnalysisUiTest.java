package org.entente.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.entente.logic.filter.MiniWorld;
import org.entente.ui.app.AppComposer;
import org.entente.ui.state.Selection;
import org.entente.ui.shell.Settings;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The filter panel, the search field and the path finder in the assembled window, driven by clicks and
 * typing: unticking a kind hides its actors and updates the counts, Ctrl+F / typing / Enter selects, and
 * picking two actors highlights the path and shows its sentence.
 */
class AnalysisUiTest extends ApplicationTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private AppComposer.App app;

    @Override
    public void start(Stage stage) {
        Settings settings = org.entente.testing.TestSettings.fresh();
        app = new AppComposer(settings, CLOCK, new ImmediateExecutor()).build();
        app.window().show(stage);
        app.state().datasetProperty().set(MiniWorld.build());
        stage.requestFocus();
    }

    private String counts() {
        return lookup("#status-counts").queryAs(Label.class).getText();
    }

    @Test
    void untickingAKindHidesThoseActorsAndUpdatesTheCounts() {
        assertTrue(counts().startsWith("showing 11 of 11 actors, 9 of 10 relations"), counts());
        clickOn("#filter-kind-person");
        assertFalse(app.state().getVisibleGraph().showsActor("mark-rutte"));
        assertFalse(app.state().getVisibleGraph().showsActor("jens-stoltenberg"));
        assertTrue(app.state().getVisibleGraph().showsActor("japan"));
        assertTrue(counts().startsWith("showing 9 of 11 actors, 8 of 10 relations"), counts());
        clickOn("#filter-reset");
        assertTrue(counts().startsWith("showing 11 of 11 actors"), counts());
    }

    @Test
    void ctrlFThenTypingAndEnterSelectsTheActor() {
        clickOn("#filter-reset");
        push(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        write("stol");
        assertEquals("jens-stoltenberg", app.window().toolBar().lookupAll("#search-field").stream()
                .map(n -> ((org.entente.ui.search.SuggestField) n).suggestions().get(0).id()).findFirst().orElseThrow());
        push(KeyCode.ENTER);
        assertEquals(Selection.actor("jens-stoltenberg"), app.state().getSelection());
        assertTrue(app.state().highlighted().contains("jens-stoltenberg"));
    }

    @Test
    void choosingTwoActorsHighlightsThePathAndShowsItsSentence() {
        clickOn("#path-from").write("jap").push(KeyCode.ENTER);
        clickOn("#path-to").write("rut").push(KeyCode.ENTER);
        List<String> sentences = lookup(".path-sentence").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(List.of("Japan takes part in NSATU, which is part of NATO, which Mark Rutte leads."), sentences);
        assertTrue(app.state().highlighted().containsAll(Set.of("japan", "nsatu", "nato", "mark-rutte",
                "japan-participates-in-nsatu", "nsatu-part-of-nato", "mark-rutte-leads-nato")));
        assertEquals("One shortest path, 3 steps as of 1 June 2025:", lookup("#path-summary").queryAs(Label.class).getText());
    }
}
