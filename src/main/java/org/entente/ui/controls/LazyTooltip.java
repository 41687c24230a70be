package org.entente.ui.controls;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip, made when the pointer first enters the control. Every JavaFX tooltip is a popup
 * window with a scene of its own, styled on its own; the two dozen in the main window cost a tenth of the
 * work before its first frame, for tips most users never call up. The text is the control's accessible help
 * from the start, as a tooltip's text would be.
 */
public final class LazyTooltip {

    private LazyTooltip() {
    }

    /** Gives {@code control} the tooltip {@code text}, made on the first hover. */
    public static <C extends Control> C set(C control, String text) {
        control.setAccessibleHelp(text);
        return set(control, () -> new Tooltip(text));
    }

    /** Gives {@code control} the tooltip {@code make} makes (one whose text changes, say) on the first hover. */
    public static <C extends Control> C set(C control, java.util.function.Supplier<Tooltip> make) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) control.setTooltip(make.get());
            }
        });
        return control;
    }
}
