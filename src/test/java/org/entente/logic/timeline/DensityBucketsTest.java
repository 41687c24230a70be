package org.entente.logic.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class DensityBucketsTest {

    @Test
    void countsEventsPerPixelColumnAndIgnoresThoseOutOfView() {
        TimeSpan span = new TimeSpan(0, 100);
        double[] days = {-5, 0, 1, 9.9, 10, 55, 99, 100, 150};
        int[] counts = DensityBuckets.count(days, span, 100, 10);
        assertArrayEquals(new int[] {3, 1, 0, 0, 0, 1, 0, 0, 0, 1}, counts);
    }

    @Test
    void everyVisibleEventIsCountedOnceAtAnyZoom() {
        double[] days = new double[20000];
        for (int i = 0; i < days.length; i++) days[i] = i * 0.7;
        TimeSpan span = new TimeSpan(1000, 5000);
        int[] counts = DensityBuckets.count(days, span, 1600, 4);
        int expected = DensityBuckets.lowerBound(days, 5000) - DensityBuckets.lowerBound(days, 1000);
        assertEquals(expected, Arrays.stream(counts).sum());
        assertEquals(400, counts.length);
    }

    @Test
    void lowerBoundFindsTheFirstNotLess() {
        double[] a = {1, 2, 2, 5};
        assertEquals(0, DensityBuckets.lowerBound(a, 0));
        assertEquals(1, DensityBuckets.lowerBound(a, 2));
        assertEquals(3, DensityBuckets.lowerBound(a, 3));
        assertEquals(4, DensityBuckets.lowerBound(a, 9));
    }
}
