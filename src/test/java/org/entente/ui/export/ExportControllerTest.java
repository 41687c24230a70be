package org.entente.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.scene.input.Clipboard;
import javafx.stage.Stage;

import org.entente.logic.filter.GraphFilter;
import org.entente.ui.state.AppState;
import org.entente.ui.task.ImmediateExecutor;
import org.entente.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/** Copy diagram puts a picture on the clipboard; an export through the window's path writes the file and says so. */
class ExportControllerTest extends ApplicationTest {

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();
    private ExportController controller;

    @Override
    public void start(Stage stage) {
        AppState state = new AppState(new GraphFilter(), Clock.systemUTC());
        controller = new ExportController(state, new PictureSources(s -> new TestPicture(), s -> new TestPicture()),
                new ImmediateExecutor(), notices::add);
    }

    @Test
    void copyPutsTheDiagramOnTheClipboard() {
        interact(() -> Clipboard.getSystemClipboard().clear());
        interact(() -> controller.copyToClipboard(ExportView.GRAPH));
        boolean[] hasImage = new boolean[1];
        double[] width = new double[1];
        interact(() -> {
            hasImage[0] = Clipboard.getSystemClipboard().hasImage();
            if (hasImage[0]) width[0] = Clipboard.getSystemClipboard().getImage().getWidth();
        });
        assertTrue(hasImage[0]);
        assertEquals(1600, width[0]);
        assertEquals(List.of("Copied the graph to the clipboard"), notices);
    }

    @Test
    void exportWritesTheFileAndReportsIt() throws Exception {
        Path file = dir.resolve("both.png");
        interact(() -> controller.export(new ExportRequest(ExportView.BOTH, 1, 1920, 1080, false, Theme.PROJECTOR, false), file));
        assertEquals(1920, ImageIO.read(file.toFile()).getWidth());
        assertEquals(List.of("Exported " + file), notices);
    }
}
