package org.entente.ui.export;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.task.JobHandle;

/**
 * A small window that shows a running export's progress with a Cancel button, so a 4x or 4K export of
 * a big graph never looks like a frozen app and can be stopped.
 */
public final class ExportProgressDialog {

    private final Stage stage = new Stage();
    private JobHandle handle;
    private boolean closed;

    public ExportProgressDialog(Window owner, BackgroundExecutor executor, java.util.List<String> stylesheets) {
        if (owner != null) stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Exporting…");
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(executor.progressProperty());
        Label message = new Label();
        message.textProperty().bind(executor.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("export-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (handle != null) handle.cancel();
            close();
        });
        VBox box = new VBox(10, message, bar, cancel);
        box.setPadding(new Insets(16));
        Scene scene = new Scene(box);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
    }

    public void show(JobHandle job) {
        this.handle = job;
        if (!job.isCancelled() && !closed) stage.show();
    }

    /** Closes the window; a window closed before it was shown (a job that finished at once) never shows. */
    public void close() {
        closed = true;
        stage.close();
    }
}
