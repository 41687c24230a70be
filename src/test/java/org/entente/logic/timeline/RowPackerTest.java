package org.entente.logic.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RowPackerTest {

    @Test
    void boxesThatDoNotTouchShareARow() {
        int[] rows = new int[3];
        int used = RowPacker.pack(new double[] {0, 50, 100}, new double[] {40, 90, 140}, 3, 5, 5, rows);
        assertEquals(1, used);
        assertArrayEquals(new int[] {0, 0, 0}, rows);
    }

    @Test
    void overlappingBoxesGoToTheFirstRowWithRoom() {
        int[] rows = new int[4];
        int used = RowPacker.pack(new double[] {0, 10, 20, 60}, new double[] {50, 55, 30, 70}, 4, 5, 5, rows);
        assertArrayEquals(new int[] {0, 1, 2, 0}, rows);
        assertEquals(3, used);
    }

    @Test
    void boxesBeyondTheRowLimitOverflow() {
        int[] rows = new int[3];
        int used = RowPacker.pack(new double[] {0, 1, 2}, new double[] {100, 100, 100}, 3, 2, 5, rows);
        assertEquals(2, used);
        assertEquals(RowPacker.OVERFLOW, rows[2]);
    }

    @Test
    void noTwoBoxesInARowOverlapOnRandomInput() {
        Random rnd = new Random(7);
        int n = 2000;
        double[] l = new double[n];
        for (int i = 0; i < n; i++) l[i] = rnd.nextDouble() * 5000;
        Arrays.sort(l);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) r[i] = l[i] + 10 + rnd.nextDouble() * 200;
        int[] rows = new int[n];
        int used = RowPacker.pack(l, r, n, 12, 4, rows);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n && l[j] < r[i] + 4; j++) {
                assertTrue(rows[i] == RowPacker.OVERFLOW || rows[i] != rows[j], "boxes " + i + " and " + j + " overlap in row " + rows[i]);
            }
        }
        assertEquals(12, used);
    }

    @Test
    void narrowBoxesArePackedBeforeWideOnesThatWouldCrowdThemOut() {
        double[] l = {0, 0, 100, 300};
        double[] r = {1000, 1000, 250, 350};
        double[] extent = {1000, 1000, 10, 50};
        int[] rows = RowPacker.packNarrowFirst(l, r, extent, 4, 400, 2, 5);
        assertEquals(0, rows[2], "the exact events take the first row, however long their labels");
        assertEquals(0, rows[3]);
        assertEquals(1, rows[0], "one vague event gets the row left");
        assertEquals(RowPacker.OVERFLOW, rows[1]);
    }
}
