package org.entente.logic.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching: Unicode compatibility form (full-width Ｊａｐａｎ becomes Japan), lower case,
 * accents removed (Shinzō matches "shinzo"), runs of spaces collapsed. Japanese and Chinese characters
 * are kept as they are, so 日本 still finds the alias 日本.
 */
public final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Whether some word of {@code text} (already folded) starts with {@code query}. */
    public static boolean hasWordStartingWith(String text, String query) {
        int from = 0;
        while (true) {
            int at = text.indexOf(query, from);
            if (at < 0) {
                return false;
            }
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                return true;
            }
            from = at + 1;
        }
    }
}
