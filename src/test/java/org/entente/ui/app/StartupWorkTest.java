package org.entente.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;

import org.entente.ui.shell.Settings;
import org.entente.ui.task.ImmediateExecutor;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window does before its first frame, counted rather than timed (timings depend on the machine's
 * load): the window opens on the bundled dataset with the closed sections of the filters and the questions
 * still empty and no tooltip made, so it holds about 460 nodes once the dataset is in (more than 613 before);
 * a closed section gets its controls when opened, and a tooltip when the pointer first comes to its control.
 */
class StartupWorkTest extends ApplicationTest {

    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private AppComposer.App app;

    @Override
    public void start(Stage stage) {
        Settings settings = org.entente.testing.TestSettings.fresh();
        app = new AppComposer(settings, CLOCK, new ImmediateExecutor()).buildOpening(java.util.Optional.empty());
        app.window().show(stage);
    }

    @Test
    void theWindowOpensWithoutBuildingWhatIsClosed() {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.state().getDataset().actors().size() > 100, "the bundled dataset is open");
        int nodes = count(app.window().root());
        assertTrue(nodes < 500, "the window holds " + nodes + " nodes at start-up");
        for (String id : new String[] {"#question-focus", "#question-importance", "#question-compare"}) {
            TitledPane closed = lookup(id).queryAs(TitledPane.class);
            assertFalse(closed.isExpanded(), id);
            assertNull(closed.getContent(), id + " is built before anyone opens it");
        }
        assertTrue(lookup("#path-from").tryQuery().isPresent(), "the open question is built");
        assertEquals(0, tooltips(app.window().root()), "tooltips made before anyone hovered");
    }

    @Test
    void aClosedSectionGetsItsControlsWhenOpened() {
        clickOn("What changed?");
        assertTrue(lookup("#compare-first").tryQuery().isPresent(), "the compare question's date field");
        TitledPane regions = lookup(n -> n instanceof TitledPane t && "Regions".equals(t.getText())).queryAs(TitledPane.class);
        assertNull(regions.getContent(), "the closed Regions section is empty");
        interact(() -> regions.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox region = lookup(n -> n.getId() != null && n.getId().startsWith("filter-region-")).queryAs(CheckBox.class);
        assertTrue(region.isSelected(), "every region starts ticked");
        moveTo("#toolbar-open");
        moveBy(3, 1);
        assertTrue(lookup("#toolbar-open").queryAs(Control.class).getTooltip() != null, "the tooltip is made on the first hover");
        assertEquals("Open a dataset file (Ctrl+O), or drop a .json file on the window",
                lookup("#toolbar-open").queryAs(Control.class).getTooltip().getText());
    }

    private static int count(Node n) {
        int c = 1;
        if (n instanceof Parent p) for (Node k : p.getChildrenUnmodifiable()) c += count(k);
        return c;
    }

    private static int tooltips(Node n) {
        // the settings notice (hidden unless settings cannot be stored) keeps a tooltip that follows its text
        int c = n instanceof Control control && control.getTooltip() != null && !"status-notice".equals(n.getId()) ? 1 : 0;
        if (n instanceof Parent p) for (Node k : p.getChildrenUnmodifiable()) c += tooltips(k);
        return c;
    }
}
