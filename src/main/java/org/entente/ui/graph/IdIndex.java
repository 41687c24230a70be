package org.entente.ui.graph;

import java.util.function.IntFunction;

/**
 * Ids to their positions 0..n-1 in a picture's arrays, as an open-addressed table: three arrays and no
 * object per entry. A picture of 50,000 ties is indexed again after every edit: a hash map's entry and boxed
 * index per tie left a hundred thousand objects per edit for the collector to copy, and reading every id
 * again to hash it cost milliseconds in cache misses. {@link #remapped} makes the next picture's index from
 * this one's stored hashes instead, reading only the new ids.
 */
final class IdIndex {

    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    /** Indexes the ids {@code idAt(0..n-1)}; a repeated id maps to its last position, as a map would. */
    IdIndex(int n, IntFunction<String> idAt) {
        this(n);
        for (int i = 0; i < n; i++) put(idAt.apply(i), i);
    }

    private IdIndex(int n) {
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1; // a power of two, at least 2n: short probes
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /**
     * The index of a picture of {@code n} items made from this one's: the item at old position {@code p}
     * is at {@code to[p]} (gone when negative), and {@code idAt(from..n-1)} are the new items.
     */
    IdIndex remapped(int[] to, int n, int from, IntFunction<String> idAt) {
        IdIndex next = new IdIndex(n);
        for (int at = 0; at < keys.length; at++) {
            if (keys[at] == null) continue;
            int p = to[values[at]];
            if (p < 0) continue;
            // the old ids are distinct: each goes in the first free slot, without comparing ids
            int slot = spread(hashes[at]) & next.mask;
            while (next.keys[slot] != null) slot = (slot + 1) & next.mask;
            next.keys[slot] = keys[at];
            next.hashes[slot] = hashes[at];
            next.values[slot] = p;
        }
        for (int i = from; i < n; i++) next.put(idAt.apply(i), i);
        return next;
    }

    /** The position of {@code id}, or -1. */
    int get(String id) {
        if (id == null) return -1;
        int at = slot(id, id.hashCode());
        return keys[at] == null ? -1 : values[at];
    }

    private void put(String id, int value) {
        int h = id.hashCode();
        int at = slot(id, h);
        keys[at] = id;
        hashes[at] = h;
        values[at] = value;
    }

    private int slot(String id, int h) {
        int at = spread(h) & mask;
        while (keys[at] != null && (hashes[at] != h || !keys[at].equals(id))) at = (at + 1) & mask;
        return at;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
