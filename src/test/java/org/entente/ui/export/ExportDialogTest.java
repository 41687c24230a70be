package org.entente.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;

import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The export dialog turns the user's choices into the request the exporter gets. */
class ExportDialogTest extends ApplicationTest {

    private ExportDialog dialog;

    @Override
    public void start(Stage stage) {
        dialog = new ExportDialog(null, Theme.DARK);
        dialog.show();
    }

    @Test
    void choosingBothViews4kTheWholeGraphAndTransparentGivesThatRequest() {
        ExportRequest first = dialog.request();
        assertEquals(ExportView.GRAPH, first.view());
        assertEquals(2, first.scale());
        assertEquals(Theme.DARK, first.theme(), "starts in the app's theme");

        clickOn("#export-view").clickOn("Graph and timeline");
        clickOn("#export-size").clickOn("3840 x 2160 (4K)");
        clickOn("The whole graph and time span");
        clickOn("Transparent background");
        ExportRequest r = dialog.request();
        assertEquals(ExportView.BOTH, r.view());
        assertEquals(3840, r.width());
        assertEquals(2160, r.height());
        assertTrue(r.wholeContent());
        assertTrue(r.transparent());
        interact(() -> dialog.close());
    }
}
