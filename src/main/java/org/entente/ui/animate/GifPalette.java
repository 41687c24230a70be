package org.entente.ui.animate;

import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 256 colours of an animated GIF: the Okabe–Ito colours and the theme's most used colours exactly
 * (backgrounds, text, node fills: what a student compares with the legend), a 6×6×6 colour cube for the
 * anti-aliased in-betweens, and one transparent slot that frames use for "unchanged since the previous
 * frame". One palette for the whole file, so an unchanged pixel keeps its index from frame to frame.
 */
final class GifPalette {

    /** Index of the transparent slot (the last one). */
    static final int TRANSPARENT = 255;
    private static final int CUBE = 6;
    private static final int CUBE_START = 0;
    private static final int EXACT_START = CUBE * CUBE * CUBE; // 216
    private static final int MAX_EXACT = TRANSPARENT - EXACT_START; // 39

    /** The Okabe–Ito colours as 0xRRGGBB, always kept exact. */
    static final int[] OKABE_ITO = {0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x999999, 0x000000};

    private final int[] rgb = new int[256];
    private final Map<Integer, Integer> exact = new HashMap<>();
    /** Open-addressing table of the exact colours: keys (rgb + 1, 0 = empty) and their indices. */
    private final int[] keys = new int[256];
    private final byte[] values = new byte[256];

    private GifPalette(List<Integer> exactColours) {
        for (int r = 0; r < CUBE; r++) {
            for (int g = 0; g < CUBE; g++) {
                for (int b = 0; b < CUBE; b++) {
                    rgb[CUBE_START + (r * CUBE + g) * CUBE + b] = (level(r) << 16) | (level(g) << 8) | level(b);
                }
            }
        }
        int i = EXACT_START;
        for (int c : exactColours) {
            if (i >= TRANSPARENT) break;
            rgb[i] = c;
            exact.put(c, i);
            put(c, i);
            i++;
        }
        for (; i < TRANSPARENT; i++) rgb[i] = 0;
    }

    /**
     * A palette keeping the Okabe–Ito colours and the most used opaque colours of {@code samples}
     * (ARGB pixels of a few frames) exact.
     */
    static GifPalette from(List<int[]> samples) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int[] pixels : samples) {
            for (int p : pixels) counts.merge(p & 0xFFFFFF, 1, Integer::sum);
        }
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int c : OKABE_ITO) chosen.add(c);
        List<Map.Entry<Integer, Integer>> byUse = new ArrayList<>(counts.entrySet());
        byUse.sort((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                : Integer.compare(b.getValue(), a.getValue()));
        for (Map.Entry<Integer, Integer> e : byUse) {
            if (chosen.size() >= MAX_EXACT) break;
            chosen.add(e.getKey());
        }
        return new GifPalette(new ArrayList<>(chosen));
    }

    /** Whether {@code rgb} (0xRRGGBB) is kept exactly. */
    boolean isExact(int colour) {
        return exact.containsKey(colour & 0xFFFFFF);
    }

    /** The colour of index {@code i} as 0xRRGGBB. */
    int colour(int i) {
        return rgb[i];
    }

    IndexColorModel model() {
        byte[] r = new byte[256], g = new byte[256], b = new byte[256];
        for (int i = 0; i < 256; i++) {
            r[i] = (byte) (rgb[i] >> 16);
            g[i] = (byte) (rgb[i] >> 8);
            b[i] = (byte) rgb[i];
        }
        return new IndexColorModel(8, 256, r, g, b, TRANSPARENT);
    }

    /** The palette index of an (opaque) ARGB pixel: its exact slot when it has one, else the nearest cube colour. */
    int index(int argb) {
        int c = argb & 0xFFFFFF;
        int h = hash(c);
        while (keys[h] != 0) {
            if (keys[h] == c + 1) return values[h] & 0xFF;
            h = (h + 1) & 255;
        }
        int r = (c >> 16) & 0xFF, g = (c >> 8) & 0xFF, b = c & 0xFF;
        return CUBE_START + (step(r) * CUBE + step(g)) * CUBE + step(b);
    }

    private void put(int c, int i) {
        int h = hash(c);
        while (keys[h] != 0) h = (h + 1) & 255;
        keys[h] = c + 1;
        values[h] = (byte) i;
    }

    private static int hash(int c) {
        int h = c * 0x9E3779B1;
        return (h >>> 24) & 255;
    }

    private static int level(int step) {
        return step * 51;
    }

    private static int step(int v) {
        return (v + 25) / 51;
    }
}
