package org.entente.ui.edit;

import java.time.Clock;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.entente.ui.app.AppComposer;
import org.entente.ui.shell.Settings;
import org.entente.ui.state.Selection;
import org.entente.ui.task.FxBackgroundExecutor;

/**
 * Not a test: opens the app on a real display with the actor form or the data view showing, for the
 * README's screenshots ({@code java ... EditScreenshots form|data}, then take the picture).
 */
public final class EditScreenshots {

    private EditScreenshots() {
    }

    public static void main(String[] args) {
        Application.launch(Shots.class, args);
    }

    /** The application that shows the picture. */
    public static final class Shots extends Application {
    @Override
    public void start(Stage stage) {
        String what = getParameters().getRaw().isEmpty() ? "form" : getParameters().getRaw().get(0);
        AppComposer.App app = new AppComposer(org.entente.testing.TestSettings.fresh(),
                Clock.systemDefaultZone(), new FxBackgroundExecutor()).build();
        app.window().show(stage);
        app.state().datasetProperty().addListener(obs -> Platform.runLater(() -> {
            app.state().select(Selection.actor("japan"));
            if (what.equals("form")) {
                ActorForm form = new ActorForm(app.state().getDataset(), null, app.editing().session().defaultSource().orElse(null));
                form.field("name").setText("Republic of Korea");
                form.field("short").setText("South Korea");
                form.field("kind").setText("sate");
                form.field("region").setText("indo-pacific");
                form.field("start").setText("1948-08-15");
                FormDialog.create(stage, form, app.state().themeProperty().get().stylesheetUrls()).show();
            } else {
                app.window().menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "menu-data-table".equals(i.getId())).findFirst().orElseThrow().fire();
            }
        }));
        app.shell().openBundled();
    }
    }
}
