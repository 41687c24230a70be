package org.entente.logic.load;

import java.util.Collection;

/** Small text helpers for messages: shortening a value and suggesting the name a typo meant. */
final class Texts {

    private Texts() {
    }

    /** The text cut to {@code max} characters with an ellipsis, unsafe characters escaped (see {@link Quoted}). */
    static String shorten(String text, int max) {
        String shown = Quoted.escape(text, max);
        return text.length() > max ? shown + "…" : shown;
    }

    /** The candidate closest to {@code word} when it is a plausible typo (at most two edits), else null. */
    static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = word.length() <= 4 ? 1 : 2;
        for (String c : candidates) {
            if (Math.abs(c.length() - word.length()) > limit) continue;
            int d = distance(word, c, limit);
            if (d <= limit && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** " (did you mean 'x'?)" or "". */
    static String didYouMean(String word, Collection<String> candidates) {
        String c = word == null ? null : closest(word, candidates);
        return c == null ? "" : " (did you mean '" + c + "'?)";
    }

    /** Levenshtein distance, giving up (returning limit + 1) once every cell of a row exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) return limit + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
