package org.entente.ui.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * What was drawn where in the last frame, bucketed by pixel column so that a click finds the item under it
 * by looking at one bucket instead of every drawn box. Later boxes win (they were drawn on top).
 */
final class HitIndex {

    /** What a drawn box stands for. */
    enum Kind { EVENT, RELATION, LANE_HEADER }

    /** One drawn box. */
    record Hit(Kind kind, String id, double x0, double y0, double x1, double y1) {
        boolean contains(double x, double y) {
            return x >= x0 && x <= x1 && y >= y0 && y <= y1;
        }
    }

    private static final double COLUMN = 64;
    private final List<List<Hit>> columns = new ArrayList<>();
    private final double width;

    HitIndex(double width) {
        this.width = Math.max(1, width);
        int n = (int) Math.ceil(this.width / COLUMN) + 1;
        for (int i = 0; i < n; i++) {
            columns.add(new ArrayList<>());
        }
    }

    void add(Kind kind, String id, double x0, double y0, double x1, double y1) {
        Hit hit = new Hit(kind, id, x0, y0, x1, y1);
        int from = column(x0);
        int to = column(x1);
        for (int c = from; c <= to; c++) {
            columns.get(c).add(hit);
        }
    }

    /** The topmost box under (x, y), or null. */
    Hit at(double x, double y) {
        List<Hit> column = columns.get(column(x));
        for (int i = column.size() - 1; i >= 0; i--) {
            if (column.get(i).contains(x, y)) {
                return column.get(i);
            }
        }
        return null;
    }

    /** Every box of a kind (tests look events up by id). */
    List<Hit> all(Kind kind) {
        List<Hit> out = new ArrayList<>();
        for (List<Hit> column : columns) {
            for (Hit h : column) {
                if (h.kind() == kind && !out.contains(h)) out.add(h);
            }
        }
        return out;
    }

    private int column(double x) {
        return (int) Math.max(0, Math.min(columns.size() - 1, Math.floor(x / COLUMN)));
    }
}
