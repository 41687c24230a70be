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
}
