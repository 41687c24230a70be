package org.entente.ui.filter;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

import org.entente.ui.controls.LazySection;
import org.entente.ui.controls.LazyTooltip;

/**
 * The filter panel on the left: kinds, relation types and regions as check lists with counts, the time
 * window (the timeline's brush, also typed here), only-disputed, minimum ties, hide isolated, and Reset.
 * Built in code and bound to a {@link FilterViewModel}; it holds no state of its own.
 */
public final class FilterPanel extends ScrollPane {

    /** Set while the panel is narrower than {@value #NARROW_EM} of its type's size: a theme may set its check boxes smaller. */
    private static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");
    private static final double NARROW_EM = 14;

    public FilterPanel(FilterViewModel vm) {
        setId("filter-panel");
        getStyleClass().add("filter-panel");
        // the projector theme's large type in a 1024x768 window: smaller check boxes rather than broken words
        widthProperty().addListener((o, was, now) -> {
            double em = lookup("#filter-reset") instanceof Button b ? b.getFont().getSize() : Font.getDefault().getSize();
            pseudoClassStateChanged(NARROW, now.doubleValue() < NARROW_EM * em);
        });
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label title = new Label("Filters");
        title.getStyleClass().add("panel-title");
        Button reset = new Button("Reset");
        reset.setId("filter-reset");
        LazyTooltip.set(reset, "Show everything again: all kinds, types and regions, the whole time line, no focus");
        reset.setOnAction(e -> vm.reset());
        reset.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE); // the column is never narrower than "Filters  Reset": words wrap whole
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(title, spring, reset);
        header.setAlignment(Pos.CENTER_LEFT);

        // the closed sections get their check lists when first opened (see LazySection)
        TitledPane kinds = section("Kinds", () -> checkList(vm.kinds(), "filter-kind-"), true);
        TitledPane types = section("Relation types", () -> checkList(vm.relationTypes(), "filter-type-"), false);
        TitledPane regions = section("Regions", () -> checkList(vm.regions(), "filter-region-"), false);
        TitledPane window = section("Time window", () -> windowFields(vm), true);
        TitledPane more = section("Ties and disputes", () -> moreOptions(vm), true);

        VBox box = new VBox(header, kinds, types, regions, window, more);
        box.getStyleClass().add("filter-box");
        setContent(box);
    }

    /**
     * As narrow as the widest thing in the panel and its scroll bar allow, no narrower: the panel never
     * scrolls sideways, so a narrower panel would cut its content (Reset, the time-window fields) off.
     */
    @Override
    protected double computeMinWidth(double height) {
        javafx.scene.Node content = getContent();
        double contentMin = content == null ? 0 : content.minWidth(-1);
        javafx.scene.Node bar = lookup(".scroll-bar:vertical");
        double barWidth = bar == null ? 0 : bar.prefWidth(-1);
        return Math.max(super.computeMinWidth(height), snappedLeftInset() + contentMin + barWidth + snappedRightInset());
    }

    private static TitledPane section(String title, java.util.function.Supplier<javafx.scene.Node> content, boolean expanded) {
        TitledPane pane = LazySection.of(title, expanded, content);
        pane.getStyleClass().add("filter-section");
        // a long title in the projector's large type gives way with an ellipsis rather than widening the column
        pane.setMinWidth(0);
        return pane;
    }

    private static VBox checkList(ObservableList<Choice> choices, String idPrefix) {
        VBox list = new VBox();
        list.getStyleClass().add("filter-checks");
        Runnable fill = () -> {
            list.getChildren().clear();
            for (Choice c : choices) {
                CheckBox box = new CheckBox(c.text());
                box.setId(idPrefix + c.value());
                box.selectedProperty().bindBidirectional(c.selectedProperty());
                box.disableProperty().bind(c.lastTickedProperty());
                box.setMnemonicParsing(false);
                box.setWrapText(true);
                box.setMinHeight(Region.USE_PREF_SIZE);
                list.getChildren().add(box);
            }
        };
        choices.addListener((ListChangeListener<Choice>) ch -> fill.run());
        fill.run();
        return list;
    }

    private static VBox windowFields(FilterViewModel vm) {
        TextField from = dateField("filter-window-from", "e.g. 2022");
        TextField to = dateField("filter-window-to", "e.g. 2025-06");
        from.textProperty().bindBidirectional(vm.windowFromProperty());
        to.textProperty().bindBidirectional(vm.windowToProperty());
        from.setOnAction(e -> vm.applyWindow());
        to.setOnAction(e -> vm.applyWindow());
        from.focusedProperty().addListener((obs, o, n) -> { if (!n) vm.applyWindow(); });
        to.focusedProperty().addListener((obs, o, n) -> { if (!n) vm.applyWindow(); });
        GridPane grid = new GridPane();
        grid.getStyleClass().add("filter-grid");
        grid.addRow(0, new Label("From"), from);
        grid.addRow(1, new Label("To"), to);
        GridPane.setHgrow(from, Priority.ALWAYS);
        GridPane.setHgrow(to, Priority.ALWAYS);
        Button clear = new Button("Whole time line");
        clear.setId("filter-window-clear");
        clear.setOnAction(e -> vm.clearWindow());
        Label error = new Label();
        error.setId("filter-window-error");
        error.getStyleClass().add("filter-error");
        error.setWrapText(true);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.textProperty().bind(vm.windowErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label hint = new Label("Drag on the timeline's overview to set it, or type a year, month or day.");
        hint.getStyleClass().add("filter-hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(grid, error, clear, hint);
        box.getStyleClass().add("filter-stack");
        return box;
    }

    private static TextField dateField(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(9);
        return field;
    }

    private static VBox moreOptions(FilterViewModel vm) {
        CheckBox disputed = new CheckBox("Only disputed items");
        disputed.setId("filter-only-disputed");
        LazyTooltip.set(disputed, "Keep only ties, actors and events on which the sources disagree");
        disputed.selectedProperty().bindBidirectional(vm.onlyDisputedProperty());
        CheckBox isolated = new CheckBox("Hide actors without ties");
        for (CheckBox box : List.of(disputed, isolated)) {
            box.setWrapText(true);
            box.setMinHeight(Region.USE_PREF_SIZE);
        }
        isolated.setId("filter-hide-isolated");
        isolated.selectedProperty().bindBidirectional(vm.hideIsolatedProperty());
        Spinner<Integer> ties = new Spinner<>(0, 20, 0);
        ties.setId("filter-min-ties");
        ties.setPrefWidth(80);
        ties.getValueFactory().valueProperty().addListener((obs, o, n) -> vm.minTiesProperty().set(n == null ? 0 : n));
        vm.minTiesProperty().addListener((obs, o, n) -> ties.getValueFactory().setValue(n.intValue()));
        Label tiesLabel = new Label("At least");
        Label tiesUnit = new Label("ties");
        FlowPane tiesRow = new FlowPane(tiesLabel, ties, tiesUnit);
        tiesRow.getStyleClass().add("filter-row");
        tiesRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(disputed, isolated, tiesRow);
        box.getStyleClass().add("filter-stack");
        return box;
    }
}
