package org.entente.ui.present;

import java.util.function.Consumer;

import javafx.util.Duration;

import org.controlsfx.control.Notifications;
import org.entente.ui.shell.MainWindow;

/** Short confirmations ("Exported …", "Saved the view …") that fade out by themselves over the window. */
public final class Notices {

    private Notices() {
    }

    public static Consumer<String> on(MainWindow window) {
        return text -> {
            if (window.stage() == null || !window.stage().isShowing()) return;
            Notifications.create().owner(window.stage()).text(text).hideAfter(Duration.seconds(4)).showInformation();
        };
    }
}
