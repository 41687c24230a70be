package org.entente.ui.present;

import javafx.scene.control.Menu;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * What the classroom features need from the main window, and no more: menus to add to, the panes that
 * presentation mode rearranges, and the stage that owns dialogs. The composition root adapts the main
 * window to this, so presentation, tours and notices never depend on the window class itself.
 */
public interface ClassroomWindow {

    /** The File menu, for Export, Save view and Open view. */
    Menu fileMenu();

    /** Adds a menu before Help. */
    void addMenu(Menu menu);

    /** The window's root: menus and toolbar on top, status bar at the bottom. */
    BorderPane root();

    /** The outer split: filter panel, centre, details panel. */
    SplitPane main();

    /** The centre split: graph over timeline. */
    SplitPane centre();

    /** The stage the window is shown in; null before it is shown. */
    Stage stage();
}
