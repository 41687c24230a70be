package org.entente.ui.app;

import org.entente.ui.state.AppState;
import org.entente.ui.state.History;
import org.entente.ui.state.ViewHistory;
import org.entente.ui.shell.MainWindow;
import org.entente.ui.shell.ShellViewModel;
import org.entente.ui.shell.Settings;

import java.time.Clock;

import javafx.application.Platform;

import org.entente.logic.filter.GraphFilter;
import org.entente.logic.load.DatasetLoader;
import org.entente.ui.analysis.CompareViewModel;
import org.entente.ui.analysis.FocusViewModel;
import org.entente.ui.analysis.ImportanceViewModel;
import org.entente.ui.analysis.PathViewModel;
import org.entente.ui.analysis.QuestionsPanel;
import org.entente.ui.details.DetailsPanel;
import org.entente.ui.details.DetailsViewModel;
import org.entente.ui.export.PictureSources;
import org.entente.ui.filter.FilterPanel;
import org.entente.ui.filter.FilterViewModel;
import org.entente.ui.filter.Sidebar;
import org.entente.ui.graph.GraphView;
import org.entente.ui.present.Classroom;
import org.entente.ui.present.ClassroomWindow;
import org.entente.ui.present.GraphFraming;
import org.entente.ui.present.Notices;
import org.entente.ui.present.TimelineFraming;
import org.entente.ui.search.SearchField;
import org.entente.ui.search.SearchViewModel;
import org.entente.ui.task.BackgroundExecutor;
import org.entente.ui.timeline.TimelineView;

/**
 * The composition root: builds the services, the shared state and every view, and wires them together
 * by constructor injection. The application and the UI tests both assemble the app through here, so
 * tests exercise the same wiring users get.
 */
public final class AppComposer {

    /** Everything the running app is made of, for the application class and for tests. */
    public record App(AppState state, ShellViewModel shell, MainWindow window, ViewHistory history) {
    }

    private final Settings settings;
    private final Clock clock;
    private final BackgroundExecutor executor;

    public AppComposer(Settings settings, Clock clock, BackgroundExecutor executor) {
        this.settings = settings;
        this.clock = clock;
        this.executor = executor;
    }

    /** Builds the app (nothing loaded yet; call {@code shell().openBundled()} or {@code open(file)}). */
    public App build() {
        AppState state = new AppState(new GraphFilter(), clock);
        state.themeProperty().set(settings.theme());
        DatasetLoader loader = new DatasetLoader();
        ShellViewModel shell = new ShellViewModel(state, loader, executor);
        SearchViewModel search = new SearchViewModel(state);
        QuestionsPanel questions = new QuestionsPanel(new FocusViewModel(state),
                new PathViewModel(state), new ImportanceViewModel(state, executor), new CompareViewModel(state), search);
        Sidebar sidebar = new Sidebar(new FilterPanel(new FilterViewModel(state)), questions, questions.showsAListProperty());
        GraphView graphView = new GraphView(state, executor);
        TimelineView timelineView = new TimelineView(state, clock);
        MainWindow.Views views = new MainWindow.Views(
                graphView,
                timelineView,
                sidebar,
                new DetailsPanel(new DetailsViewModel(state)));
        MainWindow window = new MainWindow(state, shell, executor, settings, clock, views);
        window.addToolbarItems(new SearchField(search));
        ViewHistory history = new ViewHistory(state, new History(), Platform::runLater, System::nanoTime);
        window.installEditMenu(history);
        new org.entente.ui.importer.ImportMenu(state, executor, org.entente.logic.io.importer.Importers.standard(), window::stage)
                .install(window.fileMenu(), window.root());
        new org.entente.ui.dataexport.ExportDataMenu(new org.entente.ui.dataexport.ExportDataViewModel(state,
                org.entente.logic.io.exporter.Exporters.standard(), executor), window::stage).install(window.fileMenu());
        new Classroom(state, classroomWindow(window), executor, new PictureSources(
                s -> graphView.renderable(), s -> timelineView.renderable()),
                GraphFraming.of(graphView.viewModel()), TimelineFraming.of(timelineView.viewModel()),
                Notices.on(window::stage)).install();
        settings.onFailure(shell::notice);
        return new App(state, shell, window, history);
    }

    /** The main window as the classroom features see it: only menus, panes and the stage. */
    private static ClassroomWindow classroomWindow(MainWindow window) {
        return new ClassroomWindow() {
            @Override public javafx.scene.control.Menu fileMenu() { return window.fileMenu(); }
            @Override public void addMenu(javafx.scene.control.Menu menu) { window.addMenu(menu); }
            @Override public javafx.scene.layout.BorderPane root() { return window.root(); }
            @Override public javafx.scene.control.SplitPane main() { return window.main(); }
            @Override public javafx.scene.control.SplitPane centre() { return window.centre(); }
            @Override public javafx.stage.Stage stage() { return window.stage(); }
        };
    }
}
