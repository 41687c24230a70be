package org.entente.logic.io.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gephi's spreadsheet interval syntax, as its Data Laboratory writes a dynamic column to CSV:
 * {@code <[1990.0, 1995.0]; [2000, Infinity]>} — a list of spells separated by semicolons, each in square or
 * round brackets (closed or open ends), the angle brackets optional, {@code -Infinity}/{@code Infinity} for an
 * open start or end. Only the text is split here; the bounds are read as GEXF times are.
 */
final class GephiIntervals {

    /** One spell's bounds as written (null for an infinite end). */
    record Spell(String start, String end) {
    }

    private static final Pattern SPELL = Pattern.compile("^[\\[(]\\s*([^,\\[\\]()]*?)\\s*,\\s*([^,\\[\\]()]*?)\\s*[\\])]$");

    private GephiIntervals() {
    }

    /** Whether {@code text} is written in the interval syntax (starts with a bracket). */
    static boolean looksLikeIntervals(String text) {
        String t = text.strip();
        return t.startsWith("<[") || t.startsWith("<(") || t.startsWith("[") || t.startsWith("(");
    }

    /** The spells in {@code text}, in order; null when it is not the interval syntax. */
    static List<Spell> parse(String text) {
        String t = text.strip();
        if (t.startsWith("<") && t.endsWith(">")) t = t.substring(1, t.length() - 1).strip();
        if (t.isEmpty()) return null;
        List<Spell> out = new ArrayList<>();
        for (String part : t.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            Matcher m = SPELL.matcher(p);
            if (!m.matches()) return null;
            out.add(new Spell(bound(m.group(1)), bound(m.group(2))));
        }
        return out.isEmpty() ? null : out;
    }

    private static String bound(String s) {
        String b = s.strip();
        return b.isEmpty() || b.matches("(?i)[-+]?inf(inity)?") ? null : b;
    }
}
