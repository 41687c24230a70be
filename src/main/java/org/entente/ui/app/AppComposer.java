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
    public record App(AppState state, ShellViewModel shell, MainWindow window, ViewHistory history, Editing editing) {
    }

    /** The editing of datasets (ui.edit), for tests that answer its dialogs. */
    public record Editing(org.entente.ui.edit.EditSession session, org.entente.ui.edit.EditActions actions,
                          org.entente.ui.edit.SaveFlow save, org.entente.ui.edit.Autosave autosave,
                          org.entente.ui.shell.RemainingErrors remaining) {

        /**
         * After a crash: offers the unsaved edits an earlier run left, once the first dataset is open; edits
         * restored with errors are open to fix (the status bar counts what remains).
         */
        public void offerRecovery(java.util.function.Supplier<javafx.stage.Window> owner) {
            autosave.offerAtStart(found -> actions.ask(org.entente.ui.edit.RecoveryDialog.create(owner.get(), found,
                    session.state().themeProperty().get().stylesheetUrls())).orElse(null) == org.entente.ui.edit.RecoveryDialog.RESTORE,
                    found -> {
                        if (found.errors() > 0) remaining.start(found.problems(), true);
                    });
        }
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
        return build(shell -> { });
    }

    /**
     * Builds the app and starts opening {@code file} (the bundled dataset when empty) before the views are
     * built: with the background executor the dataset is read while the window is being built and shown,
     * instead of after it, and arrives once the window is up.
     */
    public App buildOpening(java.util.Optional<java.nio.file.Path> file) {
        return build(shell -> file.ifPresentOrElse(shell::open, shell::openBundled));
    }

    private App build(java.util.function.Consumer<ShellViewModel> opening) {
        AppState state = new AppState(new GraphFilter(), clock);
        state.themeProperty().set(settings.theme());
        DatasetLoader loader = DatasetLoader.openingToFix();
        ShellViewModel shell = new ShellViewModel(state, loader, executor);
        opening.accept(shell);
        SearchViewModel search = new SearchViewModel(state);
        QuestionsPanel questions = new QuestionsPanel(new FocusViewModel(state),
                new PathViewModel(state), new ImportanceViewModel(state, executor), new CompareViewModel(state), search);
        Sidebar sidebar = new Sidebar(new FilterPanel(new FilterViewModel(state)), questions, questions.showsAListProperty());
        GraphView graphView = new GraphView(state, executor);
        TimelineView timelineView = new TimelineView(state, clock);
        ViewHistory history = new ViewHistory(state, new History(), Platform::runLater, System::nanoTime);
        MainWindow[] windowRef = new MainWindow[1];
        java.util.function.Supplier<javafx.stage.Window> owner = () -> windowRef[0] == null ? null : windowRef[0].stage();
        org.entente.ui.edit.EditSession session = new org.entente.ui.edit.EditSession(state, history, new org.entente.logic.edit.DatasetSaver());
        org.entente.ui.edit.EditActions editActions = new org.entente.ui.edit.EditActions(session, owner);
        org.entente.ui.edit.SaveFlow saveFlow = new org.entente.ui.edit.SaveFlow(session, editActions, owner);
        MainWindow.Views views = new MainWindow.Views(
                graphView,
                timelineView,
                sidebar,
                org.entente.ui.edit.DetailsEditBar.around(new DetailsPanel(new DetailsViewModel(state)), state, editActions));
        MainWindow window = new MainWindow(state, shell, executor, settings, clock, views);
        windowRef[0] = window;
        window.addToolbarItems(new SearchField(search));
        window.installEditMenu(history);
        new org.entente.ui.importer.ImportMenu(state, executor, org.entente.logic.io.importer.Importers.standard(), window::stage)
                .install(window.fileMenu(), window.root());
        new org.entente.ui.dataexport.ExportDataMenu(new org.entente.ui.dataexport.ExportDataViewModel(state,
                org.entente.logic.io.exporter.Exporters.standard(), executor), window::stage).install(window.fileMenu());
        new Classroom(state, classroomWindow(window), executor, new PictureSources(
                s -> graphView.renderable(), s -> timelineView.renderable()),
                GraphFraming.of(graphView.viewModel()), TimelineFraming.of(timelineView.viewModel()),
                Notices.on(window::stage)).install();
        installEditing(window, shell, session, editActions, saveFlow, graphView, timelineView, owner);
        settings.onFailure(shell::notice);
        org.entente.ui.edit.Autosave autosave = new org.entente.ui.edit.Autosave(session,
                new org.entente.logic.edit.Recovery(recoveryFolder()), executor);
        return new App(state, shell, window, history, new Editing(session, editActions, saveFlow, autosave, shell.remainingErrors()));
    }

    /**
     * Where autosave keeps the recovery file: the folder {@code entente.recovery.dir} names; else, when the
     * configuration folder is chosen with {@code entente.config.dir} (a second profile, a test, a portable
     * install), a {@code recovery} folder inside it, so that such a run neither offers nor overwrites the
     * user's own recovery; else the user's data folder ({@code ~/.entente/recovery}).
     */
    static java.nio.file.Path recoveryFolder() {
        String named = System.getProperty("entente.recovery.dir");
        if (named != null && !named.isBlank()) return java.nio.file.Path.of(named);
        String config = System.getProperty("entente.config.dir");
        if (config != null && !config.isBlank()) return java.nio.file.Path.of(config, "recovery");
        return org.entente.logic.edit.Recovery.userFolder();
    }

    /** File → New / Save / Save As, the Edit menu's forms, the graph's and timeline's gestures, the dirty marker. */
    private static void installEditing(MainWindow window, ShellViewModel shell, org.entente.ui.edit.EditSession session,
                                       org.entente.ui.edit.EditActions actions, org.entente.ui.edit.SaveFlow save,
                                       GraphView graphView, TimelineView timelineView,
                                       java.util.function.Supplier<javafx.stage.Window> owner) {
        org.entente.ui.edit.EditMenus menus = new org.entente.ui.edit.EditMenus(actions, save, owner);
        javafx.scene.control.Menu edit = window.menuBar().getMenus().stream().filter(m -> "menu-edit".equals(m.getId()))
                .findFirst().orElseThrow();
        menus.install(window.fileMenu(), edit, window.root());
        menus.installTimeline(timelineView, (x, y) -> timelineView.dateAtScene(x, y).map(Object::toString));
        new org.entente.ui.edit.GraphGestures(graphView, actions).install();
        window.addToolbarItems(menus.messageLabel());
        new org.entente.ui.data.DataWindow(actions.session().state(), actions, owner)
                .install(window.viewMenu());
        shell.dirtyProperty().bind(session.dirtyProperty());
        shell.setMayReplace(menus.mayReplace());
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
