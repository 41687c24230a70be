package org.entente.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.entente.ui.app.AppComposer;
import org.entente.ui.shell.Settings;
import org.entente.ui.state.Selection;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The details panel's Back after editing the item it shows: back to what was viewed before, as it is now. */
class BackAfterEditUiTest extends ApplicationTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private AppComposer.App app;

    @Override
    public void start(Stage stage) {
        Settings settings = org.entente.testing.TestSettings.fresh();
        app = new AppComposer(settings, CLOCK, new ImmediateExecutor()).build();
        app.window().show(stage);
        stage.requestFocus();
    }

    @AfterEach
    void closeWindows() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
    }

    private String shownTitle() {
        return lookup("#details-title").queryAs(Labeled.class).getText();
    }

    @Test
    void editingTheItemShownThenBackShowsTheItemViewedBefore() {
        interact(() -> app.shell().openBundled());
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> app.state().select(Selection.actor("japan")));
        interact(() -> app.state().select(Selection.actor("ukraine")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ukraine", shownTitle());

        clickOn("#details-edit");
        clickOn("#form-name").push(KeyCode.CONTROL, KeyCode.A).write("Ukraine (edited)");
        clickOn("#form-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ukraine (edited)", app.state().getDataset().actor("ukraine").orElseThrow().name());
        assertEquals("Ukraine (edited)", shownTitle());

        clickOn("#details-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Selection.actor("japan"), app.state().getSelection());
        assertEquals("Japan", shownTitle());
    }
}
