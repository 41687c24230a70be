package org.entente.logic.timeline;

/**
 * Counts events per pixel-column bucket, for the density strip that replaces individual markers when
 * events crowd at a coarse zoom: thousands of labels cannot be read, but "40 events in spring 2022" can.
 * Works on start days sorted ascending, with binary search, so it costs the visible events, not all.
 */
public final class DensityBuckets {

    private DensityBuckets() {
    }

    /**
     * @param sortedDays event days, ascending
     * @param span       the visible time
     * @param width      pixels the span fills
     * @param bucketPx   width of one bucket in pixels
     * @return the number of events whose day falls in each bucket, left to right
     */
    public static int[] count(double[] sortedDays, TimeSpan span, double width, double bucketPx) {
        int buckets = Math.max(1, (int) Math.ceil(width / bucketPx));
        int[] counts = new int[buckets];
        int from = lowerBound(sortedDays, span.start());
        int to = lowerBound(sortedDays, span.end());
        double perDay = span.pixelsPerDay(width);
        for (int i = from; i < to; i++) {
            int b = (int) ((sortedDays[i] - span.start()) * perDay / bucketPx);
            counts[Math.min(buckets - 1, Math.max(0, b))]++;
        }
        return counts;
    }

    /** The first index whose value is not less than {@code key} (the array length when none). */
    public static int lowerBound(double[] sorted, double key) {
        return lowerBound(sorted, sorted.length, key);
    }

    /** {@link #lowerBound(double[], double)} over the first {@code length} values. */
    public static int lowerBound(double[] sorted, int length, double key) {
        int lo = 0;
        int hi = length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
