package org.entente.ui.timeline;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.Node;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.controlsfx.control.CheckComboBox;
import org.entente.logic.timeline.LaneMode;
import org.entente.model.Actor;
import org.entente.model.DateRange;
import org.entente.model.Dataset;
import org.entente.ui.controls.LazyTooltip;

/**
 * The small row of controls above the timeline canvas: lane mode and, in per-actor mode, which actors get
 * swimlanes; fit all; previous event, play/pause with its speed, next event; and the current time window
 * with a button to clear it. Every control only calls view-model commands or binds to its properties.
 */
final class TimelineControls {

    private static final DateTimeFormatter WINDOW_FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final TimelineViewModel vm;
    private final CheckComboBox<String> actors = new CheckComboBox<>();
    private boolean syncing;

    TimelineControls(TimelineViewModel vm) {
        this.vm = vm;
    }

    ToolBar build() {
        ChoiceBox<LaneMode> mode = new ChoiceBox<>(FXCollections.observableArrayList(LaneMode.values()));
        mode.setId("timeline-lane-mode");
        mode.valueProperty().bindBidirectional(vm.laneModeProperty());
        LazyTooltip.set(mode, "Group the timeline into lanes by actor kind, by tag, or one lane per chosen actor");

        actors.setId("timeline-lane-actors");
        actors.setTitle("Actors…");
        actors.setShowCheckedCount(true);
        actors.setPrefWidth(210);
        actors.setMaxWidth(210);
        actors.visibleProperty().bind(vm.laneModeProperty().isEqualTo(LaneMode.ACTOR));
        actors.managedProperty().bind(actors.visibleProperty());
        LazyTooltip.set(actors, "Pick the actors that get a swimlane");
        fillActors(vm.state().getDataset());
        vm.state().datasetProperty().addListener((obs, o, n) -> fillActors(n));
        actors.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) vm.laneActors().setAll(List.copyOf(actors.getCheckModel().getCheckedItems()));
        });

        Button fit = button("Fit all", "timeline-fit", "Show the whole time span (0)");
        fit.setOnAction(e -> vm.fitAll());
        Button previous = button("◀ Previous", "timeline-previous", "Move the as-of date to the previous event (←)");
        previous.setOnAction(e -> vm.stepPrevious());
        Button play = button("Play", "timeline-play", "Move the as-of date through time (Space)");
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then("Pause").otherwise("Play"));
        play.setOnAction(e -> vm.togglePlay());
        ChoiceBox<PlaySpeed> speed = new ChoiceBox<>(FXCollections.observableArrayList(PlaySpeed.values()));
        speed.setId("timeline-speed");
        speed.valueProperty().bindBidirectional(vm.speedProperty());
        LazyTooltip.set(speed, "How fast Play moves through time");
        Button next = button("Next ▶", "timeline-next", "Move the as-of date to the next event (→)");
        next.setOnAction(e -> vm.stepNext());

        Label window = new Label();
        window.setId("timeline-window-label");
        window.getStyleClass().add("timeline-window-label");
        window.textProperty().bind(Bindings.createStringBinding(() -> windowText(vm.state().timeWindowProperty().get()),
                vm.state().timeWindowProperty()));
        Button clear = button("Clear window", "timeline-clear-window", "Show what holds at any time again (double-click the overview)");
        clear.setOnAction(e -> vm.clearWindow());
        clear.disableProperty().bind(Bindings.createBooleanBinding(
                () -> DateRange.ALL.equals(vm.state().timeWindowProperty().get()), vm.state().timeWindowProperty()));

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label lanes = new Label("Lanes");
        // a tool bar rather than a box: when the window is narrow, what does not fit goes into its overflow menu
        ToolBar row = new ToolBar(lanes, mode, actors, fit, new Separator(Orientation.VERTICAL), previous, play, speed, next,
                spring, window, clear);
        row.getStyleClass().add("timeline-controls");
        for (Node n : row.getItems()) {
            if (n instanceof Region r && n != spring) r.setMinWidth(Region.USE_PREF_SIZE);
        }
        return row;
    }

    private void fillActors(Dataset dataset) {
        syncing = true;
        try {
            List<String> ids = dataset.actors().stream().sorted(Comparator.comparing(a -> a.name().toLowerCase(Locale.ROOT)))
                    .map(Actor::id).toList();
            actors.getCheckModel().clearChecks();
            actors.getItems().setAll(ids);
            actors.setConverter(new StringConverter<>() {
                @Override
                public String toString(String id) {
                    return id == null ? "" : dataset.actor(id).map(Actor::name).orElse(id);
                }

                @Override
                public String fromString(String s) {
                    return s;
                }
            });
            for (String id : vm.laneActors()) actors.getCheckModel().check(id);
        } finally {
            syncing = false;
        }
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        LazyTooltip.set(b, tip);
        b.setFocusTraversable(false);
        return b;
    }

    static String windowText(DateRange w) {
        if (w == null || (w.start() == null && w.end() == null)) return "Window: all time";
        String a = w.start() == null ? "…" : WINDOW_FORMAT.format(w.start());
        String b = w.end() == null ? "…" : WINDOW_FORMAT.format(w.end());
        return "Window: " + a + " – " + b;
    }
}
