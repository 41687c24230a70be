package org.entente.ui.graph;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javafx.stage.Stage;

import org.entente.ui.app.AppComposer;
import org.entente.ui.render.SceneItem;
import org.entente.ui.shell.Settings;
import org.entente.ui.task.ImmediateExecutor;
import org.entente.ui.theme.Theme;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The running window on the bundled dataset as of 9 April 2025, resized as a window manager would and
 * settled, for tests that check the graph from what its last frame drew.
 */
abstract class LiveBundledGraphTest extends ApplicationTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 4, 9);
    private static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    AppComposer.App app;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Settings settings = org.entente.testing.TestSettings.fresh();
        app = new AppComposer(settings, CLOCK, new ImmediateExecutor()).build();
        app.window().show(stage);
        app.shell().open(Path.of("seeds/entente.json"));
        app.state().asOfProperty().set(AS_OF);
    }

    GraphView view() {
        return lookup("#graph-view").queryAs(GraphView.class);
    }

    /**
     * Resizes the window (as the window manager would), switches the theme and waits for settled frames.
     * A key press first, as a user's first touch: until then the window keeps the size it opened at (see
     * InitialLayout), and a smaller size asked for here would be quietly undone. The window must end up at
     * the size asked for, so a check at 1024×768 can never run on a bigger window instead.
     */
    List<SceneItem> frameAt(double w, double h, Theme theme) {
        press(javafx.scene.input.KeyCode.SHIFT).release(javafx.scene.input.KeyCode.SHIFT);
        interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
            app.state().themeProperty().set(theme);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the shares the window starts with on a screen of this size (MainWindow's initial layout)
        interact(() -> {
            app.window().main().setDividerPositions(org.entente.ui.shell.MainWindow.mainSplits());
            app.window().centre().setDividerPositions(org.entente.ui.shell.MainWindow.centreSplits());
        });
        for (int i = 0; i < 4; i++) {
            interact(() -> view().viewModel().settle());
            WaitForAsyncUtils.sleep(120, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        org.junit.jupiter.api.Assertions.assertEquals(w, stage.getWidth(), 1, "the window's width");
        org.junit.jupiter.api.Assertions.assertEquals(h, stage.getHeight(), 1, "the window's height");
        return view().lastFrame();
    }
}
