package org.entente.ui.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy, collision-aware label placement in screen space: labels are offered in order of importance and
 * each takes the first of eight spots around its node (below, above, right, left, then the diagonals)
 * that lies inside the picture and touches no label already placed and no other node; a label with no free
 * spot is hidden, and comes back when zooming in makes room. A uniform grid keeps each test cheap.
 */
final class LabelPlacer {

    /** A placed label box, top-left corner and size, in pixels. */
    record Box(int owner, double x, double y, double w, double h, boolean label) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    private static final double CELL = 64;

    private final Map<Long, List<Box>> cells = new HashMap<>();
    private final List<Box> placed = new ArrayList<>();
    private double areaX = Double.NEGATIVE_INFINITY;
    private double areaY = Double.NEGATIVE_INFINITY;
    private double areaRight = Double.POSITIVE_INFINITY;
    private double areaBottom = Double.POSITIVE_INFINITY;

    /**
     * The picture's area: a name is put on the side of its node that lies inside it when there is one, so
     * the outermost names are not cut at the edge of the view or of an exported picture.
     */
    void keepWithin(double x, double y, double w, double h) {
        areaX = x;
        areaY = y;
        areaRight = x + w;
        areaBottom = y + h;
    }

    private boolean inside(Box b) {
        return b.x() >= areaX && b.y() >= areaY && b.x() + b.w() <= areaRight && b.y() + b.h() <= areaBottom;
    }

    /** Marks a box no label may touch (the legend over the view). */
    void reserve(double x, double y, double w, double h) {
        Box b = new Box(Integer.MIN_VALUE, x, y, w, h, true);
        int x0 = (int) Math.floor(x / CELL), x1 = (int) Math.floor((x + w) / CELL);
        int y0 = (int) Math.floor(y / CELL), y1 = (int) Math.floor((y + h) / CELL);
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(b);
        }
    }

    /** Marks a node disc as taken (labels of other nodes must avoid it). */
    void obstacle(int owner, double cx, double cy, double r) {
        add(new Box(owner, cx - r, cy - r, 2 * r, 2 * r, false));
    }

    /**
     * Tries to place a w x h label for the node {@code owner} centred at (cx, cy) with radius r.
     *
     * @return the box, or null when every spot is taken
     */
    Box placeAroundNode(int owner, double cx, double cy, double r, double w, double h, double gap) {
        return placeAroundNode(owner, cx, cy, r, w, h, gap, false);
    }

    /**
     * As above; with {@code mayCoverNodes} an important label that finds no spot clear of everything may
     * cover other nodes' discs (never another label) rather than disappear.
     */
    Box placeAroundNode(int owner, double cx, double cy, double r, double w, double h, double gap, boolean mayCoverNodes) {
        Box b = tryPlace(owner, cx, cy, r, w, h, gap, false);
        return b != null || !mayCoverNodes ? b : tryPlace(owner, cx, cy, r, w, h, gap, true);
    }

    private Box tryPlace(int owner, double cx, double cy, double r, double w, double h, double gap, boolean labelsOnly) {
        double[][] spots = {
            {cx - w / 2, cy + r + gap},
            {cx - w / 2, cy - r - gap - h},
            {cx + r + gap * 2, cy - h / 2},
            {cx - r - gap * 2 - w, cy - h / 2},
            {cx + r * 0.7 + gap, cy + r * 0.7},
            {cx + r * 0.7 + gap, cy - r * 0.7 - h},
            {cx - r * 0.7 - gap - w, cy + r * 0.7},
            {cx - r * 0.7 - gap - w, cy - r * 0.7 - h},
        };
        for (double[] spot : spots) {
            Box b = new Box(owner, spot[0], spot[1], w, h, true);
            if (inside(b) && free(b, labelsOnly)) {
                add(b);
                return b;
            }
        }
        return null;
    }

    /**
     * For a name that must be shown: the spots farther out, ring after ring (16 directions, up to
     * {@code reach} pixels from the node's rim), inside the area and clear of every label and every other
     * node. The caller draws a leader line to a name that ends up away from its node.
     *
     * @return the box, or null when even the outer rings are taken
     */
    Box placeNear(int owner, double cx, double cy, double r, double w, double h, double gap, double reach) {
        return placeNear(owner, cx, cy, r, w, h, gap, reach, 16);
    }

    /** As above, trying {@code directions} directions on each ring (more find the gaps of a crowded view). */
    Box placeNear(int owner, double cx, double cy, double r, double w, double h, double gap, double reach, int directions) {
        Box b = tryPlace(owner, cx, cy, r, w, h, gap, false);
        if (b != null) return b;
        double step = Math.max(3, h * 8 / directions);
        for (double d = gap + step; d <= reach; d += step) {
            for (int k = 0; k < directions; k++) {
                double angle = Math.PI / 2 + k * 2 * Math.PI / directions;
                double ux = Math.cos(angle), uy = Math.sin(angle);
                // the box's nearest point to the node lies d beyond the rim in this direction
                double bx = cx + ux * (r + d) - w / 2 + ux * w / 2;
                double by = cy + uy * (r + d) - h / 2 + uy * h / 2;
                Box c = new Box(owner, bx, by, w, h, true);
                if (inside(c) && free(c, false)) {
                    add(c);
                    return c;
                }
            }
        }
        return null;
    }

    /** Tries to place a box centred at (cx, cy) (edge tags); null when taken. */
    Box placeCentred(int owner, double cx, double cy, double w, double h) {
        Box b = new Box(owner, cx - w / 2, cy - h / 2, w, h, true);
        if (!free(b, false)) return null;
        add(b);
        return b;
    }

    /** Labels placed so far, in placing order. */
    List<Box> placed() {
        return placed;
    }

    private boolean free(Box b, boolean labelsOnly) {
        int x0 = (int) Math.floor(b.x() / CELL), x1 = (int) Math.floor((b.x() + b.w()) / CELL);
        int y0 = (int) Math.floor(b.y() / CELL), y1 = (int) Math.floor((b.y() + b.h()) / CELL);
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                List<Box> list = cells.get(key(cx, cy));
                if (list == null) continue;
                for (Box o : list) {
                    if (!o.label() && (labelsOnly || o.owner() == b.owner())) continue;
                    if (o.overlaps(b)) return false;
                }
            }
        }
        return true;
    }

    private void add(Box b) {
        if (b.label()) placed.add(b);
        int x0 = (int) Math.floor(b.x() / CELL), x1 = (int) Math.floor((b.x() + b.w()) / CELL);
        int y0 = (int) Math.floor(b.y() / CELL), y1 = (int) Math.floor((b.y() + b.h()) / CELL);
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(b);
            }
        }
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }
}
