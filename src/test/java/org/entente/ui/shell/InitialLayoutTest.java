package org.entente.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window manager that first maps the window small (seen with Openbox) must not leave the app squeezed:
 * the window gets the size it asked for and the graph keeps its share of the height.
 */
class InitialLayoutTest extends ApplicationTest {

    private Stage stage;
    private Scene scene;
    private SplitPane centre;
    private InitialLayout layout;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Pane timeline = new Pane();
        timeline.setMinHeight(170);
        centre = new SplitPane(new Pane(), timeline);
        centre.setOrientation(Orientation.VERTICAL);
        SplitPane main = new SplitPane(new Pane(), centre, new Pane());
        layout = new InitialLayout(centre, new double[] {0.6}, main, new double[] {0.17, 0.77});
        scene = new Scene(main, 900, 300); // mapped small: the timeline's minimum squeezes the graph
        stage.setFullScreen(false);
        stage.setScene(scene);
        stage.setWidth(900); // the stage may be shared with earlier tests: make it small here
        stage.setHeight(300);
        stage.show();
    }

    @Test
    void aWindowMappedSmallGetsItsSizeAndTheDefaultSplitBack() {
        assertEquals(0.43, centre.getDividerPositions()[0], 0.05, "squeezed while small");
        interact(() -> layout.settle(stage, scene, 1600, 1000));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1600, scene.getWidth(), 1);
        assertEquals(1000, scene.getHeight(), 1);
        assertEquals(0.6, centre.getDividerPositions()[0], 0.01, "the graph gets its 60 % again");
    }
}
