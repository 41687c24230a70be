package org.entente.logic.io.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers the importers share: decoding, trimming, and turning names into ids. */
final class Texts {

    private Texts() {
    }

    /** UTF-8 with its BOM removed; Windows-1252 (what older Excel writes) when the bytes are not UTF-8. */
    static String decode(byte[] bytes) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            s = new String(bytes, Charset.forName("windows-1252"));
        }
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /** Trimmed text, or null when blank or a usual "nothing" marker (NA, N/A, null, -). */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("N/A") || t.equalsIgnoreCase("null")
                || t.equals("-") || t.equals("—")) {
            return null;
        }
        return t;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NOT_ID = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_HYPHENS = java.util.regex.Pattern.compile("^-+|-+$");

    /** A readable id part: lower-case ASCII words joined by hyphens ("Côte d'Ivoire" becomes "cote-d-ivoire"). */
    static String slug(String name) {
        String n = asciiSlug(name);
        if (n == null) {
            n = Normalizer.normalize(name, Normalizer.Form.NFD);
            n = MARKS.matcher(n).replaceAll("");
            n = NOT_ID.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("-");
            n = EDGE_HYPHENS.matcher(n).replaceAll("");
        }
        if (n.length() > 60) {
            n = n.substring(0, 60);
            int end = n.length();
            while (end > 0 && n.charAt(end - 1) == '-') end--;
            n = n.substring(0, end);
        }
        return n;
    }

    /**
     * The slug of a pure-ASCII name without regular expressions (imports make one per row, so this is the hot
     * path); null when the name has other characters and needs the Unicode path.
     */
    private static String asciiSlug(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean hyphen = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) return null;
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && sb.length() > 0) sb.append('-');
                hyphen = false;
                sb.append(c);
            } else {
                hyphen = true;
            }
        }
        return sb.toString();
    }

    /** A header normalised for synonym lookup: lower-case letters and digits only. */
    static String key(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
