package org.entente.ui.present;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.stage.Window;
import javafx.util.Duration;

import org.controlsfx.control.Notifications;

/** Short confirmations ("Exported …", "Saved the view …") that fade out by themselves over the window. */
public final class Notices {

    private Notices() {
    }

    /** Notices over the window {@code owner} supplies; nothing is shown while it is not showing. */
    public static Consumer<String> on(Supplier<? extends Window> owner) {
        return text -> {
            Window w = owner.get();
            if (w == null || !w.isShowing()) return;
            Notifications.create().owner(w).text(text).hideAfter(Duration.seconds(4)).showInformation();
        };
    }
}
