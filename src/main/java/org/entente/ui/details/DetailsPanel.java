package org.entente.ui.details;

import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The details panel on the right of the window: everything known about the selected actor, tie or event,
 * with its sources, and links to related items; the dataset overview when nothing is selected.
 * A Control so that it is styled and skinned like the other views; its text comes from a
 * {@link DetailsViewModel}, which other views never call: they only change the shared selection.
 */
public final class DetailsPanel extends Control {


    private final DetailsViewModel viewModel;

    public DetailsPanel(DetailsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("details-panel");
        getStyleClass().add("details-panel");
    }

    public DetailsViewModel getViewModel() {
        return viewModel;
    }

    /**
     * The text the panel shows now, in reading order: lets other views' tests check that a click filled the
     * panel without knowing how it is built.
     */
    public String displayedText() {
        return viewModel.getContent().plainText();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DetailsPanelSkin(this);
    }
}
