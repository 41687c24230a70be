package org.entente.logic.edit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Ids made from names, so that nobody has to invent one: readable ({@code "Côte d'Ivoire"} becomes
 * {@code "cote-d-ivoire"}), stable (the same name gives the same id) and unique in the dataset (a taken id
 * gets {@code -2}, {@code -3}, ...).
 */
public final class Ids {

    /** Ids longer than this are cut at a hyphen: they are for files and links, not for reading aloud. */
    static final int MAX_LENGTH = 40;

    private Ids() {
    }

    /** The id for {@code name}, not one of those {@code taken} says are used. */
    public static String fromName(String name, Predicate<String> taken) {
        String base = slug(name);
        if (!taken.test(base)) return base;
        for (int n = 2; ; n++) {
            String id = base + "-" + n;
            if (!taken.test(id)) return id;
        }
    }

    /** Lower case ASCII letters and digits, other runs turned into one hyphen; "item" when nothing is left. */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH);
            int cut = s.lastIndexOf('-');
            if (cut > MAX_LENGTH / 2) s = s.substring(0, cut);
            s = s.replaceAll("-+$", "");
        }
        return s.isEmpty() ? "item" : s;
    }
}
