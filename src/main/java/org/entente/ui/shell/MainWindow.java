package org.entente.ui.shell;

import org.entente.ui.state.AppState;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;

import javafx.beans.binding.Bindings;

import org.entente.ui.state.ViewHistory;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.theme.Theme;
import org.entente.ui.controls.LazyTooltip;

/**
 * The main window: menus and toolbar on top, the filter panel on the left, the graph over the timeline in
 * the centre, the details panel on the right, and a status bar. It only arranges the views it is given
 * and forwards commands to the {@link ShellViewModel}; the views themselves bind to {@link AppState}.
 */
public final class MainWindow {

    /** The views the window arranges, built by the composition root. */
    public record Views(Node graph, Node timeline, Node filterPanel, Node detailsPanel) {
    }

    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private final AppState state;
    private final ShellViewModel viewModel;
    private final Settings settings;
    private final BorderPane root = new BorderPane();
    private final MenuBar menuBar = new MenuBar();
    private final ToolBar toolBar = new ToolBar();
    private final ToolBar dateBar = new ToolBar();
    private final Region toolbarSpring = new Region();
    private final SplitPane centre;
    private final SplitPane main;
    private final Menu fileMenu = new Menu("_File");
    private final Menu viewMenu = new Menu("_View");
    private final Menu helpMenu = new Menu("_Help");
    private Stage stage;
    private final InitialLayout initialLayout;

    public MainWindow(AppState state, ShellViewModel viewModel, BackgroundExecutor executor, Settings settings,
                      Clock clock, Views views) {
        this.state = state;
        this.viewModel = viewModel;
        this.settings = settings;
        centre = new SplitPane(views.graph(), views.timeline());
        centre.setOrientation(Orientation.VERTICAL);
        main = new SplitPane(views.filterPanel(), centre, views.detailsPanel());
        initialLayout = new InitialLayout(centre, centreSplits(), main, mainSplits());
        SplitPane.setResizableWithParent(views.filterPanel(), false);
        SplitPane.setResizableWithParent(views.detailsPanel(), false);
        buildMenus();
        buildToolbar(clock);
        // the As-of date stands in its own bar beside the toolbar, so it never goes into the overflow menu
        HBox.setHgrow(toolBar, Priority.ALWAYS);
        toolBar.setMinWidth(0);
        dateBar.setMinWidth(Region.USE_PREF_SIZE);
        dateBar.getStyleClass().add("date-bar");
        root.setTop(new VBox(menuBar, new HBox(toolBar, dateBar)));
        root.setCenter(main);
        root.setBottom(new StatusBar(state, viewModel, executor,
                result -> showThemed(ProblemsDialog.warnings(stage, result)),
                () -> showThemed(RemainingErrorsDialog.create(stage, viewModel.remainingErrors()))));
        root.setId("main-window");
    }

    private void buildMenus() {
        MenuItem open = new MenuItem("_Open…");
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem reload = new MenuItem("_Reload");
        reload.setId("menu-reload");
        reload.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        reload.setOnAction(e -> viewModel.reload());
        MenuItem japan = new MenuItem("_Japan, NATO and the war in Ukraine (2025 articles)");
        japan.setId("menu-open-bundled");
        japan.setOnAction(e -> viewModel.openBundled());
        Menu bundled = new Menu("Open the _bundled dataset", null, japan);
        bundled.setId("menu-bundled-datasets");
        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> { if (stage != null) stage.close(); });
        fileMenu.getItems().addAll(open, reload, bundled, new SeparatorMenuItem(), quit);

