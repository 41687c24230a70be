package org.entente.logic.timeline;

/**
 * Packs horizontal boxes (an event's marker and label, a span's bar and label) into as few rows as
 * possible so that no two boxes in a row touch: greedy first fit over boxes sorted by their left edge, which
 * is optimal for intervals and linear in boxes times rows. Boxes that do not fit in the allowed rows are
 * reported as overflow, for the view to count or aggregate rather than draw on top of each other.
 */
public final class RowPacker {

    /** The row of a box that did not fit. */
    public static final int OVERFLOW = -1;

    private RowPacker() {
    }

    /**
     * @param left    left edges, ascending
     * @param right   right edges ({@code right[i] >= left[i]})
     * @param count   how many boxes of the arrays to pack
     * @param maxRows the most rows allowed
     * @param gap     the least free space between boxes in a row
     * @param rows    receives each box's row, or {@link #OVERFLOW}
     * @return the number of rows used
     */
    public static int pack(double[] left, double[] right, int count, int maxRows, double gap, int[] rows) {
        double[] rowEnd = new double[Math.max(maxRows, 0)];
        int used = 0;
        for (int i = 0; i < count; i++) {
            int row = OVERFLOW;
            for (int r = 0; r < used; r++) {
                if (rowEnd[r] + gap <= left[i]) {
                    row = r;
                    break;
                }
            }
            if (row == OVERFLOW && used < maxRows) {
                row = used++;
            }
            if (row != OVERFLOW) {
                rowEnd[row] = right[i];
            }
            rows[i] = row;
        }
        return used;
    }

    /**
     * Packs the boxes whose time extent is no wider than {@code wide} pixels first (labels do not count), then
     * the wider ones in the rows left, so that a few
     * vague events spanning the whole view ("~2025" seen day by day) do not crowd out the exact ones. Packing
     * out of left-edge order stays overlap-free: a box only joins a row whose last box ends before it starts.
     *
     * @param extent the width in pixels of what each box marks in time (its band or bar, not its label)
     * @return each box's row, or {@link #OVERFLOW}
     */
    public static int[] packNarrowFirst(double[] left, double[] right, double[] extent, int count, double wide, int maxRows, double gap) {
        int[] order = new int[count];
        int m = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < count; k++) {
                boolean isWide = extent[k] > wide;
                if (isWide == (pass == 1)) order[m++] = k;
            }
        }
        double[] l = new double[count];
        double[] r = new double[count];
        for (int i = 0; i < count; i++) {
            l[i] = left[order[i]];
            r[i] = right[order[i]];
        }
        int[] packed = new int[count];
        pack(l, r, count, maxRows, gap, packed);
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) rows[order[i]] = packed[i];
        return rows;
    }
}
