package org.entente.ui.filter;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The left column of the window: the filter panel above, the questions (focus, path, importance,
 * compare) below, with a divider the user can drag. Both halves scroll on their own. While a question
 * whose answer is a list is open ("What changed?", "Who matters most?"), the questions take most of the
 * column, so the list shows as many rows as the column allows rather than five; closing it gives the
 * filters back the share they had.
 */
public final class Sidebar extends SplitPane {

    /** The filters' share of the column while a list question is open. */
    static final double FILTERS_SHARE_FOR_A_LIST = 0.18;
    private static final double DEFAULT_FILTERS_SHARE = 0.45;

    private double filtersShare = DEFAULT_FILTERS_SHARE;

    public Sidebar(Node filters, Node questions, ObservableBooleanValue questionsShowAList) {
        super(filters, questions);
        setId("sidebar");
        setOrientation(Orientation.VERTICAL);
        setDividerPositions(DEFAULT_FILTERS_SHARE);
        getStyleClass().add("sidebar");
        questionsShowAList.addListener((obs, was, list) -> giveRoom(list));
        if (questionsShowAList.get()) giveRoom(true);
    }

    private void giveRoom(boolean toAList) {
        double now = getDividerPositions()[0];
        if (toAList) {
            filtersShare = now;
            setDividerPositions(Math.min(now, FILTERS_SHARE_FOR_A_LIST));
        } else {
            setDividerPositions(Math.max(now, filtersShare));
        }
    }
}
