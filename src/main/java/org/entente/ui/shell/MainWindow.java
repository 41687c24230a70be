package org.entente.ui.shell;

import java.io.File;
import java.util.List;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.theme.Theme;

/**
 * The main window: menus and toolbar on top, the filter panel on the left, the graph over the timeline in
 * the centre, the details panel on the right, and a status bar. It only arranges the views it is given
 * and forwards commands to the {@link ShellViewModel}; the views themselves bind to {@link AppState}.
 */
public final class MainWindow {

    /** The views the window arranges, built by the composition root. */
    public record Views(Node graph, Node timeline, Node filterPanel, Node detailsPanel) {
    }

    private final AppState state;
    private final ShellViewModel viewModel;
    private final Settings settings;
    private final BorderPane root = new BorderPane();
    private final MenuBar menuBar = new MenuBar();
    private final ToolBar toolBar = new ToolBar();
    private final SplitPane centre;
    private final SplitPane main;
    private final Menu fileMenu = new Menu("_File");
    private final Menu viewMenu = new Menu("_View");
    private Stage stage;

    public MainWindow(AppState state, ShellViewModel viewModel, BackgroundExecutor executor, Settings settings, Views views) {
        this.state = state;
        this.viewModel = viewModel;
        this.settings = settings;
        centre = new SplitPane(views.graph(), views.timeline());
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.62);
        main = new SplitPane(views.filterPanel(), centre, views.detailsPanel());
        main.setDividerPositions(0.17, 0.77);
        SplitPane.setResizableWithParent(views.filterPanel(), false);
        SplitPane.setResizableWithParent(views.detailsPanel(), false);
        buildMenus();
        buildToolbar();
        root.setTop(new VBox(menuBar, toolBar));
        root.setCenter(main);
        root.setBottom(statusBar(executor));
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
        MenuItem bundled = new MenuItem("Open the _bundled dataset");
        bundled.setOnAction(e -> {
            state.datasetFileProperty().set(null);
            viewModel.openBundled();
        });
        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> { if (stage != null) stage.close(); });
        fileMenu.getItems().addAll(open, reload, bundled, new SeparatorMenuItem(), quit);

        Menu themes = new Menu("_Theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label());
            item.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(state.themeProperty().get() == t);
            item.setOnAction(e -> state.themeProperty().set(t));
            state.themeProperty().addListener((obs, o, n) -> item.setSelected(n == t));
            themes.getItems().add(item);
        }
        viewMenu.getItems().add(themes);
        menuBar.getMenus().addAll(fileMenu, viewMenu);
    }

    private void buildToolbar() {
        Button open = new Button("Open…");
        open.setId("toolbar-open");
        open.setOnAction(e -> chooseAndOpen());
        Button reload = new Button("Reload");
        reload.setOnAction(e -> viewModel.reload());
        toolBar.getItems().addAll(open, reload);
    }

    private Node statusBar(BackgroundExecutor executor) {
        Label title = new Label();
        title.getStyleClass().add("status-title");
        title.setId("status-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> state.getDataset().title(), state.datasetProperty()));
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(viewModel.statusProperty());
        Label activity = new Label();
        activity.textProperty().bind(executor.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(140);
        progress.progressProperty().bind(executor.progressProperty());
        progress.visibleProperty().bind(executor.busyProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(title, counts, spring, activity, progress);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open an Entente dataset");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Entente datasets (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            viewModel.open(file.toPath());
        }
    }

    /** Adds a menu after the built-in ones (export, presentation, analysis...). */
    public void addMenu(Menu menu) {
        menuBar.getMenus().add(menu);
    }

    /** The File menu, for features that add items such as Export. */
    public Menu fileMenu() { return fileMenu; }

    /** The View menu, for features that add view toggles. */
    public Menu viewMenu() { return viewMenu; }

    /** Adds controls to the toolbar. */
    public void addToolbarItems(Node... items) {
        toolBar.getItems().addAll(items);
    }

    public ToolBar toolBar() { return toolBar; }

    public MenuBar menuBar() { return menuBar; }

    /** The centre split (graph over timeline), for presentation mode. */
    public SplitPane centre() { return centre; }

    /** The outer split (filter, centre, details), for presentation mode. */
    public SplitPane main() { return main; }

    public BorderPane root() { return root; }

    /** Builds the scene, installs drag-and-drop of .json files and the theme, and shows the stage. */
    public Scene show(Stage stage) {
        this.stage = stage;
        Scene scene = new Scene(root, 1600, 1000);
        applyTheme(scene, state.themeProperty().get());
        state.themeProperty().addListener((obs, o, n) -> {
            applyTheme(scene, n);
            settings.setTheme(n);
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) viewModel.open(files.get(0).toPath());
            e.setDropCompleted(ok);
            e.consume();
        });
        viewModel.failedLoadProperty().addListener((obs, o, n) -> {
            if (n != null) ProblemsDialog.create(stage, n).show();
        });
        stage.setTitle("Entente");
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    private static void applyTheme(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(theme.stylesheetUrls());
    }

    /** The root node, for tests that mount the window themselves. */
    public Parent rootNode() { return root; }
}
