package org.entente.ui.details;

import java.util.List;
import java.util.Objects;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.entente.ui.details.DetailLine.Role;
import org.entente.ui.state.Selection;
import org.entente.ui.controls.LazyTooltip;

/**
 * Draws {@link DetailsContent} as wrapping paragraphs in a scroll pane, under a small bar with Back and
 * Overview; its context menu copies the whole text (for a student's notes, with the sources). Links are text runs (so long titles wrap like the words around them) that select their target
 * when clicked, or with Enter when reached with Tab. Rebuilt on every change of content; a panel holds at
 * most a few hundred nodes.
 */
final class DetailsPanelSkin extends SkinBase<DetailsPanel> {

    private final VBox body = new VBox();
    private final ScrollPane scroll = new ScrollPane(body);

    DetailsPanelSkin(DetailsPanel panel) {
        super(panel);
        DetailsViewModel vm = panel.getViewModel();
        Button back = new Button("‹ Back");
        back.setId("details-back");
        LazyTooltip.set(back, "Show what was selected before");
        back.disableProperty().bind(vm.canGoBackProperty().not());
        back.setOnAction(e -> vm.back());
        Button overview = new Button("Overview");
        overview.setId("details-overview");
        LazyTooltip.set(overview, "Clear the selection and show the dataset");
        overview.setOnAction(e -> vm.clearSelection());
        // a narrow panel (a 1024x768 projector) puts Overview under Back rather than cutting both to "‹ B…"
        back.setMinWidth(Region.USE_PREF_SIZE);
        overview.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(back, overview);
        bar.getStyleClass().add("details-bar");

        body.getStyleClass().add("details-body");
        body.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("details-scroll");

        MenuItem copy = new MenuItem("Copy details as text");
        copy.setId("details-copy");
        copy.setOnAction(e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(vm.getContent().plainText());
            Clipboard.getSystemClipboard().setContent(text);
        });
        scroll.setContextMenu(new ContextMenu(copy));

        BorderPane root = new BorderPane(scroll);
        root.setTop(bar);
        root.getStyleClass().add("details-root");
        getChildren().add(root);

        // Change listener: equal content (the as-of date moved but nothing shown changed) is not redrawn.
        vm.contentProperty().addListener((obs, old, now) -> show(now, sameItem(old, now)));
        show(vm.getContent(), false);
    }

    /** The same item redrawn (a tie started or ended as the date moved): keep the reader's place. */
    private static boolean sameItem(DetailsContent a, DetailsContent b) {
        return a != null && b != null && Objects.equals(a.title(), b.title()) && Objects.equals(a.kicker(), b.kicker());
    }

    private void show(DetailsContent content, boolean keepScroll) {
        double scrolled = scroll.getVvalue();
        body.getChildren().clear();
        VBox header = new VBox();
        header.getStyleClass().add("details-header");
        if (content.kicker() != null && !content.kicker().isEmpty()) {
            header.getChildren().add(label(content.kicker(), "details-kicker"));
        }
        Label title = label(content.title(), "details-title");
        title.setId("details-title");
        header.getChildren().add(title);
        body.getChildren().add(header);
        for (DetailSection section : content.sections()) {
            body.getChildren().add(section(section));
        }
        scroll.setVvalue(keepScroll ? scrolled : 0);
    }

    private Node section(DetailSection section) {
        VBox box = new VBox();
        box.getStyleClass().addAll("details-section", "section-" + section.id());
        if (section.heading() != null && !section.heading().isEmpty()) {
            box.getChildren().add(label(section.heading(), "details-heading"));
        }
        for (List<DetailLine> entry : section.entries()) {
            VBox entryBox = new VBox();
            entryBox.getStyleClass().add("details-entry");
            for (DetailLine line : entry) {
                entryBox.getChildren().add(line(line));
            }
            box.getChildren().add(entryBox);
        }
        return box;
    }

    private Node line(DetailLine line) {
        if (line.role() == Role.URL) {
            TextField url = new TextField(line.plainText());
            url.setEditable(false);
            url.getStyleClass().add("details-url");
            url.setFocusTraversable(false);
            return url;
        }
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll("details-line", "role-" + line.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        for (Fragment f : line.fragments()) {
            Text text = new Text(f.text());
            text.getStyleClass().add(f.isLink() ? "details-link" : "details-text");
            if (f.isLink()) {
                boolean tie = f.link().kind() == Selection.Kind.RELATION;
                if (tie) text.getStyleClass().add("details-tie-link");
                text.setCursor(Cursor.HAND);
                text.setOnMouseClicked(e -> getSkinnable().getViewModel().follow(f));
                text.setFocusTraversable(true);
                text.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                        getSkinnable().getViewModel().follow(f);
                        e.consume();
                    }
                });
                Tooltip.install(text, new Tooltip(tie ? "Show this tie: its dates, sources and disputes" : "Select " + f.text()));
            }
            flow.getChildren().add(text);
        }
        return flow;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