        Menu themes = new Menu("_Theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label());
            item.setId("theme-" + t.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(state.themeProperty().get() == t);
            item.setOnAction(e -> state.themeProperty().set(t));
            state.themeProperty().addListener((obs, o, n) -> item.setSelected(n == t));
            themes.getItems().add(item);
        }
        viewMenu.getItems().add(themes);

        MenuItem shortcuts = new MenuItem("_Keyboard shortcuts");
        shortcuts.setId("menu-shortcuts");
        shortcuts.setAccelerator(KeyCombination.keyCombination("F1"));
        shortcuts.setOnAction(e -> showThemed(ShortcutsDialog.create(stage)));
        MenuItem about = new MenuItem("_About Entente");
        about.setId("menu-about");
        about.setOnAction(e -> showThemed(AboutDialog.create(stage, state.getDataset())));
        helpMenu.getItems().addAll(shortcuts, about);
        menuBar.getMenus().addAll(fileMenu, viewMenu, helpMenu);
    }

    private void buildToolbar(Clock clock) {
        Button open = new Button("Open…");
        open.setId("toolbar-open");
        LazyTooltip.set(open, "Open a dataset file (Ctrl+O), or drop a .json file on the window");
        open.setOnAction(e -> chooseAndOpen());
        Button reload = new Button("Reload");
        reload.setId("toolbar-reload");
        LazyTooltip.set(reload, "Read the dataset file again after editing it (Ctrl+R)");
        reload.setOnAction(e -> viewModel.reload());
        open.disableProperty().bind(viewModel.loadingProperty());
        reload.disableProperty().bind(viewModel.loadingProperty());
        HBox.setHgrow(toolbarSpring, Priority.ALWAYS);
        toolbarSpring.setMinWidth(8);
        toolBar.getItems().addAll(open, reload, new Separator(Orientation.VERTICAL), toolbarSpring);
        dateBar.getItems().add(new AsOfControl(state, clock));
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an Entente dataset");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Entente datasets (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Path current = state.datasetFileProperty().get();
        String last = settings.get("lastDirectory", null);
        File dir = current != null && current.getParent() != null ? current.getParent().toFile() : last == null ? null : new File(last);
        if (dir != null && dir.isDirectory()) chooser.setInitialDirectory(dir);
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            if (file.getParentFile() != null) settings.put("lastDirectory", file.getParentFile().getPath());
            viewModel.open(file.toPath());
        }
    }

    /**
     * Adds Edit → Undo / Redo (Ctrl+Z; Ctrl+Shift+Z and Ctrl+Y) after File; the items say what they will
     * undo or redo and are disabled when there is nothing to.
     */
    public void installEditMenu(ViewHistory history) {
        Menu edit = new Menu("_Edit");
        edit.setId("menu-edit");
        MenuItem undo = new MenuItem();
        undo.setId("menu-undo");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.textProperty().bind(Bindings.createStringBinding(() -> label("Undo", history.history().undoNameProperty().get()),
                history.history().undoNameProperty()));
        undo.disableProperty().bind(history.history().undoNameProperty().isEmpty());
        undo.setOnAction(e -> history.undo());
        MenuItem redo = new MenuItem();
        redo.setId("menu-redo");
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.textProperty().bind(Bindings.createStringBinding(() -> label("Redo", history.history().redoNameProperty().get()),
                history.history().redoNameProperty()));
        redo.disableProperty().bind(history.history().redoNameProperty().isEmpty());
        redo.setOnAction(e -> history.redo());
        edit.getItems().addAll(undo, redo);
        menuBar.getMenus().add(menuBar.getMenus().indexOf(fileMenu) + 1, edit);
        KeyCombination ctrlY = KeyCombination.keyCombination("Shortcut+Y");
        Runnable redoKey = history::redo;
        root.sceneProperty().addListener((obs, o, n) -> {
            if (o != null) o.getAccelerators().remove(ctrlY);
            if (n != null) n.getAccelerators().put(ctrlY, redoKey);
        });
        if (root.getScene() != null) root.getScene().getAccelerators().put(ctrlY, redoKey);
    }

    private static String label(String verb, String step) {
        return step == null || step.isEmpty() ? verb : verb + " " + step;
    }

    /** Adds a menu after the built-in ones (export, presentation, analysis...), before Help. */
    public void addMenu(Menu menu) {
        menuBar.getMenus().add(menuBar.getMenus().indexOf(helpMenu), menu);
    }

    /** The File menu, for features that add items such as Export. */
    public Menu fileMenu() { return fileMenu; }

    /** The View menu, for features that add view toggles. */
    public Menu viewMenu() { return viewMenu; }

    /** The Help menu. */
    public Menu helpMenu() { return helpMenu; }

    /** Adds controls to the toolbar, after Open and Reload and before the as-of date on the right. */
    public void addToolbarItems(Node... items) {
        toolBar.getItems().addAll(toolBar.getItems().indexOf(toolbarSpring), List.of(items));
    }

    public ToolBar toolBar() { return toolBar; }

    public MenuBar menuBar() { return menuBar; }

    /** The centre split (graph over timeline), for presentation mode. */
    public SplitPane centre() { return centre; }

    /** Where the graph ends and the timeline begins as the window opens, as a share of the height. */
    public static double[] centreSplits() { return new double[] {0.6}; }

    /** Where the filters end and the details begin as the window opens, as shares of the width. */
    public static double[] mainSplits() { return new double[] {0.17, 0.785}; }

    /** The outer split (filter, centre, details), for presentation mode. */
    public SplitPane main() { return main; }

    public BorderPane root() { return root; }

    /** The stage the window is shown in; null before {@link #show(Stage)}. */
    public Stage stage() { return stage; }

    /** Builds the scene, installs drag-and-drop of .json files and the theme, and shows the stage. */
    public Scene show(Stage stage) {
        this.stage = stage;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // Nearly the whole screen (a laptop or a projector is rarely larger than the picture wants), leaving
        // a margin so the window is plainly a window; capped so a very large monitor does not spread it thin.
        Scene scene = new Scene(root, Math.min(1840, screen.getWidth() * 0.96), Math.min(1150, screen.getHeight() * 0.94));
        applyTheme(scene, state.themeProperty().get());
        state.themeProperty().addListener((obs, o, n) -> {
            applyTheme(scene, n);
            settings.setTheme(n);
        });
        installDrop(scene);
        viewModel.failedLoadProperty().addListener((obs, o, n) -> {
            if (n == null) return;
            String stillOpen = viewModel.lastLoadProperty().get() == null ? null : "“" + state.getDataset().title() + "”";
            if (n.toFix().isPresent()) {
                javafx.scene.control.Alert ask = OpenToFixDialog.create(stage, n, stillOpen);
                ask.resultProperty().addListener((o2, was, answer) -> {
                    if (answer == OpenToFixDialog.OPEN_TO_FIX) viewModel.openToFix(n);
                });
                showThemed(ask);
            } else {
                showThemed(ProblemsDialog.create(stage, n, stillOpen));
            }
        });
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        for (int size : ICON_SIZES) {
            var url = MainWindow.class.getResource("icon-" + size + ".png");
            // loaded in the background: six pictures read before the first frame cost start-up time
            if (url != null) stage.getIcons().add(new Image(url.toExternalForm(), true));
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.setWidth(scene.getWidth());
        stage.setHeight(scene.getHeight());
        stage.show();
        initialLayout.settle(stage, scene, scene.getWidth(), scene.getHeight());
        centre.getItems().get(0).requestFocus();
        return scene;
    }

    /** Drop a file anywhere on the window to open it; the window shows that it will take the drop. */
    private void installDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        scene.setOnDragEntered(e -> {
            if (e.getDragboard().hasFiles()) root.getStyleClass().add("drop-target");
        });
        scene.setOnDragExited(e -> root.getStyleClass().remove("drop-target"));
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) viewModel.openDropped(files.stream().map(File::toPath).toList());
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Shows a dialog in the window's theme (dialogs do not inherit their owner's stylesheets). */
    private void showThemed(javafx.scene.control.Alert alert) {
        alert.getDialogPane().getStylesheets().setAll(state.themeProperty().get().stylesheetUrls());
        alert.show();
    }

    private static void applyTheme(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(theme.stylesheetUrls());
    }

    /** The root node, for tests that mount the window themselves. */
    public Parent rootNode() { return root; }
}
